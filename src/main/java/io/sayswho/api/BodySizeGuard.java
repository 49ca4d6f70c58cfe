package io.sayswho.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body whose declared length is over {@code quarkus.http.limits.max-body-size} with a problem+json 413,
 * before anything reads it. Quarkus refuses such bodies itself, one step later, but with an empty 413 a client cannot
 * act on; this runs just before that step so the answer says what the limit is.
 */
@ApplicationScoped
public class BodySizeGuard {
    /** Bodies over the limit but under this are read and dropped before the answer; larger ones are cut off. */
    static final long MAX_DISCARDED_BYTES = 16L * 1024 * 1024;

    private final long maxBodyBytes;
    private final int maxTextLength;
    private final ObjectMapper json;

    public BodySizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                         SayswhoConfig config, ObjectMapper json) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.maxTextLength = config.maxTextLength();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseOversizedBody);
    }

    private void refuseOversizedBody(RoutingContext context) {
        long declared = declaredLength(context.request().getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared <= maxBodyBytes) {
            context.next();
            return;
        }
        HttpServerRequest request = context.request();
        String body = toJson(bodyTooLarge(request.path()).withRequestId(RequestIds.of(request)));
        if (declared > MAX_DISCARDED_BYTES) {
            // Too much to read just to be polite: answer now and close, as Quarkus does.
            answerAndClose(context, body);
            return;
        }
        // Read and drop the body before answering. A client writes its whole body before it reads the answer, so
        // closing the connection under it would give it a broken pipe instead of this problem.
        request.handler(ignored -> {
        });
        request.endHandler(ended -> answerAndClose(context, body));
        request.exceptionHandler(failure -> request.connection().close());
        request.resume();
    }

    private static void answerAndClose(RoutingContext context, String body) {
        if (context.response().ended()) {
            return;
        }
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE)
                .end(body)
                .onComplete(done -> context.request().connection().close());
    }

    private String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + problem, e);
        }
    }

    /** The problem for a body over the byte limit, wherever it is detected. */
    Problem bodyTooLarge(String path) {
        return new Problem(ProblemTypes.BODY_TOO_LARGE, "Request body too large", 413,
                "The request body is larger than " + maxBodyBytes + " bytes, the most this service reads. Send a text of"
                        + " at most " + maxTextLength + " characters.",
                path, null, maxTextLength, null);
    }

    /** -1 when absent or unreadable: Quarkus answers a malformed Content-Length itself. */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
