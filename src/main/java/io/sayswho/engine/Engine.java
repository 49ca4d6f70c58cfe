package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.RuleSetInfo;

/**
 * The attribution engine for one rule set: thread-safe, immutable once loaded, plain Java.
 * Load it once ({@link #load(String)}), then call {@link #analyze(String)} from any thread.
 */
public final class Engine {
    private final RuleSet rules;

    private Engine(RuleSet rules) {
        this.rules = rules;
    }

    /** Loads and validates the rule set {@code id} from the class path ({@code sayswho/rulesets/<id>/}). */
    public static Engine load(String id) {
        return new Engine(RuleSet.load(id));
    }

    public RuleSetInfo info() {
        return rules.info();
    }

    /** Finds the claims of {@code text}; offsets are UTF-16 code units into it. Linear in its length. */
    public Analysis analyze(String text) {
        return new Pipeline(rules, text).run();
    }
}
