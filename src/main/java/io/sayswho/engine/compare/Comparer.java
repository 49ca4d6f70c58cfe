package io.sayswho.engine.compare;

import io.sayswho.engine.model.Analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compares the analyses of two versions of one story: aligns their claims ({@link Aligner}), says what changed in
 * each aligned pair ({@link ChangeDetector}) and sums it up ({@link DriftRule}). Plain Java, thread-safe (no state),
 * near linear in the texts' length.
 */
public final class Comparer {
    private Comparer() {
    }

    /**
     * @param beforeText the text {@code before} analyses (source mentions are read from it)
     * @param afterText  the text {@code after} analyses
     */
    public static Comparison compare(Analysis before, String beforeText, Analysis after, String afterText) {
        List<ClaimProfile> b = ClaimProfile.of(before.claims(), before.sources(), beforeText);
        List<ClaimProfile> a = ClaimProfile.of(after.claims(), after.sources(), afterText);
        List<Aligner.Link> links = new Aligner(b, a, new WordWeights(b, a)).align();
        Continuations continuations = new Continuations(links, b, a);

        DriftRule drift = new DriftRule();
        List<AlignedPair> rows = new ArrayList<>();
        int aligned = 0;
        int changed = 0;
        int dropped = 0;
        int added = 0;
        for (Aligner.Link link : ordered(links, b.size(), a.size())) {
            if (link.before() >= 0 && link.after() >= 0) {
                List<Change> changes = ChangeDetector.changes(b.get(link.before()), a.get(link.after()),
                        continuations.test(link));
                drift.aligned(changes);
                aligned++;
                changed += changes.isEmpty() ? 0 : 1;
                rows.add(new AlignedPair(b.get(link.before()).id(), a.get(link.after()).id(),
                        Math.round(link.similarity() * 100) / 100.0, List.copyOf(changes)));
            } else if (link.before() >= 0) {
                drift.dropped(b.get(link.before()).claim);
                dropped++;
                rows.add(new AlignedPair(b.get(link.before()).id(), null, null, List.of()));
            } else {
                drift.added(a.get(link.after()).claim);
                added++;
                rows.add(new AlignedPair(null, a.get(link.after()).id(), null, List.of()));
            }
        }
        DriftSummary summary = new DriftSummary(aligned, changed, dropped, added, drift.drift(), drift.weakened(),
                drift.reasons(before.summary().score(), after.summary().score()));
        return new Comparison(before, after, List.copyOf(rows), summary);
    }

    /**
     * Rows in the order of the later text (an after claim's several partners in earlier order), an added claim
     * where it stands, and each dropped claim just after the row of the nearest earlier claim that was kept.
     */
    static List<Aligner.Link> ordered(List<Aligner.Link> links, int beforeCount, int afterCount) {
        List<List<Aligner.Link>> byAfter = new ArrayList<>(afterCount);
        for (int i = 0; i < afterCount; i++) {
            byAfter.add(new ArrayList<>(1));
        }
        boolean[] keptBefore = new boolean[beforeCount];
        for (Aligner.Link l : links) {
            byAfter.get(l.after()).add(l);
            keptBefore[l.before()] = true;
        }
        List<Aligner.Link> rows = new ArrayList<>(links.size() + beforeCount + afterCount);
        int[] lastRowOfBefore = new int[beforeCount];
        java.util.Arrays.fill(lastRowOfBefore, -1);
        for (int a = 0; a < afterCount; a++) {
            List<Aligner.Link> mine = byAfter.get(a);
            if (mine.isEmpty()) {
                rows.add(new Aligner.Link(-1, a, 0));
                continue;
            }
            mine.sort(Comparator.comparingInt(Aligner.Link::before));
            for (Aligner.Link l : mine) {
                lastRowOfBefore[l.before()] = rows.size();
                rows.add(l);
            }
        }
        // Dropped claims go after the row of the nearest earlier kept claim (or first, when none is earlier).
        List<List<Aligner.Link>> insertAfter = new ArrayList<>(rows.size() + 1);
        for (int i = 0; i <= rows.size(); i++) {
            insertAfter.add(null);
        }
        int anchor = -1;
        for (int bi = 0; bi < beforeCount; bi++) {
            if (keptBefore[bi]) {
                anchor = lastRowOfBefore[bi];
                continue;
            }
            int slot = anchor + 1;
            if (insertAfter.get(slot) == null) {
                insertAfter.set(slot, new ArrayList<>(2));
            }
            insertAfter.get(slot).add(new Aligner.Link(bi, -1, 0));
        }
        List<Aligner.Link> out = new ArrayList<>(rows.size() + beforeCount);
        for (int i = 0; i <= rows.size(); i++) {
            if (insertAfter.get(i) != null) {
                out.addAll(insertAfter.get(i));
            }
            if (i < rows.size()) {
                out.add(rows.get(i));
            }
        }
        return out;
    }
}
