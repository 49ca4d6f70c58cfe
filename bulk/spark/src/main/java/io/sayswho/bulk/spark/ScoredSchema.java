package io.sayswho.bulk.spark;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Cue;
import io.sayswho.engine.model.Flag;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * The columns the job adds to each article, and one analysis as those values. Flat columns rather than the service's
 * nested JSON, so the tables query well in SQL; the claim columns are the /v1/analyze claim's members, flattened
 * (source.text becomes source_text).
 */
final class ScoredSchema {
    /** Why an article has no analysis; null when it has one. */
    static final String SKIPPED = "skipped";
    static final String CLAIMS = "claims";
    static final String CLAIM_COUNT = "claim_count";
    static final String SCORE = "score";

    static final StructType CLAIM = new StructType(new StructField[]{
            field("claim_id", StringType), field("start", IntegerType), field("end", IntegerType),
            field("text", StringType), field("attribution", StringType), field("strength", DoubleType),
            field("quote", StringType), field("flags", DataTypes.createArrayType(StringType)),
            field("source_id", StringType), field("source_text", StringType), field("source_name", StringType),
            field("source_kind", StringType), field("source_start", IntegerType), field("source_end", IntegerType),
            field("cue_text", StringType), field("cue_start", IntegerType), field("cue_end", IntegerType),
            field("content_start", IntegerType), field("content_end", IntegerType),
            field("rules", DataTypes.createArrayType(StringType))});

    private ScoredSchema() {
    }

    /** A label's count column: NAMED -> named. */
    static String countColumn(Attribution label) {
        return label.name().toLowerCase(Locale.ROOT);
    }

    /** The columns appended to the input's (its text column aside). */
    static List<StructField> added() {
        List<StructField> fields = new ArrayList<>();
        fields.add(field(SKIPPED, StringType));
        fields.add(field("ruleset", StringType));
        fields.add(field(CLAIM_COUNT, IntegerType));
        for (Attribution label : Attribution.values()) fields.add(field(countColumn(label), IntegerType));
        fields.add(field(SCORE, IntegerType));
        fields.add(field("weak", BooleanType));
        fields.add(field("source_count", IntegerType));
        fields.add(field("reasons", DataTypes.createArrayType(StringType)));
        fields.add(field(CLAIMS, DataTypes.createArrayType(CLAIM)));
        return fields;
    }

    /** The added values for an analysed article, in {@link #added()} order. */
    static List<Object> values(String ruleset, Analysis analysis) {
        List<Object> values = new ArrayList<>();
        values.add(null);
        values.add(ruleset + " " + analysis.ruleset().version());
        values.add(analysis.summary().claims());
        for (Attribution label : Attribution.values()) values.add(analysis.summary().counts().getOrDefault(label, 0));
        values.add(analysis.summary().score());
        values.add(analysis.summary().weak());
        values.add(analysis.sources().size());
        values.add(seq(analysis.summary().reasons()));
        List<Row> claims = new ArrayList<>(analysis.claims().size());
        for (Claim claim : analysis.claims()) claims.add(claim(claim));
        values.add(seq(claims));
        return values;
    }

    /** The added values for an article that was not analysed: only why. */
    static List<Object> skipped(String why) {
        List<Object> values = new ArrayList<>();
        values.add(why);
        while (values.size() < added().size()) values.add(null);
        return values;
    }

    private static Row claim(Claim c) {
        ClaimSource s = c.source();
        Cue cue = c.cue();
        return RowFactory.create(c.id(), c.start(), c.end(), c.text(), c.attribution().name(), c.strength(),
                c.quote().name(), seq(c.flags().stream().map(Flag::name).toList()),
                s == null ? null : s.id(), s == null ? null : s.text(), s == null ? null : s.name(),
                s == null || s.kind() == null ? null : s.kind().name(), s == null ? null : s.start(),
                s == null ? null : s.end(), cue == null ? null : cue.text(), cue == null ? null : cue.start(),
                cue == null ? null : cue.end(), c.content() == null ? null : c.content().start(),
                c.content() == null ? null : c.content().end(), seq(c.rules()));
    }

    /** Array values of an external Row are Scala sequences; a Java list is refused at encoding time. */
    private static scala.collection.immutable.Seq<Object> seq(List<?> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(new ArrayList<Object>(list)).toList();
    }

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }
}
