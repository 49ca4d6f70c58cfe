package io.sayswho.engine.compare;

import java.util.List;

/**
 * One row of an alignment: a claim of the earlier version and its counterpart in the later one. A dropped claim has
 * {@code after} null, an added one {@code before} null; a claim stands in several rows when a sentence was split in
 * two or two were merged.
 *
 * @param before     claim id in the earlier analysis, or null
 * @param after      claim id in the later analysis, or null
 * @param similarity how alike the two claims' words are, 0 to 1; null for a dropped or added claim
 * @param changes    what changed in the sourcing; empty when nothing did (always for dropped and added claims)
 */
public record AlignedPair(String before, String after, Double similarity, List<Change> changes) {
}
