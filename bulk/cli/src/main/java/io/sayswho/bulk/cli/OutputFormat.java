package io.sayswho.bulk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.Flag;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** How answers are written: one JSON line per article, or one CSV row per claim. Runs on the worker threads. */
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
        String format(String id, ObjectNode fields, Analysis analysis) {
            ObjectNode line = fields == null ? Json.MAPPER.createObjectNode().put("id", id) : fields;
            line.putPOJO("analysis", analysis);
            try {
                return Json.MAPPER.writeValueAsString(line) + "\n";
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
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
        String format(String id, ObjectNode fields, Analysis analysis) {
            StringBuilder rows = new StringBuilder();
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
            return rows.toString();
        }

        private void row(StringBuilder rows, Object... values) {
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

    abstract String format(String id, ObjectNode fields, Analysis analysis);
}
