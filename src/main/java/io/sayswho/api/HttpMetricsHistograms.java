package io.sayswho.api;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;

/**
 * Latency buckets for {@code http_server_requests_seconds}, so that a p99 per route can be computed across replicas
 * ({@code histogram_quantile}). Fixed bounds rather than Micrometer's ~70 default ones: a dozen lines per series is
 * enough from a quarter millisecond to the client time-outs of seconds.
 */
public class HttpMetricsHistograms {
    private static final Duration[] BOUNDS = {ms(0.5), ms(1), ms(2), ms(5), ms(10), ms(25), ms(50), ms(100), ms(250),
            ms(500), ms(1000), ms(2500), ms(5000)};

    @Produces
    @Singleton
    MeterFilter httpServerLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos(BOUNDS)).build()
                            .merge(config);
                }
                return config;
            }
        };
    }

    private static double[] nanos(Duration[] bounds) {
        double[] out = new double[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            out[i] = bounds[i].toNanos();
        }
        return out;
    }

    private static Duration ms(double millis) {
        return Duration.ofNanos((long) (millis * 1_000_000));
    }
}
