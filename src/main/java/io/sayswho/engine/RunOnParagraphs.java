package io.sayswho.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Restores paragraph breaks that a copy of an article lost. News style quotes a speaker over several paragraphs by
 * leaving each paragraph's quotation open and opening the next one again: {@code "We will act. "The rest can
 * wait."}. Run together onto one line, that text shows an opening mark right after a sentence's stop while a
 * quotation is still open, which is where the paragraph broke. Without the break the marks pair the wrong way
 * round and every quotation after it reads inside out. One pass, linear in the tokens.
 */
final class RunOnParagraphs {
    private RunOnParagraphs() {
    }

    /** The paragraph starts (token indexes, one past the last at the end) with the lost breaks put back. */
    static int[] restore(List<Token> tokens, int[] starts) {
        List<Integer> out = new ArrayList<>(starts.length);
        for (int p = 0; p + 1 < starts.length; p++) {
            out.add(starts[p]);
            boolean open = false;
            for (int k = starts[p]; k < starts[p + 1]; k++) {
                Token t = tokens.get(k);
                if (t.type != Token.Type.QUOTE || !t.norm.equals("\"")) {
                    continue;
                }
                Token.Quote dir = t.quote == Token.Quote.EITHER ? (open ? Token.Quote.CLOSE : Token.Quote.OPEN) : t.quote;
                if (open && t.quote != Token.Quote.CLOSE && reopensAfterStop(tokens, k, starts[p])) {
                    out.add(k); // the quotation goes on in a paragraph of its own, opened again
                    continue;
                }
                open = dir == Token.Quote.OPEN;
            }
        }
        out.add(starts[starts.length - 1]);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The mark at k stands where a new paragraph's quotation opens: after a sentence's stop and a space, right
     * before a word with a capital or a number (". "The", "? "In 2004"); not a closing mark after a stop (.").
     */
    private static boolean reopensAfterStop(List<Token> tokens, int k, int from) {
        if (k - 1 <= from || k + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(k - 1);
        Token mark = tokens.get(k);
        Token next = tokens.get(k + 1);
        return before.isTerminal() && before.end < mark.start && next.start == mark.end
                && (next.capitalized || next.type == Token.Type.NUMBER);
    }
}
