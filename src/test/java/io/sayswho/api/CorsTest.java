package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** The browser extension calls from its own origin; any web origin may call too. Never with credentials. */
@QuarkusTest
class CorsTest {

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://abcdefghijklmnop", "moz-extension://0f4e7b1c-2d3a-4b5c-9e8f-123456789abc",
            "https://news.example"})
    void preflightForAJsonPostIsAllowed(String origin) {
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/v1/analyze")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("content-type"))
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), is("false")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://abcdefghijklmnop", "moz-extension://0f4e7b1c-2d3a-4b5c-9e8f-123456789abc"})
    void crossOriginPostIsAnsweredWithTheOrigin(String origin) {
        given().header("Origin", origin).contentType(ContentType.TEXT).body("The sky is blue.")
                .when().post("/v1/analyze")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Credentials", anyOf(nullValue(), is("false")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://abcdefghijklmnop", "https://news.example"})
    void crossOriginGetOfRuleSetsIsAnsweredWithTheOrigin(String origin) {
        given().header("Origin", origin).when().get("/v1/rulesets")
                .then().statusCode(200).header("Access-Control-Allow-Origin", origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"chrome-extension://abcdefghijklmnop"})
    void errorsCarryCorsHeadersSoTheExtensionCanReadThem(String origin) {
        given().header("Origin", origin).contentType(ContentType.JSON).body("{\"text\": 5}")
                .when().post("/v1/analyze")
                .then().statusCode(400).header("Access-Control-Allow-Origin", origin);
    }
}
