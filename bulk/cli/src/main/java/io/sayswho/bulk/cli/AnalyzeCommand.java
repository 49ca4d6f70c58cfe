package io.sayswho.bulk.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sayswho.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code sayswho analyze PATH...}: every article of the inputs analysed on {@code --threads} threads, answers written
 * in input order whatever finishes first, skipped inputs reported on standard error in that same order.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Analyse articles: .txt files, folders (every .txt, .jsonl and .ndjson under them), JSON Lines "
                + "files of {\"id\": ..., \"text\": ..., ...} objects, or - for standard input.",
                "Writes JSON Lines (the input's fields, then \"analysis\": the service's /v1/analyze answer) or CSV "
                        + "of the claims to standard output; problems go to standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was analysed", "1:some inputs were skipped, or none was found",
                "2:usage error", "3:the output could not be written"})
final class AnalyzeCommand implements Callable<Integer> {
    /** How many answers may wait, per thread, for an earlier slow one to be written: bounds memory, keeps order. */
    private static final int WINDOW_PER_THREAD = 16;

    @ParentCommand
    private SayswhoCli cli;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    private List<String> paths;

    @Option(names = "--format", defaultValue = "jsonl", description = "jsonl (default) or csv (one row per claim).")
    private OutputFormat format;

    @Option(names = "--threads", description = "Analysis threads (default: the processors available).")
    private Integer threads;

    @Option(names = "--max-bytes", defaultValue = "1048576",
            description = "Skip a file or JSON line over this many bytes (default 1 MiB, the service's body limit).")
    private long maxBytes;

    @Option(names = "--max-chars", defaultValue = "200000",
            description = "Skip a text over this many characters (default 200000, the service's text limit).")
    private int maxChars;

    @Option(names = "--stdin", defaultValue = "text", description = "How to read -: text (one article) or jsonl.")
    private Inputs.StdinFormat stdinFormat;

    @Option(names = "--ruleset", defaultValue = "en", description = "Rule set to analyse with (default en).")
    private String ruleset;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: only when it is a terminal).")
    private Boolean progress;

    @Override
    public Integer call() {
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) throw new ParameterException(spec.commandLine(), "--threads must be 1 or more");
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new ParameterException(spec.commandLine(), "--max-bytes must be between 1 and 2147483631");
        }
        if (maxChars < 1) throw new ParameterException(spec.commandLine(), "--max-chars must be 1 or more");

        Engine engine = Engine.load(ruleset);
        long started = System.nanoTime();
        Task.Limits limits = new Task.Limits(maxBytes, maxChars);
        Task.Analysis analysis = new Task.Analysis() {
            @Override
            public Task.Outcome answer(String id, ObjectNode fields, String text) {
                return Task.Outcome.answered(id, format.format(id, fields, engine.analyze(text)));
            }

            @Override
            public Task.Limits limits() {
                return limits;
            }
        };
        boolean showProgress = progress != null ? progress : Progress.stderrIsTerminal();
        String header = format.header();
        if (header != null) cli.out.print(header);

        long answered = 0;
        long skipped = 0;
        ExecutorService pool = Executors.newFixedThreadPool(workers, run -> {
            Thread thread = new Thread(run, "sayswho-analyze");
            thread.setDaemon(true);
            return thread;
        });
        try (Progress bar = showProgress ? Progress.on(cli.err, Inputs.count(paths)) : Progress.NONE) {
            Inputs inputs = new Inputs(paths, cli.in, stdinFormat, (int) maxBytes);
            ArrayDeque<Future<Task.Outcome>> window = new ArrayDeque<>();
            while (inputs.hasNext() || !window.isEmpty()) {
                if (inputs.hasNext() && window.size() < workers * WINDOW_PER_THREAD) {
                    Task task = inputs.next();
                    window.add(pool.submit(() -> task.run(analysis)));
                    continue;
                }
                Task.Outcome outcome = await(window.poll());
                if (outcome.skipped()) {
                    skipped++;
                    cli.err.println("sayswho: skipped " + outcome.id() + ": " + outcome.skippedBecause());
                } else {
                    answered++;
                    // Bytes straight to the buffered stream: the worker encoded them, the main thread only copies.
                    cli.out.write(outcome.output(), 0, outcome.output().length);
                }
                bar.step();
            }
        } finally {
            pool.shutdownNow();
        }
        cli.out.flush();
        double seconds = (System.nanoTime() - started) / 1e9;
        cli.err.printf(Locale.ROOT, "sayswho: %d analysed, %d skipped in %.2f s (%.0f articles/s on %d threads)%n",
                answered, skipped, seconds, answered / Math.max(seconds, 1e-9), workers);
        if (cli.out.checkError()) {
            cli.err.println("sayswho: the output could not be written (closed pipe or full disk?)");
            return SayswhoCli.OUTPUT_FAILED;
        }
        if (answered + skipped == 0) {
            cli.err.println("sayswho: no article found in " + String.join(" ", paths));
            return SayswhoCli.SKIPPED;
        }
        return skipped == 0 ? SayswhoCli.OK : SayswhoCli.SKIPPED;
    }

    private static Task.Outcome await(Future<Task.Outcome> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            // Task.run turns every refused input into a skip; anything else is a bug in the engine or here.
            throw new IllegalStateException("analysis failed: " + e.getCause(), e.getCause());
        }
    }
}
