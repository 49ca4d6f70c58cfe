package io.sayswho.engine;

import io.sayswho.engine.SourceFinder.Found;

import java.util.Set;

/**
 * The subject that stands before its cue ("Sources report", "Officials who spoke to reporters said", "the ministry
 * and the army said"): back from the cue over adverbs, auxiliaries and times to the noun phrase's start, a relative
 * clause or a bracketed aside included, and the phrase a "who" stands for ("an architect who said").
 */
final class SubjectBeforeCue extends SourceSieve {
    private static final Set<String> PREPOSITIONS_BEFORE_NP = Set.of("to", "in", "on", "at", "by", "for", "with",
            "from", "of", "into", "about");
    private static final Set<String> PREPOSITIONS_BEFORE_NAME = Set.of("of", "for", "to", "by", "from", "with", "in",
            "on", "at", "about", "against");

    /** Quantifiers that float after their subject: "Roe and Doe both said", "They all agreed". */
    private static final Set<String> FLOATING = Set.of("both", "all", "each");
    /** Days that open a clause on their own: "Yesterday the council said". */
    private static final Set<String> DAYS_ALONE = Set.of("yesterday", "today", "tonight");

    SubjectBeforeCue(SourceSieve shared) {
        super(shared);
    }

    /** The noun phrase ending at token {@code end} that a following "who" or "which" stands for. */
    Found antecedent(int end, int clauseStart) {
        int j = end;
        while (j - 1 >= Math.max(clauseStart, end - MAX_SOURCE + 1) && partOfSubject(j - 1, j)
                && !PREPOSITIONS_BEFORE_NP.contains(tokens.get(j - 1).norm)) {
            j--;
        }
        return new Found(j, end + 1, false);
    }

    /** "Sen. Jo Roe (D-Vt.) said": a party or state set off in brackets right after the subject is part of it. */
    Found withAside(Found subject, int cueFrom) {
        if (subject == null || subject.to() >= cueFrom || !tokens.get(subject.to()).isPunct('(')) {
            return subject;
        }
        for (int k = subject.to() + 1; k < cueFrom && k - subject.to() < 8; k++) {
            if (tokens.get(k).isPunct(')')) {
                return new Found(subject.from(), k + 1, subject.inverted(), subject.refersTo());
            }
        }
        return subject;
    }

    /** Walks back over adverbs, auxiliaries and time phrases ("predictably", "has", "on Sunday"). */
    int skipBack(int k, int clauseStart) {
        while (k >= clauseStart) {
            Token t = tokens.get(k);
            if (adverbs.contains(t) || auxiliaries.contains(t) || t.is("not") || t.is("never")
                    || FLOATING.contains(t.norm) && k - 1 >= clauseStart && tokens.get(k - 1).isWord()
                    || !t.capitalized && mannerAdverb(t) && !t.is("only")) {
                k--;
            } else if (times.contains(t) && k - 1 >= clauseStart && TIME_LEADS.contains(tokens.get(k - 1).norm)) {
                k -= 2;
            } else if (t.type == Token.Type.NUMBER && t.norm.length() == 4 && k - 1 >= clauseStart && tokens.get(k - 1).is("in")) {
                k -= 2; // "who in 2010 said": a year
            } else if (times.contains(t) && t.capitalized && !doc.initial(k)) {
                k--;
            } else if (t.isPunct(')')) {
                int open = k - 1;
                while (open >= clauseStart && open > k - 8 && !tokens.get(open).isPunct('(')) {
                    open--;
                }
                if (open < clauseStart || !tokens.get(open).isPunct('(') || open == clauseStart) {
                    break;
                }
                k = open - 1;
            } else {
                break;
            }
        }
        return k;
    }

