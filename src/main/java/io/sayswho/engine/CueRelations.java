package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;

import java.util.List;

/**
 * How a cue stands to the cue before it in the same sentence: a relay ("According to X, Y said"), the opening of the
 * earlier report's content ("Jo Roe said it was not clear"), a relative clause's report before or after its subject's
 * own verb ("Jo Roe, who said ..., said"), a clause of its own inside the earlier one ("..., which authorities say"),
 * or the main clause after a subordinate one ("Although the mayor said ..., engineers said"). Each answer is read
 * from a bounded window of tokens around the two cues.
 */
final class CueRelations {
    /** How far before a reporting "who" its comma may stand ("compared with 23 percent who"); bounded, so linear. */
    private static final int MAX_SET_OFF = 12;
    /** How many words an adjunct may have ({@link SourceSieve#adjunctOnly}'s bound), so the look back is bounded. */
    private static final int MAX_ADJUNCT = 8;
    private final List<Token> tokens;
    private final SourceFinder finder;
    private final WordList subordinators;

    CueRelations(Document doc, RuleSet rules, SourceFinder finder) {
        this.tokens = doc.tokens;
        this.finder = finder;
        this.subordinators = rules.list("subordinators");
    }

    /**
     * "According to the Tarn Courier, Ana Lutz said ...": a source after its cue opens the sentence, and the subject of a
     * report follows its comma at once; what the subject reports is what the opening source relays.
     */
    boolean relaysAfterOpeningSource(Found prev, Found f, Sentence s) {
        if (prev.rule.side() != CueRule.Side.RIGHT || !prev.rule.category().reports() || prev.source == null
                || f.source == null || f.source.inverted() || f.rule.side() != CueRule.Side.LEFT
                || !f.rule.category().reports()) {
            return false;
        }
        int comma = prev.source.to();
        return prev.from == s.from() && comma < s.to() && tokens.get(comma).isPunct(',') && f.source.from() == comma + 1;
    }

    /**
     * An impersonal cue of not knowing ("it is unclear", "it was not known") that opens the content of the report
     * before it, past its hearer and a "that", or past a source after the cue: "told reporters that it remained
     * unclear who ...", "According to Jo Roe, it is not known why". Not one further
     * on ("said the plan had passed but it is unclear when"), which is the writer's own.
     */
    boolean opensWhatIsReported(Found prev, Found f, int clauseEnd) {
        if (prev == null || f.rule.side() != CueRule.Side.NONE || f.rule.category() != CueCategory.UNKNOWN
                || prev.source == null || prev.rule.side() == CueRule.Side.NONE || !prev.rule.category().reports()) {
            return false;
        }
        boolean sourceAfter = prev.source.from() >= prev.to; // "said Jo Roe", "according to Jo Roe,"
        int opens = sourceAfter ? prev.source.to() : finder.afterHearer(prev.to, prev.to - 1, clauseEnd);
        if (opens < clauseEnd && (tokens.get(opens).is("that") || sourceAfter && tokens.get(opens).isPunct(','))) {
            opens++;
        }
        return f.from == opens;
    }

    /**
     * "“We will win,” said Jo Roe, a nurse from Tarn, who said she would stay": a "who" right after the previous
     * cue's inverted source, past its comma, stands for that source and reports on its own. Null otherwise.
     */
    SourceFinder.Found relativeAfterInverted(Found prev, Found f) {
        if (prev == null || prev.source == null || !prev.source.inverted()) {
            return null;
        }
        int who = f.cueFrom - 1;
        boolean relative = who > prev.source.to() && (tokens.get(who).is("who") || tokens.get(who).is("which"))
                && tokens.get(who - 1).isPunct(',') && who - 1 <= prev.source.to();
        return relative ? new SourceFinder.Found(who, who + 1, false, prev.source) : null;
    }

