package io.sayswho.api;

import io.sayswho.engine.model.Analysis;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /v1/analyze}: the claims of one text and how each is sourced. The engine is pure computation, linear
 * in the text and bounded by the size limit (milliseconds even at 200,000 characters), so it runs on the I/O thread:
 * no hand-off to a worker pool per request.
 */
@NonBlocking
@Path("/v1/analyze")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {
    private final AnalysisService analysis;

    @Inject
    public AnalyzeResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Analysis analyzeJson(
            @Valid @NotNull(message = "the body is empty: send a JSON object such as {\"text\": \"...\"}")
            AnalyzeRequest request) {
        return analysis.analyze(request.text(), request.language());
    }

    /** The whole body is the text; its language may be named in {@code Content-Language}. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public Analysis analyzePlainText(
            @NotBlank(message = "the body is empty: send the article's text as the body") String text,
            @HeaderParam(HttpHeaders.CONTENT_LANGUAGE) String language) {
        return analysis.analyze(text, language);
    }
}
