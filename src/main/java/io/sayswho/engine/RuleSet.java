package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.RuleSetInfo;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/** A loaded, validated rule set: the lexicons and patterns the pipeline runs on. Immutable. */
final class RuleSet {
    static final String ROOT = "sayswho/rulesets/";

    private final RuleSetInfo info;

    private RuleSet(RuleSetInfo info) {
        this.info = info;
    }

    static RuleSet load(String id) {
        String file = ROOT + id + "/ruleset.properties";
        Properties p = new Properties();
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new RuleSetException(file, 0, "no such rule set on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new RuleSetException(file, "cannot be read", e);
        }
        List<String> languages = Arrays.stream(p.getProperty("languages", id).split(",")).map(String::trim).toList();
        List<RuleSetInfo.Label> labels = Arrays.stream(Attribution.values())
                .map(a -> new RuleSetInfo.Label(a, a.meaning())).toList();
        return new RuleSet(new RuleSetInfo(p.getProperty("id", id), p.getProperty("version", "0"), languages, labels));
    }

    RuleSetInfo info() {
        return info;
    }
}