    /**
     * The cue is the main verb of the phrase a relative clause before it set off: "Jo Roe, who said the plan was a
     * farce, said ...". The previous cue's source is that "who" (or "which"), and a comma ends its clause right
     * before this cue, with none between.
     */
    boolean closesRelativeClause(Found prev, Found f) {
        if (prev == null || prev.source == null || prev.source.refersTo() == null || f.cueFrom - 1 <= prev.to) {
            return false;
        }
        Token pronoun = tokens.get(prev.source.from());
        if (!(pronoun.is("who") || pronoun.is("which")) || prev.source.from() == 0
                || !tokens.get(prev.source.from() - 1).isPunct(',') || !tokens.get(f.cueFrom - 1).isPunct(',')) {
            return false;
        }
        for (int k = prev.to; k < f.cueFrom - 1; k++) {
            if (tokens.get(k).isPunct(',') || tokens.get(k).isTerminal() || tokens.get(k).type == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a later cue's own clause opens inside an earlier cue's sentence, so that it is a claim of its own: a
     * relative clause set off by a comma whose subject reports ("..., which authorities say has killed 12"), or a
     * subordinate clause with its own subject ("after the candidate suggested that ..."). -1 when neither.
     */
    int ownClauseOpening(Found f) {
        if (f.source == null || f.source.inverted() || f.source.from() < 2 || f.rule.side() != CueRule.Side.LEFT) {
            return -1;
        }
        int before = f.source.from() - 1;
        Token t = tokens.get(before);
        if ((t.is("which") || t.is("who")) && tokens.get(before - 1).isPunct(',')) {
            return before;
        }
        return subordinators.contains(t) && f.phrase != null && f.phrase.pronoun() == null ? before : -1;
    }

    /**
     * "46 percent said yes, compared with 23 percent who said ...", "..., double the number who said the same": a
     * "who" that reports for a phrase set off by a comma after the earlier cue is a claim of its own, from that
     * comma on; without the comma ("Roe said the people who say it are wrong") the relative stays inside the
     * earlier report. Returns where the new claim opens, or -1.
     */
    int reportingRelativeAfterComma(Found prev, Found f) {
        if (f.source == null || f.source.refersTo() == null || f.rule.side() != CueRule.Side.LEFT
                || !(tokens.get(f.source.from()).is("who"))) {
            return -1;
        }
        int antecedent = f.source.refersTo().from();
        for (int k = antecedent - 1; k > prev.to && k >= antecedent - MAX_SET_OFF; k--) {
            Token t = tokens.get(k);
            if (t.isPunct(',')) {
                return k + 1;
            }
            if (t.type == Token.Type.QUOTE || t.isPunct(';') || t.isPunct(':')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "While not everything Roe says is true, Jo Lutz said ...": the earlier report stands in a clause that opens
     * the sentence with a subordinator and closes at a comma before this cue's subject, right before it or before
     * a short adjunct ("Although she said ..., at the town hall this week she said ..."); this cue is the main
     * clause's, a claim of its own from that comma on. Returns where it opens, or -1.
     */
    int mainAfterOpeningClause(Sentence s, Found prev, Found f) {
        if (f.source == null || f.source.inverted() || f.source.from() <= prev.to) {
            return -1;
        }
        int comma = commaBeforeAdjunct(f.source.from(), prev.to);
        if (comma < 0) {
            return -1;
        }
        int first = s.from();
        while (first < prev.from && !tokens.get(first).isWord()) {
            first++; // past an opening quotation mark or bracket
        }
        if (!subordinators.contains(tokens.get(first))) {
            return -1;
        }
        for (int k = prev.to; k < comma; k++) {
            if (tokens.get(k).isPunct(',') || tokens.get(k).isPunct(';') || tokens.get(k).type == Token.Type.QUOTE) {
                return -1; // the opening clause closed earlier: the comma before the subject sets off something else
            }
        }
        return comma + 1;
    }

    /**
     * The comma right before {@code subject}, or before a short adjunct that opens the main clause ahead of its
     * subject ("..., at the town hall this week she said", {@link SourceSieve#adjunctOnly}); -1 when neither.
     */
    private int commaBeforeAdjunct(int subject, int floor) {
        for (int k = subject - 1; k > floor && subject - k <= MAX_ADJUNCT + 1; k--) {
            if (tokens.get(k).isPunct(',')) {
                return k == subject - 1 || finder.adjunctOnly(k + 1, subject) ? k : -1;
            }
        }
        return -1;
    }
}
