package io.sayswho.engine.model;

/** Which rule set produced an answer. */
public record RuleSetRef(String id, String version) {
}
