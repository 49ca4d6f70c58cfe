package io.sayswho.engine;

import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a text gives whether or not they speak: antecedents that the list of sources cannot supply. "the
 * Nordland president" after "Nordland President Aron Vass" was named in passing, "the airline" when no body has
 * spoken yet, "he" right after "Fire chief Gordon Baptiste reached the scene", and "he" after "At a rally, Roe ..."
 * when the latest source was somebody else. Names are scanned once, left to right, as far as the references reach.
 */
final class TextNames {
    /** A name run the text gave, tokens [from, to), and what it would be as a source. */
    record Named(int from, int to, SourceKind kind, String name, String head) {
    }

    /** How far back, in tokens, a title description looks for the titled name ("President Jo Roe"). */
    private static final int TITLE_REACH = 400;
    /** How far back a pronoun with no speaker before it looks for a person's name, in tokens. */
    private static final int PERSON_REACH = 60;
    /** How many names back "the airline" looks: bounded, so the work stays linear in the text. */
    private static final int BODY_REACH = 48;
    private static final Set<String> OPENERS = Set.of("during", "while", "when", "after", "before", "since",
            "despite", "following", "later", "earlier", "last", "on", "at", "in", "speaking", "asked");

    private final Document doc;
    private final SourceClassifier classifier;
    private final WordList times;
    private final WordList titles;
    private final WordList bodyDescriptions;
    private final WordList outletDescriptions;
    /** Runs of capitalised words seen so far (start, end token). */
    private final List<int[]> names = new ArrayList<>();
    private int scannedTo;

    TextNames(Document doc, SourceClassifier classifier, RuleSet rules) {
        this.doc = doc;
        this.classifier = classifier;
        this.times = rules.list("time-words");
        this.titles = rules.list("titles");
        this.bodyDescriptions = rules.list("body-descriptions");
        this.outletDescriptions = rules.list("outlet-descriptions");
    }

    /**
     * "the Nordland president" after "Nordland President Aron Vass" was named (not as a source): a title
     * description refers back to the latest name the text gave that title, its modifiers matching.
     */
    Named titled(SourcePhrase p) {
        String head = p.head();
        if (head == null || !titles.contains(head)) {
            return null;
        }
        for (int t = p.from() - 1; t >= 0 && p.from() - t <= TITLE_REACH; t--) {
            Token title = doc.token(t);
            if (!title.capitalized || !title.norm.equals(head) || !modifiersMatch(p, Math.max(0, t - 3), t)) {
                continue;
            }
            int end = t + 1;
            while (end < p.from() && end - t <= 4 && nameWord(end)) {
                end++;
            }
            if (end - t >= 2) {
                SourcePhrase named = classifier.classify(t + 1, end);
                if (named.kind() == SourceKind.PERSON && named.name() != null) {
                    return new Named(t + 1, end, SourceKind.PERSON, named.name(), head);
                }
            }
        }
        return null;
    }

