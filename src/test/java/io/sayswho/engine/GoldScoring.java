package io.sayswho.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.Source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Java port of {@code /work/shared/eval/score.py} (the project's accuracy yardstick), so that the gold articles
 * and the dev set can be checked by {@code mvn test} with the same matching the script uses: a predicted claim
 * matches a gold claim when its [start, end) covers the anchor; pass 1 gives each gold claim the tightest unused
 * covering claim with an accepted label, pass 2 the tightest unused covering claim of any label (a wrong label);
 * what is left counts against the engine when it overlaps a notClaims text, or when it is attributed and no
 * matched claim of the same label and source lies within 300 characters (the 'twin' rule). Keep it in step with
 * score.py: SharedDevSetTest is checked against the script's own figures.
 */
final class GoldScoring {
    static final List<Attribution> LABELS = List.of(Attribution.values());

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldScoring() {
    }

    record GoldClaim(String anchor, Attribution attribution, List<Attribution> accept, String source, int start,
                     int end) {
        String expected() {
            String labels = accept.stream().map(Enum::name).collect(Collectors.joining(" or "));
            return labels + (source == null ? "" : " with a source containing \"" + source + "\"");
        }
    }

    record Article(String name, String text, List<GoldClaim> claims, List<String> notClaims,
                   List<int[]> ignoreSpans, List<int[]> notClaimSpans) {
    }

    /** A predicted claim as score.py sees it: its span, its label and every text its source goes by. */
    static final class Prediction {
        final Claim claim;
        final int start;
        final int end;
        final Attribution label;
        /** Folded, lower-cased, " | "-joined: source text, name, and the name and mention texts of its entry. */
        final String source;
        boolean used;

        Prediction(Claim claim, String source) {
            this.claim = claim;
            this.start = claim.start();
            this.end = claim.end();
            this.label = claim.attribution();
            this.source = source;
        }

        int width() {
            return end - start;
        }

        boolean covers(GoldClaim g) {
            return start <= g.start() && end >= g.end();
        }

        String describe() {
            ClaimSource s = claim.source();
            return label + " [" + start + "," + end + ") \"" + claim.text() + "\" source="
                    + (s == null ? "none" : "\"" + s.text() + "\"" + (s.name() == null ? "" : " (" + s.name() + ")"))
                    + " all-source-texts=\"" + source + "\" rules=" + claim.rules();
        }
    }

    enum Status { OK, SOURCE_WRONG, WRONG_LABEL, MISSED }

    record Row(GoldClaim gold, Prediction prediction, Status status) {
    }

    record Result(Article article, List<Prediction> predictions, List<Row> rows, List<Prediction> boilerplate,
                  List<Prediction> extras, Map<Attribution, Integer> tp, Map<Attribution, Integer> fp,
                  Map<Attribution, Integer> fn) {
        int right() {
            return tp.values().stream().mapToInt(Integer::intValue).sum();
        }

        int falses() {
            return fp.values().stream().mapToInt(Integer::intValue).sum();
        }

        Row row(GoldClaim g) {
            return rows.stream().filter(r -> r.gold() == g).findFirst().orElseThrow();
        }
    }

    // ------------------------------------------------------------------ reading gold

    /** One character for one, so offsets found in the folded text hold in the original. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(switch (c) {
                case '\u00a0' -> ' ';
                case '\u2019', '\u2018' -> '\'';
                case '\u201c', '\u201d' -> '"';
                default -> c;
            });
        }
        return b.toString();
    }

    static String norm(String s) {
        // score.py lower-cases with Python's str.lower(); ROOT locale is the nearest Java equivalent
        return fold(s).toLowerCase(Locale.ROOT);
    }

    static List<int[]> occurrences(String text, String needle) {
        String t = fold(text);
        String n = fold(needle);
        List<int[]> out = new ArrayList<>();
        for (int i = t.indexOf(n); i >= 0; i = t.indexOf(n, i + 1)) {
            out.add(new int[] {i, i + n.length()});
        }
        return out;
    }

    /** Reads a gold file; its article is named relative to the folder above the gold file's folder, as in score.py. */
    static Article read(Path goldFile) {
        try {
            JsonNode gold = JSON.readTree(goldFile.toFile());
            Path root = goldFile.toAbsolutePath().getParent().getParent();
            String text = Files.readString(root.resolve(gold.path("article").asText()), StandardCharsets.UTF_8);
            List<GoldClaim> claims = new ArrayList<>();
            for (JsonNode c : gold.path("claims")) {
                String anchor = c.path("anchor").asText();
                List<int[]> occ = occurrences(text, anchor);
                if (occ.size() != 1) {
                    throw new IllegalStateException(goldFile + ": anchor found " + occ.size() + " times: " + anchor);
                }
                Attribution label = Attribution.valueOf(c.path("attribution").asText());
                List<Attribution> accept = new ArrayList<>(List.of(label));
                c.path("also").forEach(a -> accept.add(Attribution.valueOf(a.asText())));
                String source = c.hasNonNull("source") && !c.path("source").asText().isEmpty()
                        ? c.path("source").asText() : null;
                claims.add(new GoldClaim(anchor, label, List.copyOf(accept), source, occ.get(0)[0], occ.get(0)[1]));
            }
            List<String> notClaims = strings(gold.path("notClaims"));
            return new Article(goldFile.getFileName().toString(), text, List.copyOf(claims), notClaims,
                    spans(text, strings(gold.path("ignore"))), spans(text, notClaims));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> goldFiles(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static List<int[]> spans(String text, List<String> needles) {
        return needles.stream().flatMap(t -> occurrences(text, t).stream()).toList();
    }

    static boolean overlaps(int aStart, int aEnd, int bStart, int bEnd) {
        return aStart < bEnd && bStart < aEnd;
    }

    // ------------------------------------------------------------------ scoring

    /** The predicted claims outside the article's ignored texts, each with the texts its source goes by. */
    static List<Prediction> predictions(Article article, Analysis analysis) {
        List<Prediction> out = new ArrayList<>();
        for (Claim c : analysis.claims()) {
            if (article.ignoreSpans().stream().anyMatch(s -> overlaps(c.start(), c.end(), s[0], s[1]))) {
                continue;
            }
            out.add(new Prediction(c, sourceTexts(article.text(), analysis, c.source())));
        }
        return out;
    }

    private static String sourceTexts(String text, Analysis analysis, ClaimSource s) {
        if (s == null) {
            return "";
        }
        List<String> said = new ArrayList<>(Arrays.asList(s.text(), s.name()));
        for (Source entry : analysis.sources()) {
            if (Objects.equals(entry.id(), s.id())) {
                said.add(entry.name());
                for (Range m : entry.mentions()) {
                    if (m.end() <= text.length()) {
                        said.add(text.substring(m.start(), m.end()));
                    }
                }
            }
        }
        return norm(said.stream().filter(t -> t != null && !t.isEmpty()).collect(Collectors.joining(" | ")));
    }

    static Result score(Article article, Analysis analysis) {
        List<Prediction> preds = predictions(article, analysis);
        Map<Attribution, Integer> tp = counts();
        Map<Attribution, Integer> fp = counts();
        Map<Attribution, Integer> fn = counts();
        Map<GoldClaim, Prediction> match = new java.util.IdentityHashMap<>();
        // pass 1: a right label, tightest span first, gold claims in file order
        for (GoldClaim g : article.claims()) {
            preds.stream().filter(p -> !p.used && p.covers(g) && g.accept().contains(p.label))
                    .min(Comparator.comparingInt(Prediction::width))
                    .ifPresent(p -> {
                        p.used = true;
                        match.put(g, p);
                    });
        }
        List<Row> rows = new ArrayList<>();
        for (GoldClaim g : article.claims()) {
            Prediction p = match.get(g);
            if (p != null) {
                tp.merge(p.label, 1, Integer::sum);
                boolean sourceOk = g.source() == null || p.source.contains(norm(g.source()));
                rows.add(new Row(g, p, sourceOk ? Status.OK : Status.SOURCE_WRONG));
                continue;
            }
            // pass 2: what covers the rest, for the confusion
            fn.merge(g.attribution(), 1, Integer::sum);
            Prediction other = preds.stream().filter(q -> !q.used && q.covers(g))
                    .min(Comparator.comparingInt(Prediction::width)).orElse(null);
            if (other != null) {
                other.used = true;
                fp.merge(other.label, 1, Integer::sum);
                rows.add(new Row(g, other, Status.WRONG_LABEL));
            } else {
                rows.add(new Row(g, null, Status.MISSED));
            }
        }
        List<Prediction> matched = rows.stream().map(Row::prediction).filter(Objects::nonNull).toList();
        List<Prediction> boilerplate = new ArrayList<>();
        List<Prediction> extras = new ArrayList<>();
        for (Prediction p : preds) {
            if (p.used) {
                continue;
            }
            if (article.notClaimSpans().stream().anyMatch(s -> overlaps(p.start, p.end, s[0], s[1]))) {
                boilerplate.add(p);
                fp.merge(p.label, 1, Integer::sum);
            } else if (p.label.attributed()) {
                boolean twin = matched.stream().anyMatch(m -> m.label == p.label && !m.source.isEmpty()
                        && m.source.equals(p.source)
                        && (overlaps(m.start, m.end, p.start, p.end) || Math.abs(m.end - p.start) < 300
                            || Math.abs(p.end - m.start) < 300));
                if (!twin) {
                    extras.add(p);
                    fp.merge(p.label, 1, Integer::sum);
                }
            }
        }
        return new Result(article, preds, List.copyOf(rows), List.copyOf(boilerplate), List.copyOf(extras), tp, fp,
                fn);
    }

    private static Map<Attribution, Integer> counts() {
        Map<Attribution, Integer> m = new EnumMap<>(Attribution.class);
        LABELS.forEach(l -> m.put(l, 0));
        return m;
    }

    /** Precision, recall and F1 as score.py computes them (0 where undefined). */
    static double[] f1(int tp, int fp, int fn) {
        double p = tp + fp > 0 ? (double) tp / (tp + fp) : 0.0;
        double r = tp + fn > 0 ? (double) tp / (tp + fn) : 0.0;
        return new double[] {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
    }
}
