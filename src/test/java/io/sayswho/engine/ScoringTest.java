package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.Summary;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Claim strength and the article summary (the rule is stated in Scoring's comment and the README): the order of
 * strengths a reader expects, counts for every label, a 0..100 score, and when an article is weak.
 */
class ScoringTest {
    private static final Engine ENGINE = Engine.load("en");

    /** The single claim of a one-sentence text. */
    private static Claim only(String text) {
        List<Claim> claims = ENGINE.analyze(text).claims();
        assertEquals(1, claims.size(), "claims of \"" + text + "\": " + claims);
        return claims.get(0);
    }

    private static double strength(String text, Attribution expected) {
        Claim c = only(text);
        assertEquals(expected, c.attribution(), "label of \"" + text + "\": " + c);
        return c.strength();
    }

    @Test
    void namedDirectQuoteIsStrongerThanNamedThanAnonymous() {
        double quote = strength("Jo Bloggs said: \u201cWe will win this election.\u201d", Attribution.NAMED);
        double named = strength("Jo Bloggs said the party would win the election.", Attribution.NAMED);
        double anonymous = strength("A source said the party would win the election.", Attribution.ANONYMOUS);
        assertTrue(quote > named, quote + " > " + named);
        assertTrue(named > anonymous, named + " > " + anonymous);
    }

    @Test
    void hedgeWeakensAClaim() {
        Claim plain = only("Jo Bloggs said the men left in May.");
        Claim hedged = only("Jo Bloggs said the men may have left in May.");
        assertTrue(hedged.flags().contains(Flag.HEDGED), "flags " + hedged.flags());
        assertTrue(hedged.strength() < plain.strength(), hedged.strength() + " < " + plain.strength());
    }

    @Test
    void hearsayWeakensAClaim() {
        Claim plain = only("Jo Bloggs said the men left in May.");
        Claim hearsay = only("Jo Bloggs said he had heard the men left in May.");
        assertTrue(hearsay.flags().contains(Flag.HEARSAY), "flags " + hearsay.flags());
        assertTrue(hearsay.strength() < plain.strength(), hearsay.strength() + " < " + plain.strength());
    }

    @Test
    void summaryCountsEveryLabelIncludingZeros() {
        Summary s = ENGINE.analyze("Jo Bloggs said the vote was fair. Ann Lee said the count was late.").summary();
        assertEquals(Arrays.asList(Attribution.values()), List.copyOf(s.counts().keySet()));
        assertEquals(2, s.counts().get(Attribution.NAMED), s.toString());
        assertEquals(0, s.counts().get(Attribution.ANONYMOUS), s.toString());
        assertEquals(0, s.counts().get(Attribution.DOCUMENTARY), s.toString());
        assertEquals(s.claims(), s.counts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void scoreIsAHundredTimesTheMeanStrengthWithinZeroToHundred() {
        for (String text : List.of("", "The sky is blue.", "Officials said the men may have left.",
                "Jo Bloggs said: \u201cWe will win.\u201d", "Jo Bloggs said the vote was fair. Sources said it was not. "
                        + "The ministry did not respond to requests for comment.")) {
            Analysis a = ENGINE.analyze(text);
            int score = a.summary().score();
            assertTrue(score >= 0 && score <= 100, "score " + score + " for \"" + text + "\"");
            double mean = a.claims().stream().mapToDouble(Claim::strength).average().orElse(0);
            assertEquals(Math.round(100 * mean), score, "score of \"" + text + "\"");
        }
    }

    @Test
    void articleOfAnonymousClaimsIsWeak() {
        Summary s = ENGINE.analyze("Sources said the men arrived in May. A source familiar with the matter said "
                + "they had left. Officials said the contractors were armed.").summary();
        assertTrue(s.counts().get(Attribution.ANONYMOUS) >= 2, s.toString());
        assertTrue(s.weak(), s.toString());
        assertFalse(s.reasons().isEmpty());
        assertTrue(s.reasons().stream().anyMatch(r -> r.contains("anonymous")), s.reasons().toString());
    }

    @Test
    void articleOfNamedDirectQuotesIsNotWeak() {
        Analysis a = ENGINE.analyze("Jo Bloggs said: \u201cWe will win this election.\u201d\n\n"
                + "Ann Lee said: \u201cThe vote was fair.\u201d");
        Summary s = a.summary();
        assertEquals(2, s.counts().get(Attribution.NAMED), a.claims().stream().map(Claim::text)
                .collect(Collectors.joining(" | ")));
        assertTrue(a.claims().stream().allMatch(c -> c.flags().contains(Flag.DIRECT_QUOTE)), a.claims().toString());
        assertFalse(s.weak(), s.toString());
        assertTrue(s.score() >= Scoring.WEAK_BELOW, s.toString());
        assertFalse(s.reasons().isEmpty());
    }

    @Test
    void emptyTextHasNoClaimsAndSaysSo() {
        Summary s = ENGINE.analyze("").summary();
        assertEquals(0, s.claims());
        assertEquals(0, s.score());
        assertFalse(s.reasons().isEmpty());
    }
}
