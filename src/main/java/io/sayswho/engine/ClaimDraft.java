package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.QuoteKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A claim while it is being worked out: token ranges, the label and why. Becomes a {@code Claim} at the end. */
final class ClaimDraft {
    int from;
    int to;
    Attribution label = Attribution.UNATTRIBUTED;
    CueRule cue;
    /** What the cue does here, once negation and the like are taken into account. */
    CueCategory category;
    int cueFrom = -1;
    int cueTo = -1;
    SourcePhrase source;
    Entity entity;
    /** A quotation given to its speaker by a cue in another sentence. */
    boolean carried;
    int contentFrom;
    int contentTo;
    QuoteKind quote = QuoteKind.NONE;
    final Set<Flag> flags = EnumSet.noneOf(Flag.class);
    final List<String> rules = new ArrayList<>(4);

    ClaimDraft(int from, int to) {
        this.from = from;
        this.to = to;
        this.contentFrom = from;
        this.contentTo = to;
    }

    /**
     * A claim over [from, to) whose cue is one token standing for the reporting verb (a signing dash, a colon, a
     * leading "In"), with its source already known.
     */
    static ClaimDraft markedBy(int from, int to, int cue, SourcePhrase source, Entity entity, Attribution label,
                               String rule) {
        ClaimDraft d = new ClaimDraft(from, to);
        d.cueFrom = cue;
        d.cueTo = cue + 1;
        d.source = source;
        d.entity = entity;
        d.label = label;
        d.rule(rule);
        return d;
    }

    boolean attributed() {
        return label.attributed();
    }

    void rule(String id) {
        if (!rules.contains(id)) {
            rules.add(id);
        }
    }
}
