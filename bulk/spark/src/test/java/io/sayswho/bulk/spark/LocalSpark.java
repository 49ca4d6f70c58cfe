package io.sayswho.bulk.spark;

import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;

/** One local[2] session for every test class of the run: starting Spark costs seconds, so it is shared. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("sayswho tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }

    /** PolNeAR beside the checkout (sayswho.shared, set by the build), or null where it is absent. */
    static Path polnear() {
        Path polnear = Path.of(System.getProperty("sayswho.shared", "../../../shared"), "polnear").normalize();
        return Files.isDirectory(polnear.resolve("dev/text")) ? polnear : null;
    }
}
