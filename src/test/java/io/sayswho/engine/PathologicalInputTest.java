package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.testdata.PathologicalInputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.sayswho.testdata.PathologicalInputs.ANCHOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input a public endpoint will eventually receive. Each is judged by its outcome, never by time
 * (the {@code Pathological} JMH benchmark shows time stays bounded): the {@link AnalysisInvariants} hold,
 * and where the right answer is plain, the answer is it.
 */
class PathologicalInputTest {
    static final int BIG = 200_000;
    static Engine engine;

    @BeforeAll
    static void load() {
        engine = Engine.load("en");
    }

    static Stream<String> hostileParagraphs() {
        return Stream.of("straightQuotes", "curlyQuotes", "noSpaces", "nestedQuotes", "saidRepeated", "stancesRepeated", "tagsRepeated", "oneSentence",
                "unicodeSoup");
    }

    /**
     * A hostile paragraph of 200,000 characters followed by an ordinary attributed quote in its own paragraph:
     * the invariants hold and the engine still finds a claim inside that last paragraph, so an unclosed quote
     * or a runaway sentence cannot swallow the rest of an article.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileParagraphs")
    void recoversAtTheNextParagraph(String name) {
        String hostile = PathologicalInputs.builders().get(name).apply(BIG);
        String text = hostile + "\n\n" + ANCHOR;
        Analysis a = AnalysisInvariants.analyzeAndCheck(engine, text);
        int anchorStart = text.length() - ANCHOR.length();
        assertTrue(a.claims().stream().anyMatch(c -> c.start() >= anchorStart && c.end() <= text.length() && c.end() > c.start()),
                name + ": no claim inside the final, ordinary paragraph; claims end at "
                        + a.claims().stream().map(Claim::end).toList());
    }

    /** Quote marks alone carry no words, so nobody can stand behind anything. */
    @ParameterizedTest
    @ValueSource(strings = {"\"", "\u201C", "\u201D", "\u2018", "\u00AB", "'"})
    void quoteMarksAloneHaveNoSource(String mark) {
        Analysis a = AnalysisInvariants.analyzeAndCheck(engine, PathologicalInputs.repeat(mark, BIG));
        assertTrue(a.sources().isEmpty(), "sources found in a text of nothing but " + mark + ": " + a.sources());
        assertTrue(a.claims().stream().noneMatch(c -> c.source() != null), "a claim has a source in a text of quote marks");
    }

    /**
     * A cue with no one to say it: "said" 20,000 times names nobody. (The engine on main at a910f56 does
     * make an ANONYMOUS source named "said said ... said" of it; reported to the lead rather than asserted,
     * since the issue asks to assert invariants and plain outcomes, and what to call that is the rules' call.)
     */
    @Test
    void saidTwentyThousandTimesNamesNobody() {
        Analysis a = AnalysisInvariants.analyzeAndCheck(engine, "said ".repeat(20_000).strip());
        assertTrue(a.claims().stream().noneMatch(c -> c.attribution() == Attribution.NAMED),
                "\"said said ...\" produced a NAMED claim: " + a.claims().stream().filter(c -> c.attribution() == Attribution.NAMED).findFirst());
    }

    /** Exactly 10,000 unbalanced nested quotations on their own. */
    @Test
    void tenThousandNestedQuotesKeepInvariants() {
        AnalysisInvariants.analyzeAndCheck(engine, PathologicalInputs.nestedQuotes(10_000));
    }

    /** Claims ending next to astral characters, bidi controls and lone surrogates never cut a pair in two. */
    @Test
    void everyUnicodePlaneKeepsInvariants() {
        String soup = PathologicalInputs.unicodeSoup(20_000);
        assertTrue(soup.codePoints().anyMatch(cp -> cp > 0xFFFF), "the soup must contain astral code points");
        AnalysisInvariants.analyzeAndCheck(engine, soup);
        // Lone surrogates at the very edges, where off-by-one offset arithmetic would bite.
        AnalysisInvariants.analyzeAndCheck(engine, "\uDC00" + ANCHOR + "\uD800");
        AnalysisInvariants.analyzeAndCheck(engine, "\uD83D\uDE00" + ANCHOR + "\uD83D\uDE00");
    }

    /** Windows (CRLF) and classic Mac (lone CR) line ends must not change what is found: same claims per label. */
    @Test
    void lineEndsDoNotChangeTheAnswer() {
        String lf = PathologicalInputs.article(5_000);
        Map<Attribution, Integer> expected = AnalysisInvariants.analyzeAndCheck(engine, lf).summary().counts();
        Map<Attribution, Integer> crlf = AnalysisInvariants.analyzeAndCheck(engine, lf.replace("\n", "\r\n")).summary().counts();
        Map<Attribution, Integer> cr = AnalysisInvariants.analyzeAndCheck(engine, lf.replace("\n", "\r")).summary().counts();
        assertEquals(expected, crlf, "CRLF line ends changed the claims per label");
        assertEquals(expected, cr, "lone CR line ends changed the claims per label");
    }

    /** Texts of nothing but white space, invisible or control characters: nothing to claim. */
    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n", "\r\n\r\n", "\t \t", "\u00A0\u2003\u3000", "\uFEFF", "\u200B", "\u0000", " \n \n "})
    void emptyishTextsHaveNoClaims(String text) {
        Analysis a = AnalysisInvariants.analyzeAndCheck(engine, text);
        assertEquals(0, a.claims().size(), "claims in a text without words: " + a.claims());
        assertEquals(0, a.summary().claims());
        assertTrue(a.sources().isEmpty());
    }

    /**
     * Raw input stops anywhere: a page cut off mid-sentence, a feed that drops the final full stop. Every passage of
     * the regression corpus cut after each of its words keeps the invariants ('"It is late," said Jo Roe, a lawyer'
     * with no full stop once read past the text's last token). The cuts of one passage are quadratic in its length,
     * and the passages are short.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("regressionFiles")
    void everyPassageCutAfterEachWordKeepsInvariants(String file, List<String> texts) {
        for (String text : texts) {
            for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
                AnalysisInvariants.analyzeAndCheck(engine, text.substring(0, i));
            }
            AnalysisInvariants.analyzeAndCheck(engine, text.stripTrailing().replaceAll("[.\"\u201D]+$", ""));
        }
    }

    static Stream<Arguments> regressionFiles() {
        return RegressionCorpusTest.corpus().stream().map(f -> Arguments.of(f.name(),
                f.passages().stream().map(RegressionCorpusTest.Passage::text).toList()));
    }

    /** Short texts right at the edge of every rule: a lone cue, an unclosed quote, a quote with no words. */
    @ParameterizedTest
    @ValueSource(strings = {"said", "Said.", "\u201C", "\"\"", "\u201C\u201D said Peskov.", "according to", "\u201CYes,\u201D",
            "Reuters", "He said:", "\"unclosed quote said Putin", "a\rb\r\nc\nd", "\uD83D\uDE00 said \uD83D\uDE00"})
    void tinyTextsKeepInvariants(String text) {
        AnalysisInvariants.analyzeAndCheck(engine, text);
    }
}
