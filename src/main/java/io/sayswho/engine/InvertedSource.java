package io.sayswho.engine;

import io.sayswho.engine.SourceFinder.Found;

/**
 * The source that follows its cue: "“...,” said Smith.", "..., said Jo Roe, a lawyer who has advised the board.",
 * "Said Ellis: “...”". Only a bare speech verb comes before its subject, and the phrase after it must end the
 * clause; a description set off after the name is part of the source.
 */
final class InvertedSource extends SourceSieve {
    private static final int MAX_INVERTED = 8;
    /**
     * Right after a quotation ("“...,” said one Democrat familiar with the Clinton campaign's organization, who
     * ...") the words after the cue can only be its speaker, so they may run longer than after a bare comma, where
     * "..., said the contractors first arrived in May" opens what was said.
     */
    private static final int MAX_AFTER_QUOTATION = 13;
    /** Past MAX_INVERTED words only an institution's name goes on: "said Jo Roe of the Tarn School of Law". */
    private static final int MAX_INVERTED_NAME = 14;
    /**
     * How long the description after an inverted source may run to the sentence's end: "said Jo Roe, a former
     * adviser to the governor who is now a fellow at the Tarn Institute for Public Policy." A description is one
     * noun phrase (a relative clause in it describes, it does not report), so its length alone does not end it.
     */
    private static final int MAX_DESCRIPTION = 32;

    InvertedSource(SourceSieve shared) {
        super(shared);
    }

    /** ", said the source." / "“...,” said Smith.": a short noun phrase after the cue ends the clause. */
    Found inverted(int cueTo, int clauseEnd, int clauseStart, int cueFrom) {
        if (cueFrom <= clauseStart && cueTo - cueFrom == 1 && tokens.get(cueFrom).capitalized) {
            return sentenceInitialInverted(cueTo, clauseEnd); // "Said Ellis: “...”"
        }
        if (cueFrom <= clauseStart || cueTo - cueFrom != 1 || !invertingVerbs.contains(tokens.get(cueFrom).norm)) {
            return null; // "has blasted the mayor for ...": only a bare speech verb comes before its subject
        }
        if (cueTo < clauseEnd && !tokens.get(cueTo).capitalized && Lexicons.PREPOSITIONS.contains(tokens.get(cueTo).norm)) {
            return null; // "..., Jo Roe, 66, said on Monday.", "said of the board": an adjunct, never who said it
        }
        int j = cueTo;
        int relative = -1;
        boolean adjunctClause = false;
        int most = afterQuotation(cueFrom) ? MAX_AFTER_QUOTATION : MAX_INVERTED;
        while (j < clauseEnd && j - cueTo < MAX_INVERTED_NAME) {
            Token t = tokens.get(j);
            if (t.type != Token.Type.WORD && t.type != Token.Type.NUMBER) {
                break;
            }
            if (j - cueTo >= most && !nameGoesOn(j)) {
                return null;
            }
            if (j > cueTo && t.is("who") && !reportingRelative(j, clauseEnd)) {
                relative = j; // "..., said a senior nurse who was not allowed to speak publicly.": who they are
                break;
            }
            if (j > cueTo && subordinators.contains(t)) {
                adjunctClause = true; // "..., said Dan Roe when asked about it.": when it was said, not who said it
                break;
            }
            if (j > cueTo && t.is("that") && relativeThat(j, clauseEnd)) {
                relative = j; // "..., said one owner of a shop that sells shoes.": who they are
                break;
            }
            if (j > cueTo && (breakers.contains(t) && !t.is("of") && !nameGoesOn(j) || t.is("that"))) {
                return null;
            }
            if (j > cueTo && (classifier.proper(j - 1) || tokens.get(j - 1).abbreviation) && adjunctPhrase(j, clauseEnd)) {
                break; // "..., said Jo Roe in a statement.": where and how it was said is not who said it
            }
            j++;
        }
        if (j == cueTo || j - cueTo >= MAX_INVERTED_NAME) {
            return null;
        }
        int nameEnd = j; // where the words after the cue end, before any aside or apposition
        if (relative >= 0) {
            int end = descriptionToEnd(relative, clauseEnd);
            if (end < 0) {
                return null;
            }
            j = end;
        }
        if (j < clauseEnd && tokens.get(j).isPunct('(')) {
            // "said Rep. Jo Roe (D-N.C.), head of the caucus.": the aside and the apposition are the source's
            int close = j + 1;
            while (close < clauseEnd && close - j < 8 && !tokens.get(close).isPunct(')')) {
                close++;
            }
            if (close < clauseEnd && tokens.get(close).isPunct(')')) {
                j = close + 1;
                if (j + 1 < clauseEnd && tokens.get(j).isPunct(',')) {
                    int k = j + 1;
                    while (k < clauseEnd && k - j <= 12 && tokens.get(k).isWord() && !auxiliaries.contains(tokens.get(k))) {
                        k++;
                    }
                    if (k >= clauseEnd || tokens.get(k).isTerminal()) {
                        j = k;
                    }
                }
            }
        }
        boolean setOff = false;
        if (j + 1 < clauseEnd && tokens.get(j).isPunct(',')) {
            int end = descriptionToEnd(j + 1, clauseEnd);
            if (end > 0) {
                j = end; // "..., said Jo Roe, a lawyer who has advised the board.": who she is is part of the source
                // "..., said Jo Roe, the chair, noting ...": its comma too, but not the comma of a clause that
                // reports on its own ("..., the chair, who said ..."): that clause's "who" opens its own claim
                setOff = j < clauseEnd && tokens.get(j).isPunct(',') && !reportingRelative(j + 1, clauseEnd);
            }
        }
        boolean ends = adjunctClause || j >= clauseEnd || tokens.get(j).isTerminal() || tokens.get(j).isPunct(',') || adjunctPhrase(j, clauseEnd)
                || tokens.get(j).isPunct(';') || tokens.get(j).isPunct(':') || tokens.get(j).type == Token.Type.DASH;
        Token first = tokens.get(cueTo);
        boolean nounPhrase = determiners.contains(first) || classifier.proper(cueTo) || Lexicons.isSubjectPronoun(first.norm)
                || first.capitalized || classifier.proper(nameEnd - 1); // "said harbourmaster Conall Fane (D), ..."
        if (!ends || !nounPhrase || first.is("that") || hearers.contains(first) || tokens.get(cueTo - 1).norm.endsWith("ing")
                || tellVerbs.contains(tokens.get(cueTo - 1).norm)
                || Lexicons.isSubjectPronoun(first.norm) && j - cueTo > 1) {
            return null;
        }
        for (int k = cueTo; k < nameEnd; k++) { // a description may hold a verb: "who has advised the board"
            if (auxiliaries.contains(tokens.get(k)) && !tokens.get(k).capitalized) {
                return null;
            }
        }
        if (times.contains(tokens.get(nameEnd - 1))
                && (nameEnd - cueTo == 1 || nameEnd - cueTo == 2 && TIME_LEADS.contains(first.norm))) {
            return null; // "…,” she said this month.": a time, not a speaker
        }
        return new Found(cueTo, setOff ? j + 1 : j, true);
    }

