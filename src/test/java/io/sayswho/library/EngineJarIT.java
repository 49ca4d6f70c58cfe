package io.sayswho.library;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine jar ({@code sayswho-<version>-engine.jar}, attached in {@code package}) is a library with no
 * dependencies: loaded on its own, in a class loader whose parent is the platform class loader (the JDK and nothing
 * of this build's test class path), it loads the English rule set and finds the claims of a text, and neither
 * Quarkus nor Jakarta can be reached from it. The command line and the Spark job under bulk/ rely on exactly this.
 */
class EngineJarIT {
    private static final String TEXT = "The mayor said the bridge would reopen in May. "
            + "\"We are on schedule,\" said Ana Ruiz, a spokeswoman for the city. "
            + "Officials who asked not to be named said the cost had doubled.";

    private static Path engineJar() {
        Path jar = Path.of(System.getProperty("sayswho.engineJar", "target/sayswho-1.0.0-SNAPSHOT-engine.jar"));
        assertTrue(Files.isRegularFile(jar), "the engine jar is built in package: " + jar.toAbsolutePath());
        return jar;
    }

    @Test
    void holdsOnlyTheEngineAndItsRuleFiles() throws Exception {
        Set<String> strays = new TreeSet<>();
        int ruleFiles = 0;
        try (JarFile jar = new JarFile(engineJar().toFile())) {
            for (JarEntry entry : jar.stream().toList()) {
                String name = entry.getName();
                if (entry.isDirectory() || name.equals("META-INF/MANIFEST.MF")) continue;
                if (name.startsWith("sayswho/rulesets/")) ruleFiles++;
                else if (!name.startsWith("io/sayswho/engine/")) strays.add(name);
            }
        }
        assertEquals(Set.of(), strays, "entries outside the engine and its rule files");
        assertTrue(ruleFiles > 10, "rule files in the jar: " + ruleFiles);
    }

    @Test
    void analysesWithNothingButTheJdk() throws Exception {
        URL[] path = {engineJar().toUri().toURL()};
        try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
            Class<?> engineClass = Class.forName("io.sayswho.engine.Engine", true, loader);
            assertEquals(loader, engineClass.getClassLoader(), "the engine comes from the jar, not the test class path");
            Object engine = engineClass.getMethod("load", String.class).invoke(null, "en");
            Object analysis = engineClass.getMethod("analyze", String.class).invoke(engine, TEXT);
            List<?> claims = (List<?>) call(analysis, "claims");
            assertFalse(claims.isEmpty(), "claims of the text");
            Set<String> labels = new TreeSet<>();
            for (Object claim : claims) labels.add(call(claim, "attribution").toString());
            assertTrue(labels.contains("NAMED"), "Ana Ruiz's quote is NAMED: " + labels);
            assertTrue(labels.contains("ANONYMOUS"), "unnamed officials are ANONYMOUS: " + labels);

            for (String framework : List.of("io.quarkus.runtime.Quarkus", "jakarta.inject.Inject",
                    "com.fasterxml.jackson.databind.ObjectMapper")) {
                assertThrows(ClassNotFoundException.class, () -> Class.forName(framework, false, loader),
                        framework + " must not be reachable from the engine jar");
            }
        }
    }

    private static Object call(Object target, String accessor) throws Exception {
        Method method = target.getClass().getMethod(accessor);
        return method.invoke(target);
    }
}
