package io.sayswho.engine;

import io.sayswho.engine.SourceFinder.Found;

/**
 * The subject a participle or a second verb shares with the sentence's first clause ("X had mocked the complaint,
 * saying ...", "X bemoaned the unrest and said ..."): the name, pronoun or speaker's description that opens the
 * sentence, past opening phrases ("On Monday, however,") and a date.
 */
final class LeadingSubject extends SourceSieve {
    /** How far an opening phrase may run to its comma: "In line with most of his fellow senators, ...". */
    private static final int MAX_OPENING_PHRASE = 12;

    LeadingSubject(SourceSieve shared) {
        super(shared);
    }

    /**
     * A participle after a comma, or a verb after "and", with no subject of its own ("X had mocked the complaint,
     * saying ...", "X bemoaned the unrest and said ..."): the subject is the name that opens the sentence.
     */
    Found leadingSubject(int clauseStart, int limit) {
        int k = clauseStart;
        // "On Monday, however, …": each opening phrase or aside set off by a comma
        for (int phrases = 0; phrases < 3 && k < limit && (introductory(k) || adverbs.contains(tokens.get(k))); phrases++) {
            int comma = k;
            while (comma < limit && comma - k < MAX_OPENING_PHRASE && !tokens.get(comma).isPunct(',')) {
                comma++;
            }
            if (comma >= limit || !tokens.get(comma).isPunct(',')) {
                break;
            }
            k = comma + 1;
        }
        if (k + 1 < limit && TIME_LEADS.contains(tokens.get(k).norm)
                && (times.contains(tokens.get(k + 1)) || tokens.get(k + 1).type == Token.Type.NUMBER)) {
            k++; // "On September 27 they published …": a date with no comma after it
            while (k < limit && (times.contains(tokens.get(k)) || tokens.get(k).type == Token.Type.NUMBER)) {
                k++;
            }
        }
        if (k + 1 < limit && CONJUNCTIONS.contains(tokens.get(k).norm)) {
            k++; // "But she has also promised ...": the conjunction joins the sentence to the one before
        }
        if (k + 1 < limit && subordinators.contains(tokens.get(k))) {
            k++; // "When the mayor thanked the crowd and said ...": the subordinate clause's own subject
        }
        int start = k;
        if (k < limit && tokens.get(k).capitalized && adverbs.contains(tokens.get(k))) {
            return null; // "Perhaps …": an adverb opens the sentence, no name
        }
        if (k < limit && Lexicons.isSubjectPronoun(tokens.get(k).norm) && !tokens.get(k).is("you")) {
            return new Found(k, k + 1, false); // "She urges him to leave and repeatedly says ..."
        }
        if (k < limit && tokens.get(k).is("the") && k + 1 < limit && classifier.proper(k + 1)) {
            k++; // "The National Farmers Union ..."
        } else if (k < limit && (tokens.get(k).is("the") || tokens.get(k).is("a") || tokens.get(k).is("an")
                || quantities.contains(tokens.get(k)) || POSSESSIVES.contains(tokens.get(k).norm))) {
            // "the union", "the state health ministry", "a spokesman for the council", "his chief aide", "a Tarn
            // District Court judge": a description whose head names a speaker, with the body it speaks for
            for (int h = k + 1; h < limit && h <= k + 5 && (tokens.get(h).isWord() || tokens.get(h).abbreviation)
                    && (!tokens.get(h).capitalized || h + 1 < limit && tokens.get(h + 1).isWord()); h++) {
                if (describedSpeaker(tokens.get(h)) && (h + 1 >= limit || !tokens.get(h + 1).isWord()
                        || !describedSpeaker(tokens.get(h + 1)) && !tokens.get(h + 1).is("of"))) {
                    return new Found(k, bodySpokenFor(h + 1, limit), false);
                }
            }
            return null;
        }
        // a name, with the titles and roles in it: "Democratic candidate Jo Roe", "Senate Majority Leader Jo Roe",
        // "Former Secretary of State Jo Roe", "Band member Jo Roe", "presumptive party nominee Jo Roe", and a
        // speaker it owns: "Rubio's campaign"
        int lastName = -1;
        int possessive = -1;
        for (; k < limit && k - start < 8; k++) {
            Token t = tokens.get(k);
            if (classifier.proper(k) || t.abbreviation && t.capitalized) {
                lastName = k;
            } else if (t.is("'s") && lastName == k - 1 && possessive < 0 && k + 1 < limit && roleWord(k + 1)) {
                possessive = k; // "Rubio's campaign", "Clinton's campaign manager Robby Mook"
            } else if (!t.isWord() || !roleWord(k) && !(t.is("of") && lastName == k - 1)
                    && !(k + 1 < limit && !t.capitalized && roleWord(k + 1) && !mannerAdverb(t))) {
                break; // "presidential" may stand before "nominee"; a verb ("urged") ends the name
            }
        }
        if (lastName < 0 || k - start >= 8) {
            return null;
        }
        int end = lastName + 1;
        if (possessive == end) {
            end++;
            while (end < k && roleWord(end)) {
                end++; // the owner's speaker: "Rubio's campaign", "Roe's lawyers"
            }
        }
        if (end < limit && !tokens.get(end).capitalized && speakerHead(tokens.get(end))) {
            end++; // "the Vermont senator", "the Jo Roe campaign": a head noun after the name
        }
        return new Found(start, end, false);
    }

    /**
     * "a spokesman for the council", "an aide to Mayor Jo Roe": the body or person a description's head speaks for,
     * a preposition and a short noun phrase of names and speakers' nouns; {@code from} itself when none follows.
     */
    private int bodySpokenFor(int from, int limit) {
        if (from + 1 >= limit || !(tokens.get(from).is("for") || tokens.get(from).is("of") || tokens.get(from).is("to")
                || tokens.get(from).is("at"))) {
            return from;
        }
        int k = from + 1;
        if (tokens.get(k).is("the")) {
            k++;
        }
        int end = -1;
        for (; k < limit && k - from <= 8; k++) {
            Token t = tokens.get(k);
            boolean word = classifier.proper(k) || t.abbreviation && t.capitalized || roleWord(k);
            if (word) {
                end = k + 1;
            } else if (!(t.is("of") && end == k) && !t.is("'s")) {
                break;
            }
        }
        return end > 0 ? end : from;
    }

    /**
     * A description's head that names who speaks: the hand lists, and the heads PolNeAR's annotators gave
     * descriptions ("the billionaire businessman", "one operative"), mined. Only here, where a whole description
     * opening the sentence is read; elsewhere the hand lists alone decide.
     */
    private boolean describedSpeaker(Token t) {
        return speakerHead(t) || minedSpeakerHeads.contains(t);
    }

    private boolean roleWord(int k) {
        Token t = tokens.get(k);
        return t.isWord() && !auxiliaries.contains(t) && (titles.contains(t) || speakerHead(t));
    }
}
