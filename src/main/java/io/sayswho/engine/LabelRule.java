package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.SourceKind;

import java.util.Set;

/**
 * One row of {@code labels.rules}: cue category and source kind to label. The first row that matches decides;
 * a null label means the cue is no attribution at all for that kind of source (a person "showed" nothing).
 */
record LabelRule(String id, Set<CueCategory> categories, Set<SourceKind> kinds, boolean withoutSource,
                 Attribution label) {
    boolean matches(CueCategory category, SourceKind kind) {
        return categories.contains(category) && (kind == null ? withoutSource : kinds.contains(kind));
    }
}
