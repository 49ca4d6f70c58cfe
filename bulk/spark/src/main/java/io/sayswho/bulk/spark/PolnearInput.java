package io.sayswho.bulk.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * PolNeAR's texts as the job's input: one row per text of the given splits, joined with metadata.tsv (publisher,
 * publication date, title) by file name. Read from the shared folder where it lies, never copied.
 */
public final class PolnearInput {
    public static final StructType SCHEMA = new StructType()
            .add("id", DataTypes.StringType)
            .add("compartment", DataTypes.StringType)
            .add("publisher", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    private PolnearInput() {
    }

    /** The rows of {@code splits} ("train", "dev") in metadata order. */
    public static List<Row> rows(Path polnear, Set<String> splits) {
        try {
            List<String> lines = Files.readAllLines(polnear.resolve("metadata.tsv"), StandardCharsets.UTF_8);
            List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
            int compartment = header.indexOf("compartment");
            int filename = header.indexOf("filename");
            int publisher = header.indexOf("publisher");
            int date = header.indexOf("publication_date");
            int title = header.indexOf("title");
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) continue;
                String[] f = line.split("\t", -1);
                if (!splits.contains(f[compartment])) continue;
                Path text = polnear.resolve(f[compartment]).resolve("text").resolve(f[filename] + ".txt");
                rows.add(RowFactory.create(f[filename], f[compartment], f[publisher], f[date], f[title],
                        Files.readString(text, StandardCharsets.UTF_8)));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("reading PolNeAR under " + polnear, e);
        }
    }

    public static Dataset<Row> dataset(SparkSession spark, Path polnear, Set<String> splits) {
        return spark.createDataFrame(rows(polnear, splits), SCHEMA);
    }
}
