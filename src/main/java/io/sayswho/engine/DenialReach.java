package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;

import java.util.List;

/**
 * What a denial takes in: whether the object it rejects is a proposal rather than a claim ("rejected the call for a
 * quota": a position on record), and whether a participle after it goes on denying ("denied the reports, saying
 * there were no clashes") or says something of its own ("denied it, telling the paper a review was overdue").
 */
final class DenialReach {
    /** How far into a participle's content a negation still governs it: "saying there were no clashes". */
    private static final int MAX_NEGATION_REACH = 8;
    /** How far after the cue the object's head may stand: "rejected the union's call for". */
    private static final int MAX_OBJECT_REACH = 5;

    private final List<Token> tokens;
    private final SourceFinder finder;
    private final WordList negations;
    private final WordList selfSubjects;
    private final WordList proposalNouns;
    private final WordList own;
    private final WordList hearers;

    DenialReach(Document doc, RuleSet rules, SourceFinder finder) {
        this.tokens = doc.tokens;
        this.finder = finder;
        this.negations = rules.list("negations");
        this.selfSubjects = rules.list("self-subjects");
        this.proposalNouns = rules.list("proposal-nouns");
        this.own = rules.list("own-possessives");
        this.hearers = rules.list("hearers");
    }

    /**
     * A participle after a denial goes on denying when what it says is negated or opens on the source's own:
     * "saying there were no clashes", "saying its plant met every standard".
     */
    boolean goesOnDenying(Found participle, int clauseEnd) {
        return negationIn(participle.to, clauseEnd) || aboutItself(participle, clauseEnd);
    }

    /** A negation within the first words of a participle's content: "saying there were no clashes". */
    private boolean negationIn(int from, int clauseEnd) {
        for (int k = from; k < clauseEnd && k < from + MAX_NEGATION_REACH; k++) {
            if (negations.contains(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** What the cue says opens with the source's own: "saying its plant met", "telling reporters she had left". */
    private boolean aboutItself(Found f, int clauseEnd) {
        int k = finder.afterHearer(f.to, f.to - 1, clauseEnd);
        while (k < clauseEnd && (tokens.get(k).is("that") || tokens.get(k).type == Token.Type.QUOTE)) {
            k++;
        }
        return k < clauseEnd && (selfSubjects.contains(tokens.get(k)) || own.contains(tokens.get(k)));
    }

    /**
     * "denied their rivals a win", "denied him bail", "denied bail to the men": "deny" with someone and a thing
     * withheld from them deprives; it rejects no claim. An object pronoun and a word right after the verb ("her"
     * excepted: "denied her role"), a bare singular noun before "to" ("denied access to"), or a determiner and a
     * word or two before "a"/"an" (not "denied the report a day later": a time).
     */
    boolean deprives(Found f, int clauseEnd) {
        if (!DENY_FORMS.contains(tokens.get(f.to - 1).norm) || f.to >= clauseEnd) {
            return false;
        }
        Token next = tokens.get(f.to);
        if (Lexicons.OBJECT_PRONOUNS.contains(next.norm) && !next.is("her")) { // "her" may be "her role": below
            return f.to + 1 < clauseEnd && tokens.get(f.to + 1).isWord() && !tokens.get(f.to + 1).is("that");
        }
        if (f.to + 1 < clauseEnd && next.isWord() && !next.capitalized && (!next.norm.endsWith("s") || next.norm.endsWith("ss"))
                && !deprivedOpener(next) && !negations.contains(next) && !next.is("that")
                && !next.is("any") && !next.is("ever") && !next.norm.endsWith("ing") && !next.norm.endsWith("ly")
                && tokens.get(f.to + 1).is("to") && !toHearer(f.to + 2, clauseEnd)) {
            return true; // "denied bail to the three men", "denied access to the site": a thing withheld from someone
        }
        if (!deprivedOpener(next)) {
            return false;
        }
        for (int k = f.to + 1; k < clauseEnd && k <= f.to + 3; k++) {
            Token t = tokens.get(k);
            if (t.is("a") || t.is("an")) {
                return k + 1 < clauseEnd && !TIME_UNITS.contains(tokens.get(k + 1).norm);
            }
            if (!t.isWord() || t.is("that") || t.is("as") || t.is("and") || t.is("of")) {
                return false;
            }
        }
        return false;
    }

    /** "denied involvement to reporters": what follows "to" is who was told, so the noun was denied to them. */
    private boolean toHearer(int k, int clauseEnd) {
        if (k < clauseEnd && (tokens.get(k).is("the") || SourceSieve.POSSESSIVES.contains(tokens.get(k).norm))) {
            k++;
        }
        return k < clauseEnd && (hearers.contains(tokens.get(k)) || Lexicons.OBJECT_PRONOUNS.contains(tokens.get(k).norm));
    }

    /** "the", "their", "his": what opens the someone of "denied their rivals a win". */
    private static boolean deprivedOpener(Token t) {
        return t.is("the") || SourceSieve.POSSESSIVES.contains(t.norm);
    }

    /** Only "deny" withholds: "rejected the team a ..." is no English. */
    private static final java.util.Set<String> DENY_FORMS = java.util.Set.of("deny", "denies", "denied", "denying");
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("day", "week", "month", "year", "few",
            "moment", "minute", "hour", "second", "couple", "number");

    /** "rejected the union's call for", "dismissed calls for": the object the cue rejects is a proposal. */
    boolean proposalObject(int from, int clauseEnd) {
        for (int k = from; k < clauseEnd && k < from + MAX_OBJECT_REACH; k++) {
            Token t = tokens.get(k);
            if (proposalNouns.contains(t)) {
                return true;
            }
            if (t.isPunct(',') || t.type == Token.Type.QUOTE || t.is("that") || t.is("as")) {
                return false;
            }
        }
        return false;
    }
}
