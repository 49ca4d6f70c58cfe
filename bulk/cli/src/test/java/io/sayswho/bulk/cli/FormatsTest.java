package io.sayswho.bulk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.sayswho.bulk.cli.AnalyzeFolderTest.ENGINE;
import static io.sayswho.bulk.cli.BadInputTest.quoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON Lines in and out (fields kept, input order), standard input, CSV of claims, compare, the progress bar. */
class FormatsTest {
    @Test
    void jsonLinesKeepEveryFieldAndTheInputOrder(@TempDir Path dir) throws Exception {
        StringBuilder feed = new StringBuilder();
        List<ObjectNode> inputs = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            // Long articles first: with four threads they finish after the short ones behind them.
            String text = n < 20 ? Articles.article(n).repeat(30) : Articles.article(n);
            ObjectNode input = Json.MAPPER.createObjectNode().put("outlet", "outlet-" + n % 7).put("id", n)
                    .put("text", text);
            input.putObject("meta").put("date", "2016-10-" + (n % 28 + 1)).putArray("tags").add("x").add(n);
            inputs.add(input.deepCopy());
            feed.append(Json.MAPPER.writeValueAsString(input)).append('\n');
        }
        Path file = Files.writeString(dir.resolve("feed.ndjson"), feed);

        CliRun run = CliRun.of("analyze", "--threads", "4", file.toString());

        assertEquals(SayswhoCli.OK, run.exitCode(), run.toString());
        List<String> lines = run.outLines();
        assertEquals(inputs.size(), lines.size());
        for (int n = 0; n < lines.size(); n++) {
            ObjectNode answer = (ObjectNode) Json.MAPPER.readTree(lines.get(n));
            JsonNode analysis = answer.remove("analysis");
            assertEquals(inputs.get(n), answer, "line " + n + ": every input field, as given, in order");
            assertEquals(List.of("outlet", "id", "text", "meta"), fieldNames(answer));
            assertEquals(Json.MAPPER.valueToTree(ENGINE.analyze(inputs.get(n).get("text").asText())), analysis);
        }
    }

    @Test
    void standardInputIsOneTextOrJsonLines() throws Exception {
        String text = Articles.article(3);
        CliRun asText = CliRun.of(text.getBytes(StandardCharsets.UTF_8), "analyze", "-");
        assertEquals(SayswhoCli.OK, asText.exitCode(), asText.toString());
        JsonNode answer = Json.MAPPER.readTree(asText.out());
        assertEquals("-", answer.get("id").asText());
        assertEquals(Json.MAPPER.valueToTree(ENGINE.analyze(text)), answer.get("analysis"));

        String feed = "{\"id\":\"a\",\"text\":" + quoted(Articles.article(4)) + "}\n{\"id\":\"b\",\"text\":"
                + quoted(Articles.article(5)) + "}\n";
        CliRun asLines = CliRun.of(feed.getBytes(StandardCharsets.UTF_8), "analyze", "--stdin", "jsonl", "-");
        assertEquals(SayswhoCli.OK, asLines.exitCode(), asLines.toString());
        assertEquals(List.of("a", "b"), asLines.outLines().stream().map(FormatsTest::id).toList());
    }

    @Test
    void csvHasOneRowPerClaimQuotedSoItReadsBack(@TempDir Path dir) throws Exception {
        List<Analysis> analyses = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            Path file = dir.resolve(String.format("%02d.txt", n));
            Files.writeString(file, Articles.article(n));
            analyses.add(ENGINE.analyze(Articles.article(n)));
        }
        CliRun run = CliRun.of("analyze", "--format", "csv", dir.toString());
        assertEquals(SayswhoCli.OK, run.exitCode(), run.toString());

        List<List<String>> rows = Csv.parse(run.out());
        assertEquals("id", rows.get(0).get(0));
        List<Claim> claims = analyses.stream().flatMap(a -> a.claims().stream()).toList();
        assertEquals(claims.size(), rows.size() - 1, "one row per claim");
        int attribution = rows.get(0).indexOf("attribution");
        int text = rows.get(0).indexOf("text");
        int cue = rows.get(0).indexOf("cue_text");
        for (int i = 0; i < claims.size(); i++) {
            List<String> row = rows.get(i + 1);
            assertEquals(rows.get(0).size(), row.size(), "columns of row " + i);
            assertEquals(claims.get(i).attribution().name(), row.get(attribution));
            assertEquals(claims.get(i).text(), row.get(text), "quotes and commas survive");
            assertEquals(claims.get(i).cue() == null ? "" : claims.get(i).cue().text(), row.get(cue));
        }
    }

    @Test
    void compareWritesTheServicesComparison(@TempDir Path dir) throws Exception {
        String before = Articles.article(6);
        String after = before.replace("said Ana Ruiz", "said a person familiar with the plans");
        Path a = Files.writeString(dir.resolve("before.txt"), before);
        Path b = Files.writeString(dir.resolve("after.txt"), after);
        CliRun run = CliRun.of("compare", a.toString(), b.toString());
        assertEquals(SayswhoCli.OK, run.exitCode(), run.toString());
        assertEquals(Json.MAPPER.valueToTree(ENGINE.compare(before, after)), Json.MAPPER.readTree(run.out()));

        CliRun missing = CliRun.of("compare", a.toString(), dir.resolve("nope.txt").toString());
        assertEquals(SayswhoCli.SKIPPED, missing.exitCode());
        assertTrue(missing.err().contains("nope.txt: no such file"), missing.err());
    }

    @Test
    void theProgressBarShowsOnlyWhenAskedOrOnATerminal(@TempDir Path dir) throws Exception {
        for (int n = 0; n < 50; n++) Files.writeString(dir.resolve(n + ".txt"), Articles.article(n));
        CliRun shown = CliRun.of("analyze", "--progress", dir.toString());
        assertTrue(shown.err().contains("Analysing") && shown.err().contains("50/50"), shown.err());
        CliRun hidden = CliRun.of("analyze", "--no-progress", dir.toString());
        assertFalse(hidden.err().contains("Analysing"), hidden.err());
        assertEquals(shown.out(), hidden.out(), "the bar never touches standard output");
    }

    private static String id(String line) {
        try {
            return Json.MAPPER.readTree(line).get("id").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
