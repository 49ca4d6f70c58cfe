package io.sayswho.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.Cue;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.QuoteKind;
import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.RuleSetRef;
import io.sayswho.engine.model.Source;
import io.sayswho.engine.model.SourceKind;
import io.sayswho.engine.model.Summary;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The regression corpus: short invented passages, one phenomenon each, under {@code src/test/resources/regression/}.
 * Each file is {@code {"phenomenon", "about", "passages": [{"id", "about", "text", "claims", "notClaims"}]}}, and each
 * expected claim reads like a gold claim of {@code /work/shared/gold} (ATTRIBUTION.md, "Gold file format"):
 * <ul>
 *   <li>{@code anchor}: exact text found once in the passage (no-break spaces as spaces, curly quotes as straight);
 *       a predicted claim matches when its [start, end) covers it</li>
 *   <li>{@code attribution} and optional {@code also}: the accepted labels</li>
 *   <li>{@code source}: text the predicted source must contain (case-insensitive), compared against the claim's
 *       {@code source.text}, {@code source.name} and the name and mention texts of its entry in {@code sources}</li>
 *   <li>{@code notSource} (extension): text none of those may contain (a pronoun resolved to the wrong person)</li>
 *   <li>{@code cue}: text the predicted cue must contain ("a ... b": each part)</li>
 *   <li>{@code content} (extension): text the predicted content span must contain ("a ... b": each part); the
 *       content is the whole attribution relation's, so it may reach past the claim's own sentence</li>
 *   <li>{@code flags}: flags the predicted claim must carry</li>
 * </ul>
 * A passage's {@code notClaims} are texts no predicted claim may overlap; {@code ignore} (optional) are texts where
 * nothing is checked. Every claim of a passage is listed, so an attributed predicted claim that matches none of them
 * is an extra claim and fails the passage.
 * <p>
 * Matching follows {@code eval/score.py}: first each expected claim takes the tightest unused predicted claim that
 * covers its anchor with an accepted label; then each still unmatched one takes the tightest unused covering claim
 * of any label, to report it as wrong.
 */
class RegressionCorpusTest {

    static final String DIR = "regression";
    static final int MIN_PASSAGES = 60;
    static final int MIN_PER_FILE = 2;

