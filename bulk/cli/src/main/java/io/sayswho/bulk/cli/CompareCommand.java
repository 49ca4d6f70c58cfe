package io.sayswho.bulk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.sayswho.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sayswho compare BEFORE AFTER}: what a rewrite did to a story's sourcing, as /v1/compare answers it. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two versions of a story (text files, or - for standard input as one of them) and "
                + "write the service's /v1/compare answer as one JSON line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "1:a version could not be read or is not a text to analyse",
                "2:usage error", "3:the output could not be written"})
final class CompareCommand implements Callable<Integer> {
    @ParentCommand
    private SayswhoCli cli;

    @Parameters(index = "0", paramLabel = "BEFORE")
    private String before;

    @Parameters(index = "1", paramLabel = "AFTER")
    private String after;

    @Option(names = "--max-bytes", defaultValue = "1048576", description = "Largest version in bytes (1 MiB).")
    private long maxBytes;

    @Option(names = "--max-chars", defaultValue = "200000", description = "Longest version in characters.")
    private int maxChars;

    @Option(names = "--ruleset", defaultValue = "en", description = "Rule set (default en).")
    private String ruleset;

    @Override
    public Integer call() throws JsonProcessingException {
        String first;
        String second;
        try {
            first = read(before);
            second = read(after);
        } catch (TextDecoding.Refusal e) {
            cli.err.println("sayswho: " + e.getMessage());
            return SayswhoCli.SKIPPED;
        }
        cli.out.println(Json.MAPPER.writeValueAsString(Engine.load(ruleset).compare(first, second)));
        cli.out.flush();
        return cli.out.checkError() ? SayswhoCli.OUTPUT_FAILED : SayswhoCli.OK;
    }

    private String read(String path) throws TextDecoding.Refusal {
        try {
            byte[] bytes;
            if (path.equals("-")) {
                bytes = cli.in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            } else {
                if (Files.size(Path.of(path)) > maxBytes) throw new IOException("over --max-bytes " + maxBytes);
                bytes = Files.readAllBytes(Path.of(path));
            }
            if (bytes.length > maxBytes) throw new IOException("over --max-bytes " + maxBytes);
            return TextDecoding.decode(bytes, maxChars);
        } catch (TextDecoding.Refusal e) {
            throw new TextDecoding.Refusal(path + ": " + e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new TextDecoding.Refusal(path + ": no such file");
        } catch (IOException e) {
            throw new TextDecoding.Refusal(String.format(Locale.ROOT, "%s: cannot be read: %s", path, e.getMessage()));
        }
    }
}
