package io.sayswho.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Where paragraphs start. A blank line always starts one; a single line break does too, unless the text is
 * hard-wrapped: copied from a terminal, a wire feed or a PDF, its lines break at a width, mostly in mid-sentence
 * ("… has spoken to at\nleast two private equity firms …"). In such a text a single break inside a sentence is a
 * space; one after a sentence's stop, or before a bullet, still starts a paragraph. One pass to decide, one to
 * split: linear in the tokens.
 */
final class WrappedLines {
    /** A text is hard-wrapped when at least this many single breaks fall inside a sentence ... */
    private static final int MIN_MID_SENTENCE = 3;
    /** ... and they are at least this share of its single breaks. */
    private static final double MIN_SHARE = 0.3;

    private WrappedLines() {
    }

    static int[] paragraphStarts(List<Token> tokens) {
        int single = 0;
        int inside = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).breaksBefore == 1) {
                single++;
                if (insideSentence(tokens, i)) {
                    inside++;
                }
            }
        }
        boolean wrapped = inside >= MIN_MID_SENTENCE && inside >= MIN_SHARE * single;
        List<Integer> starts = new ArrayList<>();
        boolean bulletLine = false; // a bulleted line is an item of its own, however it ends
        for (int i = 0; i < tokens.size(); i++) {
            int breaks = tokens.get(i).breaksBefore;
            if (i == 0 || breaks > 1 || breaks == 1 && !(wrapped && !bulletLine && insideSentence(tokens, i))) {
                starts.add(i);
            }
            if (i == 0 || breaks > 0) {
                bulletLine = isBullet(tokens.get(i));
            }
        }
        starts.add(tokens.size());
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The break before token i falls inside a sentence: the line before ends on a word, a number or a comma, and the
     * next line is not a bullet ("* Any deal ...").
     */
    private static boolean insideSentence(List<Token> tokens, int i) {
        Token before = tokens.get(i - 1);
        Token next = tokens.get(i);
        boolean open = before.isWord() || before.type == Token.Type.NUMBER || before.isPunct(',');
        return open && !isBullet(next);
    }

    private static boolean isBullet(Token t) {
        return t.isPunct('*') || t.isPunct('\u2022') || t.type == Token.Type.DASH;
    }
}
