package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** {@code /q/metrics} in the Prometheus text format, with the series README "Metrics" names, and no request text. */
@QuarkusTest
class MetricsTest {
    static final String SENTINEL = "Vqjx-metric-sentinel-9051";
    static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{([^}]*)})? (\\S+)$", Pattern.MULTILINE);
    static final Pattern TAG = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200)
                .contentType(anyOf(startsWith("text/plain"), startsWith("application/openmetrics-text")))
                .extract().asString();
    }

    /** The value of one sample, by its name and exact label set as written; 0 when absent. */
    static double value(String metrics, String name, String labels) {
        Matcher m = SAMPLE.matcher(metrics);
        while (m.find()) {
            if (m.group(1).equals(name) && (labels == null ? m.group(3) == null : labels.equals(m.group(3)))) {
                return Double.parseDouble(m.group(4));
            }
        }
        return 0;
    }

    @Test
    void servesTheDocumentedSeries() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Jo Roe said the sky is blue.\"}")
                .post("/v1/analyze").then().statusCode(200);
        String metrics = metrics();
        for (String series : new String[]{
                "http_server_requests_seconds_bucket{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/v1/analyze\",le=\"0.05\"}",
                "http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"200\",uri=\"/v1/analyze\"}",
                "sayswho_analysis_engine_seconds_bucket{le=\"0.001\"}",
                "sayswho_analysis_engine_seconds_count",
                "sayswho_analysis_text_length_characters_bucket{le=\"500.0\"}",
                "sayswho_analysis_claims_bucket{le=\"1.0\"}",
                "sayswho_claims_total{label=\"NAMED\"}",
                "sayswho_claims_total{label=\"UNATTRIBUTED\"}",
                "sayswho_rulesets_loaded",
                "sayswho_ruleset_info{ruleset=\"en\",version=",
                "sayswho_analysis_in_flight ",
                "sayswho_analysis_in_flight_max 32.0",
                "sayswho_analysis_rejected_total",
                "jvm_memory_used_bytes"}) {
            assertTrue(metrics.contains(series), "no " + series + " in /q/metrics");
        }
        assertEquals(1.0, value(metrics, "sayswho_rulesets_loaded", null));
    }

    @Test
    void claimsByLabelCountWhatTheAnswersSay() {
        String text = "Kremlin spokesman Dmitry Peskov said the talks were \\\"constructive.\\\" Officials familiar with"
                + " the matter said a deal may be close. The ministry did not respond to requests for comment.";
        String before = metrics();
        Response answer = given().contentType(ContentType.JSON).body("{\"text\": \"" + text + "\"}")
                .post("/v1/analyze").then().statusCode(200).extract().response();
        Map<String, Integer> counts = answer.jsonPath().getMap("summary.counts");
        String after = metrics();
        assertFalse(counts.isEmpty());
        for (Map.Entry<String, Integer> label : counts.entrySet()) {
            String labels = "label=\"" + label.getKey() + "\"";
            assertEquals(label.getValue().doubleValue(),
                    value(after, "sayswho_claims_total", labels) - value(before, "sayswho_claims_total", labels),
                    "claims labelled " + label.getKey());
        }
        assertEquals(answer.jsonPath().getInt("summary.claims"),
                value(after, "sayswho_analysis_claims_sum", null) - value(before, "sayswho_analysis_claims_sum", null));
        assertEquals(text.replace("\\\"", "\"").length(), value(after, "sayswho_analysis_text_length_characters_sum",
                null) - value(before, "sayswho_analysis_text_length_characters_sum", null));
    }

    /**
     * Text, made-up paths, header values and query strings never become a label or a value: every label value of
     * every series is then from a closed set (URI templates, statuses, labels, the configuration).
     */
    @Test
    void noLabelOrValueHoldsRequestText() {
        given().contentType(ContentType.JSON).body("{\"text\": \"" + SENTINEL + " said Jo Roe.\"}")
                .post("/v1/analyze").then().statusCode(200);
        given().contentType(ContentType.TEXT).header("Content-Language", SENTINEL).body(SENTINEL)
                .post("/v1/analyze").then().statusCode(422);
        given().contentType(ContentType.JSON).body("{\"text\": " + SENTINEL + "}").post("/v1/analyze")
                .then().statusCode(400);
        given().header(RequestIds.HEADER, SENTINEL).queryParam("q", SENTINEL).get("/v1/rulesets")
                .then().statusCode(200);
        for (int i = 0; i < 5; i++) {
            // A CORS preflight is answered before routing: Quarkus counts every one as uri="/cors-preflight".
            given().header("Origin", "chrome-extension://abc").header("Access-Control-Request-Method", "POST")
                    .options("/v1/" + SENTINEL + "-preflight-" + i).then().statusCode(200);
        }
        for (int i = 0; i < 60; i++) {
            // More distinct made-up paths than quarkus.micrometer.binder.http-server.max-uri-tags.
            given().contentType(ContentType.TEXT).body(SENTINEL).post("/v1/" + SENTINEL + "-" + i).then().statusCode(404);
            given().get("/v1/analyze/" + SENTINEL + "-" + i).then().statusCode(anyOf(is(404), is(405)));
        }
        String metrics = metrics();
        assertFalse(metrics.toLowerCase(Locale.ROOT).contains("vqjx"), "request text in /q/metrics");
        Map<String, Set<String>> valuesByLabel = new HashMap<>();
        Matcher sample = SAMPLE.matcher(metrics);
        while (sample.find()) {
            if (sample.group(3) == null) {
                continue;
            }
            Matcher tag = TAG.matcher(sample.group(3));
            while (tag.find()) {
                valuesByLabel.computeIfAbsent(tag.group(1), k -> new HashSet<>()).add(tag.group(2));
            }
        }
        Set<String> uris = valuesByLabel.getOrDefault("uri", Set.of());
        assertTrue(uris.contains("OTHER"), "made-up paths are counted under OTHER: " + uris);
        for (String uri : uris) {
            assertTrue(uri.equals("NOT_FOUND") || uri.equals("OTHER") || uri.equals("/cors-preflight") || uri.equals("REDIRECTION") || uri.equals("root")
                    || uri.matches("/(v1|q)/[a-z/{}-]*"), "uri label " + uri + " is not a route template");
        }
        assertTrue(uris.size() < 20, "uri labels grew with the requests: " + uris);
        assertEquals(Set.of("NAMED", "ANONYMOUS", "DENIED", "COULD_NOT_SAY", "NO_COMMENT", "DOCUMENTARY",
                "UNATTRIBUTED"), valuesByLabel.get("label"));
    }
}
