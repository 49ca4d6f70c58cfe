package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.sayswho.engine.model.Attribution;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * POST /v1/analyze with good input, both content types. Asserts the shape of the answer, not the engine's labels,
 * which the rule engine decides and changes.
 */
@QuarkusTest
class AnalyzeResourceTest {
    static final String ARTICLE = "Kremlin spokesman Dmitry Peskov said the talks were \"constructive.\"\n"
            + "Officials familiar with the matter said a deal may be close.\n"
            + "The ministry did not respond to a request for comment.";

    @Test
    void analysesJson() {
        var answer = given().contentType(ContentType.JSON)
                .body(Map.of("text", ARTICLE, "title", "Talks", "url", "https://news.example/a", "language", "en"))
                .when().post("/v1/analyze")
                .then().statusCode(200).contentType(ContentType.JSON);
        assertWellFormedAnalysis(answer, ARTICLE);
    }

    @Test
    void analysesPlainText() {
        var answer = given().contentType("text/plain; charset=UTF-8").body(ARTICLE)
                .when().post("/v1/analyze")
                .then().statusCode(200).contentType(ContentType.JSON);
        assertWellFormedAnalysis(answer, ARTICLE);
    }

    @Test
    void plainTextAndJsonGiveTheSameAnalysis() {
        String fromJson = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE))
                .post("/v1/analyze").then().statusCode(200).extract().asString();
        String fromText = given().contentType(ContentType.TEXT).body(ARTICLE)
                .post("/v1/analyze").then().statusCode(200).extract().asString();
        assertEquals(fromJson, fromText);
    }

    @Test
    void offsetsCountUtf16CodeUnitsOfNonAsciiText() {
        // An emoji is two UTF-16 units: offsets must still fall inside the text as JavaScript measures it.
        String text = "Le ministre a déclaré «non» 😀 hier.\nZürich officials said nothing.";
        var answer = given().contentType("text/plain; charset=UTF-8").body(text)
                .post("/v1/analyze").then().statusCode(200);
        assertWellFormedAnalysis(answer, text);
    }

    @Test
    void onlyTextIsRequiredAndUnknownMembersAreIgnored() {
        given().contentType(ContentType.JSON).body("{\"text\": \"The sky is blue.\", \"publishedAt\": \"2026-01-01\"}")
                .post("/v1/analyze").then().statusCode(200).body("ruleset.id", not(emptyOrNullString()));
    }

    @Test
    void nullOptionalMembersMeanAbsent() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"The sky is blue.\", \"title\": null, \"url\": null, \"language\": null}")
                .post("/v1/analyze").then().statusCode(200);
    }

    @Test
    void languageIsMatchedCaseInsensitivelyAndByPrimarySubtag() {
        for (String language : List.of("en", "EN", "en-GB", "en_US")) {
            given().contentType(ContentType.JSON).body(Map.of("text", "The sky is blue.", "language", language))
                    .post("/v1/analyze").then().statusCode(200);
        }
    }

    @Test
    void plainTextTakesItsLanguageFromContentLanguage() {
        given().contentType(ContentType.TEXT).header("Content-Language", "en").body("The sky is blue.")
                .post("/v1/analyze").then().statusCode(200);
        // Proves the header is read at all: an unknown language must be refused.
        given().contentType(ContentType.TEXT).header("Content-Language", "tlh").body("The sky is blue.")
                .post("/v1/analyze").then().statusCode(422);
    }

    @Test
    void textOfExactlyTheLimitIsAccepted() {
        String text = "a".repeat(200_000);
        given().contentType(ContentType.TEXT).body(text).post("/v1/analyze").then().statusCode(200);
    }

    /** The answer's contract: every member present (nulls written out), offsets inside the text, counts complete. */
    static void assertWellFormedAnalysis(ValidatableResponse answer, String text) {
        answer.body("keySet()", containsInAnyOrder("ruleset", "claims", "sources", "summary"))
                .body("ruleset.id", not(emptyOrNullString()))
                .body("ruleset.version", not(emptyOrNullString()))
                .body("claims", not(empty()))
                .body("claims", everyItem(allOf(
                        hasKey("id"), hasKey("start"), hasKey("end"), hasKey("text"), hasKey("attribution"),
                        hasKey("strength"), hasKey("source"), hasKey("cue"), hasKey("content"), hasKey("quote"),
                        hasKey("flags"), hasKey("rules"))))
                .body("claims.attribution", everyItem(in(names(Attribution.values()))))
                .body("summary.counts.keySet()", containsInAnyOrder(names(Attribution.values())))
                .body("summary.score", allOf(greaterThanOrEqualTo(0), lessThanOrEqualTo(100)));

        List<Map<String, Object>> claims = answer.extract().jsonPath().getList("claims");
        int previousEnd = 0;
        for (Map<String, Object> claim : claims) {
            int start = (Integer) claim.get("start");
            int end = (Integer) claim.get("end");
            assertTrue(previousEnd <= start && start <= end && end <= text.length(),
                    "claim " + claim.get("id") + " at " + start + ".." + end + " is out of order or outside a text of "
                            + text.length() + " UTF-16 units");
            previousEnd = end;
            if ("UNATTRIBUTED".equals(claim.get("attribution"))) {
                assertNull(claim.get("source"), "an unattributed claim has no source: " + claim);
            }
        }
        Map<String, Integer> counts = answer.extract().jsonPath().getMap("summary.counts");
        assertEquals(claims.size(), counts.values().stream().mapToInt(Integer::intValue).sum(),
                "summary.counts must add up to the claims");
        assertEquals(claims.size(), answer.extract().jsonPath().getInt("summary.claims"));
    }

    static String[] names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
