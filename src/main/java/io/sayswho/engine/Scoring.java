package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.SourceKind;
import io.sayswho.engine.model.Summary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The strength and score rule (the README states it in words):
 * a claim's strength starts from its label (named 0.8, documentary 0.8, denied 0.7, no comment 0.6, could not
 * say 0.5, anonymous 0.35, unattributed 0.2), gains 0.1 for the source's own quoted words and 0.05 for several
 * anonymous sources, and loses 0.15 for hearsay, 0.1 for a hedge and 0.1 for second-hand relay, within [0.05, 1].
 * The article's score is 100 times the mean strength of its claims; it is weak when the score is under 50, or
 * when more than half its claims are anonymous or unattributed, or when every attributed claim rests on
 * anonymous sources.
 */
final class Scoring {
    static final int WEAK_BELOW = 50;

    private Scoring() {
    }

    static double strength(ClaimDraft d) {
        double s = switch (d.label) {
            case NAMED, DOCUMENTARY -> 0.8;
            case DENIED -> 0.7;
            case NO_COMMENT -> 0.6;
            case COULD_NOT_SAY -> 0.5;
            case ANONYMOUS -> d.entity != null && d.entity.plural ? 0.4 : 0.35;
            case UNATTRIBUTED -> 0.2;
        };
        if (d.attributed()) {
            if (d.flags.contains(Flag.DIRECT_QUOTE)) {
                s += 0.1;
            }
            if (d.flags.contains(Flag.HEARSAY)) {
                s -= 0.15;
            }
            if (d.flags.contains(Flag.HEDGED)) {
                s -= 0.1;
            }
            if (d.flags.contains(Flag.SECONDHAND)) {
                s -= 0.1;
            }
        }
        s = Math.max(0.05, Math.min(1.0, s));
        return Math.round(s * 100) / 100.0;
    }

    static Summary summary(List<Claim> claims) {
        Map<Attribution, Integer> counts = new EnumMap<>(Attribution.class);
        for (Attribution a : Attribution.values()) {
            counts.put(a, 0);
        }
        double total = 0;
        int hearsayOrHedged = 0;
        for (Claim c : claims) {
            counts.merge(c.attribution(), 1, Integer::sum);
            total += c.strength();
            if (c.flags().contains(Flag.HEARSAY) || c.flags().contains(Flag.HEDGED)) {
                hearsayOrHedged++;
            }
        }
        int n = claims.size();
        if (n == 0) {
            return new Summary(0, counts, 0, true, List.of("No claims were found in the text."));
        }
        int score = (int) Math.round(100 * total / n);
        int anonymous = counts.get(Attribution.ANONYMOUS);
        int unattributed = counts.get(Attribution.UNATTRIBUTED);
        int attributed = n - unattributed;
        long namedSources = claims.stream().filter(c -> c.source() != null && c.source().name() != null
                && c.source().kind() != SourceKind.ANONYMOUS && c.source().kind() != SourceKind.DOCUMENT)
                .map(c -> c.source().id()).distinct().count();
        boolean mostlyWeak = anonymous + unattributed > n / 2.0;
        boolean onlyAnonymous = attributed > 0 && anonymous == attributed;
        boolean weak = score < WEAK_BELOW || mostlyWeak || onlyAnonymous;
        List<String> reasons = new ArrayList<>();
        if (anonymous > 0) {
            reasons.add(share(anonymous, n) + " rest on anonymous sources.");
        }
        if (unattributed > 0) {
            reasons.add(share(unattributed, n) + " have no attribution.");
        }
        if (hearsayOrHedged > 0) {
            reasons.add(share(hearsayOrHedged, n) + " are hearsay or hedged.");
        }
        if (onlyAnonymous) {
            reasons.add("Every attributed claim rests on anonymous sources.");
        }
        int onRecord = counts.get(Attribution.NAMED) + counts.get(Attribution.DOCUMENTARY);
        if (onRecord > 0) {
            reasons.add(share(onRecord, n) + " are attributed to named sources or records"
                    + (namedSources > 0 ? " (" + namedSources + " named source" + (namedSources == 1 ? "" : "s") + ")." : "."));
        }
        reasons.add(weak ? "Overall the sourcing is weak (score " + score + " of 100)."
                : "Overall the sourcing is adequate (score " + score + " of 100).");
        return new Summary(n, counts, score, weak, List.copyOf(reasons));
    }

    private static String share(int k, int n) {
        return k + " of " + n + " claim" + (n == 1 ? "" : "s") + " (" + Math.round(100.0 * k / n) + "%)";
    }
}
