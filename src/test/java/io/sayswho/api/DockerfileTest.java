package io.sayswho.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * No Docker engine runs where the tests run, so the Dockerfile is checked by reading it: what it copies exists and is
 * sent to the build, both stages are pinned Java 17 images, and it runs the jar the Quarkus build makes as a non-root
 * user on port 8080.
 */
class DockerfileTest {
    static final Path TOP = Path.of("").toAbsolutePath();
    static final Pattern FROM = Pattern.compile("(?i)^FROM\\s+(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+AS\\s+(\\S+))?$");
    static final String QUARKUS_APP = "target/quarkus-app/";

    /** One instruction, its continuation lines joined, with the stage it belongs to. */
    record Instruction(String keyword, String arguments, String stage) {
    }

    static List<Instruction> instructions;
    static List<String> stageImages;

    @BeforeAll
    static void parse() throws IOException {
        instructions = new ArrayList<>();
        stageImages = new ArrayList<>();
        String stage = null;
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(TOP.resolve("Dockerfile"))) {
            String trimmed = line.strip();
            if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            String keyword = text.split("\\s+", 2)[0].toUpperCase();
            String arguments = text.length() > keyword.length() ? text.substring(keyword.length()).strip() : "";
            if (keyword.equals("FROM")) {
                Matcher from = FROM.matcher(text);
                assertTrue(from.matches(), "unreadable FROM: " + text);
                stageImages.add(from.group(1));
                stage = from.group(2) != null ? from.group(2) : from.group(1);
            }
            instructions.add(new Instruction(keyword, arguments, stage));
        }
    }

    @Test
    void isMultiStageWithPinnedJava17JdkThenJre() {
        assertEquals(2, stageImages.size(), "a build stage and a run stage: " + stageImages);
        assertPinnedJava17(stageImages.get(0), "jdk");
        assertPinnedJava17(stageImages.get(1), "jre");
    }

    private static void assertPinnedJava17(String image, String kind) {
        // A full version (17.0.x) or a digest pins the image; "17" or "latest" would drift.
        assertTrue(image.matches("eclipse-temurin:17\\.0\\.\\d+_\\d+-" + kind + "(-[a-z]+)?(@sha256:[0-9a-f]{64})?")
                        || image.matches("eclipse-temurin:17[^@]*-" + kind + "[^@]*@sha256:[0-9a-f]{64}"),
                image + " is not a pinned Java 17 " + kind.toUpperCase() + " image");
    }

    @Test
    void buildsWithTheWrapperSkippingTests() {
        assertTrue(instructions.stream().anyMatch(i -> i.keyword().equals("RUN") && i.stage().equals("build")
                        && i.arguments().contains("./mvnw -B package -DskipTests")),
                "the build stage must run ./mvnw -B package -DskipTests");
    }

    /** A folder the build reads that the image build does not copy would build a different (broken) service. */
    @Test
    void everyResourceFolderOfThePomIsCopied() throws IOException {
        String pom = Files.readString(TOP.resolve("pom.xml"));
        Matcher dir = Pattern.compile("<resource>\\s*(?:<!--.*?-->\\s*)*<directory>([^<$]+)</directory>", Pattern.DOTALL)
                .matcher(pom);
        List<String> copied = new ArrayList<>();
        for (Instruction copy : copies()) {
            List<String> words = words(copy);
            if (words.stream().noneMatch(w -> w.startsWith("--from="))) {
                copied.addAll(sources(words));
            }
        }
        int checked = 0;
        while (dir.find()) {
            String folder = dir.group(1).strip();
            checked++;
            assertTrue(copied.stream().anyMatch(c -> folder.startsWith(c.replaceAll("/$", ""))),
                    "pom.xml reads resources from " + folder + " but the Dockerfile does not COPY it: " + copied);
        }
        assertTrue(checked >= 1, "expected pom.xml to declare the extension's shared folder as a resource");
    }

    @Test
    void everyCopiedSourceExistsAndIsSentToTheBuild() throws IOException {
        List<String> ignore = Files.readAllLines(TOP.resolve(".dockerignore"));
        int local = 0;
        for (Instruction copy : copies()) {
            List<String> words = words(copy);
            if (words.stream().anyMatch(w -> w.startsWith("--from="))) {
                continue;
            }
            List<String> sources = sources(words);
            for (String source : sources) {
                local++;
                assertTrue(Files.exists(TOP.resolve(source)), "COPY " + source + ": no such file in the repository");
                assertFalse(ignored(source, ignore), "COPY " + source + " is excluded by .dockerignore");
            }
        }
        assertTrue(local >= 4, "expected the wrapper, POM, contract and sources to be copied; found " + local);
    }

    @Test
    void runStageCopiesWhatTheQuarkusBuildProducesAndRunsIt() {
        String buildDir = instructions.stream()
                .filter(i -> i.stage().equals("build") && i.keyword().equals("WORKDIR"))
                .map(Instruction::arguments).reduce((a, b) -> b).orElse("/");
        String produced = (buildDir.endsWith("/") ? buildDir : buildDir + "/") + QUARKUS_APP;
        String runJarAt = null;
        for (Instruction copy : copies()) {
            List<String> words = words(copy);
            if (words.stream().noneMatch(w -> w.equals("--from=build"))) {
                continue;
            }
            List<String> sources = sources(words);
            String destination = words.get(words.size() - 1);
            for (String source : sources) {
                assertTrue(source.startsWith(produced), source + " is not under " + produced);
                if (source.endsWith("/quarkus-run.jar")) {
                    runJarAt = destination.endsWith("/") ? destination + "quarkus-run.jar" : destination;
                }
            }
        }
        assertNotNull(runJarAt, "the run stage never copies " + produced + "quarkus-run.jar");
        for (String part : List.of("lib/", "app/", "quarkus/")) {
            assertTrue(copies().stream().anyMatch(c -> c.arguments().contains(produced + part)),
                    "the run stage must copy " + produced + part + " (the jar needs it)");
        }
        Instruction entrypoint = last("ENTRYPOINT");
        assertEquals("run", entrypoint.stage());
        assertTrue(entrypoint.arguments().startsWith("["), "exec form, so java is PID 1 and gets signals");
        assertTrue(entrypoint.arguments().contains("\"-jar\", \"" + runJarAt + "\""),
                "ENTRYPOINT must run " + runJarAt + ": " + entrypoint.arguments());
    }

    /** The image runs with the README's production flags: one set of measured figures for both. */
    @Test
    void entrypointHasTheProductionCommandsJvmFlags() throws IOException {
        Matcher defaults = Pattern.compile("(?m)^DEFAULT_JAVA_OPTS=\"([^\"]+)\"")
                .matcher(Files.readString(TOP.resolve("scripts/serve.sh")));
        assertTrue(defaults.find(), "scripts/serve.sh sets DEFAULT_JAVA_OPTS");
        List<String> entrypoint = Arrays.stream(last("ENTRYPOINT").arguments().replaceAll("[\\[\\]]", "").split(","))
                .map(w -> w.strip().replaceAll("^\"|\"$", "")).toList();
        for (String flag : defaults.group(1).split("\\s+")) {
            assertTrue(entrypoint.contains(flag), "ENTRYPOINT lacks " + flag + " of scripts/serve.sh: " + entrypoint);
        }
        assertTrue(entrypoint.contains("-XX:SharedArchiveFile=/app/app-cds.jsa"), "the image starts with its AppCDS archive");
        assertTrue(instructions.stream().anyMatch(i -> i.keyword().equals("RUN") && i.stage().equals("run")
                && i.arguments().contains("cds-train.sh /app /app/app-cds.jsa")), "the run stage makes it (scripts/cds-train.sh)");
    }

    @Test
    void runsAsANonRootUser() {
        Instruction user = last("USER");
        assertEquals("run", user.stage(), "USER must be set in the run stage");
        String name = user.arguments().split(":")[0];
        assertFalse(name.equals("root") || name.equals("0"), "runs as root: USER " + user.arguments());
    }

    @Test
    void exposes8080() {
        assertTrue(instructions.stream().anyMatch(i -> i.keyword().equals("EXPOSE") && i.stage().equals("run")
                && Arrays.asList(i.arguments().split("\\s+")).contains("8080")), "EXPOSE 8080 in the run stage");
    }

    private static List<Instruction> copies() {
        return instructions.stream().filter(i -> i.keyword().equals("COPY")).toList();
    }

    private static Instruction last(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no " + keyword + " in the Dockerfile"));
    }

    private static List<String> words(Instruction copy) {
        assertFalse(copy.arguments().startsWith("["), "use the plain COPY form: " + copy.arguments());
        return Arrays.asList(copy.arguments().split("\\s+"));
    }

    /** The sources of a COPY: its words but the options and the last (the destination). */
    private static List<String> sources(List<String> words) {
        List<String> sources = words.stream().filter(w -> !w.startsWith("--")).toList();
        assertTrue(sources.size() >= 2, "COPY needs a source and a destination: " + words);
        return sources.subList(0, sources.size() - 1);
    }

    /**
     * Whether .dockerignore leaves {@code source} out, for the patterns this repository uses: "*" and top-level
     * names, each optionally negated with "!"; the last matching line wins, as in Docker.
     */
    static boolean ignored(String source, List<String> patterns) {
        String top = source.replaceFirst("^\\./", "").split("/")[0];
        boolean ignored = false;
        for (String raw : patterns) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negate = line.startsWith("!");
            String pattern = (negate ? line.substring(1) : line).replaceFirst("/$", "");
            if (pattern.equals("*") || pattern.equals(top)) {
                ignored = !negate;
            }
        }
        return ignored;
    }

    @Test
    void ignoreMatcherUnderstandsTheAllowListForm() {
        List<String> patterns = List.of("*", "!src/", "!pom.xml");
        assertFalse(ignored("src/", patterns));
        assertFalse(ignored("pom.xml", patterns));
        assertTrue(ignored("target/", patterns));
        assertTrue(ignored("README.md", patterns));
    }
}