    static final Set<String> LABELS = Arrays.stream(Attribution.values()).map(Enum::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    static final Set<String> FLAGS = Arrays.stream(Flag.values()).map(Enum::name)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    static final Set<String> FILE_KEYS = Set.of("phenomenon", "about", "passages");
    static final Set<String> PASSAGE_KEYS = Set.of("id", "about", "text", "note", "claims", "notClaims", "ignore");
    static final Set<String> CLAIM_KEYS = Set.of("anchor", "attribution", "also", "source", "notSource", "cue",
            "content", "flags", "note");

    // ------------------------------------------------------------------ the corpus

    record Expected(String anchor, List<String> accept, String source, String notSource, String cue,
                    String content, List<String> flags, String note) {
        String label() {
            return accept.isEmpty() ? "?" : accept.get(0);
        }

        String describe() {
            StringBuilder b = new StringBuilder(String.join(" or ", accept)).append(" \"").append(anchor).append('"');
            if (source != null) b.append(" source~\"").append(source).append('"');
            if (notSource != null) b.append(" source!~\"").append(notSource).append('"');
            if (cue != null) b.append(" cue~\"").append(cue).append('"');
            if (content != null) b.append(" content~\"").append(content).append('"');
            if (!flags.isEmpty()) b.append(" flags>=").append(flags);
            return b.toString();
        }
    }

    record Passage(String file, String id, String about, String text, List<Expected> claims, List<String> notClaims,
                   List<String> ignore) {
    }

    record CorpusFile(Path path, String name, String phenomenon, List<Passage> passages, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<CorpusFile> corpus;

    static synchronized List<CorpusFile> corpus() {
        if (corpus == null) {
            corpus = corpusFiles().stream().map(RegressionCorpusTest::read).toList();
        }
        return corpus;
    }

    static List<Path> corpusFiles() {
        Path dir = Path.of("src/test/resources", DIR);
        URL url = RegressionCorpusTest.class.getClassLoader().getResource(DIR);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                dir = Path.of(url.toURI());
            } catch (URISyntaxException e) {
                // keep the source folder
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the regression corpus in " + dir, e);
        }
    }

    static CorpusFile read(Path path) {
        String name = path.getFileName().toString();
        List<String> problems = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        JsonNode root;
        try {
            root = JSON.readTree(path.toFile());
        } catch (IOException e) {
            problems.add(name + ": not valid JSON: " + e.getMessage());
            return new CorpusFile(path, name, null, passages, problems);
        }
        unknownKeys(root, FILE_KEYS, name, problems);
        String phenomenon = string(root, "phenomenon", name, problems, true);
        string(root, "about", name, problems, false);
        JsonNode ps = root.path("passages");
        if (!ps.isArray() || ps.isEmpty()) {
            problems.add(name + ": \"passages\" must be a non-empty array");
        }
        for (JsonNode p : ps) {
            String where = name + " passage " + (p.hasNonNull("id") ? p.get("id").asText() : "#" + passages.size());
            unknownKeys(p, PASSAGE_KEYS, where, problems);
            String id = string(p, "id", where, problems, true);
            String about = string(p, "about", where, problems, true);
            String text = string(p, "text", where, problems, true);
            string(p, "note", where, problems, false);
            List<Expected> claims = new ArrayList<>();
            if (!p.path("claims").isArray()) {
                problems.add(where + ": \"claims\" must be an array");
            }
            for (JsonNode c : p.path("claims")) {
                String cw = where + " claim " + claims.size();
                unknownKeys(c, CLAIM_KEYS, cw, problems);
                List<String> accept = new ArrayList<>();
                String label = string(c, "attribution", cw, problems, true);
                if (label != null) accept.add(label);
                for (String also : strings(c, "also", cw, problems)) {
                    if (!accept.contains(also)) accept.add(also);
                    else problems.add(cw + ": \"also\" repeats " + also);
                }
                claims.add(new Expected(string(c, "anchor", cw, problems, true), accept,
                        string(c, "source", cw, problems, false), string(c, "notSource", cw, problems, false),
                        string(c, "cue", cw, problems, false), string(c, "content", cw, problems, false),
                        strings(c, "flags", cw, problems),
                        string(c, "note", cw, problems, false)));
            }
            if (!p.path("notClaims").isArray()) {
                problems.add(where + ": \"notClaims\" must be an array (empty when there are none)");
            }
            List<String> notClaims = strings(p, "notClaims", where, problems);
            List<String> ignore = strings(p, "ignore", where, problems);
            if (id != null && text != null) {
                passages.add(new Passage(name, id, about, text, claims, notClaims, ignore));
            }
        }
        return new CorpusFile(path, name, phenomenon, passages, problems);
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String where, List<String> problems) {
        if (!node.isObject()) {
            problems.add(where + ": must be an object");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) problems.add(where + ": unknown key \"" + k + "\" (known: " + known + ")");
        }
    }

