package io.sayswho.bulk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Cue;
import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.RuleSetRef;
import io.sayswho.engine.model.Source;
import io.sayswho.engine.model.Summary;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An {@link Analysis} written member by member on a Jackson generator: what {@link Json#MAPPER} writes for the
 * engine's records (their components in declaration order, nulls as null, enums by name), without the bean
 * serializers' reflection and lookups, which were half of the JSON output's cost in the profile. The bytes must
 * stay Jackson's: AnalysisJsonTest compares the two on every PolNeAR dev text and the test articles, so a member
 * added to the engine's records fails there until it is added here.
 */
final class AnalysisJson {
    private AnalysisJson() {
    }

    static void write(JsonGenerator g, Analysis a) throws IOException {
        if (a == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeFieldName("ruleset");
        ruleset(g, a.ruleset());
        g.writeFieldName("claims");
        if (a.claims() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Claim c : a.claims()) claim(g, c);
            g.writeEndArray();
        }
        g.writeFieldName("sources");
        if (a.sources() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Source s : a.sources()) source(g, s);
            g.writeEndArray();
        }
        g.writeFieldName("summary");
        summary(g, a.summary());
        g.writeEndObject();
    }

    private static void ruleset(JsonGenerator g, RuleSetRef r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("version", r.version());
        g.writeEndObject();
    }

    private static void claim(JsonGenerator g, Claim c) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
        g.writeStringField("text", c.text());
        g.writeFieldName("attribution");
        name(g, c.attribution());
        g.writeNumberField("strength", c.strength());
        g.writeFieldName("source");
        claimSource(g, c.source());
        g.writeFieldName("cue");
        cue(g, c.cue());
        g.writeFieldName("content");
        range(g, c.content());
        g.writeFieldName("quote");
        name(g, c.quote());
        g.writeFieldName("flags");
        names(g, c.flags());
        g.writeFieldName("rules");
        strings(g, c.rules());
        g.writeEndObject();
    }

    private static void claimSource(JsonGenerator g, ClaimSource s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("text", s.text());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeStringField("name", s.name());
        g.writeFieldName("kind");
        name(g, s.kind());
        g.writeEndObject();
    }

    private static void cue(JsonGenerator g, Cue c) throws IOException {
        if (c == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("text", c.text());
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
        g.writeEndObject();
    }

    private static void range(JsonGenerator g, Range r) throws IOException {
        if (r == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("start", r.start());
        g.writeNumberField("end", r.end());
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, Source s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", s.id());
        g.writeStringField("name", s.name());
        g.writeFieldName("kind");
        name(g, s.kind());
        g.writeFieldName("mentions");
        if (s.mentions() == null) {
            g.writeNull();
        } else {
            g.writeStartArray();
            for (Range r : s.mentions()) range(g, r);
            g.writeEndArray();
        }
        g.writeFieldName("claims");
        strings(g, s.claims());
        g.writeEndObject();
    }

    private static void summary(JsonGenerator g, Summary s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("claims", s.claims());
        g.writeFieldName("counts");
        if (s.counts() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            for (Map.Entry<? extends Enum<?>, Integer> e : s.counts().entrySet()) {
                g.writeFieldName(e.getKey().name());
                if (e.getValue() == null) g.writeNull(); else g.writeNumber(e.getValue());
            }
            g.writeEndObject();
        }
        g.writeNumberField("score", s.score());
        g.writeBooleanField("weak", s.weak());
        g.writeFieldName("reasons");
        strings(g, s.reasons());
        g.writeEndObject();
    }

    private static void name(JsonGenerator g, Enum<?> value) throws IOException {
        if (value == null) g.writeNull(); else g.writeString(value.name());
    }

    private static void names(JsonGenerator g, List<? extends Enum<?>> values) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (Enum<?> v : values) name(g, v);
        g.writeEndArray();
    }

    private static void strings(JsonGenerator g, List<String> values) throws IOException {
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
