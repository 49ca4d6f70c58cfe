package io.sayswho.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** openapi.yaml, the contract, and validators built from it for the tests. */
final class Contract {
    static final Path FILE = Path.of("openapi.yaml");
    static final String TEXT = read();
    static final OpenAPI API = parse();

    private Contract() {
    }

    /**
     * A rest-assured filter failing the request when the real response does not match the contract. Requests are
     * not checked: the error tests send invalid requests on purpose.
     */
    static OpenApiValidationFilter responseValidator() {
        // Built from the text, not from API: the validator resolves $ref'd responses only when it parses itself.
        return new OpenApiValidationFilter(OpenApiInteractionValidator.createForInlineApiSpecification(TEXT)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build());
    }

    /** Validates a JSON document against {@code #/components/schemas/<name>}. */
    static ValidationReport validate(String json, String schemaName) {
        var schema = API.getComponents().getSchemas().get(schemaName);
        assertTrue(schema != null, "no schema " + schemaName + " in the contract");
        return new SchemaValidator(API, new MessageResolver()).validate(json, schema, "body");
    }

    /** The contract as a JSON tree, for comparing with what the service serves. */
    static JsonNode tree(String yaml) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read() {
        try {
            return Files.readString(FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("openapi.yaml must be at the project top: " + FILE.toAbsolutePath(), e);
        }
    }

    private static OpenAPI parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        var result = new OpenAPIV3Parser().readContents(TEXT, null, options);
        assertTrue(result.getMessages() == null || result.getMessages().isEmpty(),
                "openapi.yaml does not parse cleanly: " + result.getMessages());
        return result.getOpenAPI();
    }
}