    /**
     * "said Jo Roe in a statement.", "said Jo Roe during the debate, adding ...": a short adjunct, to the end of the
     * clause or to a comma, tells when and where it was said; what follows its comma is a phrase of its own.
     */
    private boolean adjunctPhrase(int from, int clauseEnd) {
        if (adjunctOnly(from, clauseEnd)) {
            return true;
        }
        for (int k = from + 1; k < clauseEnd && k - from <= 8; k++) {
            if (tokens.get(k).isPunct(',')) {
                return adjunctOnly(from, k);
            }
        }
        return false;
    }

    /**
     * "a shop that sells shoes", "the group that has led the talks": a "that" after a common noun and before a
     * finite verb relates the noun; "said Tuesday that", "said in a statement that the" open what was said.
     */
    private boolean relativeThat(int k, int clauseEnd) {
        Token before = tokens.get(k - 1);
        if (k + 1 >= clauseEnd || !before.isWord() || before.capitalized || times.contains(before)
                || mannerAdverb(before) || adverbs.contains(before)) {
            return false;
        }
        Token next = tokens.get(k + 1);
        boolean finite = auxiliaries.contains(next) || next.isWord() && !next.capitalized && !determiners.contains(next)
                && (next.norm.endsWith("ed") || next.norm.endsWith("s") && !next.norm.endsWith("ss"));
        return finite && !Lexicons.isSubjectPronoun(next.norm);
    }

    /** The cue at {@code cueFrom} follows a closing quotation mark, with or without its comma outside it. */
    private boolean afterQuotation(int cueFrom) {
        int k = cueFrom - 1;
        if (k > 0 && tokens.get(k).isPunct(',')) {
            k--;
        }
        return k >= 0 && tokens.get(k).type == Token.Type.QUOTE;
    }

