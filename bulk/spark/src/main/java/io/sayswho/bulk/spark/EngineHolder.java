package io.sayswho.bulk.spark;

import io.sayswho.engine.Engine;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine per rule set per executor JVM. Loading validates every rule file (tens of milliseconds), so it is done
 * once, lazily, when the first partition on that executor needs it, and shared by all its task threads: the engine
 * is immutable and thread-safe. Never serialised with a task; each executor builds its own.
 */
final class EngineHolder {
    private static final Map<String, Engine> ENGINES = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private EngineHolder() {
    }

    static Engine engine(String ruleset) {
        return ENGINES.computeIfAbsent(ruleset, id -> {
            LOADS.incrementAndGet();
            return Engine.load(id);
        });
    }

    /** How many engines this JVM has loaded: the tests hold it to one per rule set. */
    static int loads() {
        return LOADS.get();
    }
}
