package io.sayswho.engine;

/**
 * Text between quotation marks, as token range [open, end): {@code open} is the opening mark; {@code end} is
 * past the closing mark, or the end of the paragraph for a quote left open there.
 *
 * @param continues the quote is left open at its paragraph's end and the next paragraph opens again: one
 *                  speaker goes on, as news style writes a quote of several paragraphs
 */
record QuoteRegion(int open, int end, boolean closed, boolean continues) {
    boolean covers(int token) {
        return token > open && (closed ? token < end - 1 : token < end);
    }
}
