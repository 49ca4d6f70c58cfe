package io.sayswho.engine;

import io.sayswho.engine.compare.Comparer;
import io.sayswho.engine.compare.Comparison;
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

    /**
     * Compares two versions of one story: each analysed as {@link #analyze(String)} would, their claims aligned by
     * what they assert, and what the rewrite did to the sourcing of each. Near linear in the texts' length.
     */
    public Comparison compare(String before, String after) {
        return Comparer.compare(analyze(before), before, analyze(after), after);
    }
}
