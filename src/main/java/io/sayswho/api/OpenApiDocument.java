package io.sayswho.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /q/openapi}: the contract, openapi.yaml as written (the build copies it to META-INF/openapi.yaml), or
 * the same document as JSON for {@code Accept: application/json}, {@code ?format=json} or {@code /q/openapi.json}.
 * It answers as the SmallRye OpenAPI extension did (the same paths, formats, content types, and {@code Allow} on
 * OPTIONS), without that extension's start-up work: it parsed the file and wrote it out again in both formats on
 * every start, a third of the main thread's start-up time (README, "Start-up and memory"). Swagger UI
 * (quarkus-swagger-ui) reads the document from here.
 */
@ApplicationScoped
public class OpenApiDocument {
    static final String PATH = "/q/openapi";
    private static final String RESOURCE = "META-INF/openapi.yaml";
    private static final String YAML_TYPE = "application/yaml;charset=UTF-8";
    private static final String JSON_TYPE = "application/json;charset=UTF-8";

    private final Buffer yaml;
    /** Made from {@link #yaml} when first asked for: few callers want JSON, and none at start-up. */
    private volatile Buffer json;

    OpenApiDocument() {
        this.yaml = Buffer.buffer(read());
    }

    void install(@Observes Router router) {
        for (String path : List.of(PATH, PATH + ".json", PATH + ".yaml", PATH + ".yml")) {
            router.route(path).handler(this::serve);
        }
    }

    private void serve(RoutingContext context) {
        if (context.request().method() == HttpMethod.OPTIONS) {
            context.response().headers().set("Allow", "GET, HEAD, OPTIONS");
            context.next();
            return;
        }
        boolean asJson;
        String path = context.normalizedPath();
        if (path.endsWith(".json")) {
            asJson = true;
        } else if (path.endsWith(".yaml") || path.endsWith(".yml")) {
            asJson = false;
        } else {
            String accept = context.request().getHeader("Accept");
            List<String> format = context.queryParam("format");
            asJson = (accept != null && accept.contains("application/json"))
                    || (!format.isEmpty() && "JSON".equalsIgnoreCase(format.get(0)));
        }
        context.response().headers().set("Content-Type", asJson ? JSON_TYPE : YAML_TYPE);
        context.response().end(asJson ? json() : yaml);
    }

    private Buffer json() {
        Buffer made = json;
        if (made == null) {
            try {
                var tree = new YAMLMapper().readTree(yaml.getBytes());
                json = made = Buffer.buffer(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(tree));
            } catch (IOException e) {
                throw new UncheckedIOException("openapi.yaml cannot be read as JSON", e);
            }
        }
        return made;
    }

    private static byte[] read() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path: the build copies openapi.yaml there");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }
}
