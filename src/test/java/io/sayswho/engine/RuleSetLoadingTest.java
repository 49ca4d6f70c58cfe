package io.sayswho.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Loading rule sets: the built-in "en" set loads, and a broken one fails with a message that names the file and
 * line to fix. Each broken set is the real "en" set copied into a temporary folder with one line broken.
 * RuleSet reads through its own class loader ({@code RuleSet.class.getClassLoader()}), so the temporary folder is
 * put on a child-first loader that also loads the engine's classes; that keeps 7 near-copies of the rule set out
 * of the repository and each test's break next to its assertion.
 */
class RuleSetLoadingTest {
    static final Path EN = enFolder();

    @TempDir
    Path root;

    @Test
    void builtInEnglishSetLoads() {
        RuleSet rules = RuleSet.load("en");
        assertEquals("en", rules.info().id());
        assertTrue(rules.info().languages().contains("en"), "languages " + rules.info().languages());
        for (String name : RuleSet.WORD_LISTS) {
            assertTrue(!rules.list(name).words().isEmpty(), "word list " + name + " is empty");
        }
        // the rule ids the gold tests rely on come from every rule file
        assertTrue(rules.ruleIds.contains("report.say"), "cue rule ids");
        assertTrue(rules.ruleIds.contains("content.deny-no-such"), "content rule ids");
        assertTrue(rules.ruleIds.contains("label.named"), "label rule ids");
    }

