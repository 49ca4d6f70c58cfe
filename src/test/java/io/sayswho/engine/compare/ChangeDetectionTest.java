package io.sayswho.engine.compare;

import io.sayswho.engine.Engine;
import io.sayswho.engine.model.Attribution;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Each kind of change on an invented pair, and beside it the near miss that must not fire: the same source reworded,
 * the quotation's punctuation restyled, the sentences reordered. Plus merges, splits, and empty or identical texts.
 */
class ChangeDetectionTest {
    static final Engine ENGINE = Engine.load("en");
    static final String ROE = "Mayor Jo Roe said the bridge will close in May for repairs.";

    /** The changes of the only aligned row; fails unless exactly one claim on each side is aligned. */
    static List<ChangeKind> changesOf(String before, String after) {
        Comparison c = ENGINE.compare(before, after);
        List<AlignedPair> aligned = c.alignment().stream().filter(r -> r.before() != null && r.after() != null)
                .toList();
        assertEquals(1, aligned.size(), "one aligned pair expected: " + c.alignment());
        return aligned.get(0).changes().stream().map(Change::kind).toList();
    }

    @Test
    void namedToAnonymousIsALabelAndASourceChange() {
        Comparison c = ENGINE.compare(ROE,
                "Officials familiar with the plan said the bridge will close in May for repairs.");
        Change label = c.alignment().get(0).changes().get(0);
        assertEquals(ChangeKind.LABEL_CHANGED, label.kind());
        assertEquals("NAMED", label.from());
        assertEquals("ANONYMOUS", label.to());
        assertTrue(label.detail().contains("Jo Roe"), label.detail());
        assertEquals(List.of(ChangeKind.LABEL_CHANGED, ChangeKind.SOURCE_CHANGED),
                c.alignment().get(0).changes().stream().map(Change::kind).toList());
        assertTrue(c.summary().weakened());
    }

    @Test
    void aNamedSourceRelegatedToADescriptionOfAnUnnamedOneIsStillAChange() {
        assertEquals(List.of(ChangeKind.LABEL_CHANGED, ChangeKind.SOURCE_CHANGED),
                changesOf(ROE, "A person close to Jo Roe said the bridge will close in May for repairs."));
    }

    @Test
    void nearMissTheSameSourceReorderedIsNoChange() {
        assertEquals(List.of(), changesOf(ROE, "The bridge will close in May for repairs, Mayor Jo Roe said."));
    }

    @Test
    void anotherNamedPersonIsASourceChangeOnly() {
        assertEquals(List.of(ChangeKind.SOURCE_CHANGED),
                changesOf(ROE, "Governor Ann Lee said the bridge will close in May for repairs."));
    }

    @Test
    void nearMissTheSameNamedPersonDescribedOtherwiseIsNoChange() {
        assertEquals(List.of(), changesOf(ROE, "Roe, the city's mayor, said the bridge will close in May for repairs."));
    }

    @Test
    void nearMissTwoUnnamedSourcesWordedOtherwiseAreNoChange() {
        assertEquals(List.of(), changesOf("Officials said the bridge will close in May for repairs.",
                "People familiar with the matter said the bridge will close in May for repairs."));
    }

    @Test
    void documentaryToUnattributedIsALabelChangeThatWeakens() {
        Comparison c = ENGINE.compare("Court filings show the contractor owed 4 million dollars to the city.",
                "The contractor owed 4 million dollars to the city.");
        assertEquals(List.of(ChangeKind.LABEL_CHANGED),
                c.alignment().get(0).changes().stream().map(Change::kind).toList());
        assertEquals(Attribution.DOCUMENTARY.name(), c.alignment().get(0).changes().get(0).from());
        assertTrue(c.summary().weakened());
    }

    @Test
    void aParaphraseTurnedIntoAQuotationIsQuoteAdded() {
        assertEquals(List.of(ChangeKind.QUOTE_ADDED), changesOf(
                "Mayor Jo Roe said the old bridge was unsafe for heavy trucks.",
                "\u201CThe old bridge is unsafe for heavy trucks,\u201D Mayor Jo Roe said."));
    }

    @Test
    void aQuotationTurnedIntoAParaphraseIsQuoteRemoved() {
        assertEquals(List.of(ChangeKind.QUOTE_REMOVED), changesOf(
                "\u201CThe old bridge is unsafe for heavy trucks,\u201D Mayor Jo Roe said.",
                "Mayor Jo Roe said the old bridge was unsafe for heavy trucks."));
    }

