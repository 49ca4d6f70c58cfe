package io.sayswho.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tokenizer: offsets clients can slice with, abbreviations, contractions, quotation marks and line breaks. */
class TokenizerTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(RuleSet.load("en").list("abbreviations").words());

    private static List<Token> tokens(String text) {
        return TOKENIZER.tokenize(text);
    }

    private static String norms(String text) {
        return tokens(text).stream().map(t -> t.norm).collect(Collectors.joining(" "));
    }

    private static Token find(List<Token> tokens, String norm) {
        return tokens.stream().filter(t -> t.norm.equals(norm)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + norm + " in " + tokens));
    }

    @Test
    void offsetsAreUtf16IndicesAfterAnEmoji() {
        // U+1F600 is two UTF-16 code units: a client slicing in JavaScript must get "said" at 3..7, not 2..6
        String text = "\uD83D\uDE00 said Peskov";
        List<Token> tokens = tokens(text);
        Token said = find(tokens, "said");
        assertEquals(3, said.start);
        assertEquals(7, said.end);
        assertEquals("said", text.substring(said.start, said.end));
        Token peskov = find(tokens, "peskov");
        assertEquals("Peskov", text.substring(peskov.start, peskov.end));
    }

    @Test
    void abbreviationsKeepTheirPeriod() {
        String text = "In the U.S. on Dec. 5, Mr. Smith said so.";
        List<Token> tokens = tokens(text);
        for (String abbreviation : List.of("u.s.", "dec.", "mr.")) {
            Token t = find(tokens, abbreviation);
            assertTrue(t.abbreviation, abbreviation + " is an abbreviation");
            assertEquals('.', text.charAt(t.end - 1), abbreviation + " ends with its period");
        }
        // the final period is a token of its own: it ends the sentence
        Token last = tokens.get(tokens.size() - 1);
        assertEquals(".", last.norm);
        assertTrue(last.isTerminal());
        assertFalse(find(tokens, "so").abbreviation);
    }

    @Test
    void aFullStopWithItsSpaceLostStillEndsTheWord() {
        // "said.Trump": lower-case word, period, capitalised word; not "U.S.", "e.g.", "site.com", "Jo.Roe"
        assertEquals("trump said . trump claimed", norms("Trump said.Trump claimed"));
        assertEquals("see theiowarepublican.com now", norms("See TheIowaRepublican.com now"));
        assertEquals("u.s. team", norms("U.S. team"));
        assertEquals("e.g.the list", norms("e.g.The list"));
    }

    @Test
    void contractionsSplitIntoTheirWords() {
        assertEquals("he did not say", norms("He didn't say"));
        assertEquals("they can not say", norms("They can't say"));
        assertEquals("it is true", norms("It's true"));
        assertEquals("we will not say", norms("We won't say"));
        // "Russia's" is a possessive, not "Russia is"
        assertEquals("russia 's army", norms("Russia's army"));
    }

    @Test
    void aContractedIsBeforeAPerfectParticipleIsHas() {
        assertEquals("he has said he will run", norms("He's said he will run"));
        assertEquals("she has been clear", norms("She\u2019s been clear"));
        // near misses: the hedge "is said to", and "is" written out, stay "is"
        assertEquals("he is said to be ill", norms("He's said to be ill"));
        assertEquals("it is said that", norms("It is said that"));
        assertEquals("he is tired", norms("He's tired"));
    }

    @Test
    void contractionOffsetsCoverTheirLetters() {
        String text = "He didn't say";
        List<Token> tokens = tokens(text);
        assertEquals("did", text.substring(tokens.get(1).start, tokens.get(1).end));
        assertEquals("n't", text.substring(tokens.get(2).start, tokens.get(2).end));
    }

    @Test
    void curlyAndStraightApostrophesAreOneSpelling() {
        assertEquals(norms("He didn't say it's over"), norms("He didn\u2019t say it\u2019s over"));
        assertEquals("he did not say it is over", norms("He didn\u2019t say it\u2019s over"));
    }

    @Test
    void twoSingleQuotesAreADoubleQuotationMark() {
        String text = "''We have no such information,'' he said.";
        List<Token> tokens = tokens(text);
        List<Token> quotes = tokens.stream().filter(t -> t.type == Token.Type.QUOTE).toList();
        assertEquals(2, quotes.size(), "quotation marks in " + tokens);
        for (Token q : quotes) {
            assertEquals("\"", q.norm);
            assertEquals("''", text.substring(q.start, q.end));
        }
    }

    @Test
    void noBreakSpaceSeparatesWords() {
        String text = "Kremlin\u00a0spokesman\u202fDmitry Peskov";
        assertEquals("kremlin spokesman dmitry peskov", norms(text));
        Token spokesman = find(tokens(text), "spokesman");
        assertEquals(8, spokesman.start);
    }

    @Test
    void crLfAndLoneCrAreLineBreaks() {
        assertEquals(1, find(tokens("one\r\ntwo"), "two").breaksBefore, "CRLF is one break");
        assertEquals(1, find(tokens("one\rtwo"), "two").breaksBefore, "a lone CR is a break");
        assertEquals(2, find(tokens("one\r\n\r\ntwo"), "two").breaksBefore, "two CRLFs make a paragraph");
        assertEquals(2, find(tokens("one\r\rtwo"), "two").breaksBefore, "two lone CRs make a paragraph");
        assertEquals(0, find(tokens("one two"), "two").breaksBefore);
    }

    @Test
    void aClosingMarkThatOpensALineBeforeAWordOpensAQuotation() {
        List<Token> quotes = tokens("Intro.\n\u201dFear is all I feel.\u201d \u2015 A Reader\n\n\u201d").stream()
                .filter(t -> t.type == Token.Type.QUOTE).toList();
        assertEquals(3, quotes.size());
        assertEquals(Token.Quote.OPEN, quotes.get(0).quote, "\u201d at a line start before a word");
        assertEquals(Token.Quote.CLOSE, quotes.get(1).quote, "\u201d after a word");
        assertEquals(Token.Quote.CLOSE, quotes.get(2).quote, "\u201d at a line start before nothing");
    }
}
