package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;
import io.sayswho.engine.model.SourceKind;

import java.util.List;

/**
 * A source the writer keeps unnamed by agreement is anonymous, whatever its words name: "one Democrat familiar with
 * the campaign, who requested anonymity, said", "a Republican strategist, who asked not to be named, said",
 * "officials said, speaking on condition of anonymity". The marks are anonymity.rules; they are read in the
 * source's phrase and in the words set off beside it, never in what it says ("cloak of anonymity" in a quotation).
 */
final class AnonymityMarks {
    /** How far the phrase set off after a source or after its cue may run; a describing phrase is short. */
    private static final int MAX_SET_OFF = 16;

    private final List<Token> tokens;
    private final PhraseMatcher<String> marks;
    private final SourceFinder finder;

    AnonymityMarks(Document doc, RuleSet rules, SourceFinder finder) {
        this.tokens = doc.tokens;
        this.marks = rules.anonymity;
        this.finder = finder;
    }

    /**
     * The phrase of {@code f}'s source made anonymous when a mark stands by it, with the id of the mark; null when
     * none does, or when the phrase is no party or body that its words name (a pronoun refers back, a record is not
     * anyone, a person named in full is named whatever the clause says).
     */
    Marked mark(Found f, int clauseEnd) {
        SourcePhrase ph = f.phrase;
        boolean namesParty = ph.kind() == SourceKind.ORGANIZATION
                || ph.kind() == SourceKind.PERSON && ph.name() != null && !ph.namedInFull();
        if (!namesParty || !describes(ph)) {
            return null;
        }
        String id = markBy(f, clauseEnd);
        return id == null ? null : new Marked(new SourcePhrase(ph.from(), ph.to(), SourceKind.ANONYMOUS, null, ph.head(),
                ph.plural(), ph.ordinal(), null, ph.definite()), id);
    }

    /**
     * The phrase describes its source rather than names it: it opens on an indefinite ("a Republican strategist",
     * "one Democrat") or its head is a common noun ("the Warren adviser"). "Acme Corp, which asked not to be named
     * in the suit," is the body by its name.
     */
    private boolean describes(SourcePhrase ph) {
        Token first = tokens.get(ph.from());
        if (first.is("a") || first.is("an") || first.is("one") || first.is("another")) {
            return true;
        }
        for (int k = ph.from(); k < ph.to() && ph.head() != null; k++) {
            Token t = tokens.get(k);
            if (!t.capitalized && t.isWord() && t.norm.startsWith(ph.head())) {
                return true;
            }
        }
        return false;
    }

    record Marked(SourcePhrase phrase, String rule) {
    }

    /**
     * "two senators present who requested anonymity", "a person familiar with the talks, who spoke on condition of
     * anonymity": a relative clause that holds a mark tells the arrangement, not who speaks, so the source stops
     * before it (as PolNeAR's annotators mark it); the mark is still read there, set off after the source.
     */
    SourceFinder.Found withoutGrant(SourceFinder.Found src) {
        for (int k = src.from() + 1; k < src.to(); k++) {
            if (tokens.get(k).is("who") && within(k, src.to()) != null) {
                int end = tokens.get(k - 1).isPunct(',') ? k - 1 : k;
                return new SourceFinder.Found(src.from(), end, src.inverted(), src.refersTo());
            }
        }
        return src;
    }

    private String markBy(Found f, int clauseEnd) {
        SourceFinder.Found src = f.source;
        String id = within(src.from(), src.to());
        if (id == null && src.to() <= f.cueFrom) {
            id = within(src.to(), f.cueFrom); // "X, who asked not to be named, said"
        }
        if (id == null && src.from() >= f.to) {
            id = setOff(src.to(), clauseEnd); // "said X, who requested anonymity to speak freely"
        }
        if (id == null && src.to() <= f.cueFrom && f.to < clauseEnd) {
            // "officials said, speaking on condition of anonymity, that", "told Reuters on condition of anonymity"
            int after = tokens.get(f.to).isPunct(',') ? f.to : finder.afterHearer(f.to, f.to - 1, clauseEnd);
            boolean setOff = after < clauseEnd && (tokens.get(after).isPunct(',') || tokens.get(after).is("on"));
            id = setOff ? setOff(after, clauseEnd) : null;
        }
        return id;
    }

    private String within(int from, int to) {
        for (int k = from; k < to; k++) {
            String id = startingAt(k, to);
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    /**
     * A mark in the phrase from {@code from}, past a comma that sets it off, up to the next comma, quotation or
     * clause mark ("that").
     */
    private String setOff(int from, int clauseEnd) {
        if (from < clauseEnd && tokens.get(from).isPunct(',')) {
            from++;
        }
        int end = from;
        while (end < clauseEnd && end - from < MAX_SET_OFF) {
            Token t = tokens.get(end);
            if (t.type == Token.Type.QUOTE || t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.is("that")) {
                break;
            }
            end++;
        }
        return within(from, end);
    }

    private String startingAt(int k, int limit) {
        if (k >= limit) {
            return null;
        }
        PhraseMatcher.Match<String> m = marks.longestAt(tokens, k, limit);
        return m == null ? null : m.rule();
    }
}
