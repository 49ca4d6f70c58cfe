package io.sayswho.api;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

/** The service's own limits, applied before the engine runs. */
class AnalysisServiceTest {
    static final EnginesTest.Config CONFIG = new EnginesTest.Config(10, "en", List.of("en"));
    static final AnalysisService SERVICE = service(32);

    static AnalysisService service(int maxInFlight) {
        Engines engines = new Engines(CONFIG);
        return new AnalysisService(engines, CONFIG, overload(maxInFlight),
                new AnalysisMetrics(new SimpleMeterRegistry(), engines));
    }

    static OverloadConfig overload(int maxInFlight) {
        return new OverloadConfig() {
            @Override
            public int maxInFlight() {
                return maxInFlight;
            }

            @Override
            public Optional<Integer> threads() {
                return Optional.of(1);
            }

            @Override
            public Duration retryAfter() {
                return Duration.ofMillis(1500);
            }
        };
    }

    @Test
    void acceptsTextOfExactlyTheLimit() {
        assertNotNull(SERVICE.analyze("a".repeat(10), null));
    }

    @Test
    void refusesTextOneOverTheLimitSayingBothNumbers() {
        TextTooLongException e = assertThrows(TextTooLongException.class, () -> SERVICE.analyze("a".repeat(11), "en"));
        assertEquals(11, e.length());
        assertEquals(10, e.maxLength());
    }

    @Test
    void countsUtf16CodeUnitsLikeTheOffsets() {
        // Five emoji are ten UTF-16 units: at the limit. Six are over it.
        assertNotNull(SERVICE.analyze("😀".repeat(5), null));
        assertThrows(TextTooLongException.class, () -> SERVICE.analyze("😀".repeat(6), null));
    }

    @Test
    void refusesAnUnloadedLanguageListingTheLoadedOnes() {
        UnsupportedLanguageException e = assertThrows(UnsupportedLanguageException.class,
                () -> SERVICE.analyze("hello", "de"));
        assertEquals("de", e.language());
        assertEquals(List.of("en"), e.supported());
    }

    @Test
    void checksLengthBeforeLanguage() {
        assertThrows(TextTooLongException.class, () -> SERVICE.analyze("a".repeat(11), "de"));
    }

    @Test
    void refusesPastMaxInFlightSayingWhenToRetry() {
        OverloadedException e = assertThrows(OverloadedException.class, () -> service(0).analyze("Hello.", null));
        assertEquals(0, e.maxInFlight());
        assertEquals(2, e.retryAfterSeconds(), "1.5 s rounds up to 2 whole seconds");
        assertThrows(OverloadedException.class, () -> service(0).submit("Hello.", null));
    }

    @Test
    void refusesLengthAndLanguageBeforeCountingAnything() {
        // Even with no room at all, a bad request is told what is wrong with it, not to come back later.
        assertThrows(TextTooLongException.class, () -> service(0).submit("a".repeat(11), null));
        assertThrows(UnsupportedLanguageException.class, () -> service(0).submit("hello", "de"));
    }

    @Test
    void submittedAnalysisGivesTheSameAnswerAndFreesItsPlace() throws Exception {
        AnalysisService one = service(1);
        // One place: if the first analysis did not give it back, the second would be refused.
        assertEquals(one.analyze("Hello.", null), one.submit("Hello.", null).toCompletableFuture().get());
        assertNotNull(one.submit("Hello.", null).toCompletableFuture().get());
    }

    @Test
    void otherEngineWorkCountsAgainstTheSameLimit() {
        // a comparison is admitted as an analysis is: with no room it is refused, with one place it runs and frees it
        assertThrows(OverloadedException.class, () -> service(0).admitted(() -> "compared"));
        AnalysisService one = service(1);
        assertEquals("compared", one.admitted(() -> "compared"));
        assertNotNull(one.analyze("Hello.", null), "the place was given back");
    }
}
