package io.sayswho.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits each paragraph into sentences. A sentence ends at . ! ? or an ellipsis (with any closing marks after
 * it) when the next token can start one; an abbreviation's period ends one only before a word that typically
 * opens a sentence ("in the U.S. The company ..."). A dateline ("WASHINGTON (AP) —") is cut off the first
 * sentence of its paragraph.
 */
final class Segmenter {
    private static final int DATELINE_MAX_TOKENS = 16;

    private final Document doc;
    private final List<Token> tokens;
    private final WordList starters;
    private final WordList pageLabels;
    private final WordList titles;
    private final PhraseMatcher<CueRule> cues;

    Segmenter(Document doc, RuleSet rules) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.starters = rules.list("sentence-starters");
        this.pageLabels = rules.list("page-labels");
        this.titles = rules.list("titles");
        this.cues = rules.cues;
    }

    List<Sentence> sentences() {
        List<Sentence> out = new ArrayList<>();
        int[] starts = doc.paragraphStarts;
        for (int p = 0; p + 1 < starts.length; p++) {
            paragraph(p, starts[p], starts[p + 1], out);
        }
        splitFusedHeadline(out);
        return out;
    }

    /** An article copied onto one line: its headline, run into the first sentence, is set apart as a fragment. */
    private void splitFusedHeadline(List<Sentence> out) {
        if (out.size() < 2 || out.get(1).paragraph() != 0) {
            return;
        }
        Sentence first = out.get(0);
        int story = FusedHeadline.storyStart(doc, first.from(), first.to());
        if (story > 0) {
            out.set(0, new Sentence(story, first.to(), 0, false));
            out.add(0, new Sentence(first.from(), story, 0, true));
        }
    }

    private void paragraph(int p, int from, int to, List<Sentence> out) {
        // "… was banned. (Additional reporting by …)": a credit in brackets after the last sentence does not make
        // the paragraph a fragment; the credit itself is left out as page furniture
        boolean fragment = !endsAsProse(from, withoutTrailingBrackets(from, to));
        int begin = skipDateline(from, to);
        int k = begin;
        while (k < to) {
            Token t = tokens.get(k);
            int end = -1;
            if (t.isTerminal()) {
                end = afterClosers(k + 1, to);
                boolean signature = end < to && end > k + 1 && tokens.get(end).type == Token.Type.DASH;
                if (end < to && !canStart(end) || signature) {
                    end = -1; // "“...” ― Jane Roe": the dash and name sign the quotation before them
                }
            } else if (t.abbreviation && k + 1 < to && !titles.contains(t.norm)
                    && starters.contains(tokens.get(k + 1)) && tokens.get(k + 1).capitalized) {
                end = k + 1;
            }
            if (end > 0) {
                add(out, begin, end, p, fragment);
                begin = end;
                k = end;
            } else {
                k++;
            }
        }
        add(out, begin, to, p, fragment);
    }

    /** Where a paragraph ends once a bracketed group closing it, after a sentence's stop, is set aside. */
    private int withoutTrailingBrackets(int from, int to) {
        if (to - from < 3 || !tokens.get(to - 1).isPunct(')')) {
            return to;
        }
        for (int k = to - 2; k > from && k >= to - 40; k--) {
            if (tokens.get(k).isPunct('(')) {
                // "(Photo: Jo Roe/Agency)" after a sentence makes it a caption: that stays a fragment
                boolean credit = pageLabels.contains(tokens.get(k + 1));
                return tokens.get(k - 1).isTerminal() && !credit ? k : to;
            }
            if (tokens.get(k).isPunct(')')) {
                return to;
            }
        }
        return to;
    }

    private void add(List<Sentence> out, int from, int to, int p, boolean fragment) {
        if (to > from) {
            out.add(new Sentence(from, to, p, fragment));
        }
    }

    /**
     * Past closing quotation marks and brackets that follow a sentence's final stop. A straight mark says no
     * direction of its own: the one that opens a quotation (as the quote scanner paired it) starts the next sentence.
     */
    private int afterClosers(int k, int to) {
        while (k < to) {
            Token t = tokens.get(k);
            boolean closer = t.type == Token.Type.QUOTE && t.quote != Token.Quote.OPEN && !opensQuotation(k)
                    || t.isPunct(')') || t.isPunct(']');
            if (!closer) {
                break;
            }
            k++;
        }
        return k;
    }

    private boolean opensQuotation(int k) {
        QuoteRegion q = doc.quoteAt(k);
        return q != null && q.open() == k;
    }

    private boolean canStart(int k) {
        Token t = tokens.get(k);
        return t.capitalized || t.type == Token.Type.NUMBER || t.type == Token.Type.QUOTE
                || t.isPunct('(') || t.isPunct('[') || t.type == Token.Type.DASH;
    }

    /** A line ends as prose when its last token is a final stop, or a closing mark or bracket right after one. */
    private boolean endsAsProse(int from, int to) {
        int k = to - 1;
        while (k > from && (tokens.get(k).type == Token.Type.QUOTE || tokens.get(k).isPunct(')'))) {
            k--;
        }
        Token last = tokens.get(k);
        return last.isTerminal() || last.abbreviation && k == to - 1 || introducesQuotation(from, k, to);
    }

    /**
     * "She said:" closing a paragraph before a paragraph that opens with a quotation mark is prose that introduces
     * it; a bare label ("Partial transcript:", "Related:") is not: it has no reporting cue.
     */
    private boolean introducesQuotation(int from, int colon, int to) {
        if (!tokens.get(colon).isPunct(':') || colon != to - 1 || to >= tokens.size()
                || tokens.get(to).type != Token.Type.QUOTE || colon - from < 2) {
            return false;
        }
        for (int k = from; k < colon; k++) {
            PhraseMatcher.Match<CueRule> m = cues.longestAt(tokens, k, colon);
            if (m != null && m.rule().category().reports()) {
                return true;
            }
        }
        return false;
    }

    /** "(Reuters)", "(AP)", "(CBSNewYork/AP)": an agency's name, not a party tag such as "(D-Vt.)" or "(R)". */
    private static boolean agencyName(Token t) {
        return t.capitalized && t.norm.length() > 1 && t.norm.indexOf('-') < 0 && t.norm.indexOf('.') < 0;
    }

    /** "CAIRO, Egypt (CBSNewYork/AP) --": capitalised place words, a date, an agency in brackets, then a dash. */
    private int skipDateline(int from, int to) {
        // "WASHINGTON —" opens in capitals; "April 26 (Reuters) -" and "Washington (AP) —" need the agency in brackets
        boolean capitals = doc.allCaps(from) || tokens.get(from).isPunct('(');
        if (!capitals && !tokens.get(from).capitalized) {
            return from;
        }
        boolean agency = false;
        int limit = Math.min(to, from + DATELINE_MAX_TOKENS);
        for (int k = from; k < limit; k++) {
            Token t = tokens.get(k);
            agency |= t.isPunct(')') && k - 1 > from && agencyName(tokens.get(k - 1));
            if (t.type == Token.Type.DASH) {
                return k + 1 < to && (capitals || agency) ? k + 1 : from;
            }
            boolean datelineToken = t.capitalized || t.type == Token.Type.NUMBER || t.isPunct(',')
                    || t.isPunct('(') || t.isPunct(')') || t.isPunct('/') || t.abbreviation;
            if (!datelineToken) {
                return from;
            }
        }
        return from;
    }
}
