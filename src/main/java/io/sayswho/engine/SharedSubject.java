package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;

import java.util.List;

/**
 * A cue whose subject is not beside it takes one the clause already has: a participle after a comma or a dash ("Jo
 * Roe mocked the complaint, saying ..."), a second verb after "and" or "but" ("X bemoaned the unrest and said ..."),
 * the "who" of a relative clause that "and" goes on ("demonstrators, who took to the streets and called for ..."), and
 * a gerund after a preposition ("Jo Roe responded by saying ...").
 */
final class SharedSubject {
    /** How far back a gerund's clause may open at its comma; past that it opens with the sentence's clause. */
    private static final int MAX_GERUND_CLAUSE = 30;

    private final List<Token> tokens;
    private final SourceFinder finder;
    private final ClauseJoins joins;
    private final SpeakablePhrase phrases;

    SharedSubject(Document doc, SourceFinder finder, ClauseJoins joins, SpeakablePhrase phrases) {
        this.tokens = doc.tokens;
        this.finder = finder;
        this.joins = joins;
        this.phrases = phrases;
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
}