    private static String string(JsonNode node, String key, String where, List<String> problems, boolean required) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            if (required) problems.add(where + ": \"" + key + "\" is missing");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problems.add(where + ": \"" + key + "\" must be a non-blank string");
            return null;
        }
        return v.asText();
    }

    private static List<String> strings(JsonNode node, String key, String where, List<String> problems) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return List.of();
        List<String> out = new ArrayList<>();
        if (!v.isArray()) {
            problems.add(where + ": \"" + key + "\" must be an array of strings");
            return out;
        }
        for (JsonNode s : v) {
            if (s.isTextual() && !s.asText().isBlank()) out.add(s.asText());
            else problems.add(where + ": \"" + key + "\" holds a blank or non-string entry");
        }
        return out;
    }

    // ------------------------------------------------------------------ text helpers

    /** One character for one (so offsets hold): no-break space as space, curly quotes as straight (as score.py). */
    static String fold(String s) {
        if (s == null) return "";
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            switch (cs[i]) {
                case '\u00a0' -> cs[i] = ' ';
                case '\u2018', '\u2019' -> cs[i] = '\'';
                case '\u201c', '\u201d' -> cs[i] = '"';
                default -> { }
            }
        }
        return new String(cs);
    }

    static String norm(String s) {
        return fold(s).toLowerCase(Locale.ROOT);
    }

    static List<Range> occurrences(String text, String needle) {
        List<Range> out = new ArrayList<>();
        String t = fold(text), n = fold(needle);
        if (n.isEmpty()) return out;
        for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) out.add(new Range(i, i + n.length()));
        return out;
    }

    static boolean overlaps(int s1, int e1, int s2, int e2) {
        return s1 < e2 && s2 < e1;
    }

    static String clip(String s, int max) {
        String one = s.replace("\n", "\\n");
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    // ------------------------------------------------------------------ corpus validation

    @Test
    void corpusIsValid() {
        List<CorpusFile> files = corpus();
        List<String> problems = new ArrayList<>();
        if (files.isEmpty()) problems.add("no *.json files under " + DIR + "/");
        Map<String, String> ids = new HashMap<>();
        int passages = 0;
        for (CorpusFile f : files) {
            problems.addAll(f.problems());
            String stem = f.name().substring(0, f.name().length() - ".json".length());
            if (f.phenomenon() != null && !f.phenomenon().equals(stem)) {
                problems.add(f.name() + ": phenomenon \"" + f.phenomenon() + "\" should match the file name \"" + stem + "\"");
            }
            if (f.passages().size() < MIN_PER_FILE) {
                problems.add(f.name() + ": only " + f.passages().size() + " passages, want at least " + MIN_PER_FILE);
            }
            for (Passage p : f.passages()) {
                passages++;
                validate(p, ids, problems);
            }
        }
        if (passages < MIN_PASSAGES) problems.add("only " + passages + " passages, want at least " + MIN_PASSAGES);
        assertTrue(problems.isEmpty(), () -> problems.size() + " problem(s) in the regression corpus:\n  "
                + String.join("\n  ", problems));
    }

    private static void validate(Passage p, Map<String, String> ids, List<String> problems) {
        String where = p.file() + " " + p.id();
        String previous = ids.putIfAbsent(p.id(), p.file());
        if (previous != null) problems.add(where + ": id already used in " + previous);
        if (!p.id().matches("[a-z]+(-[a-z]+)*-\\d{2,}")) problems.add(where + ": id should look like \"anon-01\"");
        if (p.claims().isEmpty()) problems.add(where + ": no expected claims");
        String text = norm(p.text());
        List<Range> anchors = new ArrayList<>();
        for (Expected e : p.claims()) {
            String cw = where + " \"" + clip(String.valueOf(e.anchor()), 50) + "\"";
            if (e.anchor() != null) {
                List<Range> occ = occurrences(p.text(), e.anchor());
                if (occ.size() != 1) problems.add(cw + ": anchor found " + occ.size() + " times, want exactly once");
                else anchors.add(occ.get(0));
            }
            if (e.accept().isEmpty()) problems.add(cw + ": no attribution");
            for (String l : e.accept()) {
                if (!LABELS.contains(l)) problems.add(cw + ": unknown attribution " + l + " (known: " + LABELS + ")");
            }
            for (String fl : e.flags()) {
                if (!FLAGS.contains(fl)) problems.add(cw + ": unknown flag " + fl + " (known: " + FLAGS + ")");
            }
            if (e.source() != null && !text.contains(norm(e.source()))) {
                problems.add(cw + ": source \"" + e.source() + "\" is not in the passage");
            }
            if (e.notSource() != null && !text.contains(norm(e.notSource()))) {
                problems.add(cw + ": notSource \"" + e.notSource() + "\" is not in the passage");
            }
            if (e.cue() != null) {
                for (String part : cueParts(e.cue())) {
                    if (!text.contains(part)) problems.add(cw + ": cue part \"" + part + "\" is not in the passage");
                }
            }
            if (e.content() != null) {
                for (String part : cueParts(e.content())) {
                    if (!text.contains(part)) problems.add(cw + ": content part \"" + part + "\" is not in the passage");
                }
            }
            if ("UNATTRIBUTED".equals(e.label()) && e.source() != null) {
                problems.add(cw + ": an UNATTRIBUTED claim has no source to check");
            }
        }
        anchors.sort(Comparator.comparingInt(Range::start));
        for (int i = 1; i < anchors.size(); i++) {
            if (anchors.get(i - 1).end() > anchors.get(i).start()) {
                problems.add(where + ": anchors overlap, so one predicted claim cannot match both");
            }
        }
        for (String t : p.notClaims()) {
            List<Range> occ = occurrences(p.text(), t);
            if (occ.isEmpty()) problems.add(where + ": notClaims text not in the passage: \"" + t + "\"");
            for (Range r : occ) {
                for (Range a : anchors) {
                    if (overlaps(r.start(), r.end(), a.start(), a.end())) {
                        problems.add(where + ": notClaims text \"" + t + "\" overlaps an anchor");
                    }
                }
            }
        }
        for (String t : p.ignore()) {
            if (occurrences(p.text(), t).isEmpty()) problems.add(where + ": ignore text not in the passage: \"" + t + "\"");
        }
    }

    static List<String> cueParts(String cue) {
        return Arrays.stream(cue.split("\\.\\.\\.|…")).map(RegressionCorpusTest::norm).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    // ------------------------------------------------------------------ the engine

    private static Engine engine;
    private static Throwable engineFailure;

    static synchronized Engine engine() {
        if (engine == null && engineFailure == null) {
            try {
                engine = Engine.load("en");
            } catch (RuntimeException | Error e) {
                engineFailure = e;
            }
        }
        if (engineFailure != null) throw new AssertionError("Engine.load(\"en\") failed: " + engineFailure, engineFailure);
        return engine;
    }

    /** One analysed passage and how its predictions match its expectations (computed once, on first use). */
    static final class Outcome {
        final Passage passage;
        final Analysis analysis;
        final List<Claim> claims;
        final Map<Expected, Claim> right = new IdentityHashMap<>();
        final Map<Expected, Claim> wrong = new IdentityHashMap<>();
        final Set<Claim> used = Collections.newSetFromMap(new IdentityHashMap<>());

        Outcome(Passage passage, Analysis analysis) {
            this.passage = passage;
            this.analysis = analysis;
            this.claims = analysis.claims() == null ? List.of() : analysis.claims();
            match();
        }

        private Range anchor(Expected e) {
            List<Range> occ = occurrences(passage.text(), e.anchor());
            return occ.size() == 1 ? occ.get(0) : null;
        }

        private List<Claim> covering(Range a) {
            return claims.stream()
                    .filter(c -> !used.contains(c) && c.start() <= a.start() && c.end() >= a.end())
                    .sorted(Comparator.comparingInt(c -> c.end() - c.start()))
                    .toList();
        }

        private void match() {
            for (Expected e : passage.claims()) {
                Range a = anchor(e);
                if (a == null) continue;
                covering(a).stream()
                        .filter(c -> c.attribution() != null && e.accept().contains(c.attribution().name()))
                        .findFirst()
                        .ifPresent(c -> {
                            right.put(e, c);
                            used.add(c);
                        });
            }
            for (Expected e : passage.claims()) {
                Range a = anchor(e);
                if (a == null || right.containsKey(e)) continue;
                covering(a).stream().findFirst().ifPresent(c -> {
                    wrong.put(e, c);
                    used.add(c);
                });
            }
        }

        String spanText(Claim c) {
            String t = passage.text();
            if (c.start() >= 0 && c.end() <= t.length() && c.start() <= c.end()) return t.substring(c.start(), c.end());
            return c.text() == null ? "" : c.text();
        }

        Source entity(ClaimSource s) {
            if (s == null || s.id() == null || analysis.sources() == null) return null;
            return analysis.sources().stream().filter(x -> s.id().equals(x.id())).findFirst().orElse(null);
        }

        /** Everything the predicted source is known by, as score.py compares it: text, name, entry name, mentions. */
        String sourceHaystack(Claim c) {
            ClaimSource s = c.source();
            if (s == null) return "";
            List<String> said = new ArrayList<>();
            said.add(s.text());
            said.add(s.name());
            Source entry = entity(s);
            if (entry != null) {
                said.add(entry.name());
                String t = passage.text();
                for (Range m : entry.mentions() == null ? List.<Range>of() : entry.mentions()) {
                    if (m != null && m.end() <= t.length()) said.add(t.substring(m.start(), m.end()));
                }
            }
            return said.stream().filter(x -> x != null && !x.isBlank()).map(RegressionCorpusTest::norm)
                    .collect(Collectors.joining(" | "));
        }

        String describe(Claim c) {
            StringBuilder b = new StringBuilder();
            b.append(c.attribution()).append(" [").append(c.start()).append(',').append(c.end()).append(") \"")
                    .append(clip(spanText(c), 110)).append('"');
            ClaimSource s = c.source();
            if (s == null) {
                b.append(" source=none");
            } else {
                b.append(" source=\"").append(s.text()).append('"');
                if (s.name() != null) b.append(" name=\"").append(s.name()).append('"');
                if (s.kind() != null) b.append(' ').append(s.kind());
                Source entry = entity(s);
                if (entry != null) b.append(" entry=").append(entry.id()).append(" \"").append(entry.name()).append('"');
            }
            b.append(" cue=").append(c.cue() == null ? "none" : "\"" + c.cue().text() + "\"");
            b.append(" flags=").append(c.flags() == null ? "[]" : c.flags());
            b.append(" rules=").append(c.rules() == null ? "[]" : c.rules());
            return b.toString();
        }

        String all() {
            if (claims.isEmpty()) return "\n  predicted: no claims at all";
            return "\n  predicted:\n    " + claims.stream().map(this::describe).collect(Collectors.joining("\n    "));
        }
    }

    private static final Map<String, Outcome> OUTCOMES = new HashMap<>();
    private static final Map<String, Throwable> FAILURES = new HashMap<>();

    static synchronized Outcome outcome(Passage p) {
        String key = p.file() + "/" + p.id();
        Outcome o = OUTCOMES.get(key);
        if (o != null) return o;
        Throwable failed = FAILURES.get(key);
        if (failed == null) {
            Engine e = engine();
            try {
                o = new Outcome(p, e.analyze(p.text()));
                OUTCOMES.put(key, o);
                return o;
            } catch (RuntimeException | Error x) {
                failed = x;
                FAILURES.put(key, x);
            }
        }
        throw new AssertionError("[" + p.id() + "] engine.analyze threw " + failed + "\n  text: " + clip(p.text(), 200), failed);
    }

    // ------------------------------------------------------------------ the regression tests

    @TestFactory
    Stream<DynamicNode> regression() {
        return corpus().stream().<DynamicNode>map(f -> {
            if (!f.problems().isEmpty() && f.passages().isEmpty()) {
                return DynamicTest.dynamicTest(f.name() + " is readable",
                        () -> fail(String.join("\n", f.problems())));
            }
            String name = (f.phenomenon() == null ? f.name() : f.phenomenon()) + " (" + f.passages().size() + " passages)";
            return DynamicContainer.dynamicContainer(name, f.passages().stream().map(p ->
                    DynamicContainer.dynamicContainer(p.id() + ": " + p.about(), passageTests(p))));
        });
    }

    private static Stream<DynamicNode> passageTests(Passage p) {
        List<DynamicNode> tests = new ArrayList<>();
        for (Expected e : p.claims()) {
            String name = p.id() + ": " + e.label() + " \"" + clip(String.valueOf(e.anchor()), 45) + "\"";
            tests.add(DynamicTest.dynamicTest(name, () -> checkClaim(outcome(p), e)));
        }
        if (!p.notClaims().isEmpty()) {
            tests.add(DynamicTest.dynamicTest(p.id() + ": no claim on " + p.notClaims().size() + " non-claim text(s)",
                    () -> checkNotClaims(outcome(p))));
        }
        tests.add(DynamicTest.dynamicTest(p.id() + ": no extra attributed claim", () -> checkNoExtras(outcome(p))));
        return tests.stream();
    }

    static void checkClaim(Outcome o, Expected e) {
        Passage p = o.passage;
        String head = "[" + p.id() + "] expected " + e.describe();
        Claim c = o.right.get(e);
        if (c == null) {
            Claim w = o.wrong.get(e);
            if (w != null) {
                fail(head + "\n  got the wrong label: " + o.describe(w) + o.all());
            }
            fail(head + "\n  no predicted claim covers the anchor" + o.all());
        }
        List<String> problems = new ArrayList<>();
        if (e.source() != null) {
            String hay = o.sourceHaystack(c);
            if (!hay.contains(norm(e.source()))) {
                problems.add("source does not contain \"" + e.source() + "\" (known as: " + (hay.isEmpty() ? "nothing" : hay) + ")");
            }
        }
        if (e.notSource() != null) {
            String hay = o.sourceHaystack(c);
            if (hay.contains(norm(e.notSource()))) {
                problems.add("source must not be \"" + e.notSource() + "\" (known as: " + hay + ")");
            }
        }
        if (e.cue() != null) {
            String cue = c.cue() == null ? null : norm(c.cue().text());
            if (cue == null) problems.add("no cue, want one containing \"" + e.cue() + "\"");
            else {
                for (String part : cueParts(e.cue())) {
                    if (!cue.contains(part)) problems.add("cue \"" + c.cue().text() + "\" does not contain \"" + part + "\"");
                }
            }
        }
        if (e.content() != null) {
            String content = norm(o.passage.text().substring(c.content().start(), c.content().end()));
            for (String part : cueParts(e.content())) {
                if (!content.contains(part)) problems.add("content \"" + content + "\" does not contain \"" + part + "\"");
            }
        }
        if (!e.flags().isEmpty()) {
            Set<String> have = c.flags() == null ? Set.of()
                    : c.flags().stream().map(Enum::name).collect(Collectors.toSet());
            List<String> missing = e.flags().stream().filter(fl -> !have.contains(fl)).toList();
            if (!missing.isEmpty()) problems.add("flags " + missing + " missing");
        }
        if (!problems.isEmpty()) {
            fail(head + "\n  matched: " + o.describe(c) + "\n  but " + String.join("; ", problems) + o.all());
        }
    }

    static void checkNotClaims(Outcome o) {
        Passage p = o.passage;
        List<String> hits = new ArrayList<>();
        for (String t : p.notClaims()) {
            for (Range r : occurrences(p.text(), t)) {
                for (Claim c : o.claims) {
                    if (overlaps(c.start(), c.end(), r.start(), r.end())) {
                        hits.add("\"" + clip(t, 60) + "\" is covered by " + o.describe(c));
                    }
                }
            }
        }
        if (!hits.isEmpty()) {
            fail("[" + p.id() + "] page furniture predicted as a claim:\n  " + String.join("\n  ", hits) + o.all());
        }
    }

    static void checkNoExtras(Outcome o) {
        Passage p = o.passage;
        List<Range> quiet = new ArrayList<>();
        for (String t : p.ignore()) quiet.addAll(occurrences(p.text(), t));
        for (String t : p.notClaims()) quiet.addAll(occurrences(p.text(), t)); // reported by the notClaims test
        List<String> extras = o.claims.stream()
                .filter(c -> !o.used.contains(c))
                .filter(c -> c.attribution() != null && c.attribution().attributed())
                .filter(c -> quiet.stream().noneMatch(r -> overlaps(c.start(), c.end(), r.start(), r.end())))
                .map(o::describe)
                .toList();
        if (!extras.isEmpty()) {
            String expected = p.claims().stream().map(Expected::describe).collect(Collectors.joining("\n    "));
            fail("[" + p.id() + "] attributed claim(s) that match no expected claim:\n  " + String.join("\n  ", extras)
                    + "\n  expected:\n    " + expected + o.all());
        }
    }

    // ------------------------------------------------------------------ the runner checks itself

    /** The answer the corpus asks for: one claim exactly on each anchor, with the expected label, source, cue, flags. */
    static Analysis perfect(Passage p) {
        List<Claim> claims = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (Expected e : p.claims()) {
            Range a = occurrences(p.text(), e.anchor()).get(0);
            String id = "c" + (claims.size() + 1);
            ClaimSource src = null;
            if (e.source() != null) {
                String sid = "s" + (sources.size() + 1);
                sources.add(new Source(sid, e.source(), SourceKind.PERSON, List.of(), List.of(id)));
                src = new ClaimSource(sid, e.source(), 0, 0, e.source(), SourceKind.PERSON);
            }
            Cue cue = e.cue() == null ? null : new Cue(String.join(" ", cueParts(e.cue())), 0, 0);
            List<Flag> flags = e.flags().stream().map(Flag::valueOf).toList();
            Range content = a;
            if (e.content() != null) {
                List<String> parts = cueParts(e.content());
                String lower = norm(p.text()); // norm keeps lengths: offsets found in it are the text's
                int first = lower.indexOf(parts.get(0));
                String last = parts.get(parts.size() - 1);
                content = new Range(first, lower.indexOf(last, first) + last.length());
            }
            claims.add(new Claim(id, a.start(), a.end(), p.text().substring(a.start(), a.end()),
                    Attribution.valueOf(e.label()), 0.5, src, cue, content, QuoteKind.NONE, flags, List.of("self-test")));
        }
        claims.sort(Comparator.comparingInt(Claim::start));
        return analysis(claims, sources);
    }

    static Analysis analysis(List<Claim> claims, List<Source> sources) {
        Map<Attribution, Integer> counts = new EnumMap<>(Attribution.class);
        for (Attribution l : Attribution.values()) counts.put(l, 0);
        claims.forEach(c -> counts.merge(c.attribution(), 1, Integer::sum));
        return new Analysis(new RuleSetRef("self-test", "0"), claims, sources,
                new Summary(claims.size(), counts, 0, false, List.of()));
    }

    /** The perfect answer for {@code p} with the claim on {@code e}'s anchor replaced (or, with null, removed). */
    static Outcome changed(Passage p, Expected e, Function<Claim, Claim> change) {
        Analysis good = perfect(p);
        int at = occurrences(p.text(), e.anchor()).get(0).start();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : good.claims()) {
            Claim x = c.start() == at ? change.apply(c) : c;
            if (x != null) claims.add(x);
        }
        claims.sort(Comparator.comparingInt(Claim::start));
        return new Outcome(p, analysis(claims, good.sources()));
    }

    static Claim copy(Claim c, int start, Attribution label, ClaimSource source, Cue cue, List<Flag> flags) {
        return new Claim(c.id(), start, c.end(), c.text(), label, c.strength(), source, cue, c.content(), c.quote(),
                flags, c.rules());
    }

    static boolean fails(Runnable check) {
        try {
            check.run();
            return false;
        } catch (AssertionError expected) {
            return true;
        }
    }

    @Test
    void runnerPassesTheCorpusOwnAnswerAndCatchesWrongOnes() {
        List<Passage> all = corpus().stream().flatMap(f -> f.passages().stream()).toList();
        List<String> problems = new ArrayList<>();
        for (Passage p : all) {
            Outcome o = new Outcome(p, perfect(p));
            List<Runnable> checks = new ArrayList<>();
            p.claims().forEach(e -> checks.add(() -> checkClaim(o, e)));
            checks.add(() -> checkNotClaims(o));
            checks.add(() -> checkNoExtras(o));
            for (Runnable r : checks) {
                try {
                    r.run();
                } catch (AssertionError x) {
                    problems.add(x.getMessage());
                }
            }
        }
        assertTrue(problems.isEmpty(), () -> "the runner rejects the corpus's own answer:\n" + String.join("\n", problems));

        Passage p = all.stream().filter(x -> x.claims().stream().anyMatch(e -> e.source() != null && e.cue() != null
                && !e.flags().isEmpty() && !e.accept().contains("UNATTRIBUTED"))).findFirst().orElseThrow();
        Expected e = p.claims().stream().filter(x -> x.source() != null && x.cue() != null && !x.flags().isEmpty())
                .findFirst().orElseThrow();
        ClaimSource stranger = new ClaimSource(null, "somebody else", 0, 0, "somebody else", SourceKind.PERSON);
        assertTrue(fails(() -> checkClaim(changed(p, e, c -> copy(c, c.start(), Attribution.UNATTRIBUTED, c.source(),
                c.cue(), c.flags())), e)), "a wrong label passed");
        assertTrue(fails(() -> checkClaim(changed(p, e, c -> copy(c, c.start(), c.attribution(), stranger, c.cue(),
                c.flags())), e)), "a wrong source passed");
        assertTrue(fails(() -> checkClaim(changed(p, e, c -> copy(c, c.start(), c.attribution(), c.source(),
                new Cue("whispered", 0, 0), c.flags())), e)), "a wrong cue passed");
        assertTrue(fails(() -> checkClaim(changed(p, e, c -> copy(c, c.start(), c.attribution(), c.source(), c.cue(),
                List.of())), e)), "missing flags passed");
        assertTrue(fails(() -> checkClaim(changed(p, e, c -> copy(c, c.start() + 1, c.attribution(), c.source(),
                c.cue(), c.flags())), e)), "a span that does not cover the anchor passed");
        assertTrue(fails(() -> checkClaim(changed(p, e, c -> null), e)), "a missed claim passed");
        Passage withContent = all.stream().filter(x -> x.claims().stream().anyMatch(y -> y.content() != null))
                .findFirst().orElseThrow();
        Expected ec = withContent.claims().stream().filter(y -> y.content() != null).findFirst().orElseThrow();
        assertTrue(fails(() -> checkClaim(changed(withContent, ec, c -> new Claim(c.id(), c.start(), c.end(), c.text(),
                c.attribution(), c.strength(), c.source(), c.cue(), new Range(c.start(), c.start() + 1), c.quote(),
                c.flags(), c.rules())), ec)), "a wrong content passed");

        Analysis good = perfect(p);
        List<Claim> extra = new ArrayList<>(good.claims());
        Claim first = extra.get(0);
        extra.add(copy(first, first.start(), Attribution.ANONYMOUS, null, null, List.of()));
        assertTrue(fails(() -> checkNoExtras(new Outcome(p, analysis(extra, good.sources())))),
                "an extra attributed claim passed");

        Passage furniture = all.stream().filter(x -> !x.notClaims().isEmpty()).findFirst().orElseThrow();
        Range r = occurrences(furniture.text(), furniture.notClaims().get(0)).get(0);
        Analysis base = perfect(furniture);
        List<Claim> onFurniture = new ArrayList<>(base.claims());
        onFurniture.add(new Claim("x", r.start(), r.end(), "", Attribution.UNATTRIBUTED, 0.1, null, null, r,
                QuoteKind.NONE, List.of(), List.of()));
        assertTrue(fails(() -> checkNotClaims(new Outcome(furniture, analysis(onFurniture, base.sources())))),
                "a claim on page furniture passed");

        Passage near = all.stream().filter(x -> x.claims().stream().anyMatch(c -> c.notSource() != null))
                .findFirst().orElseThrow();
        Expected ns = near.claims().stream().filter(c -> c.notSource() != null).findFirst().orElseThrow();
        ClaimSource both = new ClaimSource(null, "She", 0, 0, ns.source() + " or " + ns.notSource(), SourceKind.PERSON);
        assertTrue(fails(() -> checkClaim(changed(near, ns, c -> copy(c, c.start(), c.attribution(), both, c.cue(),
                c.flags())), ns)), "a pronoun resolved to the person only talked about passed");
    }
}
