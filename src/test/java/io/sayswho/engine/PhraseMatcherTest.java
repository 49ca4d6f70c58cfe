package io.sayswho.engine;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule pattern language and its matcher: what a pattern matches, and what the loader refuses. */
class PhraseMatcherTest {
    private static final RuleSet EN = RuleSet.load("en");
    private static final Tokenizer TOKENIZER = new Tokenizer(EN.list("abbreviations").words());

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(EN.words);
    private int lines;

    private void add(String pattern, String rule) {
        matcher.add(pattern, rule, new RuleFile.Line("test.rules", ++lines, pattern));
    }

    /** The rule matched from the first token, with the text it covers, or null. */
    private String matchAtStart(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        PhraseMatcher.Match<String> m = matcher.longestAt(tokens, 0, tokens.size());
        return m == null ? null : m.rule() + ": " + text.substring(tokens.get(m.from()).start, tokens.get(m.to() - 1).end);
    }

    private List<String> all(String text) {
        List<Token> tokens = TOKENIZER.tokenize(text);
        return matcher.findAll(tokens, 0, tokens.size()).stream()
                .map(m -> m.rule() + ": " + text.substring(tokens.get(m.from()).start, tokens.get(m.to() - 1).end))
                .toList();
    }

    @Test
    void alternativesMatchAnyOfTheirWords() {
        add("say|says|said", "say");
        assertEquals("say: said", matchAtStart("said so"));
        assertEquals("say: says", matchAtStart("says so"));
        assertNull(matchAtStart("told so"));
    }

    @Test
    void optionalElementsMayBeLeftOut() {
        add("did not? respond", "respond");
        assertEquals("respond: did not respond", matchAtStart("did not respond"));
        assertEquals("respond: did respond", matchAtStart("did respond"));
        assertNull(matchAtStart("did never respond"));
    }

    @Test
    void contextElementsMustFollowButAreNotMatched() {
        add("wants|wanted >to|that", "intend");
        assertEquals("intend: wants", matchAtStart("wants to leave"));
        assertEquals("intend: wanted", matchAtStart("wanted that done"));
        assertNull(matchAtStart("wants more"));
        assertNull(matchAtStart("wants"));
        // the next match starts right after the cue, so the context word can begin one of its own
        add("to leave", "leave");
        assertEquals(List.of("intend: wants", "leave: to leave"), all("wants to leave"));
    }

    @Test
    void contextElementsCloseThePattern() {
        assertThrows(RuleSetException.class, () -> add("wants >to leave", "bad"));
        assertThrows(RuleSetException.class, () -> add("wants >to?", "bad"));
        assertThrows(RuleSetException.class, () -> add(">to", "bad"));
    }

    @Test
    void underscoreJoinsTheWordsOfOneAlternative() {
        add("is untrue|without_merit", "deny");
        assertEquals("deny: is without merit", matchAtStart("is without merit"));
        assertEquals("deny: is untrue", matchAtStart("is untrue"));
        // the words of an alternative go together: "without" alone is no match
        assertNull(matchAtStart("is without doubt"));
    }

    @Test
    void wordClassesMatchTheirLexicon() {
        add("the <titles> said", "role");
        assertEquals("role: the spokesman said", matchAtStart("the spokesman said"));
        assertEquals("role: the minister said", matchAtStart("the minister said"));
        assertNull(matchAtStart("the neighbour said"));
    }

    @Test
    void longestMatchWins() {
        add("declined", "short");
        add("declined to comment", "long");
        assertEquals(List.of("long: declined to comment"), all("declined to comment"));
        assertEquals(List.of("short: declined"), all("declined to say"));
    }

    @Test
    void findAllReportsEveryMatchLeftToRight() {
        add("said", "say");
        add("did not respond", "respond");
        assertEquals(List.of("say: said", "respond: didn't respond"), all("He said the ministry didn't respond."));
    }

    @Test
    void patternThatExpandsToTooManyPhrasesIsRejectedWithItsLine() {
        lines = 41;
        // 4^6 = 4096 phrases, over the limit of 2048
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> add("a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b|c|d a|b|c|d", "big"));
        assertTrue(e.getMessage().startsWith("test.rules:42: "), e.getMessage());
        assertTrue(e.getMessage().contains("more than 2048"), e.getMessage());
    }

    @Test
    void matchingIsPerTokenNotPerCharacter() {
        add("said", "say");
        add("did not respond", "respond");
        assertNull(matchAtStart("unsaid"), "a pattern word is a whole token");
        assertNull(matchAtStart("saidly"), "a pattern word is a whole token");
        // tokens are normalised: the contraction matches the spelled-out pattern
        assertEquals("respond: didn\u2019t respond", matchAtStart("didn\u2019t respond"));
    }

    @Test
    void matchNeverCrossesAQuotationMark() {
        add("no such information", "deny");
        assertEquals("deny: no such information", matchAtStart("no such information"));
        assertNull(matchAtStart("no \u201csuch information\u201d"));
        assertNull(matchAtStart("no \"such information\""));
    }
}
