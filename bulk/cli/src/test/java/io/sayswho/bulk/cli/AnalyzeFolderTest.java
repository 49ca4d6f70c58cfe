package io.sayswho.bulk.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sayswho.engine.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A folder of a few hundred articles: every one answered once, in path order, exactly as the engine answers it. */
class AnalyzeFolderTest {
    static final Engine ENGINE = Engine.load("en");

    @Test
    void everyArticleOfANestedFolderIsAnsweredInPathOrder(@TempDir Path dir) throws Exception {
        Map<String, String> texts = new TreeMap<>();
        for (int n = 0; n < 300; n++) {
            Path file = dir.resolve(n % 2 == 0 ? "a" : "b/deeper").resolve(String.format("%03d.txt", n));
            Files.createDirectories(file.getParent());
            Files.writeString(file, Articles.article(n));
            texts.put(file.toString(), Articles.article(n));
        }
        Files.writeString(dir.resolve("a/notes.md"), "not an article: only .txt and .jsonl are taken from folders");

        CliRun run = CliRun.of("analyze", "--threads", "2", dir.toString());

        assertEquals(SayswhoCli.OK, run.exitCode(), run.toString());
        assertEquals(List.of(), run.skips());
        List<String> ids = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode answer = Json.MAPPER.readTree(line);
            String id = answer.get("id").asText();
            ids.add(id);
            assertTrue(texts.containsKey(id), "answer for a file that was not given: " + id);
            assertEquals(Json.MAPPER.valueToTree(ENGINE.analyze(texts.get(id))), answer.get("analysis"), id);
        }
        assertEquals(new ArrayList<>(texts.keySet()), ids, "each article once, in sorted path order");
        assertTrue(run.err().contains("300 analysed, 0 skipped"), run.err());
    }

    @Test
    void theSameInputGivesTheSameOutputWhateverTheThreads(@TempDir Path dir) throws Exception {
        for (int n = 0; n < 120; n++) Files.writeString(dir.resolve(String.format("%03d.txt", n)), Articles.article(n));
        CliRun one = CliRun.of("analyze", "--threads", "1", dir.toString());
        CliRun four = CliRun.of("analyze", "--threads", "4", dir.toString());
        assertEquals(SayswhoCli.OK, four.exitCode(), four.toString());
        assertEquals(120, one.outLines().size());
        assertEquals(one.out(), four.out());
    }
}
