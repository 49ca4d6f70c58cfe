package io.sayswho.engine.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which claim of the later version makes the same assertion as which claim of the earlier one, by what they assert
 * (weighted content stems, then their sources' words), not by position: rewrites reorder, merge and split sentences.
 *
 * <p>Near linear: candidate pairs come from an index of the later claims by content stem, and a stem found in more
 * than {@link #MAX_POSTINGS} claims proposes none (it is too common to tell claims apart, and would make the
 * candidates quadratic in a long, repetitive text); it still counts in the similarity of the pairs proposed. Of
 * the claims proposed, only the {@link #MAX_CANDIDATES} with the most weight of shared rare stems are scored. Claims
 * with the same content, however common their words, are proposed by a second index of whole contents.
 * Then, greedily by similarity, each claim is matched once; a claim left over joins a matched one that holds most of
 * its words and that its partner does not already explain (a merge or a split).
 */
final class Aligner {
    static final int MAX_POSTINGS = 48;
    /** Of the claims a claim's rare stems propose, the full similarity is computed for this many at most. */
    static final int MAX_CANDIDATES = 12;
    /** Below this the two claims merely share a topic. */
    static final double MIN_SIMILARITY = 0.2;
    /** Weight of a source's stems against a content stem's. */
    static final double SOURCE_WEIGHT = 1.0;
    /**
     * The order of matching, not its threshold, also weighs where the claims stand: a claim whose neighbours are
     * alike too (a sentence moved with its paragraph) goes first, and of two near-duplicate claims of one version
     * (stories repeat themselves) the one at about the same place in the story.
     */
    static final double NEIGHBOUR_SUPPORT = 0.1;
    static final double POSITION_WEIGHT = 0.15;
    /** A leftover claim joins a matched one that holds this share of its words ... */
    static final double MERGE_CONTAINMENT = 0.6;
    /** ... of which this share its matched partner does not already hold. */
    static final double MERGE_NOVELTY = 0.34;

    /** One row before ordering: indices into the claim lists, -1 for none. */
    record Link(int before, int after, double similarity) {
    }

    private record Candidate(int before, int after, double similarity, double rank) {
    }

    private final List<ClaimProfile> before;
    private final List<ClaimProfile> after;
    private final WordWeights weights;
    private final double[] beforeContent;
    private final double[] afterContent;
    private final double[] beforeSource;
    private final double[] afterSource;

    Aligner(List<ClaimProfile> before, List<ClaimProfile> after, WordWeights weights) {
        this.before = before;
        this.after = after;
        this.weights = weights;
        beforeContent = totals(before, true);
        afterContent = totals(after, true);
        beforeSource = totals(before, false);
        afterSource = totals(after, false);
    }

    private double[] totals(List<ClaimProfile> claims, boolean content) {
        double[] t = new double[claims.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = weights.total(content ? claims.get(i).content : claims.get(i).source);
        }
        return t;
    }

    /** Matched pairs plus merges and splits; claims with no counterpart are not in the answer. */
    List<Link> align() {
        Map<Integer, List<Candidate>> byBefore = new HashMap<>();
        Map<Integer, List<Candidate>> byAfter = new HashMap<>();
        List<Candidate> all = candidates();
        for (Candidate c : all) {
            byBefore.computeIfAbsent(c.before, k -> new ArrayList<>()).add(c);
            byAfter.computeIfAbsent(c.after, k -> new ArrayList<>()).add(c);
        }
        all.sort(Comparator.comparingDouble(Candidate::rank).reversed()
                .thenComparingInt(Candidate::before).thenComparingInt(Candidate::after));
        int[] partnerOfBefore = filled(before.size());
        int[] partnerOfAfter = filled(after.size());
        List<Link> links = new ArrayList<>();
        for (Candidate c : all) {
            if (c.similarity < MIN_SIMILARITY) {
                continue;
            }
            if (partnerOfBefore[c.before] < 0 && partnerOfAfter[c.after] < 0) {
                partnerOfBefore[c.before] = c.after;
                partnerOfAfter[c.after] = c.before;
                links.add(new Link(c.before, c.after, c.similarity));
            }
        }
        // Merges (two earlier claims in one later one) and splits (one earlier claim in two later ones).
        List<Link> joined = new ArrayList<>();
        for (int b = 0; b < before.size(); b++) {
            if (partnerOfBefore[b] < 0) {
                Candidate best = bestJoin(before.get(b), beforeContent[b], byBefore.get(b), true, partnerOfAfter);
                if (best != null) {
                    joined.add(new Link(b, best.after, best.similarity));
                }
            }
        }
        for (int a = 0; a < after.size(); a++) {
            if (partnerOfAfter[a] < 0) {
                Candidate best = bestJoin(after.get(a), afterContent[a], byAfter.get(a), false, partnerOfBefore);
                if (best != null) {
                    joined.add(new Link(best.before, a, best.similarity));
                }
            }
        }
        links.addAll(joined);
        return links;
    }

    /**
     * The matched claim of the other version that holds most of {@code leftover}'s words where its own partner does
     * not, or null.
     */
    private Candidate bestJoin(ClaimProfile leftover, double leftoverWeight, List<Candidate> candidates,
                               boolean leftoverIsBefore, int[] partnerOfOther) {
        if (candidates == null || leftover.content.size() < 2 || leftoverWeight == 0) {
            return null;
        }
        Candidate best = null;
        double bestScore = 0;
        for (Candidate c : candidates) {
            int other = leftoverIsBefore ? c.after : c.before;
            int partner = partnerOfOther[other];
            if (partner < 0) {
                continue;
            }
            Set<String> host = (leftoverIsBefore ? after : before).get(other).content;
            Set<String> explained = (leftoverIsBefore ? before : after).get(partner).content;
            double inHost = 0;
            double novel = 0;
            for (String s : leftover.content) {
                if (host.contains(s)) {
                    inHost += weights.of(s);
                    if (!explained.contains(s)) {
                        novel += weights.of(s);
                    }
                }
            }
            double containment = inHost / leftoverWeight;
            if (containment >= MERGE_CONTAINMENT && novel / leftoverWeight >= MERGE_NOVELTY
                    && containment > bestScore) {
                best = c;
                bestScore = containment;
            }
        }
        return best;
    }

    /** Pairs sharing at least one stem that is not too common, plus pairs with the very same content. */
    private List<Candidate> candidates() {
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<Set<String>, List<Integer>> sameContent = new HashMap<>();
        for (int a = 0; a < after.size(); a++) {
            for (String s : after.get(a).content) {
                postings.computeIfAbsent(s, k -> new ArrayList<>()).add(a);
            }
            if (!after.get(a).content.isEmpty()) {
                sameContent.computeIfAbsent(after.get(a).content, k -> new ArrayList<>()).add(a);
            }
        }
        // Per earlier claim, the later claims it may match and how alike they are: plain arrays, no boxing, so that
        // 200,000 characters of repetitive text stay cheap.
        int[][] partners = new int[before.size()][];
        double[][] sims = new double[before.size()][];
        int[] seenBy = new int[after.size()];
        Arrays.fill(seenBy, -1);
        int[] found = new int[after.size()];
        double[] proposed = new double[after.size()];
        for (int b = 0; b < before.size(); b++) {
            int n = 0;
            ClaimProfile cb = before.get(b);
            for (String s : cb.content) {
                List<Integer> list = postings.get(s);
                if (list != null && list.size() <= MAX_POSTINGS) {
                    double w = weights.of(s);
                    for (int a : list) {
                        if (seenBy[a] != b) {
                            seenBy[a] = b;
                            proposed[a] = 0;
                            found[n++] = a;
                        }
                        proposed[a] += w;
                    }
                }
            }
            List<Integer> same = sameContent.get(cb.content);
            if (same != null) {
                // Identical content, as in a text repeated: the nearest few in position are enough.
                int near = nearest(same, b);
                for (int k = Math.max(0, near - 2); k < Math.min(same.size(), near + 3); k++) {
                    int a = same.get(k);
                    if (seenBy[a] != b) {
                        seenBy[a] = b;
                        found[n++] = a;
                    }
                    proposed[a] = Double.MAX_VALUE;
                }
            }
            n = mostProposed(found, n, proposed);
            int[] mine = new int[n];
            double[] alike = new double[n];
            int kept = 0;
            for (int i = 0; i < n; i++) {
                double sim = similarity(b, found[i]);
                if (sim > 0) {
                    mine[kept] = found[i];
                    alike[kept++] = sim;
                }
            }
            partners[b] = Arrays.copyOf(mine, kept);
            sims[b] = Arrays.copyOf(alike, kept);
        }
        List<Candidate> out = new ArrayList<>();
        for (int b = 0; b < before.size(); b++) {
            for (int i = 0; i < partners[b].length; i++) {
                int a = partners[b][i];
                double sim = sims[b][i];
                double neighbours = Math.max(simOf(partners, sims, b - 1, a - 1), simOf(partners, sims, b + 1, a + 1));
                out.add(new Candidate(b, a, sim,
                        sim + NEIGHBOUR_SUPPORT * neighbours - POSITION_WEIGHT * distance(b, a)));
            }
        }
        return out;
    }

    /**
     * Keeps in {@code found} the {@link #MAX_CANDIDATES} claims with the most weight proposed by the rare stems they
     * share (all when fewer): the full similarity is then computed a bounded number of times per claim.
     */
    private static int mostProposed(int[] found, int n, double[] proposed) {
        if (n <= MAX_CANDIDATES) {
            return n;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = found[i];
        }
        Arrays.sort(order, (x, y) -> Double.compare(proposed[y], proposed[x]));
        for (int i = 0; i < MAX_CANDIDATES; i++) {
            found[i] = order[i];
        }
        return MAX_CANDIDATES;
    }

    /** The similarity of a candidate pair, 0 when it is none (a claim has a few dozen candidates at most). */
    private static double simOf(int[][] partners, double[][] sims, int b, int a) {
        if (b < 0 || b >= partners.length || a < 0) {
            return 0;
        }
        for (int i = 0; i < partners[b].length; i++) {
            if (partners[b][i] == a) {
                return sims[b][i];
            }
        }
        return 0;
    }

    /** Index into {@code sorted} (ascending after positions) of the one nearest in relative position to {@code b}. */
    private int nearest(List<Integer> sorted, int b) {
        double target = relative(b, before.size()) * after.size();
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < target) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Weighted Dice coefficient over the claims' content stems and their sources' stems together (kept apart: a
     * word of one claim's source does not meet the same word in the other's content), zero unless some content is
     * shared: two claims of one source that assert different things are not alike. One shared word is a topic
     * ("flight"), not an assertion: at least two stems must be shared, content or source, unless the contents are
     * the same (a fragment such as "for comment." repeated).
     */
    double similarity(int b, int a) {
        ClaimProfile cb = before.get(b);
        ClaimProfile ca = after.get(a);
        double content = weights.shared(cb.content, ca.content);
        if (content == 0 || sharedCount(cb.content, ca.content) + sharedCount(cb.source, ca.source) < 2
                && !cb.content.equals(ca.content)) {
            return 0;
        }
        double source = weights.shared(cb.source, ca.source);
        double sum = beforeContent[b] + afterContent[a] + SOURCE_WEIGHT * (beforeSource[b] + afterSource[a]);
        return Math.min(1.0, 2 * (content + SOURCE_WEIGHT * source) / sum);
    }

    private static int sharedCount(Set<String> x, Set<String> y) {
        int n = 0;
        for (String s : x) {
            if (y.contains(s)) {
                n++;
            }
        }
        return n;
    }

    private double distance(int b, int a) {
        return Math.abs(relative(b, before.size()) - relative(a, after.size()));
    }

    private static double relative(int i, int n) {
        return n <= 1 ? 0 : (double) i / (n - 1);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, -1);
        return a;
    }
}
