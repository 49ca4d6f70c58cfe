package io.sayswho.bulk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.Flag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How answers are written: one JSON line per article, or one CSV row per claim. Runs on the worker threads, which
 * hand the main thread the answer's UTF-8 bytes, ready to write.
 */
enum OutputFormat {
    /**
     * The input's fields in their order ({@code id}, {@code text} and any other; for a file, its path as {@code id}),
     * then {@code analysis}: exactly the service's /v1/analyze answer. An input field named "analysis" is replaced.
     */
    jsonl {
        @Override
        String header() {
            return null;
        }

        @Override
        byte[] format(String id, ObjectNode fields, Analysis analysis) {
            // What writing fields.putPOJO("analysis", analysis) with Json.MAPPER gave: the analysis in the place of
            // an input field of that name (a put keeps the place), else last; written on a generator, not a tree.
            Utf8Lines out = Utf8Lines.start();
            try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
                g.writeStartObject();
                boolean written = false;
                if (fields == null) {
                    g.writeStringField("id", id);
                } else {
                    for (Map.Entry<String, JsonNode> field : fields.properties()) {
                        g.writeFieldName(field.getKey());
                        if (field.getKey().equals("analysis")) {
                            AnalysisJson.write(g, analysis);
                            written = true;
                        } else {
                            Json.MAPPER.writeTree(g, field.getValue());
                        }
                    }
                }
                if (!written) {
                    g.writeFieldName("analysis");
                    AnalysisJson.write(g, analysis);
                }
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.write('\n');
            return out.toUtf8();
        }
    },
    /** RFC 4180 CSV of the claims, one row each, with the article's id; an article without claims adds no row. */
    csv {
        private static final List<String> COLUMNS = List.of("id", "claim_id", "start", "end", "attribution",
                "strength", "quote", "flags", "source_name", "source_text", "source_kind", "source_start",
                "source_end", "cue_text", "cue_start", "cue_end", "text");

        @Override
        String header() {
            return String.join(",", COLUMNS) + "\r\n";
        }

        @Override
        byte[] format(String id, ObjectNode fields, Analysis analysis) {
            Utf8Lines rows = Utf8Lines.start();
            for (Claim c : analysis.claims()) {
                var source = c.source();
                var cue = c.cue();
                row(rows, id, c.id(), c.start(), c.end(), c.attribution(), c.strength(), c.quote(),
                        c.flags().stream().map(Flag::name).collect(Collectors.joining("|")),
                        source == null ? null : source.name(), source == null ? null : source.text(),
                        source == null ? null : source.kind(), source == null ? null : source.start(),
                        source == null ? null : source.end(), cue == null ? null : cue.text(),
                        cue == null ? null : cue.start(), cue == null ? null : cue.end(), c.text());
            }
            return rows.toUtf8();
        }

        private void row(Utf8Lines rows, Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) rows.append(',');
                rows.append(field(values[i]));
            }
            rows.append("\r\n");
        }

        private String field(Object value) {
            if (value == null) return "";
            String s = value.toString();
            boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0
                    || s.indexOf('\r') >= 0;
            return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
        }
    };

    /** Written once before any answer, or null. */
    abstract String header();

    /** The answer for one article as UTF-8: a JSON line, or the CSV rows of its claims (none: empty). */
    abstract byte[] format(String id, ObjectNode fields, Analysis analysis);
}
