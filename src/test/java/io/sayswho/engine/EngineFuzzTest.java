package io.sayswho.engine;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of {@link Engine#analyze(String)} against {@link AnalysisInvariants}.
 *
 * <p>Under a plain {@code ./mvnw test} this runs in regression mode: once on the empty input and once on
 * every seed in {@code src/test/resources/io/sayswho/engine/EngineFuzzTestInputs/analyzeKeepsInvariants/}
 * (a finding Jazzer writes there stays a regression test). To fuzz, see benchmarks/README.md:
 * {@code JAZZER_FUZZ=1 ./mvnw -B test -Dtest=EngineFuzzTest -Djazzer.max_duration=5m}.
 */
class EngineFuzzTest {
    // Loaded once per JVM: the engine is immutable and thread-safe, and loading per input would drown the fuzzer.
    private static final Engine ENGINE = Engine.load("en");

    @FuzzTest(maxDuration = "1m")
    void analyzeKeepsInvariants(byte[] input) {
        AnalysisInvariants.analyzeAndCheck(ENGINE, decode(input));
    }

    /**
     * Seeds stay readable UTF-8 files, yet the fuzzer can still reach every UTF-16 string: the bytes 0xFE and
     * 0xFF, which never occur in UTF-8, stand for a lone high and a lone low surrogate. Invalid UTF-8 elsewhere
     * decodes to U+FFFD as usual.
     */
    static String decode(byte[] input) {
        StringBuilder sb = new StringBuilder(input.length);
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (byte b : input) {
            if (b == (byte) 0xFE || b == (byte) 0xFF) {
                sb.append(run.toString(StandardCharsets.UTF_8));
                run.reset();
                sb.append(b == (byte) 0xFE ? '\uD800' : '\uDC00');
            } else {
                run.write(b);
            }
        }
        return sb.append(run.toString(StandardCharsets.UTF_8)).toString();
    }
}
