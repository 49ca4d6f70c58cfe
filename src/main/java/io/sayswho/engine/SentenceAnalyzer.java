package io.sayswho.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one sentence into its claims: finds the reporting cues outside quotations, each cue's source and content,
 * labels them from the label table and the content rules, and splits a sentence that carries two attributions
 * ("told Reuters there was ..., but could not say when ...") at the word that joins them.
 *
 * <p>Each decision is a class of its own, which this one asks in turn: {@link CueScan} finds the cues,
 * {@link SourceAcceptance} each cue's source and whether it is kept (with {@link ClauseJoins}, where its clause
 * opens), {@link ClaimDrafter} the claim and its content.
 */
final class SentenceAnalyzer {
    private final Document doc;
    private final List<Token> tokens;
    private final RuleSet rules;
    private final ClaimContent content;
    private final NamedLines namedLines;
    private final RecordLead recordLead;
    private final FailedContact failedContact;
    private final CueScan scan;
    private final SourceAcceptance acceptance;
    private final ClaimDrafter drafter;

    SentenceAnalyzer(Document doc, RuleSet rules, SourceFinder finder, SourceClassifier classifier, Entities entities,
                     ClaimContent content) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.rules = rules;
        this.content = content;
        this.namedLines = new NamedLines(doc, rules, classifier, entities, content);
        this.recordLead = new RecordLead(doc, rules, classifier, entities, content);
        this.failedContact = new FailedContact(doc, rules, classifier, entities, content);
        this.scan = new CueScan(doc, rules, classifier, finder);
        this.acceptance = new SourceAcceptance(doc, rules, finder, content,
                new ClauseJoins(doc, rules, finder, content));
        this.drafter = new ClaimDrafter(doc, rules, finder, entities, content);
    }

    /** A cue found in the sentence, with its source once found. */
    static final class Found {
        final CueRule rule;
        final int from;
        final int to;
        int cueFrom;
        SourceFinder.Found source;
        SourcePhrase phrase;
        boolean shared;
        boolean passive;
        boolean negated;
        /** The negation is a refusal's: "would not", "will not", "won't". */
        boolean refusing;
        boolean relayed;
        /** The source is a record's long description ("The transcript of the hearing, published by ..."). */
        boolean record;
        /** A clause verb followed by "a"/"an": it reports only when records are its subject. */
        boolean takesObject;
        /** The subject says nobody did it: "Neither X nor Y", "No one", "None of them". */
        boolean nobody;
        /** A rejection of a proposal, not of a claim: "rejected the call for a quota" (NAMED). */
        boolean rejectsProposal;
        /** The category of the cue a participle continues ("denied ..., saying"), or null. */
        CueCategory continues;
        int splitAt = -1;
        /** The anonymity.rules id that made the source anonymous ("who requested anonymity"), or null. */
        String anonymity;

        CueCategory category() {
            if (rule.category() == CueCategory.RESPOND) {
                return negated || nobody ? CueCategory.NO_COMMENT : CueCategory.REPORT;
            }
            if (rule.category() == CueCategory.STANCE) {
                return CueCategory.REPORT; // "does not believe" is still the source's stance
            }
            if (rejectsProposal && rule.category() == CueCategory.DENY) {
                return CueCategory.REPORT;
            }
            if (negated && refusing && rule.category() == CueCategory.REPORT) {
                return CueCategory.NO_COMMENT; // "would not tell the paper what he knew": withheld, not unknown
            }
            return negated ? CueCategory.COULD_NOT_SAY : continues != null ? continues : rule.category();
        }

        Found(CueRule rule, int from, int to) {
            this.rule = rule;
            this.from = from;
            this.to = to;
            this.cueFrom = from;
        }
    }

    /** The sentence's claims in order; empty when the sentence is page furniture. */
    List<ClaimDraft> analyze(Sentence s) {
        if (isPageFurniture(s)) {
            return List.of();
        }
        boolean title = s.paragraph() == 0 && s.from() == 0;
        ClaimDraft turn = s.fragment() || title ? null : namedLines.speakerTurn(s);
        if (turn != null) {
            return List.of(turn); // "HOST: Will the mayor run ...": the turn is the speaker's, whatever it reports
        }
        List<Found> cues = scan.findCues(s);
        List<Found> kept = new ArrayList<>();
        // stances count only in a sentence no other cue attributes: in "The lender plans to close branches,
        // according to X" the plan is part of what X reports; a headline's "Name:" outranks them too
        for (boolean stances : new boolean[] {false, true}) {
            if (stances) {
                ClaimDraft headline = s.fragment() || title ? namedLines.colonHeadline(s) : null;
                if (headline != null) {
                    return List.of(headline);
                }
            }
            for (Found f : cues) {
                if ((f.rule.category() == CueCategory.STANCE) == stances && acceptance.locateSource(f, s, kept)) {
                    kept.add(f);
                }
            }
            if (!kept.isEmpty()) {
                break;
            }
        }
        List<ClaimDraft> out = new ArrayList<>();
        if (kept.isEmpty()) {
            List<ClaimDraft> signed = namedLines.pullQuotes(s);
            if (!signed.isEmpty()) {
                return signed;
            }
            if (s.fragment() && !quotationGoesOn(s)) {
                return List.of();
            }
            ClaimDraft lead = title ? null : recordLead.claim(s);
            if (lead != null) {
                return List.of(lead); // "In the latest poll, the mayor led by 5 points."
            }
            ClaimDraft unanswered = title ? null : failedContact.claim(s);
            if (unanswered != null) {
                return List.of(unanswered); // "Attempts to reach the mayor were unsuccessful."
            }
            ClaimDraft d = new ClaimDraft(s.from(), s.to());
            out.add(d);
            return out;
        }
        int start = s.from();
        if (kept.get(0).splitAt > s.from()) {
            out.add(new ClaimDraft(s.from(), kept.get(0).splitAt));
            start = kept.get(0).splitAt;
        }
        for (int i = 0; i < kept.size(); i++) {
            Found f = kept.get(i);
            int end = i + 1 < kept.size() ? kept.get(i + 1).splitAt : s.to();
            ClaimDraft d = drafter.draft(f, start, end);
            out.addAll(d != null ? content.splitByContent(d) : List.of(new ClaimDraft(start, end)));
            start = end;
        }
        return out;
    }

    /**
     * "“Nobody asked us. We pay the fares.” ― A Reader": a sentence of a quotation that runs on past it is quoted
     * words, even in a line that does not end as prose; the quotation's speaker is found later.
     */
    private boolean quotationGoesOn(Sentence s) {
        int k = s.from();
        while (k < s.to() && tokens.get(k).type == Token.Type.QUOTE) {
            k++;
        }
        QuoteRegion q = k < s.to() && doc.quoted(k) ? doc.quoteAt(k) : null;
        return q != null && q.end() > s.to();
    }

    private boolean isPageFurniture(Sentence s) {
        int k = s.from();
        boolean quoted = false;
        while (k < s.to() && (tokens.get(k).isPunct('(') || tokens.get(k).type == Token.Type.QUOTE)) {
            quoted |= tokens.get(k).type == Token.Type.QUOTE;
            k++;
        }
        if (k >= s.to()) {
            return true;
        }
        String first = doc.surface(k).toLowerCase(java.util.Locale.ROOT);
        if (first.startsWith("http") || first.startsWith("www.")) {
            return true;
        }
        PhraseMatcher.Match<String> m = rules.boilerplate.longestAt(tokens, k, s.to());
        // not in quoted speech, which may open with a prompt's words: "“Follow us,” Ms. Gil said" is a claim
        if (m != null && m.rule().startsWith("page.start.") && !quoted) {
            return true;
        }
        for (PhraseMatcher.Match<String> any : rules.boilerplate.findAll(tokens, s.from(), s.to())) {
            if (any.rule().startsWith("page.any.")) {
                return true;
            }
        }
        // a sentence wholly in brackets is a credit or an aside: "(Brendan McDermid/Reuters)"; one that ends in
        // its own full stop is prose the writer set aside: "(The senator has also called for a cut.)"
        boolean bracketed = tokens.get(s.from()).isPunct('(') && tokens.get(s.to() - 1).isPunct(')')
                || tokens.get(s.from()).isPunct('[') && tokens.get(s.to() - 1).isPunct(']');
        boolean prose = tokens.get(s.from()).isPunct('(') && s.to() - s.from() >= 8
                && tokens.get(s.to() - 2).isTerminal() && !tokens.get(s.from() + 2).isPunct(':');
        return bracketed && !prose;
    }
}
