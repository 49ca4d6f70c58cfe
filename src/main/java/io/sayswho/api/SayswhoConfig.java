package io.sayswho.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** The service's own settings, under {@code sayswho.*} (see README, "Configuration"). */
@ConfigMapping(prefix = "sayswho")
public interface SayswhoConfig {

    /**
     * Longest text accepted, in characters (UTF-16 code units, the unit of the engine's offsets). Keep
     * {@code quarkus.http.limits.max-body-size} above four bytes per character, or large texts are refused by size
     * before this limit can name itself.
     */
    @WithDefault("200000")
    int maxTextLength();

    /** Language used when a request names none. Must be a language of one of {@link #rulesets()}. */
    @WithDefault("en")
    String defaultLanguage();

    /** Rule sets to load at start-up, by id ({@code sayswho/rulesets/<id>/} on the class path). */
    @WithDefault("en")
    List<String> rulesets();
}
