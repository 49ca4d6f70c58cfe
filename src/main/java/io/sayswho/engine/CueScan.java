package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;

import java.util.ArrayList;
import java.util.List;

/**
 * Which matches of the cue table in a sentence are reporting cues: outside quotations, not a name's word ("Ray
 * Said"), not a noun or adjective ({@link CueReading}), not a stance in a headline, and not the noun of another cue
 * ("Media reports said": "reports" is the subject).
 */
final class CueScan {
    private final Document doc;
    private final List<Token> tokens;
    private final RuleSet rules;
    private final SourceClassifier classifier;
    private final CueReading reading;
    private final WordList auxiliaries;
    private final QuoteTag quoteTags;

    CueScan(Document doc, RuleSet rules, SourceClassifier classifier, SourceFinder finder) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.rules = rules;
        this.classifier = classifier;
        this.reading = new CueReading(doc, rules, classifier, finder);
        this.auxiliaries = rules.list("auxiliaries");
        this.quoteTags = new QuoteTag(doc, rules, classifier);
    }

    List<Found> findCues(Sentence s) {
        List<Found> out = new ArrayList<>();
        boolean titled = titleCase(s); // once per sentence: a cue-dense sentence must not rescan itself per cue
        int k = s.from();
        while (k < s.to()) {
            if (doc.quoted(k)) {
                k++;
                continue;
            }
            PhraseMatcher.Match<CueRule> m = rules.cues.longestAt(tokens, k, s.to());
            if (m == null) {
                k++;
                continue;
            }
            k = m.to();
            boolean name = classifier.proper(m.from()) && !doc.initial(m.from()) && !titled;
            if (m.rule().category() == CueCategory.IGNORE || name || reading.notAVerb(m, s)) {
                continue;
            }
            if (m.rule().category() == CueCategory.STANCE && titled) {
                continue; // "... As West Supports Rival": a headline's verbs tell of events, not of a source's stance
            }
            out.add(new Found(m.rule(), m.from(), m.to()));
        }
        addQuoteTags(s, out);
        // "Media reports said": a cue right before another is the subject's noun, not a verb; only before a cue
        // that takes a subject: in "Jo Roe said it was not clear" the impersonal cue opens what was said
        List<Found> verbs = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Found f = out.get(i);
            boolean nextIsCue = i + 1 < out.size() && f.rule.side() == CueRule.Side.LEFT
                    && f.rule.category() == CueCategory.REPORT && out.get(i + 1).rule.category() != CueCategory.STANCE
                    && out.get(i + 1).rule.side() == CueRule.Side.LEFT
                    && (out.get(i + 1).from == f.to
                    || out.get(i + 1).from == f.to + 1 && auxiliaries.contains(tokens.get(f.to)));
            // "said demand had tripled": a stance word right after a cue is the cue's noun
            boolean nounAfterCue = f.rule.category() == CueCategory.STANCE && i > 0 && out.get(i - 1).to == f.from;
            // "disputes claims that", "denied reports that": a cue word right after a denial is what it denies
            nounAfterCue |= i > 0 && out.get(i - 1).to == f.from && out.get(i - 1).rule.category() == CueCategory.DENY;
            if (!nextIsCue && !nounAfterCue) {
                verbs.add(f);
            }
        }
        return verbs;
    }

    /** '"Not again," he groaned.': the verb of a tag closing a quotation, where no cue rule reads one. */
    private void addQuoteTags(Sentence s, List<Found> out) {
        for (int k = s.from() + 1; k < s.to(); k++) {
            QuoteRegion q = tokens.get(k).type == Token.Type.QUOTE ? doc.quoteAt(k) : null;
            if (q == null || !q.closed() || q.end() - 1 != k) {
                continue;
            }
            int[] verb = quoteTags.verbAfter(k, s);
            if (verb == null) {
                continue;
            }
            int at = 0;
            while (at < out.size() && out.get(at).from < verb[0]) {
                at++;
            }
            if (at < out.size() && out.get(at).from == verb[0]) {
                continue;
            }
            out.add(at, new Found(QuoteTag.RULE, verb[0], verb[1]));
        }
    }

    /** "Mayor Could Close Bridge, Engineer Says.": most words capitalised, so capitals say nothing of names. */
    private boolean titleCase(Sentence s) {
        int words = 0;
        int capitals = 0;
        for (int k = s.from(); k < s.to(); k++) {
            Token t = tokens.get(k);
            if (t.isWord() && t.norm.length() > 3) {
                words++;
                if (t.capitalized) {
                    capitals++;
                }
            }
        }
        return words >= 3 && capitals * 10 >= words * 8;
    }
}
