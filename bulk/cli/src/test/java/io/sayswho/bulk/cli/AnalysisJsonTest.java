package io.sayswho.bulk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.QuoteKind;
import io.sayswho.engine.model.RuleSetRef;
import io.sayswho.engine.model.Source;
import io.sayswho.engine.model.Summary;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.sayswho.bulk.cli.AnalyzeFolderTest.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link AnalysisJson} writes what Jackson's bean serializers write for the engine's records, character for character. */
class AnalysisJsonTest {
    private static String streamed(Analysis analysis) throws Exception {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            AnalysisJson.write(g, analysis);
        }
        return out.toString();
    }

    @Test
    void sameAsJacksonOnTheTestArticlesAndPolnearDev() throws Exception {
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 60; n++) texts.add(Articles.article(n));
        Path dev = Path.of(System.getProperty("sayswho.shared", "../../../shared"), "polnear", "dev", "text");
        if (Files.isDirectory(dev)) {
            try (Stream<Path> files = Files.list(dev)) {
                for (Path f : files.sorted().toList()) texts.add(Files.readString(f));
            }
        }
        int claims = 0;
        for (String text : texts) {
            Analysis analysis = ENGINE.analyze(text);
            claims += analysis.claims().size();
            assertEquals(Json.MAPPER.writeValueAsString(analysis), streamed(analysis));
        }
        assertTrue(claims > 100, "too few claims to compare: " + claims);
    }

    @Test
    void sameAsJacksonForNullsAndEmptyLists() throws Exception {
        Map<Attribution, Integer> counts = new EnumMap<>(Attribution.class);
        counts.put(Attribution.NAMED, 1);
        counts.put(Attribution.DENIED, null);
        Claim bare = new Claim(null, 0, 5, null, null, 0.5, null, null, null, null, null, null);
        Claim empty = new Claim("c2", 5, 9, "x\u2028\"y\"", Attribution.UNATTRIBUTED, 1e-7, null, null, null,
                QuoteKind.NONE, List.of(), List.of());
        Source source = new Source("s1", null, null, null, null);
        for (Analysis analysis : List.of(
                new Analysis(null, null, null, null),
                new Analysis(new RuleSetRef("en", null), Arrays.asList(bare, null, empty), Arrays.asList(source, null),
                        new Summary(2, counts, 0, true, Arrays.asList("a", null))),
                new Analysis(new RuleSetRef("en", "1"), List.of(), List.of(), new Summary(0, null, 100, false, null)))) {
            assertEquals(Json.MAPPER.writeValueAsString(analysis), streamed(analysis));
        }
    }
}
