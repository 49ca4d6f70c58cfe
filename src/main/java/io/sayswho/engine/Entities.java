package io.sayswho.engine;

import io.sayswho.engine.model.Range;
import io.sayswho.engine.model.SourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Coreference as a news reader does it: a pronoun or a description ("the source", "the spokesman", "the
 * company") takes the most recent source it can stand for; a surname takes the person named in full before. Only
 * sources are antecedents for people, so "he" never goes to somebody who is only talked about. A description of
 * a body ("the airline") with no such source before takes the latest proper name of the text.
 */
final class Entities {

    /** How many recent sources a reference may reach back to: bounded, so the work stays linear in the text. */
    private static final int LOOKBACK = 48;

    private final List<Entity> all = new ArrayList<>();
    /** The latest-mentioned sources, most recent last, at most LOOKBACK of them. */
    private final List<Entity> recent = new ArrayList<>();
    private final Document doc;
    private final SourceClassifier classifier;
    /** Names the text gave, sources or not: antecedents for "the company" or "he" when no source fits. */
    private final TextNames names;

    private final WordList bodyDescriptions;
    private final WordList outletDescriptions;
    private final WordList titles;
    private final WordList unnamedByChoice;
    /** A first mention that opens with "a" or "an": a role introduced, not one referred back to. */
    private static final Pattern INDEFINITE = Pattern.compile("(?i)an? ");

    Entities(Document doc, SourceClassifier classifier, RuleSet rules) {
        this.doc = doc;
        this.classifier = classifier;
        this.names = new TextNames(doc, classifier, rules);
        this.bodyDescriptions = rules.list("body-descriptions");
        this.outletDescriptions = rules.list("outlet-descriptions");
        this.titles = rules.list("titles");
        this.unnamedByChoice = rules.list("unnamed-by-choice");
    }

    List<Entity> all() {
        return all;
    }

    /** Finds or makes the entity this phrase stands for and records the mention. Null when it cannot be told. */
    Entity resolve(SourcePhrase p) {
        Entity e = p.pronoun() != null ? byPronoun(p) : p.definite() ? byDescription(p) : byName(p);
        if (p.pronoun() != null && Lexicons.SINGULAR_PERSONAL.contains(p.pronoun())) {
            e = preferLaterSubject(p, e);
        }
        if (e == null && p.refersBack() && p.pronoun() == null) {
            e = fromName(names.body(p), p);
        }
        if (e == null && p.pronoun() == null && doc.token(p.from()).is("the")) {
            e = fromName(names.titled(p), p);
        }
        if (e == null && p.pronoun() != null && Lexicons.SINGULAR_PERSONAL.contains(p.pronoun())) {
            e = fromName(names.personBefore(p), p);
        }
        if (e == null) {
            SourcePhrase q = p;
            if (q.kind() == null) {
                // a pronoun with nobody before it: somebody, unnamed
                q = new SourcePhrase(p.from(), p.to(), kindOfHead(p.head()), null, p.head(), p.plural(), p.ordinal(),
                        p.pronoun(), false);
            }
            e = new Entity("s" + (all.size() + 1), q, doc.surface(p.from(), p.to()));
            all.add(e);
        }
        touch(e);
        Token first = doc.token(p.from());
        Token last = doc.token(p.to() - 1);
        e.mentions.add(new Range(first.start, last.end));
        e.last = p.from();
        if (e.name == null && p.name() != null && p.kind() == e.kind) {
            e.name = p.name();
        }
        return e;
    }

    private SourceKind kindOfHead(String head) {
        if (head == null) {
            return SourceKind.ANONYMOUS;
        }
        if (outletDescriptions.contains(head)) {
            return SourceKind.PUBLICATION;
        }
        return bodyDescriptions.contains(head) ? SourceKind.ORGANIZATION : SourceKind.ANONYMOUS;
    }

    private Entity byPronoun(SourcePhrase p) {
        String pr = p.pronoun();
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = latest(i);
            boolean fits = switch (pr) {
                case "he", "she" -> e.animateSingular() || voiceOfBody(e);
                case "they" -> e.plural || e.kind == SourceKind.ORGANIZATION || e.kind == SourceKind.PUBLICATION;
                case "it" -> e.kind == SourceKind.ORGANIZATION || e.kind == SourceKind.PUBLICATION
                        || e.kind == SourceKind.DOCUMENT;
                default -> true;
            };
            if (fits) {
                return e;
            }
        }
        return null;
    }

    /**
     * "A Treasury spokeswoman said ... She added": the body's voice is on record as the body (an ORGANIZATION), but
     * is one person, who can be "she". A body by its own name ("the Treasury", "the committee") cannot: its head is no title.
     */
    private boolean voiceOfBody(Entity e) {
        return e.kind == SourceKind.ORGANIZATION && !e.plural && e.head != null
                && titles.contains(e.head);
    }

    /** Entity i of the recency list (0 the oldest, size-1 the latest). */
    private Entity latest(int i) {
        return recent.get(i);
    }

    private void touch(Entity e) {
        recent.remove(e);
        recent.add(e);
        if (recent.size() > LOOKBACK) {
            recent.remove(0);
        }
    }

    private Entity byDescription(SourcePhrase p) {
        String head = p.head();
        boolean body = bodyDescriptions.contains(head) || outletDescriptions.contains(head);
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = latest(i);
            // "the prime minister" after "Ministers deny ...": one of them is not the many
            boolean sameHead = head != null && head.equals(e.head) && p.plural() == e.plural;
            boolean ordinalFits = p.ordinal() == null || p.ordinal().equals(e.ordinal) || p.ordinal().equals("same");
            if (sameHead && ordinalFits) {
                Entity named = namedLater(e, i);
                if (named != null) {
                    e.namedAs = named; // its earlier claims are the named person's too (Pipeline relabels them)
                    return named;
                }
                return e;
            }
        }
        if (body) {
            SourceKind wanted = outletDescriptions.contains(head) && !bodyDescriptions.contains(head) ? SourceKind.PUBLICATION
                    : bodyDescriptions.contains(head) && !outletDescriptions.contains(head) ? SourceKind.ORGANIZATION : null;
            for (int i = recent.size() - 1; i >= 0; i--) {
                Entity e = latest(i);
                boolean fits = wanted == null
                        ? e.kind == SourceKind.ORGANIZATION || e.kind == SourceKind.PUBLICATION
                        : e.kind == wanted;
                if (fits && e.name != null) {
                    return e;
                }
            }
        }
        if (head != null && OUTLET_WORKS.contains(head)) {
            // "the Ledger reported ... the report said": a work of the press is the outlet's that just spoke
            for (int i = recent.size() - 1; i >= 0 && i >= recent.size() - OUTLET_WORK_REACH; i--) {
                if (latest(i).kind == SourceKind.PUBLICATION) {
                    return latest(i);
                }
            }
        }
        if (!body && head != null) {
            // "the spokesman" after "spokesman Jo Bloggs said": a title refers back to the person who had it
            for (int i = recent.size() - 1; i >= 0; i--) {
                Entity e = latest(i);
                if (e.kind == SourceKind.PERSON && e.description != null
                        && Tokenizer.fold(e.description).contains(head)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * "A lawmaker in Nordland wants ... Jo Roe said ... The lawmaker, who represents ..., said": a role introduced
     * with "a" and left unnamed, then a person named with no title of their own as the latest source, then "the"
     * and that role again: the writer named the lawmaker in between. Roles whose people the writer keeps unnamed
     * by choice ("an official", "a source") are never named so.
     */
    private Entity namedLater(Entity described, int at) {
        Entity latest = latest(recent.size() - 1);
        boolean introduced = described.kind == SourceKind.ANONYMOUS && described.name == null && !described.plural
                && described.description != null && INDEFINITE.matcher(described.description).lookingAt()
                && titles.contains(described.head) && !unnamedByChoice.contains(described.head);
        // a lone surname reads as a body until something tells otherwise; a person's role now does
        boolean person = latest.kind == SourceKind.PERSON
                || latest.kind == SourceKind.ORGANIZATION && latest.name != null && latest.name.indexOf(' ') < 0;
        boolean untitledName = latest != described && person && latest.name != null
                && latest.description != null && Tokenizer.fold(latest.description).equals(Tokenizer.fold(latest.name));
        if (!introduced || !untitledName || at >= recent.size() - 1) {
            return null;
        }
        latest.kind = SourceKind.PERSON;
        return latest;
    }

    private Entity byName(SourcePhrase p) {
        String name = p.name();
        for (int i = recent.size() - 1; i >= 0; i--) {
            Entity e = latest(i);
            if (name != null && e.name != null) {
                boolean surname = name.indexOf(' ') < 0 && Tokenizer.fold(name).equals(e.lastWordOfName());
                if ((sameName(name, e) || surname) && compatible(p.kind(), e.kind)) {
                    if (name.length() > e.name.length()) {
                        e.name = name;
                    }
                    return e;
                }
            } else if (name == null && e.name == null && p.kind() == e.kind && p.kind() != SourceKind.DOCUMENT
                    && Tokenizer.fold(doc.surface(p.from(), p.to())).equals(Tokenizer.fold(e.description))) {
                return e;
            }
        }
        return null;
    }

    private static boolean compatible(SourceKind a, SourceKind b) {
        if (a == b) {
            return true;
        }
        // a lone surname reads as a body until the full name tells otherwise
        return a == SourceKind.ORGANIZATION && b == SourceKind.PERSON || a == SourceKind.PERSON && b == SourceKind.ORGANIZATION;
    }


    /** What a publication produces: "the report", "the story", "the article" refer back to the outlet ... */
    private static final Set<String> OUTLET_WORKS = Set.of("report", "story", "article", "dispatch");
    /** ... when it is among the few sources spoken of last. */
    private static final int OUTLET_WORK_REACH = 4;

    /**
     * "A lawmaker said X. At a rally, Trump listed the countries. “…,” he said.": a person named as a sentence's
     * subject after the latest source's last mention is who "he" is, though never a source before.
     */
    private Entity preferLaterSubject(SourcePhrase p, Entity candidate) {
        TextNames.Named named = names.laterSubject(p, candidate == null ? -1 : candidate.last);
        if (named == null || candidate != null && candidate.name != null && sameName(named.name(), candidate)) {
            return candidate;
        }
        for (int j = recent.size() - 1; j >= 0; j--) {
            if (recent.get(j).name != null && sameName(named.name(), recent.get(j))) {
                return recent.get(j);
            }
        }
        return fromName(named, p);
    }

    /** A new source for a name the text gave, that a description or pronoun {@code p} refers back to; null for none. */
    private Entity fromName(TextNames.Named n, SourcePhrase p) {
        if (n == null) {
            return null;
        }
        SourcePhrase as = new SourcePhrase(p.from(), p.to(), n.kind(), n.name(), n.head(), false, null, null, false);
        Entity e = new Entity("s" + (all.size() + 1), as, doc.surface(n.from(), n.to()));
        e.mentions.add(new Range(doc.token(n.from()).start, doc.token(n.to() - 1).end));
        all.add(e);
        return e;
    }

    /** The same name, or one ending the other ("Roe" in "Jo Roe", "Jo Roe" in "Mayor Jo Roe"). */
    private static boolean sameName(String name, Entity e) {
        String a = Tokenizer.fold(name);
        String b = Tokenizer.fold(e.name);
        return a.equals(b) || b.endsWith(" " + a) || a.endsWith(" " + b);
    }
}