    @Test
    void otherWordsInsideTheQuotationMarksAreQuoteAltered() {
        Comparison c = ENGINE.compare("\u201CThe old bridge is unsafe for heavy trucks,\u201D Mayor Jo Roe said.",
                "\u201CThe old bridge is dangerous for heavy trucks,\u201D Mayor Jo Roe said.");
        Change altered = c.alignment().get(0).changes().get(0);
        assertEquals(ChangeKind.QUOTE_ALTERED, altered.kind());
        assertTrue(altered.from().contains("unsafe") && altered.to().contains("dangerous"), altered.toString());
    }

    @Test
    void nearMissQuotationMarksAndPunctuationRestyledIsNoChange() {
        assertEquals(List.of(), changesOf("\u201CThe old bridge is unsafe for heavy trucks,\u201D Mayor Jo Roe said.",
                "\"The old bridge is unsafe for heavy trucks.\" Mayor Jo Roe said."));
    }

    @Test
    void nearMissATermInScareQuotesDroppedIsNoQuoteChange() {
        assertEquals(List.of(), changesOf(
                "Mayor Jo Roe said the \u201Csmart\u201D bridge will close in May for repairs.",
                "Mayor Jo Roe said the smart bridge will close in May for repairs."));
    }

    @Test
    void aHedgeDroppedAndAdded() {
        String hedged = "Mayor Jo Roe said the repairs may cost around 4 million dollars.";
        String firm = "Mayor Jo Roe said the repairs cost 4 million dollars.";
        assertEquals(List.of(ChangeKind.HEDGE_DROPPED), changesOf(hedged, firm));
        assertEquals(List.of(ChangeKind.HEDGE_ADDED), changesOf(firm, hedged));
        assertTrue(ENGINE.compare(hedged, firm).summary().weakened(), "a dropped hedge weakens");
        assertFalse(ENGINE.compare(firm, hedged).summary().weakened(), "an added hedge does not");
    }

    @Test
    void hearsayDroppedAndAdded() {
        String heard = "Mayor Jo Roe said he had heard that the contractor was bankrupt.";
        String first = "Mayor Jo Roe said that the contractor was bankrupt.";
        assertEquals(List.of(ChangeKind.HEARSAY_DROPPED), changesOf(heard, first));
        assertEquals(List.of(ChangeKind.HEARSAY_ADDED), changesOf(first, heard));
    }

    @Test
    void secondHandDroppedAndAdded() {
        String relayed = "Citing contacts in the ministry, Mayor Jo Roe said the plan was dropped.";
        String own = "Mayor Jo Roe said the plan was dropped.";
        assertEquals(List.of(ChangeKind.SECONDHAND_DROPPED), changesOf(relayed, own));
        assertEquals(List.of(ChangeKind.SECONDHAND_ADDED), changesOf(own, relayed));
    }

    @Test
    void nearMissSentencesInAnotherOrderAreAlignedUnchanged() {
        String a = "Mayor Jo Roe said the bridge will close in May for repairs. ";
        String b = "The ministry did not respond to a request for comment about the tender. ";
        String c = "Flight-tracking data showed the governor's jet landed in Lisbon on Tuesday.";
        Comparison cmp = ENGINE.compare(a + b + c, c + " " + a + b.strip());
        assertEquals(3, cmp.summary().aligned());
        assertEquals(0, cmp.summary().changed());
        assertEquals(0, cmp.summary().dropped() + cmp.summary().added());
        assertEquals(0, cmp.summary().drift());
        // Rows follow the after text: the flight sentence (the first claim of the before text's third) comes first.
        assertEquals("c3", cmp.alignment().get(0).before());
        assertEquals("c1", cmp.alignment().get(0).after());
    }

    @Test
    void aClaimThatIsAllSourceAndCueIsAlignedWhenItMoves() {
        String roe = "Mayor Jo Roe said the bridge will close in May for repairs.\n\n";
        String silent = "The contractor was not immediately available for comment.\n\n";
        String data = "Flight-tracking data showed the governor's jet landed in Lisbon on Tuesday.";
        Comparison c = ENGINE.compare(roe + silent + data, data + "\n\n" + silent + roe.strip());
        assertEquals(3, c.summary().aligned(), c.alignment().toString());
        assertEquals(0, c.summary().changed() + c.summary().dropped() + c.summary().added());
    }

