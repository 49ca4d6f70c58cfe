package io.sayswho.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule or lexicon file read as lines: '#' starts a comment, blank lines are skipped, and every line keeps its
 * number so that a problem is reported as {@code file:line}.
 */
final class RuleFile {
    static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    record Line(String file, int number, String text) {
        RuleSetException error(String problem) {
            return new RuleSetException(file, number, problem + ": " + text);
        }

        /** The line split on runs of white space into at most {@code limit} fields. */
        String[] fields(int limit) {
            return WHITESPACE.split(text.trim(), limit);
        }
    }

    private RuleFile() {
    }

    static List<Line> read(String path) {
        InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new RuleSetException(path, 0, "missing from the class path");
        }
        List<Line> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String s;
            int number = 0;
            while ((s = r.readLine()) != null) {
                number++;
                int hash = s.indexOf('#');
                String body = (hash >= 0 ? s.substring(0, hash) : s).strip();
                if (!body.isEmpty()) {
                    lines.add(new Line(path, number, body));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException(path, "cannot be read", e);
        }
        return lines;
    }
}
