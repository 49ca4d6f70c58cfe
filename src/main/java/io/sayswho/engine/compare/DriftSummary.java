package io.sayswho.engine.compare;

import java.util.List;

/**
 * How much a rewrite changed the story's sourcing (the rule is {@link DriftRule}; the README states it in words).
 *
 * @param aligned  rows with a claim on both sides
 * @param changed  of those, rows with at least one change
 * @param dropped  rows with only an earlier claim
 * @param added    rows with only a later claim
 * @param drift    0 (sourcing untouched) to 100
 * @param weakened true when what the rewrite did to the sourcing weakens it more than it strengthens it
 * @param reasons  what was done, in words
 */
public record DriftSummary(int aligned, int changed, int dropped, int added, int drift, boolean weakened,
                           List<String> reasons) {
}