    @Test
    void twoSentencesMergedIntoOneAreBothAlignedWithIt() {
        Comparison c = ENGINE.compare(
                "Mayor Jo Roe said the bridge will close in May for repairs. Roe said the ferry will run every hour.",
                "Mayor Jo Roe said the bridge will close in May for repairs and the ferry will run every hour.");
        assertEquals(1, c.after().claims().size(), c.after().claims().toString());
        assertEquals(List.of("c1", "c2"), c.alignment().stream().map(AlignedPair::before).toList());
        assertTrue(c.alignment().stream().allMatch(r -> "c1".equals(r.after()) && r.changes().isEmpty()),
                c.alignment().toString());
    }

    @Test
    void oneSentenceSplitInTwoIsAlignedWithBoth() {
        Comparison c = ENGINE.compare(
                "Mayor Jo Roe said the bridge will close in May for repairs and the ferry will run every hour.",
                "Mayor Jo Roe said the bridge will close in May for repairs. Roe said the ferry will run every hour.");
        assertEquals(List.of("c1", "c2"), c.alignment().stream().map(AlignedPair::after).toList());
        assertTrue(c.alignment().stream().allMatch(r -> "c1".equals(r.before()) && r.changes().isEmpty()),
                c.alignment().toString());
    }

    @Test
    void droppedClaimsStandWhereTheyStoodAndWeakenWhenTheyWereTheOtherSidesAnswer() {
        Comparison c = ENGINE.compare(ROE + " The ministry did not respond to a request for comment. "
                        + "Flight-tracking data showed the governor's jet landed in Lisbon on Tuesday.",
                ROE + " Flight-tracking data showed the governor's jet landed in Lisbon on Tuesday.");
        assertEquals(List.of("c1", "c2", "c3"), c.alignment().stream().map(AlignedPair::before).toList());
        assertNull(c.alignment().get(1).after(), "the no-comment is dropped, in its place");
        assertEquals(1, c.summary().dropped());
        assertTrue(c.summary().weakened());
        assertTrue(c.summary().reasons().contains("1 no-comment was dropped."), c.summary().reasons().toString());
    }

    @Test
    void anAddedUnsourcedStoryWeakensAnAddedNamedOneDoesNot() {
        Comparison unsourced = ENGINE.compare(ROE, ROE + " A private jet landed in Lisbon on Tuesday night.");
        assertEquals(1, unsourced.summary().added());
        assertNull(unsourced.alignment().get(1).before());
        assertTrue(unsourced.summary().weakened());
        Comparison named = ENGINE.compare(ROE, ROE + " Governor Ann Lee said a private jet landed in Lisbon.");
        assertEquals(1, named.summary().added());
        assertFalse(named.summary().weakened());
    }

    @Test
    void anIdenticalTextHasNoChangesAndNoDrift() {
        String text = SpecPairDriftTest.BEFORE;
        Comparison c = ENGINE.compare(text, text);
        assertEquals(c.before().claims().size(), c.summary().aligned());
        for (int i = 0; i < c.alignment().size(); i++) {
            AlignedPair r = c.alignment().get(i);
            assertEquals(r.before(), r.after(), "claim aligned with itself");
            assertEquals(List.of(), r.changes());
        }
        assertEquals(0, c.summary().drift());
        assertFalse(c.summary().weakened());
    }

    @Test
    void anIdenticalTextOfFragmentsWithoutContentWordsAlignsClaimByClaim() {
        // "He said." and "}." have no content word; "I said, 'What are they doing?'" only function words.
        String text = "Mayor Jo Roe said the bridge will close in May.\n\n}.\n\nHe said.\n\n"
                + "I said, 'What are they doing?'\n\n}.";
        Comparison c = ENGINE.compare(text, text);
        assertTrue(c.before().claims().size() >= 4, c.before().claims().toString());
        assertEquals(c.before().claims().size(), c.summary().aligned(), c.alignment().toString());
        c.alignment().forEach(r -> assertEquals(r.before(), r.after(), r.toString()));
    }

    @Test
    void anEmptyAfterTextDropsEveryClaim() {
        Comparison c = ENGINE.compare(ROE + " The ministry did not respond to a request for comment.", "");
        assertEquals(2, c.summary().dropped());
        assertEquals(0, c.summary().aligned() + c.summary().added());
        assertTrue(c.alignment().stream().allMatch(r -> r.after() == null));
        assertTrue(c.summary().weakened(), "a no-comment went with it");
    }

    @Test
    void twoEmptyTextsCompareToNothing() {
        Comparison c = ENGINE.compare("", " ");
        assertEquals(List.of(), c.alignment());
        assertEquals(0, c.summary().drift());
        assertFalse(c.summary().weakened());
    }
}