    /** The noun phrase that ends at token {@code end}: back to a clause boundary. */
    Found subjectEndingAt(int end, int clauseStart) {
        if (Lexicons.isSubjectPronoun(tokens.get(end).norm) && !tokens.get(end).is("it") && !doc.quoted(end)) {
            return new Found(end, end + 1, false); // "… the mail they never asked for": a pronoun is the whole subject
        }
        Found relative = withRelativeClause(end, clauseStart);
        if (relative != null) {
            return relative;
        }
        int j = end;
        int limit = Math.max(clauseStart, end - MAX_SOURCE + 1);
        while (j - 1 >= limit && partOfSubject(j - 1, j)) {
            j--;
        }
        if (j - 1 >= clauseStart && (auxiliaries.contains(tokens.get(j - 1)) || tokens.get(j - 1).is("not"))) {
            // "It was the third time the Union said ...": a name right before the cue is still its subject
            int name = end;
            while (name - 1 > j && classifier.proper(name - 1) && !doc.initial(name - 1)) {
                name--;
            }
            boolean named = classifier.proper(end) && !doc.initial(end) && end - name < 5 && name > j
                    && !classifier.proper(name - 1) && !PREPOSITIONS_BEFORE_NAME.contains(tokens.get(name - 1).norm);
            return named ? new Found(name, end + 1, false) : null; // "Roe has already been fined for late reports"
        }

        while (j < end && (tokens.get(j).is("and") || tokens.get(j).is("but") || tokens.get(j).is("so")
                || adverbs.contains(tokens.get(j)) && !tokens.get(j).capitalized)) {
            j++;
        }
        j = pastLeadingTime(j, end);
        if (tokens.get(j).is("with") && j < end && end + 1 < tokens.size() && tokens.get(end + 1).norm.endsWith("ing")) {
            return new Found(j + 1, end + 1, false); // "..., with 50 percent saying she is ready": "with" NP, participle
        }
        // "this source", "this senior official": a demonstrative right before a short noun phrase; not "this week",
        // not "this reeks of some of the greatest fear"
        boolean demonstrative = (tokens.get(j).is("this") || tokens.get(j).is("that")) && j < end && end - j <= 2
                && !times.contains(tokens.get(j + 1));
        // "At least two officials", "at most a dozen": a bound on a count, not a place nor a time ("at least a year ago")
        boolean bound = tokens.get(j).is("at") && j + 2 <= end && (tokens.get(j + 1).is("least") || tokens.get(j + 1).is("most"))
                && (quantities.contains(tokens.get(j + 2)) || tokens.get(j + 2).type == Token.Type.NUMBER
                || tokens.get(j + 2).is("a")) // "at least a dozen"
                && !times.contains(tokens.get(Math.min(j + 3, end))) && !times.contains(tokens.get(Math.min(j + 4, end)));
        if (INTRO_WORDS.contains(tokens.get(j).norm) && !demonstrative && !bound) {
            return null; // "Following a swiftly called meeting": a phrase that opens a clause is no subject; "this source" is one
        }
        int first = firstConjunct(j, end, clauseStart);
        return new Found(first >= 0 ? first : j, end + 1, false);
    }

    /** How many words the speakers joined before "and" may have: "Her senior advisers", "Union members". */
    private static final int MAX_CONJUNCT = 4;

    /**
     * "Union members and leaders say", "Her advisers and allies say": speakers joined by "and" before a subject of
     * speakers are part of it when their phrase opens the clause (at its start, after a comma or a subordinator)
     * and holds only a determiner, names and speakers' nouns, so no verb ("Officials met protesters and leaders
     * said" keeps "leaders"). Returns where the phrase starts, or -1.
     */
    private int firstConjunct(int j, int end, int clauseStart) {
        int and = j - 1;
        if (and - 1 < clauseStart || !tokens.get(and).is("and") || !speakers(end) || !speakers(and - 1)) {
            return -1;
        }
        int c = and - 1;
        while (c - 1 >= clauseStart && and - c < MAX_CONJUNCT && !determiners.contains(tokens.get(c))
                && !POSSESSIVES.contains(tokens.get(c).norm) && (speakers(c - 1) || determiners.contains(tokens.get(c - 1))
                || POSSESSIVES.contains(tokens.get(c - 1).norm))) {
            c--;
        }
        boolean opens = c == clauseStart || tokens.get(c - 1).isPunct(',') || subordinators.contains(tokens.get(c - 1));
        return opens ? c : -1;
    }

    /** A word of a phrase of speakers: a name's or a speaker's noun ("union", "members", "advisers", "Xi"). */
    private boolean speakers(int k) {
        Token t = tokens.get(k);
        return !doc.quoted(k) && (classifier.proper(k) || t.abbreviation && t.capitalized || speakerHead(t)
                || minedSpeakerHeads.contains(t));
    }

    /**
     * "Last month her lawyers said", "In 2015 the council said", "Earlier this year officials said": a time that
     * opens the clause without a comma is the saying's, not the subject's; the subject starts after it. Returns
     * {@code j} when no time opens there, or when nothing of a subject would be left before {@code end}.
     */
    private int pastLeadingTime(int j, int end) {
        int k = j;
        if (DAYS_ALONE.contains(tokens.get(k).norm)) {
            k++; // "Yesterday the council said"
        } else {
            if (!ADJUNCT_LEADS.contains(tokens.get(k).norm) && !TIME_LEADS.contains(tokens.get(k).norm)) {
                return j; // "Monday's report said": a time that is the subject's own
            }
            k++;
            if (k < end && (tokens.get(k).is("this") || tokens.get(k).is("last") || tokens.get(k).is("next"))) {
                k++;
            }
            int times = k;
            while (k < end && (this.times.contains(tokens.get(k)) || year(tokens.get(k))
                    || k > times && tokens.get(k).type == Token.Type.NUMBER)) {
                k++; // "March 3", "Tuesday night", "2015"
            }
            if (k == times) {
                return j;
            }
        }
        boolean subjectLeft = k <= end && tokens.get(k).isWord() && !auxiliaries.contains(tokens.get(k))
                && !tokens.get(k).is("'s");
        return subjectLeft ? k : j;
    }


