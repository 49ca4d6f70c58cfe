package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Source;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coreference through the whole engine: who a pronoun or a description at a claim stands for. */
class EntitiesCoreferenceTest {
    private static final Engine ENGINE = Engine.load("en");

    /** The source of the claim whose text contains {@code anchor}, with the whole analysis in the message. */
    private static ClaimSource sourceOf(Analysis a, String anchor) {
        Claim claim = a.claims().stream().filter(c -> c.text().contains(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains \"" + anchor + "\": " + describe(a)));
        assertNotNull(claim.source(), "claim without a source: " + describe(a));
        return claim.source();
    }

    private static Source entry(Analysis a, ClaimSource s) {
        return a.sources().stream().filter(e -> e.id().equals(s.id())).findFirst()
                .orElseThrow(() -> new AssertionError("no sources entry " + s.id() + ": " + describe(a)));
    }

    private static String describe(Analysis a) {
        return a.claims().stream().map(c -> c.attribution() + " \"" + c.text() + "\" source=" + c.source())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    @Test
    void pronounAfterANamedSourceResolvesToTheName() {
        Analysis a = ENGINE.analyze("Jo Bloggs, a spokesman for the ministry, said the plan was sound. "
                + "He said the talks would resume on Monday.");
        ClaimSource he = sourceOf(a, "talks would resume");
        assertEquals("He", he.text());
        assertEquals("Jo Bloggs", he.name(), describe(a));
        assertEquals(sourceOf(a, "plan was sound").id(), he.id(), "one entry for Jo Bloggs and his pronoun");
    }

    @Test
    void titleDescriptionResolvesToThePersonWhoHadTheTitle() {
        Analysis a = ENGINE.analyze("Spokesman Jo Bloggs said the plan was sound. "
                + "The spokesman added that talks would resume on Monday.");
        ClaimSource spokesman = sourceOf(a, "talks would resume");
        assertEquals("The spokesman", spokesman.text());
        assertEquals("Jo Bloggs", spokesman.name(), describe(a));
    }

    @Test
    void theCompanyResolvesToTheNamedCompany() {
        Analysis a = ENGINE.analyze("Acme Industries said sales rose in May. "
                + "The company said it would hire 200 workers.");
        ClaimSource company = sourceOf(a, "hire 200 workers");
        assertEquals("The company", company.text());
        assertEquals("Acme Industries", company.name(), describe(a));
        // the entry carries both mentions, so a client can highlight every place the company speaks
        assertEquals(2, entry(a, company).mentions().size(), describe(a));
    }

    @Test
    void theCompanySkipsAPersonSpeakingInBetween() {
        Analysis a = ENGINE.analyze("Acme Industries said sales rose in May. The spokesman Jo Bloggs said the "
                + "figures were good. The company said it would hire 200 workers.");
        assertEquals("Acme Industries", sourceOf(a, "hire 200 workers").name(), describe(a));
    }

    @Test
    void theThirdSourcePicksTheThirdOfThree() {
        Analysis a = ENGINE.analyze("One source said the men arrived in May. A second source said they left in June. "
                + "A third source said they stayed. The third source could not say when they arrived.");
        ClaimSource third = sourceOf(a, "could not say when");
        assertEquals("The third source", third.text());
        assertEquals(sourceOf(a, "they stayed").id(), third.id(), describe(a));
        assertNotEquals(sourceOf(a, "arrived in May").id(), third.id(), describe(a));
        assertNotEquals(sourceOf(a, "left in June").id(), third.id(), describe(a));
    }

    @Test
    void pronounSkipsAPersonOnlyTalkedAboutWhenASpeakerExists() {
        // Peter Smith is nearer to "He" but only talked about; the speaker is Jo Bloggs
        Analysis a = ENGINE.analyze("Jo Bloggs, a spokesman for the ministry, said Peter Smith had been fired "
                + "on Friday. He said the decision was final.");
        ClaimSource he = sourceOf(a, "decision was final");
        assertEquals("Jo Bloggs", he.name(), describe(a));
        assertTrue(a.sources().stream().noneMatch(s -> "Peter Smith".equals(s.name())),
                "Peter Smith is no source: " + describe(a));
    }

    @Test
    void theReportAfterAnOutletIsTheOutletsWork() {
        Analysis a = ENGINE.analyze("Acme is in talks to buy Birch Foods, the Daily Ledger reported. "
                + "Acme was talking to banks about a loan, the report said.");
        ClaimSource report = sourceOf(a, "talking to banks");
        assertEquals("the report", report.text());
        assertEquals(sourceOf(a, "in talks to buy").id(), report.id(), "the report is the Ledger's: " + describe(a));
    }

    @Test
    void theReportWithNoOutletBeforeIsARecord() {
        Analysis a = ENGINE.analyze("The ministry ended the scheme in May. The report said costs had doubled.");
        ClaimSource report = sourceOf(a, "costs had doubled");
        assertEquals(io.sayswho.engine.model.SourceKind.DOCUMENT, report.kind(), describe(a));
    }

    /** "A lawmaker ... Jo Roe said ... The lawmaker said": the role introduced unnamed was the person named between. */
    @Test
    void aRoleIntroducedUnnamedTakesThePersonNamedBeforeTheDescription() {
        Analysis a = ENGINE.analyze("Ban sought. A lawmaker in Tarn is calling for the mayor to be banned from the city. "
                + "\"There is no basis for it,\" Ana Lutz said in a bill. Lutz, citing a survey, said that four in ten "
                + "residents agreed. The lawmaker, who represents a rural district, said the remarks were shameful.");
        ClaimSource lede = sourceOf(a, "calling for the mayor");
        ClaimSource later = sourceOf(a, "remarks were shameful");
        assertEquals("Ana Lutz", later.name(), describe(a));
        assertEquals(later.id(), lede.id(), "the lede's lawmaker is Ana Lutz: " + describe(a));
        assertEquals(io.sayswho.engine.model.Attribution.NAMED, claimOf(a, "calling for the mayor").attribution());
    }

    /** Near misses: an official stays unnamed by choice; a person named with a title of their own is someone else. */
    @Test
    void anOfficialOrADifferentlyTitledPersonIsNotTheRole() {
        Analysis official = ENGINE.analyze("Ban sought. An official in Tarn said the mayor would be banned. "
                + "Ana Lutz said the ban was unfair. The official said the order was signed.");
        assertEquals(io.sayswho.engine.model.Attribution.ANONYMOUS, claimOf(official, "order was signed").attribution(),
                describe(official));
        assertEquals(io.sayswho.engine.model.Attribution.ANONYMOUS, claimOf(official, "would be banned").attribution());
        Analysis titled = ENGINE.analyze("Ban sought. A lawmaker in Tarn said the mayor would be banned. "
                + "Police chief Ana Lutz said the ban was unfair. The lawmaker said the order was signed.");
        assertNotEquals("Ana Lutz", sourceOf(titled, "order was signed").name(), describe(titled));
        assertEquals(io.sayswho.engine.model.Attribution.ANONYMOUS, claimOf(titled, "would be banned").attribution());
    }

    /** A body's voice is on record as the body, but is one person: "she" after it is that voice. */
    @Test
    void sheAfterABodysSpokeswomanIsTheSpokeswoman() {
        for (String voice : new String[] {"A Treasury spokeswoman", "A Department for Rural Roads spokeswoman",
                "A spokeswoman for Acme Corp"}) {
            Analysis a = ENGINE.analyze("Jo Roe said the plan was late. " + voice + " said Jo Roe and Ana Lutz had "
                    + "agreed on the costs. \"Their dispute is a narrow one,\" she said.");
            ClaimSource she = sourceOf(a, "narrow one");
            assertEquals(sourceOf(a, "agreed on the costs").id(), she.id(), voice + ": " + describe(a));
            assertEquals(io.sayswho.engine.model.SourceKind.ORGANIZATION, she.kind(), describe(a));
        }
    }

    /** Near misses: a body by its own name is no "she"; the voice of a body named before is not the body's name. */
    @Test
    void sheIsNeverTheBodyItself() {
        Analysis a = ENGINE.analyze("Jo Roe said the plan was late. The Treasury said the costs were fixed. "
                + "\"It is a narrow dispute,\" she said.");
        assertEquals("Jo Roe", sourceOf(a, "narrow dispute").name(), describe(a));
        Analysis campaign = ENGINE.analyze("The Campaign for Rural Roads said the plan was late.");
        assertEquals(io.sayswho.engine.model.SourceKind.ORGANIZATION, sourceOf(campaign, "plan was late").kind());
    }

    /** "the prime minister" after "Ministers deny ...": one of them is not the many. */
    @Test
    void aSingularTitleIsNotThePluralBefore() {
        Analysis a = ENGINE.analyze("Ministers deny they have been spurred into action. Instead, they say the plans "
                + "are part of a process. The prime minister on Sunday said the rules would be toughened. But he "
                + "said a call for a quota was wrong.");
        ClaimSource pm = sourceOf(a, "would be toughened");
        assertNotEquals(sourceOf(a, "spurred into action").id(), pm.id(), describe(a));
        assertEquals(pm.id(), sourceOf(a, "call for a quota").id(), describe(a));
        // a plural title opening a sentence is no name: the ministers are people nobody identifies
        assertEquals(io.sayswho.engine.model.SourceKind.ANONYMOUS, sourceOf(a, "part of a process").kind(), describe(a));
    }

    private static Claim claimOf(Analysis a, String anchor) {
        return a.claims().stream().filter(c -> c.text().contains(anchor)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains \"" + anchor + "\": " + describe(a)));
    }
}
