package io.sayswho.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into tokens in one left-to-right pass: linear in the text, no regular expressions.
 * Offsets are Java {@code char} indices, which are the UTF-16 code units the API promises.
 */
final class Tokenizer {
    private final Set<String> abbreviations;

    Tokenizer(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 8);
        int n = text.length();
        int i = 0;
        int breaks = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                breaks++;
                i++;
                continue;
            }
            if (c == '\r') {
                // CRLF counts once; a lone CR is a line end of its own.
                if (i + 1 >= n || text.charAt(i + 1) != '\n') {
                    breaks++;
                }
                i++;
                continue;
            }
            if (c == '\u2028' || c == '\u2029') {
                breaks += 2;
                i++;
                continue;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int before = out.size();
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                i = word(text, i, out);
            } else {
                i = symbol(text, i, cp, out);
            }
            if (out.size() > before) {
                out.get(before).breaksBefore = breaks;
                breaks = 0;
            }
        }
        perfectContractions(out);
        return out;
    }

    /**
     * "He's said he will run", "she's been clear": a contracted "'s" before a participle that only "has" takes is
     * "has", not the "is" the word alone reads as; "He's said to be ill" keeps "is", a hedge with no source.
     */
    private static void perfectContractions(List<Token> out) {
        for (int k = 1; k + 1 < out.size(); k++) {
            Token t = out.get(k);
            if (!t.is("is") || t.start != out.get(k - 1).end) {
                continue; // only the contraction, written against its word
            }
            Token next = out.get(k + 1);
            boolean toFollows = k + 2 < out.size() && out.get(k + 2).is("to");
            if (next.is("been") || next.is("got") || (next.is("said") || next.is("told")) && !toFollows) {
                Token has = new Token(t.start, t.end, "has", t.type, t.quote, t.capitalized, t.abbreviation);
                has.breaksBefore = t.breaksBefore;
                out.set(k, has);
            }
        }
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || Character.isISOControl(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }

    private static boolean wordChar(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        int cp = text.codePointAt(i);
        int t = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /** A word or number: letters and digits joined by inner hyphens, apostrophes, periods, commas or colons. */
    private int word(String text, int start, List<Token> out) {
        int n = text.length();
        int i = start;
        boolean digitsOnly = true;
        boolean innerPeriod = false;
        while (i < n) {
            if (wordChar(text, i)) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    digitsOnly &= c >= '0' && c <= '9';
                    i++;
                    continue;
                }
                int cp = text.codePointAt(i);
                if (!Character.isDigit(cp)) {
                    digitsOnly = false;
                }
                i += Character.charCount(cp);
                continue;
            }
            char c = text.charAt(i);
            boolean joiner = c == '-' || c == '\u2011' || c == '&' || c == '_' || c == '/' || isApostrophe(c) || c == '.'
                    || ((c == ',' || c == ':') && digitsOnly);
            if (joiner && i + 1 < n && wordChar(text, i + 1) && !(c == '.' && missingSpace(text, start, i))) {
                if (c == '.') {
                    innerPeriod = true;
                }
                i++;
                continue;
            }
            break;
        }
        String surface = text.substring(start, i);
        boolean capitalized = Character.isUpperCase(surface.codePointAt(0));
        if (digitsOnly || Character.isDigit(surface.codePointAt(0))) {
            out.add(new Token(start, i, surface, Token.Type.NUMBER, Token.Quote.NONE, false, false));
            return i;
        }
        String lower = fold(surface);
        // An abbreviation keeps its period: "U.S.", "Dec.", "Mr.", initials "J.".
        if (i < n && text.charAt(i) == '.'
                && (innerPeriod || surface.length() == 1 && capitalized || abbreviations.contains(lower + "."))) {
            out.add(new Token(start, i + 1, lower + ".", Token.Type.WORD, Token.Quote.NONE, capitalized, true));
            return i + 1;
        }
        splitContraction(surface, lower, start, capitalized, out);
        return i;
    }

    /**
     * "Trump said.Trump claimed": a full stop between a lower-case word and a capitalised one, with no space, ends
     * a sentence whose space was lost; "U.S.", "e.g.", "a.m." and "site.com" keep their periods (a capital or a
     * period before it, or a lower-case letter after it).
     */
    private static boolean missingSpace(String text, int start, int dot) {
        if (dot - start < 2 || dot + 2 >= text.length()) {
            return false;
        }
        return Character.isLowerCase(text.charAt(dot - 1)) && Character.isLowerCase(text.charAt(dot - 2))
                && Character.isUpperCase(text.charAt(dot + 1)) && Character.isLowerCase(text.charAt(dot + 2))
                && text.lastIndexOf('.', dot - 1) < start;
    }

    /** "didn't" gives "did" + "not", "it's" gives "it" + "is", "Russia's" gives "russia" + "'s". */
    private static void splitContraction(String surface, String lower, int start, boolean cap, List<Token> out) {
        int len = lower.length();
        if (len > 3 && lower.endsWith("n't")) {
            String base = lower.substring(0, len - 3);
            base = switch (base) {
                case "ca" -> "can";
                case "wo" -> "will";
                case "sha" -> "shall";
                default -> base;
            };
            out.add(new Token(start, start + len - 3, base, Token.Type.WORD, Token.Quote.NONE, cap, false));
            out.add(new Token(start + len - 3, start + len, "not", Token.Type.WORD, Token.Quote.NONE, false, false));
            return;
        }
        int apo = lower.lastIndexOf('\'');
        if (apo > 0 && apo >= len - 3) {
            String base = lower.substring(0, apo);
            String tail = lower.substring(apo);
            String norm = switch (tail) {
                case "'s" -> Lexicons.BE_CONTRACTIONS.contains(base) ? "is" : "'s";
                case "'re" -> "are";
                case "'ve" -> "have";
                case "'ll" -> "will";
                case "'d" -> "would";
                case "'m" -> "am";
                default -> null;
            };
            if (norm != null) {
                out.add(new Token(start, start + apo, base, Token.Type.WORD, Token.Quote.NONE, cap, false));
                out.add(new Token(start + apo, start + len, norm, Token.Type.WORD, Token.Quote.NONE, false, false));
                return;
            }
        }
        out.add(new Token(start, start + len, lower, Token.Type.WORD, Token.Quote.NONE, cap, false));
    }

    private int symbol(String text, int i, int cp, List<Token> out) {
        int len = Character.charCount(cp);
        char c = text.charAt(i);
        // '' and `` are how some papers and wire systems write a double quotation mark
        if ((c == '\'' || c == '`') && i + 1 < text.length() && text.charAt(i + 1) == c) {
            Token.Quote dir = c == '`' ? Token.Quote.OPEN : Token.Quote.EITHER;
            out.add(new Token(i, i + 2, "\"", Token.Type.QUOTE, dir, false, false));
            return i + 2;
        }
        Token.Quote q = switch (c) {
            case '\u201c' -> closesWord(text, i) ? Token.Quote.CLOSE : Token.Quote.OPEN;
            case '\u201e', '\u00ab', '\u2018', '\u201a' -> Token.Quote.OPEN;
            case '\u201d' -> opensLine(text, i) ? Token.Quote.OPEN : Token.Quote.CLOSE;
            case '\u00bb' -> Token.Quote.CLOSE;
            case '"' -> Token.Quote.EITHER;
            case '\u2019', '\'' -> apostropheOrQuote(text, i, out);
            default -> Token.Quote.NONE;
        };
        if (q == null) {
            return i + 1; // a possessive apostrophe after a plural: folded into the previous word's token
        }
        if (q != Token.Quote.NONE) {
            boolean single = c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u201a';
            out.add(new Token(i, i + 1, single ? "'" : "\"", Token.Type.QUOTE, q, false, false));
            return i + 1;
        }
        if (c == '\u2014' || c == '\u2013' || c == '\u2015' || c == '-' || c == '\u2012') {
            int j = i;
            while (j < text.length() && (text.charAt(j) == c)) {
                j++;
            }
            out.add(new Token(i, j, "--", Token.Type.DASH, Token.Quote.NONE, false, false));
            return j;
        }
        if (c == '.' && i + 2 < text.length() && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
            out.add(new Token(i, i + 3, "…", Token.Type.PUNCT, Token.Quote.NONE, false, false));
            return i + 3;
        }
        out.add(new Token(i, i + len, text.substring(i, i + len), Token.Type.PUNCT, Token.Quote.NONE, false, false));
        return i + len;
    }

    /**
     * "…unusual,“ said Roe": an opening mark right after a word or its punctuation and before a space or the end is a
     * mistyped closing mark.
     */
    private static boolean closesWord(String text, int i) {
        if (i == 0 || isSpace(text.charAt(i - 1)) || text.charAt(i - 1) == '(' || text.charAt(i - 1) == '[') {
            return false;
        }
        return i + 1 >= text.length() || isSpace(text.charAt(i + 1));
    }

    /** ”Fear is ...: a closing mark that opens a line before a word is a mistyped opening mark. */
    private static boolean opensLine(String text, int i) {
        if (i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n' || text.charAt(j) == '\r';
    }

    /**
     * A lone ' or ’: after a word ending in s and before a space it is a plural possessive ("contractors’ task");
     * otherwise a single quotation mark, opening after a space, closing before one.
     */
    private static Token.Quote apostropheOrQuote(String text, int i, List<Token> out) {
        boolean afterWord = i > 0 && !isSpace(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean beforeWord = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (afterWord && !beforeWord && !out.isEmpty()) {
            Token prev = out.get(out.size() - 1);
            if (prev.end == i && prev.isWord() && prev.norm.endsWith("s")) {
                return null;
            }
            return Token.Quote.CLOSE;
        }
        if (!afterWord && beforeWord) {
            return Token.Quote.OPEN;
        }
        return Token.Quote.EITHER;
    }

    static String fold(String s) {
        // most words are already lower case ASCII: skip the copy (the profile's largest tokenizer cost)
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c < 0x80 && !(c >= 'A' && c <= 'Z');
        }
        if (plain) {
            return s;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.indexOf('\u2019') >= 0 || lower.indexOf('\u02bc') >= 0
                ? lower.replace('\u2019', '\'').replace('\u02bc', '\'') : lower;
    }
}
