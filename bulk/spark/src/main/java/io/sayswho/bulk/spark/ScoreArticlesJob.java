package io.sayswho.bulk.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * spark-submit entry point (README, "Spark job"): reads articles (JSON Lines or Parquet) with an id and a text
 * column and any others, writes OUT/articles, OUT/claims and OUT/aggregate as Parquet.
 *
 * <pre>
 * spark-submit --class io.sayswho.bulk.spark.ScoreArticlesJob sayswho-spark.jar \
 *   --input feed.jsonl --output out/ [--format json|parquet] [--id id] [--text text] [--group-by publisher,date]
 * </pre>
 */
public final class ScoreArticlesJob {
    private ScoreArticlesJob() {
    }

    /** What the command line asked for. */
    public record Options(String input, String format, String output, String idColumn, String textColumn,
                          List<String> groupBy, String ruleset) {
        static Options parse(String[] args) {
            String input = null;
            String format = null;
            String output = null;
            String id = "id";
            String text = "text";
            List<String> groupBy = List.of();
            String ruleset = "en";
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--input" -> input = need(args[i], value);
                    case "--format" -> format = need(args[i], value);
                    case "--output" -> output = need(args[i], value);
                    case "--id" -> id = need(args[i], value);
                    case "--text" -> text = need(args[i], value);
                    case "--group-by" -> groupBy = Arrays.stream(need(args[i], value).split(","))
                            .map(String::strip).filter(s -> !s.isEmpty()).toList();
                    case "--ruleset" -> ruleset = need(args[i], value);
                    default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
                }
                i++;
            }
            if (input == null || output == null) throw new IllegalArgumentException("--input and --output are needed\n" + USAGE);
            if (format == null) format = input.toLowerCase(Locale.ROOT).contains("parquet") ? "parquet" : "json";
            if (!format.equals("json") && !format.equals("parquet")) {
                throw new IllegalArgumentException("--format is json or parquet, not " + format);
            }
            return new Options(input, format, output, id, text, groupBy, ruleset);
        }

        private static String need(String option, String value) {
            if (value == null) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            return value;
        }
    }

    static final String USAGE = "usage: ScoreArticlesJob --input PATH --output DIR [--format json|parquet] "
            + "[--id COLUMN] [--text COLUMN] [--group-by COL[,COL...]] [--ruleset en]";

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("sayswho score articles").getOrCreate();
        try {
            Dataset<Row> input = spark.read().format(options.format()).load(options.input());
            Result result = run(input, options);
            System.out.printf(Locale.ROOT, "sayswho: %d articles scored in %.2f s (%.0f articles/s, session start "
                    + "excluded), written to %s%n", result.articles(), result.seconds(),
                    result.articles() / result.seconds(), options.output());
        } finally {
            spark.stop();
        }
    }

    /** How much was scored and how long it took from the first read to the last table written. */
    public record Result(long articles, double seconds) {
    }

    /** Scores {@code input} and writes the three tables under the output folder (replacing what is there). */
    public static Result run(Dataset<Row> input, Options options) {
        long started = System.nanoTime();
        // Analysed once, kept for the three writes: without it each table would run the engine again.
        Dataset<Row> scored = ScoreArticles.score(input, options.idColumn(), options.textColumn(), options.ruleset())
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> articles = ScoreArticles.articles(scored);
            articles.write().mode(SaveMode.Overwrite).parquet(options.output() + "/articles");
            ScoreArticles.claims(scored, options.idColumn()).write().mode(SaveMode.Overwrite)
                    .parquet(options.output() + "/claims");
            ScoreArticles.aggregate(articles, options.groupBy()).coalesce(1).write().mode(SaveMode.Overwrite)
                    .parquet(options.output() + "/aggregate");
            long count = scored.count();
            return new Result(count, (System.nanoTime() - started) / 1e9);
        } finally {
            scored.unpersist();
        }
    }
}
