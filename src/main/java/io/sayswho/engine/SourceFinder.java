package io.sayswho.engine;

import java.util.Set;

/**
 * Finds who stands behind a cue: the subject before it ("Sources report"), after it when inverted ("..., said
 * the source"), the noun phrase an apposition or relative clause sets off ("Jo Roe, leader of a local union,
 * said"), the object of "according to", or who was "quoted ... as saying". All scans are bounded.
 *
 * <p>Each construction is decided in a class of its own, which this one asks: {@link SubjectBeforeCue},
 * {@link InvertedSource}, {@link AppositionSubject}, {@link LeadingSubject}, {@link ObjectSource} and
 * {@link VerbGroup}; which of them a LEFT cue takes is decided here.
 */
final class SourceFinder extends SourceSieve {
    /** Words that, with a count from the quantities list, pick some of a group: "most of whom", "all of whom". */
    private static final Set<String> PARTITIVES = Set.of("most", "all", "none", "each");

    private final SubjectBeforeCue subjects;
    private final WordList spokenRecords;
    private final InvertedSource inversions;
    private final AppositionSubject appositions;
    private final LeadingSubject leading;
    private final ObjectSource objects;
    private final VerbGroup verbGroup;

    SourceFinder(Document doc, RuleSet rules, SourceClassifier classifier) {
        super(doc, rules, classifier);
        this.subjects = new SubjectBeforeCue(this);
        this.spokenRecords = rules.list("spoken-records");
        this.inversions = new InvertedSource(this);
        this.appositions = new AppositionSubject(this);
        this.leading = new LeadingSubject(this);
        this.objects = new ObjectSource(this);
        this.verbGroup = new VerbGroup(this);
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

    /** The source left of a LEFT cue, or after it when inverted; null when there is none in the clause. */
    Found left(int cueFrom, int cueTo, int clauseStart, int clauseEnd) {
        return left(cueFrom, cueTo, clauseStart, clauseEnd, true);
    }

    /** As {@link #left(int, int, int, int)}; {@code mayTag}: a cue that ends the sentence may take the phrase before it. */
    Found left(int cueFrom, int cueTo, int clauseStart, int clauseEnd, boolean mayTag) {
        int k = subjects.skipBack(cueFrom - 1, clauseStart);
        if (k < clauseStart) {
            return inversions.inverted(cueTo, clauseEnd, clauseStart, cueFrom);
        }
        Token t = tokens.get(k);
        if (t.is("whom") && k - 2 > clauseStart && tokens.get(k - 1).is("of")
                && (quantities.contains(tokens.get(k - 2)) || PARTITIVES.contains(tokens.get(k - 2).norm))
                && tokens.get(k - 3).isPunct(',') && !doc.quoted(k)) {
            // "families of the victims, many of whom say ...": the speakers are some of the phrase before
            int np = k - 4;
            if (np >= clauseStart && tokens.get(np).isWord()) {
                return new Found(k - 2, k + 1, false, subjects.antecedent(np, clauseStart));
            }
            return null;
        }
        if ((t.is("who") || t.is("which")) && k > clauseStart && !doc.quoted(k)) {
            // "an architect who said he was stiffed": the source is "who", standing for the phrase before it
            int np = tokens.get(k - 1).isPunct(',') ? k - 2 : k - 1;
            if (np >= clauseStart && tokens.get(np).isWord()) {
                return new Found(k, k + 1, false, subjects.antecedent(np, clauseStart));
            }
            return null;
        }
        // "43 said the same", "at least 21,000 said": a bare count of people, as polls report them; not a year
        boolean count = t.type == Token.Type.NUMBER && !year(t);
        if ((t.isWord() || count || share(k, clauseStart)) && !breakers.contains(t) && !doc.quoted(k)) {
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
            Found subject = appositions.nameBeforeBareRole(subjects.subjectEndingAt(k, clauseStart), clauseStart);
            Found issuer = issuerOf(subject, k, clauseStart);
            return subjects.withAside(issuer != null ? issuer : subject, cueFrom);
        }
        Found bracketed = t.isPunct(',') && k - 1 > clauseStart && tokens.get(k - 1).isPunct(')')
                ? nameWithAside(k - 1, clauseStart, cueFrom) : null;
        if (bracketed != null) {
            return bracketed; // "Gov. Jo Roe (R-Tarn), said": the aside is the name's, not a source of its own
        }
        Found relativeHead = t.isPunct(',') ? beforeRelativeClause(k, clauseStart) : null;
        if (relativeHead != null) {
            return relativeHead; // "Jo Roe, who said the plan was a farce, said she would vote against it"
        }
        if (t.isPunct(',') && (appositions.opensWithName(clauseStart, k)
                || appositions.opensWithDescribedPhrase(clauseStart, k))) {
            return appositions.apposition(clauseStart, k); // "Jo Roe, the mayor's aide, noted the rule.": not inverted
        }
        if (t.isPunct(',') || t.type == Token.Type.QUOTE || t.type == Token.Type.DASH) {
            Found inv = inversions.inverted(cueTo, clauseEnd, clauseStart, cueFrom);
            if (inv != null) {
                return inv;
            }
            if (!t.isPunct(',') && t.type != Token.Type.DASH) {
                return null;
            }
            int after = afterHearer(cueTo, cueTo - 1, clauseEnd);
            boolean clauseBefore = appositions.firstSegmentIsClause(clauseStart, k);
            if (clauseBefore && tokens.get(cueFrom).norm.endsWith("ing")) {
                return null; // "Jo Roe returned the compliment, telling ...": the participle shares the clause's subject
            }
            boolean ends = !anyWordIn(after, clauseEnd) || adjunctOnly(after, clauseEnd);
            return mayTag && ends && clauseBefore ? appositions.tagSubject(clauseStart, k) : appositions.apposition(clauseStart, k);
        }
        return null;
    }

    /**
     * The name before a bracketed aside that closes at {@code close}, set off by a comma before the cue: "Sen. Jo
     * Roe (D-Tarn), said". Null when no name stands right before the bracket.
     */
    private Found nameWithAside(int close, int clauseStart, int cueFrom) {
        int open = close - 1;
        while (open > clauseStart && close - open < 8 && !tokens.get(open).isPunct('(')) {
            open--;
        }
        if (!tokens.get(open).isPunct('(') || open - 1 < clauseStart || !classifier.proper(open - 1)) {
            return null;
        }
        Found subject = subjects.withAside(subjects.subjectEndingAt(open - 1, clauseStart), cueFrom);
        return subject != null && subject.to() == close + 1 ? subject : null;
    }

    /**
     * "Jo Roe, who says the plan is a farce, said ...": the comma before the cue closes a relative clause set off
     * after the subject that reports something itself, so the subject is the noun phrase before ", who", not the
     * words inside the clause (which are what the clause's own cue reports). Null when the segment before the comma
     * is no such clause; a relative clause that only describes ("Jo Roe, who chairs the board, said") is read as an
     * apposition, part of the source.
     */
    private Found beforeRelativeClause(int comma, int clauseStart) {
        for (int c = comma - 1; c > clauseStart && c > comma - MAX_SOURCE * 3; c--) {
            Token t = tokens.get(c);
            if (t.type == Token.Type.QUOTE || t.isPunct(';') || t.isPunct(':') || t.type == Token.Type.DASH) {
                return null;
            }
            if (t.isPunct(',')) {
                boolean relative = c + 2 < comma && c - 1 >= clauseStart && tokens.get(c - 1).isWord()
                        && reportingRelative(c + 1, comma);
                return relative ? subjects.subjectEndingAt(c - 1, clauseStart) : null;
            }
        }
        return null;
    }

    /**
     * "Jo Roe issued a statement saying ...", "the ministry released a statement calling ...": a participle after
     * a body's own record (spoken-records.txt) that the clause's subject put out reports for that subject, not for
     * the whole clause. The record's article inside the phrase marks the object; the subject is the name before it.
     */
    private Found issuerOf(Found subject, int recordAt, int clauseStart) {
        if (subject == null || !spokenRecords.contains(tokens.get(recordAt))) {
            return null;
        }
        for (int k = recordAt - 1; k > subject.from() && k >= recordAt - 3; k--) {
            Token t = tokens.get(k);
            if (t.is("a") || t.is("an")) {
                Found who = leading.leadingSubject(subject.from(), k - 1);
                if (who == null && subject.from() > clauseStart) {
                    who = leading.leadingSubject(clauseStart, k - 1); // "Roe's lawyer, Jo Bloggs, later released a ..."
                }
                if (who == null) {
                    who = plainIssuer(subject.from(), k);
                }
                if (who == null || who.to() >= k) {
                    return null;
                }
                int verb = pastAppositionAndAdverbs(who.to(), k);
                // "issued", "sent out"; "Roe's lawyer, Jo Bloggs, later released": the apposition is the source's
                int end = verb;
                while (end > who.to() && !tokens.get(end - 1).isPunct(',')) {
                    end--; // back over "later", "also" to the apposition's closing comma, if there is one
                }
                return k - verb <= 3 ? new Found(who.from(), end > who.to() ? end : who.to(), false) : null;
            }
        }
        return null;
    }

    /**
     * "The town issued a statement", "His office put out a statement": a short noun phrase of any head before the
     * issuing verb, when no speaker's description or name opens the clause. The verb is the word before the
     * record's article, or the two before it with a particle ("put out", "sent out"); the phrase before it opens on
     * a determiner or a possessive and holds only words.
     */
    private Found plainIssuer(int from, int article) {
        int verb = article - 1;
        if (verb - 1 > from && ISSUE_PARTICLES.contains(tokens.get(verb).norm)) {
            verb--;
        }
        Token first = tokens.get(from);
        if (verb - from < 2 || verb - from > 4 || !(determiners.contains(first) || POSSESSIVES.contains(first.norm))) {
            return null;
        }
        for (int k = from; k < verb; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || auxiliaries.contains(t) || breakers.contains(t)) {
                return null;
            }
        }
        return new Found(from, verb, false);
    }

