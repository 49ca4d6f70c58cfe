package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;

import java.util.Set;

/**
 * A rule from {@code stance.rules}: a scope over a class of predicate words, in a construction, gives what a source
 * says a label ("we have no independent confirmation": a negation over knowing, COULD_NOT_SAY).
 */
record StanceRule(String id, Attribution label, Set<Scope> scopes, Construction construction, WordList words) {
    /** What governs a predicate word. */
    enum Scope { AFFIRMED, NEGATION, INABILITY, REFUSAL, EFFORT }

    /** Where the predicate word must stand for the rule to read it; StanceReader says how each is recognised. */
    enum Construction {
        VERB, PREDICATE, WORD, NOUN, UNSAID, QUESTION, GIVING, SPEAKS_FOR, OWN_DEED, INSISTED;

        /**
         * Read on who speaks or on the cue, and on the content's first clause ({@link DeedDenial}), not on a
         * predicate word.
         */
        boolean readsTheSource() {
            return this == SPEAKS_FOR || this == OWN_DEED || this == INSISTED;
        }
    }

    @Override
    public String toString() {
        return id;
    }
}
