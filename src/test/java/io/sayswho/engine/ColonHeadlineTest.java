package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A headline that names its source before a colon is a claim of that source (ATTRIBUTION.md: "Sources: deal near");
 * a place, a section label or a bare name the article never names again is not a source. Invented headlines, each
 * above the same one-sentence body.
 */
class ColonHeadlineTest {
    private static final Engine ENGINE = Engine.load("en");
    private static final String BODY = "\n\nThe talks in the capital ended on Monday after nine hours.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Nordland Officials: Talks Are Over.   | ANONYMOUS",
            "Poll: Voters Abandon Party.           | DOCUMENTARY",
            "Maria Lindqvist: Voters Are Worried.  | NAMED",
            "Nordland Ministry: Talks Are Over.    | NAMED",
            "Roe Campaign: Rival Misled Voters.    | NAMED",
            "Tarn Courier: Talks Are Over.         | NAMED",
            // who speaks, then what about, before the colon
            "Maria Lindqvist on the Budget: Talks Are Over. | NAMED",
            "Former Mayor Maria Lindqvist at the Summit: Talks Are Over. | NAMED",
            "Nordland Ministry Spokesman on Tax: Talks Are Over. | NAMED",
            // near misses: a place, a section label, a bare name the body never gives again, an outlet nobody names
            "Update on the Talks: Nothing Is New.  | UNATTRIBUTED",
            "Live at Five: Talks Are Over.         | UNATTRIBUTED",
            "Newspaper: Talks Are Over.            | UNATTRIBUTED",
            "Nordland: Talks Are Over.             | UNATTRIBUTED",
            "Update: Talks Are Over.               | UNATTRIBUTED",
            "Okafor: Talks Are Over.               | UNATTRIBUTED",
    })
    void headlineSourceBeforeAColon(String headline, Attribution label) {
        Analysis a = ENGINE.analyze(headline.strip() + BODY);
        Claim first = a.claims().get(0);
        Attribution got = first.start() == 0 ? first.attribution() : Attribution.UNATTRIBUTED; // no claim: not one
        assertEquals(label, got, () -> headline + " -> " + a.claims());
    }
}
