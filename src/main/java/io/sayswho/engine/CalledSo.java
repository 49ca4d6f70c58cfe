package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * The PREDICATE construction of stance.rules: the predicate word is what the claim is called. After a copula ("is
 * baseless", "was a total fabrication"), after "as" ("described the accusations as false"), after a dismissive word
 * ("mere speculation"), or as the complement of a naming cue's object ("called the claims false").
 */
final class CalledSo {
    private final List<Token> tokens;
    private final WordList determiners;
    private final WordList adverbs;
    private final WordList notAdverbs;
    private final WordList gaps;
    private final WordList auxiliaries;
    private final WordList dismissive;
    private final WordList namingVerbs;

    /** Objects that are people: calling them something insults or praises them, it rejects no claim. */
    private static final Set<String> PEOPLE = Set.of("him", "her", "them", "me", "us", "you");

    CalledSo(Document doc, RuleSet rules) {
        this.tokens = doc.tokens;
        this.determiners = rules.list("determiners");
        this.adverbs = rules.list("adverbs");
        this.notAdverbs = rules.list("ly-not-adverbs");
        this.gaps = rules.list("stance-gaps");
        this.auxiliaries = rules.list("auxiliaries");
        this.dismissive = rules.list("dismissive-modifiers");
        this.namingVerbs = rules.list("naming-verbs");
    }

    /** The word at k, in content that starts at {@code from}, is what something is called. */
    boolean so(int k, int from) {
        return afterCopula(k, from) || afterNamingCue(k, from);
    }

    /** "is baseless", "are lies", "was a total fabrication", "mere speculation", "described it as false". */
    private boolean afterCopula(int k, int from) {
        for (int j = k - 1; j >= from && j >= k - 4; j--) {
            Token t = tokens.get(j);
            if (dismissive.contains(t)) {
                return true;
            }
            if (StanceReader.COPULAS.contains(t.norm)) {
                return j == from || !tokens.get(j - 1).is("there"); // "there was speculation" calls nothing so
            }
            if (t.is("as") && (j == from || !tokens.get(j - 1).is("such"))) {
                return true; // "described the accusations as false", "branded the report as a fabrication"
            }
            boolean between = t.type == Token.Type.QUOTE || determiners.contains(t) || adverb(t) || gaps.contains(t)
                    || (t.is("and") || t.is("or")) && j > from && adverb(tokens.get(j - 1)) // "utterly and wholly"
                    || t.is("not") && StanceReader.ONLY.contains(tokens.get(j + 1).norm);
            if (!between) {
                return false;
            }
        }
        return false;
    }

    /**
     * "called the claims \"categorically false\"", "branded the report a smear": the content is the object of a naming
     * cue and its complement, so the word after the object is what the object is called. The object is a short
     * phrase with a word of its own (not "called the lies a distraction", where "lies" is the object) and no verb.
     */
    private boolean afterNamingCue(int k, int from) {
        if (from == 0 || k - from > 6 || !namingVerbs.contains(tokens.get(from - 1))) {
            return false;
        }
        boolean head = false;
        // "called Oz a fake", "called him a fraud": an object that opens on a name or a person is called names
        Token object = tokens.get(from);
        boolean named = object.capitalized && !determiners.contains(object) || PEOPLE.contains(object.norm);
        for (int j = from; j < k; j++) {
            Token t = tokens.get(j);
            if (auxiliaries.contains(t) || StanceReader.COPULAS.contains(t.norm) || t.is("that") || t.is("for") || t.is("on")) {
                return false; // "called on the board to act", "called for an inquiry"
            }
            boolean word = t.isWord() && !determiners.contains(t) && !adverb(t) && !dismissive.contains(t);
            head |= word;
        }
        return head && !named;
    }

    private boolean adverb(Token t) {
        return Lexicons.degreeAdverb(t, adverbs, notAdverbs);
    }
}