    private static final Set<String> ISSUE_PARTICLES = Set.of("out", "up");

    /** Past ", Jo Bloggs," set off after a subject and adverbs before its verb ("later", "also"): where the verb starts. */
    private int pastAppositionAndAdverbs(int from, int limit) {
        int k = from;
        if (k < limit && tokens.get(k).isPunct(',')) {
            int close = k + 1;
            while (close < limit && close - k < 8 && !tokens.get(close).isPunct(',')) {
                close++;
            }
            if (close < limit && tokens.get(close).isPunct(',')) {
                k = close + 1;
            }
        }
        while (k < limit && adverbs.contains(tokens.get(k)) && !tokens.get(k).capitalized) {
            k++;
        }
        return k;
    }

    /** "four in 10", "six out of 10": a share ends in a number, and the count before it makes it a subject. */
    private boolean share(int k, int clauseStart) {
        Token t = tokens.get(k);
        if (t.type != Token.Type.NUMBER || k - 2 < clauseStart || !(tokens.get(k - 1).is("in") || tokens.get(k - 1).is("of"))) {
            return false;
        }
        int c = tokens.get(k - 1).is("of") && tokens.get(k - 2).is("out") ? k - 3 : k - 2;
        Token count = c >= clauseStart ? tokens.get(c) : null;
        return count != null && (count.type == Token.Type.NUMBER || quantities.contains(count));
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

    /** {@link LeadingSubject#leadingSubject}. */
    Found leadingSubject(int clauseStart, int limit) {
        return leading.leadingSubject(clauseStart, limit);
    }

    /** Words that link the sentence to the one before, never the source's: "But state Rep. Jo Roe", "Even those who". */
    private static final Set<String> LINKS = Set.of("and", "but", "even", "then", "yet", "now");

    /** The source without a linking word that opens it ("But", "Even", "Then"). */
    Found withoutLink(Found source) {
        int from = source.from();
        boolean link = source.to() - from > 1 && LINKS.contains(tokens.get(from).norm) && tokens.get(from + 1).isWord();
        return link ? new Found(from + 1, source.to(), source.inverted(), source.refersTo()) : source;
    }

    /** What a found source is; a "who" is what it stands for, shown at its own span. */
    SourcePhrase phraseOf(Found source) {
        Found who = source.refersTo();
        return who == null ? classifier.classify(source.from(), source.to())
                : classifier.classify(who.from(), who.to()).at(source.from(), source.to());
    }

    /**
     * The "who" or "which" whose clause an "and" at {@code join} goes on ("demonstrators, who have taken to the
     * streets and called for ..."), standing for the phrase before it; null when the clause back to a comma or the
     * clause start has none.
     */
    Found relativeSubjectBefore(int join, int clauseStart) {
        for (int k = join - 1; k > clauseStart && join - k <= SourceSieve.MAX_ROLE; k--) {
            Token t = tokens.get(k);
            if ((t.is("who") || t.is("which")) && !doc.quoted(k)) {
                int np = tokens.get(k - 1).isPunct(',') ? k - 2 : k - 1;
                return np >= clauseStart && tokens.get(np).isWord()
                        ? new Found(k, k + 1, false, subjects.antecedent(np, clauseStart)) : null;
            }
            if (t.isPunct(',') || t.isPunct(';') || t.isPunct(':') || t.type == Token.Type.QUOTE) {
                return null;
            }
        }
        return null;
    }

    /** {@link VerbGroup#cueStart}. */
    int cueStart(int cueFrom, int clauseStart) {
        return verbGroup.cueStart(cueFrom, clauseStart);
    }

    /** {@link VerbGroup#verbGroupStart}. */
    int verbGroupStart(int cueFrom, int clauseStart) {
        return verbGroup.verbGroupStart(cueFrom, clauseStart);
    }

    /** {@link VerbGroup#negated}. */
    boolean negated(int cueFrom, int clauseStart) {
        return verbGroup.negated(cueFrom, clauseStart);
    }

    /** {@link VerbGroup#refusing}. */
    boolean refusing(int cueFrom, int clauseStart) {
        return verbGroup.refusing(cueFrom, clauseStart);
    }

    /** {@link VerbGroup#future}. */
    boolean future(int cueFrom, int clauseStart) {
        return verbGroup.future(cueFrom, clauseStart);
    }

    /** {@link VerbGroup#goesOnTo}. */
    int goesOnTo(int cue, int clauseStart) {
        return verbGroup.goesOnTo(cue, clauseStart);
    }

    /** {@link VerbGroup#directive}. */
    boolean directive(int cueTo, int clauseEnd) {
        return verbGroup.directive(cueTo, clauseEnd);
    }

    /** {@link VerbGroup#afterHearer}. */
    int afterHearer(int cueTo, int cueLast, int clauseEnd) {
        return verbGroup.afterHearer(cueTo, cueLast, clauseEnd);
    }

    /** {@link ObjectSource#right}. */
    Found right(int cueTo, int clauseEnd) {
        return objects.right(cueTo, clauseEnd);
    }

    /** {@link ObjectSource#passiveAgent}. */
    Found passiveAgent(int cueFrom, int cueTo, int clauseStart, int clauseEnd) {
        return objects.passiveAgent(cueFrom, cueTo, clauseStart, clauseEnd);
    }

    /** {@link ObjectSource#passiveWithoutAgent}. */
    boolean passiveWithoutAgent(int cueFrom, int clauseStart) {
        return objects.passiveWithoutAgent(cueFrom, clauseStart);
    }

    /** {@link ObjectSource#asSaying}. */
    int asSaying(int cueTo, int clauseEnd) {
        return objects.asSaying(cueTo, clauseEnd);
    }
}
