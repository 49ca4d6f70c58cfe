package io.sayswho.bench;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Analysis;
import io.sayswho.testdata.PathologicalInputs;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * The hostile inputs of PathologicalInputTest, at 20,000 and 200,000 characters: the unit test proves the
 * answer right, this shows the time is bounded and grows about 10x (linear), not 100x (quadratic).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class PathologicalBenchmark {
    @Param({"straightQuotes", "curlyQuotes", "noSpaces", "nestedQuotes", "saidRepeated", "stancesRepeated", "tagsRepeated", "oneSentence", "unicodeSoup", "crlf", "loneCr"})
    public String input;

    @Param({"20000", "200000"})
    public int chars;

    private Engine engine;
    private String text;

    @Setup
    public void setUp() {
        engine = Engine.load("en");
        text = PathologicalInputs.builders().get(input).apply(chars);
    }

    @Benchmark
    public Analysis analyze() {
        return engine.analyze(text);
    }
}
