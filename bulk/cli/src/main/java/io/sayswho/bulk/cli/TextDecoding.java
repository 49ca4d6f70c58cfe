package io.sayswho.bulk.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into an article's text, or says why they are not one. What the service would refuse (over
 * its text limit) or could not mean (binary, not UTF-8, nothing but blanks) is reported rather than analysed.
 */
final class TextDecoding {
    private TextDecoding() {
    }

    /** The text, or a {@link Refusal} naming what is wrong with the bytes. */
    static String decode(byte[] bytes, int maxChars) throws Refusal {
        for (byte b : bytes) {
            if (b == 0) throw new Refusal("binary content (NUL bytes), not text");
        }
        String text = utf8(bytes);
        return checked(text.startsWith("\uFEFF") ? text.substring(1) : text, maxChars);
    }

    /**
     * Strict UTF-8. The String constructor (fast, one copy) replaces every malformed sequence with U+FFFD, so a
     * result without U+FFFD came from well-formed bytes and is exactly what the strict decoder would give; only a
     * text holding U+FFFD is decoded again strictly, to tell a real U+FFFD from bad bytes.
     */
    private static String utf8(byte[] bytes) throws Refusal {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) return text;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Refusal("not UTF-8 text");
        }
    }

    /** One JSON line's bytes as a string: strict UTF-8, no NUL test (JSON escapes, not raw bytes, carry text). */
    static String decodeLine(byte[] bytes) throws Refusal {
        String line = utf8(bytes);
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** A text that came as a JSON string: it still has to be something to analyse, within the service's limit. */
    static String checked(String text, int maxChars) throws Refusal {
        if (text.isBlank()) throw new Refusal("empty: no text to analyse");
        if (text.length() > maxChars) {
            throw new Refusal(String.format(java.util.Locale.ROOT,
                    "%,d characters, over --max-chars %,d (the service's limit)", text.length(), maxChars));
        }
        return text;
    }

    /** Why an input is skipped; its message is the reason shown to the user. */
    static final class Refusal extends Exception {
        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }
}
