package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Flag;

/**
 * A rule from {@code content.rules} over what a source says: it changes the claim's label ("We have no such
 * information" is a denial) or adds a flag ("may be around" is hedged). Exactly one of label and flag is set.
 */
record ContentRule(String id, Attribution label, Flag flag) {
    @Override
    public String toString() {
        return id;
    }
}
