package io.sayswho.engine.model;

import java.util.List;
import java.util.Map;

/**
 * How well the article as a whole is sourced.
 *
 * @param claims  number of claims
 * @param counts  claims per attribution, every label present (zero where none)
 * @param score   0 (unsourced) to 100 (every claim named, on record and direct)
 * @param weak    true when the article rests mostly on anonymous, unattributed or hedged claims
 * @param reasons why, in words a reader understands
 */
public record Summary(int claims, Map<Attribution, Integer> counts, int score, boolean weak, List<String> reasons) {
}
