package io.sayswho.engine;

import io.sayswho.engine.model.SourceKind;

/**
 * A source as written at one claim: token range [from, to) and what it says about who it is.
 *
 * @param kind     what it is; null for a pronoun or description until coreference resolves it
 * @param name     the proper name in it ("Ana Ruiz" of "Ministry spokeswoman Ana Ruiz"), or null
 * @param head     the head noun, folded and singular ("source", "ministry", "spokesman"), or null
 * @param plural   it stands for several ("sources", "two people", "they")
 * @param ordinal  "third" of "a third source", or null: "the third source" refers back by it
 * @param pronoun  the pronoun it is ("he", "they"), or null
 * @param definite a description that refers back ("the source", "the company"), not a new source
 */
record SourcePhrase(int from, int to, SourceKind kind, String name, String head, boolean plural, String ordinal,
                    String pronoun, boolean definite) {
    /** The same source shown at another span ("who" standing for "an architect"). */
    SourcePhrase at(int from, int to) {
        return new SourcePhrase(from, to, kind, name, head, plural, ordinal, pronoun, definite);
    }

    /** A person with a first name and a surname ("Jo Roe"), not a lone surname or a description. */
    boolean namedInFull() {
        return kind == SourceKind.PERSON && name != null && name.contains(" ");
    }

    boolean refersBack() {
        return pronoun != null || definite;
    }
}
