package io.sayswho.engine;

/** A rule file that cannot be loaded; the message names the file and line so it can be fixed. */
public final class RuleSetException extends RuntimeException {
    public RuleSetException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    public RuleSetException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
