package io.sayswho.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sentence splitting as Document.of does it with the en rules: abbreviations, datelines, quotes, headlines. */
class SegmenterTest {
    private static final RuleSet EN = RuleSet.load("en");

    private static Document doc(String text) {
        return Document.of(text, EN);
    }

    private static List<String> sentences(String text) {
        Document d = doc(text);
        return d.sentences.stream().map(s -> d.surface(s.from(), s.to())).toList();
    }

    @Test
    void abbreviationBeforeASentenceStarterEndsTheSentence() {
        assertEquals(List.of("Prices rose in the U.S.", "The company said sales fell."),
                sentences("Prices rose in the U.S. The company said sales fell."));
    }

    @Test
    void abbreviationsInsideANameDoNotEndTheSentence() {
        String text = "Gov. Ana Ruiz of the U.S. state said it was fine.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void datelineIsCutOffTheFirstSentence() {
        assertEquals(List.of("Officials said the talks failed."),
                sentences("WASHINGTON (AP) \u2014 Officials said the talks failed."));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "April 26 (Reuters) - Officials said the talks failed.",
            "Washington (AP) \u2014 Officials said the talks failed.",
            "LONDON, April 26 (Reuters) - Officials said the talks failed.",
    })
    void aDatelineWithAnAgencyInBracketsIsCutOffWhateverItsCase(String text) {
        assertEquals(List.of("Officials said the talks failed."), sentences(text));
    }

    @Test
    void aPartyTagInBracketsBeforeADashIsNoDateline() {
        String text = "Sen. Ana Ruiz (D-Vt.) \u2014 the chair \u2014 said the talks failed.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void questionInQuotesFollowedByALowerCaseTagIsOneSentence() {
        String text = "\u201cWhy now?\u201d she asked reporters.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void questionInQuotesFollowedByACapitalStartsANewSentence() {
        // the counterpart of the lower-case tag: the same marks do end a sentence before a capital
        assertEquals(List.of("\u201cWhy now?\u201d", "She did not answer."),
                sentences("\u201cWhy now?\u201d She did not answer."));
    }

    @Test
    void aStraightMarkOpeningAQuotationStartsTheNextSentence() {
        assertEquals(List.of("The vote was close.", "\"We won; it was great,\" he said."),
                sentences("The vote was close. \"We won; it was great,\" he said."));
    }

    @Test
    void aStraightMarkClosingAQuotationStaysWithItsSentence() {
        // the near miss: the same mark after a stop closes the quotation opened before it
        assertEquals(List.of("He said \"we won.\"", "Then he left."),
                sentences("He said \"we won.\" Then he left."));
    }

    @Test
    void headlineWithoutFinalStopIsAFragment() {
        Document d = doc("Russia sends contractors to Venezuela\n\nSources said the men arrived this week.");
        assertEquals(2, d.sentences.size());
        Sentence headline = d.sentences.get(0);
        Sentence body = d.sentences.get(1);
        assertEquals("Russia sends contractors to Venezuela", d.surface(headline.from(), headline.to()));
        assertTrue(headline.fragment(), "a line without a final stop is a headline fragment");
        assertFalse(body.fragment(), "a line ending in a period is prose");
        assertEquals(0, headline.paragraph());
        assertEquals(1, body.paragraph());
    }
}
