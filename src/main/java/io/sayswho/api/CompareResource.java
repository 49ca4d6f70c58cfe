package io.sayswho.api;

import io.sayswho.engine.compare.Comparison;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * {@code POST /v1/compare}: what a rewrite did to a story's sourcing, claim by claim. Two analyses and an alignment
 * of up to 200,000 characters each take longer than one analysis, so unlike /v1/analyze this runs on a worker
 * thread (the default for a plain return type), not on the I/O thread.
 */
@Path("/v1/compare")
@Produces(MediaType.APPLICATION_JSON)
public class CompareResource {
    static final String EMPTY = "the body is empty: send a JSON object such as {\"before\": {\"text\": \"...\"},"
            + " \"after\": {\"text\": \"...\"}}";

    private final ComparisonService comparison;

    @Inject
    public CompareResource(ComparisonService comparison) {
        this.comparison = comparison;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Comparison compare(CompareRequest request) {
        InvalidRequestException.throwIfAny(request == null ? List.of(EMPTY) : request.problems());
        return comparison.compare(request.before().text(), request.after().text(), request.language());
    }
}
