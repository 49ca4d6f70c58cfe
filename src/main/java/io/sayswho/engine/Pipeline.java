package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Cue;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.QuoteKind;
import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.RuleSetRef;
import io.sayswho.engine.model.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One run of the engine over one text: segment, attribute sentence by sentence, carry quotations, score. */
final class Pipeline {
    /** A tag sentence ("Warner asked.") is at most this long. */
    private static final int MAX_TAG = 16;
    /** ... and its cue stands within this many words of its start ("Warner asked German magazine Stern ..."). */
    private static final int MAX_TAG_SUBJECT = 5;
    /** A quotation paragraph carries its speaker over at most this many paragraphs. */
    private static final int QUOTE_CARRY_PARAGRAPHS = 2;

    private final RuleSet rules;
    private final Document doc;

    Pipeline(RuleSet rules, String text) {
        this.rules = rules;
        this.doc = Document.of(text, rules);
    }

    Analysis run() {
        SourceClassifier classifier = new SourceClassifier(doc, rules);
        Entities entities = new Entities(doc, classifier, rules);
        ClaimContent content = new ClaimContent(doc, rules, classifier, entities);
        SentenceAnalyzer analyzer = new SentenceAnalyzer(doc, rules, new SourceFinder(doc, rules, classifier),
                classifier, entities, content);
        List<ClaimDraft> drafts = new ArrayList<>();
        List<Sentence> sentences = mergeTags(doc.sentences);
        for (Sentence s : sentences) {
            if (opensTrailingFurniture(s)) {
                break;
            }
            drafts.addAll(analyzer.analyze(s));
        }
        carryIntroduced(drafts, content);
        carryQuotations(drafts, content);
        carryTurns(drafts, content);
        // a quotation carried to its speaker may say two things, as a quotation with its own cue may
        List<ClaimDraft> split = new ArrayList<>(drafts.size());
        for (ClaimDraft d : drafts) {
            split.addAll(d.carried ? content.splitByContent(d) : List.of(d));
        }
        shareRelationContent(split);
        return assemble(split, entities);
    }

