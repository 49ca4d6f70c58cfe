package io.sayswho.engine.model;

/** A stretch of the submitted text in UTF-16 code units, end exclusive (what JavaScript's slice takes). */
public record Range(int start, int end) {
    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }
}
