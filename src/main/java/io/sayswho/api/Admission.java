package io.sayswho.api;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts analyses in flight and refuses one past the limit. A counter rather than a queue: the refusal must be at
 * once and cost nothing, and nothing waits for a permit.
 */
final class Admission {
    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    Admission(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("sayswho.overload.max-in-flight must be 0 or more, not " + limit);
        }
        this.limit = limit;
    }

    /** True and counted when under the limit; the caller must {@link #release()} once it is done. */
    boolean tryAcquire() {
        while (true) {
            int now = inFlight.get();
            if (now >= limit) {
                return false;
            }
            if (inFlight.compareAndSet(now, now + 1)) {
                return true;
            }
        }
    }

    void release() {
        inFlight.decrementAndGet();
    }

    int inFlight() {
        return inFlight.get();
    }

    int limit() {
        return limit;
    }
}
