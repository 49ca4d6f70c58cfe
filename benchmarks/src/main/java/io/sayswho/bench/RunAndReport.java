package io.sayswho.bench;

import io.sayswho.testdata.PathologicalInputs;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Runs the benchmarks and prints the figures the issue asks for, which JMH does not compute itself:
 * µs per article, µs per KiB at 5/50/200 KiB, MB/s on one core, and the growth of the pathological inputs.
 * Takes ordinary JMH options (e.g. {@code -f 1 -wi 2 -i 3}, or a benchmark regex); figures are the median of
 * the measured iterations.
 */
public final class RunAndReport {
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        ChainedOptionsBuilder opts = new OptionsBuilder().parent(cli)
                .jvmArgsAppend("-Dsayswho.repo=" + Texts.repo(), "-Xms1g", "-Xmx1g");
        if (cli.getIncludes().isEmpty()) {
            opts.include(ArticleBenchmark.class.getSimpleName() + "\\.")
                    .include(SizeBenchmark.class.getSimpleName() + "\\.")
                    .include(PathologicalBenchmark.class.getSimpleName() + "\\.");
            if (Texts.polnearFiles().isEmpty()) {
                System.out.println("PolNeAR dev texts not found beside the repo (../shared/polnear/dev/text): skipping PolnearBenchmark");
            } else {
                opts.include(PolnearBenchmark.class.getSimpleName() + "\\.");
            }
        }
        Collection<RunResult> results = new Runner(opts.build()).run();
        report(results);
    }

    private static void report(Collection<RunResult> results) {
        List<String[]> rows = new ArrayList<>();
        for (RunResult r : results) {
            String bench = r.getParams().getBenchmark().replaceAll(".*\\.(\\w+Benchmark)\\..*", "$1");
            double us = r.getPrimaryResult().getStatistics().getPercentile(50);
            switch (bench) {
                case "ArticleBenchmark" -> {
                    int i = Integer.parseInt(r.getParams().getParam("article"));
                    Path file = Texts.corpusFiles().get(i);
                    rows.add(row("article " + file.getFileName(), Texts.utf8(Texts.read(file)), 1, us));
                }
                case "SizeBenchmark" -> {
                    int kb = Integer.parseInt(r.getParams().getParam("kb"));
                    rows.add(row("prose " + kb + " KiB", Texts.utf8(Texts.articlesOfSize(kb)), 1, us));
                }
                case "PolnearBenchmark" -> {
                    List<Path> files = Texts.polnearFiles();
                    long bytes = files.stream().mapToLong(f -> Texts.utf8(Texts.read(f))).sum();
                    rows.add(row("PolNeAR dev (" + files.size() + " texts)", bytes, files.size(), us));
                }
                case "PolnearTrainBenchmark" -> {
                    List<Path> files = Texts.polnearTrainFiles();
                    long bytes = files.stream().mapToLong(f -> Texts.utf8(Texts.read(f))).sum();
                    rows.add(row("PolNeAR train (" + files.size() + " texts)", bytes, files.size(), us));
                    System.out.printf(Locale.ROOT, "PolNeAR train: %.0f articles/s on one thread%n",
                            files.size() / (us / 1e6));
                }
                case "PathologicalBenchmark" -> {
                    String input = r.getParams().getParam("input");
                    int chars = Integer.parseInt(r.getParams().getParam("chars"));
                    String text = PathologicalInputs.builders().get(input).apply(chars);
                    rows.add(row("pathological " + input + " " + chars + " chars", Texts.utf8(text), 1, us));
                }
                default -> rows.add(new String[]{bench, "", "", fmt(us), "", ""});
            }
        }
        System.out.println();
        System.out.println("Engine throughput, one thread, median of measured iterations:");
        String format = "%-52s %10s %14s %12s %10s%n";
        System.out.printf(Locale.ROOT, format, "input", "KiB", "µs per text", "µs per KiB", "MB/s");
        for (String[] row : rows) System.out.printf(Locale.ROOT, format, (Object[]) row);
        System.out.println("(MB/s = UTF-8 megabytes (10^6) analysed per second on one core; for PolNeAR µs per text is the mean over the set)");
    }

    private static String[] row(String name, long bytes, int texts, double usPerOp) {
        double kib = bytes / 1024.0;
        return new String[]{name, fmt(kib), fmt(usPerOp / texts), fmt(usPerOp / kib), fmt(bytes / usPerOp)};
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
