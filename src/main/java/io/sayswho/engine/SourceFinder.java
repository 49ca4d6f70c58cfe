package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * Finds who stands behind a cue: the subject before it ("Sources report"), after it when inverted ("..., said
 * the source"), the noun phrase an apposition or relative clause sets off ("Jo Roe, leader of a local union,
 * said"), the object of "according to", or who was "quoted ... as saying". All scans are bounded.
 */
final class SourceFinder {
    /** Longest subject or inverted source looked for, in tokens. */
    private static final int MAX_SOURCE = 14;
    /** A description set off after a name may run longer than a subject: "…, the director of …, who also …,". */
    private static final int MAX_ROLE = 20;
    private static final int MAX_INVERTED = 8;
    private static final Set<String> INTRO_WORDS = Set.of("on", "in", "at", "after", "before", "citing", "quoting",
            "asked", "however", "meanwhile", "earlier", "later", "separately", "also", "but", "and", "yet", "still",
            "speaking", "according", "while", "when", "as", "since", "during", "by", "for", "with", "without",
            "under", "despite", "last", "this", "from", "to", "if", "although", "though", "responding", "writing",
            "addressing", "referring", "unlike", "like", "following", "amid", "over", "moreover", "instead");
    private static final Set<String> PREPOSITIONS_BEFORE_NP = Set.of("to", "in", "on", "at", "by", "for", "with",
            "from", "of", "into", "about");
    private static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our");
    private static final Set<String> ADJUNCT_LEADS = Set.of("at", "in", "on", "during", "after", "before", "last",
            "this", "earlier", "later", "late", "yesterday", "today", "recently");
    private static final Set<String> PREPOSITIONS_BEFORE_NAME = Set.of("of", "for", "to", "by", "from", "with", "in",
            "on", "at", "about", "against");
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "as", "while", "because", "since",
            "before", "until", "though", "although", "whereas");
    /** Words that, with a count from the quantities list, pick some of a group: "most of whom", "all of whom". */
    private static final Set<String> PARTITIVES = Set.of("most", "all", "none", "each");
    private static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "late", "early", "earlier", "next",
            "that", "in");

    private final Document doc;
    private final List<Token> tokens;
    private final SourceClassifier classifier;
    private final WordList adverbs;
    private final WordList notAdverbs;
    private final WordList auxiliaries;
    private final WordList breakers;
    private final WordList determiners;
    private final WordList hearers;
    private final WordList times;
    private final WordList publicationHeads;
    private final WordList organizationHeads;
    private final WordList quantities;
    private final WordList titles;
    private final WordList directiveVerbs;
    private final WordList invertingVerbs;
    private final WordList tellVerbs;
    private final WordList irregularParticiples;
    private final WordList anonymousHeads;

    SourceFinder(Document doc, RuleSet rules, SourceClassifier classifier) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.classifier = classifier;
        this.adverbs = rules.list("adverbs");
        this.notAdverbs = rules.list("ly-not-adverbs");
        this.auxiliaries = rules.list("auxiliaries");
        this.breakers = rules.list("clause-breakers");
        this.determiners = rules.list("determiners");
        this.hearers = rules.list("hearers");
        this.times = rules.list("time-words");
        this.publicationHeads = rules.list("publication-heads");
        this.directiveVerbs = rules.list("directive-verbs");
        this.invertingVerbs = rules.list("inverting-verbs");
        this.tellVerbs = rules.list("tell-verbs");
        this.irregularParticiples = rules.list("irregular-participles");
        this.anonymousHeads = rules.list("anonymous-heads");
        this.quantities = rules.list("quantities");
        this.organizationHeads = rules.list("organization-heads");
        this.titles = rules.list("titles");

    }

    /**
     * A source's token range and whether it stands after its cue; {@code refersTo} is the phrase a relative pronoun
     * stands for ("an architect" of "an architect who said"), or null.
     */
    record Found(int from, int to, boolean inverted, Found refersTo) {
        Found(int from, int to, boolean inverted) {
            this(from, to, inverted, null);
        }
    }

    /** The noun phrase ending at token {@code end} that a following "who" or "which" stands for. */
    private Found antecedent(int end, int clauseStart) {
        int j = end;
        while (j - 1 >= Math.max(clauseStart, end - MAX_SOURCE + 1) && partOfSubject(j - 1, j)
                && !PREPOSITIONS_BEFORE_NP.contains(tokens.get(j - 1).norm)) {
            j--;
        }
        return new Found(j, end + 1, false);
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
            while (comma < limit && comma - k < 8 && !tokens.get(comma).isPunct(',')) {
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
        int start = k;
        if (k < limit && tokens.get(k).capitalized && adverbs.contains(tokens.get(k))) {
            return null; // "Perhaps …": an adverb opens the sentence, no name
        }
        if (k < limit && Lexicons.isSubjectPronoun(tokens.get(k).norm) && !tokens.get(k).is("you")) {
            return new Found(k, k + 1, false); // "She urges him to leave and repeatedly says ..."
        }
        if (k < limit && tokens.get(k).is("the") && k + 1 < limit && classifier.proper(k + 1)) {
            k++; // "The National Farmers Union ..."
        } else if (k < limit && (tokens.get(k).is("the") || quantities.contains(tokens.get(k)))) {
            // "the union", "the state health ministry": a description whose head names a speaker
            for (int h = k + 1; h < limit && h <= k + 4 && tokens.get(h).isWord() && !tokens.get(h).capitalized; h++) {
                if (speakerHead(tokens.get(h)) && (h + 1 >= limit || !tokens.get(h + 1).isWord()
                        || !speakerHead(tokens.get(h + 1)) && !tokens.get(h + 1).is("of"))) {
                    return new Found(k, h + 1, false);
                }
            }
            return null;
        }
        // a name, with the titles and roles in it: "Democratic candidate Jo Roe", "Senate Majority Leader Jo Roe",
        // "Former Secretary of State Jo Roe", "Band member Jo Roe", "presumptive party nominee Jo Roe"
        int lastName = -1;
        for (; k < limit && k - start < 8; k++) {
            Token t = tokens.get(k);
            if (classifier.proper(k) || t.abbreviation && t.capitalized) {
                lastName = k;
            } else if (!t.isWord() || !roleWord(k) && !(t.is("of") && lastName == k - 1)
                    && !(k + 1 < limit && !t.capitalized && roleWord(k + 1) && !mannerAdverb(t))) {
                break; // "presidential" may stand before "nominee"; a verb ("urged") ends the name
            }
        }
        if (lastName < 0 || k - start >= 8) {
            return null;
        }
        int end = lastName + 1;
        if (end < limit && !tokens.get(end).capitalized && speakerHead(tokens.get(end))) {
            end++; // "the Vermont senator", "the Jo Roe campaign": a head noun after the name
        }
        return new Found(start, end, false);
    }

    private boolean roleWord(int k) {
        Token t = tokens.get(k);
        return t.isWord() && !auxiliaries.contains(t) && (titles.contains(t) || speakerHead(t));
    }

    /** ", even suggesting": the first token from {@code k} that is not an adverb. */
    private int firstAfterAdverbs(int k) {
        while (k + 1 < tokens.size() && (adverbs.contains(tokens.get(k)) || !tokens.get(k).capitalized && mannerAdverb(tokens.get(k)))) {
            k++;
        }
        return k;
    }

    /** First token of the cue once auxiliaries before it are counted in ("has said", "had told"). */
    int cueStart(int cueFrom, int clauseStart) {
        int k = cueFrom;
        while (k - 1 >= clauseStart && auxiliaries.contains(tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * Where the cue's verb group starts: auxiliaries, negation and adverbs before the verb ("has said", "have not
     * said", "also said", "has repeatedly noted"), as a reader, and attribution corpora, mark the cue.
     */
    int verbGroupStart(int cueFrom, int clauseStart) {
        int k = cueFrom;
        while (k - 1 >= clauseStart && !doc.quoted(k - 1) && inVerbGroup(tokens.get(k - 1))) {
            k--;
        }
        return k;
    }

    private boolean inVerbGroup(Token t) {
        return auxiliaries.contains(t) || t.is("not") || t.is("n't") || t.is("never")
                || !t.capitalized && (adverbs.contains(t) || mannerAdverb(t));
    }

    /** "forcefully", "truly", "largely": a lower-case -ly word that is not one of the -ly nouns and adjectives. */
    private boolean mannerAdverb(Token t) {
        return t.norm.length() >= 5 && t.norm.endsWith("ly") && !notAdverbs.contains(t);
    }

    /** The source left of a LEFT cue, or after it when inverted; null when there is none in the clause. */
    Found left(int cueFrom, int cueTo, int clauseStart, int clauseEnd) {
        return left(cueFrom, cueTo, clauseStart, clauseEnd, true);
    }

    /** As {@link #left(int, int, int, int)}; {@code mayTag}: a cue that ends the sentence may take the phrase before it. */
    Found left(int cueFrom, int cueTo, int clauseStart, int clauseEnd, boolean mayTag) {
        int k = skipBack(cueFrom - 1, clauseStart);
        if (k < clauseStart) {
            return inverted(cueTo, clauseEnd, clauseStart, cueFrom);
        }
        Token t = tokens.get(k);
        if (t.is("whom") && k - 2 > clauseStart && tokens.get(k - 1).is("of")
                && (quantities.contains(tokens.get(k - 2)) || PARTITIVES.contains(tokens.get(k - 2).norm))
                && tokens.get(k - 3).isPunct(',') && !doc.quoted(k)) {
            // "families of the victims, many of whom say ...": the speakers are some of the phrase before
            int np = k - 4;
            if (np >= clauseStart && tokens.get(np).isWord()) {
                return new Found(k - 2, k + 1, false, antecedent(np, clauseStart));
            }
            return null;
        }
        if ((t.is("who") || t.is("which")) && k > clauseStart && !doc.quoted(k)) {
            // "an architect who said he was stiffed": the source is "who", standing for the phrase before it
            int np = tokens.get(k - 1).isPunct(',') ? k - 2 : k - 1;
            if (np >= clauseStart && tokens.get(np).isWord()) {
                return new Found(k, k + 1, false, antecedent(np, clauseStart));
            }
            return null;
        }
        if (t.isWord() && !breakers.contains(t) && !doc.quoted(k)) {
            if (k == cueFrom - 1 && tokens.get(cueFrom).norm.endsWith("ing") && classifier.proper(k) && !doc.initial(k)) {
                // "footage of Jo Roe asking, “…”": a participle's subject is the name right before it
                int name = k;
                while (name - 1 >= clauseStart && k - name < 4 && classifier.proper(name - 1) && !doc.initial(name - 1)) {
                    name--;
                }
                if (name > clauseStart && !classifier.proper(name - 1) && !tokens.get(name - 1).is("the")) {
                    return new Found(name, k + 1, false);
                }
            }
            return withAside(subjectEndingAt(k, clauseStart), cueFrom);
        }
        if (t.isPunct(',') && opensWithName(clauseStart, k)) {
            return apposition(clauseStart, k); // "Jo Roe, the mayor's aide, noted the rule.": not inverted
        }
        if (t.isPunct(',') || t.type == Token.Type.QUOTE || t.type == Token.Type.DASH) {
            Found inv = inverted(cueTo, clauseEnd, clauseStart, cueFrom);
            if (inv != null) {
                return inv;
            }
            if (!t.isPunct(',') && t.type != Token.Type.DASH) {
                return null;
            }
            int after = afterHearer(cueTo, cueTo - 1, clauseEnd);
            boolean clauseBefore = firstSegmentIsClause(clauseStart, k);
            boolean ends = !anyWordIn(after, clauseEnd) || adjunctOnly(after, clauseEnd);
            return mayTag && ends && clauseBefore ? tagSubject(clauseStart, k) : apposition(clauseStart, k);
        }
        return null;
    }

    /** "Sen. Jo Roe (D-Vt.) said": a party or state set off in brackets right after the subject is part of it. */
    private Found withAside(Found subject, int cueFrom) {
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
    private int skipBack(int k, int clauseStart) {
        while (k >= clauseStart) {
            Token t = tokens.get(k);
            if (adverbs.contains(t) || auxiliaries.contains(t) || t.is("not") || t.is("never")
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
    private Found subjectEndingAt(int end, int clauseStart) {
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
        if (INTRO_WORDS.contains(tokens.get(j).norm)) {
            return null; // "Following a swiftly called meeting": a phrase that opens a clause is no subject
        }
        return new Found(j, end + 1, false);
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
                    && (classifier.proper(end) || anonymousHead(end))) {
                return new Found(r + 1, end + 1, false); // "a system which advocates say ...": the sayers follow "which"
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

    private boolean speakerHead(Token t) {
        return anonymousHeads.contains(t) || organizationHeads.contains(t) || publicationHeads.contains(t) || titles.contains(t);
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

    /** ", said the source." / "“...,” said Smith.": a short noun phrase after the cue ends the clause. */
    private Found inverted(int cueTo, int clauseEnd, int clauseStart, int cueFrom) {
        if (cueFrom <= clauseStart && cueTo - cueFrom == 1 && tokens.get(cueFrom).capitalized) {
            return sentenceInitialInverted(cueTo, clauseEnd); // "Said Ellis: “...”"
        }
        if (cueFrom <= clauseStart || cueTo - cueFrom != 1 || !invertingVerbs.contains(tokens.get(cueFrom).norm)) {
            return null; // "has blasted the mayor for ...": only a bare speech verb comes before its subject
        }
        int j = cueTo;
        while (j < clauseEnd && j - cueTo < MAX_INVERTED) {
            Token t = tokens.get(j);
            if (t.type != Token.Type.WORD && t.type != Token.Type.NUMBER) {
                break;
            }
            if (j > cueTo && (breakers.contains(t) && !t.is("of") || t.is("that"))) {
                return null;
            }
            j++;
        }
        if (j == cueTo || j - cueTo >= MAX_INVERTED) {
            return null;
        }
        int nameEnd = j; // where the words after the cue end, before any aside or apposition
        if (j < clauseEnd && tokens.get(j).isPunct('(')) {
            // "said Rep. Jo Roe (D-N.C.), head of the caucus.": the aside and the apposition are the source's
            int close = j + 1;
            while (close < clauseEnd && close - j < 8 && !tokens.get(close).isPunct(')')) {
                close++;
            }
            if (close < clauseEnd && tokens.get(close).isPunct(')')) {
                j = close + 1;
                if (j + 1 < clauseEnd && tokens.get(j).isPunct(',')) {
                    int k = j + 1;
                    while (k < clauseEnd && k - j <= 12 && tokens.get(k).isWord() && !auxiliaries.contains(tokens.get(k))) {
                        k++;
                    }
                    if (k >= clauseEnd || tokens.get(k).isTerminal()) {
                        j = k;
                    }
                }
            }
        }
        if (j + 1 < clauseEnd && tokens.get(j).isPunct(',')) {
            int end = descriptionToEnd(j + 1, clauseEnd);
            if (end > 0) {
                j = end; // "..., said Jo Roe, a lawyer who has advised the board.": who she is is part of the source
            }
        }
        boolean ends = j >= clauseEnd || tokens.get(j).isTerminal() || tokens.get(j).isPunct(',')
                || tokens.get(j).isPunct(';') || tokens.get(j).isPunct(':') || tokens.get(j).type == Token.Type.DASH;
        Token first = tokens.get(cueTo);
        boolean nounPhrase = determiners.contains(first) || classifier.proper(cueTo) || Lexicons.isSubjectPronoun(first.norm)
                || first.capitalized || classifier.proper(nameEnd - 1); // "said harbourmaster Conall Fane (D), ..."
        if (!ends || !nounPhrase || first.is("that") || hearers.contains(first) || tokens.get(cueTo - 1).norm.endsWith("ing")
                || tellVerbs.contains(tokens.get(cueTo - 1).norm)
                || Lexicons.isSubjectPronoun(first.norm) && j - cueTo > 1) {
            return null;
        }
        for (int k = cueTo; k < nameEnd; k++) { // a description may hold a verb: "who has advised the board"
            if (auxiliaries.contains(tokens.get(k)) && !tokens.get(k).capitalized) {
                return null;
            }
        }
        if (times.contains(tokens.get(nameEnd - 1))
                && (nameEnd - cueTo == 1 || nameEnd - cueTo == 2 && TIME_LEADS.contains(first.norm))) {
            return null; // "…,” she said this month.": a time, not a speaker
        }
        return new Found(cueTo, j, true);
    }

    /**
     * The end of a description that runs from {@code from} to the end of the clause after an inverted source ("the
     * party's chair", "who has advised the board", "53, a farmer from the valley"), or -1: not a description when
     * it quotes, reports ("..., adding that"), or is too long to be one phrase.
     */
    private int descriptionToEnd(int from, int clauseEnd) {
        Token first = tokens.get(from);
        boolean opens = determiners.contains(first) || POSSESSIVES.contains(first.norm) || first.is("who")
                || first.type == Token.Type.NUMBER || titles.contains(first) || speakerHead(first)
                || classifier.proper(from);
        if (!opens || first.norm.endsWith("ing")) {
            return -1;
        }
        boolean relative = false;
        for (int k = from; k < clauseEnd && k - from <= MAX_ROLE; k++) {
            Token t = tokens.get(k);
            if (t.isTerminal()) {
                return k;
            }
            relative |= t.is("who") || t.is("which") || t.is("whose");
            if (t.isPunct(',') && k + 1 < clauseEnd && (TIME_LEADS.contains(tokens.get(k + 1).norm)
                    || times.contains(tokens.get(k + 1)))) {
                return k; // "..., the nurse who found him, on Tuesday.": the time is the saying's
            }
            if (t.type == Token.Type.QUOTE || t.isPunct(';') || t.isPunct(':') || doc.quoted(k)
                    || !relative && (invertingVerbs.contains(t.norm) || tellVerbs.contains(t.norm))
                    || t.isPunct(',') && k + 1 < clauseEnd && tokens.get(k + 1).norm.endsWith("ing")) {
                return -1; // "..., who has advised the board" describes; "..., told reporters" reports
            }
        }
        return clauseEnd - from <= MAX_ROLE ? clauseEnd : -1;
    }

    private Found sentenceInitialInverted(int cueTo, int clauseEnd) {
        int j = cueTo;
        while (j < clauseEnd && j - cueTo < 4 && (classifier.proper(j) || tokens.get(j).abbreviation)) {
            j++;
        }
        boolean colon = j > cueTo && j < clauseEnd && (tokens.get(j).isPunct(':') || tokens.get(j).isPunct(','));
        return colon ? new Found(cueTo, j, true) : null;
    }

    /**
     * "Jo Roe, leader of a local union, said": the cue follows a comma, so the subject is the first noun phrase of
     * the clause that is not an introductory phrase ("On Monday,", "Citing contacts,"); its span runs to the comma
     * before the cue, apposition included, as PolNeAR marks it.
     */
    private Found apposition(int clauseStart, int commaBeforeCue) {
        int lastStart = segmentStart(clauseStart, commaBeforeCue);
        int subordinate = lastStart > clauseStart ? nameAfterSubordinator(clauseStart, lastStart - 1) : -1;
        if (subordinate >= 0 && lastStart < commaBeforeCue && (determiners.contains(tokens.get(lastStart))
                || POSSESSIVES.contains(tokens.get(lastStart).norm)) && commaBeforeCue - lastStart <= MAX_SOURCE) {
            // "…, after Jo Roe, the billionaire investor, complained that …": the name and its role
            return new Found(subordinate, commaBeforeCue + 1, false);
        }
        int segStart = clauseStart;
        for (int k = clauseStart; k <= commaBeforeCue; k++) {
            Token t = tokens.get(k);
            if (k == segStart && t.type == Token.Type.QUOTE && t.quote != Token.Quote.OPEN && !doc.quoted(k + 1)) {
                segStart = k + 1; // “No comment,” the club's chairman, ...: the phrase starts after the mark
                continue;
            }
            if (t.isPunct(',') || t.type == Token.Type.DASH) {
                if (k > segStart && !introductory(segStart)) {
                    int coreEnd = k;
                    if (coreEnd - segStart > 2 * MAX_SOURCE || doc.quoted(segStart)) {
                        return null;
                    }
                    if (k == commaBeforeCue && tokens.get(firstAfterAdverbs(commaBeforeCue + 1)).norm.endsWith("ing")) {
                        return null; // ", saying ...": a participle shares the clause's subject, found elsewhere
                    }
                    if (k == commaBeforeCue) {
                        return new Found(segStart, k, false);
                    }
                    return new Found(segStart, describedUntil(k, commaBeforeCue), false);
                }
                segStart = k + 1;
            }
        }
        return null;
    }

    /**
     * "..., the port director, Henrik Dahlgaard, said.": a cue that ends the sentence after a comma has its subject
     * in the comma-separated phrases just before it: a name, or a role and the name set off after it.
     */
    private Found tagSubject(int clauseStart, int commaBeforeCue) {
        int lastStart = segmentStart(clauseStart, commaBeforeCue);
        if (lastStart >= commaBeforeCue || lastStart <= clauseStart) {
            return null;
        }
        int prevComma = lastStart - 1;
        int prevStart = segmentStart(clauseStart, prevComma);
        boolean nameAfterRole = prevStart > clauseStart && prevStart < prevComma && allProper(lastStart, commaBeforeCue)
                && (determiners.contains(tokens.get(prevStart)) || POSSESSIVES.contains(tokens.get(prevStart).norm)
                || classifier.proper(prevStart));
        if (nameAfterRole) {
            return new Found(prevStart, commaBeforeCue + 1, false);
        }
        int name = nameBeforeRoles(clauseStart, lastStart, commaBeforeCue);
        if (name >= 0) {
            return new Found(name, commaBeforeCue + 1, false);
        }
        return commaBeforeCue - lastStart <= MAX_SOURCE ? new Found(lastStart, commaBeforeCue, false) : null;
    }

    /**
     * "..., Jo Roe, the mayor of a small town, one of the towns in the suit, said.": a name followed by one or two
     * descriptions set off by commas, each opening as a description does ("the", "a", "his", "one of"). Returns
     * where the name starts, or -1.
     */
    private int nameBeforeRoles(int clauseStart, int lastStart, int commaBeforeCue) {
        int start = lastStart;
        int end = commaBeforeCue;
        for (int roles = 0; roles <= 2; roles++) {
            if (roles > 0 && allProper(start, withoutAside(start, end))) {
                return commaBeforeCue - start <= 3 * MAX_SOURCE ? start : -1;
            }
            Token first = tokens.get(start);
            boolean role = end - start <= MAX_ROLE && (determiners.contains(first) && !first.is("that")
                    || POSSESSIVES.contains(first.norm) || first.is("one") && start + 1 < end && tokens.get(start + 1).is("of"));
            if (!role || start - 1 <= clauseStart || !tokens.get(start - 1).isPunct(',')) {
                return -1;
            }
            end = start - 1;
            start = segmentStart(clauseStart, end);
            if (start <= clauseStart && tokens.get(clauseStart).type != Token.Type.QUOTE) {
                return -1; // the clause's own first phrase is its content, not a name set off from it
            }
        }
        return -1;
    }

    /**
     * "… after Jo Roe" ending at {@code comma}: a name that a subordinating word ("after", "when", "as") opens, so it
     * starts a clause of its own. Returns where the name starts, or -1.
     */
    private int nameAfterSubordinator(int clauseStart, int comma) {
        if (!tokens.get(comma).isPunct(',')) {
            return -1;
        }
        int name = comma;
        while (name - 1 > clauseStart && comma - name < 4 && (classifier.proper(name - 1) || tokens.get(name - 1).abbreviation)) {
            name--;
        }
        if (name == comma || comma - name < 2 || name - 1 < clauseStart) {
            return -1;
        }
        return SUBORDINATORS.contains(tokens.get(name - 1).norm) ? name : -1;
    }

    /** The clause opens with a name set off by a comma that comes before {@code comma}: "Jo Roe, …, said". */
    private boolean opensWithName(int clauseStart, int comma) {
        int first = clauseStart;
        while (first < comma && first - clauseStart <= 6 && !tokens.get(first).isPunct(',')) {
            first++; // a name is short: no need to look further (and no rescan of a long clause per cue)
        }
        return first < comma && tokens.get(first).isPunct(',') && first - clauseStart >= 2
                && allProper(clauseStart, withoutAside(clauseStart, first)) && !doc.quoted(clauseStart);
    }

    /** The text before the first comma is a clause (content), not a name: long, or holding an auxiliary. */
    private boolean firstSegmentIsClause(int clauseStart, int limit) {
        int k = clauseStart;
        while (k < limit && !tokens.get(k).isPunct(',')) {
            if (auxiliaries.contains(tokens.get(k)) && !tokens.get(k).capitalized) {
                return true;
            }
            k++;
        }
        return k - clauseStart > 5 || tokens.get(clauseStart).type == Token.Type.QUOTE;
    }

    /** Start of the comma-separated phrase that ends at {@code end} (a comma or dash). */
    private int segmentStart(int clauseStart, int end) {
        int k = end - 1;
        while (k >= clauseStart && !tokens.get(k).isPunct(',') && tokens.get(k).type != Token.Type.DASH
                && tokens.get(k).type != Token.Type.QUOTE) {
            k--;
        }
        return k + 1;
    }

    /** "Rep. Jo Roe (D-Ore.)": where the phrase ends without a closing parenthetical aside. */
    private int withoutAside(int from, int to) {
        if (to - 1 <= from || !tokens.get(to - 1).isPunct(')')) {
            return to;
        }
        for (int k = to - 2; k > from && k >= to - 8; k--) {
            if (tokens.get(k).isPunct('(')) {
                return k;
            }
        }
        return to;
    }

    /**
     * Where a name's descriptions end, given the comma after the name: "Jo Roe, 41, a nurse from the valley, said"
     * takes both, comma included, as PolNeAR marks them, and so does "Jo Roe, who chairs the board, said"; "Jo Roe,
     * speaking at a rally, said" and "Jo Roe, though, said" end at the name, for a participle or an adverb says
     * what the speaker did or how, not who she is. A name set off further on belongs in: "a spokesman for
     * X, a coalition of groups, Jo Roe, said".
     */
    private int describedUntil(int nameComma, int commaBeforeCue) {
        int end = nameComma;
        for (int seg = nameComma + 1; seg < commaBeforeCue; ) {
            int next = seg;
            while (next < commaBeforeCue && !tokens.get(next).isPunct(',') && tokens.get(next).type != Token.Type.DASH) {
                next++;
            }
            Token first = tokens.get(seg);
            boolean describes = seg == nameComma + 1
                    ? !(first.norm.endsWith("ing") && !first.is("including"))
                    && !(next - seg == 1 && first.type == Token.Type.WORD && !first.capitalized) // "though", "however"
                    : allProper(seg, next) || first.type == Token.Type.NUMBER || determiners.contains(first)
                    || POSSESSIVES.contains(first.norm) || titles.contains(first) || speakerHead(first);
            if (!describes) {
                break;
            }
            end = next;
            seg = next + 1;
        }
        return end == nameComma ? nameComma : end + 1;
    }

    private boolean allProper(int from, int to) {
        if (to - from < 1 || to - from > 5) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!classifier.proper(k) && !tokens.get(k).abbreviation) {
                return false;
            }
        }
        return true;
    }

    private boolean introductory(int k) {
        Token t = tokens.get(k);
        if ((t.is("but") || t.is("and") || t.is("yet") || t.is("so")) && k + 1 < tokens.size()) {
            t = tokens.get(k + 1); // the conjunction joins sentences; what follows it decides
        }
        return INTRO_WORDS.contains(t.norm) || t.norm.endsWith("ing") || t.norm.endsWith("ly") && !t.capitalized
                || t.type == Token.Type.QUOTE || t.type == Token.Type.NUMBER || times.contains(t);
    }

    /** "according to X", "reported by X": the noun phrase after the cue, to the next comma or the clause end. */
    Found right(int cueTo, int clauseEnd) {
        int j = cueTo;
        boolean relative = false; // "a person who has seen the contract": the verb is the relative clause's
        while (j < clauseEnd && j - cueTo < MAX_SOURCE) {
            Token t = tokens.get(j);
            if (t.isTerminal() || t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.isPunct(')')
                    || t.type == Token.Type.QUOTE || t.type == Token.Type.DASH
                    || (t.is("that") || t.is("as") || t.is("which")) && j > cueTo
                    || !relative && auxiliaries.contains(t) && j > cueTo + 1) {
                break; // "the player mentioned in the report has left": the clause's own verb ends the source
            }
            relative |= t.is("who") || t.is("whom");
            j++;
        }
        if (j > cueTo && j + 1 < clauseEnd && tokens.get(j).isPunct(',')) {
            int name = j + 1;
            while (name < clauseEnd && name - j <= 5 && classifier.proper(name)) {
                name++;
            }
            boolean closed = name >= clauseEnd || tokens.get(name).isPunct(',') || tokens.get(name).isTerminal();
            if (name > j + 1 && closed) {
                j = name; // "the port's director, Sven Aalto": the name set off after the role is the source's
            }
        }
        return j > cueTo ? new Found(cueTo, j, true) : null;
    }

    /**
     * "was first reported Sunday by the New York Post": a passive cue whose agent follows "by"; returns the agent's
     * range, or null when the cue is not passive.
     */
    Found passiveAgent(int cueFrom, int cueTo, int clauseStart, int clauseEnd) {
        boolean be = false;
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 3; k--) {
            Token t = tokens.get(k);
            if (t.is("was") || t.is("were") || t.is("is") || t.is("are") || t.is("been") || t.is("being")) {
                be = true;
                break;
            }
            if (!adverbs.contains(t)) {
                break;
            }
        }
        boolean participle = cueFrom > clauseStart && tokens.get(cueFrom - 1).isPunct(',') || be;
        if (!participle || !pastParticiple(tokens.get(cueTo - 1))) {
            return null;
        }
        for (int j = cueTo; j < clauseEnd && j - cueTo <= 3; j++) {
            Token t = tokens.get(j);
            if (t.is("by")) {
                return right(j + 1, clauseEnd);
            }
            if (!(adverbs.contains(t) || times.contains(t) || t.is("on") || t.is("in"))) {
                return null;
            }
        }
        return null;
    }


    /** "reported", "told": a form that can be a past participle ("is telling" is not one). */
    private boolean pastParticiple(Token t) {
        return t.norm.endsWith("ed") || irregularParticiples.contains(t.norm);
    }

    /** "has been blamed", "was reported": a form of "be" right before the cue (adverbs aside). */
    boolean passiveWithoutAgent(int cueFrom, int clauseStart) {
        if (!pastParticiple(tokens.get(cueFrom))) {
            return false;
        }
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 3; k--) {
            Token t = tokens.get(k);
            if (t.is("was") || t.is("were") || t.is("been") || t.is("being") || t.is("is") || t.is("are")) {
                return true;
            }
            if (!adverbs.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** The first token before a cue, past adverbs and auxiliaries, is "not" or "never": "has not confirmed". */
    boolean negated(int cueFrom, int clauseStart) {
        for (int k = cueFrom - 1; k >= clauseStart && k >= cueFrom - 4; k--) {
            Token t = tokens.get(k);
            if (t.is("not") || t.is("never")) {
                return true;
            }
            if (!adverbs.contains(t) && !auxiliaries.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** Words after the cue before the clause ends: none means the cue tags what came before it. */
    /**
     * "… said at a town hall event this month.": what follows the cue is one short prepositional phrase with no verb
     * and no "that", so the cue still closes the sentence.
     */
    private boolean adjunctOnly(int from, int clauseEnd) {
        if (from >= clauseEnd || !ADJUNCT_LEADS.contains(tokens.get(from).norm)) {
            return false;
        }
        int words = 0;
        for (int k = from; k < clauseEnd; k++) {
            Token t = tokens.get(k);
            if (t.isTerminal()) {
                break;
            }
            if (!t.isWord() && t.type != Token.Type.NUMBER || t.is("that") || auxiliaries.contains(t) || ++words > 8) {
                return false;
            }
        }
        return true;
    }

    /** A word or number in [from, to): stops at the first, so a check per cue does not rescan the clause. */
    boolean anyWordIn(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isWord() || tokens.get(k).type == Token.Type.NUMBER) {
                return true;
            }
        }
        return false;
    }

    /** "quoted an airport official as saying": the source between the cue and "as saying"; -1 if not there. */
    int asSaying(int cueTo, int clauseEnd) {
        for (int j = cueTo + 1; j + 1 < clauseEnd && j - cueTo <= MAX_SOURCE; j++) {
            if (tokens.get(j).is("as") && (tokens.get(j + 1).is("saying") || tokens.get(j + 1).is("telling")
                    || tokens.get(j + 1).is("writing"))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * "warned countries not to interfere", "told him to leave": a cue followed by an object and an infinitive
     * gives an order or advice, it reports no claim.
     */
    boolean directive(int cueTo, int clauseEnd) {
        if (!directiveVerbs.contains(tokens.get(cueTo - 1).norm) || cueTo < clauseEnd
                && Lexicons.isSubjectPronoun(tokens.get(cueTo).norm)) {
            return false;
        }
        for (int j = cueTo; j < clauseEnd && j - cueTo <= 4; j++) {
            Token t = tokens.get(j);
            if (t.is("to") && j > cueTo) {
                Token after = j + 1 < clauseEnd ? tokens.get(j + 1) : null;
                return after != null && after.isWord() && !hearers.contains(after) && !determiners.contains(after)
                        && !classifier.proper(j + 1);
            }
            if (t.is("not") && j + 1 < clauseEnd && tokens.get(j + 1).is("to") && j > cueTo) {
                return true;
            }
            if (!t.isWord() || t.is("that") || breakers.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /** Past who was told and "that": "told Reuters on Thursday that ..." gives the start of what was told. */
    int afterHearer(int cueTo, int cueLast, int clauseEnd) {
        int j = cueTo;
        if (tellVerbs.contains(tokens.get(cueLast).norm) && j < clauseEnd) {
            if (hearers.contains(tokens.get(j))) {
                j++;
            } else {
                while (j < clauseEnd && j - cueTo < 6 && (classifier.proper(j) || determiners.contains(tokens.get(j))
                        && !tokens.get(j).is("that") || tokens.get(j).is("'s") || publicationHeads.contains(tokens.get(j))
                        || hearers.contains(tokens.get(j)) || tokens.get(j).is("local") || tokens.get(j).is("state")
                        || tokens.get(j).abbreviation && tokens.get(j).capitalized)) {
                    j++;
                }
            }
        }
        // "on Thursday", "last week", "in a statement", "in an interview"
        while (j + 1 < clauseEnd) {
            Token t = tokens.get(j);
            Token n = tokens.get(j + 1);
            if (TIME_LEADS.contains(t.norm) && times.contains(n)) {
                j += 2;
            } else if (t.is("in") && j + 2 < clauseEnd && (n.is("a") || n.is("an")) && (tokens.get(j + 2).is("statement")
                    || tokens.get(j + 2).is("interview"))) {
                j += 3;
            } else {
                break;
            }
        }
        while (j < clauseEnd && (tokens.get(j).is("that") || tokens.get(j).isPunct(':') || tokens.get(j).isPunct(','))) {
            j++;
        }
        return j;
    }
}
