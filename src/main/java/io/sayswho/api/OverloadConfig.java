package io.sayswho.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * How much analysis work the service takes on at once, under {@code sayswho.overload.*} (see README, "Overload").
 * Past {@link #maxInFlight()} a request is refused at once with 503 and {@code Retry-After}: an answer a caller can
 * act on (retry elsewhere or later) instead of a queue that grows until every caller times out.
 */
@ConfigMapping(prefix = "sayswho.overload")
public interface OverloadConfig {

    /**
     * Analyses admitted at once: running plus waiting for an analysis thread. The wait of an admitted request is at
     * most about {@code max-in-flight / threads} analyses, so this bounds the latency of the admitted ones. Measured
     * with the 5 KB article (~0.5 ms of engine time) on 2 cores: 32 keeps the p99 of the 200s under 50 ms at c=256.
     */
    @WithDefault("32")
    int maxInFlight();

    /**
     * Threads that run the engine. It is pure computation, so more threads than cores only adds switching; unset
     * means the processors the JVM sees (a container's CPU limit).
     */
    Optional<Integer> threads();

    /** The {@code Retry-After} of a 503, rounded up to whole seconds. */
    @WithDefault("1s")
    Duration retryAfter();

    default int effectiveThreads() {
        return Math.max(1, threads().orElse(Runtime.getRuntime().availableProcessors()));
    }

    default long retryAfterSeconds() {
        return Math.max(1, (retryAfter().toMillis() + 999) / 1000);
    }
}
