package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sayswho.engine.model.Attribution;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** GET /v1/rulesets lists what was loaded at start-up. */
@QuarkusTest
class RuleSetsResourceTest {

    @Test
    void listsTheConfiguredRuleSetWithEveryLabelAndItsMeaning() {
        given().when().get("/v1/rulesets")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("id", hasItem("en"))
                .body("find { it.id == 'en' }.version", not(emptyOrNullString()))
                .body("find { it.id == 'en' }.languages", hasItem("en"))
                .body("find { it.id == 'en' }.labels.label",
                        containsInAnyOrder(AnalyzeResourceTest.names(Attribution.values())))
                .body("find { it.id == 'en' }.labels.meaning", everyItem(not(emptyOrNullString())));
    }

    @Test
    void theRuleSetNamedInAnAnalysisIsOneOfTheListed() {
        String used = given().contentType(ContentType.TEXT).body("The sky is blue.").post("/v1/analyze")
                .then().statusCode(200).extract().path("ruleset.id");
        given().get("/v1/rulesets").then().body("id", hasItem(used));
    }
}
