package io.sayswho.engine;

import static io.sayswho.engine.Lexicons.OBJECT_PRONOUNS;
import static io.sayswho.engine.Lexicons.PREPOSITIONS;

import java.util.List;
import java.util.Set;

/**
 * Whether a cue word found in a sentence is used as a reporting verb there. Many cue words are also nouns ("the
 * report", "his plans to"), adjectives ("the alleged gunman") or part of a name ("a stream called Silver Run"); these
 * tests read the words around the match. Each looks a few tokens either way, so a sentence costs linear time.
 */
final class CueReading {
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("his", "her", "its", "their", "our", "my", "your");

    private final Document doc;
    private final List<Token> tokens;
    private final SourceClassifier classifier;
    private final SourceFinder finder;
    private final WordList nounCues;
    private final WordList determiners;
    private final WordList auxiliaries;
    private final WordList quantities;
    private final WordList anonymousHeads;
    private final WordList organizationHeads;
    private final WordList publicationHeads;
    private final WordList documentHeads;
    private final WordList adverbs;

    CueReading(Document doc, RuleSet rules, SourceClassifier classifier, SourceFinder finder) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.classifier = classifier;
        this.finder = finder;
        this.nounCues = rules.list("noun-cues");
        this.determiners = rules.list("determiners");
        this.auxiliaries = rules.list("auxiliaries");
        this.quantities = rules.list("quantities");
        this.anonymousHeads = rules.list("anonymous-heads");
        this.organizationHeads = rules.list("organization-heads");
        this.publicationHeads = rules.list("publication-heads");
        this.documentHeads = rules.list("document-heads");
        this.adverbs = rules.list("adverbs");
    }

    /** The match is a noun, an adjective or part of a name here, not a verb that reports. */
    /** Nouns that are plural without an s: "police dispute the figures" has its verb. */
    private static final java.util.Set<String> COLLECTIVE_PLURALS = java.util.Set.of("police", "people", "staff",
            "media", "public", "clergy", "military", "press");

    /**
     * A base form ("dispute", "report") right after a singular word that opens the sentence is a compound noun:
     * in the present a singular subject takes the s ("Minister disputes report"), and only a plural, a pronoun, a
     * modal or "to" takes the base form ("Unions dispute figures", "will dispute").
     */
    private boolean baseFormAfterSingular(int k, Token prev) {
        Token cue = tokens.get(k);
        if (prev == null || !prev.isWord() || !doc.initial(k - 1) || cue.norm.endsWith("s")
                || cue.norm.endsWith("ed") || cue.norm.endsWith("ing")) {
            return false;
        }
        return !prev.norm.endsWith("s") && !COLLECTIVE_PLURALS.contains(prev.norm) && !Lexicons.isSubjectPronoun(prev.norm)
                && !prev.is("you") && !auxiliaries.contains(prev) && !prev.is("to") && !adverbs.contains(prev);
    }

    /**
     * "A transcript of the hearing shows", "a survey of voters finds": the noun phrase ending at {@code k} is an
     * "of" phrase after a record's or a speaker's head, which is the verb's subject.
     */
    private boolean headBeforeOf(int k, Sentence s) {
        for (int j = k - 1; j > s.from() && j >= k - 2; j--) {
            Token t = tokens.get(j);
            if (t.is("of") && !tokens.get(k).norm.endsWith("ed")) {
                Token head = tokens.get(j - 1);
                return documentHeads.contains(head) || anonymousHeads.contains(head) || organizationHeads.contains(head)
                        || publicationHeads.contains(head);
            }
            if (!t.isWord() || auxiliaries.contains(t) || t.norm.endsWith("ed")) {
                return false; // "The Bank of Australia lifted interest rates": a verb inside, "rates" its object
            }
        }
        return false;
    }

    boolean notAVerb(PhraseMatcher.Match<CueRule> m, Sentence s) {
        return usedAsNoun(m, s) || attributive(m, s) || naming(m, s) || reducedRelative(m, s);
    }

    /** The finite forms of "be" whose subject a participle before them may describe. */
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were");
    private static final Set<String> RELATIVE_WORDS = Set.of("what", "whom", "who", "which", "that", "whatever");

    /**
     * "The agency says the majority of refugees admitted are women": a participle between a common noun and a
     * finite "be" describes the noun ("refugees who were admitted"); the verb of the clause is the "be". Not after a
     * pronoun ("what she admitted was"), a name or an auxiliary, nor where a relative word opens the noun's clause
     * ("what advocates estimated was", "whom many progressives believed was": the "be" is the content's).
     */
    private boolean reducedRelative(PhraseMatcher.Match<CueRule> m, Sentence s) {
        if (m.rule().side() != CueRule.Side.LEFT || m.to() - m.from() != 1 || m.from() <= s.from() || m.to() >= s.to()
                || !tokens.get(m.from()).norm.endsWith("ed") || !BE_FORMS.contains(tokens.get(m.to()).norm)) {
            return false;
        }
        Token prev = tokens.get(m.from() - 1);
        for (int k = m.from() - 2; k >= s.from() && k >= m.from() - 5; k--) {
            if (RELATIVE_WORDS.contains(tokens.get(k).norm)) {
                return false;
            }
        }
        return prev.isWord() && !prev.capitalized && !Lexicons.isSubjectPronoun(prev.norm) && !OBJECT_PRONOUNS.contains(prev.norm)
                && !auxiliaries.contains(prev) && !adverbs.contains(prev) && !determiners.contains(prev);
    }

    /**
     * A denial's verb takes what it denies: a determiner, a possessive, "that", a name, a number, a quotation or a
     * plural noun ("disputes claims", "contests the result"). Anything else after it ("contests award delegates",
     * "contests on Tuesday", the sentence's end) makes the word a noun.
     */
    private boolean takesAnObject(int at, Sentence s) {
        if (at >= s.to()) {
            return false;
        }
        Token t = tokens.get(at);
        return determiners.contains(t) || objectOpener(t) || t.is("that") || t.is("any")
                || t.type == Token.Type.QUOTE || t.type == Token.Type.NUMBER || classifier.proper(at)
                || t.isWord() && !t.capitalized && t.norm.endsWith("s") && !PREPOSITIONS.contains(t.norm)
                || OBJECT_PRONOUNS.contains(t.norm) || t.is("it");
    }

    /** A possessive or a demonstrative opens an object: "disputes his account", "contests these figures". */
    private static boolean objectOpener(Token t) {
        return SourceSieve.POSSESSIVES.contains(t.norm) || DEMONSTRATIVES.contains(t.norm);
    }

    private static final java.util.Set<String> DEMONSTRATIVES = java.util.Set.of("this", "these", "those", "such");

    /**
     * "the report", "late reports three times", "in reports as", "a report with", "the PCA claims from": a cue word
     * that is also a noun is one after a determiner or preposition, or before a verb or preposition.
     */
    private boolean usedAsNoun(PhraseMatcher.Match<CueRule> m, Sentence s) {
        if (m.rule().side() != CueRule.Side.LEFT || m.to() - m.from() != 1 || !nounCues.contains(tokens.get(m.from()))) {
            return false;
        }
        Token next = m.to() < s.to() ? tokens.get(m.to()) : null;
        Token prev = m.from() > s.from() ? tokens.get(m.from() - 1) : null;
        if (prev != null && (prev.is("'s") || determiners.contains(prev) && !prev.is("that"))) {
            return true; // "Editor's note:", "the report"
        }
        if (m.rule().category() == CueCategory.SHOW && prev != null && prev.type == Token.Type.NUMBER
                && SourceSieve.year(prev)) {
            return false; // "A review of donations made since 2020 shows ...": a year ends the record's description
        }
        if (prev != null && (quantities.contains(prev) || prev.is("all") || prev.is("most"))) {
            return true; // "all rates", "many reports", "two claims"
        }
        if (next != null && (next.is("that") || next.isPunct(':') || next.type == Token.Type.QUOTE)) {
            return false; // "reports that", "claims:" report
        }
        if (next != null && OBJECT_PRONOUNS.contains(next.norm)) {
            return false; // "Video of the incident shows him ...": a noun takes no object
        }
        boolean verbNext = next != null && (next.is("to") || next.is("it") || OBJECT_PRONOUNS.contains(next.norm)
                || determiners.contains(next) && !next.is("that"));
        if (verbNext && m.rule().category() == CueCategory.STANCE && afterNounPhrase(m.from(), s)) {
            return false; // "the campaign plans to ...", "the site rates the claim": a noun phrase, then its verb
        }
        if (endsTailAttribution(m, s)) {
            return false; // "Prices rose, the newspaper reports.": a closing tag's verb, even after a determiner
        }
        boolean show = m.rule().category() == CueCategory.SHOW;
        if (show && prev != null && (prev.isPunct(',') || prev.type == Token.Type.DASH)) {
            return false; // "An analysis of filings since Jan. 1, 2015, shows ...": the record's verb after its aside
        }
        if (show && prev != null && documentHeads.contains(prev) && !prev.capitalized) {
            return false; // "the state's jobless average shows ...": a record's head, then its verb
        }
        if (show && prev != null && prev.isWord() && prev.norm.endsWith("s") && !prev.capitalized && !prev.is("news")
                && tokens.get(m.from()).norm.endsWith("s")) {
            return false; // "polls taken over the past two weeks shows": a record's verb after a plural
        }
        if (m.rule().category() == CueCategory.DENY && tokens.get(m.from()).norm.endsWith("s")) {
            if (!takesAnObject(m.to(), s)) {
                return true; // "the Super Tuesday contests.", "Republican contests award delegates": no object, a noun
            }
            boolean object = next.is("the") || next.is("a") || next.is("an") || objectOpener(next)
                    || next.norm.endsWith("s") && next.isWord() && !next.capitalized;
            if (prev != null && !prev.is("the") && object) {
                return false; // "The firm disputes the claims", "Roe contests claims that": a subject's verb and its object
            }
        }
        if (baseFormAfterSingular(m.from(), prev)) {
            return true; // "Border dispute deepens", "Port dispute": a singular subject would take "disputes"
        }
        if (tokens.get(m.from()).norm.endsWith("s") && prev != null && headBeforeOf(m.from() - 1, s)) {
            return false; // "A transcript of the hearing shows the judge ...": the head's verb
        }
        // a plural that could be a verb ("remarks", "tweets") is one only after its subject: a name or pronoun
        // ("Repeated calls to the embassy": an opening participle is no name, so no subject; "Mohammed calls the deal
        // a fraud" has an object after its verb)
        boolean object = next != null && (determiners.contains(next) || OBJECT_PRONOUNS.contains(next.norm));
        boolean named = prev != null && classifier.proper(m.from() - 1)
                && (object || !classifier.openingParticiple(m.from() - 1));
        if (tokens.get(m.from()).norm.endsWith("s") && prev != null && !named
                && !capitalizedInside(m.from() - 1, s) && !prev.isPunct(',') && !prev.is("and") && !prev.is("but")
                && !Lexicons.isSubjectPronoun(prev.norm) && !anonymousHeads.contains(prev)
                && !organizationHeads.contains(prev) && !adverbs.contains(prev)
                && !publicationHeads.contains(prev) && !documentHeads.contains(prev)) {
            return true;
        }
        if (next != null && (auxiliaries.contains(next) || PREPOSITIONS.contains(next.norm) && !next.is("to")
                || !show && (next.type == Token.Type.NUMBER || quantities.contains(next) && !next.is("that")))) {
            return true;
        }
        if (prev != null && capitalizedInside(m.from() - 1, s) && !possessedName(m.from() - 1, s)) {
            return false; // "The Harbour Policy Institute plans to ...": a name's article, then its verb
        }
        int k = m.from() - 1;
        while (k >= s.from() && k >= m.from() - 5 && tokens.get(k).isWord() && !determiners.contains(tokens.get(k))
                && !PREPOSITIONS.contains(tokens.get(k).norm) && !tokens.get(k).is("'s")) {
            k--;
        }
        if (k < s.from() || k < m.from() - 5) {
            return false;
        }
        Token before = tokens.get(k);
        return determiners.contains(before) && !before.is("that") || before.is("'s") || PREPOSITIONS.contains(before.norm);
    }

    /** "Roe's Fifth Amendment claims", "because of Senate rules": the name ending at k is owned or governed. */
    private boolean possessedName(int k, Sentence s) {
        int j = k;
        while (j > s.from() && k - j < 6 && tokens.get(j - 1).capitalized && !doc.initial(j - 1)) {
            j--;
        }
        return j > s.from() && (tokens.get(j - 1).is("'s") || PREPOSITIONS.contains(tokens.get(j - 1).norm));
    }

    /** Token k is capitalised where capitals mean a name: not at the start of the sentence, a bracket or a quotation. */
    private boolean capitalizedInside(int k, Sentence s) {
        if (!tokens.get(k).capitalized || doc.initial(k) || k == s.from()) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return !before.isPunct('(') && !before.isPunct('[') && before.type != Token.Type.QUOTE;
    }

    /** Small words between a name's capitals: "Citizens for Fair Roads", "Friends of the Earth". */
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of("of", "for", "the", "and", "on", "in");

    /**
     * "a mountain stream called Miracle Run.", "a group called Voters First,": "called" between a common noun and a
     * name that closes the phrase gives a name; nobody calls anything.
     */
    private boolean naming(PhraseMatcher.Match<CueRule> m, Sentence s) {
        Token cue = tokens.get(m.from());
        if (!cue.is("called") && !cue.is("named") || m.from() == s.from() || m.to() >= s.to()) {
            return false;
        }
        Token prev = tokens.get(m.from() - 1);
        if (!prev.isWord() || prev.capitalized || Lexicons.isSubjectPronoun(prev.norm) || !tokens.get(m.to()).capitalized) {
            return false;
        }
        int k = m.to();
        while (k < s.to() && k - m.to() < 8 && (tokens.get(k).capitalized || tokens.get(k).type == Token.Type.QUOTE
                || NAME_JOINERS.contains(tokens.get(k).norm) && k + 1 < s.to() && tokens.get(k + 1).capitalized)) {
            k++; // "a group called Citizens for Reform": small words between a name's capitals
        }
        return k >= s.to() || !tokens.get(k).isWord();
    }

    /**
     * "the alleged gunman", "an informed choice", "a highly anticipated treaty": a participle after an article
     * or a possessive (adverbs between) describes the noun that follows; it reports nothing.
     */
    private boolean attributive(PhraseMatcher.Match<CueRule> m, Sentence s) {
        if (m.rule().side() != CueRule.Side.LEFT || m.to() - m.from() != 1) {
            return false;
        }
        String n = tokens.get(m.from()).norm;
        if (!n.endsWith("ed") && !n.endsWith("ing")) {
            return false;
        }
        int k = finder.verbGroupStart(m.from(), s.from()) - 1;
        if (k < s.from()) {
            return false;
        }
        Token before = tokens.get(k);
        return before.is("a") || before.is("an") || before.is("the") || before.is("'s")
                || before.is("his") || before.is("her") || before.is("its") || before.is("their");
    }

    /** A determiner then at most three lower-case words end right before token k: "the Okafor campaign". */
    private boolean afterNounPhrase(int k, Sentence s) {
        for (int j = k - 2; j >= s.from() && j >= k - 4; j--) {
            Token t = tokens.get(j);
            if (t.is("'s") || POSSESSIVE_DETERMINERS.contains(t.norm)) {
                return false; // "the company's new plans", "its own plan": a possession, not a subject
            }
            if (determiners.contains(t) && !t.is("that")) {
                return true;
            }
            if (!t.isWord() || Lexicons.isSubjectPronoun(t.norm) || PREPOSITIONS.contains(t.norm)
                    || auxiliaries.contains(t)) {
                return false;
            }
        }
        return false;
    }

    /**
     * ", the daily reports." / "— The Evening Post reports.": the cue ends the sentence and a short run of words
     * (its subject) joins it to a comma, dash or closing quotation mark. A noun there would leave the clause with
     * no verb. A preposition in the run ("…, in the reports.") makes it an adjunct, not a tag.
     */
    private boolean endsTailAttribution(PhraseMatcher.Match<CueRule> m, Sentence s) {
        if (m.to() < s.to() && !tokens.get(m.to()).isPunct('.')) {
            return false;
        }
        int k = m.from() - 1;
        while (k >= s.from() && k >= m.from() - 6 && tokens.get(k).isWord()
                && !PREPOSITIONS.contains(tokens.get(k).norm)) {
            if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
                return false; // "…, and capital gains rates.": a list of nouns, not a tag
            }
            k--;
        }
        if (k < s.from() || k == m.from() - 1 || k < m.from() - 6) {
            return false;
        }
        Token t = tokens.get(k);
        return t.isPunct(',') || t.type == Token.Type.DASH || t.type == Token.Type.QUOTE;
    }

}
