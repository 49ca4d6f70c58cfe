package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal is an RFC 9457 problem with a detail a caller can act on, and bad input is never a 500. */
@QuarkusTest
class ProblemsTest {
    static final String PROBLEM_JSON = "application/problem+json";

    static ValidatableResponse postJson(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/analyze").then();
    }

    static ValidatableResponse assertProblem(ValidatableResponse answer, int status, String type, String instance) {
        return answer.statusCode(status)
                .contentType(startsWith(PROBLEM_JSON))
                .body("type", is(type))
                .body("title", not(emptyOrNullString()))
                .body("status", is(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", is(instance))
                .body(not(containsString("Exception")))
                .body(not(containsString("\tat ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": ", "{text: \"x\"}", "not json", "{\"text\": \"a\"}}", "{\"text\": \"line\nbreak\"}"})
    void malformedJsonIs400(String body) {
        assertProblem(postJson(body), 400, ProblemTypes.MALFORMED_JSON, "/v1/analyze")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void malformedJsonSaysWhere() {
        postJson("{\"text\": ").body("detail", containsString("line 1, column"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\": \"\"}", "{\"text\": \"   \\n\\t \"}", "{\"text\": null}", "{\"title\": \"t\"}"})
    void missingOrBlankTextIs400(String body) {
        assertProblem(postJson(body), 400, ProblemTypes.INVALID_REQUEST, "/v1/analyze")
                .body("detail", containsString("is required and must not be blank"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null"})
    void emptyJsonBodyIs400(String body) {
        assertProblem(postJson(body), 400, ProblemTypes.INVALID_REQUEST, "/v1/analyze")
                .body("detail", containsString("body is empty"));
    }

    @Test
    void emptyPlainTextBodyIs400() {
        assertProblem(given().contentType(ContentType.TEXT).body("  \n").post("/v1/analyze").then(),
                400, ProblemTypes.INVALID_REQUEST, "/v1/analyze");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 5}", "{\"text\": 5.5}", "{\"text\": true}", "{\"text\": {}}", "{\"text\": []}",
            "{\"text\": [\"a\"]}", "{\"text\": \"ok\", \"language\": 7}", "{\"text\": \"ok\", \"title\": {\"a\": 1}}"})
    void wrongFieldTypeIs400NamingTheField(String body) {
        String field = body.contains("language") ? "language" : body.contains("title") ? "title" : "text";
        assertProblem(postJson(body), 400, ProblemTypes.INVALID_REQUEST, "/v1/analyze")
                .body("detail", containsString("'" + field + "'"))
                .body("detail", containsString("must be a JSON string"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "[{\"text\": \"a\"}]", "\"text\"", "42"})
    void bodyThatIsNotAnObjectIs400(String body) {
        assertProblem(postJson(body), 400, ProblemTypes.INVALID_REQUEST, "/v1/analyze")
                .body("detail", containsString("JSON object"));
    }

    @Test
    void textOverTheLimitIs413AsJson() {
        String body = "{\"text\": \"" + "a".repeat(200_001) + "\"}";
        assertProblem(postJson(body), 413, ProblemTypes.TEXT_TOO_LONG, "/v1/analyze")
                .body("maxLength", is(200_000))
                .body("length", is(200_001))
                .body("detail", allOf(containsString("200000"), containsString("200001")));
    }

    @Test
    void textOverTheLimitIs413AsPlainText() {
        assertProblem(given().contentType(ContentType.TEXT).body("a".repeat(250_000)).post("/v1/analyze").then(),
                413, ProblemTypes.TEXT_TOO_LONG, "/v1/analyze")
                .body("maxLength", is(200_000))
                .body("length", is(250_000));
    }

    @Test
    void limitCountsCharactersNotBytes() {
        // 200000 two-byte characters are 400000 bytes of UTF-8 and within both limits.
        given().contentType("text/plain; charset=UTF-8").body("é".repeat(200_000)).post("/v1/analyze")
                .then().statusCode(200);
    }

    @Test
    void bodyOverTheByteLimitIs413BeforeItIsRead() {
        String huge = "{\"text\": \"" + "a".repeat(2_000_000) + "\"}";
        assertProblem(postJson(huge), 413, ProblemTypes.BODY_TOO_LARGE, "/v1/analyze")
                .body("maxLength", is(200_000))
                .body("detail", containsString("1048576 bytes"));
    }

    @Test
    void hugeDeclaredBodyIsRefusedFromItsHeadersAlone() throws Exception {
        // Far over the limit, the body is not even read: the answer comes from the Content-Length alone.
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /v1/analyze HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 50000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            assertTrue(answer.contains(PROBLEM_JSON), answer);
            assertTrue(answer.contains(ProblemTypes.BODY_TOO_LARGE), answer);
        }
    }

    @Test
    void chunkedBodyOverTheByteLimitIsStill413() throws Exception {
        // No Content-Length, so Quarkus finds out while reading and answers its own (empty) 413: the status must hold.
        byte[] huge = "a".repeat(1_200_000).getBytes(StandardCharsets.UTF_8);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(baseUri() + "/v1/analyze"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, answer.statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/xml", "application/x-www-form-urlencoded", "application/octet-stream",
            "text/html"})
    void otherContentTypesAre415SayingWhichAreAccepted(String contentType) {
        var sendAsIs = RestAssuredConfig.config().encoderConfig(
                EncoderConfig.encoderConfig().encodeContentTypeAs(contentType, ContentType.TEXT));
        assertProblem(given().config(sendAsIs).contentType(contentType).body("text=hello").post("/v1/analyze").then(),
                415, ProblemTypes.BLANK, "/v1/analyze")
                .body("detail", allOf(containsString(contentType), containsString("application/json"),
                        containsString("text/plain")));
    }

    @Test
    void unknownLanguageIs422ListingTheSupportedOnes() {
        assertProblem(postJson("{\"text\": \"The sky is blue.\", \"language\": \"tlh\"}"),
                422, ProblemTypes.UNSUPPORTED_LANGUAGE, "/v1/analyze")
                .body("supported", hasItem("en"))
                .body("detail", allOf(containsString("'tlh'"), containsString("en")));
    }

    @Test
    void unknownPathIs404() {
        assertProblem(given().get("/v2/analyze").then(), 404, ProblemTypes.BLANK, "/v2/analyze")
                .body("detail", containsString("/v1/analyze"));
        // "/" is the demo page; a path beside it is not
        assertProblem(given().get("/no-such-page").then(), 404, ProblemTypes.BLANK, "/no-such-page");
        assertProblem(given().get("/q/nothing").then(), 404, ProblemTypes.BLANK, "/q/nothing");
    }

    @Test
    void wrongMethodIs405WithAllow() {
        assertProblem(given().get("/v1/analyze").then(), 405, ProblemTypes.BLANK, "/v1/analyze")
                .header("Allow", containsString("POST"))
                .body("detail", containsString("POST"));
        assertProblem(given().contentType(ContentType.JSON).body("{}").post("/v1/rulesets").then(),
                405, ProblemTypes.BLANK, "/v1/rulesets")
                .header("Allow", allOf(containsString("GET"), not(containsString("POST"))));
        assertProblem(given().delete("/v1/analyze").then(), 405, ProblemTypes.BLANK, "/v1/analyze");
    }

    @Test
    void unacceptableAcceptIs406() {
        assertProblem(given().accept("text/html").get("/v1/rulesets").then(), 406, ProblemTypes.BLANK, "/v1/rulesets")
                .body("detail", containsString("text/html"));
    }

    static String baseUri() {
        return io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
    }
}
