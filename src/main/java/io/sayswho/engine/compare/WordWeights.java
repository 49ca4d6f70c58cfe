package io.sayswho.engine.compare;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much a shared stem says that two claims assert the same thing: rare stems (a name, a number, "Tavrida")
 * weigh more than stems every other claim has ("Ostland" in a story about Ostland). Inverse claim frequency over
 * the claims of both versions.
 */
final class WordWeights {
    private final Map<String, Double> weight;

    WordWeights(List<ClaimProfile> before, List<ClaimProfile> after) {
        Map<String, Integer> df = new HashMap<>();
        count(before, df);
        count(after, df);
        double n = before.size() + after.size();
        weight = new HashMap<>(df.size() * 2);
        df.forEach((stem, k) -> weight.put(stem, Math.log(1 + n / k)));
    }

    private static void count(List<ClaimProfile> claims, Map<String, Integer> df) {
        for (ClaimProfile c : claims) {
            for (String s : c.content) {
                df.merge(s, 1, Integer::sum);
            }
            for (String s : c.source) {
                if (!c.content.contains(s)) {
                    df.merge(s, 1, Integer::sum);
                }
            }
        }
    }

    double of(String stem) {
        return weight.getOrDefault(stem, 0.0);
    }

    double total(Collection<String> stems) {
        double t = 0;
        for (String s : stems) {
            t += of(s);
        }
        return t;
    }

    /** Weight of the stems of {@code a} also in {@code b}. */
    double shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        double t = 0;
        for (String s : small) {
            if (large.contains(s)) {
                t += of(s);
            }
        }
        return t;
    }

    /** Weighted Dice coefficient: 1 for the same stems, 0 for none shared. */
    double dice(Set<String> a, Set<String> b) {
        double sum = total(a) + total(b);
        return sum == 0 ? 0 : 2 * shared(a, b) / sum;
    }
}
