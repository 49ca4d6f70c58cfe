package io.sayswho.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** POST /v1/compare: its answers, its refusals (the same as /v1/analyze's), CORS, and the contract. */
@QuarkusTest
class CompareResourceTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BEFORE = "Mayor Jo Roe said the bridge will close in May for repairs. "
            + "The ministry did not respond to a request for comment.";
    static final String AFTER = "Officials said the bridge will close in May for repairs.";

    static String body(String before, String after) throws IOException {
        ObjectNode b = JSON.createObjectNode();
        b.putObject("before").put("text", before);
        b.putObject("after").put("text", after);
        return JSON.writeValueAsString(b);
    }

    static String specArticle(String name) throws IOException {
        try (InputStream in = CompareResourceTest.class.getResourceAsStream("/corpus/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersBothAnalysesTheAlignmentAndTheSummary() throws IOException {
        given().filter(Contract.responseValidator()).contentType(ContentType.JSON).body(body(BEFORE, AFTER))
                .post("/v1/compare").then().statusCode(200).contentType(startsWith("application/json"))
                .body("alignment.size()", is(2))
                .body("alignment[0].before", is("c1")).body("alignment[0].after", is("c1"))
                .body("alignment[0].changes.kind", contains("LABEL_CHANGED", "SOURCE_CHANGED"))
                .body("alignment[0].changes[0].from", is("NAMED")).body("alignment[0].changes[0].to", is("ANONYMOUS"))
                .body("alignment[1].before", is("c2")).body("alignment[1].after", nullValue())
                .body("alignment[1].similarity", nullValue())
                .body("summary.aligned", is(1)).body("summary.changed", is(1))
                .body("summary.dropped", is(1)).body("summary.added", is(0))
                .body("summary.weakened", is(true)).body("summary.reasons", hasItem("1 no-comment was dropped."));
    }

    @Test
    void eachVersionIsAnalysedExactlyAsAnalyzeAnswers() throws IOException {
        String before = specArticle("000_5c0aae8feac04f55");
        String after = specArticle("001_917f97df6a5d127c");
        JsonNode compared = JSON.readTree(given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                .body(body(before, after)).post("/v1/compare").then().statusCode(200).extract().asString());
        for (var side : Map.of("before", before, "after", after).entrySet()) {
            JsonNode alone = JSON.readTree(given().contentType(ContentType.JSON)
                    .body(JSON.createObjectNode().put("text", side.getValue()).toString())
                    .post("/v1/analyze").then().statusCode(200).extract().asString());
            assertEquals(alone, compared.get(side.getKey()), side.getKey());
        }
        assertTrue(compared.get("alignment").size() >= compared.get("after").get("claims").size());
    }

    @Test
    void titleUrlAndLanguageAreAcceptedAndUnknownMembersIgnored() {
        given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                .body("{\"before\": {\"text\": \"The sky is blue.\", \"title\": \"Sky\", \"url\": \"https://x.example\"},"
                        + " \"after\": {\"text\": \"The sky is blue.\"}, \"language\": \"en-GB\", \"newer\": 1}")
                .post("/v1/compare").then().statusCode(200).body("summary.drift", is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"before\": ", "not json", "{\"before\": {\"text\": \"a\"}, \"after\": {\"text\": \"b\"}}}"})
    void malformedJsonIs400(String body) {
        ProblemsTest.assertProblem(given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                .body(body).post("/v1/compare").then(), 400, ProblemTypes.MALFORMED_JSON, "/v1/compare");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"before\": {\"text\": \"a\"}}", "{\"after\": {\"text\": \"a\"}}",
            "{\"before\": {\"text\": \" \"}, \"after\": {\"text\": \"a\"}}",
            "{\"before\": {\"text\": \"a\"}, \"after\": {}}", "{\"before\": {\"text\": \"a\"}, \"after\": null}",
            "{\"before\": {\"text\": 5}, \"after\": {\"text\": \"a\"}}", "{\"before\": \"a\", \"after\": \"b\"}",
            "[]", ""})
    void missingBlankOrMistypedVersionsAre400(String body) {
        ProblemsTest.assertProblem(given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                .body(body).post("/v1/compare").then(), 400, ProblemTypes.INVALID_REQUEST, "/v1/compare");
    }

    @Test
    void aBlankTextSaysWhatToSend() {
        given().contentType(ContentType.JSON).body("{\"before\": {\"text\": \"a\"}, \"after\": {\"text\": \"\"}}")
                .post("/v1/compare").then().statusCode(400)
                .body("detail", containsString("text is required and must not be blank"));
    }

    @Test
    void eitherTextOverTheLimitIs413() throws IOException {
        String tooLong = "a".repeat(200_001);
        for (String body : new String[]{body(tooLong, "b"), body("b", tooLong)}) {
            ProblemsTest.assertProblem(given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                            .body(body).post("/v1/compare").then(), 413, ProblemTypes.TEXT_TOO_LONG, "/v1/compare")
                    .body("maxLength", is(200_000)).body("length", is(200_001));
        }
    }

    @Test
    void twoTextsAtTheLimitAreAnswered() throws IOException {
        String text = (specArticle("000_5c0aae8feac04f55") + "\n\n").repeat(60).substring(0, 200_000);
        given().contentType(ContentType.JSON).body(body(text, text)).post("/v1/compare").then().statusCode(200)
                .body("summary.drift", is(0));
    }

    @Test
    void plainTextIs415AndSaysJson() {
        ProblemsTest.assertProblem(given().filter(Contract.responseValidator()).contentType(ContentType.TEXT)
                        .body("The sky is blue.").post("/v1/compare").then(), 415, ProblemTypes.BLANK, "/v1/compare")
                .body("detail", endsWith("send application/json."));
    }

    @Test
    void unsupportedLanguageIs422() throws IOException {
        ObjectNode b = (ObjectNode) JSON.readTree(body("The sky is blue.", "The sky is blue."));
        b.put("language", "tlh");
        ProblemsTest.assertProblem(given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                        .body(b.toString()).post("/v1/compare").then(), 422, ProblemTypes.UNSUPPORTED_LANGUAGE,
                "/v1/compare")
                .body("supported", hasItem("en"));
    }

    @Test
    void getIs405WithAllow() {
        given().get("/v1/compare").then().statusCode(405).header("Allow", containsString("POST"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://abcdefghijklmnop", "https://news.example"})
    void crossOriginPreflightPostAndErrorsCarryCors(String origin) throws IOException {
        given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/v1/compare").then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), is("false")));
        given().header("Origin", origin).contentType(ContentType.JSON).body(body(BEFORE, AFTER))
                .post("/v1/compare").then().statusCode(200).header("Access-Control-Allow-Origin", origin);
        given().header("Origin", origin).contentType(ContentType.JSON).body("{}")
                .post("/v1/compare").then().statusCode(400).header("Access-Control-Allow-Origin", origin);
    }

    /** The validator must reject a comparison that breaks the contract, or the checks above prove nothing. */
    @Test
    void validatorRejectsAComparisonThatBreaksTheContract() throws IOException {
        String real = given().contentType(ContentType.JSON).body(body(BEFORE, AFTER)).post("/v1/compare")
                .then().statusCode(200).extract().asString();
        OpenApiContractTest.assertValid(Contract.validate(real, "Comparison"));
        ObjectNode broken = (ObjectNode) JSON.readTree(real);
        ((ObjectNode) broken.get("alignment").get(0).get("changes").get(0)).put("kind", "SOMETHING_ELSE");
        assertFalse(Contract.validate(broken.toString(), "Comparison").getMessages().isEmpty());
        ObjectNode noSummary = (ObjectNode) JSON.readTree(real);
        noSummary.remove("summary");
        assertFalse(Contract.validate(noSummary.toString(), "Comparison").getMessages().isEmpty());
    }
}
