package io.sayswho.engine.compare;

import io.sayswho.engine.model.Analysis;

import java.util.List;

/**
 * Two versions of one story compared claim by claim: each version's analysis (exactly what analysing it alone
 * answers), the alignment of their claims in the order of the later text, and the drift summary.
 */
public record Comparison(Analysis before, Analysis after, List<AlignedPair> alignment, DriftSummary summary) {
}