    @Test
    void unknownRuleSetIsReportedByItsFile() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load("no-such-set"));
        assertTrue(e.getMessage().startsWith("sayswho/rulesets/no-such-set/ruleset.properties: "), e.getMessage());
    }

    /** The control for every case below: an unbroken copy loads through the same class loader. */
    @Test
    void unbrokenCopyLoads() throws Exception {
        assertNull(loadBroken("copy", "cues.rules", UnaryOperator.identity()));
    }

    @Test
    void unknownCueCategoryNamesItsLine() throws Exception {
        int line = lineCount("cues.rules") + 1;
        String message = loadBroken("bad-category", "cues.rules",
                append("test.bad  GOSSIP  LEFT  -  whispered"));
        assertAt(message, "bad-category", "cues.rules", line, "'GOSSIP' is not one of");
    }

    @Test
    void malformedPatternElementNamesItsLine() throws Exception {
        int line = lineCount("cues.rules") + 1;
        String message = loadBroken("bad-pattern", "cues.rules",
                append("test.bad  REPORT  LEFT  -  whispered a??"));
        assertAt(message, "bad-pattern", "cues.rules", line, "malformed pattern element 'a??'");
    }

    @Test
    void duplicateRuleIdNamesTheSecondLine() throws Exception {
        int line = lineCount("cues.rules") + 1;
        String message = loadBroken("dup-id", "cues.rules",
                append("report.say  REPORT  LEFT  -  whispered"));
        assertAt(message, "dup-id", "cues.rules", line, "rule id 'report.say' is used twice");
    }

    @Test
    void unknownWordClassNamesItsLine() throws Exception {
        int line = lineCount("cues.rules") + 1;
        String message = loadBroken("bad-class", "cues.rules",
                append("test.bad  REPORT  LEFT  -  <nope> whispered"));
        assertAt(message, "bad-class", "cues.rules", line, "unknown word class <nope>");
    }

    @Test
    void duplicateLexiconWordNamesItsLine() throws Exception {
        int line = lineCount("lexicon/titles.txt") + 1;
        String message = loadBroken("dup-word", "lexicon/titles.txt", append("Spokesman"));
        assertAt(message, "dup-word", "lexicon/titles.txt", line, "'Spokesman' is listed twice in titles");
    }

    @Test
    void labelTableWithAMissingRowNamesTheFileAndTheGap() throws Exception {
        String message = loadBroken("missing-row", "labels.rules",
                text -> dropLines(text, l -> l.startsWith("label.anonymous ")));
        // a gap in the table is no one line's fault: the engine names the file and the undecided pair
        assertTrue(message.startsWith("sayswho/rulesets/missing-row/labels.rules: "), message);
        assertTrue(message.contains("no row decides REPORT with a ANONYMOUS source"), message);
    }

    @Test
    void missingPropertiesKeyNamesTheFileAndTheKey() throws Exception {
        String message = loadBroken("missing-key", "ruleset.properties",
                text -> dropLines(text, l -> l.startsWith("version=")));
        assertTrue(message.startsWith("sayswho/rulesets/missing-key/ruleset.properties: "), message);
        assertTrue(message.contains("'version' is missing"), message);
    }

    // ------------------------------------------------------------------ helpers

    private static void assertAt(String message, String id, String file, int line, String problem) {
        assertNotNull(message, "the broken set " + id + " loaded");
        String where = "sayswho/rulesets/" + id + "/" + file + ":" + line + ": ";
        assertTrue(message.startsWith(where), "expected the message to start with '" + where + "': " + message);
        assertTrue(message.contains(problem), "expected '" + problem + "' in: " + message);
    }

    private static UnaryOperator<String> append(String line) {
        return text -> (text.endsWith("\n") ? text : text + "\n") + line + "\n";
    }

    private static String dropLines(String text, java.util.function.Predicate<String> drop) {
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        for (String l : text.split("\n", -1)) {
            if (drop.test(l)) {
                dropped++;
            } else {
                kept.add(l);
            }
        }
        assertEquals(1, dropped, "the line to drop must exist exactly once in the en set");
        return String.join("\n", kept);
    }

    private static int lineCount(String file) throws IOException {
        String text = Files.readString(EN.resolve(file), StandardCharsets.UTF_8);
        return (int) text.lines().count();
    }

    /**
     * Copies the en set to {@code <root>/sayswho/rulesets/<id>/} (its properties' id changed to match), applies
     * {@code edit} to one file and loads it; returns the RuleSetException's message, or null when it loaded.
     */
    private String loadBroken(String id, String file, UnaryOperator<String> edit) throws Exception {
        Path dir = root.resolve(RuleSet.ROOT + id);
        try (Stream<Path> files = Files.walk(EN)) {
            for (Path src : files.filter(Files::isRegularFile).toList()) {
                Path dst = dir.resolve(EN.relativize(src).toString());
                Files.createDirectories(dst.getParent());
                String text = Files.readString(src, StandardCharsets.UTF_8);
                if (src.getFileName().toString().equals("ruleset.properties")) {
                    text = text.replace("id=en", "id=" + id);
                }
                if (EN.relativize(src).toString().replace('\\', '/').equals(file)) {
                    text = edit.apply(text);
                }
                Files.writeString(dst, text, StandardCharsets.UTF_8);
            }
        }
        URL engineClasses = RuleSet.class.getProtectionDomain().getCodeSource().getLocation();
        try (EngineLoader loader = new EngineLoader(new URL[] {root.toUri().toURL(), engineClasses})) {
            Method load = loader.loadClass(RuleSet.class.getName()).getDeclaredMethod("load", String.class);
            load.setAccessible(true);
            try {
                load.invoke(null, id);
                return null;
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (!cause.getClass().getName().equals(RuleSetException.class.getName())) {
                    fail("expected a RuleSetException, got " + cause, cause);
                }
                return cause.getMessage();
            }
        }
    }

    private static Path enFolder() {
        URL url = RuleSet.class.getClassLoader().getResource(RuleSet.ROOT + "en/ruleset.properties");
        assertNotNull(url, "the en rule set is not on the class path");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the engine's own classes itself (child first), so that RuleSet's class loader sees the temp folder. */
    private static final class EngineLoader extends URLClassLoader {
        EngineLoader(URL[] urls) {
            super(urls, RuleSetLoadingTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("io.sayswho.engine.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }
}
