package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The subject of a verb of showing is the record (RecordSubject): a long description that opens the clause, or the
 * record found as the subject itself, never the words around it ("The poll also", "The Fox results arrive ... after
 * a poll"); and a record's description stays documentary whatever the text named before it.
 */
class RecordSubjectTest {
    private static final Engine ENGINE = Engine.load("en");
    private static final String LEAD = "The vote was close. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The poll also showed that turnout fell.                                   | also showed | The poll                | DOCUMENTARY",
            "The results show that turnout fell.                                       | show   | The results             | DOCUMENTARY",
            "Recent polling shows that the mayor is popular.                           | shows  | Recent polling          | DOCUMENTARY",
            "Rents rose a day after a new survey showed that wages fell.               | showed | a new survey            | DOCUMENTARY",
            "A review of donations made since the start of 2020 shows that most came from abroad. | shows | A review of donations made since the start of 2020 | DOCUMENTARY",
            "The Tarn Courier ran an article on the port. The study documented a rise in traffic. | documented | The study | DOCUMENTARY",
    })
    void theRecordIsTheSubject(String sentence, String cue, String source, Attribution label) {
        String text = LEAD + sentence.strip();
        Analysis a = ENGINE.analyze(text);
        Claim c = a.claims().stream()
                .filter(x -> x.cue() != null && text.substring(x.cue().start(), x.cue().end()).equals(cue.strip()))
                .findFirst().orElse(null);
        assertNotNull(c, () -> "no claim with cue '" + cue + "' in " + a.claims());
        assertEquals(source.strip(), text.substring(c.source().start(), c.source().end()));
        assertEquals(label, c.attribution(), () -> c.rules().toString());
    }

    /** Near misses: a year or a count before a plural noun, a record inside a phrase that is no subject. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The 2020 shows were cancelled.",
            "The theatre staged 12 shows last year.",
    })
    void noRecordSpeaks(String sentence) {
        Analysis a = ENGINE.analyze(LEAD + sentence.strip());
        assertEquals(Attribution.UNATTRIBUTED, a.claims().get(a.claims().size() - 1).attribution(), () -> a.claims().toString());
    }
}
