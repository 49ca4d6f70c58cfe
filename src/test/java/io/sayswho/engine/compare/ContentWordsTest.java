package io.sayswho.engine.compare;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The stems alignment matches on: a rewrite's other inflection or spelling meets its original; others do not. */
class ContentWordsTest {
    private static List<String> stems(String text) {
        return ContentWords.stems(text, 0, text.length());
    }

    @Test
    void inflectionsAndSpellingsMeet() {
        assertEquals(stems("protect"), stems("protection"));
        assertEquals(stems("sympathisers"), stems("sympathizers"));
        assertEquals(stems("arrived"), stems("arrive"));
        assertEquals(stems("interference"), stems("interfere"));
        assertEquals(java.util.Set.copyOf(stems("Dec 10th")), java.util.Set.copyOf(stems("10 December")));
    }

    @Test
    void differentWordsStayApart() {
        assertNotEquals(stems("bridge"), stems("ferry"));
        assertNotEquals(stems("400"), stems("40"));
        assertNotEquals(stems("unsafe"), stems("dangerous"));
    }

    @Test
    void functionWordsAndReportingVerbsAreNotContent() {
        assertEquals(List.of(), stems("He said that they had told us it was there, according to them."));
        // The month "May" goes with the auxiliary "may": a known loss, the numbers and other words still match.
        assertEquals(List.of("bridg", "clos"), stems("The bridge will close in May"));
    }

    @Test
    void wordsSplitAtPunctuationAndOffsetsBoundTheRange() {
        assertEquals(List.of("karvel", "76"), stems("Karvel-76"));
        assertEquals(List.of("bridg"), ContentWords.stems("old bridge", 4, 10));
    }
}
