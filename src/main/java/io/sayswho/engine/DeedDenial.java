package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * Whether a content denies a deed by negating it in its first clause, the reading behind the stance rules that look
 * at who speaks rather than at a predicate word: a representative for the principal ("Mr Roe did not receive any
 * payment," his lawyer said: SPEAKS_FOR) and a source about itself or its own ("She said she had never taken the
 * drug", "The firm said its director had not taken part": OWN_DEED), and a source insisting that nothing was done
 * ("insisted that no rules had been broken": INSISTED). Linear: each reading looks at a bounded number
 * of tokens from the content's start.
 */
final class DeedDenial {
    /** A denied deed's negation stands within the first words: its subject, an auxiliary, the negation. */
    private static final int MAX_SUBJECT_AND_VERB = 8;
    /** How far a lead-in before a colon may run ("Roe has maintained her position throughout: ..."). */
    private static final int MAX_LEAD_IN = 16;
    private static final Set<String> SUBORDINATORS = Set.of("because", "since", "although", "though", "after",
            "when", "if", "unless", "that", "which", "who", "while", "until");
    /** Auxiliaries of a deed done or not ("did not receive", "had not taken part"), not of one to come ("will not"). */
    private static final Set<String> DEEDS = Set.of("did", "does", "do", "has", "have", "had", "was", "were");
    /** Of a deed done: what a source says it did not do. "We do not take bribes" tells a habit, read elsewhere. */
    private static final Set<String> DONE = Set.of("did", "has", "have", "had", "was", "were");
    /** "has never, ever used", "did not once meet": emphasis between the negation and the deed. */
    private static final Set<String> EMPHASIS = Set.of("ever", "once", "at", "all", "personally", "knowingly");
    /** A particle closing the clause after the verb makes it an outcome: "work out", "turn out", "go ahead". */
    private static final Set<String> OUTCOME_PARTICLES = Set.of("out", "up", "off", "ahead", "through");

    private final List<Token> tokens;
    private final WordList mindVerbs;
    private final WordList rejectionVerbs;
    private final WordList partaking;
    /** The possessives a source names its own by, first in the content: "its director", "our staff". */
    private final WordList own;

    DeedDenial(Document doc, RuleSet rules) {
        this.tokens = doc.tokens;
        this.mindVerbs = rules.list("mind-verbs");
        this.rejectionVerbs = rules.list("rejection-verbs");
        this.partaking = rules.list("partaking-states");
        this.own = rules.list("own-possessives");
    }

    /** "Mr Roe did not receive ...", "she has never taken ...", "neither the firm nor Roe had ...": the first clause. */
    boolean negatesItsVerb(int from, int to) {
        for (int k = from; k + 1 < to && k < from + MAX_LEAD_IN; k++) {
            if (tokens.get(k).isTerminal()) {
                break;
            }
            if (tokens.get(k).isPunct(':')) {
                // "Roe has maintained her position throughout: she has never ...": the colon opens the statement
                return negatesItsVerb(k + 1, to);
            }
        }
        for (int k = from; k < to && k < from + MAX_SUBJECT_AND_VERB; k++) {
            Token t = tokens.get(k);
            if (endsTheClause(t)) {
                return false; // the negation must be the first clause's own: not "... withdrawn because they did not"
            }
            if (t.is("neither") && k == from || t.is("never")) {
                return true;
            }
            if (t.is("not") && k > from && DEEDS.contains(tokens.get(k - 1).norm)) {
                return !asksWhether(k, to); // "we haven't found out whether ..." does not know; it denies nothing
            }
        }
        return false;
    }

    /**
     * What a source insists on denies a deed done: the first clause negates its verb ("that the club had not broken
     * any rule"), opens on a negative subject before a deed's auxiliary ("that no rules had been broken", "nobody
     * was paid") or says there was none ("there was no cover-up"). Not one still to come ("no one will resign"),
     * which is a stance of its own.
     */
    boolean deniesWhatWasDone(int from, int to) {
        int k = from;
        while (k < to && (tokens.get(k).type == Token.Type.QUOTE || tokens.get(k).is("that"))) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        if (tokens.get(k).is("there") && k + 2 < to && DONE.contains(tokens.get(k + 1).norm)
                && (tokens.get(k + 2).is("no") || tokens.get(k + 2).is("not") || tokens.get(k + 2).is("never"))) {
            return true; // "There was no cover-up," the mayor insisted
        }
        if (!NEGATIVE_SUBJECTS.contains(tokens.get(k).norm)) {
            return negatesItsVerb(k, to);
        }
        for (int j = k + 1; j < to && j < k + MAX_SUBJECT_AND_VERB; j++) {
            Token t = tokens.get(j);
            if (endsTheClause(t) || t.isTerminal()) {
                return false;
            }
            if (DONE.contains(t.norm)) {
                return true;
            }
        }
        return false;
    }

    /** A subject that says nobody did it: "no rules had been broken", "nothing was hidden", "none of them had". */
    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("no", "nothing", "nobody", "none");

    /**
     * The content opens on the source itself or its own ("we", "she", "its director", "neither the company nor
     * ...") and its first clause says that subject did not do a deed: "had not taken part", "has never, ever used",
     * "was not involved". Not what it did not think, want or expect ("we did not expect this": lexicon/mind-verbs),
     * not a deed still to come or not yet done ("will not", "have not yet"), and not a state ("had never been happier").
     */
    boolean deniesOwnDeed(int from, int to, WordList selves) {
        int k = from;
        while (k < to && tokens.get(k).type == Token.Type.QUOTE) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        int inverted = afterNegativeOpening(k, to);
        if (inverted >= 0) {
            // "At no point did we mislead investors", "Never once did I take a bribe": the negation is fronted
            Token auxiliary = tokens.get(inverted);
            boolean self = inverted + 1 < to && (selves.contains(tokens.get(inverted + 1)) || own.contains(tokens.get(inverted + 1)));
            return DONE.contains(auxiliary.norm) && self && deedAt(inverted + 2, to, auxiliary.norm);
        }
        Token first = tokens.get(k);
        if (!(selves.contains(first) || own.contains(first) || first.is("neither")) || !negatesItsVerb(k, to)) {
            return false;
        }
        for (int j = k + 1; j < to && j < k + MAX_SUBJECT_AND_VERB; j++) {
            Token t = tokens.get(j);
            if (endsTheClause(t) && !t.isPunct(',')) {
                return false;
            }
            boolean negation = t.is("never") || t.is("not") && DONE.contains(tokens.get(j - 1).norm);
            boolean nor = first.is("neither") && DONE.contains(t.norm) && tokens.get(j - 1).isWord();
            if (negation || nor) {
                String auxiliary = negation ? tokens.get(j - 1).norm : t.norm; // "had never", "did not"; "nor had"
                return deedAt(j + 1, to, auxiliary);
            }
        }
        return false;
    }

    /**
     * Where the auxiliary stands after a fronted negation that opens the content ("never", "never once", "not once",
     * "at no point", "at no time", "in no way", "on no occasion"), past "that"; -1 when the content opens otherwise.
     */
    private int afterNegativeOpening(int k, int to) {
        if (k < to && tokens.get(k).is("that")) {
            k++;
        }
        if (k + 2 >= to) {
            return -1;
        }
        Token t = tokens.get(k);
        if (t.is("never") || t.is("not") && tokens.get(k + 1).is("once")) {
            int next = t.is("never") && tokens.get(k + 1).is("once") || t.is("not") ? k + 2 : k + 1;
            return next < to ? next : -1;
        }
        boolean phrase = (t.is("at") || t.is("in") || t.is("on")) && tokens.get(k + 1).is("no")
                && NEGATIVE_OPENING_HEADS.contains(tokens.get(k + 2).norm);
        return phrase && k + 3 < to ? k + 3 : -1;
    }

    /** "at no point", "at no time", "in no way", "on no occasion": the fronted negation's noun. */
    private static final Set<String> NEGATIVE_OPENING_HEADS = Set.of("point", "time", "way", "stage", "occasion");

    /**
     * The verb after the negation names a deed: "received", "take part", "been involved". Not a rejection ("did not
     * dispute the figures" concedes them), and after "was", "were" or "been" only a state of taking part
     * (lexicon/partaking-states.txt): "we were never shown the contract" is done to the speaker, "had never been
     * happier" is a state.
     */
    private boolean deedAt(int k, int to, String auxiliary) {
        while (k < to && (tokens.get(k).isPunct(',') || EMPHASIS.contains(tokens.get(k).norm))) {
            k++;
        }
        if (k >= to || !tokens.get(k).isWord() || tokens.get(k).is("yet") || mindVerbs.contains(tokens.get(k))
                || rejectionVerbs.contains(tokens.get(k))) {
            return false;
        }
        Token verb = tokens.get(k);
        if (k + 1 < to && OUTCOME_PARTICLES.contains(tokens.get(k + 1).norm)
                && (k + 2 >= to || !tokens.get(k + 2).isWord())) {
            return false; // "it didn't work out", "it did not pan out": an outcome, not a deed denied
        }
        if (verb.is("been") || auxiliary.equals("was") || auxiliary.equals("were")) {
            Token state = verb.is("been") ? (k + 1 < to ? tokens.get(k + 1) : null) : verb;
            return state != null && partaking.contains(state);
        }
        return true;
    }

    private static boolean endsTheClause(Token t) {
        return t.isPunct(',') || t.isPunct(';') || t.type == Token.Type.DASH || t.is("and") || t.is("but")
                || SUBORDINATORS.contains(t.norm);
    }

    private boolean asksWhether(int k, int to) {
        for (int j = k; j < to && j < k + 6; j++) {
            if (tokens.get(j).is("whether") || tokens.get(j).is("if")) {
                return true;
            }
        }
        return false;
    }
}
