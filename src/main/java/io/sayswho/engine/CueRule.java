package io.sayswho.engine;

import io.sayswho.engine.model.Flag;

import java.util.Set;

/**
 * One reporting cue from {@code cues.rules}.
 *
 * @param side  where its source stands: LEFT (the subject: "X said"), RIGHT ("according to X"), NONE (impersonal)
 * @param flags flags every claim it attributes carries ("suggested" is HEDGED)
 */
record CueRule(String id, CueCategory category, Side side, Set<Flag> flags) {
    enum Side { LEFT, RIGHT, NONE }

    @Override
    public String toString() {
        return id;
    }
}
