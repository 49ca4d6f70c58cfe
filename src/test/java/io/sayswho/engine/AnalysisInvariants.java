package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Cue;
import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.Source;
import io.sayswho.engine.model.Summary;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What must hold for the engine's answer to any text, whatever the rules decide: the contract a client
 * relies on to highlight spans and count claims. Shared by the pathological-input tests and the fuzz test,
 * so a finding of either is judged by the same rules.
 *
 * <p>Throws {@link AssertionError} with the broken rule and a short excerpt of the offending text.
 */
public final class AnalysisInvariants {
    private AnalysisInvariants() {
    }

    /** Analyses {@code text} twice and checks both answers; returns the first for further checks. */
    public static Analysis analyzeAndCheck(Engine engine, String text) {
        Analysis first = engine.analyze(text);
        check(text, first);
        Analysis second = engine.analyze(text);
        if (!first.equals(second)) {
            fail(text, "the same text analysed twice gave different answers");
        }
        return first;
    }

    /** Checks every invariant of one answer for {@code text}. */
    public static void check(String text, Analysis analysis) {
        if (analysis == null) fail(text, "analysis is null");
        if (analysis.claims() == null) fail(text, "claims is null");
        if (analysis.sources() == null) fail(text, "sources is null");
        if (analysis.summary() == null) fail(text, "summary is null");

        List<Claim> claims = analysis.claims();
        Set<String> claimIds = new HashSet<>();
        Map<Attribution, Integer> actualCounts = new EnumMap<>(Attribution.class);
        int previousEnd = 0;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            String where = "claims[" + i + "]";
            if (c == null) fail(text, where + " is null");
            if (c.id() == null || !claimIds.add(c.id())) fail(text, where + " id missing or repeated: " + c.id());
            if (c.attribution() == null) fail(text, where + " has no attribution");
            actualCounts.merge(c.attribution(), 1, Integer::sum);

            span(text, where, c.start(), c.end());
            if (c.text() != null && !c.text().equals(text.substring(c.start(), c.end()))) {
                fail(text, where + ".text differs from the text at its span " + c.start() + ".." + c.end());
            }
            // Claims come in text order and never overlap: each starts at or after the previous one's end.
            if (c.start() < previousEnd) {
                fail(text, where + " starts at " + c.start() + ", before the previous claim ends at " + previousEnd);
            }
            previousEnd = c.end();

            if (!(c.strength() >= 0.0 && c.strength() <= 1.0)) fail(text, where + ".strength " + c.strength() + " not in 0..1");
            if (c.content() != null) span(text, where + ".content", c.content().start(), c.content().end());
            Cue cue = c.cue();
            if (cue != null) {
                span(text, where + ".cue", cue.start(), cue.end());
                if (cue.text() == null || !cue.text().equals(text.substring(cue.start(), cue.end()))) {
                    fail(text, where + ".cue.text '" + cue.text() + "' differs from its span");
                }
            }
            ClaimSource src = c.source();
            if (src != null) {
                span(text, where + ".source", src.start(), src.end());
                // The mention is "the words of the mention in the text" (ClaimSource's contract).
                if (src.text() != null && !src.text().equals(text.substring(src.start(), src.end()))) {
                    fail(text, where + ".source.text '" + src.text() + "' differs from its span");
                }
            }
            if (c.flags() == null) fail(text, where + ".flags is null");
            if (c.rules() == null) fail(text, where + ".rules is null");
        }

        Set<String> sourceIds = new HashSet<>();
        for (int i = 0; i < analysis.sources().size(); i++) {
            Source s = analysis.sources().get(i);
            String where = "sources[" + i + "]";
            if (s == null) fail(text, where + " is null");
            if (s.id() == null || !sourceIds.add(s.id())) fail(text, where + " id missing or repeated: " + s.id());
            if (s.mentions() == null || s.claims() == null) fail(text, where + " has null mentions or claims");
            for (int m = 0; m < s.mentions().size(); m++) {
                Range r = s.mentions().get(m);
                span(text, where + ".mentions[" + m + "]", r.start(), r.end());
            }
            for (String claimId : s.claims()) {
                if (!claimIds.contains(claimId)) fail(text, where + " names claim " + claimId + " which does not exist");
            }
        }
        for (Claim c : claims) {
            if (c.source() != null && c.source().id() != null && !sourceIds.contains(c.source().id())) {
                fail(text, "claim " + c.id() + " rests on source " + c.source().id() + " which is not in sources");
            }
        }

        Summary sum = analysis.summary();
        if (sum.claims() != claims.size()) fail(text, "summary.claims " + sum.claims() + " != " + claims.size() + " claims");
        if (sum.counts() == null) fail(text, "summary.counts is null");
        int total = 0;
        for (Attribution a : Attribution.values()) {
            Integer boxed = sum.counts().get(a);
            if (boxed == null) fail(text, "summary.counts lacks " + a);
            int n = boxed; // compare ints: Integer != Integer is identity, wrong above 127 (the fuzzer found it)
            if (n != actualCounts.getOrDefault(a, 0)) {
                fail(text, "summary.counts[" + a + "] = " + n + " but " + actualCounts.getOrDefault(a, 0) + " claims have it");
            }
            total += n;
        }
        if (total != claims.size()) fail(text, "summary.counts add up to " + total + ", not " + claims.size());
        if (sum.score() < 0 || sum.score() > 100) fail(text, "summary.score " + sum.score() + " not in 0..100");
        if (sum.reasons() == null) fail(text, "summary.reasons is null");
    }

    /** 0 ≤ start ≤ end ≤ length, and neither end cuts a surrogate pair (a highlighted emoji stays whole). */
    private static void span(String text, String what, int start, int end) {
        if (start < 0 || start > end || end > text.length()) {
            fail(text, what + " span " + start + ".." + end + " outside 0.." + text.length());
        }
        if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
            fail(text, what + " span " + start + ".." + end + " splits a surrogate pair");
        }
    }

    static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length()
                && Character.isHighSurrogate(text.charAt(offset - 1)) && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void fail(String text, String problem) {
        String excerpt = text.length() <= 120 ? text : text.substring(0, 120) + "…";
        throw new AssertionError(problem + " [text of " + text.length() + " chars: "
                + excerpt.replace("\n", "\\n").replace("\r", "\\r") + "]");
    }
}
