package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.SourceKind;

import java.util.List;

/**
 * "Attempts to reach the mayor for comment were unsuccessful.", "Messages left for the coach were not returned.": a
 * sentence that tells of trying to reach a party and of no answer is that party's NO_COMMENT, the party the source
 * and the failure ("were unsuccessful") the cue. Only for a sentence no reporting cue attributes. The try's head
 * opens the sentence (lexicon/contact-attempts.txt), the party follows "to reach", "to contact", "left for" or
 * "to", and the failure (lexicon/contact-failures.txt, or "not returned", "not answered") follows within the clause.
 */
final class FailedContact {
    /** How far the party's noun phrase may run, in tokens. */
    private static final int MAX_PARTY = 8;
    /** How far into the sentence the failure may stand. */
    private static final int MAX_SENTENCE = 24;

    private final List<Token> tokens;
    private final Document doc;
    private final SourceClassifier classifier;
    private final Entities entities;
    private final ClaimContent content;
    /** Unnamed people who can be asked ("residents", "the family"); not any other head ("the island"). */
    private final WordList people;
    private final WordList kin;
    private final WordList attempts;
    private final WordList failures;
    private final WordList determiners;
    private final WordList quantities;

    FailedContact(Document doc, RuleSet rules, SourceClassifier classifier, Entities entities, ClaimContent content) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.classifier = classifier;
        this.entities = entities;
        this.content = content;
        this.attempts = rules.list("contact-attempts");
        this.people = rules.list("anonymous-heads");
        this.kin = rules.list("kin-heads");
        this.failures = rules.list("contact-failures");
        this.determiners = rules.list("determiners");
        this.quantities = rules.list("quantities");
    }

    /** The sentence's NO_COMMENT claim when it tells of an unanswered try to reach a party, else null. */
    ClaimDraft claim(Sentence s) {
        int k = s.from();
        int end = Math.min(s.to(), s.from() + MAX_SENTENCE);
        while (k < end && (determiners.contains(tokens.get(k)) || quantities.contains(tokens.get(k))
                || tokens.get(k).is("repeated") || tokens.get(k).is("several") || tokens.get(k).is("and")
                || tokens.get(k).is("but"))) {
            k++;
        }
        if (k + 3 >= end || !attempts.contains(tokens.get(k)) || doc.quoted(k)) {
            return null;
        }
        int after = k + 1;
        if (after + 1 < end && tokens.get(after).is("for") && tokens.get(after + 1).is("comment")) {
            after += 2; // "Repeated requests for comment to the ministry have gone unanswered"
        }
        int party = partyStart(after, end);
        if (party < 0) {
            return null;
        }
        int partyEnd = party;
        while (partyEnd < end && partyEnd - party < MAX_PARTY && !endsParty(tokens.get(partyEnd))) {
            partyEnd++;
        }
        int[] failure = failure(partyEnd, end);
        if (partyEnd == party || failure == null) {
            return null;
        }
        SourcePhrase p = classifier.classify(party, partyEnd);
        boolean speaks = p.kind() == SourceKind.PERSON || p.kind() == SourceKind.ORGANIZATION
                || p.kind() == SourceKind.PUBLICATION
                || p.kind() == SourceKind.ANONYMOUS && p.head() != null && (people.contains(p.head()) || kin.contains(p.head()))
                || Lexicons.OBJECT_PRONOUNS.contains(tokens.get(party).norm);
        if (!speaks) {
            return null; // "Attempts to reach the summit were unsuccessful": nobody was asked
        }
        ClaimDraft d = ClaimDraft.markedBy(s.from(), s.to(), failure[0], p, entities.resolve(p), Attribution.NO_COMMENT,
                "lead.failed-contact");
        d.cueTo = failure[1];
        content.setContent(d, s.from(), s.to());
        return d;
    }

    /** Where the party starts after the try's head: "to reach", "to contact", "left for", "sent to", "to". */
    private int partyStart(int k, int end) {
        Token t = tokens.get(k);
        if (t.is("to") && k + 1 < end && (tokens.get(k + 1).is("reach") || tokens.get(k + 1).is("contact"))) {
            return k + 2;
        }
        if ((t.is("left") || t.is("sent")) && k + 1 < end && (tokens.get(k + 1).is("for") || tokens.get(k + 1).is("with")
                || tokens.get(k + 1).is("to"))) {
            return k + 2;
        }
        // "Calls to the ministry went unanswered"; not "Efforts to contain the fire", a verb after "to"
        boolean nounPhrase = k + 1 < end && (determiners.contains(tokens.get(k + 1)) || classifier.proper(k + 1));
        return t.is("to") && nounPhrase ? k + 1 : -1;
    }

    private static boolean endsParty(Token t) {
        return !t.isWord() && !t.isPunct('.') || t.is("for") || t.is("on") || t.is("about") || t.is("seeking")
                || t.is("by") || t.is("were") || t.is("was") || t.is("have") || t.is("has") || t.is("had")
                || t.is("went") || t.is("and");
    }

    /** The failure's span [from, to) after the party: "were unsuccessful", "went unanswered", "were not returned". */
    private int[] failure(int k, int end) {
        for (int j = k; j < end; j++) {
            Token t = tokens.get(j);
            if (t.isTerminal() || t.isPunct(';') || t.type == Token.Type.QUOTE) {
                return null;
            }
            boolean verb = t.is("were") || t.is("was") || t.is("went") || t.is("have") || t.is("has") || t.is("had");
            if (!verb) {
                continue;
            }
            int w = j + 1;
            while (w < end && (tokens.get(w).is("been") || tokens.get(w).is("gone") || tokens.get(w).is("so")
                    || tokens.get(w).is("far") || tokens.get(w).is("all"))) {
                w++;
            }
            if (w < end && failures.contains(tokens.get(w))) {
                return new int[] {j, w + 1};
            }
            if (w + 1 < end && tokens.get(w).is("not") && (tokens.get(w + 1).is("returned") || tokens.get(w + 1).is("answered"))) {
                return new int[] {j, w + 2};
            }
            return null;
        }
        return null;
    }
}