    /**
     * Claims that hang on one cue are one attribution relation, whatever the sentences they fill: "“A,” she said.
     * “B.”" is one act of saying. Each such claim reports the relation's whole content, from the first claim's
     * content to the last one's, as attribution corpora (PolNeAR) mark it; the claim's own span stays its sentence.
     */
    private void shareRelationContent(List<ClaimDraft> drafts) {
        Relation[] keys = new Relation[drafts.size()];
        Map<Relation, int[]> ranges = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            ClaimDraft d = drafts.get(i);
            keys[i] = relationOf(d);
            if (keys[i] != null) {
                int[] range = ranges.computeIfAbsent(keys[i], k -> new int[] {d.contentFrom, d.contentTo});
                range[0] = Math.min(range[0], d.contentFrom);
                range[1] = Math.max(range[1], d.contentTo);
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                int[] range = ranges.get(keys[i]);
                drafts.get(i).contentFrom = range[0];
                drafts.get(i).contentTo = range[1];
            }
        }
    }

    /**
     * One act of attribution: a cue (by its first token) and the source it gives the words to, within a paragraph;
     * a quotation running on over paragraphs is reported paragraph by paragraph, as corpora mark it.
     */
    private record Relation(int cueFrom, Entity source, int paragraph) {
    }

    private Relation relationOf(ClaimDraft d) {
        if (!d.attributed() || d.cueFrom < 0 || d.contentTo <= d.contentFrom) {
            return null;
        }
        return new Relation(d.cueFrom, d.entity, paragraphOf(d.from));
    }

    /** A short line such as "Related posts" or "You might also like": what follows is the page's, not the article's. */
    private boolean opensTrailingFurniture(Sentence s) {
        if (isAuthorBio(s)) {
            return true;
        }
        if (!s.fragment() || s.size() > 6) {
            return false;
        }
        PhraseMatcher.Match<String> m = rules.boilerplate.longestAt(doc.tokens, s.from(), s.to());
        return m != null && m.rule().startsWith("page.end.");
    }

    private static final java.util.Set<String> BIO_VERBS = java.util.Set.of("covers", "writes", "reports");
    private static final java.util.Set<String> BIO_ROLES = java.util.Set.of("reporter", "correspondent", "editor",
            "writer", "columnist", "journalist", "contributor", "author");

    /** "Nadia Farouk covers local government for the Echo.", "Gary Cartwright is publishing editor of EU Today." */
    private boolean isAuthorBio(Sentence s) {
        int k = s.from();
        while (k < s.to() && k - s.from() < 3 && doc.token(k).capitalized && doc.token(k).isWord()) {
            k++;
        }
        if (k - s.from() < 2 || k >= s.to() || doc.paragraphStarts[s.paragraph()] != s.from()) {
            return false;
        }
        Token verb = doc.token(k);
        if (BIO_VERBS.contains(verb.norm)) {
            return k + 1 < s.to() && !doc.token(k + 1).is("that");
        }
        if (verb.is("is")) {
            for (int j = k + 1; j < Math.min(s.to(), k + 5); j++) {
                if (BIO_ROLES.contains(doc.token(j).norm)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "“Why are there no investigations?” Warner asked." is one sentence: the tag belongs to the quotation. */
    private List<Sentence> mergeTags(List<Sentence> in) {
        List<Sentence> out = new ArrayList<>(in.size());
        for (Sentence s : in) {
            if (!out.isEmpty()) {
                Sentence prev = out.get(out.size() - 1);
                Token last = doc.token(prev.to() - 1);
                QuoteRegion q = doc.quoteAt(prev.to() - 1);
                // only a sentence that is wholly a quotation takes the next one as its tag
                boolean quoteEnds = last.type == Token.Type.QUOTE && q != null && q.open() == prev.from();
                if (quoteEnds && prev.paragraph() == s.paragraph() && s.size() <= MAX_TAG && isTag(s)) {
                    out.set(out.size() - 1, prev.merge(s));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    private boolean isTag(Sentence s) {
        for (PhraseMatcher.Match<CueRule> m : rules.cues.findAll(doc.tokens, s.from(), s.to())) {
            if (m.rule().category() == CueCategory.REPORT && m.rule().side() == CueRule.Side.LEFT) {
                return !doc.quoted(m.from()) && m.from() - s.from() <= MAX_TAG_SUBJECT && m.from() > s.from();
            }
        }
        return false;
    }

    /**
     * A sentence of quoted words with no cue of its own is the speaker's: the one whose tag stands in the same
     * quotation, or in the quotation it continues, or, for a paragraph that is one quotation, the speaker quoted
     * just before (news style: "“We expect the B sample,” he said." then "“It is a shame.”").
     */
    private void carryQuotations(List<ClaimDraft> drafts, ClaimContent content) {
        Map<Integer, ClaimDraft> speakerOfQuote = new HashMap<>();
        for (ClaimDraft d : drafts) {
            if (d.attributed() && d.entity != null) {
                for (int k = d.from; k < d.to; k++) {
                    int q = doc.quoteIndex(k);
                    if (q >= 0) {
                        speakerOfQuote.putIfAbsent(q, d);
                    }
                }
            }
        }
        ClaimDraft lastQuoted = null;
        ClaimDraft previous = null;
        for (ClaimDraft d : drafts) {
            ClaimDraft before = previous;
            previous = d;
            if (d.attributed()) {
                if (d.flags.contains(Flag.DIRECT_QUOTE) && d.entity != null) {
                    lastQuoted = d;
                }
                continue;
            }
            int first = firstWord(d);
            if (first < 0 || !doc.quoted(first)) {
                continue;
            }
            int q = doc.quoteIndex(first);
            ClaimDraft speaker = speakerOfQuote.get(q);
            String why = "quote.same-quotation";
            if (speaker == null && q > 0 && doc.quotes.get(q - 1).continues()) {
                speaker = speakerOfQuote.get(q - 1);
                why = "quote.continued-paragraph";
            }
            if (speaker == null && lastQuoted != null && wholeQuotation(d)
                    && paragraphOf(d.from) - paragraphOf(lastQuoted.from) <= QUOTE_CARRY_PARAGRAPHS) {
                speaker = lastQuoted;
                why = "quote.next-paragraph";
            }
            if (speaker != null && why.equals("quote.next-paragraph") && paragraphOf(d.from) == paragraphOf(speaker.from)) {
                why = "quote.same-paragraph"; // "“A,” said Marchetti, speaking of X. “B.”": B hangs on the same cue
            }
            if (speaker != null) {
                inherit(d, speaker, why, content);
                continuesDenial(d, before);
                if (!why.equals("quote.next-paragraph")) {
                    sameCue(d, speaker);
                }
                speakerOfQuote.putIfAbsent(q, speaker);
            }
        }
    }

    /**
     * "He said:" ending its paragraph introduces the next one ("“We have a situation ...”"): that paragraph is what
     * was said, every sentence of it on the same cue, and it is the introducing claim's content.
     */
    private void carryIntroduced(List<ClaimDraft> drafts, ClaimContent content) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            ClaimDraft intro = drafts.get(i);
            if (!intro.attributed() || intro.cueTo < 1 || !doc.token(intro.cueTo - 1).isPunct(':')
                    || intro.cueTo < intro.to && !doc.token(intro.cueTo).isTerminal()) {
                continue;
            }
            int paragraph = paragraphOf(intro.from) + 1;
            int j = i + 1;
            while (j < drafts.size() && paragraphOf(drafts.get(j).from) == paragraph && !drafts.get(j).attributed()) {
                ClaimDraft d = drafts.get(j);
                inherit(d, intro, "quote.introduced", content);
                sameCue(d, intro);
                j++;
            }
            if (j > i + 1) {
                intro.contentFrom = drafts.get(i + 1).from;
                intro.contentTo = drafts.get(j - 1).to;
                content.quoteKind(intro);
            }
        }
    }

    /** The sentences of a transcript turn ("HOST: Will the mayor run? People want to know.") are its speaker's. */
    private void carryTurns(List<ClaimDraft> drafts, ClaimContent content) {
        ClaimDraft turn = null;
        for (ClaimDraft d : drafts) {
            if (d.rules.contains("transcript.speaker")) {
                turn = d;
            } else if (turn != null && paragraphOf(d.from) == paragraphOf(turn.from)) {
                // what the speaker believes or wants is the speaker's turn too; a report it relays keeps its source
                if (!d.attributed() || d.cue != null && d.cue.category() == CueCategory.STANCE) {
                    d.flags.clear();
                    d.rules.clear();
                    inherit(d, turn, "transcript.same-turn", content);
                    sameCue(d, turn);
                }
            } else {
                turn = null;
            }
        }
    }

    /** The claim hangs on the speaker's cue: the same act of attribution, so the same relation content. */
    private static void sameCue(ClaimDraft d, ClaimDraft speaker) {
        d.cue = speaker.cue;
        d.cueFrom = speaker.cueFrom;
        d.cueTo = speaker.cueTo;
    }

    private void inherit(ClaimDraft d, ClaimDraft speaker, String why, ClaimContent content) {
        d.source = speaker.source;
        d.entity = speaker.entity;
        d.cue = null;
        d.cueFrom = -1;
        d.label = speaker.label == Attribution.DOCUMENTARY || speaker.label == Attribution.ANONYMOUS
                ? speaker.label : Attribution.NAMED;
        d.rule(why);
        d.carried = true;
        d.contentFrom = d.from;
        d.contentTo = d.to;
        content.applyContentRules(d);
        content.quoteKind(d);
    }

    /**
     * "“Mr Roe did not receive any briefings. Not from his partners, and not from anyone else.”": a sentence of the
     * same speaker's quotation that opens on a negation right after a denial goes on denying.
     */
    private void continuesDenial(ClaimDraft d, ClaimDraft before) {
        int first = firstWord(d);
        boolean negation = doc.token(first).is("not") || doc.token(first).is("nor") || doc.token(first).is("neither")
                || doc.token(first).is("never");
        if (negation && before != null && before.label == Attribution.DENIED && before.entity == d.entity
                && d.label == Attribution.NAMED) {
            d.label = Attribution.DENIED;
            d.rule("stance.deny-continued");
        }
    }

    private int firstWord(ClaimDraft d) {
        for (int k = d.from; k < d.to; k++) {
            if (doc.token(k).isWord() || doc.token(k).type == Token.Type.NUMBER) {
                return k;
            }
        }
        return -1;
    }

    /** The claim is quoted words from its first word to its last. */
    private boolean wholeQuotation(ClaimDraft d) {
        int words = 0;
        for (int k = d.from; k < d.to; k++) {
            Token t = doc.token(k);
            if (t.isWord() || t.type == Token.Type.NUMBER) {
                words++;
                if (!doc.quoted(k)) {
                    return false;
                }
            }
        }
        return words > 0;
    }

    private int paragraphOf(int token) {
        int lo = 0;
        int hi = doc.paragraphStarts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (doc.paragraphStarts[mid] <= token) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** "A lawmaker ... said" whom the text named later ("... the lawmaker, Jo Roe"): the claim is on record. */
    private static void namedLater(ClaimDraft d) {
        d.entity = d.entity.namedAs;
        if (d.label == Attribution.ANONYMOUS) {
            d.label = Attribution.NAMED;
            d.rule("coref.named-later");
        }
    }

    private Analysis assemble(List<ClaimDraft> drafts, Entities entities) {
        List<Claim> claims = new ArrayList<>(drafts.size());
        Map<Entity, List<String>> claimsOf = new HashMap<>();
        for (ClaimDraft d : drafts) {
            String id = "c" + (claims.size() + 1);
            Token first = doc.token(d.from);
            Token last = doc.token(d.to - 1);
            ClaimSource source = null;
            if (d.entity != null && d.entity.namedAs != null) {
                namedLater(d);
            }
            if (d.attributed() && d.source != null && d.entity != null) {
                Token sf = doc.token(d.source.from());
                Token sl = doc.token(d.source.to() - 1);
                source = new ClaimSource(d.entity.id, doc.text.substring(sf.start, sl.end), sf.start, sl.end,
                        d.entity.name, d.entity.kind);
                claimsOf.computeIfAbsent(d.entity, e -> new ArrayList<>()).add(id);
            }
            Cue cue = null;
            if (d.attributed() && d.cueFrom >= 0) {
                int cs = doc.token(d.cueFrom).start;
                int ce = doc.token(d.cueTo - 1).end;
                cue = new Cue(doc.text.substring(cs, ce), cs, ce);
            }
            Range content = d.contentTo > d.contentFrom
                    ? new Range(doc.token(d.contentFrom).start, doc.token(d.contentTo - 1).end)
                    : new Range(first.start, last.end);
            if (!d.attributed()) {
                d.rules.clear();
                d.rules.add("claim.unattributed");
                d.quote = QuoteKind.NONE;
            }
            double strength = Scoring.strength(d);
            claims.add(new Claim(id, first.start, last.end, doc.text.substring(first.start, last.end), d.label,
                    strength, source, cue, content, d.quote, List.copyOf(d.flags), List.copyOf(d.rules)));
        }
        List<Source> sources = new ArrayList<>();
        for (Entity e : entities.all()) {
            List<String> ids = claimsOf.get(e);
            if (ids != null) {
                String name = e.name != null ? e.name : e.description;
                sources.add(new Source(e.id, name, e.kind, List.copyOf(e.mentions), List.copyOf(ids)));
            }
        }
        var info = rules.info();
        return new Analysis(new RuleSetRef(info.id(), info.version()), List.copyOf(claims), List.copyOf(sources),
                Scoring.summary(claims));
    }
}