    /** Each word between the description's article and its head ("Nordland") stands before the title in the name. */
    private boolean modifiersMatch(SourcePhrase p, int nameFrom, int title) {
        int headAt = p.to() - 1;
        for (int k = p.from() + 1; k < headAt; k++) {
            String w = doc.token(k).norm;
            boolean found = false;
            for (int j = nameFrom; j < title; j++) {
                found |= doc.token(j).norm.equals(w);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** "the airline" when no body was a source yet: the latest proper name before it in the text. */
    Named body(SourcePhrase p) {
        if (p.head() == null || !(bodyDescriptions.contains(p.head()) || outletDescriptions.contains(p.head()))) {
            return null;
        }
        scanTo(p.from());
        for (int i = names.size() - 1; i >= Math.max(0, names.size() - BODY_REACH); i--) {
            int[] n = names.get(i);
            if (n[1] <= p.from()) {
                SourcePhrase named = classifier.classify(n[0], n[1]);
                if (named.kind() == SourceKind.PERSON || named.name() == null) {
                    continue;
                }
                SourceKind kind = outletDescriptions.contains(p.head()) && !bodyDescriptions.contains(p.head())
                        ? SourceKind.PUBLICATION : SourceKind.ORGANIZATION;
                return new Named(n[0], n[1], kind, named.name(), p.head());
            }
        }
        return null;
    }

    /**
     * "Fire chief Gordon Baptiste reached the scene. He said: ...": with no source before it, "he" is the person
     * the text named just before: a title and a name, or two or more capitalised words that read as a name.
     */
    Named personBefore(SourcePhrase p) {
        scanTo(p.from());
        for (int i = names.size() - 1; i >= 0; i--) {
            int[] n = names.get(i);
            if (n[1] > p.from()) {
                continue;
            }
            if (p.from() - n[1] > PERSON_REACH) {
                return null;
            }
            SourcePhrase named = classifier.classify(n[0], n[1]);
            if (named.kind() == SourceKind.PERSON && named.name() != null) {
                return new Named(n[0], n[1], SourceKind.PERSON, named.name(), null);
            }
        }
        return null;
    }

    /**
     * "A lawmaker said X. At a rally, Trump listed the countries. “…,” he said.": the person named as a sentence's
     * subject after token {@code after} (the latest source's last mention) and before the pronoun {@code p}, or
     * null. Subject means the name opens its sentence or follows the comma of an opening phrase, outside quotation
     * marks; a name in any other place ("… about Trump") is only talked about.
     */
    Named laterSubject(SourcePhrase p, int after) {
        scanTo(p.from());
        for (int i = names.size() - 1; i >= 0; i--) {
            int[] n = names.get(i);
            if (n[1] > p.from()) {
                continue;
            }
            if (p.from() - n[1] > PERSON_REACH || n[0] <= after) {
                return null;
            }
            boolean subject = (doc.initial(n[0]) || afterOpeningPhrase(n[0]))
                    && !doc.quoted(n[0]) && n[1] < doc.tokens.size() && !doc.token(n[1]).is("'s");
            SourcePhrase named = subject ? personNamed(n, i) : null;
            if (named != null) {
                return new Named(n[0], n[1], SourceKind.PERSON, named.name(), null);
            }
        }
        return null;
    }

    /** "At a rally in Ashby on Monday, Roe ...": the name follows the comma closing the sentence's opening phrase. */
    private boolean afterOpeningPhrase(int k) {
        if (k == 0 || !doc.token(k - 1).isPunct(',')) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 30; j--) {
            if (doc.initial(j)) {
                return OPENERS.contains(doc.token(j).norm) || times.contains(doc.token(j));
            }
        }
        return false;
    }

    /** The person a name run names: itself, or for a lone surname ("Trump") the full name given before it. */
    private SourcePhrase personNamed(int[] n, int index) {
        SourcePhrase named = classifier.classify(n[0], n[1]);
        if (named.kind() == SourceKind.PERSON && named.name() != null) {
            return named;
        }
        if (n[1] - n[0] != 1) {
            return null;
        }
        String surname = doc.token(n[0]).norm;
        for (int i = index - 1; i >= 0; i--) {
            int[] m = names.get(i);
            if (m[1] - m[0] >= 2 && doc.token(m[1] - 1).norm.equals(surname)) {
                SourcePhrase full = classifier.classify(m[0], m[1]);
                return full.kind() == SourceKind.PERSON && full.name() != null ? full : null;
            }
        }
        return null;
    }

    private boolean nameWord(int k) {
        return classifier.proper(k) && !times.contains(doc.token(k));
    }

    /** Records runs of capitalised words up to token {@code to}, once each: each question above asks it first. */
    private void scanTo(int to) {
        int k = scannedTo;
        while (k < to) {
            if (nameWord(k)) {
                int s = k;
                while (k < to && nameWord(k)) {
                    k++;
                }
                names.add(new int[] {s, k});
            } else {
                k++;
            }
        }
        scannedTo = Math.max(scannedTo, to);
    }
}
