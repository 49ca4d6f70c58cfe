package io.sayswho.api;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every request an id, from {@code X-Request-Id} when the caller sent a usable one, else a new one; echoes it in
 * the response header, keeps it in the logging context ({@code %X{requestId}}, the {@code mdc} of JSON logs) and
 * writes one access line per request when its answer is sent. The line has the method, path, status, time and size,
 * never a body, a query string or a header value: article text must never reach a log.
 */
@ApplicationScoped
public class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Ids a caller may choose: what UUIDs, ULIDs and trace ids are made of, short enough for a log line. */
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final int MAX_LOGGED_PATH = 200;
    private static final Logger ACCESS = Logger.getLogger("io.sayswho.access");
    private static final String SHUTTING_DOWN = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"The service is shutting down. Retry: another replica, or this one restarted, will answer.\"";

    /**
     * Set by SIGTERM (a JVM shutdown hook runs at once, beside Quarkus' own). From then on a new request is refused
     * with 503 while those already taken finish (quarkus.shutdown.timeout): Quarkus itself let new requests in while
     * it waited, and the connection close at the end cut off the last of them mid-body (GracefulShutdownIT found it).
     */
    private volatile boolean draining;

    RequestIds() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> draining = true, "sayswho-draining"));
    }

    void install(@Observes Router router) {
        // Before the body-size guard (ROUTE_ORDER_UPLOAD_LIMIT - 1), so that its 413 has an id too.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::tag);
    }

    private void tag(RoutingContext context) {
        HttpServerRequest request = context.request();
        String id = idOf(request.getHeader(HEADER));
        long started = System.nanoTime();
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        if (draining) {
            refuseWhileShuttingDown(context, id);
            return;
        }
        context.addEndHandler(ended -> {
            MDC.put(MDC_KEY, id);
            if (ACCESS.isInfoEnabled()) {
                ACCESS.infof("%s %s %d %.2f ms %d B", request.method(), loggedPath(request.path()),
                        context.response().getStatusCode(), (System.nanoTime() - started) / 1e6,
                        context.response().bytesWritten());
            }
        });
        context.next();
    }

    private static void refuseWhileShuttingDown(RoutingContext context, String id) {
        HttpServerRequest request = context.request();
        String body = SHUTTING_DOWN + ",\"instance\":\"" + request.path().replaceAll("[^A-Za-z0-9/._~-]", "")
                + "\",\"requestId\":\"" + id + "\"}";
        // The body is read and dropped first, as BodySizeGuard does: closing under a client still writing would give
        // it a broken pipe instead of the answer.
        request.handler(ignored -> {
        });
        request.exceptionHandler(failure -> request.connection().close());
        request.endHandler(ended -> {
            if (!context.response().ended()) {
                context.response().setStatusCode(503)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Retry-After", "1")
                        .putHeader("Connection", "close")
                        .end(body);
            }
        });
        request.resume();
    }

    /** The caller's id when it is one of ours to repeat safely (no spaces, quotes or line breaks), else a new one. */
    static String idOf(String offered) {
        if (offered != null && ACCEPTED.matcher(offered).matches()) {
            return offered;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        // 128 random bits as 32 hex digits: unique enough to find one request, cheaper than a SecureRandom UUID.
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    private static String loggedPath(String path) {
        if (path == null) {
            return "-";
        }
        return path.length() <= MAX_LOGGED_PATH ? path : path.substring(0, MAX_LOGGED_PATH) + "...";
    }

    /** The id of the request being answered, as set on its response; null outside a request. */
    static String of(HttpServerRequest request) {
        return request == null ? null : request.response().headers().get(HEADER);
    }
}
