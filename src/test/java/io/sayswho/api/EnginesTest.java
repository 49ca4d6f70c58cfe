package io.sayswho.api;

import io.quarkus.runtime.Startup;
import io.sayswho.engine.RuleSetException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Loading the engines: what start-up does, without starting Quarkus. */
class EnginesTest {

    record Config(int maxTextLength, String defaultLanguage, List<String> rulesets) implements SayswhoConfig {
        static Config of(String defaultLanguage, String... rulesets) {
            return new Config(200_000, defaultLanguage, List.of(rulesets));
        }
    }

    @Test
    void loadsTheConfiguredRuleSets() {
        Engines engines = new Engines(Config.of("en", "en"));
        assertEquals(List.of("en"), engines.ruleSets().stream().map(info -> info.id()).toList());
        assertTrue(engines.supportedLanguages().contains("en"));
    }

    @Test
    void brokenOrMissingRuleSetStopsLoadingNamingTheFile() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> new Engines(Config.of("en", "en", "xx")));
        assertTrue(e.getMessage().contains("sayswho/rulesets/xx/ruleset.properties"), e.getMessage());
    }

    @Test
    void loadsAtStartUpSoThatABrokenRuleSetStopsTheService() {
        // A lazily created bean would defer the RuleSetException to the first request.
        assertTrue(Engines.class.isAnnotationPresent(Startup.class));
    }

    @Test
    void defaultLanguageMustBeLoaded() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Engines(Config.of("fr", "en")));
        assertTrue(e.getMessage().contains("sayswho.default-language=fr"), e.getMessage());
    }

    @Test
    void picksTheEngineForALanguageTag() {
        Engines engines = new Engines(Config.of("en", "en"));
        assertTrue(engines.forLanguage(null).isPresent(), "no language means the default");
        assertTrue(engines.forLanguage("  ").isPresent(), "a blank language means the default");
        assertTrue(engines.forLanguage("EN").isPresent());
        assertTrue(engines.forLanguage("en-GB").isPresent(), "a region falls back to its language");
        assertTrue(engines.forLanguage("en_US").isPresent());
        assertTrue(engines.forLanguage("fr").isEmpty());
        assertTrue(engines.forLanguage("eng").isEmpty(), "no prefix matching beyond the subtag");
    }
}
