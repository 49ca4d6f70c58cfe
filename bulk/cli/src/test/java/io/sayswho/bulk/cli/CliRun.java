package io.sayswho.bulk.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in process on given standard input, capturing its exit code, output and messages. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = SayswhoCli.commandLine(new ByteArrayInputStream(stdin), outStream, errStream).execute(args);
        outStream.flush();
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static CliRun of(String... args) {
        return of(new byte[0], args);
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    /** The "skipped" reports on standard error, without the summary line. */
    List<String> skips() {
        return err.lines().filter(l -> l.startsWith("sayswho: skipped ")).toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stderr\n" + err;
    }
}
