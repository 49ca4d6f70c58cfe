package io.sayswho.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The service's own limits, applied before the engine runs. */
class AnalysisServiceTest {
    static final EnginesTest.Config CONFIG = new EnginesTest.Config(10, "en", List.of("en"));
    static final AnalysisService SERVICE = new AnalysisService(new Engines(CONFIG), CONFIG);

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
}
