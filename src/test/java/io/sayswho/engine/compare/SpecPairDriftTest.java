package io.sayswho.engine.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The spec pair, claim by claim from drift/seeds.json (a copy of ../shared/drift/seeds.json, the format
 * eval/drift.py documents): every gold pair aligned with exactly the changes it must have (and only those or the
 * ones it may have), every dropped and every added claim on a row of its own. One test per gold entry.
 */
class SpecPairDriftTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode GOLD = json("/drift/seeds.json");
    static final String BEFORE = text("/" + GOLD.get("before").asText());
    static final String AFTER = text("/" + GOLD.get("after").asText());
    static final Comparison COMPARISON = Engine.load("en").compare(BEFORE, AFTER);

    @TestFactory
    Stream<DynamicTest> everyGoldPairIsAlignedWithItsChanges() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode pair : GOLD.get("pairs")) {
            String name = "'" + pair.get("before").asText() + "' ~ '" + pair.get("after").asText() + "'";
            tests.add(DynamicTest.dynamicTest(name, () -> {
                String b = claimAt(COMPARISON.before(), BEFORE, pair.get("before").asText());
                String a = claimAt(COMPARISON.after(), AFTER, pair.get("after").asText());
                AlignedPair row = COMPARISON.alignment().stream()
                        .filter(r -> b.equals(r.before()) && a.equals(r.after())).findFirst()
                        .orElseThrow(() -> new AssertionError(b + " and " + a + " are not aligned; rows of " + b
                                + ": " + rowsOf(b, true) + ", rows of " + a + ": " + rowsOf(a, false)));
                Set<String> want = kinds(pair.get("changes"));
                Set<String> may = kinds(pair.get("mayChange"));
                Set<String> got = new HashSet<>();
                row.changes().forEach(c -> got.add(c.kind().name()));
                assertTrue(got.containsAll(want), "must report " + want + ", reported " + row.changes());
                Set<String> extra = new HashSet<>(got);
                extra.removeAll(want);
                extra.removeAll(may);
                assertEquals(Set.of(), extra, "reported changes that are not there: " + row.changes());
                if (pair.has("label")) {
                    Change label = row.changes().stream().filter(c -> c.kind() == ChangeKind.LABEL_CHANGED)
                            .findFirst().orElseThrow();
                    assertEquals(pair.get("label").get("from").asText(), label.from());
                    assertEquals(pair.get("label").get("to").asText(), label.to());
                }
            }));
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyDroppedClaimStandsAlone() {
        return onlyOn("onlyBefore", COMPARISON.before(), BEFORE, true);
    }

    @TestFactory
    Stream<DynamicTest> everyAddedClaimStandsAlone() {
        return onlyOn("onlyAfter", COMPARISON.after(), AFTER, false);
    }

    private Stream<DynamicTest> onlyOn(String key, Analysis analysis, String text, boolean before) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode g : GOLD.get(key)) {
            String anchor = g.get("anchor").asText();
            tests.add(DynamicTest.dynamicTest(anchor, () -> {
                String id = claimAt(analysis, text, anchor);
                List<AlignedPair> rows = rowsOf(id, before);
                assertFalse(rows.isEmpty(), id + " stands in no row");
                for (AlignedPair r : rows) {
                    assertNull(before ? r.after() : r.before(), id + " must have no counterpart: " + r);
                    assertEquals(List.of(), r.changes());
                }
            }));
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    @Test
    void everyClaimOfEitherVersionStandsInARowInTheOrderOfTheAfterText() {
        Set<String> before = new HashSet<>();
        Set<String> after = new HashSet<>();
        int lastAfter = -1;
        for (AlignedPair r : COMPARISON.alignment()) {
            if (r.before() != null) {
                before.add(r.before());
            }
            if (r.after() != null) {
                after.add(r.after());
                int i = index(COMPARISON.after(), r.after());
                assertTrue(i >= lastAfter, "row " + r + " out of the after text's order");
                lastAfter = i;
            }
        }
        COMPARISON.before().claims().forEach(c -> assertTrue(before.contains(c.id()), c.id() + " of before"));
        COMPARISON.after().claims().forEach(c -> assertTrue(after.contains(c.id()), c.id() + " of after"));
    }

    @Test
    void theSpecRewriteWeakensTheSourcingAndSaysHow() {
        DriftSummary s = COMPARISON.summary();
        assertTrue(s.weakened());
        assertTrue(s.drift() > 0 && s.drift() <= 100, "drift " + s.drift());
        assertEquals(COMPARISON.alignment().stream().filter(r -> r.before() == null).count(), s.added());
        assertEquals(COMPARISON.alignment().stream().filter(r -> r.after() == null).count(), s.dropped());
        assertTrue(s.reasons().contains("A paraphrase was turned into a direct quotation."), s.reasons().toString());
        assertTrue(s.reasons().contains("2 no-comments were dropped."), s.reasons().toString());
    }

    @Test
    void eachVersionIsAnalysedExactlyAsAlone() {
        Engine engine = Engine.load("en");
        assertEquals(engine.analyze(BEFORE), COMPARISON.before());
        assertEquals(engine.analyze(AFTER), COMPARISON.after());
    }

    private static List<AlignedPair> rowsOf(String id, boolean before) {
        return COMPARISON.alignment().stream().filter(r -> id.equals(before ? r.before() : r.after())).toList();
    }

    private static int index(Analysis analysis, String id) {
        for (int i = 0; i < analysis.claims().size(); i++) {
            if (analysis.claims().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no claim " + id);
    }

    /** The tightest claim covering the anchor, found once in the text with curly quotes folded, as drift.py does. */
    static String claimAt(Analysis analysis, String text, String anchor) {
        String t = fold(text);
        String n = fold(anchor);
        int at = t.indexOf(n);
        assertTrue(at >= 0 && t.indexOf(n, at + 1) < 0, "anchor not found exactly once: " + anchor);
        Claim best = null;
        for (Claim c : analysis.claims()) {
            if (c.start() <= at && c.end() >= at + n.length()
                    && (best == null || c.end() - c.start() < best.end() - best.start())) {
                best = c;
            }
        }
        assertNotNull(best, "no claim covers " + anchor);
        return best.id();
    }

    private static String fold(String s) {
        return s.replace('\u00A0', ' ').replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }

    private static Set<String> kinds(JsonNode list) {
        Set<String> out = new HashSet<>();
        if (list != null) {
            list.forEach(k -> out.add(ChangeKind.valueOf(k.asText()).name()));
        }
        return out;
    }

    private static JsonNode json(String resource) {
        try (InputStream in = SpecPairDriftTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String resource) {
        try (InputStream in = SpecPairDriftTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
