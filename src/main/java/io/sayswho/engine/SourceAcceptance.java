package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;
import io.sayswho.engine.model.SourceKind;

import java.util.List;
import java.util.Set;

/**
 * Which source a cue takes ("Sources report", "..., said the source", "according to X", "was reported by X", the
 * subject of the clause before: "..., but could not say when") and whether the cue is kept with it: a source must be
 * able to speak ("the suspects in ...": not "the"; "reveal who told them": not "who"), a stance must be its
 * subject's finite verb, and a cue nested in another's content is the other's ("A source said he could not answer").
 * Also where the sentence splits before the cue. How the cue stands to the cue before it is {@link CueRelations}'s
 * to say, what a denial takes in {@link DenialReach}'s.
 */
final class SourceAcceptance {
    /** "learned from the experience": after a clause verb these begin an object, not what was said ("on Friday" is time). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("from", "of", "about", "with", "into", "for", "over",
            "against");

    private final List<Token> tokens;
    private final RuleSet rules;
    private final SourceFinder finder;
    private final ClaimContent content;
    private final ClauseJoins joins;
    private final WordList telling;
    private final WordList tellVerbs;
    private final WordList clauseVerbs;
    private final WordList speechVerbs;
    private final WordList documentHeads;
    private final WordList informing;
    private final CueRelations relations;
    private final SpeakablePhrase phrases;
    private final DenialReach denials;
    private final AnonymityMarks anonymity;
    private final SharedSubject shared;
    private final RecordSubject records;

    SourceAcceptance(Document doc, RuleSet rules, SourceFinder finder, ClaimContent content,
                     ClauseJoins joins) {
        this.tokens = doc.tokens;
        this.rules = rules;
        this.finder = finder;
        this.content = content;
        this.joins = joins;
        this.telling = rules.list("telling-verbs");
        this.tellVerbs = rules.list("tell-verbs");
        this.clauseVerbs = rules.list("clause-verbs");
        this.speechVerbs = rules.list("speech-verbs");
        this.documentHeads = rules.list("document-heads");
        this.informing = rules.list("informing-verbs");
        this.relations = new CueRelations(doc, rules, finder);
        this.phrases = new SpeakablePhrase(doc, rules);
        this.denials = new DenialReach(doc, rules, finder);
        this.anonymity = new AnonymityMarks(doc, rules, finder);
        this.shared = new SharedSubject(doc, finder, joins, phrases, rules.list("subordinators"));
        this.records = new RecordSubject(doc, rules);
    }

    /** Finds the cue's source; false when the cue attributes nothing here (it is dropped). */
    boolean locateSource(Found f, Sentence s, List<Found> kept) {
        Found prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (prev != null && prev.source != null && f.from >= prev.source.from() && f.to <= prev.source.to()) {
            return false; // "said a former official who oversaw the case and described ...": the source's own words
        }
        int clauseStart = SharedSubject.clauseAfter(prev, s);
        int clauseEnd = s.to();
        CueRule rule = f.rule;
        switch (rule.side()) {
            case NONE -> f.source = null;
            case RIGHT -> {
                if (rule.category() == CueCategory.QUOTED) {
                    int as = finder.asSaying(f.to, clauseEnd);
                    if (as < 0) {
                        return false;
                    }
                    f.source = new SourceFinder.Found(f.to, as, true);
                } else {
                    f.source = finder.right(f.to, clauseEnd);
                }
            }
            case LEFT -> {
                f.cueFrom = finder.cueStart(f.from, clauseStart);
                boolean report = rule.category().reports();
                boolean deny = rule.category() == CueCategory.DENY;
                if (report && finder.directive(f.to, clauseEnd)) {
                    return false;
                }
                f.takesObject = report && f.to < clauseEnd && clauseVerbs.contains(tokens.get(f.to - 1).norm)
                        && (tokens.get(f.to).is("a") || tokens.get(f.to).is("an")
                        || OBJECT_PREPOSITIONS.contains(tokens.get(f.to).norm));
                int goesOn = finder.goesOnTo(f.from, s.from());
                if (f.from > s.from() && tokens.get(f.from - 1).is("to") && goesOn < 0) {
                    return false; // "contacted it to inform it", "is expected to say": nothing is reported yet
                }
                if (goesOn >= 0) {
                    f.cueFrom = goesOn; // "He went on to say that ...": the saying is done, its subject before "went"
                }
                SourceFinder.Found agent = report || deny ? finder.passiveAgent(f.from, f.to, clauseStart, clauseEnd) : null;
                boolean show = rule.category() == CueCategory.SHOW;
                if ((report || show || deny) && agent == null && finder.passiveWithoutAgent(f.from, clauseStart)) {
                    return false; // "has been blamed for": nobody stands behind it
                }
                f.passive = agent != null;
                f.source = agent != null ? agent
                        : finder.left(goesOn >= 0 ? goesOn : f.from, f.to, clauseStart, clauseEnd,
                        report || rule.category() == CueCategory.SHOW);
                f.source = shared.ofGerund(f, f.source, clauseStart); // "Jo Roe responded by saying"
                if (report && finder.future(f.from, clauseStart) && !opensContent(f.to, clauseEnd)
                        && !followsItsContent(f, clauseEnd)) {
                    return false; // "will testify before the committee": nothing is said yet
                }
                if (agent == null && joins.afterTimeWord(f.cueFrom) && tokens.get(f.from).norm.endsWith("ing")) {
                    f.source = null; // "… by announcing that": the participle's subject opens the clause, found below
                }
                if (rule.category() == CueCategory.SHOW && agent == null) {
                    SourceFinder.Found record = records.subject(clauseStart, f.cueFrom, f.source);
                    if (record != null) {
                        f.source = record;
                        f.record = true;
                    }
                }
                boolean respond = rule.category() == CueCategory.RESPOND;
                // "did not say when" leaves something unsaid; "did not complain", "has never accused" name an act not
                // done, the source's stance as a report of it is ("has never accused X of Y": NAMED, not unknown)
                boolean informs = rule.category() != CueCategory.REPORT || informing.contains(tokens.get(f.from));
                f.negated = (report || respond) && informs && finder.negated(f.from, clauseStart);
                f.refusing = f.negated && finder.refusing(f.from, clauseStart);
                if (respond && f.source != null) {
                    Token first = tokens.get(f.source.from());
                    f.nobody = first.is("neither") || first.is("nobody") || first.is("none")
                            || first.is("no") && f.source.to() > f.source.from() + 1 && tokens.get(f.source.from() + 1).is("one");
                }
            }
        }
        if (f.source == null && rule.side() == CueRule.Side.LEFT) {
            f.source = relations.relativeAfterInverted(prev, f);
        }
        boolean afterRelative = rule.side() == CueRule.Side.LEFT && relations.closesRelativeClause(prev, f);
        if (afterRelative) {
            f.source = prev.source.refersTo(); // "Jo Roe, who said the plan was a farce, said ...": Jo Roe said
        }
        if (rule.category() == CueCategory.STANCE && f.source != null && !stanceHolder(f)) {
            return false;
        }
        if (f.source != null && (!phrases.canSpeak(f.source.from(), f.source.to())
                || f.source.from() >= f.to && phrases.clauseNotPhrase(f.source.from(), f.source.to()))) {
            return false;
        }
        if (f.source != null && rule.side() == CueRule.Side.LEFT && !f.source.inverted() && phrases.freeRelative(f.source, s)) {
            return false; // "Everything the mayor says is true": what is said is the subject of the writer's clause
        }
        if (f.source != null) {
            f.source = anonymity.withoutGrant(finder.withoutLink(f.source));
            f.phrase = finder.phraseOf(f.source);
            AnonymityMarks.Marked marked = anonymity.mark(f, clauseEnd);
            if (marked != null) {
                f.phrase = marked.phrase();
                f.anonymity = marked.rule();
            }
            SourcePhrase ph = f.phrase;
            if (rule.category() == CueCategory.SHOW && ph.kind() != SourceKind.DOCUMENT && ph.pronoun() == null
                    && (f.record || ph.head() != null && documentHeads.contains(ph.head()))) {
                // "A 2019 study by Harlow University economists found ...": what the work shows is the record's, documentary
                f.phrase = new SourcePhrase(ph.from(), ph.to(), SourceKind.DOCUMENT, null, ph.head(), ph.plural(),
                        null, null, ph.definite());
            }
            if (f.takesObject && f.phrase.kind() != SourceKind.DOCUMENT) {
                return false; // "added a glass wing": an object, not what was said; records do "reveal a number"
            }
            // a cue that cannot attribute to this kind of source ("we've shown") must not block the real one
            boolean unknownKind = f.phrase.kind() == null && f.phrase.pronoun() != null;
            if (!unknownKind && content.label(f.category(), f.phrase.kind()).label() == null
                    || unknownKind && rule.category() == CueCategory.SHOW && !f.phrase.pronoun().equals("it")) {
                return false;
            }
        }
        if (rule.category() == CueCategory.COULD_NOT_SAY && rule.side() == CueRule.Side.LEFT
                && StanceReader.knowsNoFact(tokens, f.to - 1, clauseEnd)) {
            return false; // "did not know him well", "could not say goodbye to them": no fact left unknown
        }
        if (rule.category() == CueCategory.DENY && rule.side() == CueRule.Side.LEFT && denials.deprives(f, clauseEnd)) {
            return false; // "denied their rivals a win": a thing withheld, no claim rejected
        }
        f.rejectsProposal = rule.category() == CueCategory.DENY && rule.side() == CueRule.Side.LEFT
                && denials.proposalObject(f.to, clauseEnd);
        int join = joins.joinerBefore(f, prev == null);
        if (f.source == null && prev == null && rule.side() == CueRule.Side.LEFT && rule.category().reports()) {
            shared.share(f, s, join, clauseStart); // "X mocked the complaint, saying ...", "X ... and said ..."
        }
        boolean attributes = rule.category() == CueCategory.UNKNOWN || f.source != null || rule.side() == CueRule.Side.NONE;
        if (relations.opensWhatIsReported(prev, f, clauseEnd)) {
            // "Jo Roe said it was not clear how ...": the speaker's own words say they cannot tell
            if (prev.continues == null) {
                prev.continues = CueCategory.COULD_NOT_SAY;
            }
            return false;
        }
        if (prev == null) {
            if (attributes && join > s.from() + 3 && f.source != null && !f.source.inverted()) {
                f.splitAt = join; // "It came as X encouraged ..., and Y assured ...": the first clause stands alone
            }
            return attributes;
        }
        if (attributes && join < 0 && joins.isTag(f, clauseEnd)) {
            int opening = rule.side() == CueRule.Side.RIGHT ? joins.clauseOpening(prev.to, f.cueFrom, true) : -1;
            if (opening < 0) {
                // "..., the source said." / "..., according to records.": the tag attributes all that came
                // before it; earlier cues stood inside its content
                f.splitAt = kept.get(0).splitAt;
                kept.clear();
                return true;
            }
            f.splitAt = opening;
            return true;
        }
        if (afterRelative) {
            f.splitAt = f.cueFrom; // the relative clause's report is a claim of its own, before the main verb
            return attributes;
        }
        // not after "After saying X, the man ...": the gerund's subject stands after it, in the clause of the next cue
        boolean nested = join < 0 && prev.source != null && !prev.source.inverted() && !prev.passive
                && f.from > prev.to && prev.rule.side() == CueRule.Side.LEFT && prev.source.from() < prev.cueFrom;
        if (f.source == null && rule.side() == CueRule.Side.LEFT
                && (join >= 0 || joins.afterComma(finder.verbGroupStart(f.cueFrom, clauseStart)))) {
            // "..., but could not say when": the subject is shared with the clause before
            f.source = prev.source;
            f.phrase = prev.phrase;
            f.shared = true;
            f.splitAt = join >= 0 ? join : finder.verbGroupStart(f.cueFrom, clauseStart);
            // "Sa'ad denied the reports, saying there were no clashes", "..., saying its plant met every standard": the
            // participle goes on denying when it negates or defends the source's own; one that says something else
            // ("denied it, telling the paper a review was overdue") is read as it stands
            boolean participle = rule.category().reports() && f.to - f.from == 1 && tokens.get(f.from).norm.endsWith("ing");
            CueCategory carried = participle ? prev.category() : null;
            f.continues = carried == CueCategory.DENY && !denials.goesOnDenying(f, clauseEnd) ? null : carried;
            return true;
        }
        if (!attributes) {
            return false;
        }
        // "Although the mayor said ..., engineers said ...": two reports
        int mainClause = nested && join < 0 ? relations.mainAfterOpeningClause(s, prev, f) : -1;
        if (join >= 0) {
            f.splitAt = join;
        } else if (rule.side() == CueRule.Side.RIGHT && f.cueFrom > prev.to) {
            // "..., however, it left on the 24th according to flight data": the content before the cue is its
            // own clause; split where that clause begins
            f.splitAt = joins.clauseOpening(prev.to, f.cueFrom, false);
        } else if (mainClause >= 0) {
            f.splitAt = mainClause;
        } else if (nested) {
            boolean inner = f.source != null && !f.source.inverted() && prev.rule.category().reports()
                    && speechVerbs.contains(tokens.get(f.to - 1).norm) && !makesAThing(f, clauseEnd)
                    && !tellsOwnAccount(f) && f.source.from() == finder.afterHearer(prev.to, prev.to - 1, clauseEnd);
            int opens = relations.ownClauseOpening(f);
            if (opens < 0) {
                opens = relations.reportingRelativeAfterComma(prev, f);
            }
            if (!inner && opens > prev.to) {
                f.splitAt = opens; // "..., which authorities say has killed 12", "after the candidate suggested that"
                return true;
            }
            if (!inner) {
                // "A source said he could not answer": the speaker declines or denies about themself
                CueCategory c = f.rule.category();
                boolean self = f.phrase != null && f.phrase.pronoun() != null;
                // ... but "she did not dispute it" denies nothing and "he did not know him" knows a person, not a fact
                boolean vetoed = c == CueCategory.DENY && finder.negated(f.from, prev.to)
                        || c == CueCategory.COULD_NOT_SAY && StanceReader.knowsNoFact(tokens, f.to - 1, clauseEnd);
                if (self && !vetoed && prev.continues == null && prev.rule.category().reports()
                        && (c == CueCategory.DENY || c == CueCategory.NO_COMMENT || c == CueCategory.COULD_NOT_SAY)) {
                    prev.continues = c;
                }
                return false;
            }
            // "The Post reported that the minister told the paper ...": the claim is the minister's, relayed by the Post
            f.splitAt = prev.splitAt;
            f.relayed = true;
            kept.remove(kept.size() - 1);
        } else if (f.source != null && f.source.inverted() && prev.source != null) {
            return false;
        } else if (relations.relaysAfterOpeningSource(prev, f, s)) {
            // "According to the Tarn Courier, Ana Lutz said ...": the outlet relays what the speaker said, one claim
            f.splitAt = prev.splitAt;
            f.relayed = true;
            kept.remove(kept.size() - 1);
        } else {
            f.splitAt = f.source != null && !f.source.inverted() ? Math.min(f.source.from(), f.cueFrom) : f.cueFrom;
        }
        return true;
    }

