package io.sayswho.api;

import io.sayswho.engine.model.RuleSetInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** {@code GET /v1/rulesets}: the loaded rule sets, so a client can pick a language and draw a legend of labels. */
@Path("/v1/rulesets")
@Produces(MediaType.APPLICATION_JSON)
public class RuleSetsResource {
    private final Engines engines;

    @Inject
    public RuleSetsResource(Engines engines) {
        this.engines = engines;
    }

    @GET
    public List<RuleSetInfo> list() {
        return engines.ruleSets();
    }
}
