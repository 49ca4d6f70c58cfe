package io.sayswho.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.*;

/**
 * SIGTERM under load: the packaged service stops taking new work and finishes what it has (quarkus.shutdown.timeout).
 * Every request sent before the signal must get a complete answer: its 200 (some of them answered after the signal),
 * or, for one whose body was still arriving, a whole 503 refusal; requests sent after it are answered in full or
 * refused (503, connection refused or closed), never cut off; the JVM exits on its own.
 */
class GracefulShutdownIT {
    static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    static final int CLIENTS = 8;

    /** One request: when it was sent and answered (nanoTime), and how: an HTTP status, or the failure. */
    record Outcome(long sent, long done, int status, boolean complete, Throwable failure) {
    }

    Process service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void finishesEveryAcceptedRequestOnSigterm() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path log = Path.of("target", "graceful-shutdown-it.log");
        service = new ProcessBuilder("java", "-XX:+UseSerialGC", "-Xmx160m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port);
        awaitReady(base, log);

        // Texts of ~100,000 characters take tens of milliseconds each: at the signal, some are surely in flight.
        String article = Files.readString(Path.of("src/test/resources/corpus/000_5c0aae8feac04f55.txt"));
        String text = (article + "\n\n").repeat(100_000 / article.length());
        String body = "{\"text\": " + jsonString(text) + "}";
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean refused = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> load(base, body, outcomes), "client-" + i);
            client.start();
            clients.add(client);
        }
        awaitAnswers(outcomes, 3 * CLIENTS);
        long signalled = System.nanoTime();
        service.destroy(); // SIGTERM
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(30));
            assertFalse(client.isAlive(), "a client was still sending 30 s after SIGTERM");
        }
        assertTrue(service.waitFor(30, TimeUnit.SECONDS), "the service did not exit within 30 s of SIGTERM");

        List<Outcome> before = outcomes.stream().filter(o -> o.sent() < signalled).toList();
        List<Outcome> after = outcomes.stream().filter(o -> o.sent() >= signalled).toList();
        // Sent before the signal is not yet accepted: a 100 KB body still on its way when the signal lands is refused
        // whole (a complete 503 problem), which is the shutdown working. What must never happen is a cut-off answer.
        for (Outcome o : before) {
            assertTrue(o.failure() == null && o.complete() && (o.status() == 200 || o.status() == 503),
                    "a request sent before SIGTERM did not get a complete answer: " + o + "; see " + log);
        }
        assertTrue(before.stream().anyMatch(o -> o.status() == 200 && o.done() > signalled),
                "no request was in flight at the signal, so nothing was shown to drain; outcomes " + before.size());
        // The JVM takes a moment to act on the signal: what it still takes then, it must finish too.
        for (Outcome o : after) {
            assertTrue(o.failure() != null || o.status() == 503 || (o.status() == 200 && o.complete()),
                    "after SIGTERM a request is answered in full, refused with 503, or not taken at all, not " + o);
        }
        assertFalse(Files.readString(log).contains(" ERROR "), "errors logged during shutdown, see " + log);
    }

    /** Sends analyses one after another until the service shows it is going: a 503, or a refused connection. */
    private static void load(URI base, String body, ConcurrentLinkedQueue<Outcome> outcomes) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/v1/analyze")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        while (true) {
            long sent = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                // complete: an analysis with its claims, or a whole problem saying the service is going
                String answer = response.body().strip();
                boolean complete = answer.endsWith("}") && (response.statusCode() == 200
                        ? answer.contains("\"claims\"") : answer.contains("\"status\":" + response.statusCode()));
                outcomes.add(new Outcome(sent, System.nanoTime(), response.statusCode(), complete, null));
                if (response.statusCode() != 200) {
                    return;
                }
            } catch (IOException e) {
                outcomes.add(new Outcome(sent, System.nanoTime(), 0, false, e));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void awaitReady(URI base, Path log) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(service.isAlive(), "the service exited during start, see " + log);
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        fail("not ready within 60 s, see " + log);
    }

    private static void awaitAnswers(ConcurrentLinkedQueue<Outcome> outcomes, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (outcomes.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(outcomes.size() >= count, "the service answered " + outcomes.size() + " requests in 60 s");
    }

    private static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
