package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns one sentence into its claims: finds the reporting cues outside quotations, each cue's source and content,
 * labels them from the label table and the content rules, and splits a sentence that carries two attributions
 * ("told Reuters there was ..., but could not say when ...") at the word that joins them.
 */
final class SentenceAnalyzer {
    private static final Set<String> JOINERS = Set.of("but", "though", "although", "while", "whereas", "yet", "and",
            "however", "as");
    /** "learned from the experience": after a clause verb these begin an object, not what was said ("on Friday" is time). */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("from", "of", "about", "with", "into", "for", "over",
            "against");
    /** Joiners that surely open a new clause, preferred to "and" when content stands before its cue. */
    private static final Set<String> STRONG_JOINERS = Set.of("but", "though", "although", "while", "whereas", "yet",
            "however");

    private final Document doc;
    private final List<Token> tokens;
    private final RuleSet rules;
    private final SourceFinder finder;
    private final SourceClassifier classifier;
    private final Entities entities;
    private final ClaimContent content;
    private final NamedLines namedLines;
    private final RecordLead recordLead;
    private final CueReading reading;
    private final WordList determiners;
    private final WordList knowing;
    private final WordList telling;
    private final WordList saying;
    private final WordList knowledgeActs;
    private final WordList clauseVerbs;
    private final WordList speechVerbs;
    private final WordList auxiliaries;
    private final WordList documentHeads;
    private final WordList adverbs;
    private final WordList irregularParticiples;
    private final WordList cuePrepositions;
    private final WordList timeWords;

