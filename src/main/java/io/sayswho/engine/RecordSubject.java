package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * "A Herald analysis of donations of $1,000 or more made since the start of 2020 shows ...": a record whose
 * description runs long, so that the subject found by the sieves ("the start of 2020") is a word inside it. The
 * clause opens with a record's head noun (after a determiner and a few modifiers, no preposition) and nothing
 * between it and the cue ends a sentence: the whole stretch is the subject of a verb of showing.
 */
final class RecordSubject {
    /** How far into the clause the record's head may stand, in tokens. */
    private static final int MAX_HEAD = 6;
    /** How long the whole stretch may run, in tokens. */
    private static final int MAX_STRETCH = 30;
    private static final Set<String> SENTENCE_JOINERS = Set.of("but", "and", "yet", "still", "however", "meanwhile");

    private final List<Token> tokens;
    private final WordList documentHeads;

    RecordSubject(Document doc, RuleSet rules) {
        this.tokens = doc.tokens;
        this.documentHeads = rules.list("document-heads");
    }

    /**
     * The record that is the subject of a verb of showing at {@code cueFrom}: the stretch before it; or the subject
     * already found ({@code found}, may be null) where it is a record of its own ("The Fox News results arrive a day
     * after a CNN/ORC poll showed": the poll; "The poll also showed": not "The poll also"). Null where there is no
     * stretch or the subject found starts before it.
     */
    SourceFinder.Found subject(int clauseStart, int cueFrom, SourceFinder.Found found) {
        SourceFinder.Found stretch = stretch(clauseStart, cueFrom);
        if (stretch == null || found != null && found.from() < stretch.from()) {
            return null;
        }
        boolean ownRecord = found != null && found.to() > found.from() && recordHead(tokens.get(found.to() - 1));
        return ownRecord ? found : stretch;
    }

    private SourceFinder.Found stretch(int clauseStart, int cueFrom) {
        int k = clauseStart;
        while (k < cueFrom && (tokens.get(k).isPunct(',') || SENTENCE_JOINERS.contains(tokens.get(k).norm))) {
            k++;
        }
        int start = k;
        if (cueFrom - start > MAX_STRETCH || cueFrom - start < 2) {
            return null;
        }
        for (int j = start; j < Math.min(cueFrom, start + MAX_HEAD); j++) {
            Token t = tokens.get(j);
            if (recordHead(t)) {
                for (int m = j + 1; m < cueFrom; m++) {
                    if (tokens.get(m).isTerminal() || tokens.get(m).isPunct(';') || tokens.get(m).type == Token.Type.QUOTE) {
                        return null;
                    }
                }
                return new SourceFinder.Found(start, cueFrom, false);
            }
            if (!t.isWord() && !t.is("'s") && t.type != Token.Type.NUMBER || Lexicons.PREPOSITIONS.contains(t.norm)) {
                return null; // "Even in the face of polling that documented ...": the head is inside a phrase
            }
        }
        return null;
    }

    /** A record's head noun as the text uses it: "the poll", not "the Poll Tax Act" nor a title's capital. */
    private boolean recordHead(Token t) {
        return documentHeads.contains(t) && !t.capitalized;
    }
}
