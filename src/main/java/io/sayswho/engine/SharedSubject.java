package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;

import java.util.List;

/**
 * A cue whose subject is not beside it takes one the clause already has: a participle after a comma or a dash ("Jo
 * Roe mocked the complaint, saying ..."), a second verb after "and" or "but" ("X bemoaned the unrest and said ..."),
 * the "who" of a relative clause that "and" goes on ("demonstrators, who took to the streets and called for ..."), a
 * gerund after a preposition ("Jo Roe responded by saying ..."), and a gerund opening the sentence after a
 * preposition or a subordinator, whose subject is the main clause's ("After saying he was nervous, the man ...").
 */
final class SharedSubject {
    /** How far back a gerund's clause may open at its comma; past that it opens with the sentence's clause. */
    private static final int MAX_GERUND_CLAUSE = 30;

    private final Document doc;
    private final List<Token> tokens;
    private final SourceFinder finder;
    private final ClauseJoins joins;
    private final SpeakablePhrase phrases;
    private final WordList subordinators;

    SharedSubject(Document doc, SourceFinder finder, ClauseJoins joins, SpeakablePhrase phrases, WordList subordinators) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.finder = finder;
        this.joins = joins;
        this.phrases = phrases;
        this.subordinators = subordinators;
    }

    /**
     * "Jo Roe responded by saying", "made a point of saying": the words before a gerund end on a preposition, so
     * they are no source; the gerund says what its clause's subject did. The clause opens after its last comma
     * ("Although it was late, Jo Roe took the step of announcing"). Any other source is returned as it is.
     */
    SourceFinder.Found ofGerund(Found f, SourceFinder.Found source, int clauseStart) {
        if (source == null || source.inverted() || !tokens.get(f.from).norm.endsWith("ing")
                || !phrases.endsOnPreposition(source.from(), source.to())) {
            return source;
        }
        int clause = f.cueFrom - 1;
        while (clause > clauseStart && f.cueFrom - clause < MAX_GERUND_CLAUSE && !tokens.get(clause - 1).isPunct(',')) {
            clause--;
        }
        if (clause > clauseStart && !tokens.get(clause - 1).isPunct(',')) {
            clause = clauseStart;
        }
        return finder.leadingSubject(clause, f.cueFrom);
    }

    /**
     * A cue with no subject of its own, the sentence's first, that goes on the clause before it: a participle after a
     * comma, a dash or a time word, or a verb after "and" or "but". Sets its source as shared and where the sentence
     * splits; false when the cue is none of these or no subject is found.
     */
    boolean share(Found f, Sentence s, int join, int clauseStart) {
        if (opensSentence(f, s)) {
            return shareWithMainClause(f, s);
        }
        boolean participle = (joins.afterCommaOrDash(finder.verbGroupStart(f.cueFrom, clauseStart))
                || joins.afterTimeWord(f.cueFrom)) && tokens.get(f.from).norm.endsWith("ing");
        boolean and = join >= 0 && tokens.get(join).is("and");
        if (!participle && !(and || join >= 0 && tokens.get(join).is("but"))) {
            return false;
        }
        if (and && joins.bareVerb(tokens.get(f.from))) {
            return false;
        }
        // "demonstrators, who have taken to the streets and called for ...": the relative clause's "who" goes on
        SourceFinder.Found relative = and ? finder.relativeSubjectBefore(join, clauseStart) : null;
        SourceFinder.Found subject = relative != null ? relative : finder.leadingSubject(s.from(), f.cueFrom);
        if (subject == null) {
            return false;
        }
        f.source = subject;
        f.phrase = finder.phraseOf(subject);
        f.shared = true;
        // "X praised the budget, even suggesting ...": the act before the cue is the writer's report
        f.splitAt = join >= 0 ? join : finder.verbGroupStart(f.cueFrom, s.from());
        return true;
    }

    /**
     * Where the clause of the cue after {@code prev} opens: past its cue and source, or on the subject an opening
     * gerund shared ahead of it ("In announcing the cuts, the mayor said": the mayor is the saying's subject too).
     */
    static int clauseAfter(Found prev, Sentence s) {
        if (prev == null) {
            return s.from();
        }
        if (prev.shared && prev.source.from() > prev.to) {
            return prev.source.from();
        }
        return Math.max(prev.to, prev.source != null ? prev.source.to() : 0);
    }

    /**
     * "After saying ...", "While insisting ...", "In announcing ...": a gerund right after the sentence's first word,
     * a preposition or a subordinator.
     */
    private boolean opensSentence(Found f, Sentence s) {
        Token opener = tokens.get(s.from());
        return f.cueFrom == s.from() + 1 && tokens.get(f.from).norm.endsWith("ing") && opener.capitalized
                && (subordinators.contains(opener) || Lexicons.PREPOSITIONS.contains(opener.norm));
    }

    /**
     * The opening clause's gerund has the subject of the clause after its comma: "After saying he was nervous, the
     * man asked ..." is the man's. The opening clause is a claim of its own from the sentence's start; none when
     * no comma closes it within {@link #MAX_GERUND_CLAUSE} words or no subject opens the main clause.
     */
    private boolean shareWithMainClause(Found f, Sentence s) {
        int comma = f.to;
        while (comma < s.to() && comma - f.to < MAX_GERUND_CLAUSE
                && !(tokens.get(comma).isPunct(',') && !doc.quoted(comma))) {
            comma++;
        }
        if (comma + 1 >= s.to() || !tokens.get(comma).isPunct(',')) {
            return false;
        }
        SourceFinder.Found subject = finder.leadingSubject(comma + 1, s.to());
        if (subject == null) {
            return false;
        }
        f.source = subject;
        f.phrase = finder.phraseOf(subject);
        f.shared = true;
        f.splitAt = s.from();
        return true;
    }
}