    /**
     * "Another source, who is close to the group said", "Officials who spoke to reporters said": a relative clause
     * (it may hold a verb) ends the subject; the subject is the noun phrase before "who" plus the clause.
     */
    private Found withRelativeClause(int end, int clauseStart) {
        for (int r = end; r > clauseStart && r > end - MAX_SOURCE; r--) {
            Token t = tokens.get(r);
            if (t.type == Token.Type.QUOTE || t.isPunct(';') || t.isPunct(':') || doc.quoted(r)
                    || t.isPunct(',') && !(r + 1 <= end && (tokens.get(r + 1).is("who") || tokens.get(r + 1).is("which")))) {
                return null;
            }
            if ((t.is("which") || t.is("who")) && end - r <= 3 && end > r && noAuxiliary(r + 1, end + 1)
                    // "those who named a candidate said": a verb's past form after "who" opens no sayers
                    && (tokens.get(r + 1).capitalized || !pastParticiple(tokens.get(r + 1)))
                    && (classifier.proper(end) || anonymousHead(end) || speakerHead(tokens.get(end))
                    || tokens.get(end).isWord() && tokens.get(end).norm.endsWith("s") && !tokens.get(end).capitalized)) {
                // "a system which advocates say ...", "..., which engineers say": the sayers follow "which"
                return new Found(r + 1, end + 1, false);
            }
            if (t.is("who") || t.is("which") && tokens.get(r - 1).isPunct(',')) {
                int npEnd = tokens.get(r - 1).isPunct(',') ? r - 2 : r - 1;
                if (npEnd < clauseStart || !tokens.get(npEnd).isWord() || breakers.contains(tokens.get(npEnd))) {
                    return null;
                }
                int j = npEnd;
                while (j - 1 >= Math.max(clauseStart, npEnd - MAX_SOURCE + 1) && partOfSubject(j - 1, j)) {
                    j--;
                }
                if (j - 1 >= clauseStart && (auxiliaries.contains(tokens.get(j - 1)) || tokens.get(j - 1).is("not"))) {
                    return null;
                }
                SourcePhrase p = classifier.classify(j, npEnd + 1);
                if (p.kind() == io.sayswho.engine.model.SourceKind.DOCUMENT) {
                    return null;
                }
                return new Found(j, end + 1, false);
            }
        }
        return null;
    }

    private boolean noAuxiliary(int from, int to) {
        for (int k = from; k < to; k++) {
            if (auxiliaries.contains(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "the ministry and the army", "Smith and Jones", "officials and Democrats": what stands before "and" in a
     * subject is a name or a speaker's head noun; "… mishandled the case and Democrats said" joins two clauses.
     */
    private boolean mayBeJoined(int k) {
        Token t = tokens.get(k);
        if (t.capitalized || classifier.proper(k)) {
            int run = k;
            while (run - 1 >= 0 && (tokens.get(run - 1).capitalized || classifier.proper(run - 1)) && k - run < 5) {
                run--;
            }
            if (run > 0 && PREPOSITIONS_BEFORE_NAME.contains(tokens.get(run - 1).norm)) {
                return false; // "… the dispute in Ostmark and the Nordland president told her": an object, then a clause
            }
        }
        return !t.isWord() || t.capitalized || classifier.proper(k) || speakerHead(t) || t.norm.endsWith("s") && !t.norm.endsWith("ss");
    }

    private boolean anonymousHead(int k) {
        return anonymousHeads.contains(tokens.get(k));
    }

    private boolean partOfSubject(int k, int next) {
        Token t = tokens.get(k);
        if (doc.quoted(k) || t.type != Token.Type.WORD && t.type != Token.Type.NUMBER && !t.isPunct('&')) {
            return false;
        }
        if (t.is("and") || t.is("or") || t.is("nor")) {
            // "the ministry and the army said" joins names; "..., and analysts said" starts a clause
            Token after = tokens.get(next);
            boolean joinsNames = classifier.proper(next) || determiners.contains(after) && next + 1 < tokens.size()
                    && (classifier.proper(next + 1) || speakerHead(tokens.get(next + 1))
                    || next + 2 < tokens.size() && speakerHead(tokens.get(next + 2)))
                    || t.is("nor") || POSSESSIVES.contains(after.norm);
            return joinsNames && (k == 0 || mayBeJoined(k - 1));
        }
        if (t.is("that") || t.is("which")) {
            return false;
        }
        if (auxiliaries.contains(t) && !t.capitalized || invertingVerbs.contains(t.norm) || t.is("told") || t.is("say")) {
            return false; // a verb of saying ends a subject: "said said said" names nobody
        }
        return !breakers.contains(t) || t.is("of");
    }
}
