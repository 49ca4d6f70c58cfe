package io.sayswho.engine;

import java.util.Set;

/**
 * The tag that closes a direct quotation names its speech act whatever the verb: in '"We will not back down," she
 * vowed.' or '"Not again," he groaned.' the words after the quote's closing ",\"" are a speaker and a verb, and the
 * verb is the cue though no cue table lists it. The shape decides, so the long tail of a writer's tag verbs
 * (vowed, scoffed, barked, laughed) needs no list: a subject pronoun or a name, one verb in the past or the present
 * third person, an optional particle or "-ly" adverb, then the sentence's end, a comma, or the quote going on.
 */
final class QuoteTag {
    /** The cue a tag's verb stands for; its id is cited as {@code cue.report.quote-tag}. */
    static final CueRule RULE = new CueRule("report.quote-tag", CueCategory.REPORT, CueRule.Side.LEFT, Set.of());

    /** How many words a name in a tag may have: "Jo Roe", "Mary Ann de la Cruz". */
    private static final int MAX_NAME = 4;
    private static final Set<String> PARTICLES = Set.of("back", "out", "up", "on", "again");

    private final Document doc;
    private final RuleSet rules;
    private final SourceClassifier classifier;
    private final WordList auxiliaries;

    QuoteTag(Document doc, RuleSet rules, SourceClassifier classifier) {
        this.doc = doc;
        this.rules = rules;
        this.classifier = classifier;
        this.auxiliaries = rules.list("auxiliaries");
    }

    /**
     * The verb of the tag that follows the quotation closing at {@code close} (its closing mark), as [from, to), or
     * null when the words there are no such tag or a cue rule already reads them.
     */
    int[] verbAfter(int close, Sentence s) {
        Token before = doc.token(close - 1);
        if (!(before.isPunct(',') || before.isPunct('?') || before.isPunct('!'))) {
            return null; // '"... its own words" he ...' is no quotation closing its sentence's report
        }
        int k = close + 1;
        if (k < s.to() && Lexicons.isSubjectPronoun(doc.token(k).norm) && !doc.token(k).is("it")) {
            k++;
        } else {
            int name = k;
            while (k < s.to() && k - name < MAX_NAME && classifier.proper(k)) {
                k++;
            }
            if (k == name || k - name == MAX_NAME && k < s.to() && classifier.proper(k)) {
                return null;
            }
        }
        if (k >= s.to() || !tagVerb(doc.token(k)) || rules.cues.longestAt(doc.tokens, k, s.to()) != null) {
            return null;
        }
        int verb = k++;
        if (k < s.to() && (PARTICLES.contains(doc.token(k).norm) || doc.token(k).norm.endsWith("ly"))) {
            k++;
        }
        if (k < s.to() && !(doc.token(k).isPunct(',') || doc.token(k).isTerminal()
                || doc.token(k).type == Token.Type.QUOTE)) {
            return null; // '"Rocky," he directed in 1976': a verb with its own object or adjunct is a deed
        }
        return new int[] {verb, verb + 1};
    }

    private boolean tagVerb(Token t) {
        return t.isWord() && !t.capitalized && t.norm.length() > 3 && !auxiliaries.contains(t)
                && (t.norm.endsWith("ed") || t.norm.endsWith("s") && !t.norm.endsWith("ss"));
    }
}
