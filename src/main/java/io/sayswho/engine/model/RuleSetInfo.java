package io.sayswho.engine.model;

import java.util.List;

/** What a client needs to know of a loaded rule set: to pick it and to draw a legend of its labels. */
public record RuleSetInfo(String id, String version, List<String> languages, List<Label> labels) {

    /** One attribution label with its one-line meaning. */
    public record Label(Attribution label, String meaning) {
    }
}
