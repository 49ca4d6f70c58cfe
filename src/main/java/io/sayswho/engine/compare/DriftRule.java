package io.sayswho.engine.compare;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The drift rule (the README states it in words). Every row of the alignment weighs what the rewrite did to it:
 * an event that weakens the sourcing weighs 1, one that strengthens it 0.5, one that only changes it 0.25, at most 1
 * a row. Weakening: a label further down the strength order (named and documentary, denied, no comment, could not
 * say, anonymous, unattributed: the order of the labels' base strengths), an invented or altered quotation, a hedge,
 * a hearsay or a second-hand marker dropped, a denial, no-comment or caveat dropped, a claim added on no or unnamed
 * sources. Strengthening: the reverse of each. Neutral: another source of the same standing, a quotation turned into
 * paraphrase, other claims dropped. {@code drift} is 100 times the mean row weight; {@code weakened} is true when the
 * weakening weight is more than the strengthening weight.
 */
final class DriftRule {
    static final double WEAKENS = 1.0;
    static final double STRENGTHENS = 0.5;
    static final double CHANGES = 0.25;

    private double weakening;
    private double strengthening;
    private double total;
    private int rows;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Double> weightOf = new HashMap<>();

    /** Strength order of the labels, their base strengths in tenths (README, "How strong is the sourcing"). */
    static int rank(Attribution a) {
        return switch (a) {
            case NAMED, DOCUMENTARY -> 80;
            case DENIED -> 70;
            case NO_COMMENT -> 60;
            case COULD_NOT_SAY -> 50;
            case ANONYMOUS -> 35;
            case UNATTRIBUTED -> 20;
        };
    }

    void aligned(List<Change> changes) {
        double row = 0;
        for (Change c : changes) {
            row += weigh(c);
        }
        add(row);
    }

    void dropped(Claim c) {
        switch (c.attribution()) {
            case DENIED -> event(WEAKENS, "dropped.denial");
            case NO_COMMENT -> event(WEAKENS, "dropped.no-comment");
            case COULD_NOT_SAY -> event(WEAKENS, "dropped.caveat");
            case NAMED, DOCUMENTARY -> event(CHANGES, "dropped.sourced");
            case ANONYMOUS, UNATTRIBUTED -> event(CHANGES, "dropped.other");
        }
    }

    void added(Claim c) {
        switch (c.attribution()) {
            case UNATTRIBUTED -> event(WEAKENS, "added.unsourced");
            case ANONYMOUS -> event(WEAKENS, "added.anonymous");
            default -> event(STRENGTHENS, "added.sourced");
        }
    }

    private void event(double weight, String key) {
        counts.merge(key, 1, Integer::sum);
        weightOf.put(key, weight);
        count(weight);
        add(weight);
    }

    private void add(double row) {
        rows++;
        total += Math.min(1.0, row);
    }

    private void count(double weight) {
        if (weight == WEAKENS) {
            weakening += weight;
        } else if (weight == STRENGTHENS) {
            strengthening += weight;
        }
    }

    private double weigh(Change c) {
        String key = c.kind().name();
        double w = switch (c.kind()) {
            case LABEL_CHANGED -> {
                int d = rank(Attribution.valueOf(c.to())) - rank(Attribution.valueOf(c.from()));
                key = "LABEL_CHANGED." + c.from() + "." + c.to();
                yield d < 0 ? WEAKENS : d > 0 ? STRENGTHENS : CHANGES;
            }
            case QUOTE_ADDED, QUOTE_ALTERED, HEDGE_DROPPED, HEARSAY_DROPPED, SECONDHAND_DROPPED -> WEAKENS;
            case HEDGE_ADDED, HEARSAY_ADDED, SECONDHAND_ADDED -> STRENGTHENS;
            case SOURCE_CHANGED, QUOTE_REMOVED -> CHANGES;
        };
        counts.merge(key, 1, Integer::sum);
        weightOf.put(key, w);
        count(w);
        return w;
    }

    int drift() {
        return rows == 0 ? 0 : (int) Math.round(100 * total / rows);
    }

    boolean weakened() {
        return weakening > strengthening;
    }

    List<String> reasons(int scoreBefore, int scoreAfter) {
        List<String> out = new ArrayList<>();
        // What weakens first, then what only changes, then what strengthens; in order of first occurrence within.
        List<String> keys = new ArrayList<>(counts.keySet());
        keys.sort(Comparator.comparingInt(k -> order(weightOf.get(k))));
        for (String key : keys) {
            String r = reason(key, counts.get(key));
            if (r != null) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            out.add("Every claim the two versions share is sourced the same way, and none was dropped or added.");
        }
        out.add("Drift " + drift() + " of 100: the rewrite " + (weakened() ? "weakens" : "does not weaken")
                + " the sourcing (article score " + scoreBefore + " before, " + scoreAfter + " after).");
        return out;
    }

    private static int order(double weight) {
        return weight == WEAKENS ? 0 : weight == CHANGES ? 1 : 2;
    }

    private static String reason(String key, int n) {
        if (key.startsWith("LABEL_CHANGED.")) {
            String[] p = key.split("\\.");
            Attribution from = Attribution.valueOf(p[1]);
            Attribution to = Attribution.valueOf(p[2]);
            return count(n, "claim that was", "claims that were") + " " + ChangeDetector.phrase(from) + " "
                    + (n == 1 ? "is" : "are") + " now " + ChangeDetector.phrase(to) + ".";
        }
        return switch (key) {
            case "SOURCE_CHANGED" -> count(n, "claim rests", "claims rest") + " on another source.";
            case "QUOTE_ADDED" -> n == 1 ? "A paraphrase was turned into a direct quotation."
                    : n + " paraphrases were turned into direct quotations.";
            case "QUOTE_REMOVED" -> count(n, "direct quotation was", "direct quotations were")
                    + " turned into paraphrase.";
            case "QUOTE_ALTERED" -> "The words of " + count(n, "quotation", "quotations") + " were changed.";
            case "HEDGE_DROPPED" -> count(n, "hedge was", "hedges were") + " dropped.";
            case "HEDGE_ADDED" -> count(n, "hedge was", "hedges were") + " added.";
            case "HEARSAY_DROPPED" -> count(n, "source is", "sources are")
                    + " no longer said to have only heard what they say.";
            case "HEARSAY_ADDED" -> count(n, "source is", "sources are") + " now said to have only heard it.";
            case "SECONDHAND_DROPPED" -> count(n, "source is", "sources are")
                    + " no longer said to relay others.";
            case "SECONDHAND_ADDED" -> count(n, "source is", "sources are") + " now said to relay others.";
            case "dropped.denial" -> count(n, "denial was", "denials were") + " dropped.";
            case "dropped.no-comment" -> count(n, "no-comment was", "no-comments were") + " dropped.";
            case "dropped.caveat" -> count(n, "caveat (what is not known) was", "caveats (what is not known) were")
                    + " dropped.";
            case "dropped.sourced" -> count(n, "sourced claim was", "sourced claims were") + " dropped.";
            case "dropped.other" -> count(n, "unsourced or anonymous claim was", "unsourced or anonymous claims were")
                    + " dropped.";
            case "added.unsourced" -> count(n, "claim was", "claims were") + " added with no source.";
            case "added.anonymous" -> count(n, "claim was", "claims were") + " added on unnamed sources.";
            case "added.sourced" -> count(n, "sourced claim was", "sourced claims were") + " added.";
            default -> null;
        };
    }

    private static String count(int n, String one, String many) {
        return (n == 1 ? "1 " + one : n + " " + many);
    }
}
