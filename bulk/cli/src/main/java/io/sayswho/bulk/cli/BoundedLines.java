package io.sayswho.bulk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads JSON Lines as raw bytes, one line at a time, never holding more than {@code maxBytes} of a line: a giant
 * line (a whole dump on one line) is skipped and reported, not read into memory. Bytes are decoded later, per line,
 * so one line of bad UTF-8 spoils only itself.
 */
final class BoundedLines {
    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private int lineNumber;

    BoundedLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** One line: its number, and its bytes without the line end, or null when it was over the limit. */
    record Line(int number, byte[] bytes, long length) {
        boolean oversized() {
            return bytes == null;
        }
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        byte[] line = new byte[256];
        int used = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!any) return null;
                    break;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') position++;
            int chunk = position - start;
            length += chunk;
            if (line != null && used + chunk <= maxBytes) {
                if (used + chunk > line.length) line = Arrays.copyOf(line, Math.max(used + chunk, line.length * 2));
                System.arraycopy(buffer, start, line, used, chunk);
                used += chunk;
            } else {
                line = null;
            }
            if (position < limit) {
                position++;
                break;
            }
        }
        lineNumber++;
        if (line == null) return new Line(lineNumber, null, length);
        if (used > 0 && line[used - 1] == '\r') used--;
        return new Line(lineNumber, Arrays.copyOf(line, used), length);
    }
}
