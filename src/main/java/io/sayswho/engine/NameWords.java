package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * Which words of a source phrase are a name: a capitalised word that is not merely a sentence's first common word
 * ({@link #proper}), the run of them that ends a phrase after its titles, and whether that run is shaped as a
 * person's name ("Ana Lutz", "Ms French") rather than a body's ("Valmont Energy", "CNN"). Per document; proper()
 * answers are cached per token.
 */
final class NameWords {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "over", "the", "and", "for", "in", "to", "with",
            "on", "at", "by", "a", "an", "as", "from", "after", "before", "about", "is", "are", "was", "not");

    private final Document doc;
    private final WordList anonymous;
    private final WordList organizations;
    private final WordList documents;
    private final WordList publicationHeads;
    private final WordList titles;
    private final WordList determiners;
    private final WordList quantities;
    private final WordList nationalities;
    private final Places places;
    /** proper() per token: 0 not yet known, 1 yes, -1 no. */
    private final byte[] properCache;

    NameWords(Document doc, RuleSet rules) {
        this.doc = doc;
        this.properCache = new byte[doc.tokens.size()];
        this.anonymous = rules.list("anonymous-heads");
        this.organizations = rules.list("organization-heads");
        this.documents = rules.list("document-heads");
        this.publicationHeads = rules.list("publication-heads");
        this.titles = rules.list("titles");
        this.determiners = rules.list("determiners");
        this.quantities = rules.list("quantities");
        this.nationalities = rules.list("nationalities");
        this.places = rules.places;
    }

    boolean hasProperWord(int from, int to) {
        for (int k = from; k < to; k++) {
            if (proper(k)) {
                return true;
            }
        }
        return false;
    }

    boolean hasProperName(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (doc.tokens.get(k).is("'s")) {
                from = k + 1; // "Valmont Energy's chief executive": the possessor is a body, not the name
                break;
            }
        }
        for (int k = from; k < to; k++) {
            if (proper(k) && !titles.contains(doc.tokens.get(k)) && !nationalities.contains(doc.tokens.get(k))
                    && !(k + 1 < to && doc.tokens.get(k + 1).is("'s"))) {
                return true;
            }
        }
        return false;
    }

    /** Start of the run of capitalised words that ends the core, titles left out; {@code to} if none. */
    int trailingCapitals(int from, int to) {
        int k = to;
        while (k > from) {
            Token t = doc.tokens.get(k - 1);
            // "a French diplomat": a word of origin; "Ms French": after a title, a name
            Token before = k - 2 >= from ? doc.tokens.get(k - 2) : null;
            boolean titled = before != null && (titles.contains(before) || titles.contains(before.norm + "."));
            boolean origin = nationalities.contains(t) || places.language(t);
            boolean partOfName = proper(k - 1) && t.isWord() && (!origin || titled);
            if (!partOfName) {
                break;
            }
            k--;
        }
        // "Transport Secretary Nadia Osman": the name starts after the last title word of the run
        int afterTitle = k;
        for (int i = k; i < to - 1; i++) {
            if (titles.contains(doc.tokens.get(i))) {
                afterTitle = i + 1;
            }
        }
        return afterTitle;
    }

    /**
     * A capitalised word that is a name: not merely the first word of a sentence that the word lists know as a
     * common word ("Sources said", "Officials have denied").
     */
    boolean proper(int k) {
        byte known = properCache[k];
        if (known != 0) {
            return known > 0;
        }
        boolean p = properUncached(k);
        properCache[k] = (byte) (p ? 1 : -1);
        return p;
    }

    private boolean properUncached(int k) {
        Token t = doc.tokens.get(k);
        if (!t.capitalized || !t.isWord()) {
            return false;
        }
        if (!doc.initial(k)) {
            return true;
        }
        return !(anonymous.contains(t) || documents.contains(t) || organizations.contains(t) || determiners.contains(t)
                || quantities.contains(t) || titles.contains(t) || Lexicons.isSubjectPronoun(t.norm)
                // "Ministers deny ...": a title in the plural opening a sentence is no name either
                || titles.contains(SourceClassifier.singular(t.norm)));
    }

    /**
     * "Repeated calls to the embassy went unanswered", "Renewed claims ...": a sentence's first word in -ed before a
     * common word may be a participle, unless the text writes it with a capital inside a sentence too ("Mohammed
     * calls" after "Ali Mohammed"); short words in -ed are left as names ("Ahmed", "Fred"). Not asked by proper():
     * before a verb ("Mohammed said") the word is a name, so only a reading that has a noun after it asks.
     */
    boolean openingParticiple(int k) {
        Token t = doc.tokens.get(k);
        Token next = k + 1 < doc.tokens.size() ? doc.tokens.get(k + 1) : null;
        if (t.norm.length() < MIN_PARTICIPLE || !t.norm.endsWith("ed") || next == null || next.capitalized
                || !next.isWord()) {
            return false; // "Retired Army Col. Jo Roe": a participle before a name is the name's title
        }
        if (namedInside == null) {
            namedInside = new java.util.HashSet<>();
            for (int i = 0; i < doc.tokens.size(); i++) {
                Token w = doc.tokens.get(i);
                if (w.capitalized && w.isWord() && !doc.initial(i)) {
                    namedInside.add(w.norm);
                }
            }
        }
        return !namedInside.contains(t.norm);
    }

    /** The shortest word in -ed read as a participle when it opens a sentence: "Renewed" (7), not "Ahmed" (5). */
    private static final int MIN_PARTICIPLE = 6;
    /** Words the text capitalises inside a sentence, made on the first opening word in -ed: one pass, linear. */
    private java.util.Set<String> namedInside;

    boolean isPersonName(int from, int to) {
        List<Token> tokens = doc.tokens;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (organizations.contains(t) || publicationHeads.contains(t) || doc.allCaps(k) && t.norm.length() > 1
                    || camelCase(doc.surface(k)) || FUNCTION_WORDS.contains(t.norm)) {
                return false;
            }
        }
        int words = to - from;
        boolean titled = from > 0 && titles.contains(tokens.get(from - 1));
        return words >= 2 || titled;
    }

    /** "EgyptAir", "PayPal": a capital after a lower-case letter inside a word marks a brand, not a person. */
    private static boolean camelCase(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }
}
