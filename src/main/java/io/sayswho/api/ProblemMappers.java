package io.sayswho.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Turns every failure into an RFC 9457 problem. Bad input is always a 4xx naming what to change; only a fault of
 * the service itself is a 500, and that one is logged in full but answered without internals.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String ACCEPTED_TYPES = MediaType.APPLICATION_JSON + " or " + MediaType.TEXT_PLAIN;

    private final BodySizeGuard bodySize;

    @Inject
    public ProblemMappers(BodySizeGuard bodySize) {
        this.bodySize = bodySize;
    }

    @ServerExceptionMapper
    public Response textTooLong(TextTooLongException e, HttpServerRequest request) {
        return answer(new Problem(ProblemTypes.TEXT_TOO_LONG, "Text too long", 413,
                "The text is " + e.length() + " characters long; this service accepts at most " + e.maxLength()
                        + ". Send a shorter text, for example the article body without comments.",
                request.path(), null, e.maxLength(), e.length()));
    }

    @ServerExceptionMapper
    public Response unsupportedLanguage(UnsupportedLanguageException e, HttpServerRequest request) {
        return answer(new Problem(ProblemTypes.UNSUPPORTED_LANGUAGE, "Language not supported", 422,
                "No rule set reads language '" + e.language() + "'. Supported languages: "
                        + String.join(", ", e.supported()) + " (or leave language out for the default).",
                request.path(), e.supported(), null, null));
    }

    /** Overload: refused at once, before any engine work, with when to come back (RFC 9110 10.2.3). */
    @ServerExceptionMapper
    public Response overloaded(OverloadedException e, HttpServerRequest request) {
        return Response.fromResponse(answer(Problem.of(ProblemTypes.OVERLOADED, "Service overloaded", 503,
                        "More than " + e.maxInFlight() + " analyses are in flight. Retry after " + e.retryAfterSeconds()
                                + " s, or at another replica.", request.path())))
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalidRequest(InvalidRequestException e, HttpServerRequest request) {
        String detail = e.problems().stream()
                .sorted()
                .collect(Collectors.joining("; "));
        return answer(Problem.of(ProblemTypes.INVALID_REQUEST, "Invalid request", 400,
                capitalize(detail) + ".", request.path()));
    }

    // One mapper per Jackson type, all alike: Quarkus REST picks the most specific mapper, and brings its own for
    // some of these types, which answer plain JSON.
    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, HttpServerRequest request) {
        return jsonFailure(e, request);
    }

    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpServerRequest request) {
        return jsonFailure(e, request);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return jsonFailure(e, request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return jsonFailure(e, request);
    }

    /**
     * Jackson reports a syntax error met while reading a member wrapped in a mapping error, and trailing garbage after
     * the object as a mismatch: look through both so that broken JSON is always called broken JSON.
     */
    private Response jsonFailure(JsonProcessingException e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, request);
            }
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatch.getOriginalMessage().startsWith("Trailing token")
                    ? answer(Problem.of(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                    "The body is not valid JSON: it goes on after the end of the object. Send one JSON object such"
                            + " as {\"text\": \"...\"}.", request.path()))
                    : wrongType(mismatch, request);
        }
        if (e instanceof JsonMappingException mapping) {
            return unmappableJson(mapping, request);
        }
        return answer(Problem.of(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                "The body is not valid JSON: " + e.getOriginalMessage(), request.path()));
    }

    private Response malformedJson(JsonParseException e, HttpServerRequest request) {
        var at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return answer(Problem.of(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                "The body is not valid JSON" + where + ": " + e.getOriginalMessage()
                        + ". Send a JSON object such as {\"text\": \"...\"}.",
                request.path()));
    }

    private Response wrongType(MismatchedInputException e, HttpServerRequest request) {
        String field = fieldPath(e);
        String detail = field.isEmpty()
                ? "The body must be a JSON object such as {\"text\": \"...\"}."
                : "Field '" + field + "' has the wrong type: it must be " + describe(e.getTargetType()) + ".";
        return answer(Problem.of(ProblemTypes.INVALID_REQUEST, "Invalid request", 400, detail, request.path()));
    }

    private Response unmappableJson(JsonMappingException e, HttpServerRequest request) {
        String field = fieldPath(e);
        return answer(Problem.of(ProblemTypes.INVALID_REQUEST, "Invalid request", 400,
                "The JSON body cannot be read as an analysis request"
                        + (field.isEmpty() ? "" : " (at field '" + field + "')") + ": " + e.getOriginalMessage(),
                request.path()));
    }

    /** Quarkus REST's own refusals: no such path (404), wrong method (405), wrong content type (415), and so on. */
    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST's JSON reader wraps Jackson's failures in a 400: answer those as the failure they are.
        if (e.getCause() instanceof JsonProcessingException json) {
            return jsonFailure(json, request);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return internalError(e, request);
        }
        String path = request.path();
        if (status == 413) {
            // A body without a declared length, found too large while it was read.
            return answer(bodySize.bodyTooLarge(path));
        }
        Set<String> allowed = status == 405 ? AllowedMethods.at(path) : Set.of();
        String detail = switch (status) {
            case 404 -> "There is nothing at " + path
                    + ". This API serves POST /v1/analyze, POST /v1/compare and GET /v1/rulesets; its contract is at"
                    + " /q/openapi.";
            case 405 -> request.method() + " is not allowed on " + path + "; it answers " + String.join(", ", allowed)
                    + ".";
            case 415 -> "Content-Type '" + orNone(request.getHeader(HttpHeaders.CONTENT_TYPE))
                    + "' is not accepted here; send " + acceptedTypes(path) + ".";
            case 406 -> "This API answers application/json (errors as " + Problem.MEDIA_TYPE
                    + "); the Accept header '" + orNone(request.getHeader(HttpHeaders.ACCEPT)) + "' allows neither.";
            default -> e.getMessage();
        };
        Response.ResponseBuilder answer = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(ProblemTypes.BLANK, Response.Status.fromStatusCode(status) == null
                        ? "HTTP " + status : Response.Status.fromStatusCode(status).getReasonPhrase(),
                        status, detail, path));
        // 405 must say what is allowed (RFC 9110 15.5.6).
        if (status == 405) {
            answer.allow(allowed);
        }
        return answer.build();
    }

    /** Anything else is a fault of the service, not of the request: log it, and do not leak it. */
    @ServerExceptionMapper
    public Response internalError(Throwable e, HttpServerRequest request) {
        if (request.response().ended()) {
            // Quarkus already answered (a chunked body over quarkus.http.limits.max-body-size gets its own empty 413
            // and a closed connection); there is no one left to tell. Returning null leaves it to Quarkus.
            LOG.debugf(e, "%s %s failed after its answer was sent", request.method(), request.path());
            return null;
        }
        String incident = UUID.randomUUID().toString();
        // The stack trace without the messages: a message may quote the text being analysed, which no log may hold.
        LOG.errorf(withoutMessages(e), "Incident %s: %s %s failed", incident, request.method(), request.path());
        return answer(Problem.of(ProblemTypes.BLANK, "Internal Server Error", 500,
                "The service failed to answer this request. It has been logged as incident " + incident
                        + "; retrying will not help if the same text is sent again.",
                request.path()));
    }

    /** /v1/compare takes two texts, so JSON only; /v1/analyze also takes a plain-text body. */
    private static String acceptedTypes(String path) {
        return path.startsWith("/v1/compare") ? MediaType.APPLICATION_JSON : ACCEPTED_TYPES;
    }

    /** The same chain of causes and stack frames, each message replaced by its exception's class name. */
    static Throwable withoutMessages(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : withoutMessages(e.getCause());
        Throwable copy = new Throwable(e.getClass().getName() + " (message withheld)", cause, false, true) {
        };
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    static Response answer(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String fieldPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a JSON string";
        }
        return "a JSON value of type " + type.getSimpleName();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String orNone(String header) {
        return header == null ? "(none)" : header;
    }
}
