package io.sayswho.bench;

import io.sayswho.engine.Engine;
import org.openjdk.jmh.annotations.*;
import org.openjdk.jmh.infra.Blackhole;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Every PolNeAR dev text once per call: real articles of varied length. RunAndReport skips it without ../shared. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PolnearBenchmark {
    private Engine engine;
    private List<String> texts;

    @Setup
    public void setUp() {
        engine = Engine.load("en");
        texts = Texts.polnearFiles().stream().map(Texts::read).toList();
        if (texts.isEmpty()) throw new IllegalStateException("no PolNeAR dev texts beside " + Texts.repo());
    }

    @Benchmark
    public void analyzeAll(Blackhole bh) {
        for (String t : texts) bh.consume(engine.analyze(t));
    }
}
