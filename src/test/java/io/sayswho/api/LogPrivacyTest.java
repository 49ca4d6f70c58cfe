package io.sayswho.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.sayswho.engine.Engine;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/**
 * Article text never reaches the log, at any level: a sentinel text goes through every endpoint and every error path
 * (each answer checked, so each path is really taken) with the service logging at DEBUG, as JSON, to a file; then the
 * file must hold every request's access line, the incident of the failure, and not one sentinel.
 */
@QuarkusTest
@TestProfile(LogPrivacyTest.CapturedLog.class)
class LogPrivacyTest {
    static final Path LOG = Path.of("target", "log-privacy-test.log").toAbsolutePath();
    static final String SENTINEL = "Qzxv-sentinel-4417 Jo Roe said the plan was secret.";
    static final String FAIL = "x-fail";
    static final String HOLD = "x-hold";

    public static class CapturedLog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(LOG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Map.of(
                    "sayswho.overload.max-in-flight", "1",
                    "quarkus.log.level", "DEBUG",
                    "quarkus.log.console.level", "INFO",
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", LOG.toString(),
                    "quarkus.log.file.level", "DEBUG",
                    "quarkus.log.file.json.enabled", "true",
                    // The test's own HTTP client logs what it sends at DEBUG in this same JVM: not the service's log.
                    "quarkus.log.category.\"org.apache.http\".level", "INFO");
        }
    }

    @InjectMock
    Engines engines;
    @Inject
    SayswhoConfig config;

    final CountDownLatch holding = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void enginesThatCanFailOrHold() {
        Engines real = new Engines(config);
        Engine failing = Mockito.mock(Engine.class);
        // The worst case: a fault whose message quotes the text.
        when(failing.analyze(anyString())).thenAnswer(call -> {
            throw new IllegalStateException("cannot analyse '" + call.getArgument(0) + "'");
        });
        Engine held = Mockito.mock(Engine.class);
        when(held.analyze(anyString())).thenAnswer(call -> {
            holding.countDown();
            assertTrue(release.await(30, TimeUnit.SECONDS));
            return real.forLanguage(null).orElseThrow().analyze(call.getArgument(0));
        });
        when(engines.forLanguage(any())).thenAnswer(call -> {
            String language = call.getArgument(0);
            return FAIL.equals(language) ? Optional.of(failing)
                    : HOLD.equals(language) ? Optional.of(held) : real.forLanguage(language);
        });
        when(engines.supportedLanguages()).thenReturn(real.supportedLanguages());
        when(engines.ruleSets()).thenReturn(real.ruleSets());
    }

    private final List<String> ids = new ArrayList<>();

    private RequestSpecification request() {
        String id = "privacy-" + (ids.size() + 1);
        ids.add(id);
        return given().header(RequestIds.HEADER, id).header("X-Note", "none");
    }

    private static String json(String text, String language) {
        return "{\"text\": \"" + text + "\"" + (language == null ? "" : ", \"language\": \"" + language + "\"") + "}";
    }

    @Test
    void noEndpointNorErrorPathLogsTheText() throws Exception {
        request().contentType(ContentType.JSON).body(json(SENTINEL, null)).post("/v1/analyze").then().statusCode(200);
        request().contentType(ContentType.TEXT).body(SENTINEL).post("/v1/analyze").then().statusCode(200);
        request().contentType(ContentType.JSON).body("{\"text\": " + SENTINEL + "}").post("/v1/analyze")
                .then().statusCode(400).body("type", is(ProblemTypes.MALFORMED_JSON));
        request().contentType(ContentType.JSON).body(json(SENTINEL, null) + " " + SENTINEL).post("/v1/analyze")
                .then().statusCode(400).body("type", is(ProblemTypes.MALFORMED_JSON));
        request().contentType(ContentType.JSON).body("{\"text\": [\"" + SENTINEL + "\"]}").post("/v1/analyze")
                .then().statusCode(400).body("type", is(ProblemTypes.INVALID_REQUEST));
        request().contentType(ContentType.JSON).body("{\"text\": \"" + SENTINEL + "\", \"" + SENTINEL + "\": 1}")
                .post("/v1/analyze").then().statusCode(200); // an unknown member is ignored
        request().contentType(ContentType.JSON).body(json(SENTINEL + " a".repeat(config.maxTextLength() / 2), null))
                .post("/v1/analyze").then().statusCode(413).body("type", is(ProblemTypes.TEXT_TOO_LONG));
        request().contentType(ContentType.JSON).body(json(SENTINEL, "tlh")).post("/v1/analyze")
                .then().statusCode(422);
        request().contentType(ContentType.TEXT).header("Content-Language", "tlh").body(SENTINEL).post("/v1/analyze")
                .then().statusCode(422);
        request().contentType("application/xml").body("<text>" + SENTINEL + "</text>").post("/v1/analyze")
                .then().statusCode(415);
        request().contentType(ContentType.TEXT).accept("text/html").body(SENTINEL).post("/v1/analyze")
                .then().statusCode(406);
        request().contentType(ContentType.TEXT).body(SENTINEL).post("/v1/rulesets").then().statusCode(405);
        request().contentType(ContentType.TEXT).body(SENTINEL).post("/v1/nothing-here").then().statusCode(404);
        request().contentType(ContentType.TEXT).body(SENTINEL).put("/q/health/ready").then().statusCode(200);
        request().contentType(ContentType.TEXT).body(SENTINEL + " ".repeat(1_100_000)).post("/v1/analyze")
                .then().statusCode(413).body("type", is(ProblemTypes.BODY_TOO_LARGE));
        request().contentType(ContentType.JSON).body(json(SENTINEL, FAIL)).post("/v1/analyze")
                .then().statusCode(500).body("requestId", is(ids.get(ids.size() - 1)));
        request().get("/v1/rulesets").then().statusCode(200);

        // Overload: one analysis is held in the engine (max-in-flight is 1 here), so the next is refused.
        RequestSpecification held = request().contentType(ContentType.JSON).body(json("Jo Roe said so.", HOLD));
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(
                () -> held.post("/v1/analyze").then().extract().statusCode());
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the held analysis never reached the engine");
        request().contentType(ContentType.JSON).body(json(SENTINEL, null)).post("/v1/analyze")
                .then().statusCode(503).header("Retry-After", is("1")).body("type", is(ProblemTypes.OVERLOADED));
        release.countDown();
        assertEquals(200, first.get(30, TimeUnit.SECONDS));
        request().get("/q/metrics").then().statusCode(200);

        List<JsonNode> lines = awaitAccessLines();
        String all = Files.readString(LOG);
        assertFalse(all.toLowerCase(Locale.ROOT).contains("qzxv"), "the sentinel text is in the log " + LOG);
        assertFalse(all.contains("Jo Roe"), "article text is in the log " + LOG);
        assertTrue(lines.stream().anyMatch(l -> l.path("level").asText().equals("DEBUG")),
                "the log was captured at DEBUG, so the test sees what DEBUG would write");
        assertTrue(lines.stream().anyMatch(l -> l.path("level").asText().equals("ERROR")
                        && l.path("message").asText().contains("Incident")
                        && l.path("mdc").path(RequestIds.MDC_KEY).asText().equals(ids.get(15))),
                "the failure's incident is logged, with the request id of the failed request");
    }

    /** Every request's access line, with its id in the MDC; the last ones may still be on their way to the file. */
    private List<JsonNode> awaitAccessLines() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> missing = List.of();
        List<JsonNode> lines = List.of();
        for (int attempt = 0; attempt < 50; attempt++) {
            lines = new ArrayList<>();
            for (String line : Files.readAllLines(LOG)) {
                lines.add(json.readTree(line));
            }
            List<JsonNode> access = lines.stream().filter(l -> l.path("loggerName").asText().equals("io.sayswho.access"))
                    .toList();
            missing = ids.stream().filter(id -> access.stream()
                    .noneMatch(l -> l.path("mdc").path(RequestIds.MDC_KEY).asText().equals(id)
                            && l.path("message").asText().matches("[A-Z]+ /\\S* \\d{3} .*"))).toList();
            if (missing.isEmpty()) {
                return lines;
            }
            Thread.sleep(100);
        }
        fail("no access line for " + missing + " in " + LOG);
        return lines;
    }
}
