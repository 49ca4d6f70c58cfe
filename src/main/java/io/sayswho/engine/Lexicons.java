package io.sayswho.engine;

import java.util.Set;

/** The few closed word classes that are grammar rather than vocabulary, so they live in code. */
final class Lexicons {
    /** Words after which "'s" is "is", not a possessive: "it's", "there's". */
    static final Set<String> BE_CONTRACTIONS = Set.of("it", "that", "there", "he", "she", "what", "who", "where",
            "here", "this", "which");

    static final Set<String> SINGULAR_PERSONAL = Set.of("he", "she");
    static final Set<String> PLURAL = Set.of("they");
    static final Set<String> NEUTER = Set.of("it");
    static final Set<String> FIRST_PERSON = Set.of("i", "we");

    static final Set<String> PREPOSITIONS = Set.of("in", "of", "for", "by", "on", "to", "with", "from",
            "about", "at", "into", "over", "after", "before", "against", "despite", "amid", "than", "as");
    /** "Video of the crash shows him ...": after one of these a plural-looking cue is a verb. */
    static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");
    /** What opens an indirect question: "whether the fire was set", "who sent it", "did not say why". */
    static final Set<String> QUESTION_WORDS = Set.of("whether", "if", "why", "how", "when", "where", "who", "what",
            "which");

    private Lexicons() {
    }

    /**
     * A word in -ly that is an adverb of manner or degree ("flatly", "grossly"), unless {@code notAdverbs}
     * (lexicon/ly-not-adverbs.txt) calls it a noun or adjective ("the family", "likely").
     */
    static boolean lyAdverb(Token t, WordList notAdverbs) {
        return t.norm.length() >= 5 && t.norm.endsWith("ly") && !notAdverbs.contains(t);
    }

    /**
     * A word of degree or manner, as the stance constructions let it stand anywhere ("were grossly inaccurate",
     * "utterly without foundation"): the adverbs list, or a lowercase word in -ly that is no noun or adjective.
     */
    static boolean degreeAdverb(Token t, WordList adverbs, WordList notAdverbs) {
        return adverbs.contains(t) || t.isWord() && !t.capitalized && lyAdverb(t, notAdverbs);
    }

    static boolean isSubjectPronoun(String norm) {
        return SINGULAR_PERSONAL.contains(norm) || PLURAL.contains(norm) || NEUTER.contains(norm)
                || FIRST_PERSON.contains(norm);
    }
}
