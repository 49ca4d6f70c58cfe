package io.sayswho.api;

import io.sayswho.engine.Engine;
import io.sayswho.engine.compare.Comparison;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Applies the service's limits to both versions, picks the engine for their language and compares them, counted
 * against {@code sayswho.overload.max-in-flight} as one analysis is.
 */
@ApplicationScoped
public class ComparisonService {
    private final Engines engines;
    private final SayswhoConfig config;
    private final AnalysisService analyses;

    @Inject
    public ComparisonService(Engines engines, SayswhoConfig config, AnalysisService analyses) {
        this.engines = engines;
        this.config = config;
        this.analyses = analyses;
    }

    /**
     * @throws TextTooLongException         when either text is over {@code sayswho.max-text-length}
     * @throws UnsupportedLanguageException when no loaded rule set reads {@code language}
     * @throws OverloadedException          when max-in-flight analyses are already running or waiting
     */
    public Comparison compare(String before, String after, String language) {
        // Each text obeys the limit of /v1/analyze on its own; the longer one is the one to name.
        int longer = Math.max(before.length(), after.length());
        if (longer > config.maxTextLength()) {
            throw new TextTooLongException(longer, config.maxTextLength());
        }
        Engine engine = engines.forLanguage(language)
                .orElseThrow(() -> new UnsupportedLanguageException(language, engines.supportedLanguages()));
        return analyses.admitted(() -> engine.compare(before, after));
    }
}
