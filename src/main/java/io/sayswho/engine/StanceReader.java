package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * Reads what a source's own words do to its claim by composition rather than fixed phrases: the scope that governs a
 * predicate word (negation, inability, refusal, or none) times the word's class (rejecting, knowing, telling ...),
 * each pair a rule of {@code stance.rules}. Words of emphasis may stand between ("we have nothing further to say",
 * "cannot and will not go into specifics"), so a rule holds for sentences nobody listed. Linear: each predicate word
 * looks back at most a few tokens.
 */
final class StanceReader {
    /** Words between a scope and its predicate, at most. */
    private static final int MAX_GAP = 4;

    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "nothing", "nobody", "none", "neither",
            "nor", "without", "nowhere");
    private static final Set<String> INABILITY = Set.of("cannot", "unable", "impossible");
    private static final Set<String> REFUSAL = Set.of("declined", "declines", "decline", "declining", "refused",
            "refuses", "refuse", "refusing");
    private static final Set<String> CAN = Set.of("can", "could", "able");
    /** Working toward what is not known yet: "trying to establish", "working to determine", "seeking to confirm". */
    private static final Set<String> EFFORT = Set.of("trying", "working", "seeking", "attempting", "struggling",
            "scrambling", "racing");
    /** "did not want to divulge": not wanting to tell is refusing to. */
    private static final Set<String> WANT = Set.of("want", "wants", "wanted", "wish", "wishes", "wished", "care");
    private static final Set<String> WILL = Set.of("will", "would", "shall");
    /** "is not only inaccurate": "not only" adds, it does not negate. */
    static final Set<String> ONLY = Set.of("only", "just", "merely", "simply");
    /** "should not share", "must not know": advice or duty, not what the speaker knows or tells. */
    private static final Set<String> DUTY = Set.of("should", "must", "ought", "need", "needs");
    static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s",
            "remains", "remain", "seems", "sounds");
    private static final Set<String> INTO_VERBS = Set.of("go", "get", "going", "getting");
    /** Particles of phrasal verbs of finding out: "track down", "find out", "work out", "pin down". */
    private static final Set<String> PARTICLES = Set.of("out", "down", "up");
    /** After these a verb of telling has said nothing yet: "did not say why", "would not comment on". */
    private static final Set<String> OPEN_AFTER_TELLING = Set.of("whether", "if", "why", "how", "when", "where",
            "who", "what", "which", "on", "about", "further", "more", "anything", "much", "publicly", "specifically");
    /** A noun of knowing followed by one of these is still the noun ("no evidence that", "no idea why"). */
    private static final Set<String> AFTER_NOUN = Set.of("that", "whether", "if", "why", "how", "when", "where", "who",
            "what", "which", "yet", "to", "and", "or", "but", "so", "because", "either", "available", "regarding",
            "beyond", "as", "at", "now", "here", "there", "whatsoever", "with", "of", "in", "on", "for", "such", "ever", "all",
            "whatever", "then", "anymore");
    /** "unsolved questions", "no clear answers": before these a word of (not) knowing says the matter is open. */
    private static final Set<String> OPEN_MATTERS = Set.of("question", "questions", "answer", "answers");

    private final List<Token> tokens;
    private final Document doc;
    private final List<StanceRule> rules;
    /** Every word some rule reads, so that most tokens cost one look-up. */
    private final Set<String> predicateWords;
    private final WordList gaps;
    private final WordList auxiliaries;
    private final WordList determiners;
    private final WordList quantities;
    private final WordList adverbs;
    private final WordList rejectionAdverbs;
    private final WordList dismissive;
    private final CalledSo called;
    private final WordList minimizers;
    private final WordList infoNouns;
    private final WordList notAdverbs;
    private final DeedDenial deeds;

    StanceReader(Document doc, RuleSet rules) {
        this.doc = doc;
        this.tokens = doc.tokens;
        this.rules = rules.stances;
        this.predicateWords = rules.stancePredicates;
        this.gaps = rules.list("stance-gaps");
        this.auxiliaries = rules.list("auxiliaries");
        this.determiners = rules.list("determiners");
        this.quantities = rules.list("quantities");
        this.adverbs = rules.list("adverbs");
        this.rejectionAdverbs = rules.list("rejection-adverbs");
        this.dismissive = rules.list("dismissive-modifiers");
        this.called = new CalledSo(doc, rules);
        this.minimizers = rules.list("minimizers");
        this.infoNouns = rules.list("info-nouns");
        this.notAdverbs = rules.list("ly-not-adverbs");
        this.deeds = new DeedDenial(doc, rules);
    }

    /**
     * As {@link #read(int, int)}; when no predicate word reads, the rules on who speaks: a source (tokens [sourceFrom,
     * sourceTo), or none when sourceFrom is negative) with a word of the rule's class ("his lawyer", "Roe's lawyer
     * Jo Bloggs") speaking for the subject of a content whose first clause negates a deed; and on the cue (tokens
     * [cueFrom, cueTo), or none when cueFrom is negative) insisting that a deed was not done ("insisted that no
     * rules had been broken").
     */
    StanceRule read(int from, int to, int sourceFrom, int sourceTo, int cueFrom, int cueTo) {
        StanceRule r = read(from, to);
        if (r != null || sourceFrom < 0) {
            return r;
        }
        for (StanceRule rule : rules) {
            boolean reads = switch (rule.construction()) {
                case SPEAKS_FOR -> WordList.any(tokens, sourceFrom, sourceTo, rule.words()) && deeds.negatesItsVerb(from, to);
                case OWN_DEED -> deeds.deniesOwnDeed(from, to, rule.words());
                case INSISTED -> cueFrom >= 0 && WordList.any(tokens, cueFrom, cueTo, rule.words())
                        && deeds.deniesWhatWasDone(from, to);
                default -> false;
            };
            if (reads) {
                return rule;
            }
        }
        return null;
    }

    /** The first predicate word in [from, to) that a rule reads, with that rule; null when none does. */
    StanceRule read(int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !predicateWords.contains(t.norm) || t.capitalized && !doc.initial(k)) {
                continue; // a capital in mid-sentence is a name ("No Evidence Party"), not these words
            }
            StanceRule.Scope scope = null;
            boolean scoped = false;
            for (StanceRule r : rules) {
                if (r.construction().readsTheSource() || !r.words().contains(t)) {
                    continue;
                }
                if (!scoped) {
                    scope = scopeOf(k, from);
                    scoped = true;
                }
                if (scope == null) {
                    break; // under a modal of duty: nothing here reads
                }
                // "no factual basis", "not a true account": a word of the same class right before modifies this one,
                // which stands under the modifier's scope
                StanceRule.Scope own = k - 1 >= from && r.words().contains(tokens.get(k - 1)) ? scopeOf(k - 1, from) : scope;
                if (own != null && r.scopes().contains(own) && stands(r.construction(), k, from, to)) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * What governs the word at k: the scope words and modals in the few words before it, or null under a modal of
     * duty ("should not share"), where no rule reads. Refusal outranks inability
     * ("cannot and will not go into"), inability outranks a bare negation ("no one can tell").
     */
    StanceRule.Scope scopeOf(int k, int from) {
        boolean negated = false;
        boolean unable = false;
        boolean refused = false;
        boolean can = false;
        boolean will = false;
        boolean trying = false;
        boolean position = false;
        int gap = 0;
        for (int j = k - 1; j >= from; j--) {
            String w = tokens.get(j).norm;
            if ((w.equals("of") || w.equals("to")) && j - 2 >= from && tokens.get(j - 1).is("way")
                    && tokens.get(j - 2).is("no")) {
                unable = true; // "no way of verifying", "no way to know": not able to
                j -= 2;
                continue;
            }
            if (w.equals("of") && j - 1 >= from && tokens.get(j - 1).is("none")) {
                negated = true; // "None of that is true"
                j--;
                continue;
            }
            if (w.equals("to") && j - 3 >= from && tokens.get(j - 1).is("position") && tokens.get(j - 2).is("a")
                    && tokens.get(j - 3).is("in")) {
                position = true; // "not in a position to confirm": unable, once negated
                j -= 3;
                continue;
            }
            if (w.equals("still") && j == k - 1 && tokens.get(k).norm.endsWith("ing")) {
                trying = true; // "still establishing the facts": at work on it, so not known yet
                continue;
            }
            if (w.equals("to") && j - 1 >= from && tokens.get(j - 1).is("yet") && j == k - 1) {
                trying = true; // "have yet to determine the cause": not done, so not known yet
                j--;
                continue;
            }
            if (w.equals("to") && j - 1 >= from && tokens.get(j - 1).is("going")) {
                will = true; // "not going to get into that": a refusal, as "will not"
                j--;
                continue;
            }
            if (!tokens.get(j).isWord()) {
                if (tokens.get(j).type == Token.Type.QUOTE && gap == 0) {
                    continue; // were "false and malicious"
                }
                break;
            }
            if (NEGATORS.contains(w) && !(w.equals("not") && j + 1 < k && ONLY.contains(tokens.get(j + 1).norm))) {
                negated = true;
            } else if (INABILITY.contains(w) || (w.equals("early") || w.equals("soon")) && j > from
                    && tokens.get(j - 1).is("too")) {
                unable = true; // "too early to say", "too soon to tell"
            } else if (EFFORT.contains(w) && j + 1 < k && tokens.get(j + 1).is("to")) {
                // "still trying to establish the facts": not known yet; "was trying to find out" tells of a night
                // long past unless "still" keeps it open ("were still trying to determine")
                trying = j == from || !tokens.get(j - 1).is("was") && !tokens.get(j - 1).is("were");
            } else if (REFUSAL.contains(w)) {
                refused = true;
            } else if (CAN.contains(w)) {
                can = true;
            } else if (WILL.contains(w) || WANT.contains(w)) {
                will = true;
            } else if (DUTY.contains(w)) {
                return null;
            } else if ((w.equals("and") || w.equals("or")) && (negated || unable || refused)) {
                continue;
            } else if (++gap > MAX_GAP || !isGap(tokens.get(j)) && !minimizerOf(j, k)) {
                break;
            }
        }
        // "has not been established", "will not be confirmed": nobody refuses a passive; it is not known. "would not
        // be making a statement" is no passive: a participle in -ing goes on refusing
        boolean passive = k - 1 >= from && (tokens.get(k - 1).is("been") || tokens.get(k - 1).is("be"))
                && !tokens.get(k).norm.endsWith("ing");
        if (negated && position || passive && (negated || refused)) {
            return StanceRule.Scope.INABILITY;
        }
        if (refused || negated && will) {
            return StanceRule.Scope.REFUSAL;
        }
        if (trying && !negated && !unable) {
            return StanceRule.Scope.EFFORT;
        }
        if (unable || negated && can) {
            return StanceRule.Scope.INABILITY;
        }
        return negated ? StanceRule.Scope.NEGATION : StanceRule.Scope.AFFIRMED;
    }

    /** "not a shred of truth", "not one iota of evidence": a noun of the least amount and its "of" are a quantity. */
    private boolean minimizerOf(int j, int k) {
        Token t = tokens.get(j);
        return minimizers.contains(t) && j + 1 < k && tokens.get(j + 1).is("of")
                || t.is("of") && j > 0 && minimizers.contains(tokens.get(j - 1));
    }

    private boolean isGap(Token t) {
        return gaps.contains(t) || auxiliaries.contains(t) || determiners.contains(t) || quantities.contains(t)
                || adverb(t) || dismissive.contains(t);
    }

    /**
     * A word of degree or manner may stand anywhere between a scope and its predicate ("were grossly inaccurate",
     * "utterly without foundation"): the adverbs list, or any word in -ly that lexicon/ly-not-adverbs.txt does not
     * call a noun or adjective ("the family", "likely").
     */
    private boolean adverb(Token t) {
        return Lexicons.degreeAdverb(t, adverbs, notAdverbs);
    }

    private boolean stands(StanceRule.Construction c, int k, int from, int to) {
        Token next = k + 1 < to ? tokens.get(k + 1) : null;
        if (INTO_VERBS.contains(tokens.get(k).norm) && (next == null || !next.is("into"))) {
            return false; // "go" and "get" tell only as "go into", "get into"
        }
        return switch (c) {
            case VERB -> speakersAct(k, from);
            case PREDICATE -> called.so(k, from) && !beforeNoun(next);
            case WORD -> !knowsSomebody(k, next);
            case NOUN -> !beforeNoun(next);
            case UNSAID -> next == null || next.type != Token.Type.WORD && next.type != Token.Type.NUMBER
                    || OPEN_AFTER_TELLING.contains(next.norm) || k > from && (tokens.get(k - 1).is("further")
                    || tokens.get(k - 1).is("more")) || leftToTell(k, from);
            case QUESTION -> {
                if (next != null && PARTICLES.contains(next.norm)) {
                    next = k + 2 < to ? tokens.get(k + 2) : null; // "have not tracked down whether", "found out"
                }
                yield next != null && Lexicons.QUESTION_WORDS.contains(next.norm);
            }
            case GIVING -> givesInformation(k, to);
            case SPEAKS_FOR, OWN_DEED, INSISTED -> false; // read on who speaks: read(from, to, sourceFrom, ...)
        };
    }

    /** "We firmly reject", "I deny", "flatly denies": the speaker's act, not a report of someone else's. */
    private boolean speakersAct(int k, int from) {
        for (int j = k - 1; j >= from && j >= k - 3; j--) {
            Token t = tokens.get(j);
            if (rejectionAdverbs.contains(t) || Lexicons.FIRST_PERSON.contains(t.norm)) {
                return true;
            }
            if (!adverbs.contains(t) && !auxiliaries.contains(t) && !gaps.contains(t)) {
                return false;
            }
        }
        return k == from; // the content opens on it: "Reject any suggestion of ..."
    }

    /** The word at k modifies a noun after it ("no information technology"): a phrase ending on it says nothing. */
    boolean modifiesNoun(int k, int to) {
        return beforeNoun(k + 1 < to ? tokens.get(k + 1) : null);
    }

    /** "false positives", "information technology": the word modifies a noun after it, so is not the predicate. */
    private boolean beforeNoun(Token next) {
        return next != null && next.isWord() && !next.capitalized && !AFTER_NOUN.contains(next.norm)
                && !OPEN_MATTERS.contains(next.norm)
                && !Lexicons.PREPOSITIONS.contains(next.norm) && !adverbs.contains(next) && !auxiliaries.contains(next)
                && !determiners.contains(next) && !Lexicons.isSubjectPronoun(next.norm) && !next.norm.endsWith("ly");
    }

    /**
     * "nothing more to add at this time", "nothing further to say about it": what is left to tell, an infinitive
     * after "nothing" (past "more" or "further"), says nothing whatever follows it.
     */
    private boolean leftToTell(int k, int from) {
        if (k - 2 < from || !tokens.get(k - 1).is("to")) {
            return false;
        }
        int j = k - 2;
        if (tokens.get(j).is("more") || tokens.get(j).is("further") || tokens.get(j).is("else")) {
            j--;
        }
        return j >= from && tokens.get(j).is("nothing");
    }

    /** "did not know him well", "not known for": knowing a person or being known, not knowing a fact. */
    private boolean knowsSomebody(int k, Token next) {
        if (next != null && next.is("for") && k + 2 < tokens.size()
                && (tokens.get(k + 2).is("certain") || tokens.get(k + 2).is("sure"))) {
            return false; // "nobody knows for certain what happened": a fact not known
        }
        return next != null && knowsSomebody(tokens.get(k), next);
    }

    static boolean knowsSomebody(Token verb, Token next) {
        if (!verb.norm.startsWith("kn") && !verb.norm.startsWith("remember") && !verb.norm.startsWith("recall")
                && !verb.norm.startsWith("recollect")) {
            return false; // "did not know him", "does not remember her": a person, not a fact
        }
        return Lexicons.OBJECT_PRONOUNS.contains(next.norm) || next.is("for") || next.is("as")
                || next.capitalized && next.isWord();
    }

    /** Words after "say" that leave what is said open: "could not say much to reporters", "say more". */
    private static final Set<String> OPEN_SAYING = Set.of("much", "more", "anything", "enough", "any", "that", "for",
            "yet", "exactly", "precisely", "publicly", "so");

    /**
     * "did not know him", "did not know the city well", "could not say goodbye to his team": not knowing a person
     * or a place, or a word not said to someone, is no fact left unknown. {@code verbAt} is the cue's last word.
     */
    static boolean knowsNoFact(List<Token> tokens, int verbAt, int end) {
        int next = verbAt + 1;
        if (next >= end) {
            return false;
        }
        Token verb = tokens.get(verbAt);
        if (knowsSomebody(verb, tokens.get(next))) {
            return true;
        }
        if (verb.norm.startsWith("kn")) {
            // "know the area well": acquaintance; a verb before "well" makes it a clause ("knew the plan was well ...")
            for (int k = next + 1; k < end && k <= next + 4; k++) {
                Token t = tokens.get(k);
                if (t.is("well")) {
                    return true;
                }
                if (!t.isWord() || Lexicons.QUESTION_WORDS.contains(t.norm) || t.is("that") || AUXILIARY_LIKE.contains(t.norm)) {
                    return false;
                }
            }
            return false;
        }
        Token said = tokens.get(next);
        return (verb.is("say") || verb.is("said")) && next + 1 < end && tokens.get(next + 1).is("to") && said.isWord()
                && !said.capitalized && !said.norm.endsWith("ly") && !OPEN_SAYING.contains(said.norm)
                && !Lexicons.QUESTION_WORDS.contains(said.norm);
    }

    /** Finite forms that make what follows "know" a clause ("knew the attack was coming"). */
    private static final Set<String> AUXILIARY_LIKE = Set.of("is", "was", "were", "are", "had", "has", "have", "would",
            "will", "could", "can", "might", "may", "did", "does");

    /** "could not provide further details", but not "cannot provide health care". */
    private boolean givesInformation(int k, int to) {
        for (int j = k + 1; j < to && j <= k + 4; j++) {
            if (infoNouns.contains(tokens.get(j))) {
                return true;
            }
        }
        return false;
    }
}
