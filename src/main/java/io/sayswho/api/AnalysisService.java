package io.sayswho.api;

import io.sayswho.engine.model.Analysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Applies the service's limits to a text, picks the engine for its language and runs it. */
@ApplicationScoped
public class AnalysisService {
    private final Engines engines;
    private final SayswhoConfig config;

    @Inject
    public AnalysisService(Engines engines, SayswhoConfig config) {
        this.engines = engines;
        this.config = config;
    }

    /**
     * @param language a language tag, or null for {@code sayswho.default-language}
     * @throws TextTooLongException         when {@code text} is over {@code sayswho.max-text-length}
     * @throws UnsupportedLanguageException when no loaded rule set reads {@code language}
     */
    public Analysis analyze(String text, String language) {
        // The length check comes first: it is the cheaper refusal and does not depend on the language.
        if (text.length() > config.maxTextLength()) {
            throw new TextTooLongException(text.length(), config.maxTextLength());
        }
        return engines.forLanguage(language)
                .orElseThrow(() -> new UnsupportedLanguageException(language, engines.supportedLanguages()))
                .analyze(text);
    }
}
