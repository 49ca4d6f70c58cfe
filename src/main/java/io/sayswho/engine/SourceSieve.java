package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * What every construction of {@link SourceFinder} reads: the document's tokens, the word lists, the bounds on a
 * source's length, and the tests more than one of them asks (is "forcefully" a manner adverb, is "ministry" a
 * speaker's head noun, does "On Monday," open the clause). Each construction is one subclass, made from the
 * finder's own lists, as a sieve of Stanford CoreNLP's quote attribution is made from its shared state.
 */
abstract class SourceSieve {
    /** Longest subject or inverted source looked for, in tokens. */
    static final int MAX_SOURCE = 14;
    /** A description set off after a name may run longer than a subject: "…, the director of …, who also …,". */
    static final int MAX_ROLE = 20;
    static final Set<String> INTRO_WORDS = Set.of("on", "in", "at", "after", "before", "citing", "quoting",
            "asked", "however", "meanwhile", "earlier", "later", "separately", "also", "but", "and", "yet", "still",
            "speaking", "according", "while", "when", "as", "since", "during", "by", "for", "with", "without",
            "under", "despite", "last", "this", "from", "to", "if", "although", "though", "responding", "writing",
            "addressing", "referring", "unlike", "like", "following", "amid", "over", "moreover", "instead");
    static final Set<String> POSSESSIVES = Set.of("their", "his", "her", "its", "our");
    /** What joins a sentence to the one before ("But she ...", "And the mayor said"): what follows it decides. */
    static final Set<String> CONJUNCTIONS = Set.of("but", "and", "yet", "so");
    static final Set<String> ADJUNCT_LEADS = Set.of("at", "in", "on", "during", "after", "before", "last",
            "this", "earlier", "later", "late", "yesterday", "today", "recently");
    static final Set<String> TIME_LEADS = Set.of("on", "last", "this", "late", "early", "earlier", "next",
            "that", "in");

    final Document doc;
    final List<Token> tokens;
    final SourceClassifier classifier;
    final WordList adverbs;
    final WordList notAdverbs;
    final WordList auxiliaries;
    final WordList breakers;
    final WordList determiners;
    final WordList hearers;
    final WordList times;
    final WordList publicationHeads;
    final WordList organizationHeads;
    final WordList quantities;
    final WordList titles;
    final WordList directiveVerbs;
    final WordList invertingVerbs;
    final WordList tellVerbs;
    final WordList irregularParticiples;
    final WordList anonymousHeads;
    /** Heads of source descriptions mined from PolNeAR train (scripts/mined_speaker_heads.py). */
    final WordList minedSpeakerHeads;
    final WordList subordinators;
    final PhraseMatcher<CueRule> cues;

    SourceSieve(Document doc, RuleSet rules, SourceClassifier classifier) {
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
        this.minedSpeakerHeads = rules.list("mined-speaker-heads");
        this.cues = rules.cues;
        this.quantities = rules.list("quantities");
        this.organizationHeads = rules.list("organization-heads");
        this.titles = rules.list("titles");
        this.subordinators = rules.list("subordinators");
    }

    /** A construction reads the same document and lists as the finder that made it. */
    SourceSieve(SourceSieve shared) {
        this.doc = shared.doc;
        this.tokens = shared.tokens;
        this.classifier = shared.classifier;
        this.adverbs = shared.adverbs;
        this.notAdverbs = shared.notAdverbs;
        this.auxiliaries = shared.auxiliaries;
        this.breakers = shared.breakers;
        this.determiners = shared.determiners;
        this.hearers = shared.hearers;
        this.times = shared.times;
        this.publicationHeads = shared.publicationHeads;
        this.organizationHeads = shared.organizationHeads;
        this.quantities = shared.quantities;
        this.titles = shared.titles;
        this.directiveVerbs = shared.directiveVerbs;
        this.invertingVerbs = shared.invertingVerbs;
        this.tellVerbs = shared.tellVerbs;
        this.irregularParticiples = shared.irregularParticiples;
        this.anonymousHeads = shared.anonymousHeads;
        this.minedSpeakerHeads = shared.minedSpeakerHeads;
        this.subordinators = shared.subordinators;
        this.cues = shared.cues;
    }

    /** "forcefully", "truly", "largely": a lower-case -ly word that is not one of the -ly nouns and adjectives. */
    boolean mannerAdverb(Token t) {
        return Lexicons.lyAdverb(t, notAdverbs);
    }

