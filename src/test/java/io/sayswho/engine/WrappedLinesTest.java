package io.sayswho.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A hard-wrapped copy paragraphs as the same text on long lines; a text with short lines of its own is left alone. */
class WrappedLinesTest {
    private static final RuleSet EN = RuleSet.load("en");

    private static int paragraphs(String text) {
        return Document.of(text, EN).paragraphStarts.length - 1;
    }

    @Test
    void breaksInsideSentencesOfAWrappedTextAreSpaces() {
        String wrapped = "* Talks held but no deal\n"
                + "* Buyers have shown interest\n"
                + "Acme has spoken to at\n"
                + "least two firms about helping them\n"
                + "finance a bid, the Ledger reported, citing a person\n"
                + "familiar with the matter.\n"
                + "Acme and its partners have held\n"
                + "talks, the source said.\n";
        // two bullets, then two sentences, each starting a paragraph after the stop before it
        assertEquals(4, paragraphs(wrapped));
    }

    @Test
    void aTextWhoseLinesEndSentencesKeepsEveryLine() {
        String lines = "Acme wins appeal\nAcme has won its appeal.\nIts rival said it would appeal again.\n";
        assertEquals(3, paragraphs(lines));
    }

    @Test
    void oneBreakInsideASentenceIsNoWrapping() {
        // a headline on its own line and one stray break: too few to call the text wrapped
        String text = "Acme wins appeal\nAcme has won\nits appeal. Its rival said so.\n";
        assertEquals(3, paragraphs(text));
    }
}
