package io.sayswho.bulk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The command line's "analysis" is the service's answer: its members, and those of each claim, source and summary,
 * are exactly the properties openapi.yaml (the service's contract) lists for them, nulls included.
 */
class ServiceShapeTest {
    @Test
    void theAnalysisHasTheContractsMembers() throws Exception {
        JsonNode schemas = new ObjectMapper(new YAMLFactory())
                .readTree(new File(System.getProperty("sayswho.openapi", "../../openapi.yaml")))
                .path("components").path("schemas");
        String text = "\"The bridge will open,\" said Ana Ruiz. Officials said it cost more. It rained.";
        CliRun run = CliRun.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "analyze", "-");
        JsonNode analysis = Json.MAPPER.readTree(run.out()).get("analysis");

        assertEquals(properties(schemas, "Analysis"), names(analysis));
        assertFalse(analysis.get("claims").isEmpty());
        for (JsonNode claim : analysis.get("claims")) {
            assertEquals(properties(schemas, "Claim"), names(claim));
            if (!claim.get("source").isNull()) assertEquals(properties(schemas, "ClaimSource"), names(claim.get("source")));
            if (!claim.get("cue").isNull()) assertEquals(properties(schemas, "Cue"), names(claim.get("cue")));
        }
        for (JsonNode source : analysis.get("sources")) assertEquals(properties(schemas, "Source"), names(source));
        assertEquals(properties(schemas, "Summary"), names(analysis.get("summary")));
    }

    private static Set<String> properties(JsonNode schemas, String name) {
        JsonNode properties = schemas.path(name).path("properties");
        assertFalse(properties.isEmpty(), "openapi.yaml has a schema " + name);
        return names(properties);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
