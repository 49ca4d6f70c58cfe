package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Flag;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who speaks a sentence that has no cue of its own: quoted words carried to the speaker of their quotation, the
 * paragraph a "He said:" introduces, the sentences of a transcript turn. Each carried claim takes its speaker's
 * source and is read again by the content rules (a carried "“We deny it.”" is still a denial).
 */
final class QuotationCarry {
    /** A quotation paragraph carries its speaker over at most this many paragraphs. */
    private static final int QUOTE_CARRY_PARAGRAPHS = 2;

    private final Document doc;
    private final ClaimContent content;

    QuotationCarry(Document doc, ClaimContent content) {
        this.doc = doc;
        this.content = content;
    }

    /**
     * A sentence of quoted words with no cue of its own is the speaker's: the one whose tag stands in the same
     * quotation, or in the quotation it continues, or, for a paragraph that is one quotation, the speaker quoted
     * just before (news style: "“We expect the B sample,” he said." then "“It is a shame.”").
     */
    void carryQuotations(List<ClaimDraft> drafts) {
        Map<Integer, ClaimDraft> speakerOfQuote = new HashMap<>();
        for (ClaimDraft d : drafts) {
            if (d.attributed() && d.entity != null) {
                for (int k = d.from; k < d.to; k++) {
                    int q = doc.quoteIndex(k);
                    if (q >= 0) {
                        speakerOfQuote.putIfAbsent(q, d);
                    }
                }
            }
        }
        ClaimDraft lastQuoted = null;
        ClaimDraft previous = null;
        for (ClaimDraft d : drafts) {
            ClaimDraft before = previous;
            previous = d;
            if (d.attributed()) {
                if (d.flags.contains(Flag.DIRECT_QUOTE) && d.entity != null) {
                    lastQuoted = d;
                }
                continue;
            }
            int first = firstWord(d);
            if (first < 0 || !doc.quoted(first)) {
                continue;
            }
            int q = doc.quoteIndex(first);
            ClaimDraft speaker = speakerOfQuote.get(q);
            String why = "quote.same-quotation";
            if (speaker == null && q > 0 && doc.quotes.get(q - 1).continues()) {
                speaker = speakerOfQuote.get(q - 1);
                why = "quote.continued-paragraph";
            }
            if (speaker == null && lastQuoted != null && wholeQuotation(d)
                    && doc.paragraphOf(d.from) - doc.paragraphOf(lastQuoted.from) <= QUOTE_CARRY_PARAGRAPHS) {
                speaker = lastQuoted;
                why = "quote.next-paragraph";
            }
            if (speaker != null && why.equals("quote.next-paragraph") && doc.paragraphOf(d.from) == doc.paragraphOf(speaker.from)) {
                why = "quote.same-paragraph"; // "“A,” said Marchetti, speaking of X. “B.”": B hangs on the same cue
            }
            if (speaker != null) {
                inherit(d, speaker, why);
                continuesDenial(d, before);
                if (!why.equals("quote.next-paragraph")) {
                    sameCue(d, speaker);
                }
                speakerOfQuote.putIfAbsent(q, speaker);
            }
        }
    }

    /**
     * "He said:" ending its paragraph introduces the next one ("“We have a situation ...”"): that paragraph is what
     * was said, every sentence of it on the same cue, and it is the introducing claim's content.
     */
    void carryIntroduced(List<ClaimDraft> drafts) {
        for (int i = 0; i + 1 < drafts.size(); i++) {
            ClaimDraft intro = drafts.get(i);
            if (!intro.attributed() || intro.cueTo < 1 || !doc.token(intro.cueTo - 1).isPunct(':')
                    || intro.cueTo < intro.to && !doc.token(intro.cueTo).isTerminal()) {
                continue;
            }
            int paragraph = doc.paragraphOf(intro.from) + 1;
            int j = i + 1;
            while (j < drafts.size() && doc.paragraphOf(drafts.get(j).from) == paragraph && !drafts.get(j).attributed()) {
                ClaimDraft d = drafts.get(j);
                inherit(d, intro, "quote.introduced");
                sameCue(d, intro);
                j++;
            }
            if (j > i + 1) {
                intro.contentFrom = drafts.get(i + 1).from;
                intro.contentTo = drafts.get(j - 1).to;
                content.quoteKind(intro);
            }
        }
    }

    /** The sentences of a transcript turn ("HOST: Will the mayor run? People want to know.") are its speaker's. */
    void carryTurns(List<ClaimDraft> drafts) {
        ClaimDraft turn = null;
        for (ClaimDraft d : drafts) {
            if (d.rules.contains("transcript.speaker")) {
                turn = d;
            } else if (turn != null && doc.paragraphOf(d.from) == doc.paragraphOf(turn.from)) {
                // what the speaker believes or wants is the speaker's turn too; a report it relays keeps its source
                if (!d.attributed() || d.cue != null && d.cue.category() == CueCategory.STANCE) {
                    d.flags.clear();
                    d.rules.clear();
                    inherit(d, turn, "transcript.same-turn");
                    sameCue(d, turn);
                }
            } else {
                turn = null;
            }
        }
    }

    /** The claim hangs on the speaker's cue: the same act of attribution, so the same relation content. */
    private static void sameCue(ClaimDraft d, ClaimDraft speaker) {
        d.cue = speaker.cue;
        d.cueFrom = speaker.cueFrom;
        d.cueTo = speaker.cueTo;
    }

    private void inherit(ClaimDraft d, ClaimDraft speaker, String why) {
        d.source = speaker.source;
        d.entity = speaker.entity;
        d.cue = null;
        d.cueFrom = -1;
        d.label = speaker.label == Attribution.DOCUMENTARY || speaker.label == Attribution.ANONYMOUS
                ? speaker.label : Attribution.NAMED;
        d.rule(why);
        d.carried = true;
        d.contentFrom = d.from;
        d.contentTo = d.to;
        content.applyContentRules(d);
        content.quoteKind(d);
    }

    /**
     * "“Mr Roe did not receive any briefings. Not from his partners, and not from anyone else.”": a sentence of the
     * same speaker's quotation that opens on a negation right after a denial goes on denying.
     */
    private void continuesDenial(ClaimDraft d, ClaimDraft before) {
        int first = firstWord(d);
        boolean negation = doc.token(first).is("not") || doc.token(first).is("nor") || doc.token(first).is("neither")
                || doc.token(first).is("never");
        if (negation && before != null && before.label == Attribution.DENIED && before.entity == d.entity
                && d.label == Attribution.NAMED) {
            d.label = Attribution.DENIED;
            d.rule("stance.deny-continued");
        }
    }

    private int firstWord(ClaimDraft d) {
        for (int k = d.from; k < d.to; k++) {
            if (doc.token(k).isWord() || doc.token(k).type == Token.Type.NUMBER) {
                return k;
            }
        }
        return -1;
    }

    /** The claim is quoted words from its first word to its last. */
    private boolean wholeQuotation(ClaimDraft d) {
        int words = 0;
        for (int k = d.from; k < d.to; k++) {
            Token t = doc.token(k);
            if (t.isWord() || t.type == Token.Type.NUMBER) {
                words++;
                if (!doc.quoted(k)) {
                    return false;
                }
            }
        }
        return words > 0;
    }
}
