package io.sayswho.engine;

import java.util.Set;

/**
 * The cue's verb group: where it starts once auxiliaries, negation and adverbs are counted in ("has not yet
 * said"), whether it is negated ("has not confirmed"), who hears it ("told Reuters on Thursday that ..."), and
 * whether it gives an order rather than reports ("told him to leave").
 */
final class VerbGroup extends SourceSieve {
    private static final Set<String> GOES = Set.of("went", "goes", "go", "going", "gone");

    VerbGroup(SourceSieve shared) {
        super(shared);
    }

    /** First token of the cue once auxiliaries before it are counted in ("has said", "had told"). */
    int cueStart(int cueFrom, int clauseStart) {
        int k = cueFrom;
        while (k - 1 >= clauseStart && auxiliaries.contains(tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * Where the cue's verb group starts: auxiliaries, negation and adverbs before the verb ("has said", "have not
     * said", "also said", "has repeatedly noted"), as a reader, and attribution corpora, mark the cue.
     */
    int verbGroupStart(int cueFrom, int clauseStart) {
        int k = cueFrom;
        while (k - 1 >= clauseStart && !doc.quoted(k - 1) && inVerbGroup(tokens.get(k - 1))) {
            if (k - 2 >= clauseStart && tokens.get(k - 1).is("only") && tokens.get(k - 2).is("not")) {
                break; // "not only documented ..., but also": a focus on the verb, not its negation or its group
            }
            k--;
        }
        return k;
    }

    private boolean inVerbGroup(Token t) {
        return auxiliaries.contains(t) || t.is("not") || t.is("n't") || t.is("never")
                || !t.capitalized && (adverbs.contains(t) || mannerAdverb(t));
    }

    /** The first token before a cue, past adverbs and auxiliaries, is "not" or "never": "has not confirmed". */
    boolean negated(int cueFrom, int clauseStart) {
        return negationAt(cueFrom, clauseStart) >= 0;
    }

    /** A negated verb group whose modal refuses: "would not tell", "will not confirm", "won't say". */
    boolean refusing(int cueFrom, int clauseStart) {
        int negation = negationAt(cueFrom, clauseStart);
        for (int k = negation - 1; negation >= 0 && k >= clauseStart && k >= cueFrom - 4; k--) {
            Token t = tokens.get(k);
            if (t.is("would") || t.is("will") || t.is("wo")) {
                return true;
            }
            if (!adverbs.contains(t) && !auxiliaries.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The saying is still to come: "will testify", "shall address", "is going to speak", with no negation in the
     * verb group (a negated one refuses: "will not say").
     */
    boolean future(int cueFrom, int clauseStart) {
        if (negationAt(cueFrom, clauseStart) >= 0) {
            return false;
        }
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 4; k--) {
            Token t = tokens.get(k);
            if (t.is("will") || t.is("shall") || t.is("to") && k > clauseStart && tokens.get(k - 1).is("going")) {
                return true;
            }
            if (!adverbs.contains(t) && !auxiliaries.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** Where "not" or "never" stands in the verb group before the cue, past adverbs and auxiliaries; -1 if nowhere. */
    private int negationAt(int cueFrom, int clauseStart) {
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 4; k--) {
            Token t = tokens.get(k);
            if (t.is("not") && k + 1 < cueFrom && tokens.get(k + 1).is("only")) {
                return -1; // "not only said ..., but also": said, and more
            }
            if (t.is("not") || t.is("never")) {
                return k;
            }
            if (!adverbs.contains(t) && !auxiliaries.contains(t)) {
                return -1;
            }
        }
        return -1;
    }

    /** Where "went on to" (goes, go, going, gone) starts before the cue at {@code cue}, or -1: the saying is done. */
    int goesOnTo(int cue, int clauseStart) {
        if (cue - 3 < clauseStart || !tokens.get(cue - 1).is("to") || !tokens.get(cue - 2).is("on")) {
            return -1;
        }
        return GOES.contains(tokens.get(cue - 3).norm) ? cue - 3 : -1;
    }

    /**
     * "warned countries not to interfere", "told him to leave": a cue followed by an object and an infinitive
     * gives an order or advice, it reports no claim.
     */
    boolean directive(int cueTo, int clauseEnd) {
        if (!directiveVerbs.contains(tokens.get(cueTo - 1).norm) || cueTo < clauseEnd
                && Lexicons.isSubjectPronoun(tokens.get(cueTo).norm)) {
            return false;
        }
        for (int j = cueTo; j < clauseEnd && j - cueTo <= 4; j++) {
            Token t = tokens.get(j);
            if (t.is("to") && j > cueTo) {
                Token after = j + 1 < clauseEnd ? tokens.get(j + 1) : null;
                return after != null && after.isWord() && !hearers.contains(after) && !determiners.contains(after)
                        && !classifier.proper(j + 1);
            }
            if (t.is("not") && j + 1 < clauseEnd && tokens.get(j + 1).is("to") && j > cueTo) {
                return true;
            }
            if (!t.isWord() || t.is("that") || breakers.contains(t)
                    || j > cueTo && Lexicons.isSubjectPronoun(t.norm) && (!t.is("it") && !t.is("you")
                    || j + 1 < clauseEnd && auxiliaries.contains(tokens.get(j + 1)) && !tokens.get(j + 1).is("to"))) {
                return false; // "told the Courier he wanted to stay": a subject opens what was told, not an order
            }
        }
        return false;
    }

    /** Past who was told and "that": "told Reuters on Thursday that ..." gives the start of what was told. */
    int afterHearer(int cueTo, int cueLast, int clauseEnd) {
        int j = cueTo;
        if (tellVerbs.contains(tokens.get(cueLast).norm) && j < clauseEnd) {
            if (hearers.contains(tokens.get(j))) {
                j++;
            } else {
                while (j < clauseEnd && j - cueTo < 6 && (classifier.proper(j) || determiners.contains(tokens.get(j))
                        && !tokens.get(j).is("that") || tokens.get(j).is("'s") || publicationHeads.contains(tokens.get(j))
                        || hearers.contains(tokens.get(j)) || tokens.get(j).is("local") || tokens.get(j).is("state")
                        || tokens.get(j).abbreviation && tokens.get(j).capitalized)) {
                    j++;
                }
            }
        }
        // "on Thursday", "last week", "in a statement", "in an interview"
        while (j + 1 < clauseEnd) {
            Token t = tokens.get(j);
            Token n = tokens.get(j + 1);
            if (TIME_LEADS.contains(t.norm) && times.contains(n)) {
                j += 2;
            } else if (t.is("in") && j + 2 < clauseEnd && (n.is("a") || n.is("an")) && (tokens.get(j + 2).is("statement")
                    || tokens.get(j + 2).is("interview"))) {
                j += 3;
            } else {
                break;
            }
        }
        while (j < clauseEnd && (tokens.get(j).is("that") || tokens.get(j).isPunct(':') || tokens.get(j).isPunct(','))) {
            j++;
        }
        return j;
    }
}