    /**
     * A long inverted source stays one noun phrase only as a name: a capitalised word, or "of"/"the"/"and" between
     * capitalised ones ("the University of Tarn School of Law"), never a verb of a clause that runs on.
     */
    private boolean nameGoesOn(int k) {
        Token t = tokens.get(k);
        if (t.capitalized) {
            return true;
        }
        boolean joiner = t.is("of") || t.is("the") || t.is("and") || t.is("for");
        boolean between = tokens.get(k - 1).capitalized || tokens.get(k - 1).is("of");
        return joiner && between && k + 1 < tokens.size() && tokens.get(k + 1).capitalized;
    }

    /**
     * The end of a description that runs from {@code from} to the end of the clause after an inverted source ("the
     * party's chair", "who has advised the board", "53, a farmer from the valley"), or -1: not a description when
     * it quotes, reports ("..., adding that"), or is too long to be one phrase.
     */
    private int descriptionToEnd(int from, int clauseEnd) {
        Token first = tokens.get(from);
        boolean opens = determiners.contains(first) || POSSESSIVES.contains(first.norm) || first.is("who") || first.is("that")
                || first.type == Token.Type.NUMBER || titles.contains(first) || speakerHead(first)
                || classifier.proper(from) || rolePhrase(from, clauseEnd);
        if (!opens || first.norm.endsWith("ing")) {
            return -1;
        }
        boolean relative = false;
        for (int k = from; k < clauseEnd && k - from <= MAX_DESCRIPTION; k++) {
            Token t = tokens.get(k);
            if (t.isTerminal()) {
                return k;
            }
            if (reportingRelative(k, clauseEnd)) {
                // "..., said Jo Roe, a nurse, who said she would stay": a report of its own ends the description
                return k > from && tokens.get(k - 1).isPunct(',') ? k - 1 : -1;
            }
            relative |= t.is("who") || t.is("which") || t.is("whose");
            if (t.isPunct(',') && k + 1 < clauseEnd && (TIME_LEADS.contains(tokens.get(k + 1).norm)
                    || times.contains(tokens.get(k + 1)))) {
                return k; // "..., the nurse who found him, on Tuesday.": the time is the saying's
            }
            if (t.isPunct(',') && k > from && k + 1 < clauseEnd && (tokens.get(k + 1).norm.endsWith("ing")
                    || tokens.get(k + 1).type == Token.Type.QUOTE)) {
                return k; // "..., said Jo Roe, the party's chair, noting that ..." / ", “and ...": she is described
            }
            if (t.type == Token.Type.QUOTE || t.isPunct(';') || t.isPunct(':') || doc.quoted(k)
                    || !relative && (invertingVerbs.contains(t.norm) || tellVerbs.contains(t.norm))) {
                return -1; // "..., who has advised the board" describes; "..., told reporters" reports
            }
        }
        return clauseEnd - from <= MAX_DESCRIPTION ? clauseEnd : -1;
    }

    /**
     * "senior counsel in the Democracy Program", "co-director of the Center for ...": a role without an article,
     * a few lowercase words before the preposition that ties the role to its body. Not a clause ("told reporters
     * in ...", "appeared at ..."): none of the words is a verb of saying or an auxiliary, or ends in -ed or -ing.
     */
    private boolean rolePhrase(int from, int clauseEnd) {
        for (int k = from; k < clauseEnd && k < from + MAX_ROLE_WORDS; k++) {
            Token t = tokens.get(k);
            if (k > from && ROLE_TIES.contains(t.norm)) {
                return true;
            }
            if (!t.isWord() || t.capitalized || auxiliaries.contains(t) || breakers.contains(t)
                    || invertingVerbs.contains(t.norm) || tellVerbs.contains(t.norm)
                    || t.norm.endsWith("ed") || t.norm.endsWith("ing")) {
                return false;
            }
        }
        return false;
    }

    /** How many words a role may have before its preposition: "managing director and chief analyst at". */
    private static final int MAX_ROLE_WORDS = 5;
    private static final java.util.Set<String> ROLE_TIES = java.util.Set.of("of", "at", "for", "to", "with", "in");

    private Found sentenceInitialInverted(int cueTo, int clauseEnd) {
        int j = cueTo;
        while (j < clauseEnd && j - cueTo < 4 && (classifier.proper(j) || tokens.get(j).abbreviation)) {
            j++;
        }
        boolean colon = j > cueTo && j < clauseEnd && (tokens.get(j).isPunct(':') || tokens.get(j).isPunct(','));
        return colon ? new Found(cueTo, j, true) : null;
    }
}