    SentenceAnalyzer(Document doc, RuleSet rules, SourceFinder finder, SourceClassifier classifier, Entities entities,
                     ClaimContent content) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.rules = rules;
        this.finder = finder;
        this.classifier = classifier;
        this.entities = entities;
        this.content = content;
        this.namedLines = new NamedLines(doc, rules, classifier, entities, content);
        this.recordLead = new RecordLead(doc, rules, classifier, entities, content);
        this.reading = new CueReading(doc, rules, classifier, finder);
        this.determiners = rules.list("determiners");
        this.knowing = rules.list("knowing-verbs");
        this.telling = rules.list("telling-verbs");
        this.saying = rules.list("saying-verbs");
        this.knowledgeActs = rules.list("knowledge-acts");
        this.clauseVerbs = rules.list("clause-verbs");
        this.speechVerbs = rules.list("speech-verbs");
        this.auxiliaries = rules.list("auxiliaries");
        this.documentHeads = rules.list("document-heads");
        this.adverbs = rules.list("adverbs");
        this.irregularParticiples = rules.list("irregular-participles");
        this.cuePrepositions = rules.list("cue-prepositions");
        this.timeWords = rules.list("time-words");
    }

    /** A cue found in the sentence, with its source once found. */
    private static final class Found {
        final CueRule rule;
        final int from;
        final int to;
        int cueFrom;
        SourceFinder.Found source;
        SourcePhrase phrase;
        boolean shared;
        boolean passive;
        boolean negated;
        boolean relayed;
        /** The source is a record's long description ("The transcript of the hearing, published by ..."). */
        boolean record;
        /** A clause verb followed by "a"/"an": it reports only when records are its subject. */
        boolean takesObject;
        /** The subject says nobody did it: "Neither X nor Y", "No one", "None of them". */
        boolean nobody;
        /** The category of the cue a participle continues ("denied ..., saying"), or null. */
        CueCategory continues;
        int splitAt = -1;

        CueCategory category() {
            if (rule.category() == CueCategory.RESPOND) {
                return negated || nobody ? CueCategory.NO_COMMENT : CueCategory.REPORT;
            }
            if (rule.category() == CueCategory.STANCE) {
                return CueCategory.REPORT; // "does not believe" is still the source's stance
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
        List<Found> cues = findCues(s);
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
                if ((f.rule.category() == CueCategory.STANCE) == stances && locateSource(f, s, kept)) {
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
            ClaimDraft d = draft(f, start, end);
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
        while (k < s.to() && (tokens.get(k).isPunct('(') || tokens.get(k).type == Token.Type.QUOTE)) {
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
        if (m != null && m.rule().startsWith("page.start.")) {
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

    private List<Found> findCues(Sentence s) {
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
        // "Media reports said": a cue right before another is the subject's noun, not a verb
        List<Found> verbs = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Found f = out.get(i);
            boolean nextIsCue = i + 1 < out.size() && f.rule.side() == CueRule.Side.LEFT
                    && f.rule.category() == CueCategory.REPORT && out.get(i + 1).rule.category() != CueCategory.STANCE
                    && (out.get(i + 1).from == f.to
                    || out.get(i + 1).from == f.to + 1 && auxiliaries.contains(tokens.get(f.to)));
            // "said demand had tripled": a stance word right after a cue is the cue's noun
            boolean nounAfterCue = f.rule.category() == CueCategory.STANCE && i > 0 && out.get(i - 1).to == f.from;
            if (!nextIsCue && !nounAfterCue) {
                verbs.add(f);
            }
        }
        return verbs;
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

    /** Finds the cue's source; false when the cue attributes nothing here (it is dropped). */
    private boolean locateSource(Found f, Sentence s, List<Found> kept) {
        Found prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        int clauseStart = prev == null ? s.from() : Math.max(prev.to, prev.source != null ? prev.source.to() : 0);
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
                if (f.from > s.from() && tokens.get(f.from - 1).is("to")) {
                    return false; // "contacted it to inform it", "is expected to say": nothing is reported yet
                }
                SourceFinder.Found agent = report || deny ? finder.passiveAgent(f.from, f.to, clauseStart, clauseEnd) : null;
                boolean show = rule.category() == CueCategory.SHOW;
                if ((report || show || deny) && agent == null && finder.passiveWithoutAgent(f.from, clauseStart)) {
                    return false; // "has been blamed for": nobody stands behind it
                }
                f.passive = agent != null;
                f.source = agent != null ? agent
                        : finder.left(f.from, f.to, clauseStart, clauseEnd, report || rule.category() == CueCategory.SHOW);
                if (agent == null && afterTimeWord(f.cueFrom) && tokens.get(f.from).norm.endsWith("ing")) {
                    f.source = null; // "… by announcing that": the participle's subject opens the clause, found below
                }
                if (rule.category() == CueCategory.SHOW && agent == null) {
                    SourceFinder.Found record = recordSubject(clauseStart, f.cueFrom);
                    if (record != null && (f.source == null || f.source.from() >= record.from())) {
                        f.source = record;
                        f.record = true;
                    }
                }
                boolean respond = rule.category() == CueCategory.RESPOND;
                f.negated = (report || respond) && finder.negated(f.from, clauseStart);
                if (respond && f.source != null) {
                    Token first = tokens.get(f.source.from());
                    f.nobody = first.is("neither") || first.is("nobody") || first.is("none")
                            || first.is("no") && f.source.to() > f.source.from() + 1 && tokens.get(f.source.from() + 1).is("one");
                }
            }
        }
        if (rule.category() == CueCategory.STANCE && f.source != null && !stanceHolder(f)) {
            return false;
        }
        if (f.source != null && !canSpeak(f.source.from(), f.source.to())) {
            return false;
        }
        if (f.source != null) {
            SourceFinder.Found who = f.source.refersTo();
            f.phrase = who == null ? classifier.classify(f.source.from(), f.source.to())
                    : classifier.classify(who.from(), who.to()).at(f.source.from(), f.source.to());
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
        int join = joinerBefore(f, prev == null);
        if (f.source == null && prev == null && rule.side() == CueRule.Side.LEFT && rule.category().reports()
                && ((afterComma(finder.verbGroupStart(f.cueFrom, clauseStart)) || afterTimeWord(f.cueFrom))
                && tokens.get(f.from).norm.endsWith("ing")
                || join >= 0 && (tokens.get(join).is("and") || tokens.get(join).is("but")))) {
            boolean bare = join >= 0 && tokens.get(join).is("and") && bareVerb(tokens.get(f.from));
            f.source = bare ? null : finder.leadingSubject(s.from(), f.cueFrom);
            if (f.source != null) {
                f.phrase = classifier.classify(f.source.from(), f.source.to());
                f.shared = true;
                // "X praised the budget, even suggesting ...": the act before the cue is the writer's report
                f.splitAt = join >= 0 ? join : finder.verbGroupStart(f.cueFrom, s.from());
            }
        }
        boolean attributes = rule.category() == CueCategory.UNKNOWN || f.source != null || rule.side() == CueRule.Side.NONE;
        if (prev == null) {
            if (attributes && join > s.from() + 3 && f.source != null && !f.source.inverted()) {
                f.splitAt = join; // "It came as X encouraged ..., and Y assured ...": the first clause stands alone
            }
            return attributes;
        }
        if (attributes && join < 0 && isTag(f, clauseEnd)) {
            int opening = rule.side() == CueRule.Side.RIGHT ? clauseOpening(prev.to, f.cueFrom, true) : -1;
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
        boolean nested = join < 0 && prev.source != null && !prev.source.inverted() && !prev.passive
                && f.from > prev.to && prev.rule.side() == CueRule.Side.LEFT;
        if (f.source == null && rule.side() == CueRule.Side.LEFT
                && (join >= 0 || afterComma(finder.verbGroupStart(f.cueFrom, clauseStart)))) {
            // "..., but could not say when": the subject is shared with the clause before
            f.source = prev.source;
            f.phrase = prev.phrase;
            f.shared = true;
            f.splitAt = join >= 0 ? join : finder.verbGroupStart(f.cueFrom, clauseStart);
            // "Sa'ad denied the reports, saying there were no clashes": the participle goes on denying
            f.continues = rule.category().reports() && f.to - f.from == 1
                    && tokens.get(f.from).norm.endsWith("ing") ? prev.category() : null;
            return true;
        }
        if (!attributes) {
            return false;
        }
        if (join >= 0) {
            f.splitAt = join;
        } else if (rule.side() == CueRule.Side.RIGHT && f.cueFrom > prev.to) {
            // "..., however, it left on the 24th according to flight data": the content before the cue is its
            // own clause; split where that clause begins
            f.splitAt = clauseOpening(prev.to, f.cueFrom, false);
        } else if (nested) {
            boolean inner = f.source != null && !f.source.inverted() && prev.rule.category().reports()
                    && speechVerbs.contains(tokens.get(f.to - 1).norm)
                    && f.source.from() == finder.afterHearer(prev.to, prev.to - 1, clauseEnd);
            if (!inner) {
                // "A source said he could not answer": the speaker declines or denies about themself
                CueCategory c = f.rule.category();
                boolean self = f.phrase != null && f.phrase.pronoun() != null;
                // ... but "she did not dispute it" denies nothing and "he did not know him" knows a person, not a fact
                boolean vetoed = c == CueCategory.DENY && finder.negated(f.from, prev.to)
                        || c == CueCategory.COULD_NOT_SAY && f.to < tokens.size()
                        && StanceReader.knowsSomebody(tokens.get(f.to - 1), tokens.get(f.to));
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
        } else {
            f.splitAt = f.source != null && !f.source.inverted() ? Math.min(f.source.from(), f.cueFrom) : f.cueFrom;
        }
        return true;
    }

    private static final Set<String> BARE_DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "my", "your");

    /**
     * Somebody could stand behind these words: not a lone article ("the suspects in ...": "the"), not a verb's form
     * ("That prompted calls for ..."), not a "who" that asks rather than relates ("reveal who told them").
     */
    private boolean canSpeak(int from, int to) {
        Token last = tokens.get(to - 1);
        if (to - from == 1 && BARE_DETERMINERS.contains(last.norm)) {
            return false;
        }
        if (to - from == 1 && !last.capitalized && last.isWord() && last.norm.endsWith("ed")
                && (from == 0 || !tokens.get(from - 1).is("the"))) { // "the accused" speaks; "prompted" does not
            return false;
        }
        return !(to - from == 1 && last.is("who") && from > 0 && asksWho(tokens.get(from - 1)));
    }

    /** "reveal who", "did not know who", "asked who": a verb of knowing or telling makes "who" a question. */
    private boolean asksWho(Token before) {
        return knowing.contains(before) || telling.contains(before) || saying.contains(before)
                || knowledgeActs.contains(before) || ASKING.contains(before.norm);
    }

    private static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking", "wonder", "wondered",
            "reveal", "reveals", "revealed", "explain", "explained", "decide", "decided", "see", "saw", "show", "showed");

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

    /**
     * "A Herald analysis of donations of $1,000 or more made since the start of 2020 shows ...": a record whose
     * description runs long. The clause opens with a record's head noun (after a determiner and a few modifiers)
     * and nothing between it and the cue ends a sentence: the whole stretch is the subject.
     */
    private SourceFinder.Found recordSubject(int clauseStart, int cueFrom) {
        int k = clauseStart;
        while (k < cueFrom && (tokens.get(k).isPunct(',') || SENTENCE_JOINERS.contains(tokens.get(k).norm))) {
            k++;
        }
        int start = k;
        if (cueFrom - start > 30 || cueFrom - start < 2) {
            return null;
        }
        for (int j = start; j < Math.min(cueFrom, start + 6); j++) {
            Token t = tokens.get(j);
            if (documentHeads.contains(t) && !t.capitalized) {
                for (int m = j + 1; m < cueFrom; m++) {
                    if (tokens.get(m).isTerminal() || tokens.get(m).isPunct(';') || tokens.get(m).type == Token.Type.QUOTE) {
                        return null;
                    }
                }
                return new SourceFinder.Found(start, cueFrom, false);
            }
            if (!t.isWord() && !t.is("'s") && t.type != Token.Type.NUMBER) {
                return null;
            }
        }
        return null;
    }

    private static final Set<String> SENTENCE_JOINERS = Set.of("but", "and", "yet", "still", "however", "meanwhile");

    /**
     * "… should lighten up and tell more jokes", "… and ask yourself": a bare verb form after "and" hangs on a modal
     * or an imperative, so the sentence's subject does not report anything with it.
     */
    private boolean bareVerb(Token t) {
        String n = t.norm;
        return !n.endsWith("s") && !n.endsWith("ed") && !n.endsWith("ing") && !irregularParticiples.contains(t)
                && !PAST_FORMS.contains(n);
    }

    private static final Set<String> PAST_FORMS = Set.of("wrote", "spoke", "knew", "thought", "felt", "saw", "gave",
            "swore", "forecast", "put");

    /** "… before asking her", "… after saying that …": a participle that a time word hangs on the clause before. */
    private boolean afterTimeWord(int cueFrom) {
        return cueFrom > 0 && PARTICIPLE_LEADS.contains(tokens.get(cueFrom - 1).norm);
    }

    private static final Set<String> PARTICIPLE_LEADS = Set.of("before", "after", "while", "by", "without");

    /** The cue follows a comma, or a comma and a closing quotation mark. */
    private boolean afterComma(int cueFrom) {
        int k = cueFrom - 1;
        if (k >= 0 && tokens.get(k).type == Token.Type.QUOTE) {
            k--;
        }
        return k >= 0 && tokens.get(k).isPunct(',');
    }

    /** Nothing but the source follows the cue in its clause: "..., the source said.", "..., according to X." */
    private boolean isTag(Found f, int clauseEnd) {
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
        return !content.hasWords(after, clauseEnd, 1);
    }

    /**
     * The last strong joiner (else "and", else the cue itself) between two cues; with {@code strongOnly}, -1
     * when there is no strong joiner.
     */
    private int clauseOpening(int after, int cue, boolean strongOnly) {
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
    private int joinerBefore(Found f, boolean firstCue) {
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

    private ClaimDraft draft(Found f, int from, int to) {
        ClaimDraft d = new ClaimDraft(from, to);
        d.cue = f.rule;
        d.cueFrom = f.rule.side() != CueRule.Side.NONE
                ? finder.verbGroupStart(f.cueFrom, f.source != null && f.source.to() <= f.cueFrom ? f.source.to() : from)
                : f.cueFrom;
        d.cueTo = f.rule.category() == CueCategory.QUOTED && f.source != null ? f.source.to() + 2 : f.to;
        boolean takesPreposition = f.rule.category() == CueCategory.STANCE
                || (f.rule.category() == CueCategory.REPORT && f.rule.side() == CueRule.Side.LEFT
                    && !speechVerbs.contains(tokens.get(f.to - 1)) && !tokens.get(f.to - 1).norm.startsWith("recall"));
        if (takesPreposition && d.cueTo + 1 < to && cuePrepositions.contains(tokens.get(d.cueTo))
                && !doc.quoted(d.cueTo) && !timeWords.contains(tokens.get(d.cueTo + 1))
                && (f.source == null || f.source.from() != d.cueTo)) {
            d.cueTo++; // "complained about", "warned against": the verb's preposition is the cue's
        }
        if (f.passive && d.cueTo < to && tokens.get(d.cueTo).is("by") && f.source != null && f.source.from() == d.cueTo + 1) {
            d.cueTo++; // "has been endorsed by X": the agent's "by" is the cue's
        }
        if (d.cueTo < to && tokens.get(d.cueTo).isPunct(':') && tokens.get(d.cueTo).start == tokens.get(d.cueTo - 1).end) {
            d.cueTo++; // "said:" introduces the quotation; the colon belongs to the cue
        }
        d.rule("cue." + f.rule.id());
        SourceKind kind = null;
        if (f.phrase != null) {
            d.source = f.phrase;
            d.entity = entities.resolve(f.phrase);
            kind = d.entity.kind;
            if (f.phrase.refersBack()) {
                d.rule(f.phrase.pronoun() != null ? "coref.pronoun" : "coref.description");
            } else if (f.shared) {
                d.rule("source.shared-subject");
            }
        }
        CueCategory category = f.category();
        d.category = category;
        if (f.negated) {
            d.rule("cue.negated-report");
        }
        if (f.relayed) {
            d.flags.add(Flag.SECONDHAND);
            d.rule("source.relayed");
        }
        LabelRule row = content.label(category, kind);
        if (row.label() == null) {
            return null;
        }
        d.label = row.label();
        d.rule(row.id());
        d.flags.addAll(f.rule.flags());
        contentOf(d, f);
        content.applyContentRules(d);
        content.quoteKind(d);
        return d;
    }

    /** What is asserted: after the cue when something follows it, else the part of the clause before the source. */
    private void contentOf(ClaimDraft d, Found f) {
        CueCategory c = f.rule.category();
        int srcFrom = f.source != null && !f.shared ? f.source.from() : -1;
        int srcTo = f.source != null && !f.shared ? f.source.to() : -1;
        if (c == CueCategory.NO_COMMENT || c == CueCategory.COULD_NOT_SAY || f.category() == CueCategory.NO_COMMENT) {
            content.setContent(d, d.cueFrom, d.to);
            return;
        }
        if (f.passive) {
            content.setContent(d, d.from, d.cueFrom);
            return;
        }
        int rightFrom = f.source != null && f.source.inverted() && !f.shared ? f.source.to() : d.cueTo;
        if (f.rule.side() == CueRule.Side.LEFT || c == CueCategory.QUOTED) {
            rightFrom = finder.afterHearer(rightFrom, d.cueTo - 1, d.to);
        }
        int quoteEnd = quoteBefore(f.source != null && !f.shared && !f.source.inverted() ? srcFrom : d.cueFrom, d.from);
        QuoteRegion before = quoteEnd > d.from ? doc.quoteAt(quoteEnd - 1) : null;
        // 'On the broadcast of “Morning Edition,” X said ...', 'In his book, “Title Words Here,” X suggested ...':
        // a quotation inside an opening phrase is a title or a scare quote when something follows the cue
        boolean saysMore = content.hasWords(rightFrom, d.to, 3) && !adjunctOnly(rightFrom, d.to)
                && !asideAfterTag(rightFrom, d.to);
        boolean inOpening = before != null && before.open() > d.from + 1
                && (!content.hasWords(before.open(), quoteEnd, 5) || saysMore);
        if (quoteEnd > d.from && !inOpening) {
            // "“We lost everything,” said X, who runs a bakery."
            content.setContent(d, d.from, quoteEnd);
            return;
        }
        if (f.rule.side() == CueRule.Side.RIGHT && c != CueCategory.QUOTED && srcFrom >= 0 && d.cueFrom <= d.from + 1) {
            content.setContent(d, srcTo, d.to);
            return;
        }
        boolean appositionAfter = srcTo >= d.to - 1 || srcTo > 0 && tokens.get(srcTo).isPunct(',');
        if (f.rule.side() == CueRule.Side.RIGHT && c != CueCategory.QUOTED && srcFrom >= 0 && appositionAfter
                && content.hasWords(d.from, d.cueFrom, 2)) {
            content.setContent(d, d.from, d.cueFrom); // "X will close, according to Y, its head of retail": X
            return;
        }
        if (c == CueCategory.UNKNOWN && rightFrom < d.to - 1) {
            content.setContent(d, rightFrom, d.to);
            return;
        }
        rightFrom = pastAdjunct(rightFrom, d.to);
        int leftEnd0 = srcFrom >= 0 ? Math.min(srcFrom, d.cueFrom) : d.cueFrom;
        boolean appositionOfInverted = f.source != null && f.source.inverted() && !f.shared && srcTo < d.to
                && tokens.get(srcTo).isPunct(',');
        if ((appositionOfInverted || adjunctOnly(rightFrom, d.to) || asideAfterTag(rightFrom, d.to))
                && content.hasWords(d.from, leftEnd0, 3)) {
            // "..., said X, a senior official": "..., lawmakers said Friday afternoon, as they ...": the words
            // before the cue are what was said; after it stand who X is, or when and where
            content.setContent(d, d.from, leftEnd0);
            return;
        }
        if (content.hasWords(rightFrom, d.to, 2)) {
            content.setContent(d, rightFrom, semicolonAfter(rightFrom, d.to));
            return;
        }
        int leftEnd = srcFrom >= 0 ? Math.min(srcFrom, d.cueFrom) : d.cueFrom;
        content.setContent(d, semicolonBefore(d.from, leftEnd), leftEnd);
        if (d.contentFrom >= d.contentTo) {
            content.setContent(d, d.from, d.to);
        }
    }

    /** "… over the decade; the institute puts the figure at …": what was said ends at a semicolon outside quotes. */
    private int semicolonAfter(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).isPunct(';') && !doc.quoted(k) && content.hasWords(k + 1, to, 3)) {
                return k;
            }
        }
        return to;
    }

    /** "…; the plan is dead, he said": content before a tag starts after a semicolon outside quotes. */
    private int semicolonBefore(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (tokens.get(k).isPunct(';') && !doc.quoted(k) && content.hasWords(from, k, 3)) {
                return k + 1;
            }
        }
        return from;
    }

    /** [from, to) opens with a time or a place ("Friday", "in an interview", "at a rally") and reports nothing. */
    private boolean adjunctOnly(int from, int to) {
        if (from >= to) {
            return false;
        }
        if (!opensAdjunct(tokens.get(from))) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("that") || t.type == Token.Type.QUOTE || t.isPunct(':')) {
                return false; // "said in an interview that ...": what was said follows
            }
        }
        return true;
    }

    /**
     * "…, she said, referring to the audit." / "…, he said, and the talks could drag on.": after a tag that follows
     * its content, a comma then a participle or a new coordinated clause is the writer's, not more of what was said.
     */
    private boolean asideAfterTag(int from, int to) {
        if (from < to && (opensAdjunct(tokens.get(from)) || tokens.get(from).type == Token.Type.NUMBER)) {
            // "… the senator said in June 2012, citing …": past a time or a place first
            int comma = from + 1;
            while (comma < to && comma - from < 7
                    && (tokens.get(comma).isWord() || tokens.get(comma).type == Token.Type.NUMBER)) {
                comma++;
            }
            if (comma < to && tokens.get(comma).isPunct(',')) {
                from = comma;
            }
        }
        if (from >= to || from == 0 || !tokens.get(from).isPunct(',') && !tokens.get(from - 1).isPunct(',')) {
            return false;
        }
        int k = tokens.get(from).isPunct(',') ? from + 1 : from;
        if (k >= to) {
            return false;
        }
        Token next = tokens.get(k);
        return next.is("and") || next.is("but") || next.is("compared") || next.isWord() && !next.capitalized
                && next.norm.length() > 5 && next.norm.endsWith("ing") && !doc.quoted(k);
    }

    /** "said Friday that ...", "said in an interview on Monday that ...": what was said starts after the "that". */
    private int pastAdjunct(int from, int to) {
        if (from >= to || !opensAdjunct(tokens.get(from))) {
            return from;
        }
        for (int k = from + 1; k < to && k - from <= 10; k++) {
            Token t = tokens.get(k);
            if (t.is("that")) {
                return k + 1 < to ? k + 1 : from;
            }
            if (t.type == Token.Type.QUOTE || t.isPunct(':') || t.isPunct(';')) {
                return from;
            }
        }
        return from;
    }

    /** "Friday", "in an interview", "at a rally", "last month": the word opens a time or a place. */
    private boolean opensAdjunct(Token t) {
        return timeWords.contains(t) || ADJUNCT_OPENERS.contains(t.norm);
    }

    private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "at", "on", "during", "after", "before", "last",
            "this", "earlier", "later", "while", "when", "as");

    /** End of a quotation that closes right before token k (", ”" or "”"), or -1. */
    private int quoteBefore(int k, int from) {
        int j = k - 1;
        while (j > from && tokens.get(j).isPunct(',')) {
            j--;
        }
        if (j > from && tokens.get(j).type == Token.Type.QUOTE && doc.quoteAt(j) != null && doc.quoteAt(j).closed()
                && doc.quoteAt(j).end() == j + 1) {
            return j + 1;
        }
        return -1;
    }
}
