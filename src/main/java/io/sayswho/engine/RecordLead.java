package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.SourceKind;

/**
 * "In the latest Harbour Gazette poll, conducted in May, the mayor led by 5 points.": a sentence that opens with
 * "In" and a record (a poll, a survey, a study, a report), set off by a comma, states what the record shows. The
 * record is the source and "In" the cue. Only for a sentence no reporting cue attributes: in "In a statement, the
 * ministry said …" the ministry speaks.
 */
final class RecordLead {
    /** How far the record's noun phrase may run before its comma, in tokens. */
    private static final int MAX_RECORD = 16;

    private final Document doc;
    private final java.util.List<Token> tokens;
    private final SourceClassifier classifier;
    private final Entities entities;
    private final ClaimContent content;
    private final WordList documentHeads;
    private final WordList determiners;

    RecordLead(Document doc, RuleSet rules, SourceClassifier classifier, Entities entities, ClaimContent content) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.classifier = classifier;
        this.entities = entities;
        this.content = content;
        this.documentHeads = rules.list("document-heads");
        this.determiners = rules.list("determiners");
    }

    /** The sentence's claim when it opens with "In <record>,", else null. */
    ClaimDraft claim(Sentence s) {
        int in = s.from();
        if (in < s.to() && (tokens.get(in).is("and") || tokens.get(in).is("but"))) {
            in++;
        }
        if (in + 3 >= s.to() || !tokens.get(in).is("in") || doc.quoted(in)) {
            return null;
        }
        Token first = tokens.get(in + 1);
        if (!determiners.contains(first) && !first.is("'s") && first.type != Token.Type.NUMBER) {
            return null; // "In 2019, …", "In Ohio, …": a time or a place
        }
        int comma = -1;
        boolean record = false;
        for (int k = in + 1; k < s.to() && k - in <= MAX_RECORD; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(',')) {
                if (!record) {
                    return null; // "In a Tuesday town hall in Brooklyn, Clinton took some shots ...": no record opens it
                }
                if (!asideFollows(k + 1)) {
                    comma = k;
                    break;
                }
                continue; // "In the previous poll, conducted in May, …": the aside belongs to the record
            }
            if (t.isTerminal() || t.type == Token.Type.QUOTE || t.isPunct(';') || t.isPunct(':')) {
                return null;
            }
            record |= isRecordHead(k, in + 1);
        }
        if (comma < 0 || !content.hasWords(comma + 1, s.to(), 4)) {
            return null;
        }
        SourcePhrase ph = classifier.classify(in + 1, comma);
        SourcePhrase p = new SourcePhrase(in + 1, comma, SourceKind.DOCUMENT, null, ph.head(), ph.plural(), null, null,
                ph.definite());
        ClaimDraft d = ClaimDraft.markedBy(s.from(), s.to(), in, p, entities.resolve(p), Attribution.DOCUMENTARY,
                "lead.in-record");
        content.setContent(d, comma + 1, s.to());
        content.quoteKind(d);
        return d;
    }

    /**
     * A record's head noun: "poll", "survey"; capitalised only as the last word of a name after another capitalised
     * word ("an ABC News/Washington Post Poll"), not a place or a title that opens the phrase ("In Census Tract 9").
     */
    private boolean isRecordHead(int k, int phraseFrom) {
        Token t = tokens.get(k);
        if (!documentHeads.contains(t)) {
            return false;
        }
        if (!t.capitalized) {
            return true;
        }
        Token before = tokens.get(k - 1);
        boolean lastOfName = k + 1 >= tokens.size() || !tokens.get(k + 1).capitalized;
        return k - 1 > phraseFrom && lastOfName && (before.capitalized || before.abbreviation);
    }

    /** "conducted in May", "released on Monday", "which surveyed 1,000 adults": an aside about the record. */
    private boolean asideFollows(int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(k);
        return !t.capitalized && t.isWord() && (t.norm.endsWith("ed") || t.norm.endsWith("ing") || t.is("which"));
    }
}
