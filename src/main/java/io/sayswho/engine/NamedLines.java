package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines that name their speaker without a reporting verb: quotations signed with a dash ("“...” ― Jane Roe"),
 * transcript turns ("HOST: Will the mayor run?") and headlines that open with a source and a colon ("Okafor: Clinic
 * Will Stay Open"). Each gives one claim whose cue is the dash or the colon.
 */
final class NamedLines {
    /** How far into a headline its colon may stand: "Former Mayor Jo Roe at the Summit:". */
    private static final int MAX_BEFORE_COLON = 12;
    private final Document doc;
    private final List<Token> tokens;
    private final RuleSet rules;
    private final SourceClassifier classifier;
    private final Entities entities;
    private final ClaimContent content;
    private final WordList anonymousHeads;
    private final WordList documentHeads;
    private final WordList organizationHeads;
    private final WordList titles;
    private final WordList pageLabels;
    private final WordList adverbs;

    NamedLines(Document doc, RuleSet rules, SourceClassifier classifier, Entities entities, ClaimContent content) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.rules = rules;
        this.classifier = classifier;
        this.entities = entities;
        this.content = content;
        this.anonymousHeads = rules.list("anonymous-heads");
        this.documentHeads = rules.list("document-heads");
        this.organizationHeads = rules.list("organization-heads");
        this.titles = rules.list("titles");
        this.pageLabels = rules.list("page-labels");
        this.adverbs = rules.list("adverbs");
    }

    /**
     * "“They will vote for him anyway.” ― Jane Roe “It is a shame.” ― Jo Bloggs": quotations signed with a dash and a
     * name, as reader voices and testimonials are printed. Each signed quotation is a claim; words between are not.
     */
    List<ClaimDraft> pullQuotes(Sentence s) {
        List<ClaimDraft> out = new ArrayList<>();
        int covered = s.from();
        for (int dash = s.from() + 2; dash < s.to() - 1; dash++) {
            Token closing = tokens.get(dash - 1);
            QuoteRegion q = doc.quoteAt(dash - 1);
            // the quotation may open sentences earlier: "“... . He represents our greatest shame.” ― Jane Roe"
            boolean opensHere = q != null && q.open() >= covered;
            if (tokens.get(dash).type != Token.Type.DASH || closing.type != Token.Type.QUOTE || q == null
                    || !q.closed() || q.end() != dash || !opensHere && (covered != s.from() || q.open() >= s.from())) {
                continue;
            }
            int end = dash + 1;
            while (end < s.to() && end - dash <= 4 && classifier.proper(end)) {
                end++;
            }
            if (end - dash < 2) {
                continue;
            }
            if (q.open() > covered) {
                out.add(new ClaimDraft(covered, q.open()));
            }
            SourcePhrase signer = classifier.classify(dash + 1, end);
            Entity who = entities.resolve(signer);
            ClaimDraft d = ClaimDraft.markedBy(Math.max(q.open(), s.from()), end, dash, signer, who,
                    content.labelBeforeContentOf(who.kind), "quote.signed");
            content.setContent(d, q.open(), q.end());
            content.applyContentRules(d);
            content.quoteKind(d);
            out.add(d);
            covered = end;
        }
        if (!out.isEmpty() && covered < s.to()) {
            out.add(new ClaimDraft(covered, s.to()));
        }
        return out;
    }

    /**
     * "HOST: Will the mayor run again?": a transcript turn, a paragraph that opens with its speaker's name in capitals
     * and a colon. The pipeline gives the rest of the paragraph to the same speaker.
     */
    ClaimDraft speakerTurn(Sentence s) {
        if (doc.paragraphStarts[s.paragraph()] != s.from()) {
            return null;
        }
        int colon = turnColon(s.from(), s.to());
        if (colon < 0 || turns() < 2) {
            return null; // a transcript has turns; one "WASHINGTON:" or "UPDATE:" is a dateline or a label
        }
        int name = colon - 1;
        while (name > s.from() && shouting(tokens.get(name - 1))) {
            name--;
        }
        String said = doc.text.substring(tokens.get(name).start, tokens.get(colon - 1).end);
        SourcePhrase speaker = new SourcePhrase(name, colon, SourceKind.PERSON, said, null, false, null, null, false);
        ClaimDraft d = ClaimDraft.markedBy(s.from(), s.to(), colon, speaker, entities.resolve(speaker),
                Attribution.NAMED, "transcript.speaker");
        content.setContent(d, colon + 1, s.to());
        content.quoteKind(d);
        return d;
    }

    /** The colon after a capitalised speaker's name opening [from, to), or -1. */
    private int turnColon(int from, int to) {
        if (from < to && tokens.get(from).type == Token.Type.QUOTE) {
            from++; // a transcript quoted whole: "\"HOST: Will the mayor ..."
        }
        int colon = from;
        while (colon < to && colon - from < 3 && shouting(tokens.get(colon)) && !pageLabels.contains(tokens.get(colon))) {
            colon++;
        }
        return colon > from && colon + 1 < to && tokens.get(colon).isPunct(':') ? colon : -1;
    }

    private int turns = -1;

    /** How many paragraphs of the document open as transcript turns. */
    private int turns() {
        if (turns < 0) {
            turns = 0;
            int[] starts = doc.paragraphStarts;
            for (int p = 0; p + 1 < starts.length && turns < 2; p++) {
                if (turnColon(starts[p], Math.min(starts[p + 1], tokens.size())) >= 0) {
                    turns++;
                }
            }
        }
        return turns;
    }

    /** A word in capitals, as transcripts print speakers' names ("HOST", "SEN. ODUYA"); not "I" or "A". */
    private boolean shouting(Token t) {
        if (!t.isWord() || t.end - t.start < 2 && !t.abbreviation) {
            return false;
        }
        for (int i = t.start; i < t.end; i++) {
            char c = doc.text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
        }
        return Character.isUpperCase(doc.text.charAt(t.start));
    }

    /**
     * The word at token k is named again later as the subject of a reporting cue ("Okafor said"). Asked only of the
     * text's first sentence, so the one scan keeps the whole run linear.
     */
    private boolean namedInBody(int k) {
        String word = tokens.get(k).norm;
        for (int j = k + 2; j + 1 < tokens.size(); j++) {
            if (tokens.get(j).norm.equals(word) && tokens.get(j).capitalized) {
                // "Roe (D-Ore.) said", "Roe then pointed out": an aside or an adverb may stand before the cue
                int c = j + 1;
                if (c < tokens.size() && tokens.get(c).isPunct('(')) {
                    int close = c + 1;
                    while (close < tokens.size() && close - c < 8 && !tokens.get(close).isPunct(')')) {
                        close++;
                    }
                    c = close + 1;
                }
                while (c < tokens.size() && adverbs.contains(tokens.get(c))) {
                    c++;
                }
                if (c >= tokens.size()) {
                    return false;
                }
                PhraseMatcher.Match<CueRule> m = rules.cues.longestAt(tokens, c, Math.min(tokens.size(), c + 4));
                if (m != null && m.rule().category().reports()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Tarn Courier", "NY Post": an outlet by its name; a bare "Newspaper:" names nobody. */
    private static boolean namedOutlet(SourcePhrase p) {
        return p.kind() == SourceKind.PUBLICATION && p.name() != null && !p.name().equalsIgnoreCase(p.head());
    }

    /**
     * Where "on" or "at" ends a short source before a headline's colon ("Jo Roe on Tax:", "Former Mayor Jo Roe at the
     * Summit:"): the source is capitalised words right up to it; -1 when there is none.
     */
    private int topicAfterSource(int from, int colon) {
        for (int k = from + 1; k < colon - 1 && k - from <= 5; k++) {
            Token t = tokens.get(k);
            if (t.is("on") || t.is("at")) {
                return k;
            }
            if (!classifier.proper(k) && !(t.capitalized && t.isWord()) && !t.abbreviation) {
                return -1;
            }
        }
        return -1;
    }

    /** "Egyptian Officials: Flight Crashes In Sea": a headline that names its source before a colon. */
    ClaimDraft colonHeadline(Sentence s) {
        int colon = -1;
        for (int k = s.from() + 1; k < Math.min(s.to() - 2, s.from() + MAX_BEFORE_COLON); k++) {
            if (tokens.get(k).isPunct(':')) {
                colon = k;
                break;
            }
        }
        if (colon < 0) {
            return null;
        }
        int topic = topicAfterSource(s.from(), colon);
        if (topic > 0) {
            // "Jo Roe on the Budget: 'It Will Pass'", "Jo Roe at the Summit: ...": who speaks, then what about
            SourcePhrase who = classifier.classify(s.from(), topic);
            boolean fullName = who.namedInFull();
            boolean voice = who.kind() == SourceKind.ORGANIZATION && topic - s.from() >= 2
                    && (titles.contains(tokens.get(topic - 1)) || organizationHeads.contains(tokens.get(topic - 1)));
            if (!fullName && !voice && !namedOutlet(who)) {
                return null; // "Update on the Talks:", "Live at Five:": a label, nobody speaking
            }
            return headlineClaim(s, colon, who, Attribution.NAMED);
        }
        if (colon - s.from() >= 6) {
            return null;
        }
        SourcePhrase named = classifier.classify(s.from(), colon);
        SourcePhrase p;
        Attribution label;
        if (anonymousHeads.contains(tokens.get(colon - 1))) {
            p = new SourcePhrase(s.from(), colon, SourceKind.ANONYMOUS, null, named.head(), true, null, null, false);
            label = Attribution.ANONYMOUS;
        } else if (documentHeads.contains(tokens.get(colon - 1)) && colon - s.from() <= 3) {
            p = new SourcePhrase(s.from(), colon, SourceKind.DOCUMENT, null, named.head(), false, null, null, false);
            label = Attribution.DOCUMENTARY; // "Poll: Wealthy Voters Abandon Party"
        } else if (named.kind() == SourceKind.ORGANIZATION && colon - s.from() <= 4 && colon - s.from() >= 2
                && organizationHeads.contains(tokens.get(colon - 1)) && classifier.proper(s.from())) {
            p = named; // "Roe Campaign: Rival Misled Voters", "Nordland Ministry: Talks Over": a body by its name
            label = Attribution.NAMED;
        } else if ((named.kind() == SourceKind.PERSON || namedOutlet(named)) && colon - s.from() <= 4) {
            p = named; // "Maria Lindqvist: Voters Worried", "Tarn Courier: Port Will Close"
            label = Attribution.NAMED;
        } else if (s.from() == 0 && colon - s.from() <= 2 && classifier.proper(colon - 1) && namedInBody(colon - 1)) {
            // "Okafor: Clinic Will Stay Open": a surname the article names again, not a place label
            p = new SourcePhrase(s.from(), colon, SourceKind.PERSON, doc.surface(s.from(), colon), null, false, null,
                    null, false);
            label = Attribution.NAMED;
        } else {
            return null;
        }
        return headlineClaim(s, colon, p, label);
    }

    /** The headline as one claim of {@code p}, cued by its colon; what follows the colon is what was said. */
    private ClaimDraft headlineClaim(Sentence s, int colon, SourcePhrase p, Attribution label) {
        ClaimDraft d = ClaimDraft.markedBy(s.from(), s.to(), colon, p, entities.resolve(p), label, "headline.colon");
        content.setContent(d, colon + 1, s.to());
        content.quoteKind(d);
        return d;
    }
}
