package io.sayswho.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs double quotation marks within each paragraph in one pass. Curly marks say their direction; a straight
 * mark closes an open quotation and opens otherwise. A quotation still open at its paragraph's end ends there
 * (news style leaves it open when the next paragraph goes on quoting); a stray closing mark is ignored, so
 * unbalanced text never makes a quotation swallow the rest of the article.
 */
final class QuoteScanner {
    private QuoteScanner() {
    }

    static List<QuoteRegion> scan(List<Token> tokens, int[] paragraphStarts, int[] quoteOf) {
        List<QuoteRegion> out = new ArrayList<>();
        for (int p = 0; p + 1 < paragraphStarts.length; p++) {
            int from = paragraphStarts[p];
            int to = paragraphStarts[p + 1];
            int open = -1;
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (t.type != Token.Type.QUOTE || !t.norm.equals("\"")) {
                    continue;
                }
                Token.Quote dir = t.quote;
                if (dir == Token.Quote.EITHER) {
                    dir = open >= 0 ? Token.Quote.CLOSE : Token.Quote.OPEN;
                }
                if (dir == Token.Quote.OPEN) {
                    if (open >= 0) {
                        add(out, quoteOf, new QuoteRegion(open, k, false, false));
                    }
                    open = k;
                } else if (open >= 0) {
                    add(out, quoteOf, new QuoteRegion(open, k + 1, true, false));
                    open = -1;
                }
            }
            if (open >= 0) {
                boolean continues = to < tokens.size() && tokens.get(to).type == Token.Type.QUOTE
                        && tokens.get(to).norm.equals("\"") && tokens.get(to).quote != Token.Quote.CLOSE;
                add(out, quoteOf, new QuoteRegion(open, to, false, continues));
            }
        }
        return out;
    }

    private static void add(List<QuoteRegion> out, int[] quoteOf, QuoteRegion q) {
        int id = out.size();
        out.add(q);
        for (int k = q.open(); k < q.end(); k++) {
            quoteOf[k] = id;
        }
    }
}
