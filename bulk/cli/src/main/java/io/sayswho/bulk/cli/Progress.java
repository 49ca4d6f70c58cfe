package io.sayswho.bulk.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress bar (rate and time left) on standard error, only when that is a terminal: piped or redirected, a
 * bar would fill the log with redraws. Java cannot tell whether stderr is a terminal, so the launcher script says
 * ({@code -Dsayswho.stderr.tty}, from {@code [ -t 2 ]}); without it, Linux's /proc tells.
 */
interface Progress extends AutoCloseable {
    void step();

    @Override
    void close();

    Progress NONE = new Progress() {
        @Override
        public void step() {
        }

        @Override
        public void close() {
        }
    };

    static Progress on(PrintStream err, long total) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Analysing")
                .setInitialMax(total)
                .setUnit(" articles", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    static boolean stderrIsTerminal() {
        String told = System.getProperty("sayswho.stderr.tty");
        if (told != null && !told.isBlank()) return Boolean.parseBoolean(told);
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }
}
