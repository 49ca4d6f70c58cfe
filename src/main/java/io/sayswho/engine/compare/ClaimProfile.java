package io.sayswho.engine.compare;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Claim;
import io.sayswho.engine.model.ClaimSource;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.Source;
import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the comparison needs of one claim: the stems of what it asserts (its words without its source and cue, so that
 * "the Cuban government, a close ally of ..., did not respond" is not taken for a sentence about the alliance), the
 * stems that describe its source (with the first mention of a source a pronoun refers to), and its quotations.
 */
final class ClaimProfile {
    final Claim claim;
    /** Position of the claim in its analysis. */
    final int index;
    final Set<String> content;
    final Set<String> source;
    /** Lower-cased words of the source's resolved name; empty for unnamed sources. */
    final Set<String> name;
    /** Each quotation in the claim, as its words (function words kept: "We" and "He" differ). */
    final List<List<String>> quotes;
    /** Content stems that stand inside quotation marks. */
    final Set<String> quoted;

    private ClaimProfile(Claim claim, int index, Set<String> content, Set<String> source, Set<String> name,
                         List<List<String>> quotes, Set<String> quoted) {
        this.claim = claim;
        this.index = index;
        this.content = content;
        this.source = source;
        this.name = name;
        this.quotes = quotes;
        this.quoted = quoted;
    }

    static List<ClaimProfile> of(List<Claim> claims, List<Source> sources, String text) {
        Map<String, Source> byId = new java.util.HashMap<>();
        for (Source s : sources) {
            byId.put(s.id(), s);
        }
        List<ClaimProfile> out = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            out.add(of(claims.get(i), i, byId, text));
        }
        return out;
    }

    private static ClaimProfile of(Claim claim, int index, Map<String, Source> sources, String text) {
        String t = claim.text();
        int base = claim.start();
        ClaimSource src = claim.source();
        // The claim's own words, with its source mention and cue cut out where they lie inside it.
        boolean[] cut = new boolean[t.length()];
        if (src != null) {
            mark(cut, src.start() - base, src.end() - base);
        }
        if (claim.cue() != null) {
            mark(cut, claim.cue().start() - base, claim.cue().end() - base);
        }
        Set<String> content = new LinkedHashSet<>();
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && cut[i]) {
                i++;
            }
            int from = i;
            while (i < t.length() && !cut[i]) {
                i++;
            }
            content.addAll(ContentWords.stems(t, from, i));
        }
        if (content.isEmpty()) {
            // All source and cue ("He was not immediately available for comment."): then those words are what it
            // says; all function words ("I said, 'What are they doing?'"): its words as written.
            content.addAll(ContentWords.stems(t, 0, t.length()));
            if (content.isEmpty()) {
                content.addAll(ContentWords.words(t, 0, t.length()));
            }
            if (content.isEmpty() && !t.isBlank()) {
                // No word at all ("}."): the marks themselves, so that the same fragment still meets its copy.
                content.add("\u0000" + t.strip());
            }
        }
        Set<String> source = new LinkedHashSet<>();
        Set<String> name = new LinkedHashSet<>();
        if (src != null) {
            source.addAll(ContentWords.stems(src.text(), 0, src.text().length()));
            if (src.name() != null) {
                source.addAll(ContentWords.stems(src.name(), 0, src.name().length()));
                for (String w : ContentWords.words(src.name(), 0, src.name().length())) {
                    if (ContentWords.stem(w) != null) {
                        name.add(w);
                    }
                }
            }
            Source entity = sources.get(src.id());
            if (entity != null && !entity.mentions().isEmpty()) {
                // "he", "the source": what the text first called this source says who it is.
                var first = entity.mentions().get(0);
                source.addAll(ContentWords.stems(text, first.start(), first.end()));
            }
        }
        List<List<String>> quotes = new ArrayList<>();
        Set<String> quoted = new LinkedHashSet<>();
        for (int[] q : Quotations.spans(t)) {
            quotes.add(ContentWords.words(t, q[0], q[1]));
            quoted.addAll(ContentWords.stems(t, q[0], q[1]));
        }
        return new ClaimProfile(claim, index, content, source, name, quotes, quoted);
    }

    private static void mark(boolean[] cut, int start, int end) {
        for (int i = Math.max(0, start); i < Math.min(end, cut.length); i++) {
            cut[i] = true;
        }
    }

    String id() {
        return claim.id();
    }

    Attribution label() {
        return claim.attribution();
    }

    boolean has(Flag flag) {
        return claim.flags().contains(flag);
    }

    boolean anonymous() {
        return claim.source() != null && claim.source().kind() == SourceKind.ANONYMOUS;
    }

    /** Quoted words, all quotations of the claim in order. */
    List<String> quotedWords() {
        List<String> all = new ArrayList<>();
        quotes.forEach(all::addAll);
        return all;
    }
}
