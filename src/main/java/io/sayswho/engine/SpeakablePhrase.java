package io.sayswho.engine;

import java.util.List;
import java.util.Set;

/**
 * Whether the words found for a source could be one, whatever the cue: somebody could stand behind them (not a lone
 * article, a verb's form, a "who" that asks, a clause with its own verb) and they are not the free relative of the
 * writer's own clause ("What officials said was ignored"). {@link SourceAcceptance} asks before it keeps a cue.
 */
final class SpeakablePhrase {
    private final List<Token> tokens;
    private final WordList knowing;
    private final WordList telling;
    private final WordList saying;
    private final WordList knowledgeActs;
    private final WordList subordinators;
    private final WordList freeRelatives;
    private final WordList auxiliaries;

    SpeakablePhrase(Document doc, RuleSet rules) {
        this.tokens = doc.tokens;
        this.knowing = rules.list("knowing-verbs");
        this.telling = rules.list("telling-verbs");
        this.saying = rules.list("saying-verbs");
        this.knowledgeActs = rules.list("knowledge-acts");
        this.subordinators = rules.list("subordinators");
        this.freeRelatives = rules.list("free-relatives");
        this.auxiliaries = rules.list("auxiliaries");
    }

    /**
     * "What officials said was ignored", "if what they wrote is true", "not everything Roe says": a free relative's
     * word just before the subject where a clause's subject stands (opening the sentence or after a subordinator),
     * or opening the subject. Not "asked what officials said", an indirect question after its verb.
     */
    boolean freeRelative(SourceFinder.Found source, Sentence s) {
        int from = source.from();
        if (from - 1 >= s.from() && freeRelatives.contains(tokens.get(from - 1))
                && (from - 1 == s.from() || subordinators.contains(tokens.get(from - 2)))) {
            return true;
        }
        int opening = tokens.get(from).is("not") ? from + 1 : from;
        return opening + 1 < source.to() && freeRelatives.contains(tokens.get(opening));
    }

    private static final Set<String> BARE_DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "my", "your");

    /**
     * Somebody could stand behind these words: not a lone article ("the suspects in ...": "the"), not a verb's form
     * ("That prompted calls for ..."), not a "who" that asks rather than relates ("reveal who told them").
     */
    boolean canSpeak(int from, int to) {
        Token last = tokens.get(to - 1);
        if (to - from == 1 && BARE_DETERMINERS.contains(last.norm) || last.is("a") || last.is("an") || last.is("the")) {
            return false; // a noun phrase never ends on its article: "the", "Cook provided a" (before "written statement")
        }
        if (endsOnPreposition(from, to)) {
            return false; // nor on a preposition: "rebuked Jo Roe for" before "suggesting", "responded by", "stopped short of"
        }
        if (to - from == 1 && !last.capitalized && last.isWord() && last.norm.endsWith("ed")
                && (from == 0 || !tokens.get(from - 1).is("the"))) { // "the accused" speaks; "prompted" does not
            return false;
        }
        return !(to - from == 1 && last.is("who") && from > 0 && asksWho(tokens.get(from - 1)));
    }

    /**
     * The words end on a preposition or a conjunction: the start of a phrase, never a whole one. A relative clause
     * may strand its preposition: "Sue Roe, who has not decided which candidate she will caucus with".
     */
    boolean endsOnPreposition(int from, int to) {
        Token last = tokens.get(to - 1);
        if (last.capitalized) {
            return false;
        }
        if (last.is("and") || last.is("or")) {
            return true;
        }
        return Lexicons.PREPOSITIONS.contains(last.norm) && !holdsRelative(from + 1, to - 1);
    }

    private boolean holdsRelative(int from, int to) {
        for (int k = from; k < to; k++) {
            if (RELATIVES.contains(tokens.get(k).norm)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

    /**
     * "all parties mentioned in it should take action": after its cue, an auxiliary in the words before any
     * relative pronoun makes them a clause with its own verb, not a noun phrase that could speak. A relative
     * clause may hold one ("a lawyer who has advised the board").
     */
    boolean clauseNotPhrase(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            if (t.is("who") || t.is("which") || t.is("that") || t.is("whose") || t.isPunct(',') || t.isPunct('(')) {
                return false;
            }
            if (auxiliaries.contains(t) && !t.capitalized) {
                return true;
            }
        }
        return false;
    }

    /** "reveal who", "did not know who", "asked who": a verb of knowing or telling makes "who" a question. */
    private boolean asksWho(Token before) {
        return knowing.contains(before) || telling.contains(before) || saying.contains(before)
                || knowledgeActs.contains(before) || ASKING.contains(before.norm);
    }

    private static final Set<String> ASKING = Set.of("ask", "asks", "asked", "asking", "wonder", "wondered",
            "reveal", "reveals", "revealed", "explain", "explained", "decide", "decided", "see", "saw", "show", "showed");
}
