package io.sayswho.api;

/** More analyses are in flight than {@code sayswho.overload.max-in-flight}; answered 503 with {@code Retry-After}. */
public class OverloadedException extends RuntimeException {
    private final int maxInFlight;
    private final long retryAfterSeconds;

    public OverloadedException(int maxInFlight, long retryAfterSeconds) {
        // No stack trace: this is an answer under load, thrown often, never a fault to debug.
        super("over " + maxInFlight + " analyses in flight", null, false, false);
        this.maxInFlight = maxInFlight;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int maxInFlight() {
        return maxInFlight;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
