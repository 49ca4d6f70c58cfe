package io.sayswho.bench;

import io.sayswho.engine.Engine;
import io.sayswho.engine.compare.Comparison;
import io.sayswho.engine.model.Analysis;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What one /v1/compare request costs the engine: the two spec articles (against analysing both, the floor a
 * comparison cannot go under), and two texts of 200 KiB, the second the first's paragraphs in reverse order.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CompareBenchmark {
    private Engine engine;
    private String before;
    private String after;
    private String largeBefore;
    private String largeAfter;

    @Setup
    public void setUp() {
        engine = Engine.load("en");
        before = Texts.read(Texts.corpusFiles().get(0));
        after = Texts.read(Texts.corpusFiles().get(1));
        largeBefore = Texts.articlesOfSize(200);
        List<String> paragraphs = new ArrayList<>(List.of(largeBefore.split("\n\n")));
        Collections.reverse(paragraphs);
        largeAfter = String.join("\n\n", paragraphs);
    }

    @Benchmark
    public void analyzeSpecPair(Blackhole bh) {
        Analysis b = engine.analyze(before);
        Analysis a = engine.analyze(after);
        bh.consume(b);
        bh.consume(a);
    }

    @Benchmark
    public Comparison compareSpecPair() {
        return engine.compare(before, after);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Comparison compare200KiB() {
        return engine.compare(largeBefore, largeAfter);
    }
}
