package io.sayswho.engine.model;

import java.util.List;

/** The engine's answer for one text: claims in text order, never overlapping; the sources; a summary. */
public record Analysis(RuleSetRef ruleset, List<Claim> claims, List<Source> sources, Summary summary) {
}
