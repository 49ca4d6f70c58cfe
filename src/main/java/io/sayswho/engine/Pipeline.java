package io.sayswho.engine;

import io.sayswho.engine.model.Analysis;
import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Cue;
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
        QuotationCarry carry = new QuotationCarry(doc, content);
        carry.carryIntroduced(drafts);
        carry.carryQuotations(drafts);
        carry.carryTurns(drafts);
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
        return new Relation(d.cueFrom, d.entity, doc.paragraphOf(d.from));
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
