package io.sayswho.bench;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Analysis;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/** One example article per call: what a single /v1/analyze request costs the engine. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ArticleBenchmark {
    /** Index into the sorted corpus files (two today); run-jmh.sh prints the file name beside it. */
    @Param({"0", "1"})
    public int article;

    private Engine engine;
    private String text;

    @Setup
    public void setUp() {
        engine = Engine.load("en");
        text = Texts.read(Texts.corpusFiles().get(article));
    }

    @Benchmark
    public Analysis analyze() {
        return engine.analyze(text);
    }

    public static String describe(int article) {
        return Texts.corpusFiles().get(article).getFileName().toString();
    }
}
