package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.SourceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What kind of source a phrase is, through the whole engine: a share of people ("Most", "Half") is nobody
 * identified; countries (from the JDK's locale data) and bodies known
 * by their initials speak on record; a word of origin after a title is a person's name; origin words that modify
 * a head leave it as it is.
 */
class SourceKindsTest {
    private static final Engine ENGINE = Engine.load("en");

    private static Claim only(String text) {
        Analysis a = ENGINE.analyze(text);
        assertEquals(1, a.claims().size(), () -> "one claim expected: " + a.claims());
        return a.claims().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Chile said it would close the border.                | ORGANIZATION | NAMED",
            "The United Kingdom said it would send two ships.     | ORGANIZATION | NAMED",
            "The Philippines said it would lodge a protest.       | ORGANIZATION | NAMED",
            "The UK said it would send troops.                    | ORGANIZATION | NAMED",
            "NATO said the drills would continue.                 | ORGANIZATION | NAMED",
            "Nato said the drills would continue.                 | ORGANIZATION | NAMED",
            "Western officials said the drills would continue.    | ANONYMOUS    | ANONYMOUS",
            "The panel found that the drug was safe.              | ORGANIZATION | NAMED",
            "Ms French said the rules were clear.                 | PERSON       | NAMED",
            "A French diplomat said the talks had stalled.        | ANONYMOUS    | ANONYMOUS",
            "Two Chilean officials said the border would close.   | ANONYMOUS    | ANONYMOUS",
            "Most said the levy was too high.                     | ANONYMOUS    | ANONYMOUS",
            // counted members of a body, or a body nobody names, are not the body on record
            "Two Democrats said the bill would fail.              | ANONYMOUS    | ANONYMOUS",
            "Several senior Tories said the bill would fail.      | ANONYMOUS    | ANONYMOUS",
            "Some Republicans close to the leadership said it would fail. | ANONYMOUS | ANONYMOUS",
            "One research firm said the bill would fail.          | ANONYMOUS    | ANONYMOUS",
            "The Tories said the bill would fail.                 | ORGANIZATION | NAMED",
            "A Treasury spokesman said the bill would fail.       | ORGANIZATION | NAMED",
            "A defensive Jo Roe said her critics were wrong.      | PERSON       | NAMED",
            "Half said they wanted an outsider.                   | ANONYMOUS    | ANONYMOUS",
            "Two-thirds said the economy was weak.                | ANONYMOUS    | ANONYMOUS",
            "About four in 10 said the economy was weak.          | ANONYMOUS    | ANONYMOUS",
            "Six out of 10 said the economy was weak.             | ANONYMOUS    | ANONYMOUS",
            "The rate fell to four in 10, Ana Lutz said.          | PERSON       | NAMED",
            "Most Holdings said the levy was too high.            | ORGANIZATION | NAMED",
            "State television reported that the talks had ended.  | PUBLICATION  | NAMED",
            "State-run radio said the talks had ended.            | PUBLICATION  | NAMED",
            "Local television reported that the talks had ended.  | ANONYMOUS    | ANONYMOUS",
            // "the results of" a record are the record: a head that passes to what follows "of"
            "According to early results of the exit poll, turnout fell. | DOCUMENT | DOCUMENTARY",
            "The findings of the inquiry showed no fault.         | DOCUMENT     | DOCUMENTARY",
            "The results of the vote were a tie, Ana Lutz said.   | PERSON       | NAMED",
            "A state official said the talks had ended.           | ANONYMOUS    | ANONYMOUS",
            "The port operator, Harlow Ports, said it would appeal. | ORGANIZATION | NAMED",
            "The port's chief executive, Ana Lutz, said it would appeal. | PERSON | NAMED",
    })
    void kindAndLabel(String text, SourceKind kind, Attribution label) {
        Claim c = only(text.strip());
        assertNotNull(c.source(), text);
        assertEquals(kind, c.source().kind(), text);
        assertEquals(label, c.attribution(), text);
    }

    /**
     * A source the writer keeps unnamed by agreement (anonymity.rules) is anonymous though its words name a party or
     * a body; the mark is read beside the source, in its phrase, its set-off clause or right after its cue, never in
     * what it says, and a source named by its own name keeps it.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "A Republican strategist, who asked not to be named, said the party was split. | ANONYMOUS | anonymity.name-withheld",
            "One Democrat familiar with the campaign, who requested anonymity, said the polls were tight. | ANONYMOUS | anonymity.granted",
            "`We will win,` said one Democrat close to the campaign, who requested anonymity to speak freely. | ANONYMOUS | anonymity.granted",
            "A Treasury spokesman told the paper on condition of anonymity that the vote was lost. | ANONYMOUS | anonymity.granted",
            "A Treasury spokesman, who did not want to be identified, said the budget was cut. | ANONYMOUS | anonymity.name-withheld",
            "A Treasury spokeswoman, who would not give her name, said the pier would close. | ANONYMOUS | anonymity.name-not-given",
            "A Treasury spokesman said, speaking on background, that the figures were revised. | ANONYMOUS | anonymity.on-background",
            "A Treasury spokesman said, speaking on condition of anonymity, that the figures were revised. | ANONYMOUS | anonymity.granted",
            // near misses: the mark is in what is said, or the source is named by its own name
            "A Republican strategist said anonymity was a right of every donor. | ORGANIZATION | -",
            "The Tories said the whistleblower, who requested anonymity, was credible. | ORGANIZATION | -",
            "Acme Corp, which asked not to be named in the lawsuit, said the claims were wrong. | ORGANIZATION | -",
            "Jo Roe, who spoke on condition of anonymity, said the wages were low. | PERSON | -",
            "A Treasury spokesman said the talks, which were not named, would resume. | ORGANIZATION | -",
            "A Treasury spokesman said anonymity was a right. | ORGANIZATION | -",
    })
    void aSourceUnnamedByAgreementIsAnonymous(String text, SourceKind kind, String rule) {
        Claim c = only(text.strip().replace('`', '"'));
        assertEquals(kind, c.source().kind(), text);
        assertEquals(kind == SourceKind.ANONYMOUS ? Attribution.ANONYMOUS : Attribution.NAMED, c.attribution(), text);
        boolean marked = c.rules().stream().anyMatch(r -> r.startsWith("anonymity."));
        assertEquals(!rule.equals("-"), marked, () -> text + " " + c.rules());
        if (marked) {
            assertTrue(c.rules().contains(rule), () -> text + " " + c.rules());
        }
    }

    @Test
    void everyIsoCountryHasAnEnglishName() {
        Places places = new Places();
        Document doc = Document.of("New Zealand", RuleSet.load("en"));
        assertEquals(0, places.countryEndingAt(doc, 0, doc.tokens.size()), "a two-word country from locale data");
        Document notOne = Document.of("New Brunswick", RuleSet.load("en"));
        assertTrue(places.countryEndingAt(notOne, 0, notOne.tokens.size()) < 0, "a province is no country");
    }

    /**
     * A surname alone names the person the article named in full before ("Dana Kettle ... Kettle said"), whom a later
     * "he" or "she" then refers to; a body named with its head ("the Harlow Centre") stays a body, even when the
     * nearest name to a pronoun is the body's.
     */
    @Test
    void aSurnameAloneIsThePersonNamedInFull() {
        String text = "Broadcaster Dana Kettle isn't backing down. \"We do not pay guests,\" Kettle said at a debate "
                + "hosted by the Harlow Centre for Media. \"It is our role to be sceptical,\" she said.";
        Analysis a = ENGINE.analyze(text);
        assertEquals(2, a.claims().stream().filter(c -> c.source() != null).count(), () -> a.claims().toString());
        for (Claim c : a.claims()) {
            if (c.source() != null) {
                assertEquals(SourceKind.PERSON, c.source().kind(), c::toString);
                assertEquals("s1", c.source().id(), () -> "both quotes are Kettle's: " + a.sources());
            }
        }
        assertEquals(SourceKind.ORGANIZATION, only("The Harlow Centre for Media said it would host the debate.").source().kind());
    }

    @Test
    void aTextEndingOnABodysNameIsRead() {
        // the name scan ends on the last token: a body's head there leaves no name, and nothing to read past it
        Analysis a = ENGINE.analyze("Kettle said the talks were held at the Harlow Centre");
        assertEquals(1, a.claims().size(), () -> a.claims().toString());
    }

    @Test
    void aLoneCapitalisedWordNobodyNamedInFullIsNoPerson() {
        // the near miss: with no full name to carry it, a single capitalised subject is read as a body
        assertEquals(SourceKind.ORGANIZATION, only("Harlow said it would host the debate.").source().kind());
    }
}
