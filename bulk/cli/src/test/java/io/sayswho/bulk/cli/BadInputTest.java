package io.sayswho.bulk.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Good articles mixed with every kind of bad input: each good one is answered, each bad one reported once on
 * standard error with its reason and skipped, the run goes on to the end and exits 1.
 */
class BadInputTest {
    @Test
    void badInputsAreReportedAndSkippedNeverFatal(@TempDir Path dir) throws Exception {
        List<String> good = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            Path file = dir.resolve(String.format("good-%02d.txt", n));
            Files.writeString(file, Articles.article(n));
            good.add(file.toString());
        }
        // origin as reported -> a word its reason must contain
        Map<String, String> bad = new TreeMap<>();
        bad.put(write(dir, "binary.txt", new byte[]{'P', 'K', 3, 4, 0, 0, 9, 1}), "binary");
        bad.put(write(dir, "latin1.txt", "Caf\u00e9 society said".getBytes(StandardCharsets.ISO_8859_1)), "UTF-8");
        bad.put(write(dir, "empty.txt", new byte[0]), "empty");
        bad.put(write(dir, "blank.txt", " \n\t\n\n".getBytes(StandardCharsets.UTF_8)), "empty");
        bad.put(write(dir, "oversized.txt", Articles.article(1).repeat(40).getBytes(StandardCharsets.UTF_8)),
                "over --max-bytes");

        Path jsonl = dir.resolve("feed.jsonl");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        line(lines, "{\"id\": \"feed-1\", \"text\": " + quoted(Articles.article(7)) + ", \"outlet\": \"A\"}");
        line(lines, "{\"id\": \"broken\", \"text\": ");                                   // 2
        line(lines, "[\"an\", \"array\"]");                                                // 3
        line(lines, "{\"id\": \"no-text\"}");                                              // 4
        line(lines, "{\"id\": \"numeric\", \"text\": 42}");                                // 5
        line(lines, "{\"id\": \"blank\", \"text\": \"   \"}");                            // 6
        line(lines, "{\"id\": \"huge\", \"text\": " + quoted("x".repeat(9000)) + "}");     // 7
        lines.write(new byte[]{'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'}); // 8
        line(lines, "{\"id\": \"two\", \"text\": \"Officials said so.\"} {\"id\": \"x\"}");   // 9
        line(lines, "{\"id\": \"long\", \"text\": " + quoted("word said ".repeat(350)) + "}"); // 10
        line(lines, "");                                                                    // 11: ignored
        line(lines, "{\"id\": \"feed-2\", \"text\": " + quoted(Articles.article(8)) + "}");   // 12
        Files.write(jsonl, lines.toByteArray());
        for (int n : new int[]{2, 3, 4, 5, 6, 7, 8, 9, 10}) bad.put(jsonl + ":" + n, "");
        bad.put(jsonl + ":2", "bad JSON");
        bad.put(jsonl + ":3", "not a JSON object");
        bad.put(jsonl + ":4", "no \"text\"");
        bad.put(jsonl + ":5", "not a string");
        bad.put(jsonl + ":6", "empty");
        bad.put(jsonl + ":7", "over --max-bytes");
        bad.put(jsonl + ":8", "UTF-8");
        bad.put(jsonl + ":9", "bad JSON");
        bad.put(jsonl + ":10", "over --max-chars");
        String missing = dir.resolve("gone.txt").toString();
        bad.put(missing, "no such file");
        Path folderNamedTxt = Files.createDirectories(dir.resolve("folder-with-nothing"));
        bad.put(folderNamedTxt.toString(), "holds no");

        CliRun run = CliRun.of("analyze", "--threads", "2", "--max-bytes", "6000", "--max-chars", "3000",
                dir.toString(), missing, folderNamedTxt.toString());

        assertEquals(SayswhoCli.SKIPPED, run.exitCode(), run.toString());
        List<String> answered = run.outLines().stream()
                .map(l -> readId(l)).toList();
        List<String> expected = new ArrayList<>(good);
        expected.add(0, "feed-1");
        expected.add(1, "feed-2");
        assertEquals(expected.stream().sorted().toList(), answered.stream().sorted().toList());
        assertEquals(bad.size(), run.skips().size(), run.toString());
        for (Map.Entry<String, String> b : bad.entrySet()) {
            List<String> reports = run.skips().stream()
                    .filter(s -> s.startsWith("sayswho: skipped " + b.getKey() + ": ")).toList();
            assertEquals(1, reports.size(), "one report for " + b.getKey() + "\n" + run);
            assertTrue(reports.get(0).contains(b.getValue()), reports.get(0) + " should say " + b.getValue());
        }
        assertTrue(run.err().contains(expected.size() + " analysed, " + bad.size() + " skipped"), run.err());
    }

    @Test
    void onlyBadInputExitsOneAndWritesNothing(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("analyze", dir.resolve("nothing-here.txt").toString());
        assertEquals(SayswhoCli.SKIPPED, run.exitCode(), run.toString());
        assertEquals("", run.out());
        assertEquals(1, run.skips().size());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), Articles.article(1));
        for (String[] args : List.of(new String[]{"analyze"}, new String[]{"analyze", "--threads", "0", file.toString()},
                new String[]{"analyze", "--format", "xml", file.toString()},
                new String[]{"analyze", "--no-such-option", file.toString()}, new String[]{"frobnicate"},
                new String[]{"compare", file.toString()})) {
            CliRun run = CliRun.of(args);
            assertEquals(SayswhoCli.USAGE, run.exitCode(), String.join(" ", args) + "\n" + run);
            assertEquals("", run.out(), "nothing on standard output for a usage error");
        }
    }

    private static String readId(String line) {
        try {
            return Json.MAPPER.readTree(line).get("id").asText();
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    private static String write(Path dir, String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    private static void line(ByteArrayOutputStream out, String json) {
        out.writeBytes((json + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static String quoted(String text) throws Exception {
        return Json.MAPPER.writeValueAsString(text);
    }
}
