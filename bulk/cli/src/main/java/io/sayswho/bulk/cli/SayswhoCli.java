package io.sayswho.bulk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * {@code sayswho}: the engine on files, folders, JSON Lines and standard input, without the service (README,
 * "Command line"). Exit codes are the contract scripts rely on, so they are named here and documented in the help.
 */
@Command(name = "sayswho", mixinStandardHelpOptions = true, versionProvider = SayswhoCli.Version.class,
        description = "Who stands behind each claim of a news article: the sayswho engine on files and streams.",
        subcommands = {AnalyzeCommand.class, CompareCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input was analysed",
                "1:some inputs were skipped (unreadable, binary, empty, oversized, bad JSON), or none was found",
                "2:usage error (unknown option, missing argument)",
                "3:the output could not be written"})
public final class SayswhoCli {
    public static final int OK = 0;
    public static final int SKIPPED = 1;
    public static final int USAGE = 2;
    public static final int OUTPUT_FAILED = 3;

    final InputStream in;
    /** UTF-8: answers are written to it as the UTF-8 bytes the workers encoded. */
    final PrintStream out;
    final PrintStream err;

    SayswhoCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** The command line wired to the given streams: what main runs, and what the tests run in process. */
    static CommandLine commandLine(InputStream in, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new SayswhoCli(in, out, err));
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExitCodeExceptionMapper(e -> USAGE);
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(USAGE));
        return cli;
    }

    public static void main(String[] args) {
        // Buffered: one flush per answer would cost more than the engine on short texts.
        PrintStream out = new PrintStream(new java.io.BufferedOutputStream(new java.io.FileOutputStream(
                java.io.FileDescriptor.out), 1 << 16), false, java.nio.charset.StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                java.nio.charset.StandardCharsets.UTF_8);
        int code = commandLine(System.in, out, err).execute(args);
        out.flush();
        System.exit(code);
    }

    /** The version of the engine jar this command line was built with. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = SayswhoCli.class.getPackage().getImplementationVersion();
            return new String[]{"sayswho " + (version == null ? "(development build)" : version)};
        }
    }
}