    /**
     * "Peña Nieto said he had told Trump that Mexico would not pay": a personal pronoun that reports inside a report
     * is, as a rule, the speaker telling of their own words; the claim stays the speaker's, not a relay to "he".
     */
    private static boolean tellsOwnAccount(Found f) {
        return f.phrase != null && f.phrase.pronoun() != null && !f.phrase.pronoun().equals("it")
                && f.source.to() - f.source.from() == 1;
    }

    /**
     * "Roe said his band wrote a dozen songs": a speech verb with an object after it made a thing and reports
     * nothing, so it relays nothing; a verb of telling takes its hearer there ("told the paper that").
     */
    private boolean makesAThing(Found f, int clauseEnd) {
        Token verb = tokens.get(f.to - 1);
        if (f.to >= clauseEnd || telling.contains(verb) || tellVerbs.contains(verb)) {
            return false;
        }
        Token next = tokens.get(f.to);
        return next.is("a") || next.is("an") || next.type == Token.Type.NUMBER;
    }

    /**
     * What a cue reports follows it within a few words: "that", a quotation, a colon or a question word ("will say
     * in a speech on Monday that ..."), not only a hearer, a place or a time ("will testify before the committee").
     */
    private boolean opensContent(int from, int clauseEnd) {
        for (int k = from; k < clauseEnd && k < from + MAX_CONTENT_REACH; k++) {
            Token t = tokens.get(k);
            if (t.is("that") || t.type == Token.Type.QUOTE || t.isPunct(':') || Lexicons.QUESTION_WORDS.contains(t.norm)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "“We will win,” he will tell supporters", "The talks will resume, the minister will tell parliament": the cue
     * comes after what it reports, its subject set off by a quotation mark or as a closing tag.
     */
    private boolean followsItsContent(Found f, int clauseEnd) {
        if (f.source == null || f.source.from() == 0) {
            return false;
        }
        return f.source.inverted() || tokens.get(f.source.from() - 1).type == Token.Type.QUOTE || joins.isTag(f, clauseEnd);
    }

    /** How far after a cue still to come what it will report may open: "will say in a speech on Monday that". */
    private static final int MAX_CONTENT_REACH = 12;


    /**
     * A stance reports only as the finite verb of its subject: not in a relative clause ("the union, which has opposed
     * ...": the writer's aside) and not as a participle hung on a bare subject ("Brazil and Chile urging ...").
     */
    private boolean stanceHolder(Found f) {
        if (f.cueFrom == f.from && f.to < tokens.size() && tokens.get(f.to).is("by")) {
            return false; // "prices supported by demand", "the bill, proposed by the senator,": a participle, no stance
        }
        if (f.source.inverted() || f.passive) {
            return true;
        }
        Token first = tokens.get(f.source.from());
        if (f.source.refersTo() != null || first.is("who") || first.is("which") || first.is("that")) {
            return false;
        }
        int last = f.source.to() - 1;
        if (rules.cues.longestAt(tokens, last, last + 1) != null) {
            return false; // "said demand had tripled": the noun after a verb, not a subject and its verb
        }
        boolean participle = tokens.get(f.from).norm.endsWith("ing");
        return !participle || f.cueFrom < f.from; // "is urging" has its auxiliary
    }
}
