package io.sayswho.bulk.spark;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The job in local[2] on PolNeAR dev (84 texts, read from ../shared where it lies; skipped where it is absent): every
 * text's claims equal the engine's (the service's) answer, label, source, cue and offsets; the aggregate by
 * publisher adds up to the articles; the engine was loaded once in this JVM, not per row or partition.
 */
@EnabledIf("polnearPresent")
class PolnearDevJobTest {
    private static final Engine ENGINE = Engine.load("en");
    @TempDir
    static Path dir;
    private static Map<String, Analysis> expected;
    private static Dataset<Row> articles;
    private static Dataset<Row> claims;
    private static Dataset<Row> aggregate;

    static boolean polnearPresent() {
        return LocalSpark.polnear() != null;
    }

    @BeforeAll
    static void runTheJob() {
        SparkSession spark = LocalSpark.session();
        List<Row> rows = PolnearInput.rows(LocalSpark.polnear(), Set.of("dev"));
        expected = new HashMap<>();
        for (Row row : rows) expected.put(row.getString(0), ENGINE.analyze(row.getString(5)));
        // Through a JSON Lines file, as a user's job would read it; several partitions so two task threads share it.
        String input = dir.resolve("dev.jsonl").toString();
        spark.createDataFrame(rows, PolnearInput.SCHEMA).repartition(6).write().json(input);
        String out = dir.resolve("out").toString();
        ScoreArticlesJob.Options options = ScoreArticlesJob.Options.parse(new String[]{
                "--input", input, "--output", out, "--group-by", "publisher"});
        ScoreArticlesJob.Result result = ScoreArticlesJob.run(spark.read().json(input), options);
        assertEquals(84, result.articles());
        articles = spark.read().parquet(out + "/articles");
        claims = spark.read().parquet(out + "/claims");
        aggregate = spark.read().parquet(out + "/aggregate");
    }

    @Test
    void everyTextsClaimsAreTheEnginesClaims() {
        Map<String, List<String>> fromJob = new TreeMap<>();
        for (Row r : claims.orderBy("id", "start").collectAsList()) {
            fromJob.computeIfAbsent(r.getAs("id"), k -> new ArrayList<>()).add(String.join(" | ",
                    r.getAs("claim_id"), "" + r.getAs("start"), "" + r.getAs("end"), r.getAs("attribution"),
                    r.getAs("source_text"), "" + r.getAs("source_start"), "" + r.getAs("source_end"),
                    r.getAs("cue_text"), "" + r.getAs("cue_start"), "" + r.getAs("cue_end"), r.getAs("text")));
        }
        Map<String, List<String>> fromEngine = new TreeMap<>();
        expected.forEach((id, analysis) -> {
            if (!analysis.claims().isEmpty()) {
                fromEngine.put(id, analysis.claims().stream().map(PolnearDevJobTest::describe).toList());
            }
        });
        assertEquals(fromEngine.keySet(), fromJob.keySet());
        fromEngine.forEach((id, want) -> assertEquals(want, fromJob.get(id), id));
    }

    @Test
    void theArticleTableCarriesEachSummaryAndTheInputColumns() {
        List<Row> rows = articles.collectAsList();
        assertEquals(expected.size(), rows.size());
        for (Row r : rows) {
            Analysis want = expected.get(r.<String>getAs("id"));
            assertEquals(want.summary().claims(), r.<Integer>getAs("claim_count"));
            assertEquals(want.summary().score(), r.<Integer>getAs("score"));
            for (Attribution label : Attribution.values()) {
                assertEquals(want.summary().counts().get(label), r.<Integer>getAs(ScoredSchema.countColumn(label)));
            }
            assertEquals("dev", r.getAs("compartment"));
        }
        assertEquals(List.of(), List.of(articles.columns()).stream().filter("text"::equals).toList(),
                "the text column is not copied into the tables");
    }

    @Test
    void theAggregateAddsUpToTheArticles() {
        List<Row> groups = aggregate.collectAsList();
        assertEquals(7, groups.size(), "seven publishers");
        long articlesSeen = 0;
        Map<Attribution, Long> byLabel = new TreeMap<>();
        for (Row g : groups) {
            articlesSeen += g.<Long>getAs("articles");
            long claimsInGroup = g.<Long>getAs("claims");
            long labels = 0;
            for (Attribution label : Attribution.values()) {
                long n = g.<Long>getAs(ScoredSchema.countColumn(label));
                byLabel.merge(label, n, Long::sum);
                labels += n;
            }
            assertEquals(claimsInGroup, labels, "claims of " + g.getAs("publisher") + " are the sum of its labels");
            double share = (double) g.<Long>getAs("anonymous") / claimsInGroup;
            assertEquals(share, g.<Double>getAs("share_anonymous"), 1e-4);
        }
        assertEquals(expected.size(), articlesSeen);
        for (Attribution label : Attribution.values()) {
            long engineTotal = expected.values().stream().mapToLong(a -> a.summary().counts().get(label)).sum();
            assertEquals(engineTotal, byLabel.get(label), label + " over all publishers");
        }
    }

    @Test
    void theEngineIsLoadedOncePerExecutorJvm() {
        assertEquals(1, EngineHolder.loads(), "local mode has one executor JVM, whatever the partitions");
    }

    private static String describe(Claim c) {
        return String.join(" | ", c.id(), "" + c.start(), "" + c.end(), c.attribution().name(),
                c.source() == null ? null : c.source().text(), "" + (c.source() == null ? null : c.source().start()),
                "" + (c.source() == null ? null : c.source().end()), c.cue() == null ? null : c.cue().text(),
                "" + (c.cue() == null ? null : c.cue().start()), "" + (c.cue() == null ? null : c.cue().end()),
                Objects.toString(c.text()));
    }
}
