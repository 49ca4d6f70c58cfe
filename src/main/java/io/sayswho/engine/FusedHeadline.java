package io.sayswho.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a headline run into the first sentence of an article copied without line breaks ("Minister quits over
 * leak The minister resigned on Monday ..."). Two signs mark where the headline stops and the story starts: a
 * capitalised article ("The", "A", "An") in mid-sentence after a headline in sentence case, or the first capitalised
 * word that repeats one of the headline's ("Acme wins appeal Acme has won ...", "... against Roe Jo Roe has ...", the
 * given name before the repeated surname going with the story). Only the first sentence of a first paragraph that
 * holds more than one sentence is read: a headline on a line of its own is already apart. The headline becomes a
 * sentence of its own, a fragment as a headline on its own line is.
 */
final class FusedHeadline {
    private static final int MIN_HEADLINE = 3;
    private static final int MAX_HEADLINE = 16;
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private FusedHeadline() {
    }

    /** Where the story starts in [from, to), or -1 when no headline is fused to it. */
    static int storyStart(Document doc, int from, int to) {
        List<Token> tokens = doc.tokens;
        Set<String> seen = new HashSet<>();
        int capitals = 0;
        int words = 0;
        for (int k = from; k < to && k - from <= MAX_HEADLINE; k++) {
            Token t = tokens.get(k);
            if (t.isTerminal() || t.isPunct(':') || t.type == Token.Type.QUOTE && k > from) {
                return -1; // a stop, a colon or a quotation: prose, not a headline
            }
            if (k - from >= MIN_HEADLINE && t.capitalized && t.isWord() && !tokens.get(k - 1).isPunct(',')) {
                boolean sentenceCase = capitals * 2 <= words;
                if (ARTICLES.contains(t.norm) && sentenceCase && !tokens.get(k - 1).capitalized) {
                    return k;
                }
                Token prev = tokens.get(k - 1);
                boolean inPhrase = Lexicons.PREPOSITIONS.contains(prev.norm) || ARTICLES.contains(prev.norm)
                        || prev.is("and") || prev.is("of");
                // the story's subject is followed by its verb: "Acme Acme says", not a title "Sing Sing Sing"
                boolean doubled = prev.norm.equals(t.norm);
                boolean verbAfter = k + 1 < to && !tokens.get(k + 1).capitalized
                        && !tokens.get(k - 2).norm.equals(t.norm);
                if (seen.contains(t.norm) && !inPhrase && (!doubled || verbAfter)) { // not "... by the Acme team"
                    Token before = tokens.get(k - 1);
                    // "... against Roe Jo Roe has": the given name before the repeated surname opens the story
                    int start = before.capitalized && !before.norm.equals(t.norm) && k - 1 - from >= MIN_HEADLINE
                            ? k - 1 : k;
                    return start;
                }
            }
            if (t.isWord()) {
                words++;
                if (t.capitalized) {
                    capitals++;
                    seen.add(t.norm);
                }
            }
        }
        return -1;
    }
}
