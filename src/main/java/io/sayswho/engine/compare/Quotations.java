package io.sayswho.engine.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The quotations inside one claim's text: curly double quotes, straight double quotes and curly single quotes that
 * open after a non-letter (so that the apostrophe of "Russia’s" opens nothing). A quotation left open runs to the end
 * of the claim, as quotations continued across paragraphs do.
 */
final class Quotations {
    private Quotations() {
    }

    /** Start (after the opening mark) and end (before the closing one) of each quotation. */
    static List<int[]> spans(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            char c = t.charAt(i);
            int close = -1;
            if (c == '\u201C') {
                close = t.indexOf('\u201D', i + 1);
            } else if (c == '"') {
                close = t.indexOf('"', i + 1);
            } else if (c == '\u2018' && (i == 0 || !Character.isLetter(t.charAt(i - 1)))) {
                close = singleClose(t, i + 1);
            } else {
                i++;
                continue;
            }
            int end = close < 0 ? t.length() : close;
            out.add(new int[]{i + 1, end});
            i = end + 1;
        }
        return out;
    }

    /** A closing ’ is one not followed by a letter ("’s" is a possessive). */
    private static int singleClose(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            if (t.charAt(i) == '\u2019' && (i + 1 == t.length() || !Character.isLetter(t.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }
}
