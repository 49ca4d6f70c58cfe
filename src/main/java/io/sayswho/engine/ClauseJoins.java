package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;

import java.util.List;
import java.util.Set;

/**
 * Where a cue's clause opens in a sentence with more than one, and whether it shares the subject before it: the
 * joiner ("told Reuters there was ..., but could not say when"), a tag that ends the sentence ("..., the source
 * said."), a participle after a comma or a time word ("…, saying", "… after saying that"), a bare verb after "and".
 */
final class ClauseJoins {
    private static final Set<String> JOINERS = Set.of("but", "though", "although", "while", "whereas", "yet", "and",
            "however", "as");
    /** Joiners that surely open a new clause, preferred to "and" when content stands before its cue. */
    private static final Set<String> STRONG_JOINERS = Set.of("but", "though", "although", "while", "whereas", "yet",
            "however");

    private final List<Token> tokens;
    private final SourceFinder finder;
    private final ClaimContent content;
    private final WordList irregularParticiples;

    ClauseJoins(Document doc, RuleSet rules, SourceFinder finder, ClaimContent content) {
        this.tokens = doc.tokens;
        this.finder = finder;
        this.content = content;
        this.irregularParticiples = rules.list("irregular-participles");
    }

    /**
     * "… should lighten up and tell more jokes", "… and ask yourself": a bare verb form after "and" hangs on a modal
     * or an imperative, so the sentence's subject does not report anything with it.
     */
    boolean bareVerb(Token t) {
        String n = t.norm;
        return !n.endsWith("s") && !n.endsWith("ed") && !n.endsWith("ing") && !irregularParticiples.contains(t)
                && !PAST_FORMS.contains(n);
    }

    private static final Set<String> PAST_FORMS = Set.of("wrote", "spoke", "knew", "thought", "felt", "saw", "gave",
            "swore", "forecast", "put");

    /** "… before asking her", "… after saying that …": a participle that a time word hangs on the clause before. */
    boolean afterTimeWord(int cueFrom) {
        return cueFrom > 0 && PARTICIPLE_LEADS.contains(tokens.get(cueFrom - 1).norm);
    }

    private static final Set<String> PARTICIPLE_LEADS = Set.of("before", "after", "while", "by", "without");

    /** The cue follows a comma, or a comma and a closing quotation mark. */
    boolean afterComma(int cueFrom) {
        int k = cueFrom - 1;
        if (k >= 0 && tokens.get(k).type == Token.Type.QUOTE) {
            k--;
        }
        return k >= 0 && tokens.get(k).isPunct(',');
    }

    /** As {@link #afterComma}, or after a dash: "Jo Roe flipped her choice – saying she ...". */
    boolean afterCommaOrDash(int cueFrom) {
        return afterComma(cueFrom) || cueFrom > 0 && tokens.get(cueFrom - 1).type == Token.Type.DASH;
    }

    /** Nothing but the source follows the cue in its clause: "..., the source said.", "..., according to X." */
    boolean isTag(Found f, int clauseEnd) {
        if (f.source == null || f.passive) {
            return false;
        }
        if (f.rule.side() == CueRule.Side.LEFT && !f.source.inverted()) {
            // "..., the source said." sets its subject off; "where it had been found" is a clause inside
            Token before = f.source.from() > 0 ? tokens.get(f.source.from() - 1) : null;
            if (before == null || !(before.isPunct(',') || before.type == Token.Type.QUOTE || before.type == Token.Type.DASH)) {
                return false;
            }
        }
        int after = f.source.inverted() ? f.source.to() : f.to;
        if (f.rule.side() == CueRule.Side.LEFT) {
            after = finder.afterHearer(after, f.to - 1, clauseEnd);
        }
        while (after < clauseEnd && finder.times.contains(tokens.get(after))) {
            after++; // "..., his lawyer told reporters Friday.": a time after the tag is the telling's
        }
        return !content.hasWords(after, clauseEnd, 1);
    }

    /**
     * The last strong joiner (else "and", else the cue itself) between two cues; with {@code strongOnly}, -1
     * when there is no strong joiner.
     */
    int clauseOpening(int after, int cue, boolean strongOnly) {
        int and = -1;
        for (int k = cue - 1; k > after; k--) {
            Token t = tokens.get(k);
            if (STRONG_JOINERS.contains(t.norm) && !t.is("while") && !t.is("though") && !t.is("although")
                    || t.isPunct(';')) {
                return k;
            }
            if (and < 0 && t.is("and")) {
                and = k;
            }
        }
        if (strongOnly) {
            return -1;
        }
        return and >= 0 ? and : cue;
    }

    /** The joining word ("but", "though") or semicolon that opens this cue's clause, or -1. */
    int joinerBefore(Found f, boolean firstCue) {
        // "... and repeatedly says": adverbs may stand between, unless an earlier cue's content could hold the "and"
        int verb = firstCue ? finder.verbGroupStart(f.cueFrom, 0) : f.cueFrom;
        int start = f.source != null && !f.source.inverted() ? f.source.from() : verb;
        for (int k = start - 1; k >= Math.max(0, start - 3); k--) {
            Token t = tokens.get(k);
            if (JOINERS.contains(t.norm) || t.isPunct(';') || t.type == Token.Type.DASH && ownsContent(f)) {
                return k;
            }
            if (!t.isPunct(',') && !t.is("there") && !t.is("it")) {
                return -1;
            }
        }
        return -1;
    }

    /** "… ― the treasurer retorted, “Nothing adds up.”": the cue is followed by what it reports (a quotation, a clause). */
    private boolean ownsContent(Found f) {
        int k = f.to;
        if (k < tokens.size() && (tokens.get(k).isPunct(',') || tokens.get(k).isPunct(':'))) {
            k++;
        }
        return k < tokens.size() && (tokens.get(k).type == Token.Type.QUOTE || tokens.get(k).is("that"));
    }
}
