package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;

/** Every answer names its request: the caller's X-Request-Id when usable, else a new one, in problems too. */
@QuarkusTest
class RequestIdTest {

    @Test
    void echoesTheCallersId() {
        given().header(RequestIds.HEADER, "trace-42.a:b_c").contentType(ContentType.JSON)
                .body("{\"text\": \"Jo Roe said so.\"}").post("/v1/analyze")
                .then().statusCode(200).header(RequestIds.HEADER, "trace-42.a:b_c");
    }

    @Test
    void makesANewIdWhenNoneOrAnUnusableOneIsSent() {
        String made = given().get("/v1/rulesets").then().statusCode(200).extract().header(RequestIds.HEADER);
        assertTrue(made.matches("[0-9a-f]{32}"), made);
        String other = given().get("/v1/rulesets").then().extract().header(RequestIds.HEADER);
        assertNotEquals(made, other, "each request its own id");
        for (String unusable : new String[]{"has space", "x".repeat(129), "quote\"d", "semi;colon"}) {
            given().header(RequestIds.HEADER, unusable).get("/v1/rulesets")
                    .then().header(RequestIds.HEADER, matchesPattern("[0-9a-f]{32}"));
        }
    }

    @Test
    void everyProblemCarriesTheIdOfItsRequest() {
        given().filter(Contract.responseValidator()).header(RequestIds.HEADER, "p-1")
                .contentType(ContentType.JSON).body("{\"text\": ").post("/v1/analyze")
                .then().statusCode(400).header(RequestIds.HEADER, "p-1").body("requestId", is("p-1"));
        given().filter(Contract.responseValidator()).header(RequestIds.HEADER, "p-2")
                .contentType(ContentType.JSON).body("{\"text\": \"x\", \"language\": \"tlh\"}").post("/v1/analyze")
                .then().statusCode(422).body("requestId", is("p-2"));
        given().header(RequestIds.HEADER, "p-3").get("/nowhere")
                .then().statusCode(404).body("requestId", is("p-3"));
        // The body-size guard answers before the REST layer: it adds the id itself.
        given().header(RequestIds.HEADER, "p-4").contentType(ContentType.TEXT).body("a".repeat(1_100_000))
                .post("/v1/analyze").then().statusCode(413).body("requestId", is("p-4"));
    }
}
