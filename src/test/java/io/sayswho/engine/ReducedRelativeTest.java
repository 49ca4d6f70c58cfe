package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A participle between a common noun and a finite "be" describes the noun (CueReading.reducedRelative): "refugees
 * admitted are" is no one admitting anything, and the clause's report verb keeps its speaker. A relative word
 * opening the noun's clause, a pronoun before the verb, or anything but "be" after it leaves the cue a verb.
 */
class ReducedRelativeTest {
    private static final Engine ENGINE = Engine.load("en");
    private static final String LEAD = "The vote was close. ";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // the participle describes the noun: the report verb before it is the cue
            "The agency says the majority of refugees admitted are women and children. | says | The agency",
            "The ministry says most of the patients reported were elderly.            | says | The ministry",
            // near misses: the word is the clause's verb
            "The candidate, whom many voters believed was honest, lost.               | believed | many voters",
            "The mayor admitted she was wrong.                                         | admitted | The mayor",
            "Two officials admitted that the count was wrong.                          | admitted | Two officials",
    })
    void cueAndSource(String sentence, String cue, String source) {
        String text = LEAD + sentence.strip();
        Analysis a = ENGINE.analyze(text);
        Claim c = a.claims().stream().filter(x -> x.cue() != null).findFirst().orElse(null);
        assertNotNull(c, () -> "no attributed claim in " + a.claims());
        assertEquals(cue.strip(), text.substring(c.cue().start(), c.cue().end()), () -> a.claims().toString());
        assertEquals(source.strip(), text.substring(c.source().start(), c.source().end()));
    }
}
