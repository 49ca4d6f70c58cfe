package io.sayswho.bulk.spark;

import io.sayswho.engine.model.Attribution;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;

/**
 * The README's showcase (scripts/showcase.sh runs it): the Spark job over PolNeAR's 924 train and dev texts with
 * metadata.tsv, aggregated by publisher, written as a Markdown table and a stacked-bar PNG of how each outlet's
 * claims are sourced.
 */
public final class Showcase {
    /** The labels drawn, in stacking order; the rare ones (denied, could not say, no comment) share one bar. */
    private static final List<Attribution> DRAWN = List.of(Attribution.NAMED, Attribution.DOCUMENTARY,
            Attribution.ANONYMOUS, Attribution.UNATTRIBUTED);
    private static final List<Attribution> OTHER = List.of(Attribution.DENIED, Attribution.COULD_NOT_SAY,
            Attribution.NO_COMMENT);

    private Showcase() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Showcase POLNEAR_DIR OUTPUT_DIR WORK_DIR (table and chart go to OUTPUT_DIR)");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        Path polnear = Path.of(args[0]);
        Path output = Files.createDirectories(Path.of(args[1]));
        SparkSession spark = SparkSession.builder().master(System.getProperty("spark.master", "local[2]"))
                .appName("sayswho showcase").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            Dataset<Row> input = PolnearInput.dataset(spark, polnear, Set.of("train", "dev")).repartition(8);
            ScoreArticlesJob.Options options = ScoreArticlesJob.Options.parse(new String[]{"--input", args[0],
                    "--output", args[2], "--group-by", "publisher"});
            ScoreArticlesJob.Result result = ScoreArticlesJob.run(input, options);
            Dataset<Row> articles = spark.read().parquet(args[2] + "/articles");
            Map<String, String> dates = new TreeMap<>();
            for (Row r : articles.groupBy("publisher").agg(min(col("date")), max(col("date"))).collectAsList()) {
                dates.put(r.getString(0), r.getString(1) + " – " + r.getString(2));
            }
            List<Row> groups = spark.read().parquet(args[2] + "/aggregate").orderBy("publisher").collectAsList();
            String table = table(groups, dates, result.articles());
            Files.writeString(output.resolve("polnear-publishers.md"), table, StandardCharsets.UTF_8);
            BitmapEncoder.saveBitmap(chart(groups), output.resolve("polnear-publishers.png").toString(),
                    BitmapEncoder.BitmapFormat.PNG);
            System.out.print(table);
            System.out.println("written: " + output.resolve("polnear-publishers.md") + ", "
                    + output.resolve("polnear-publishers.png"));
        } finally {
            spark.stop();
        }
    }

    static String table(List<Row> groups, Map<String, String> dates, long articles) {
        StringBuilder md = new StringBuilder();
        md.append("| publisher | dates | articles | claims | per article | named | documentary | anonymous "
                + "| unattributed | denied, could not say, no comment | score median (p25–p75) | weak articles |\n");
        md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        long totalClaims = 0;
        Map<Attribution, Long> totals = new TreeMap<>();
        for (Row g : groups) {
            long claims = g.<Long>getAs("claims");
            long n = g.<Long>getAs("articles");
            totalClaims += claims;
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %,d | %.1f |", g.<String>getAs("publisher"),
                    dates.get(g.<String>getAs("publisher")), n, claims, (double) claims / n));
            for (Attribution label : DRAWN) {
                long count = g.<Long>getAs(ScoredSchema.countColumn(label));
                totals.merge(label, count, Long::sum);
                md.append(String.format(Locale.ROOT, " %.1f %% |", 100.0 * count / claims));
            }
            long other = OTHER.stream().mapToLong(l -> g.<Long>getAs(ScoredSchema.countColumn(l))).sum();
            totals.merge(Attribution.DENIED, other, Long::sum);
            md.append(String.format(Locale.ROOT, " %.1f %% | %d (%d–%d) | %d |%n", 100.0 * other / claims,
                    g.<Integer>getAs("score_median"), g.<Integer>getAs("score_p25"), g.<Integer>getAs("score_p75"),
                    g.<Long>getAs("weak_articles")));
        }
        md.append(String.format(Locale.ROOT, "| **all** | | %d | %,d | %.1f |", articles, totalClaims,
                (double) totalClaims / articles));
        for (Attribution label : DRAWN) {
            md.append(String.format(Locale.ROOT, " %.1f %% |", 100.0 * totals.get(label) / totalClaims));
        }
        md.append(String.format(Locale.ROOT, " %.1f %% | | |%n", 100.0 * totals.get(Attribution.DENIED) / totalClaims));
        return md.toString();
    }

    static CategoryChart chart(List<Row> groups) {
        CategoryChart chart = new CategoryChartBuilder().width(1000).height(560)
                .title("How seven US outlets sourced their 2016 election coverage (PolNeAR train+dev, 924 articles)")
                .xAxisTitle("publisher").yAxisTitle("share of claims (%)").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setAvailableSpaceFill(0.6);
        List<String> publishers = new ArrayList<>();
        for (Row g : groups) publishers.add(g.getAs("publisher"));
        Color[] colors = {new Color(0x2b6cb0), new Color(0x38a169), new Color(0xdd6b20), new Color(0xa0aec0),
                new Color(0x805ad5)};
        int i = 0;
        for (Attribution label : DRAWN) {
            chart.addSeries(label.name().toLowerCase(Locale.ROOT).replace('_', ' '), publishers,
                    shares(groups, List.of(label))).setFillColor(colors[i++]);
        }
        chart.addSeries("denied, could not say, no comment", publishers, shares(groups, OTHER))
                .setFillColor(colors[i]);
        return chart;
    }

    private static List<Double> shares(List<Row> groups, List<Attribution> labels) {
        List<Double> shares = new ArrayList<>();
        for (Row g : groups) {
            long count = labels.stream().mapToLong(l -> g.<Long>getAs(ScoredSchema.countColumn(l))).sum();
            shares.add(100.0 * count / g.<Long>getAs("claims"));
        }
        return shares;
    }
}
