package io.sayswho.engine;

import io.sayswho.engine.GoldScoring.Article;
import io.sayswho.engine.GoldScoring.GoldClaim;
import io.sayswho.engine.GoldScoring.Prediction;
import io.sayswho.engine.GoldScoring.Result;
import io.sayswho.engine.GoldScoring.Row;
import io.sayswho.engine.model.Analysis;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The two hand-annotated articles (src/test/resources/gold, copies of /work/shared/gold with their articles), claim
 * by claim, matched as eval/score.py matches them (see {@link GoldScoring}): each gold claim needs a predicted claim
 * covering its anchor with an accepted label and, where gold names a source, a source containing it; each predicted
 * claim serves one gold claim only. A failure names the anchor, what was expected and every claim covering it, so
 * the rule to look at is in the report.
 */
class GoldArticlesTest {
    private static final Engine ENGINE = Engine.load("en");

    @TestFactory
    List<DynamicNode> goldArticles() throws URISyntaxException {
        URL dir = GoldArticlesTest.class.getClassLoader().getResource("gold");
        assertNotNull(dir, "gold/ is missing from the test class path");
        List<Path> files = GoldScoring.goldFiles(Path.of(dir.toURI()));
        // the two articles of the issue; a lost file must not pass as "no claims to check"
        assertEquals(2, files.size(), "gold files: " + files);
        List<DynamicNode> out = new ArrayList<>();
        for (Path file : files) {
            Article article = GoldScoring.read(file);
            Analysis analysis = ENGINE.analyze(article.text());
            Result result = GoldScoring.score(article, analysis);
            List<DynamicNode> tests = new ArrayList<>();
            for (GoldClaim g : article.claims()) {
                tests.add(DynamicTest.dynamicTest(g.attribution() + ": " + g.anchor(),
                        () -> checkClaim(result, g)));
            }
            tests.add(DynamicTest.dynamicTest("no claim on a notClaims text", () -> checkNotClaims(result)));
            out.add(DynamicContainer.dynamicContainer(article.name(), tests));
        }
        return out;
    }

    private static void checkClaim(Result result, GoldClaim g) {
        Row row = result.row(g);
        switch (row.status()) {
            case OK -> {
            }
            case SOURCE_WRONG -> fail(report(result, g, "the matched claim's source does not contain \""
                    + g.source() + "\": " + row.prediction().describe()));
            case WRONG_LABEL -> fail(report(result, g, "covered only with a wrong label: "
                    + row.prediction().label));
            case MISSED -> fail(report(result, g, "no claim covers it"));
        }
    }

    private static String report(Result result, GoldClaim g, String problem) {
        List<Prediction> covering = result.predictions().stream().filter(p -> p.covers(g)).toList();
        String claims = covering.isEmpty() ? "  (none)"
                : covering.stream().map(p -> "  " + p.describe() + (p == result.row(g).prediction() ? "" : taken(result, p)))
                .collect(Collectors.joining("\n"));
        return result.article().name() + ": anchor \"" + g.anchor() + "\" [" + g.start() + "," + g.end() + ")\n"
                + "expected " + g.expected() + "\n" + problem + "\nclaims covering the anchor:\n" + claims;
    }

    /** Says which gold claim took a covering claim, so a one-claim-for-two-anchors failure is plain. */
    private static String taken(Result result, Prediction p) {
        return result.rows().stream().filter(r -> r.prediction() == p).findFirst()
                .map(r -> " (matched to gold anchor \"" + r.gold().anchor() + "\")").orElse("");
    }

    private static void checkNotClaims(Result result) {
        Article article = result.article();
        List<String> hits = new ArrayList<>();
        for (Prediction p : result.predictions()) {
            for (String t : article.notClaims()) {
                for (int[] s : GoldScoring.occurrences(article.text(), t)) {
                    if (GoldScoring.overlaps(p.start, p.end, s[0], s[1])) {
                        hits.add("\"" + t + "\" overlapped by " + p.describe());
                    }
                }
            }
        }
        assertTrue(hits.isEmpty(), article.name() + ": claims on notClaims texts:\n  " + String.join("\n  ", hits));
    }
}
