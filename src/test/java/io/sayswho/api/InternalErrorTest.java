package io.sayswho.api;

import io.quarkus.test.InjectMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.sayswho.engine.Engine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import java.util.List;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

/** When the engine fails on a text, the caller gets a 500 problem naming an incident, and no internals. */
@QuarkusTest
class InternalErrorTest {
    static final String SECRET = "rule r7: index 12 out of bounds in lexicon /srv/sayswho/secret-path";

    @InjectMock
    Engines engines;

    @BeforeEach
    void engineThatFails() {
        Engine failing = Mockito.mock(Engine.class);
        when(failing.analyze(anyString())).thenThrow(new IllegalStateException(SECRET));
        when(engines.forLanguage(Mockito.any())).thenReturn(Optional.of(failing));
        when(engines.supportedLanguages()).thenReturn(List.of("en"));
    }

    @Test
    void engineFailureIs500ProblemWithoutInternals() {
        given().filter(Contract.responseValidator())
                .contentType(ContentType.JSON).body("{\"text\": \"The sky is blue.\"}")
                .when().post("/v1/analyze")
                .then().statusCode(500)
                .contentType(startsWith(ProblemsTest.PROBLEM_JSON))
                .body("type", is(ProblemTypes.BLANK))
                .body("status", is(500))
                .body("instance", is("/v1/analyze"))
                .body("detail", containsString("incident"))
                .body(not(containsString("r7")))
                .body(not(containsString("secret-path")))
                .body(not(containsString("IllegalStateException")));
    }
}