    boolean speakerHead(Token t) {
        return anonymousHeads.contains(t) || organizationHeads.contains(t) || publicationHeads.contains(t) || titles.contains(t);
    }

    /**
     * "Essentially, ...", "Ultimately, ...": a capitalised word in -ly that opens the sentence is an adverb when it
     * is long and ends as adverbs made from adjectives do; the names in -ly are short or end in -lly or -erly
     * ("Kelly", "Daly", "Connolly", "Beverly"), and "-ally" adverbs ("Finally") are kept.
     */
    private boolean openingAdverb(Token t) {
        String w = t.norm;
        return w.length() >= 7 && mannerAdverb(t) && (!w.endsWith("lly") || w.endsWith("ally")) && !w.endsWith("erly");
    }

    boolean introductory(int k) {
        Token t = tokens.get(k);
        if (CONJUNCTIONS.contains(t.norm) && k + 1 < tokens.size()) {
            t = tokens.get(k + 1); // the conjunction joins sentences; what follows it decides
        }
        boolean lyOpening = t.norm.endsWith("ly") && (!t.capitalized || doc.initial(k) && openingAdverb(t));
        return INTRO_WORDS.contains(t.norm) || t.norm.endsWith("ing") || lyOpening || participlePhrase(k)
                || t.type == Token.Type.QUOTE || t.type == Token.Type.NUMBER || times.contains(t) || relativeTime(k);
    }

    /**
     * "Reached by phone on Tuesday, Jo Roe said", "Alarmed by the unrest, the senator said": a past participle and
     * its preposition opening the sentence open a phrase about the subject, not the subject. Set off after a head
     * ("The survey, conducted for ..., found") the participle is the head's and stays with it.
     */
    private boolean participlePhrase(int k) {
        return doc.initial(k) && pastParticiple(tokens.get(k)) && k + 1 < tokens.size()
                && PARTICIPLE_PREPOSITIONS.contains(tokens.get(k + 1).norm);
    }

    private static final Set<String> PARTICIPLE_PREPOSITIONS = Set.of("by", "about", "on", "for", "with", "in",
            "at", "from", "after", "over", "to");

    /** "reported", "told", "taken": a form that can be a past participle ("is telling" is not one). */
    boolean pastParticiple(Token t) {
        return t.norm.endsWith("ed") || irregularParticiples.contains(t.norm);
    }

    /** "2015", "1998": a number that reads as a year. */
    static boolean year(Token t) {
        return t.type == Token.Type.NUMBER && t.norm.length() == 4 && (t.norm.startsWith("19") || t.norm.startsWith("20"));
    }

    private static final Set<String> RELATIVE_TIMES = Set.of("later", "earlier", "ago", "afterward", "afterwards");

    /** "Hours later,", "Two days earlier,", "A week ago,": at most four words that end on a relative time and a comma. */
    private boolean relativeTime(int k) {
        for (int j = k + 1; j < tokens.size() - 1 && j - k < 4; j++) {
            if (RELATIVE_TIMES.contains(tokens.get(j).norm)) {
                return tokens.get(j + 1).isPunct(',');
            }
            if (!tokens.get(j).isWord() && tokens.get(j).type != Token.Type.NUMBER) {
                return false;
            }
        }
        return false;
    }

    /**
     * "… said at a town hall event this month.": what follows the cue is one short prepositional phrase with no verb
     * and no "that", so the cue still closes the sentence.
     */
    boolean adjunctOnly(int from, int clauseEnd) {
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

    /** A "who" or "which" at k opens a relative clause that reports on its own ("..., who said she would stay"). */
    boolean reportingRelative(int k, int to) {
        return k < to && (tokens.get(k).is("who") || tokens.get(k).is("which")) && reports(k + 1, to);
    }

    /**
     * A reporting or denying cue stands within the first words of the relative clause [from, to): "who said", "who
     * has long argued". Such a clause reports something itself, so it is no description of its subject; one that
     * acts ("who has advised the council") or finds ("who found him") describes.
     */
    boolean reports(int from, int to) {
        for (int j = from; j < to && j < from + 3; j++) {
            PhraseMatcher.Match<CueRule> m = cues.longestAt(tokens, j, to);
            if (m != null && (m.rule().category() == CueCategory.REPORT || m.rule().category() == CueCategory.DENY)) {
                return true;
            }
        }
        return false;
    }
}
