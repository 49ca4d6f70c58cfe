package io.sayswho.bench;

import io.sayswho.engine.Engine;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every PolNeAR train text (840) once per call, one thread: the single-thread articles/s that the command line
 * (--threads 2) and the Spark job (local[2]) are measured against (README, "Score archives", throughput).
 * Not in the default run; by name: {@code benchmarks/run-jmh.sh PolnearTrainBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PolnearTrainBenchmark {
    private Engine engine;
    private List<String> texts;

    @Setup
    public void setUp() {
        engine = Engine.load("en");
        texts = Texts.polnearTrainFiles().stream().map(Texts::read).toList();
        if (texts.isEmpty()) throw new IllegalStateException("no PolNeAR train texts beside " + Texts.repo());
    }

    @Benchmark
    public void analyzeAll(Blackhole bh) {
        for (String t : texts) bh.consume(engine.analyze(t));
    }
}
