package io.sayswho.bulk.spark;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Attribution;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * The job's three tables, as Spark plans (no I/O here, so tests and the showcase use them as the job does):
 * {@link #score} analyses each article once, {@link #articles}, {@link #claims} and {@link #aggregate} are views of
 * that one scored Dataset.
 */
public final class ScoreArticles {
    /** The service's text limit (sayswho.max-text-length): longer texts are skipped, as the service refuses them. */
    public static final int MAX_CHARS = 200_000;

    private ScoreArticles() {
    }

    /**
     * Every input column but the text, then the analysis columns ({@link ScoredSchema#added()}), with the claims as
     * an array column. The engine runs in mapPartitions with one engine per executor JVM ({@link EngineHolder}).
     */
    public static Dataset<Row> score(Dataset<Row> input, String idColumn, String textColumn, String ruleset) {
        StructType in = input.schema();
        List<String> names = Arrays.asList(in.fieldNames());
        if (!names.contains(idColumn)) throw new IllegalArgumentException("no id column '" + idColumn + "' in " + names);
        if (!names.contains(textColumn)) {
            throw new IllegalArgumentException("no text column '" + textColumn + "' in " + names);
        }
        if (!in.apply(textColumn).dataType().equals(DataTypes.StringType)) {
            throw new IllegalArgumentException("text column '" + textColumn + "' is " + in.apply(textColumn).dataType()
                    .simpleString() + ", not a string");
        }
        int textIndex = in.fieldIndex(textColumn);
        List<StructField> out = new ArrayList<>();
        for (StructField f : in.fields()) if (!f.name().equals(textColumn)) out.add(f);
        for (StructField f : ScoredSchema.added()) {
            if (names.contains(f.name()) && !f.name().equals(textColumn)) {
                throw new IllegalArgumentException("input column '" + f.name() + "' clashes with a column the job adds");
            }
            out.add(f);
        }
        StructType schema = new StructType(out.toArray(StructField[]::new));
        return input.mapPartitions(new Analyse(textIndex, ruleset), Encoders.row(schema));
    }

    /** One row per article: its input columns and summary, without the claims. */
    public static Dataset<Row> articles(Dataset<Row> scored) {
        return scored.drop(ScoredSchema.CLAIMS);
    }

    /** One row per claim: the article's id, then the claim's columns. */
    public static Dataset<Row> claims(Dataset<Row> scored, String idColumn) {
        return scored.select(col(idColumn), explode(col(ScoredSchema.CLAIMS)).as("claim"))
                .select(col(idColumn), col("claim.*"));
    }

    /**
     * Per value of {@code groupBy} (none: one row for all): articles, claims per label, the shares of claims that are
     * anonymous, unattributed or named, and the distribution of the articles' scores.
     */
    public static Dataset<Row> aggregate(Dataset<Row> articles, List<String> groupBy) {
        List<Column> measures = new ArrayList<>();
        measures.add(count(lit(1)).as("articles"));
        measures.add(count(col(ScoredSchema.SKIPPED)).as("skipped"));
        measures.add(sum(col(ScoredSchema.CLAIM_COUNT)).as("claims"));
        for (Attribution label : Attribution.values()) {
            String c = ScoredSchema.countColumn(label);
            measures.add(sum(col(c)).as(c));
        }
        Column claims = sum(col(ScoredSchema.CLAIM_COUNT));
        for (Attribution label : List.of(Attribution.ANONYMOUS, Attribution.UNATTRIBUTED, Attribution.NAMED)) {
            String c = ScoredSchema.countColumn(label);
            measures.add(round(when(claims.gt(0), sum(col(c)).divide(claims)), 4).as("share_" + c));
        }
        Column score = col(ScoredSchema.SCORE);
        measures.add(round(avg(score), 2).as("score_mean"));
        measures.add(min(score).as("score_min"));
        measures.add(percentile_approx(score, lit(0.25), lit(10_000)).as("score_p25"));
        measures.add(percentile_approx(score, lit(0.5), lit(10_000)).as("score_median"));
        measures.add(percentile_approx(score, lit(0.75), lit(10_000)).as("score_p75"));
        measures.add(max(score).as("score_max"));
        measures.add(sum(when(col("weak"), 1).otherwise(0)).as("weak_articles"));
        Column first = measures.get(0);
        Column[] rest = measures.subList(1, measures.size()).toArray(Column[]::new);
        if (groupBy.isEmpty()) return articles.agg(first, rest);
        return articles.groupBy(groupBy.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new))
                .agg(first, rest).orderBy(groupBy.stream().map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new));
    }

    /** Analyses the rows of one partition with the executor's engine; texts the service would refuse are skipped. */
    private record Analyse(int textIndex, String ruleset) implements MapPartitionsFunction<Row, Row> {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Engine engine = EngineHolder.engine(ruleset);
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = rows.next();
                    List<Object> values = new ArrayList<>(row.length() + 16);
                    for (int i = 0; i < row.length(); i++) if (i != textIndex) values.add(row.get(i));
                    String text = row.isNullAt(textIndex) ? null : row.getString(textIndex);
                    if (text == null || text.isBlank()) {
                        values.addAll(ScoredSchema.skipped("empty: no text to analyse"));
                    } else if (text.length() > MAX_CHARS) {
                        values.addAll(ScoredSchema.skipped(text.length() + " characters, over the service's limit "
                                + MAX_CHARS));
                    } else {
                        values.addAll(ScoredSchema.values(ruleset, engine.analyze(text)));
                    }
                    return RowFactory.create(values.toArray());
                }
            };
        }
    }
}
