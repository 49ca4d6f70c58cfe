package io.sayswho.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A headline run into the first sentence of a one-line article is set apart; ordinary first sentences are not. */
class FusedHeadlineTest {
    private static final RuleSet EN = RuleSet.load("en");

    private static List<Sentence> sentences(String text) {
        return Document.of(text, EN).sentences;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Acme wins patent appeal Acme has won its appeal against the ruling. It said so.        | Acme wins patent appeal",
            "Strike hits ferry port in Ostland Ostland says talks will resume. Unions agree.        | Strike hits ferry port in Ostland",
            "Mayor sues rival over leaflet Mayor Jo Roe has sued her rival. She declined to comment. | Mayor sues rival over leaflet",
            "Runner files suit against Kell Dana Kell has filed a suit. Her lawyer said so.          | Runner files suit against Kell",
            "Ferry fares to rise in spring The ferry company will raise its fares. It said so.      | Ferry fares to rise in spring",
    })
    void theHeadlineBecomesAFragmentOfItsOwn(String text, String headline) {
        Document doc = Document.of(text, EN);
        Sentence first = doc.sentences.get(0);
        assertTrue(first.fragment(), "a headline is no claim");
        assertEquals(headline, doc.surface(first.from(), first.to()));
        assertTrue(!doc.sentences.get(1).fragment(), "the story's first sentence is prose");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Four suits worn by the Acme band on their Sing Sing Sing cover have sold. They went fast.",
            "The council met on Monday and the Mayor said the plan was sound. Nobody objected.",
            "Sales at Acme rose in May, Acme said in a statement. Shares rose.",
            "Headline on a line of its own\n\nAcme has won its appeal. It said so.",
    })
    void ordinaryFirstSentencesStayWhole(String text) {
        List<Sentence> s = sentences(text);
        Document doc = Document.of(text, EN);
        String first = doc.surface(s.get(0).from(), s.get(0).to());
        assertTrue(text.startsWith(first) && (first.endsWith(".") || text.contains("\n")), first);
    }
}
