package io.sayswho.bulk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sayswho.bulk.cli.TextDecoding.Refusal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One input to analyse, found by {@link Inputs} on the main thread and read, checked and analysed on a worker
 * thread, so reading files and parsing JSON run in parallel with the engine.
 */
sealed interface Task {
    /** Reads the input and hands its text to {@code analysis}; a refused input becomes a skip, never an exception. */
    Outcome run(Analysis analysis);

    /** What a worker does with a readable article: analyse it and format the answer. */
    interface Analysis {
        Outcome answer(String id, ObjectNode fields, String text);

        Limits limits();
    }

    record Limits(long maxBytes, int maxChars) {
    }

    /** A .txt file (named, or found in a folder). */
    record TextFile(Path path) implements Task {
        @Override
        public Outcome run(Analysis analysis) {
            String id = path.toString();
            try {
                long size = Files.size(path);
                if (size > analysis.limits().maxBytes()) {
                    return Outcome.skipped(id, String.format(Locale.ROOT, "%,d bytes, over --max-bytes %,d", size,
                            analysis.limits().maxBytes()));
                }
                String text = TextDecoding.decode(Files.readAllBytes(path), analysis.limits().maxChars());
                return analysis.answer(id, null, text);
            } catch (Refusal e) {
                return Outcome.skipped(id, e.getMessage());
            } catch (NoSuchFileException e) {
                return Outcome.skipped(id, "no such file");
            } catch (IOException e) {
                return Outcome.skipped(id, "cannot be read: " + e.getMessage());
            }
        }
    }

    /** Standard input read as one text. */
    record StdinText(byte[] bytes, boolean oversized) implements Task {
        @Override
        public Outcome run(Analysis analysis) {
            if (oversized) {
                return Outcome.skipped("-", "over --max-bytes " + analysis.limits().maxBytes());
            }
            try {
                return analysis.answer("-", null, TextDecoding.decode(bytes, analysis.limits().maxChars()));
            } catch (Refusal e) {
                return Outcome.skipped("-", e.getMessage());
            }
        }
    }

    /** One line of a JSON Lines input: an object with a string "text", an "id" and any other fields. */
    record JsonLine(String origin, BoundedLines.Line line) implements Task {
        @Override
        public Outcome run(Analysis analysis) {
            String where = origin + ":" + line.number();
            if (line.oversized()) {
                return Outcome.skipped(where, String.format(Locale.ROOT, "line of %,d bytes, over --max-bytes %,d",
                        line.length(), analysis.limits().maxBytes()));
            }
            try {
                String json = TextDecoding.decodeLine(line.bytes());
                JsonNode node = Json.READER.readTree(json);
                if (!(node instanceof ObjectNode fields)) {
                    throw new Refusal("not a JSON object");
                }
                JsonNode text = fields.get("text");
                if (text == null || text.isNull()) throw new Refusal("no \"text\" field");
                if (!text.isTextual()) throw new Refusal("\"text\" is not a string");
                JsonNode id = fields.get("id");
                String shownId = id == null || id.isNull() ? where : id.asText();
                return analysis.answer(shownId, fields, TextDecoding.checked(text.textValue(),
                        analysis.limits().maxChars()));
            } catch (Refusal e) {
                return Outcome.skipped(where, e.getMessage());
            } catch (JsonProcessingException e) {
                return Outcome.skipped(where, "bad JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                return Outcome.skipped(where, "bad JSON: " + e.getMessage());
            }
        }
    }

    /** An input found unusable before it could be read (a path that does not exist, say). */
    record Unusable(String origin, String reason) implements Task {
        @Override
        public Outcome run(Analysis analysis) {
            return Outcome.skipped(origin, reason);
        }
    }

    /**
     * What became of one input: the lines to write (one JSON line, or a CSV row per claim) or why it was skipped.
     */
    record Outcome(byte[] output, String skippedBecause, String id) {
        /** {@code output} is UTF-8, written as it is. */
        static Outcome answered(String id, byte[] output) {
            return new Outcome(output, null, id);
        }

        static Outcome skipped(String id, String reason) {
            return new Outcome(null, reason, id);
        }

        boolean skipped() {
            return skippedBecause != null;
        }
    }

}
