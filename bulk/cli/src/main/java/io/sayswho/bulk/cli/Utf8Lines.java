package io.sayswho.bulk.cli;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One worker thread's scratch space for an answer: the characters are written here (by Jackson or the CSV rows),
 * then encoded once to the UTF-8 bytes the main thread writes as they are. Reused from answer to answer, so an
 * answer costs one char copy and one byte copy instead of a String, a concatenation and an encoding on the main
 * thread. The encoder replaces what UTF-8 cannot carry (a lone surrogate) with {@code ?}, exactly as the UTF-8
 * PrintStream that wrote Strings did, so the bytes are the same.
 */
final class Utf8Lines extends Writer {
    private static final ThreadLocal<Utf8Lines> PER_THREAD = ThreadLocal.withInitial(Utf8Lines::new);

    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private char[] chars = new char[1 << 15];
    private int used;
    private ByteBuffer bytes = ByteBuffer.allocate(1 << 16);

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

    /** What was written since {@link #start()}, as UTF-8. */
    byte[] toUtf8() {
        // Three bytes at most per UTF-16 unit (a surrogate pair, two units, takes four).
        int most = used * 3;
        if (bytes.capacity() < most) bytes = ByteBuffer.allocate(Math.max(most, bytes.capacity() * 2));
        bytes.clear();
        encoder.reset();
        CharBuffer in = CharBuffer.wrap(chars, 0, used);
        CoderResult result = encoder.encode(in, bytes, true);
        if (result.isUnderflow()) result = encoder.flush(bytes);
        if (!result.isUnderflow()) throw new IllegalStateException("UTF-8 encoding stopped: " + result);
        return Arrays.copyOf(bytes.array(), bytes.position());
    }
}
