package io.sayswho.api;

import io.sayswho.engine.model.Analysis;
import io.smallrye.common.annotation.NonBlocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * {@code POST /v1/analyze}: the claims of one text and how each is sourced. The body is read and checked on the I/O
 * thread; the engine then runs on the analysis threads ({@link AnalysisService#submit}), at most
 * {@code sayswho.overload.max-in-flight} at once. Run on the I/O thread itself, a burst would queue unseen in the
 * sockets, with no way to refuse the excess or keep the latency of the rest.
 */
@NonBlocking
@Path("/v1/analyze")
@Produces(MediaType.APPLICATION_JSON)
public class AnalyzeResource {
    static final String EMPTY_JSON = "the body is empty: send a JSON object such as {\"text\": \"...\"}";
    static final String EMPTY_TEXT = "the body is empty: send the article's text as the body";

    private final AnalysisService analysis;

    @Inject
    public AnalyzeResource(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CompletionStage<Analysis> analyzeJson(AnalyzeRequest request) {
        InvalidRequestException.throwIfAny(request == null ? List.of(EMPTY_JSON) : request.problems());
        return analysis.submit(request.text(), request.language());
    }

    /** The whole body is the text; its language may be named in {@code Content-Language}. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    public CompletionStage<Analysis> analyzePlainText(
            String text, @HeaderParam(HttpHeaders.CONTENT_LANGUAGE) String language) {
        InvalidRequestException.throwIfAny(InvalidRequestException.blank(text) ? List.of(EMPTY_TEXT) : List.of());
        return analysis.submit(text, language);
    }
}
