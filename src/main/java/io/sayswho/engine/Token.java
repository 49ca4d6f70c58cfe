package io.sayswho.engine;

/**
 * One token of the text. {@code norm} is what rules match on: lower case, curly apostrophes folded, contractions
 * expanded ("n't" becomes "not", "it's" gives "it" + "is"), so one pattern covers every spelling.
 */
final class Token {
    enum Type { WORD, NUMBER, PUNCT, QUOTE, DASH }

    /** Direction of a quotation mark: opening, closing, or straight (decided by context later). */
    enum Quote { NONE, OPEN, CLOSE, EITHER }

    final int start;
    final int end;
    final String norm;
    final Type type;
    final Quote quote;
    /** Starts with an upper-case letter (a name, a title, or the first word of a sentence). */
    final boolean capitalized;
    /** A word with its abbreviation period attached ("U.S.", "Dec.", "Mr."): not a sentence end. */
    final boolean abbreviation;
    /** Line breaks between the previous token and this one: 1 ends a line, 2 or more a paragraph. */
    int breaksBefore;

    Token(int start, int end, String norm, Type type, Quote quote, boolean capitalized, boolean abbreviation) {
        this.start = start;
        this.end = end;
        this.norm = norm;
        this.type = type;
        this.quote = quote;
        this.capitalized = capitalized;
        this.abbreviation = abbreviation;
    }

    boolean isWord() {
        return type == Type.WORD;
    }

    boolean is(String word) {
        return norm.equals(word);
    }

    boolean isPunct(char c) {
        return type == Type.PUNCT && norm.length() == 1 && norm.charAt(0) == c;
    }

    /** Ends a sentence when followed by a suitable start: . ! ? and the ellipsis. */
    boolean isTerminal() {
        return type == Type.PUNCT && (norm.equals(".") || norm.equals("!") || norm.equals("?") || norm.equals("…"));
    }

    @Override
    public String toString() {
        return norm + "@" + start;
    }
}
