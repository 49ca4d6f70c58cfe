package io.sayswho.engine;

import io.sayswho.engine.SourceFinder.Found;

/**
 * The source the cue takes after it as its object: "according to X", a passive's agent ("was first reported
 * Sunday by the New York Post"), or who was "quoted ... as saying"; and a passive with no agent ("has been
 * blamed for"), behind which nobody stands.
 */
final class ObjectSource extends SourceSieve {
    ObjectSource(SourceSieve shared) {
        super(shared);
    }

    /** "according to X", "reported by X": the noun phrase after the cue, to the next comma or the clause end. */
    Found right(int cueTo, int clauseEnd) {
        int opening = openingPhraseEnd(cueTo, clauseEnd);
        int j = opening >= 0 ? opening : cueTo;
        boolean relative = false; // "a person who has seen the contract": the verb is the relative clause's
        while (opening < 0 && j < clauseEnd && j - cueTo < MAX_SOURCE) {
            Token t = tokens.get(j);
            if (t.isTerminal() || t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct(')')
                    || t.type == Token.Type.QUOTE || t.type == Token.Type.DASH
                    || (t.is("that") || t.is("as") || t.is("which")) && j > cueTo
                    || !relative && auxiliaries.contains(t) && j > cueTo + 1) {
                break; // "the player mentioned in the report has left": the clause's own verb ends the source
            }
            relative |= t.is("who") || t.is("whom");
            j++;
        }
        if (j > cueTo && j + 1 < clauseEnd && tokens.get(j).isPunct(',')) {
            int name = j + 1;
            while (name < clauseEnd && name - j <= 5 && classifier.proper(name)) {
                name++;
            }
            boolean closed = name >= clauseEnd || tokens.get(name).isPunct(',') || tokens.get(name).isTerminal();
            if (name > j + 1 && closed) {
                j = name; // "the port's director, Sven Aalto": the name set off after the role is the source's
            }
        }
        j = beforeTrailingTime(cueTo, j);
        return j > cueTo ? new Found(cueTo, j, true) : null;
    }

    /** How far an opening "According to ..." may run to its comma. */
    private static final int MAX_OPENING_SOURCE = 30;

    /**
     * "According to early results of exit polls conducted for the AP by Edison Research, ...", "According to her
     * \"clawback\" plan, ...": a cue that opens the sentence has its source up to the comma that closes the phrase,
     * however long, and quoted words in it are a title. Returns where the phrase ends; -1 when the cue does not open
     * the sentence or no comma closes the phrase, and the source is read as any other cue's.
     */
    private int openingPhraseEnd(int cueTo, int clauseEnd) {
        int cueFrom = cueTo - 2;
        if (cueFrom < 0 || !doc.initial(cueFrom) || !tokens.get(cueTo - 1).is("to")) {
            return -1;
        }
        for (int j = cueTo; j < clauseEnd && j - cueTo <= MAX_OPENING_SOURCE; j++) {
            Token t = tokens.get(j);
            if (t.isPunct(',') && !doc.quoted(j)) {
                return j;
            }
            if (t.isTerminal() || t.isPunct(';') || t.isPunct(':')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "according to a CNN poll last month", "according to a congressional report on Wednesday", "according to Roe at
     * the time": a time closing the phrase after its noun says when, not who. After a participle it is the
     * participle's ("a survey taken last week") and stays. Returns where the phrase ends without it.
     */
    private int beforeTrailingTime(int from, int to) {
        int lead;
        if (to - 4 > from && tokens.get(to - 3).is("at") && tokens.get(to - 2).is("the") && tokens.get(to - 1).is("time")) {
            lead = to - 3;
        } else {
            int k = to;
            while (k - 1 > from && (times.contains(tokens.get(k - 1)) || tokens.get(k - 1).type == Token.Type.NUMBER)) {
                k--;
            }
            lead = k - 1;
            if (k == to || lead <= from || !TIME_LEADS.contains(tokens.get(lead).norm) || tokens.get(lead).is("that")) {
                return to;
            }
        }
        Token head = tokens.get(lead - 1);
        return head.isWord() && !pastParticiple(head) && !auxiliaries.contains(head) ? lead : to;
    }

    /**
     * "was first reported Sunday by the New York Post": a passive cue whose agent follows "by"; returns the agent's
     * range, or null when the cue is not passive.
     */
    Found passiveAgent(int cueFrom, int cueTo, int clauseStart, int clauseEnd) {
        boolean be = false;
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 3; k--) {
            Token t = tokens.get(k);
            if (t.is("was") || t.is("were") || t.is("is") || t.is("are") || t.is("been") || t.is("being")) {
                be = true;
                break;
            }
            if (!adverbs.contains(t)) {
                break;
            }
        }
        boolean participle = cueFrom > clauseStart && tokens.get(cueFrom - 1).isPunct(',') || be;
        if (!participle || !pastParticiple(tokens.get(cueTo - 1))) {
            return null;
        }
        for (int j = cueTo; j < clauseEnd && j - cueTo <= 3; j++) {
            Token t = tokens.get(j);
            if (t.is("by")) {
                return right(j + 1, clauseEnd);
            }
            if (!(adverbs.contains(t) || times.contains(t) || t.is("on") || t.is("in"))) {
                return null;
            }
        }
        return null;
    }

    /** "has been blamed", "was reported": a form of "be" right before the cue (adverbs aside). */
    boolean passiveWithoutAgent(int cueFrom, int clauseStart) {
        if (!pastParticiple(tokens.get(cueFrom))) {
            return false;
        }
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 3; k--) {
            Token t = tokens.get(k);
            if (t.is("was") || t.is("were") || t.is("been") || t.is("being") || t.is("is") || t.is("are")
                    || t.is("be")) {
                return true; // "was confirmed", "will not be confirmed"
            }
            if (!adverbs.contains(t) && !t.is("not")) {
                return false;
            }
        }
        return false;
    }

    /** "quoted an airport official as saying": the source between the cue and "as saying"; -1 if not there. */
    int asSaying(int cueTo, int clauseEnd) {
        for (int j = cueTo + 1; j + 1 < clauseEnd && j - cueTo <= MAX_SOURCE; j++) {
            if (tokens.get(j).is("as") && (tokens.get(j + 1).is("saying") || tokens.get(j + 1).is("telling")
                    || tokens.get(j + 1).is("writing"))) {
                return j;
            }
        }
        return -1;
    }
}
