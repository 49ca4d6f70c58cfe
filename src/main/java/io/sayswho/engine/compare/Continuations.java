package io.sayswho.engine.compare;

import io.sayswho.engine.model.Attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rows of a split or merge whose one claim is the unattributed continuation of a sentence the other side
 * attributes: a claim that stands in several rows, with an attributed partner in one of them and an
 * UNATTRIBUTED partner in another. "Reuters reported A. B." against "Reuters reported A and B" changes no label.
 */
final class Continuations {
    private final Map<Integer, List<Integer>> afterOfBefore = new HashMap<>();
    private final Map<Integer, List<Integer>> beforeOfAfter = new HashMap<>();
    private final List<ClaimProfile> before;
    private final List<ClaimProfile> after;

    Continuations(List<Aligner.Link> links, List<ClaimProfile> before, List<ClaimProfile> after) {
        this.before = before;
        this.after = after;
        for (Aligner.Link l : links) {
            afterOfBefore.computeIfAbsent(l.before(), k -> new ArrayList<>()).add(l.after());
            beforeOfAfter.computeIfAbsent(l.after(), k -> new ArrayList<>()).add(l.before());
        }
    }

    boolean test(Aligner.Link link) {
        return continues(before.get(link.before()), after.get(link.after()), afterOfBefore.get(link.before()), after)
                || continues(after.get(link.after()), before.get(link.before()), beforeOfAfter.get(link.after()),
                before);
    }

    /** {@code partner} is an unattributed continuation of {@code shared}, which another, attributed partner carries. */
    private static boolean continues(ClaimProfile shared, ClaimProfile partner, List<Integer> partners,
                                     List<ClaimProfile> side) {
        if (partners == null || partners.size() < 2 || partner.label() != Attribution.UNATTRIBUTED
                || shared.label() == Attribution.UNATTRIBUTED) {
            return false;
        }
        for (int other : partners) {
            if (side.get(other) != partner && side.get(other).label() != Attribution.UNATTRIBUTED) {
                return true;
            }
        }
        return false;
    }
}
