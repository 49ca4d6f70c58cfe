package io.sayswho.engine;

import io.sayswho.engine.SentenceAnalyzer.Found;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.SourceKind;

import java.util.List;
import java.util.Set;

/**
 * Drafts the claim of a cue kept with its source: the cue's span with its verb group, preposition, agent's "by" and
 * colon ("has been endorsed by X", "said:"), the source's entity, the label from the label table, and what is
 * asserted: after the cue when something follows it ("said Friday that ..."), else the clause before it
 * ("“We lost everything,” said X, who runs a bakery.").
 */
final class ClaimDrafter {
    private final Document doc;
    private final List<Token> tokens;
    private final SourceFinder finder;
    private final Entities entities;
    private final ClaimContent content;
    private final WordList speechVerbs;
    private final WordList cuePrepositions;
    private final WordList timeWords;

    ClaimDrafter(Document doc, RuleSet rules, SourceFinder finder, Entities entities, ClaimContent content) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.finder = finder;
        this.entities = entities;
        this.content = content;
        this.speechVerbs = rules.list("speech-verbs");
        this.cuePrepositions = rules.list("cue-prepositions");
        this.timeWords = rules.list("time-words");
    }

    ClaimDraft draft(Found f, int from, int to) {
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
            if (f.rule.category() == CueCategory.SHOW && f.phrase.kind() == SourceKind.DOCUMENT) {
                kind = SourceKind.DOCUMENT; // "The research documented ..." after "an article in the journal Science"
            }
            if (f.phrase.refersBack()) {
                d.rule(f.phrase.pronoun() != null ? "coref.pronoun" : "coref.description");
            } else if (f.shared) {
                d.rule("source.shared-subject");
            }
            if (f.anonymity != null) {
                d.rule(f.anonymity);
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
