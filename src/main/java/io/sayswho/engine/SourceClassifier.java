package io.sayswho.engine;

import io.sayswho.engine.model.SourceKind;

import java.util.List;
import java.util.Set;

/**
 * Decides what a source phrase is: a person, a body, an outlet, unnamed people or a record, from its head noun,
 * its capitalised words and the word lists, and finds the proper name in it ({@link NameWords} says which words are
 * names, {@link Surnames} which lone surnames are people named in full before).
 */
final class SourceClassifier {
    private static final Set<String> POST_MODIFIERS = Set.of("close", "familiar", "with", "who", "whom", "which",
            "that", "believed", "in", "at", "for", "from", "on", "knowledgeable", "briefed", "speaking", "involved",
            "based", "under", "within", "inside", "to", "by", "about", "near", "representing", "linked", "tied",
            "working", "said", "whose", "where", "when", "over", "during", "after", "before", "since", "across");
    private static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "another", "other", "same");
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private final Document doc;
    private final WordList anonymous;
    private final WordList organizations;
    private final WordList documents;
    private final WordList publicationHeads;
    private final WordList publicationNames;
    private final WordList titles;
    private final WordList determiners;
    private final WordList quantities;
    private final WordList nationalities;
    private final Places places;
    private final WordList kin;
    private final WordList proportions;
    private final WordList transparentHeads;
    private final WordList irregularParticiples;

    private final Surnames surnames;
    private final WordList stateModifiers;

    private final NameWords names;

    SourceClassifier(Document doc, RuleSet rules) {
        this.doc = doc;
        this.names = new NameWords(doc, rules);
        this.anonymous = rules.list("anonymous-heads");
        this.organizations = rules.list("organization-heads");
        this.documents = rules.list("document-heads");
        this.publicationHeads = rules.list("publication-heads");
        this.publicationNames = rules.list("publication-names");
        this.titles = rules.list("titles");
        this.determiners = rules.list("determiners");
        this.quantities = rules.list("quantities");
        this.nationalities = rules.list("nationalities");
        this.places = rules.places;
        this.kin = rules.list("kin-heads");
        this.proportions = rules.list("proportions");
        this.transparentHeads = rules.list("transparent-heads");
        this.irregularParticiples = rules.list("irregular-participles");
        this.stateModifiers = rules.list("state-modifiers");
        this.surnames = new Surnames(doc, rules);
    }

    /** {@link NameWords#proper}: asked by the source sieves of every capitalised word near a cue. */
    boolean proper(int k) {
        return names.proper(k);
    }

    /** {@link NameWords#openingParticiple}: "Repeated" in "Repeated calls to the embassy went unanswered". */
    boolean openingParticiple(int k) {
        return names.openingParticiple(k);
    }

    SourcePhrase classify(int from, int to) {
        List<Token> tokens = doc.tokens;
        if (to - from == 1 && Lexicons.isSubjectPronoun(tokens.get(from).norm)) {
            String p = tokens.get(from).norm;
            return new SourcePhrase(from, to, null, null, null, Lexicons.PLURAL.contains(p) || p.equals("we"), null,
                    p, false);
        }
        int coreEnd = coreEnd(from, to);
        int start = from;
        String ordinal = null;
        boolean definite = false;
        boolean counted = false;
        // Skip determiners, counts and "one of the": what is left starts the noun phrase proper.
        while (start < coreEnd - 1) {
            Token t = tokens.get(start);
            if (ORDINALS.contains(t.norm)) {
                ordinal = t.norm;
            } else if (DEFINITE.contains(t.norm)) {
                definite = definite || t.norm.equals("the") || t.norm.equals("this");
            } else if (quantities.contains(t)) {
                counted = true;
            } else if (!determiners.contains(t) && !t.is("of")) {
                break;
            }
            start++;
        }
        Token headToken = tokens.get(coreEnd - 1);
        boolean headProper = names.proper(coreEnd - 1);
        int appositiveName = appositiveName(coreEnd, to);
        for (int c = coreEnd; appositiveName < 0 && c < to; c++) {
            if (tokens.get(c).isPunct(',') && c > coreEnd) {
                int later = appositiveName(c, to);
                if (later > c) {
                    SourcePhrase p = new SourcePhrase(from, to, SourceKind.PERSON, doc.surface(c + 1, later),
                            singular(headToken.norm), false, null, null, false);
                    if (titles.contains(headToken) && !names.hasProperName(start, coreEnd)) {
                        return p;
                    }
                }
            }
        }
        if (appositiveName > coreEnd && !names.hasProperName(start, coreEnd) && organizations.contains(headToken)
                && !titles.contains(headToken)) {
            // "The port operator, Harlow Ports,": a body's description, then the body's name
            return new SourcePhrase(from, to, SourceKind.ORGANIZATION, doc.surface(coreEnd + 1, appositiveName),
                    singular(headToken.norm), false, null, null, false);
        }
        if (appositiveName > coreEnd && !names.hasProperName(start, coreEnd)) {
            // "Valmont Energy's chief executive, Priya Ramaswamy,": the role is the name's
            String n = doc.surface(coreEnd + 1, appositiveName);
            return new SourcePhrase(from, to, SourceKind.PERSON, n, singular(headToken.norm), false, null, null, false);
        }
        String head = singular(headToken.norm);
        // "one of the two sources" is one person; "two sources", "officials" are several
        boolean plural = !tokens.get(from).is("one") && (counted || headToken.norm.endsWith("s")
                && !headToken.norm.endsWith("ss") && !headProper);
        int nameFrom = names.trailingCapitals(start, coreEnd);
        boolean hasName = nameFrom < coreEnd;
        String name = hasName ? personName(nameFrom, coreEnd) : null;

        SourceKind kind;
        if (onlyProportion(from, coreEnd)) {
            // "Most said", "About four in 10 said": a share of people nobody identifies
            return new SourcePhrase(from, to, SourceKind.ANONYMOUS, null, head, true, null, null, false);
        }
        if (countedMembers(from, start, nameFrom, coreEnd, to)) {
            // "several senior Tories", "two Conservatives": counted, not identified; the body speaks as "the Tories"
            kind = SourceKind.ANONYMOUS;
            name = null;
        } else if (nameFrom == coreEnd && isBodyByName(start, coreEnd)) {
            // "Chile said", "the United Kingdom said", "NATO said": a country or a body known by its initials
            kind = SourceKind.ORGANIZATION;
            name = doc.surface(start, coreEnd);
        } else if (hasPublication(from, coreEnd)) {
            kind = SourceKind.PUBLICATION;
            name = nameOf(start, coreEnd);
        } else if (headToken.is("reports") && start == from && !hasName) {
            // bare "reports", "media reports": nobody stands behind them by name
            kind = SourceKind.ANONYMOUS;
            name = null;
        } else if (documents.contains(headToken) && !headProper) {
            kind = SourceKind.DOCUMENT;
            name = null;
        } else if (kin.contains(headToken) && possessed(from, coreEnd - 1)) {
            // "his son", "Roe's widow": identified through the one they are kin to
            kind = SourceKind.PERSON;
            name = null;
        } else if (anonymous.contains(headToken) && !headProper || unnamedBody(from, start, nameFrom, coreEnd, to)) {
            // "one research firm", "some governments": a body nobody names
            kind = SourceKind.ANONYMOUS;
            name = null;
        } else if (hasName && (names.isPersonName(nameFrom, coreEnd)
                || coreEnd - nameFrom == 1 && nameFrom == from && surnames.contains(tokens.get(nameFrom)))) {
            // "Kettle said" after "Broadcaster Dana Kettle": the surname of a person named in full
            kind = SourceKind.PERSON;
        } else if (organizations.contains(headToken) || hasName) {
            kind = SourceKind.ORGANIZATION;
            name = hasName || headProper ? nameOf(start, coreEnd) : null;
        } else if (titles.contains(headToken)) {
            // "a company spokeswoman": the body's on-record voice, though nobody is named
            kind = SourceKind.ORGANIZATION;
            name = null;
        } else {
            kind = SourceKind.ANONYMOUS;
            name = null;
        }
        // "the source", "the third source", "the company" refer back; "the Cuban government" is a source of its own
        boolean bare = (start == coreEnd - 1 || titles.contains(headToken) && !names.hasProperWord(start, coreEnd))
                && DEFINITE.contains(tokens.get(from).norm);
        boolean describesBack = definite && bare && !hasName && !headProper;
        if (kind == SourceKind.ORGANIZATION && name == null && !describesBack && !titles.contains(headToken)) {
            name = nameOf(start, coreEnd);
        }
        // "an investigation by 1 NEWS", "a report by the ministry": the work speaks for who did it
        if (kind == SourceKind.DOCUMENT && coreEnd + 1 < to && tokens.get(coreEnd).is("by")) {
            SourcePhrase agent = classify(coreEnd + 1, to);
            if (agent.kind() == SourceKind.PUBLICATION || agent.kind() == SourceKind.ORGANIZATION
                    || agent.kind() == SourceKind.PERSON) {
                return new SourcePhrase(from, to, agent.kind(), agent.name(), head, false, null, null, false);
            }
        }
        return new SourcePhrase(from, to, kind, name, head, plural, ordinal, null, describesBack);
    }

    /**
     * "several senior Tories", "two Democrats": an indefinite count before a capitalised plural names members of a
     * group, not the group on record. A singular is left alone: "a defensive Obama" is a person in a mood, and
     * telling "one Democrat" from a surname needs the document's full names (Surnames), a scan that made a 5 KB
     * article 1.6x slower when asked of every indefinite phrase.
     */
    private boolean countedMembers(int from, int start, int nameFrom, int coreEnd, int to) {
        Token head = doc.tokens.get(coreEnd - 1);
        boolean plural = head.norm.endsWith("s") && !head.norm.endsWith("ss");
        return head.capitalized && plural && nameFrom < coreEnd && counted(from, start, coreEnd, to)
                && !names.isPersonName(nameFrom, coreEnd);
    }

    /** "one research firm", "some governments": an indefinite count before a body's common noun, no name. */
    private boolean unnamedBody(int from, int start, int nameFrom, int coreEnd, int to) {
        Token head = doc.tokens.get(coreEnd - 1);
        return !head.capitalized && organizations.contains(head) && !titles.contains(head) && nameFrom == coreEnd
                && counted(from, start, coreEnd, to) && !names.hasProperWord(start, coreEnd); // not "a Tarn firm"
    }

    /**
     * The phrase opens on an indefinite article or a count in words ("1 NEWS" and "60 Minutes" are names that open
     * on a figure), and no title or body's word follows the head: "a Department for Constitutional Affairs
     * spokeswoman" and "a Treasury spokesman" are a body's voices, on record.
     */
    private boolean counted(int from, int start, int coreEnd, int to) {
        List<Token> tokens = doc.tokens;
        Token first = tokens.get(from);
        boolean indefinite = first.is("a") || first.is("an") || first.isWord() && quantities.contains(first)
                && !first.is("both") && !ORDINALS.contains(first.norm);
        if (!indefinite || start >= coreEnd) {
            return false;
        }
        for (int k = coreEnd; k < to; k++) {
            if (titles.contains(tokens.get(k)) || organizations.contains(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** After ", " at {@code coreEnd}: the end of a run of capitalised words closed by a comma or the end; else -1. */
    private int appositiveName(int coreEnd, int to) {
        if (coreEnd + 1 >= to || !doc.tokens.get(coreEnd).isPunct(',')) {
            return -1;
        }
        int k = coreEnd + 1;
        while (k < to && k - coreEnd <= 5 && (names.proper(k) || doc.tokens.get(k).abbreviation && doc.tokens.get(k).capitalized)) {
            k++;
        }
        boolean closed = k == to || doc.tokens.get(k).isPunct(',');
        return closed && k - coreEnd >= 3 ? k : -1;
    }

    /**
     * "a Department for Constitutional Affairs spokeswoman": the "for" at {@code k} is inside a body's name that
     * premodifies a title, so the title is the head. "a spokesman for Acme Corp" and "Officials for the city" stop
     * at "for" as before: no capitalised name on both sides, or no title after.
     */
    private boolean forInName(int k, int to) {
        List<Token> tokens = doc.tokens;
        Token prev = tokens.get(k - 1);
        if (!prev.capitalized || titles.contains(prev) || doc.initial(k - 1)) {
            return false;
        }
        int j = k + 1;
        while (j < to && (tokens.get(j).capitalized || j > k + 1 && tokens.get(j).is("and"))) {
            j++;
        }
        return j > k + 1 && j < to && !tokens.get(j).capitalized && titles.contains(tokens.get(j));
    }

    /** Where the phrase's core ends: before a comma, a relative clause or a post-modifier ("close to ..."). */
    private int coreEnd(int from, int to) {
        List<Token> tokens = doc.tokens;
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.type == Token.Type.PUNCT && !t.isPunct('.') && !t.isPunct('&') || t.type == Token.Type.DASH
                    || t.type == Token.Type.QUOTE) {
                return k;
            }
            if (t.is("of")) {
                Token prev = tokens.get(k - 1);
                boolean nameGoesOn = prev.capitalized && k + 1 < to && tokens.get(k + 1).capitalized;
                boolean count = quantities.contains(prev) || prev.is("some") || prev.is("most") || prev.is("none")
                        || prev.is("all") || prev.is("dozens") || prev.is("each") || prev.is("any")
                        || transparentHeads.contains(prev.norm);
                if (!nameGoesOn && !count) {
                    return k;
                }
                continue;
            }
            if (t.is("for") && forInName(k, to)) {
                continue;
            }
            if (POST_MODIFIERS.contains(t.norm) && !t.capitalized
                    || t.is("by") && documents.contains(tokens.get(k - 1))) {
                return k; // "a 2019 study by Harlow University economists": the study is the head
            }
            boolean participle = (t.norm.endsWith("ing") || t.norm.endsWith("ed") || irregularParticiples.contains(t.norm))
                    && !t.capitalized && !documents.contains(t) && !anonymous.contains(t);
            if (participle && (k + 1 == to || tokens.get(k + 1).isWord()
                    && (determiners.contains(tokens.get(k + 1)) || POST_MODIFIERS.contains(tokens.get(k + 1).norm)))) {
                return k;
            }
        }
        return to;
    }

    /**
     * The core [from, to) is only a country's name ("Chile", "United Kingdom"), or a body's initials among the words
     * of origin ("UK", "NATO", "U.S."), which name a state or alliance when they speak rather than modify.
     */
    private boolean isBodyByName(int from, int to) {
        if (to <= from || !doc.tokens.get(to - 1).capitalized) {
            return false;
        }
        if (places.countryEndingAt(doc, from, to) == from) {
            return true;
        }
        Token t = doc.tokens.get(from);
        // "NATO said", "Nato said", "the EU said": a word of origin standing alone as a subject is the body it names
        // (an adjective of origin never speaks alone: "a French diplomat", "Western officials")
        return to - from == 1 && nationalities.contains(t) && (doc.allCaps(from) || t.capitalized);
    }

    /** Every word of [from, to) is a share or a count: "Most", "Half", "About four in 10", "Two-thirds". */
    private boolean onlyProportion(int from, int to) {
        boolean share = false;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (proportions.contains(t)) {
                share = share || !t.is("a") && !t.is("an") && !t.is("the") && !t.is("of") && !t.is("in");
            } else if (t.type == Token.Type.NUMBER || quantities.contains(t) || t.type == Token.Type.DASH) {
                share = true;
            } else {
                return false;
            }
        }
        return share;
    }

    /** The word at {@code head} follows a possessive: "his", "her", "their", or a name's "'s" ("Roe's eldest son"). */
    private boolean possessed(int from, int head) {
        for (int k = head - 1; k >= from && k >= head - 3; k--) {
            Token t = doc.tokens.get(k);
            if (t.is("his") || t.is("her") || t.is("their") || t.is("'s")) {
                return true;
            }
        }
        return false;
    }

    private boolean hasPublication(int from, int to) {
        List<Token> tokens = doc.tokens;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (publicationNames.contains(t) && (t.capitalized || doc.allCaps(k))) {
                return true;
            }
            // "The 1 NEWS investigation", "the Hacker News": an outlet's name word inside the phrase
            if (publicationHeads.contains(t) && names.proper(k) && k > from && (names.proper(k - 1) || tokens.get(k - 1).type == Token.Type.NUMBER)) {
                return true;
            }
        }
        Token head = tokens.get(to - 1);
        if (!publicationHeads.contains(head)) {
            return false;
        }
        // "state media", "the newspaper", "state television" are outlets; "Times" alone must be a name ("The New
        // York Times")
        boolean stateOwned = to - 2 >= from && stateModifiers.contains(tokens.get(to - 2));
        return head.capitalized || head.is("media") || head.is("newspaper") || head.is("tabloid")
                || head.is("broadcaster") || head.is("daily") && to - from > 1 || stateOwned;
    }

    private String personName(int from, int to) {
        return doc.surface(from, to);
    }

    /** The phrase's words without a leading "the". */
    private String nameOf(int from, int to) {
        int k = from;
        while (k < to - 1 && (doc.tokens.get(k).is("the") || doc.tokens.get(k).is("a"))) {
            k++;
        }
        return doc.surface(k, to);
    }

    static String singular(String norm) {
        if (norm.endsWith("ies") && norm.length() > 4) {
            return norm.substring(0, norm.length() - 3) + "y";
        }
        if (norm.endsWith("people")) {
            return "person";
        }
        if (norm.endsWith("s") && !norm.endsWith("ss") && norm.length() > 3 && !norm.endsWith("us")) {
            return norm.substring(0, norm.length() - 1);
        }
        return norm;
    }
}
