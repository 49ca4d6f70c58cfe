package io.sayswho.bulk.cli;

import java.io.Writer;
import java.util.Arrays;

/**
 * One worker thread's scratch space for an answer: the characters are written here (by Jackson or the CSV rows),
 * then encoded once to the UTF-8 bytes the main thread writes as they are. Reused from answer to answer, so an
 * answer costs one char copy and one byte copy instead of a String, a concatenation and an encoding on the main
 * thread. What UTF-8 cannot carry (a lone surrogate) becomes {@code ?}, exactly as in the UTF-8 PrintStream that
 * wrote Strings before, so the bytes are the same.
 */
final class Utf8Lines extends Writer {
    private static final ThreadLocal<Utf8Lines> PER_THREAD = ThreadLocal.withInitial(Utf8Lines::new);

    private char[] chars = new char[1 << 15];
    private int used;
    private byte[] bytes = new byte[1 << 16];

    private Utf8Lines() {
    }

    /** This thread's buffer, emptied. */
    static Utf8Lines start() {
        Utf8Lines lines = PER_THREAD.get();
        lines.used = 0;
        return lines;
    }

    private void room(int more) {
        if (used + more > chars.length) chars = Arrays.copyOf(chars, Math.max(used + more, chars.length * 2));
    }

    @Override
    public void write(char[] source, int offset, int length) {
        room(length);
        System.arraycopy(source, offset, chars, used, length);
        used += length;
    }

    @Override
    public void write(String source, int offset, int length) {
        room(length);
        source.getChars(offset, offset + length, chars, used);
        used += length;
    }

    @Override
    public void write(int c) {
        room(1);
        chars[used++] = (char) c;
    }

    @Override
    public Utf8Lines append(char c) {
        write(c);
        return this;
    }

    @Override
    public Utf8Lines append(CharSequence text) {
        String s = String.valueOf(text);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        // Jackson closes its target after writing a value; the buffer lives on for the next answer.
    }

    /**
     * What was written since {@link #start()}, as UTF-8. A plain loop rather than a CharsetEncoder, whose
     * char-by-char path after the first non-ASCII character (curly quotes, dashes: most articles) cost a fifth of
     * the CPU in the profile. Same bytes as {@code String.getBytes(UTF_8)} and a UTF-8 PrintStream: a surrogate pair
     * is one four-byte character, a lone surrogate becomes {@code ?}.
     */
    byte[] toUtf8() {
        // Three bytes at most per UTF-16 unit (a surrogate pair, two units, takes four).
        if (bytes.length < used * 3) bytes = new byte[Math.max(used * 3, bytes.length * 2)];
        byte[] out = bytes;
        char[] in = chars;
        int n = 0;
        for (int i = 0; i < used; i++) {
            char c = in[i];
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < used && Character.isLowSurrogate(in[i + 1])) {
                int cp = Character.toCodePoint(c, in[++i]);
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return Arrays.copyOf(out, n);
    }
}
