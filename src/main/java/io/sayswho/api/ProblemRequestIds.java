package io.sayswho.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the request id into every problem answered through the REST layer, wherever it was made (ProblemMappers,
 * or any resource), so that a caller can quote it and an operator find the log lines of that request.
 */
public class ProblemRequestIds {

    @ServerResponseFilter
    public void addRequestId(ContainerResponseContext response, HttpServerRequest request) {
        if (response.getEntity() instanceof Problem problem && problem.requestId() == null) {
            String id = RequestIds.of(request);
            if (id != null) {
                response.setEntity(problem.withRequestId(id));
            }
        }
    }
}
