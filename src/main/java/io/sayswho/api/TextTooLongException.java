package io.sayswho.api;

/** The submitted text is longer than {@code sayswho.max-text-length}; answered 413. */
public final class TextTooLongException extends RuntimeException {
    private final int length;
    private final int maxLength;

    public TextTooLongException(int length, int maxLength) {
        super("text of " + length + " characters is over the limit of " + maxLength);
        this.length = length;
        this.maxLength = maxLength;
    }

    public int length() {
        return length;
    }

    public int maxLength() {
        return maxLength;
    }
}
