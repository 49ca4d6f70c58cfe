package io.sayswho.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Paragraph breaks lost in a run-on copy come back where a quotation of several paragraphs opens again. */
class RunOnParagraphsTest {
    private static final RuleSet EN = RuleSet.load("en");

    private static List<String> quotations(String text) {
        Document d = Document.of(text, EN);
        return d.quotes.stream().map(q -> d.surface(q.open(), q.end())).toList();
    }

    @Test
    void aQuotationOpenedAgainAfterAStopStartsAParagraph() {
        String text = "Jo Roe said: \"We will act. \"The rest can wait.\" Prices rose.";
        Document d = Document.of(text, EN);
        assertEquals(3, d.paragraphStarts.length, "one break restored, plus the end");
        assertEquals(List.of("\"We will act.", "\"The rest can wait.\""), quotations(text));
    }

    @Test
    void runOnTextPairsMarksAsTheParagraphedTextDoes() {
        String runOn = "\"We will act. \"The rest can wait,\" she said. Later he said \"no\" twice.";
        String paragraphed = "\"We will act.\n\n\"The rest can wait,\" she said. Later he said \"no\" twice.";
        assertEquals(quotations(paragraphed).size(), quotations(runOn).size());
        assertTrue(quotations(runOn).contains("\"no\""), "the quotation after the break still pairs");
    }

    @Test
    void aClosingMarkAfterAStopIsNoBreak() {
        // the mark after "act." touches it: it closes; the next one opens after a space but no quotation is open
        String text = "She said \"we will act.\" \"Good,\" he said.";
        assertEquals(2, Document.of(text, EN).paragraphStarts.length);
    }

    @Test
    void anOpeningMarkBeforeALowerCaseWordIsNoBreak() {
        String text = "He called it \"a plan. \"nothing more\" than that.";
        assertEquals(2, Document.of(text, EN).paragraphStarts.length);
    }
}
