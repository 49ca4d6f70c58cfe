package io.sayswho.engine;

import java.util.Arrays;
import java.util.List;

/**
 * The text as the rules see it: tokens, lines (paragraphs), sentences and quotations. Built in linear passes.
 */
final class Document {
    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<QuoteRegion> quotes;
    /** For each token the index into {@link #quotes} of the quotation it stands in (marks included), or -1. */
    private final int[] quoteOf;
    /** Token index of the first token of each paragraph, and one past the last at the end. */
    final int[] paragraphStarts;
    /** Tokens that open a sentence (or a quotation): their capital letter says nothing of a name. */
    private final boolean[] initial;

    Document(String text, List<Token> tokens, List<Sentence> sentences, List<QuoteRegion> quotes, int[] quoteOf,
             int[] paragraphStarts) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
        this.quotes = quotes;
        this.quoteOf = quoteOf;
        this.paragraphStarts = paragraphStarts;
        this.initial = new boolean[tokens.size()];
        for (Sentence sentence : sentences) {
            initial[sentence.from()] = true;
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).isPunct(':')) {
                initial[i + 1] = true;
            }
        }
        for (QuoteRegion q : quotes) {
            if (q.open() + 1 < tokens.size()) {
                initial[q.open() + 1] = true;
            }
        }
    }

    boolean initial(int i) {
        return initial[i];
    }

    Token token(int i) {
        return tokens.get(i);
    }

    /** The quotation token i stands in, or null. */
    QuoteRegion quoteAt(int i) {
        int q = quoteOf[i];
        return q < 0 ? null : quotes.get(q);
    }

    int quoteIndex(int i) {
        return quoteOf[i];
    }

    /** True when token i is quoted words (not a mark). */
    boolean quoted(int i) {
        QuoteRegion q = quoteAt(i);
        return q != null && q.covers(i);
    }

    String surface(int from, int to) {
        if (from >= to) {
            return "";
        }
        return text.substring(tokens.get(from).start, tokens.get(to - 1).end);
    }

    String surface(int i) {
        Token t = tokens.get(i);
        return text.substring(t.start, t.end);
    }

    /** Every letter of the token is upper case ("WASHINGTON", "NYPD"). */
    boolean allCaps(int i) {
        String s = surface(i);
        boolean letter = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** Builds the document: tokens, then paragraphs, quotations, sentences. */
    static Document of(String text, RuleSet rules) {
        List<Token> tokens = new Tokenizer(rules.list("abbreviations").words()).tokenize(text);
        int[] paragraphStarts = RunOnParagraphs.restore(tokens, WrappedLines.paragraphStarts(tokens));
        int[] quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        List<QuoteRegion> quotes = QuoteScanner.scan(tokens, paragraphStarts, quoteOf);
        Document shell = new Document(text, tokens, List.of(), quotes, quoteOf, paragraphStarts);
        List<Sentence> sentences = new Segmenter(shell, rules).sentences();
        return new Document(text, tokens, sentences, quotes, quoteOf, paragraphStarts);
    }

    /** The paragraph (0-based) the token at {@code token} stands in; a binary search over the paragraph starts. */
    int paragraphOf(int token) {
        int lo = 0;
        int hi = paragraphStarts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (paragraphStarts[mid] <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
