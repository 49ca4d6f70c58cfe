package io.sayswho.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * An RFC 9457 problem details object, the body of every error answer ({@code application/problem+json}).
 *
 * @param type      a URI naming the kind of problem; {@code about:blank} when the HTTP status says it all
 * @param title     short, the same for every occurrence of the type
 * @param detail    this occurrence, in words the caller can act on
 * @param instance  the request path the problem occurred at
 * @param supported extension for {@code unsupported-language}: the languages that can be asked for
 * @param maxLength extension for {@code text-too-long}: the limit, in characters
 * @param length    extension for {@code text-too-long}: the length received, in characters
 * @param requestId the id of the request ({@code X-Request-Id}), to find its log lines; set on the way out
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> supported,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer maxLength,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer length,
        @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without its request id yet: {@link ProblemRequestIds} adds it to every problem answered. */
    public Problem(String type, String title, int status, String detail, String instance, List<String> supported,
                   Integer maxLength, Integer length) {
        this(type, title, status, detail, instance, supported, maxLength, length, null);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, instance, supported, maxLength, length, id);
    }

    /** A problem with no extension members. */
    public static Problem of(String type, String title, int status, String detail, String instance) {
        return new Problem(type, title, status, detail, instance, null, null, null);
    }
}
