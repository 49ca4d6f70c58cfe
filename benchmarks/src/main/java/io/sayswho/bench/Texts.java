package io.sayswho.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the benchmark texts come from. Paths are resolved from the repository root (system property
 * {@code sayswho.repo}, default the working directory, as run-jmh.sh runs it), never copied into the repo: shared/ sits beside it.
 */
final class Texts {
    private Texts() {
    }

    static Path repo() {
        return Path.of(System.getProperty("sayswho.repo", ".")).toAbsolutePath().normalize();
    }

    /** The example articles: the repo's test copy once the lead has made it, else ../shared/corpus. */
    static List<Path> corpusFiles() {
        List<Path> inRepo = txtFiles(repo().resolve("src/test/resources/corpus"));
        return inRepo.isEmpty() ? txtFiles(repo().resolve("../shared/corpus").normalize()) : inRepo;
    }

    /** PolNeAR dev texts; empty when ../shared is not there (then that benchmark is skipped). */
    static List<Path> polnearFiles() {
        return txtFiles(repo().resolve("../shared/polnear/dev/text").normalize());
    }

    /** PolNeAR train texts (840); empty when ../shared is not there. */
    static List<Path> polnearTrainFiles() {
        return txtFiles(repo().resolve("../shared/polnear/train/text").normalize());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * About {@code kb} KiB of UTF-8 built by concatenating the example articles as paragraphs, in file order,
     * cut back to the last paragraph break that fits: real prose at any size, identical on every run.
     */
    static String articlesOfSize(int kb) {
        List<Path> files = corpusFiles();
        if (files.isEmpty()) throw new IllegalStateException("no corpus under " + repo());
        long want = kb * 1024L;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; utf8(sb) < want; i++) {
            if (sb.length() > 0) sb.append("\n\n");
            sb.append(read(files.get(i % files.size())).strip());
        }
        // Cut by whole characters to the wanted byte size; a trailing partial paragraph is fine for timing.
        while (utf8(sb) > want) sb.setLength(sb.length() - Math.max(1, (int) ((utf8(sb) - want) / 4)));
        if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    static long utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<Path> txtFiles(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
