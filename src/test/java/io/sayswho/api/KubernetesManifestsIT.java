package io.sayswho.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The manifests the build generates (Quarkus Kubernetes extension, plus src/main/kubernetes/kubernetes.yml merged in),
 * read from target/kubernetes/kubernetes.yml after {@code package}: what a cluster needs to run, probe, scale and
 * drain the service safely.
 */
class KubernetesManifestsIT {
    static final Path MANIFESTS = Path.of("target", "kubernetes", "kubernetes.yml");
    static List<JsonNode> resources;

    @BeforeAll
    static void read() throws IOException {
        assertTrue(Files.exists(MANIFESTS), MANIFESTS + " missing: the build generates it");
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        resources = new ArrayList<>();
        try (var docs = yaml.readerFor(JsonNode.class).readValues(MANIFESTS.toFile())) {
            while (docs.hasNext()) {
                JsonNode doc = (JsonNode) docs.next();
                if (doc != null && !doc.isEmpty()) {
                    resources.add(doc);
                }
            }
        }
    }

    static JsonNode one(String kind) {
        List<JsonNode> found = resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
        assertEquals(1, found.size(), "one " + kind + " in " + MANIFESTS);
        assertEquals("sayswho", found.get(0).path("metadata").path("name").asText());
        return found.get(0);
    }

    static JsonNode container() {
        JsonNode containers = one("Deployment").at("/spec/template/spec/containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    @Test
    void probesUseTheHealthEndpoints() {
        JsonNode c = container();
        assertEquals("/q/health/started", c.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", c.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", c.at("/readinessProbe/httpGet/path").asText());
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertEquals(8080, c.at("/" + probe + "/httpGet/port").asInt(), probe);
        }
        // A start allowed at least 10 s before the kubelet restarts it (4-12 s wall measured on a busy 2-core machine).
        assertTrue(c.at("/startupProbe/failureThreshold").asInt() * c.at("/startupProbe/periodSeconds").asInt() >= 10);
    }

    @Test
    void requestsAndLimitsAreSetWithRoomOverTheMeasuredMemory() {
        JsonNode resources = container().path("resources");
        for (String path : List.of("/requests/cpu", "/requests/memory", "/limits/cpu", "/limits/memory")) {
            assertFalse(resources.at(path).asText().isEmpty(), "resources" + path);
        }
        // The JVM's flags hold it under 200 MB resident (benchmarks/load.sh); the limit leaves room above that.
        assertTrue(mebibytes(resources.at("/limits/memory").asText()) >= 256);
        assertTrue(mebibytes(resources.at("/requests/memory").asText())
                <= mebibytes(resources.at("/limits/memory").asText()));
    }

    @Test
    void runsAsNonRootOnAReadOnlyRootWithNoCapabilities() {
        JsonNode pod = one("Deployment").at("/spec/template/spec");
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        assertEquals(10001, pod.at("/securityContext/runAsUser").asInt(), "the Dockerfile's user");
        JsonNode security = container().path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean());
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true));
        assertEquals("ALL", security.at("/capabilities/drop/0").asText());
        // Vert.x writes to /tmp: with a read-only root it must be a volume.
        assertEquals("/tmp", container().at("/volumeMounts/0/mountPath").asText());
        assertTrue(pod.at("/volumes/0/emptyDir").isObject());
    }

    @Test
    void logsJsonInTheCluster() {
        boolean json = false;
        for (JsonNode env : container().path("env")) {
            json |= env.path("name").asText().equals("QUARKUS_LOG_CONSOLE_JSON_ENABLED")
                    && env.path("value").asText().equals("true");
        }
        assertTrue(json, "QUARKUS_LOG_CONSOLE_JSON_ENABLED=true in the container's environment");
    }

    @Test
    void autoscalesTheDeploymentOnCpu() {
        JsonNode hpa = one("HorizontalPodAutoscaler");
        assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
        assertEquals("Deployment", hpa.at("/spec/scaleTargetRef/kind").asText());
        assertEquals("sayswho", hpa.at("/spec/scaleTargetRef/name").asText());
        assertTrue(hpa.at("/spec/minReplicas").asInt() >= 2, "two replicas at least, so one can be drained");
        assertTrue(hpa.at("/spec/maxReplicas").asInt() > hpa.at("/spec/minReplicas").asInt());
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
        assertTrue(hpa.at("/spec/metrics/0/resource/target/averageUtilization").asInt() > 0);
    }

    @Test
    void disruptionBudgetAndServiceSelectThePods() {
        JsonNode podLabels = one("Deployment").at("/spec/template/metadata/labels");
        JsonNode pdb = one("PodDisruptionBudget");
        assertEquals("policy/v1", pdb.path("apiVersion").asText());
        assertTrue(pdb.at("/spec/minAvailable").asInt() >= 1);
        assertSelects(pdb.at("/spec/selector/matchLabels"), podLabels, "PodDisruptionBudget");
        JsonNode service = one("Service");
        assertSelects(service.at("/spec/selector"), podLabels, "Service");
        assertEquals(8080, service.at("/spec/ports/0/targetPort").asInt());
        assertSelects(one("Deployment").at("/spec/selector/matchLabels"), podLabels, "Deployment");
    }

    private static void assertSelects(JsonNode selector, JsonNode labels, String what) {
        assertTrue(selector.size() > 0, what + " selects nothing");
        selector.fields().forEachRemaining(label -> assertEquals(label.getValue().asText(),
                labels.path(label.getKey()).asText(), what + " selector " + label.getKey()));
    }

    private static long mebibytes(String quantity) {
        if (quantity.endsWith("Gi")) {
            return Long.parseLong(quantity.replace("Gi", "")) * 1024;
        }
        assertTrue(quantity.endsWith("Mi"), "memory in Mi or Gi: " + quantity);
        return Long.parseLong(quantity.replace("Mi", ""));
    }
}
