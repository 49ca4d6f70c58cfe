package io.sayswho.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once every configured rule set's engine is loaded and the default language can be served. */
@Readiness
@ApplicationScoped
public class EnginesReadinessCheck implements HealthCheck {
    private final Engines engines;
    private final SayswhoConfig config;

    @Inject
    public EnginesReadinessCheck(Engines engines, SayswhoConfig config) {
        this.engines = engines;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var loaded = engines.ruleSets().stream().map(info -> info.id() + " " + info.version()).toList();
        boolean ready = loaded.size() == config.rulesets().size() && engines.forLanguage(null).isPresent();
        return HealthCheckResponse.named("rule-sets")
                .status(ready)
                .withData("loaded", String.join(", ", loaded))
                .withData("languages", String.join(", ", engines.supportedLanguages()))
                .build();
    }
}
