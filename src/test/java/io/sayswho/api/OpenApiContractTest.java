package io.sayswho.api;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.*;

/**
 * openapi.yaml is the contract: the service serves it, implements each of its operations, and answers, success and
 * failure alike, match its schemas. Validation is done by swagger-request-validator, not by hand.
 */
@QuarkusTest
class OpenApiContractTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesTheContractFileUnchanged() {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        assertEquals(Contract.tree(Contract.TEXT), Contract.tree(served),
                "/q/openapi must serve openapi.yaml as written (nothing generated or added)");
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Each operation of the contract, called with its own request example, answers its documented success. */
    @Test
    void everyOperationOfTheContractExistsAndAnswersItsDocumentedSuccess() {
        List<Executable> checks = new ArrayList<>();
        Contract.API.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                checks.add(() -> callWithExample(path, method, operation))));
        assertFalse(checks.isEmpty(), "the contract has no operations");
        assertAll(checks);
    }

    /** And the other way round: nothing the service answers is missing from the contract. */
    @Test
    void everyResourceMethodOfTheServiceIsInTheContract() {
        var served = AllowedMethods.all();
        assertFalse(served.isEmpty(), "no resources found");
        served.forEach((path, methods) -> methods.stream()
                .filter(method -> !method.equals("HEAD") && !method.equals("OPTIONS"))
                .forEach(method -> {
                    PathItem item = Contract.API.getPaths().get(path);
                    assertNotNull(item, path + " is served but not in openapi.yaml");
                    assertNotNull(item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method)),
                            method + " " + path + " is served but not in openapi.yaml");
                }));
    }

    private static void callWithExample(String path, PathItem.HttpMethod method, Operation operation) throws Exception {
        var request = given().filter(Contract.responseValidator());
        if (operation.getRequestBody() != null) {
            Map.Entry<String, MediaType> first = operation.getRequestBody().getContent().entrySet().iterator().next();
            request.contentType(first.getKey()).body(JSON.writeValueAsString(exampleOf(first.getValue())));
        }
        int expected = operation.getResponses().keySet().stream().filter(code -> code.startsWith("2"))
                .mapToInt(Integer::parseInt).min().orElseThrow(() -> new AssertionError(
                        method + " " + path + " documents no success answer"));
        Response answer = request.request(method.name(), path);
        assertEquals(expected, answer.statusCode(), method + " " + path + " answered " + answer.asString());
    }

    private static Object exampleOf(MediaType media) {
        if (media.getExample() != null) {
            return media.getExample();
        }
        assertNotNull(media.getExamples(), "request body has no example");
        return media.getExamples().values().iterator().next().getValue();
    }

    @Test
    void analysisOfPlainTextMatchesTheContract() {
        given().filter(Contract.responseValidator()).contentType(ContentType.TEXT)
                .body(AnalyzeResourceTest.ARTICLE).post("/v1/analyze").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": ", "{\"text\": \" \"}", "{\"text\": 5}", "{\"text\": {}}", "[]", ""})
    void badRequestsMatchTheContract(String body) {
        given().filter(Contract.responseValidator()).contentType(ContentType.JSON).body(body)
                .post("/v1/analyze").then().statusCode(400);
    }

    @Test
    void textTooLongMatchesTheContract() {
        given().filter(Contract.responseValidator()).contentType(ContentType.TEXT).body("a".repeat(200_001))
                .post("/v1/analyze").then().statusCode(413);
    }

    @Test
    void bodyTooLargeMatchesTheContract() {
        given().filter(Contract.responseValidator()).contentType(ContentType.TEXT).body("a".repeat(1_100_000))
                .post("/v1/analyze").then().statusCode(413);
    }

    @Test
    void unsupportedMediaTypeMatchesTheContract() {
        given().filter(Contract.responseValidator()).contentType("application/xml").body("<text/>")
                .post("/v1/analyze").then().statusCode(415);
    }

    @Test
    void unsupportedLanguageMatchesTheContract() {
        given().filter(Contract.responseValidator()).contentType(ContentType.JSON)
                .body("{\"text\": \"The sky is blue.\", \"language\": \"tlh\"}")
                .post("/v1/analyze").then().statusCode(422);
    }

    @Test
    void notAcceptableMatchesTheContract() {
        given().filter(Contract.responseValidator()).accept("text/html").get("/v1/rulesets").then().statusCode(406);
    }

    /** 404 and 405 have no operation to validate against: their bodies must still be the contract's Problem. */
    @Test
    void notFoundAndMethodNotAllowedBodiesAreContractProblems() {
        assertValid(Contract.validate(given().get("/v1/nothing-here").then().statusCode(404).extract().asString(),
                "Problem"));
        assertValid(Contract.validate(given().get("/v1/analyze").then().statusCode(405).extract().asString(),
                "Problem"));
    }

    /** Guards the guard: the validator must reject an answer that breaks the contract, or the tests above prove nothing. */
    @Test
    void validatorRejectsAnAnswerThatBreaksTheContract() throws Exception {
        String real = given().contentType(ContentType.TEXT).body("The sky is blue.").post("/v1/analyze")
                .then().statusCode(200).extract().asString();
        assertValid(Contract.validate(real, "Analysis"));

        var withoutSummary = JSON.readTree(real).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) withoutSummary).remove("summary");
        assertFalse(Contract.validate(withoutSummary.toString(), "Analysis").getMessages().isEmpty(),
                "a missing summary must be reported");

        var nullsOmitted = JSON.readTree(real).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) nullsOmitted.get("claims").get(0)).remove("source");
        assertFalse(Contract.validate(nullsOmitted.toString(), "Analysis").getMessages().isEmpty(),
                "an omitted null source must be reported");

        assertFalse(Contract.validate("{\"type\": \"about:blank\", \"status\": 400}", "Problem").getMessages()
                .isEmpty(), "a problem without title and detail must be reported");
    }

    /** The contract's own examples must obey its schemas, or it documents answers the service must not give. */
    @Test
    void contractExamplesMatchTheirSchemas() throws Exception {
        List<Executable> checks = new ArrayList<>();
        for (var pathEntry : Contract.API.getPaths().entrySet()) {
            for (var operationEntry : pathEntry.getValue().readOperationsMap().entrySet()) {
                for (Map.Entry<String, ApiResponse> response : operationEntry.getValue().getResponses().entrySet()) {
                    ApiResponse documented = response.getValue();
                    if (documented.get$ref() != null) {
                        String name = documented.get$ref().substring(documented.get$ref().lastIndexOf('/') + 1);
                        documented = Contract.API.getComponents().getResponses().get(name);
                    }
                    assertNotNull(documented.getContent(), "no content for " + response.getKey());
                    for (var media : documented.getContent().entrySet()) {
                        var schema = media.getValue().getSchema();
                        var examples = media.getValue().getExamples();
                        assertNotNull(examples, operationEntry.getKey() + " " + pathEntry.getKey() + " "
                                + response.getKey() + " has no example");
                        for (var example : examples.entrySet()) {
                            String where = operationEntry.getKey() + " " + pathEntry.getKey() + " " + response.getKey()
                                    + " example " + example.getKey();
                            var value = example.getValue();
                            if (value.get$ref() != null) {
                                value = Contract.API.getComponents().getExamples()
                                        .get(value.get$ref().substring(value.get$ref().lastIndexOf('/') + 1));
                            }
                            assertNotNull(value.getValue(), where + " is empty");
                            String json = JSON.writeValueAsString(value.getValue());
                            checks.add(() -> {
                                ValidationReport report = new com.atlassian.oai.validator.schema.SchemaValidator(
                                        Contract.API, new com.atlassian.oai.validator.report.MessageResolver())
                                        .validate(json, schema, "example");
                                assertTrue(report.getMessages().isEmpty(), where + ": " + report.getMessages());
                            });
                        }
                    }
                }
            }
        }
        assertTrue(checks.size() >= 8, "expected examples for the success and each error, found " + checks.size());
        assertAll(checks);
    }

    static void assertValid(ValidationReport report) {
        assertTrue(report.getMessages().isEmpty(), report.getMessages().toString());
    }
}
