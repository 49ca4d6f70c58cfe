package io.sayswho.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The surnames of the people a document names in full ("Broadcaster Dana Kettle isn't ..."), so that the surname
 * alone later ("Kettle said") is read as that person, not as a body: news names a person in full once and by
 * surname after. A full name is two or three capitalised words that no word list claims (no body's or outlet's
 * head, no title, not in capitals), after any such word before them. Built on first use, in one pass over the
 * tokens.
 */
final class Surnames {
    private static final int MAX_NAME = 3;

    private final Document doc;
    private final WordList titles;
    private final WordList organizations;
    private final WordList publicationHeads;
    private final WordList determiners;
    private final WordList starters;
    private Set<String> known;

    Surnames(Document doc, RuleSet rules) {
        this.doc = doc;
        this.titles = rules.list("titles");
        this.organizations = rules.list("organization-heads");
        this.publicationHeads = rules.list("publication-heads");
        this.determiners = rules.list("determiners");
        this.starters = rules.list("sentence-starters");
    }

    /** True when the token is the last word of a full person name somewhere in the document. */
    boolean contains(Token t) {
        if (known == null) {
            known = collect();
        }
        return known.contains(t.norm);
    }

    private Set<String> collect() {
        List<Token> tokens = doc.tokens;
        Set<String> out = new HashSet<>();
        int k = 0;
        while (k < tokens.size()) {
            // a lone capitalised word (most open a sentence) is no full name: no list is asked about it
            if (!capitalWord(k) || k + 1 >= tokens.size() || !capitalWord(k + 1) || determiners.contains(tokens.get(k))) {
                k++;
                continue;
            }
            int end = k + 1;
            while (end < tokens.size() && nameWord(end)) {
                end++;
            }
            // "Union leader Jo Roe", "Broadcaster Dana Kettle": the words after the last title, body's or
            // outlet's head or word in capitals are the name; "the Harlow Centre" leaves none
            int from = k;
            for (int j = k; j < end; j++) {
                if (!plainWord(j)) {
                    from = j + 1;
                }
            }
            int words = end - from;
            // "Meanwhile Roe said": a sentence's opening word is no first name
            if (words >= 2 && words <= MAX_NAME && !(doc.initial(from) && starters.contains(tokens.get(from)))) {
                out.add(tokens.get(end - 1).norm);
            }
            k = end;
        }
        return out;
    }

    /** A capitalised word, or a title's abbreviation ("Sen."), that may stand in a name. */
    private boolean nameWord(int k) {
        return capitalWord(k) && !determiners.contains(doc.tokens.get(k));
    }

    private boolean capitalWord(int k) {
        Token t = doc.tokens.get(k);
        return t.capitalized && t.isWord();
    }

    private boolean plainWord(int k) {
        Token t = doc.tokens.get(k);
        return !(organizations.contains(t) || publicationHeads.contains(t) || titles.contains(t) || t.abbreviation
                || doc.allCaps(k) && t.norm.length() > 1 || t.norm.length() < 2);
    }
}
