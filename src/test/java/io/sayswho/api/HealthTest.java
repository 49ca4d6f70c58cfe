package io.sayswho.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

@QuarkusTest
class HealthTest {

    @Test
    void isLive() {
        given().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void isReadyOnceTheRuleSetsAreLoaded() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'rule-sets' }.status", is("UP"))
                .body("checks.find { it.name == 'rule-sets' }.data.languages", containsString("en"));
    }
}
