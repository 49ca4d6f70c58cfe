package io.sayswho.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.RuleSetInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The service's own series at {@code /q/metrics} (README, "Metrics"). Every tag value comes from a closed set the
 * service defines (labels, rule set ids from the configuration), never from a request: a text or a header could
 * otherwise make a series per request, and put article text where anyone who can scrape can read it.
 */
@ApplicationScoped
public class AnalysisMetrics {
    /** Bucket bounds in characters, up to the largest text accepted by default. */
    private static final double[] TEXT_LENGTH_BUCKETS = {500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000,
            200_000};
    private static final double[] CLAIM_BUCKETS = {1, 2, 5, 10, 20, 50, 100, 200, 500};

    private final Timer engineTime;
    private final DistributionSummary textLength;
    private final DistributionSummary claimsPerArticle;
    private final Map<Attribution, Counter> claimsByLabel = new EnumMap<>(Attribution.class);
    private final Counter rejected;
    private final MeterRegistry registry;

    @Inject
    public AnalysisMetrics(MeterRegistry registry, Engines engines) {
        this.registry = registry;
        engineTime = Timer.builder("sayswho.analysis.engine")
                .description("Time the engine took for one analysis, without queueing or HTTP")
                .serviceLevelObjectives(millis(0.25), millis(0.5), millis(1), millis(2), millis(5), millis(10),
                        millis(25), millis(50), millis(100), millis(250), millis(1000))
                .register(registry);
        textLength = DistributionSummary.builder("sayswho.analysis.text.length")
                .description("Length of each analysed text").baseUnit("characters")
                .serviceLevelObjectives(TEXT_LENGTH_BUCKETS)
                .register(registry);
        claimsPerArticle = DistributionSummary.builder("sayswho.analysis.claims")
                .description("Claims found in each analysed text").baseUnit("claims")
                .serviceLevelObjectives(CLAIM_BUCKETS)
                .register(registry);
        // Every label registered up front, so a label never seen yet shows 0 rather than no series at all.
        for (Attribution label : Attribution.values()) {
            claimsByLabel.put(label, Counter.builder("sayswho.claims")
                    .description("Claims found, by attribution label").tag("label", label.name())
                    .register(registry));
        }
        rejected = Counter.builder("sayswho.analysis.rejected")
                .description("Analyses refused with 503 because sayswho.overload.max-in-flight were in flight")
                .register(registry);
        Gauge.builder("sayswho.rulesets.loaded", engines, e -> e.ruleSets().size())
                .description("Rule sets loaded at start-up").register(registry);
        for (RuleSetInfo info : engines.ruleSets()) {
            // The conventional info gauge: always 1, the version is in its tags.
            Gauge.builder("sayswho.ruleset.info", () -> 1)
                    .description("A loaded rule set, its id and version as tags")
                    .tag("ruleset", info.id()).tag("version", info.version())
                    .register(registry);
        }
    }

    /** Registers the in-flight gauge for the admission that counts analyses. */
    void watch(Admission admission) {
        Gauge.builder("sayswho.analysis.in.flight", admission, Admission::inFlight)
                .description("Analyses admitted and not yet answered").register(registry);
        Gauge.builder("sayswho.analysis.in.flight.max", admission, Admission::limit)
                .description("sayswho.overload.max-in-flight").register(registry);
    }

    void analysed(String text, Analysis analysis, long engineNanos) {
        engineTime.record(Duration.ofNanos(engineNanos));
        textLength.record(text.length());
        claimsPerArticle.record(analysis.claims().size());
        for (Claim claim : analysis.claims()) {
            Counter counter = claimsByLabel.get(claim.attribution());
            if (counter != null) {
                counter.increment();
            }
        }
    }

    void rejected() {
        rejected.increment();
    }

    private static Duration millis(double ms) {
        return Duration.ofNanos((long) (ms * 1_000_000));
    }
}
