package io.sayswho.bulk.spark;

import io.sayswho.engine.Engine;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parquet in, columns named by the user, rows the service would refuse (no text, blank, over its limit) kept in the
 * article table with the reason and no claims, an aggregate over two columns. Needs no shared data.
 */
class ParquetInputJobTest {
    private static final StructType SCHEMA = new StructType()
            .add("doc", DataTypes.LongType).add("body", DataTypes.StringType)
            .add("outlet", DataTypes.StringType).add("year", DataTypes.IntegerType);

    @Test
    void parquetWithOtherColumnNamesAndRefusedRows(@TempDir Path dir) {
        SparkSession spark = LocalSpark.session();
        Engine engine = Engine.load("en");
        List<Row> rows = new ArrayList<>();
        String[] texts = {
                "\"We will appeal,\" said Ana Ruiz, the club's lawyer. Officials said the fine was final.",
                "Sources familiar with the talks said a deal was close. The company declined to comment.",
                "According to court filings, the firm owed $2 million. It rained all week."};
        for (long n = 0; n < 30; n++) {
            rows.add(RowFactory.create(n, texts[(int) (n % 3)], n % 2 == 0 ? "A" : "B", 2015 + (int) (n % 2)));
        }
        rows.add(RowFactory.create(100L, null, "A", 2015));
        rows.add(RowFactory.create(101L, "  \n ", "B", 2016));
        rows.add(RowFactory.create(102L, "x".repeat(ScoreArticles.MAX_CHARS + 1), "B", 2016));
        String input = dir.resolve("in.parquet").toString();
        spark.createDataFrame(rows, SCHEMA).repartition(3).write().parquet(input);
        String out = dir.resolve("out").toString();

        ScoreArticlesJob.Options options = ScoreArticlesJob.Options.parse(new String[]{"--input", input,
                "--output", out, "--id", "doc", "--text", "body", "--group-by", "outlet, year"});
        assertEquals("parquet", options.format(), "told from the input's name");
        ScoreArticlesJob.run(spark.read().parquet(input), options);

        Dataset<Row> articles = spark.read().parquet(out + "/articles");
        assertEquals(33, articles.count());
        Map<Long, Row> byDoc = new TreeMap<>();
        articles.collectAsList().forEach(r -> byDoc.put(r.getAs("doc"), r));
        for (long n = 0; n < 30; n++) {
            Row r = byDoc.get(n);
            assertNull(r.getAs(ScoredSchema.SKIPPED));
            assertEquals(engine.analyze(texts[(int) (n % 3)]).summary().claims(), r.<Integer>getAs("claim_count"));
        }
        assertTrue(byDoc.get(100L).<String>getAs(ScoredSchema.SKIPPED).startsWith("empty"));
        assertTrue(byDoc.get(101L).<String>getAs(ScoredSchema.SKIPPED).startsWith("empty"));
        assertTrue(byDoc.get(102L).<String>getAs(ScoredSchema.SKIPPED).contains("over the service's limit"));
        assertNull(byDoc.get(102L).getAs("claim_count"));

        long claimRows = spark.read().parquet(out + "/claims").count();
        long expectedClaims = 0;
        for (long n = 0; n < 30; n++) expectedClaims += engine.analyze(texts[(int) (n % 3)]).claims().size();
        assertEquals(expectedClaims, claimRows);

        List<Row> groups = spark.read().parquet(out + "/aggregate").orderBy("outlet", "year").collectAsList();
        assertEquals(2, groups.size(), "A/2015 and B/2016: the group-by columns go together");
        assertEquals(expectedClaims, groups.stream().mapToLong(g -> g.<Long>getAs("claims")).sum());
        assertEquals(3, groups.stream().mapToLong(g -> g.<Long>getAs("skipped")).sum());
        assertEquals(33, groups.stream().mapToLong(g -> g.<Long>getAs("articles")).sum());
    }

    @Test
    void missingOrWrongColumnsAreNamed() {
        SparkSession spark = LocalSpark.session();
        Dataset<Row> input = spark.createDataFrame(List.of(RowFactory.create(1L, "text", "A", 2016)), SCHEMA);
        IllegalArgumentException noText = assertThrows(IllegalArgumentException.class,
                () -> ScoreArticles.score(input, "doc", "text", "en"));
        assertTrue(noText.getMessage().contains("no text column 'text'"), noText.getMessage());
        IllegalArgumentException notString = assertThrows(IllegalArgumentException.class,
                () -> ScoreArticles.score(input, "body", "year", "en"));
        assertTrue(notString.getMessage().contains("not a string"), notString.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ScoreArticlesJob.Options.parse(new String[]{"--input", "x"}));
    }
}
