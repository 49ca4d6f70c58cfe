package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A tag closing a direct quotation is a cue whatever its verb, read by its shape: a pronoun or a name, one verb,
 * an optional particle or adverb, then the end, a comma or the quote going on. A verb with more after it is a deed.
 */
class QuoteTagTest {
    private static final Engine ENGINE = Engine.load("en");
    private static final String LEAD = "Port news\n\nThe pier is shut. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"We will not back down,\" she vowed.                    | vowed   | she",
            "\"Not again,\" Tomas Lind groaned, \"not this summer.\"   | groaned | Tomas Lind",
            "\"Why now?\" he winced.                                  | winced  | he",
            "\"It was never about pay,\" Ines Varga sighs.            | sighs   | Ines Varga",
            "\"It is over,\" Mara Quist laughed softly.               | laughed | Mara Quist",
    })
    void theVerbOfATagClosingAQuoteIsItsCue(String text, String cue, String source) {
        Claim c = quoteClaim(text);
        assertEquals(cue, c.cue() == null ? null : c.cue().text(), () -> c.rules().toString());
        assertEquals(source, c.source().text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a verb with its own object or adjunct: what the person did, not how the quote was said
            "\"The Harbour,\" he directed in 1998.",
            "\"The Harbour,\" Tomas Lind filmed the scene.",
            // no speaker before the verb: "it", a common noun
            "\"The Harbour,\" it opened.",
            "\"The Harbour,\" the film opened.",
            // the quotation does not close on a comma or a question: a title in the sentence
            "The ferry \"The Harbour\" Tomas Lind owned.",
    })
    void aDeedOrANounAfterTheQuoteIsNoTag(String text) {
        Claim c = quoteClaim(text);
        assertNull(c.cue(), () -> c.rules().toString());
    }

    private static Claim quoteClaim(String text) {
        Analysis a = ENGINE.analyze(LEAD + text.strip());
        assertEquals(2, a.claims().size(), () -> a.claims().toString());
        return a.claims().get(1);
    }
}
