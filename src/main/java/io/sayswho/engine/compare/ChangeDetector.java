package io.sayswho.engine.compare;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.QuoteKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What changed in the sourcing of one aligned pair. Each detector fires only on a change a reader would weigh: the
 * same source reworded, quotation marks restyled or a term in scare quotes are no change.
 */
final class ChangeDetector {
    /** A quotation of fewer words than this, inside a paraphrase, is a term or scare quote, not a statement. */
    static final int STATEMENT_WORDS = 4;
    /** Share of the paraphrase's stems that must now stand inside quotation marks (or the reverse) to count. */
    static final double MOVED_SHARE = 0.5;

    private ChangeDetector() {
    }

    /**
     * @param continuation the pair is part of a split or merge in which one side is the unattributed continuation
     *                     of a sentence the other side attributes ("X said A. B." against "X said A and B"): as
     *                     the labelling guide reads such sentences, that is no change of label
     */
    static List<Change> changes(ClaimProfile b, ClaimProfile a, boolean continuation) {
        List<Change> out = new ArrayList<>();
        SourceIdentity identity = SourceIdentity.of(b, a);
        if (!continuation) {
            label(b, a, out);
        }
        if (identity == SourceIdentity.DIFFERENT) {
            out.add(new Change(ChangeKind.SOURCE_CHANGED, describe(b.claim.source()), describe(a.claim.source()),
                    "Now rests on " + describe(a.claim.source()) + " instead of " + describe(b.claim.source()) + "."));
        }
        quotes(b, a, out);
        flag(b, a, Flag.HEDGED, ChangeKind.HEDGE_ADDED, ChangeKind.HEDGE_DROPPED,
                "The claim is now hedged, as the earlier version did not hedge it.",
                "The hedge is gone: the claim is stated more firmly than the earlier version stated it.", out);
        // Whether a source heard or relays what it says is a quality of that source's account: compared only when
        // it is the same source (a different one is already a SOURCE_CHANGED or a label change).
        if (identity == SourceIdentity.SAME) {
            flag(b, a, Flag.HEARSAY, ChangeKind.HEARSAY_ADDED, ChangeKind.HEARSAY_DROPPED,
                    "The source is now said to have only heard it.",
                    "That the source only heard it is no longer said.", out);
            flag(b, a, Flag.SECONDHAND, ChangeKind.SECONDHAND_ADDED, ChangeKind.SECONDHAND_DROPPED,
                    "The source is now said to relay others.",
                    "That the source relays others is no longer said.", out);
        }
        return out;
    }

    private static void label(ClaimProfile b, ClaimProfile a, List<Change> out) {
        Attribution from = b.label();
        Attribution to = a.label();
        if (from == to) {
            return;
        }
        boolean namedAndUnnamed = Set.of(from, to).equals(Set.of(Attribution.NAMED, Attribution.ANONYMOUS));
        if (namedAndUnnamed && b.claim.source() != null && a.claim.source() != null) {
            ClaimProfile named = from == Attribution.NAMED ? b : a;
            ClaimProfile unnamed = named == b ? a : b;
            if (SourceIdentity.sameUnnamedPeople(named, unnamed)) {
                return; // the same unnamed people, once credited through the outlet that interviewed them
            }
        }
        String detail = from == Attribution.NAMED && to == Attribution.ANONYMOUS
                ? describe(b.claim.source()) + "'s account is given to unnamed sources ("
                        + describe(a.claim.source()) + ")."
                : "The claim was " + phrase(from) + wording(b) + "; now it is " + phrase(to) + wording(a) + ".";
        out.add(new Change(ChangeKind.LABEL_CHANGED, from.name(), to.name(), detail));
    }

    private static void quotes(ClaimProfile b, ClaimProfile a, List<Change> out) {
        boolean quotedBefore = statement(b);
        boolean quotedAfter = statement(a);
        if (quotedAfter && !quotedBefore && share(b.content, a.quoted) >= MOVED_SHARE) {
            out.add(new Change(ChangeKind.QUOTE_ADDED, null, String.join(" ", a.quotedWords()),
                    "A paraphrase is now a direct quotation: words put in the source's mouth."));
        } else if (quotedBefore && !quotedAfter && share(b.quoted, a.content) >= MOVED_SHARE) {
            out.add(new Change(ChangeKind.QUOTE_REMOVED, String.join(" ", b.quotedWords()), null,
                    "A direct quotation is now a paraphrase."));
        } else if (quotedBefore && quotedAfter) {
            List<String> x = b.quotedWords();
            List<String> y = a.quotedWords();
            // One quotation inside the other is the same words, merged with or split from others.
            if (!contains(x, y) && !contains(y, x)) {
                out.add(new Change(ChangeKind.QUOTE_ALTERED, String.join(" ", x), String.join(" ", y),
                        "The quoted words differ: \u201C" + String.join(" ", x) + "\u201D became \u201C"
                                + String.join(" ", y) + "\u201D."));
            }
        }
    }

    /** The claim gives a source's own words: a full quotation, or a partial one long enough to be a statement. */
    static boolean statement(ClaimProfile c) {
        if (c.quotes.isEmpty() || c.claim.quote() == QuoteKind.NONE) {
            return false;
        }
        return c.claim.quote() == QuoteKind.DIRECT || c.quotedWords().size() >= STATEMENT_WORDS;
    }

    private static void flag(ClaimProfile b, ClaimProfile a, Flag flag, ChangeKind added, ChangeKind dropped,
                             String addedDetail, String droppedDetail, List<Change> out) {
        boolean was = b.has(flag);
        boolean is = a.has(flag);
        if (is && !was) {
            out.add(new Change(added, null, null, addedDetail));
        } else if (was && !is) {
            out.add(new Change(dropped, null, null, droppedDetail));
        }
    }

    /** Unweighted share of {@code of}'s stems found in {@code in}. */
    private static double share(Set<String> of, Set<String> in) {
        if (of.isEmpty()) {
            return 0;
        }
        int k = 0;
        for (String s : of) {
            if (in.contains(s)) {
                k++;
            }
        }
        return (double) k / of.size();
    }

    /** True when {@code needle} occurs in {@code hay} as a contiguous run of words. */
    static boolean contains(List<String> hay, List<String> needle) {
        if (needle.isEmpty()) {
            return true;
        }
        return java.util.Collections.indexOfSubList(hay, needle) >= 0;
    }

    static String describe(ClaimSource s) {
        if (s == null) {
            return "no source";
        }
        return s.name() != null ? s.name() : "\u201C" + s.text() + "\u201D";
    }

    private static String wording(ClaimProfile c) {
        return c.claim.source() == null ? "" : " (" + describe(c.claim.source()) + ")";
    }

    static String phrase(Attribution label) {
        return switch (label) {
            case NAMED -> "attributed to a named source";
            case ANONYMOUS -> "attributed to unnamed sources";
            case DENIED -> "a denial";
            case COULD_NOT_SAY -> "a statement of what is not known";
            case NO_COMMENT -> "a no-comment";
            case DOCUMENTARY -> "drawn from records or data";
            case UNATTRIBUTED -> "told in the writer's own voice";
        };
    }
}
