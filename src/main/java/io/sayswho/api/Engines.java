package io.sayswho.api;

import io.quarkus.runtime.Startup;
import io.sayswho.engine.Engine;
import io.sayswho.engine.RuleSetException;
import io.sayswho.engine.model.RuleSetInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every configured rule set's engine, loaded once when the service starts. Loading eagerly means a broken rule file
 * ({@link RuleSetException}, which names the file and line) stops start-up instead of failing the first request.
 */
@Startup
@ApplicationScoped
public class Engines {
    private static final Logger LOG = Logger.getLogger(Engines.class);

    private final List<RuleSetInfo> ruleSets;
    /** Language tag (lower case) to the engine that reads it; the first configured rule set wins a language. */
    private final Map<String, Engine> byLanguage;
    private final String defaultLanguage;

    @Inject
    public Engines(SayswhoConfig config) {
        List<RuleSetInfo> infos = new ArrayList<>();
        Map<String, Engine> engines = new LinkedHashMap<>();
        for (String id : config.rulesets()) {
            long started = System.nanoTime();
            Engine engine = Engine.load(id.strip());
            long millis = (System.nanoTime() - started) / 1_000_000;
            RuleSetInfo info = engine.info();
            infos.add(info);
            for (String language : info.languages()) {
                engines.putIfAbsent(normalize(language), engine);
            }
            LOG.infof("Loaded rule set %s %s for languages %s in %d ms", info.id(), info.version(), info.languages(), millis);
        }
        this.ruleSets = List.copyOf(infos);
        this.byLanguage = Map.copyOf(engines);
        this.defaultLanguage = normalize(config.defaultLanguage());
        if (!byLanguage.containsKey(defaultLanguage)) {
            // Fail now: otherwise every request without a language would be refused.
            throw new IllegalStateException("sayswho.default-language=" + config.defaultLanguage()
                    + " is not a language of the loaded rule sets " + config.rulesets() + "; they read "
                    + supportedLanguages());
        }
    }

    /** The loaded rule sets, in configuration order. */
    public List<RuleSetInfo> ruleSets() {
        return ruleSets;
    }

    /** The languages a request may name, sorted. */
    public List<String> supportedLanguages() {
        return byLanguage.keySet().stream().sorted().toList();
    }

    /**
     * The engine for a language tag, or for the default language when {@code language} is null or blank. A tag with
     * a region or script ("en-GB") falls back to its primary language ("en") when only that is loaded.
     */
    public Optional<Engine> forLanguage(String language) {
        String tag = language == null || language.isBlank() ? defaultLanguage : normalize(language);
        Engine engine = byLanguage.get(tag);
        if (engine == null && tag.contains("-")) {
            engine = byLanguage.get(tag.substring(0, tag.indexOf('-')));
        }
        return Optional.ofNullable(engine);
    }

    private static String normalize(String language) {
        return language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }
}
