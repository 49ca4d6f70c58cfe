package io.sayswho.api;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The methods each resource path answers, for the {@code Allow} header of a 405. Quarkus REST's own 405 carries no
 * {@code Allow}, which RFC 9110 requires. Read once from the resource classes so it cannot drift from them; covers
 * class-level {@code @Path}, the only kind this API uses.
 */
final class AllowedMethods {
    private static volatile Map<String, Set<String>> byPath;

    private AllowedMethods() {
    }

    static Set<String> at(String path) {
        return all().getOrDefault(trimSlash(path), Set.of());
    }

    /** Every resource path with the methods it answers. */
    static Map<String, Set<String>> all() {
        Map<String, Set<String>> paths = byPath;
        if (paths == null) {
            byPath = paths = scan();
        }
        return paths;
    }

    private static Map<String, Set<String>> scan() {
        Map<String, Set<String>> paths = new TreeMap<>();
        for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path path = type.getAnnotation(Path.class);
            if (path == null) {
                continue;
            }
            Set<String> methods = paths.computeIfAbsent(trimSlash(path.value()), p -> new TreeSet<>());
            for (Method method : type.getMethods()) {
                if (method.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (var annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        methods.add(http.value());
                        if (http.value().equals(HttpMethod.GET)) {
                            methods.add(HttpMethod.HEAD); // answered for every GET
                        }
                    }
                }
            }
            methods.add(HttpMethod.OPTIONS); // answered for every path (and for CORS preflights)
        }
        return Map.copyOf(paths);
    }

    private static String trimSlash(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
