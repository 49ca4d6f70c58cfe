package io.sayswho.bulk.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * The inputs named on the command line, in order, as {@link Task}s: a .txt file is one article, a .jsonl/.ndjson file
 * one article per line, a folder every such file under it (sorted, so runs are repeatable), {@code -} standard
 * input (one text, or JSON Lines with {@code --stdin jsonl}). Lazy: a JSON Lines file of millions of lines is read
 * as the workers take its lines, never whole.
 */
final class Inputs implements Iterator<Task> {
    enum StdinFormat { text, jsonl }

    private final Deque<String> arguments;
    private final InputStream stdin;
    private final StdinFormat stdinFormat;
    private final int maxBytes;
    private final Deque<Task> ready = new ArrayDeque<>();
    private final Deque<Path> folderFiles = new ArrayDeque<>();
    private BoundedLines lines;
    private String linesOrigin;
    private InputStream linesStream;

    Inputs(List<String> arguments, InputStream stdin, StdinFormat stdinFormat, int maxBytes) {
        this.arguments = new ArrayDeque<>(arguments);
        this.stdin = stdin;
        this.stdinFormat = stdinFormat;
        this.maxBytes = maxBytes;
    }

    static boolean isJsonLines(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    /** How many articles the inputs hold, for the progress bar; -1 when standard input makes it unknowable. */
    static long count(List<String> arguments) {
        long total = 0;
        for (String argument : arguments) {
            if (argument.equals("-")) return -1;
            for (Path file : files(Path.of(argument))) {
                total += isJsonLines(file) ? lineCount(file) : 1;
            }
        }
        return total;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            if (lines != null) {
                readLine();
            } else if (!folderFiles.isEmpty()) {
                open(folderFiles.poll());
            } else if (!arguments.isEmpty()) {
                expand(arguments.poll());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Task next() {
        if (!hasNext()) throw new NoSuchElementException();
        return ready.poll();
    }

    private void expand(String argument) {
        if (argument.equals("-")) {
            if (stdinFormat == StdinFormat.jsonl) {
                startLines("-", stdin);
            } else {
                ready.add(readStdinText());
            }
            return;
        }
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
            List<Path> found = files(path);
            if (found.isEmpty()) ready.add(new Task.Unusable(argument, "folder holds no .txt, .jsonl or .ndjson file"));
            folderFiles.addAll(found);
        } else if (!Files.exists(path)) {
            ready.add(new Task.Unusable(argument, "no such file or folder"));
        } else {
            open(path);
        }
    }

    private void open(Path file) {
        if (!isJsonLines(file)) {
            // Named explicitly, any file is taken as text; the reader then says if it is not.
            ready.add(new Task.TextFile(file));
            return;
        }
        try {
            startLines(file.toString(), new BufferedInputStream(Files.newInputStream(file)));
        } catch (IOException e) {
            ready.add(new Task.Unusable(file.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    private void startLines(String origin, InputStream in) {
        linesOrigin = origin;
        linesStream = in;
        lines = new BoundedLines(in, maxBytes);
    }

    private void readLine() {
        try {
            BoundedLines.Line line = lines.next();
            if (line == null) {
                closeLines();
            } else if (line.oversized() || !isBlank(line.bytes())) {
                // Blank lines (a trailing newline, spacing) are no article and no mistake.
                ready.add(new Task.JsonLine(linesOrigin, line));
            }
        } catch (IOException e) {
            ready.add(new Task.Unusable(linesOrigin, "reading stopped: " + e.getMessage()));
            closeLines();
        }
    }

    private void closeLines() {
        try {
            if (linesStream != stdin) linesStream.close();
        } catch (IOException ignored) {
            // Only read from: nothing is lost by a failed close.
        }
        lines = null;
    }

    private Task readStdinText() {
        try {
            byte[] bytes = stdin.readNBytes(maxBytes + 1);
            return new Task.StdinText(bytes, bytes.length > maxBytes);
        } catch (IOException e) {
            return new Task.Unusable("-", "standard input cannot be read: " + e.getMessage());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    /** The article files under a folder, sorted; a file itself; nothing for a path that is not there. */
    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) return Files.exists(path) ? List.of(path) : List.of();
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(p -> isText(p) || isJsonLines(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static long lineCount(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long count = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) if (buffer[i] == '\n') count++;
            }
            return count;
        } catch (IOException e) {
            return 0;
        }
    }
}
