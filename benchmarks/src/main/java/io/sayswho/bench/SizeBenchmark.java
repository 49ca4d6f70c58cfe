package io.sayswho.bench;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Analysis;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/** The same prose at 5, 50 and 200 KiB: time per KiB should stay flat if the engine is linear. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class SizeBenchmark {
    @Param({"5", "50", "200"})
    public int kb;

    private Engine engine;
    private String text;

    @Setup
    public void setUp() {
        engine = Engine.load("en");
        text = Texts.articlesOfSize(kb);
    }

    @Benchmark
    public Analysis analyze() {
        return engine.analyze(text);
    }
}
