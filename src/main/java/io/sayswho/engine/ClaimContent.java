package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.QuoteKind;
import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.List;

/**
 * What a claim asserts and what that does to it: the content span, the content rules (a quoted denial is a
 * denial, "may be around" is hedged, "citing two people" relays unnamed people), how much of it is quoted, and
 * the split of a content that says two things ("aware of it, but “we have no information”").
 */
final class ClaimContent {
    private final Document doc;
    private final List<Token> tokens;
    private final RuleSet rules;
    private final SourceClassifier classifier;
    private final Entities entities;
    private final WordList anonymousHeads;
    private final StanceReader stances;
    private final WordList spokenRecords;

    ClaimContent(Document doc, RuleSet rules, SourceClassifier classifier, Entities entities) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.rules = rules;
        this.classifier = classifier;
        this.entities = entities;
        this.anonymousHeads = rules.list("anonymous-heads");
        this.stances = new StanceReader(doc, rules);
        this.spokenRecords = rules.list("spoken-records");
    }

    int words(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord() || tokens.get(k).type == Token.Type.NUMBER) {
                n++;
            }
        }
        return n;
    }

    /** At least {@code n} words in [from, to): stops once it has them, so a check per cue stays cheap. */
    boolean hasWords(int from, int to, int n) {
        int seen = 0;
        for (int k = from; k < to && seen < n; k++) {
            if (tokens.get(k).isWord() || tokens.get(k).type == Token.Type.NUMBER) {
                seen++;
            }
        }
        return seen >= n;
    }

    /** Content without the punctuation at its edges (but with its quotation marks). */
    void setContent(ClaimDraft d, int from, int to) {
        while (from < to && (tokens.get(from).type == Token.Type.PUNCT || tokens.get(from).type == Token.Type.DASH
                || tokens.get(from).is("that") && from + 1 < to)) {
            from++;
        }
        while (to > from && (tokens.get(to - 1).type == Token.Type.PUNCT || tokens.get(to - 1).type == Token.Type.DASH)
                && !tokens.get(to - 1).isPunct(')')) {
            to--;
        }
        if (to > from && tokens.get(to - 1).type == Token.Type.QUOTE && to - 2 >= from
                && tokens.get(to - 2).isPunct(',')) {
            // “We have no such information,” he said: the comma is the writer's, the words the source's
            to = to - 1;
            while (to > from && tokens.get(to - 1).isPunct(',')) {
                to--;
            }
            to = Math.min(to + 1, d.to);
        }
        d.contentFrom = from;
        d.contentTo = Math.max(from, to);
    }

    /** Content rules: a quoted denial is a denial; "may be around" is hedged; "citing" is second-hand. */
    void applyContentRules(ClaimDraft d) {
        boolean relabelled = false;
        for (PhraseMatcher.Match<ContentRule> m : rules.content.findAll(tokens, d.from, d.to)) {
            if (startsOnName(m.from())) {
                continue;
            }
            boolean inContent = m.from() >= d.contentFrom && m.to() <= d.contentTo;
            ContentRule r = m.rule();
            if (r.flag() != null) {
                boolean wholeClaim = r.flag() == Flag.SECONDHAND;
                if (inContent || wholeClaim) {
                    d.flags.add(r.flag());
                    d.rule(r.id());
                    // "..., Reuters reports based on two people": a citing that opens what the cue takes relays
                    boolean relays = !inContent || m.from() == d.contentFrom;
                    if (r.flag() == Flag.SECONDHAND && relays) {
                        weakestLink(d, m.to());
                    }
                }
            } else if (inContent && canRelabel(d.label) && !stances.modifiesNoun(m.to() - 1, d.contentTo)) {
                d.label = r.label();
                d.rule(r.id());
                relabelled = true;
            }
        }
        // a statement quoted in its own words speaks for the body behind it: "“We don't know yet,” a club statement said"
        boolean speaks = canRelabel(d.label) || d.label == Attribution.DOCUMENTARY && d.source != null
                && d.source.head() != null && spokenRecords.contains(d.source.head()) && quotedContent(d);
        if (!relabelled && speaks) {
            // the fixed phrases above are the precise readings; the composed ones catch what they do not list
            StanceRule stance = d.source != null
                    ? stances.read(d.contentFrom, d.contentTo, d.source.from(), d.source.to(), d.cueFrom, d.cueTo)
                    : stances.read(d.contentFrom, d.contentTo);
            if (stance != null) {
                d.label = stance.label();
                d.rule(stance.id());
            }
        }
    }

    /** Every word of the content is quoted: the test {@link #quoteKind} makes for DIRECT. */
    private boolean quotedContent(ClaimDraft d) {
        int[] words = quotedWords(d);
        return words[0] > 0 && words[1] == words[0];
    }

    /** Words (and numbers) of the content, and how many of them stand in quotation marks. */
    private int[] quotedWords(ClaimDraft d) {
        int quoted = 0;
        int wordsIn = 0;
        for (int k = d.contentFrom; k < d.contentTo; k++) {
            if (tokens.get(k).isWord() || tokens.get(k).type == Token.Type.NUMBER) {
                wordsIn++;
                if (doc.quoted(k)) {
                    quoted++;
                }
            }
        }
        return new int[] {wordsIn, quoted};
    }

    private static boolean canRelabel(Attribution a) {
        return a == Attribution.NAMED || a == Attribution.ANONYMOUS; // records do not deny or decline
    }

    boolean startsOnName(int k) {
        return tokens.get(k).capitalized && !doc.initial(k);
    }

    /**
     * "The Ledger reported, citing two people, ...", "The report, attributed to anonymous sources, said ...": a
     * chain is as strong as its weakest known link, so the claim rests on the unnamed people the outlet or the
     * record cites; it only relays them. The caller asks only of a citing outside what was said, or opening it
     * ("reports based on two people"): "the delay was attributed to workers" is content.
     */
    private void weakestLink(ClaimDraft d, int citedFrom) {
        if (d.label != Attribution.NAMED && d.label != Attribution.DOCUMENTARY || d.entity == null
                || d.entity.kind != SourceKind.PUBLICATION && d.entity.kind != SourceKind.ORGANIZATION
                && d.entity.kind != SourceKind.DOCUMENT) {
            return;
        }
        int end = citedFrom;
        while (end < d.to && end - citedFrom < 10 && tokens.get(end).isWord() && !tokens.get(end).is("that")) {
            end++;
        }
        if (end <= citedFrom) {
            return;
        }
        SourcePhrase cited = classifier.classify(citedFrom, end);
        boolean unnamedPeople = cited.kind() == SourceKind.ANONYMOUS && (anonymousHeads.contains(cited.head())
                || WordList.any(tokens, citedFrom, Math.min(end, citedFrom + 4), anonymousHeads));
        if (unnamedPeople) {
            d.label = Attribution.ANONYMOUS;
            SourcePhrase relay = d.source;
            // "The report, attributed to anonymous sources,": the relay's span holds who it cites; keep it whole
            d.source = relay != null && relay.from() <= citedFrom && end <= relay.to()
                    ? new SourcePhrase(relay.from(), relay.to(), cited.kind(), cited.name(), cited.head(), cited.plural(),
                            null, null, false)
                    : cited;
            d.entity = entities.resolve(cited);
            d.rule("chain.weakest-link");
        }
    }

    /** DIRECT when the content is quoted words, PARTIAL when some of it is, INDIRECT otherwise. */
    void quoteKind(ClaimDraft d) {
        if (d.source == null && d.entity == null) {
            d.quote = QuoteKind.NONE;
            return;
        }
        int[] words = quotedWords(d);
        int wordsIn = words[0];
        int quoted = words[1];
        if (wordsIn > 0 && quoted == wordsIn) {
            d.quote = QuoteKind.DIRECT;
            d.flags.add(Flag.DIRECT_QUOTE);
            d.rule("quote.direct");
        } else if (quoted >= 1) {
            d.quote = QuoteKind.PARTIAL;
            d.flags.add(Flag.DIRECT_QUOTE);
            d.rule("quote.partial");
        } else {
            d.quote = quoted > 0 ? QuoteKind.PARTIAL : QuoteKind.INDIRECT;
        }
    }

    /**
     * What a source says may carry two labels: "Airbus is aware of it, but “we have no information”" is one named
     * and one could-not-say claim; "“You don't know the outcome, so I'll refer everything to my attorney”" one
     * could-not-say and one no-comment claim. The content is cut at ", but", ", so", ", and" and ";", each part
     * labelled by the content rules, and neighbours with the same label joined again.
     */
    List<ClaimDraft> splitByContent(ClaimDraft d) {
        if (d.cue == null && d.entity == null || !d.attributed()) {
            return List.of(d);
        }
        List<Integer> cuts = new ArrayList<>();
        cuts.add(d.from);
        List<Attribution> labels = new ArrayList<>();
        Attribution base = labelBeforeContent(d);
        int segment = d.contentFrom;
        boolean notOnly = false; // "not only inaccurate, but grossly overstated" adds to what it says: one claim
        for (int k = d.contentFrom + 2; k < d.contentTo - 2; k++) {
            Token t = tokens.get(k);
            notOnly |= t.is("only") && tokens.get(k - 1).is("not");
            boolean joint = t.isPunct(';') || tokens.get(k - 1).isPunct(',')
                    && (t.is("but") && !notOnly || t.is("so") || t.is("and") || t.is("yet"));
            if (joint) {
                notOnly = false;
                labels.add(contentLabel(segment, k, base));
                cuts.add(k);
                segment = k;
            }
        }
        if (labels.isEmpty()) {
            return List.of(d);
        }
        labels.add(contentLabel(segment, d.contentTo, base));
        List<ClaimDraft> parts = new ArrayList<>();
        int partFrom = d.from;
        for (int i = 0; i < labels.size(); i++) {
            boolean last = i + 1 == labels.size();
            if (!last && labels.get(i + 1) == labels.get(i)) {
                continue;
            }
            int partTo = last ? d.to : cuts.get(i + 1);
            parts.add(partOf(d, partFrom, partTo, base));
            partFrom = partTo;
        }
        return parts.size() == 1 ? List.of(d) : parts;
    }

    private Attribution contentLabel(int from, int to, Attribution base) {
        if (!canRelabel(base)) {
            return base;
        }
        for (PhraseMatcher.Match<ContentRule> m : rules.content.findAll(tokens, from, to)) {
            if (m.rule().label() != null && !startsOnName(m.from()) && !stances.modifiesNoun(m.to() - 1, to)) {
                return m.rule().label();
            }
        }
        StanceRule stance = stances.read(from, to);
        return stance != null ? stance.label() : base;
    }

    private ClaimDraft partOf(ClaimDraft d, int from, int to, Attribution base) {
        ClaimDraft part = new ClaimDraft(from, to);
        part.cue = d.cue;
        part.category = d.category;
        part.cueFrom = d.cueFrom;
        part.cueTo = d.cueTo;
        part.source = d.source;
        part.entity = d.entity;
        part.rules.addAll(d.rules.stream().filter(r -> !r.startsWith("content.") && !r.startsWith("stance.") && !r.startsWith("flag.")
                && !r.startsWith("quote.")).toList());
        part.rule("claim.split-by-content");
        if (d.cue != null) {
            part.flags.addAll(d.cue.flags());
        }
        part.label = base;
        setContent(part, Math.max(d.contentFrom, from), Math.min(d.contentTo, to));
        applyContentRules(part);
        quoteKind(part);
        return part;
    }

    private Attribution labelBeforeContent(ClaimDraft d) {
        SourceKind kind = d.entity != null ? d.entity.kind : null;
        if (d.cue == null) {
            return labelBeforeContentOf(kind); // a quotation carried to its speaker
        }
        Attribution a = label(d.category != null ? d.category : d.cue.category(), kind).label();
        return a == null ? Attribution.UNATTRIBUTED : a;
    }

    Attribution labelBeforeContentOf(SourceKind kind) {
        Attribution a = label(CueCategory.REPORT, kind).label();
        return a == null ? Attribution.NAMED : a;
    }

    LabelRule label(CueCategory category, SourceKind kind) {
        for (LabelRule r : rules.labels) {
            if (r.matches(category, kind)) {
                return r;
            }
        }
        throw new IllegalStateException("label table has no row for " + category + "/" + kind);
    }
}
