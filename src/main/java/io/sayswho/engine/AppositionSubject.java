package io.sayswho.engine;

import io.sayswho.engine.SourceFinder.Found;

import java.util.Set;

/**
 * The subject set off by commas before its cue: an apposition ("Jo Roe, leader of a local union, said"), a name
 * after a subordinating word ("…, after Jo Roe, the billionaire investor, complained that …"), or the tag subject
 * of a cue that ends the sentence ("..., the port director, Henrik Dahlgaard, said.").
 */
final class AppositionSubject extends SourceSieve {
    private static final Set<String> SUBORDINATORS = Set.of("after", "when", "as", "while", "because", "since",
            "before", "until", "though", "although", "whereas");

    AppositionSubject(SourceSieve shared) {
        super(shared);
    }

    /** ", even suggesting": the first token from {@code k} that is not an adverb. */
    private int firstAfterAdverbs(int k) {
        while (k + 1 < tokens.size() && (adverbs.contains(tokens.get(k)) || !tokens.get(k).capitalized && mannerAdverb(tokens.get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * "Jo Roe, leader of a local union, said": the cue follows a comma, so the subject is the first noun phrase of
     * the clause that is not an introductory phrase ("On Monday,", "Citing contacts,"); its span runs to the comma
     * before the cue, apposition included, as PolNeAR marks it.
     */
    Found apposition(int clauseStart, int commaBeforeCue) {
        clauseStart = afterJoinedClause(clauseStart, commaBeforeCue);
        int lastStart = segmentStart(clauseStart, commaBeforeCue);
        int subordinate = lastStart > clauseStart ? nameAfterSubordinator(clauseStart, lastStart - 1) : -1;
        if (subordinate >= 0 && lastStart < commaBeforeCue && (determiners.contains(tokens.get(lastStart))
                || POSSESSIVES.contains(tokens.get(lastStart).norm)) && commaBeforeCue - lastStart <= MAX_SOURCE) {
            // "…, after Jo Roe, the billionaire investor, complained that …": the name and its role
            return new Found(subordinate, commaBeforeCue + 1, false);
        }
        int segStart = clauseStart;
        for (int k = clauseStart; k <= commaBeforeCue; k++) {
            Token t = tokens.get(k);
            if (k == segStart && t.type == Token.Type.QUOTE && t.quote != Token.Quote.OPEN && !doc.quoted(k + 1)) {
                segStart = k + 1; // “No comment,” the club's chairman, ...: the phrase starts after the mark
                continue;
            }
            if ((t.isPunct(',') || t.type == Token.Type.DASH) && doc.quoted(k)) {
                segStart = k + 1; // “We got ready - that is all,” Jo Roe, ...: a dash inside the quotation sets off nothing
                continue;
            }
            if (t.isPunct(',') || t.type == Token.Type.DASH) {
                if (k > segStart && !introductory(segStart)) {
                    int coreEnd = k;
                    if (coreEnd - segStart > 2 * MAX_SOURCE || doc.quoted(segStart)) {
                        return null;
                    }
                    if (k == commaBeforeCue && tokens.get(firstAfterAdverbs(commaBeforeCue + 1)).norm.endsWith("ing")) {
                        return null; // ", saying ...": a participle shares the clause's subject, found elsewhere
                    }
                    if (k == commaBeforeCue) {
                        return new Found(segStart, k, false);
                    }
                    return new Found(segStart, describedUntil(k, commaBeforeCue), false);
                }
                segStart = k + 1;
            }
        }
        return null;
    }

    /**
     * "..., the port director, Henrik Dahlgaard, said.": a cue that ends the sentence after a comma has its subject
     * in the comma-separated phrases just before it: a name, or a role and the name set off after it.
     */
    Found tagSubject(int clauseStart, int commaBeforeCue) {
        int lastStart = segmentStart(clauseStart, commaBeforeCue);
        if (lastStart >= commaBeforeCue || lastStart <= clauseStart) {
            return null;
        }
        int prevComma = lastStart - 1;
        int prevStart = segmentStart(clauseStart, prevComma);
        boolean nameAfterRole = prevStart > clauseStart && prevStart < prevComma && allProper(lastStart, commaBeforeCue)
                && (determiners.contains(tokens.get(prevStart)) || POSSESSIVES.contains(tokens.get(prevStart).norm)
                || classifier.proper(prevStart));
        if (nameAfterRole) {
            return new Found(prevStart, commaBeforeCue + 1, false);
        }
        int name = nameBeforeRoles(clauseStart, lastStart, commaBeforeCue);
        if (name >= 0) {
            return new Found(name, commaBeforeCue + 1, false);
        }
        return commaBeforeCue - lastStart <= MAX_SOURCE ? new Found(lastStart, commaBeforeCue, false) : null;
    }

    /**
     * "..., Jo Roe, the mayor of a small town, one of the towns in the suit, said.": a name followed by one or two
     * descriptions set off by commas, each opening as a description does ("the", "a", "his", "one of"). Returns
     * where the name starts, or -1.
     */
    private int nameBeforeRoles(int clauseStart, int lastStart, int commaBeforeCue) {
        int start = lastStart;
        int end = commaBeforeCue;
        for (int roles = 0; roles <= 2; roles++) {
            if (roles > 0 && allProper(start, withoutAside(start, end))) {
                return commaBeforeCue - start <= 3 * MAX_SOURCE ? start : -1;
            }
            Token first = tokens.get(start);
            // "Jo Roe, who used to work on the Hill, said.": a relative clause describes as a role does, and so
            // does an age
            boolean role = end - start <= MAX_ROLE && (determiners.contains(first) && !first.is("that")
                    || POSSESSIVES.contains(first.norm) || first.is("one") && start + 1 < end && tokens.get(start + 1).is("of")
                    || first.is("who") && !reports(start + 1, end)
                    || first.type == Token.Type.NUMBER && end - start == 1); // an age: "Jo Roe, 66, said."
            if (!role || start - 1 <= clauseStart || !tokens.get(start - 1).isPunct(',')) {
                return -1;
            }
            end = start - 1;
            start = segmentStart(clauseStart, end);
            if (start <= clauseStart && tokens.get(clauseStart).type != Token.Type.QUOTE) {
                return -1; // the clause's own first phrase is its content, not a name set off from it
            }
        }
        return -1;
    }

    /**
     * "… after Jo Roe" ending at {@code comma}: a name that a subordinating word ("after", "when", "as") opens, so it
     * starts a clause of its own. Returns where the name starts, or -1.
     */
    private int nameAfterSubordinator(int clauseStart, int comma) {
        if (!tokens.get(comma).isPunct(',')) {
            return -1;
        }
        int name = comma;
        while (name - 1 > clauseStart && comma - name < 4 && (classifier.proper(name - 1) || tokens.get(name - 1).abbreviation)) {
            name--;
        }
        if (name == comma || comma - name < 2 || name - 1 < clauseStart) {
            return -1;
        }
        return SUBORDINATORS.contains(tokens.get(name - 1).norm) ? name : -1;
    }

    /**
     * The first comma from {@code from} before {@code comma}, looking at most 6 words past {@code clauseStart}: the
     * phrase it closes is short (and a long clause is not rescanned per cue); otherwise where the scan stopped.
     */
    private int firstComma(int clauseStart, int from, int comma) {
        int first = from;
        while (first < comma && first - clauseStart <= 6 && !tokens.get(first).isPunct(',')) {
            first++;
        }
        return first;
    }

    /** The clause opens with a name set off by a comma that comes before {@code comma}: "Jo Roe, …, said". */
    boolean opensWithName(int clauseStart, int comma) {
        int first = firstComma(clauseStart, clauseStart, comma);
        return first < comma && tokens.get(first).isPunct(',') && first - clauseStart >= 2
                && allProper(clauseStart, withoutAside(clauseStart, first)) && !doc.quoted(clauseStart);
    }

    /**
     * The clause opens with a short phrase on a determiner, then one phrase set off by commas that describes it, the
     * second comma right before the cue: "The report, attributed to anonymous sources, said ...", "The firm, a
     * Tarn supplier, said ...". The subject is before the cue, so the cue is not inverted ("said the ship left" is
     * what was said). Not "The ship left in May, the port said" (one comma) nor a clause before the first comma.
     */
    boolean opensWithDescribedPhrase(int clauseStart, int comma) {
        if (!determiners.contains(tokens.get(clauseStart)) || doc.quoted(clauseStart)) {
            return false;
        }
        int first = firstComma(clauseStart, clauseStart + 1, comma);
        if (first >= comma || !tokens.get(first).isPunct(',') || firstSegmentIsClause(clauseStart, first)) {
            return false;
        }
        for (int k = first + 1; k < comma; k++) {
            if (!tokens.get(k).isWord()) {
                return false; // one phrase between the commas
            }
        }
        if (first + 1 >= comma) {
            return false;
        }
        Token describing = tokens.get(first + 1);
        return !describing.capitalized && (determiners.contains(describing)
                || describing.norm.endsWith("ed") || describing.norm.endsWith("ing"));
    }

    /**
     * "It is on track, and Bo Marr, the adviser, said": where a clause of its own is joined to this one by ", and"
     * or ", but", this clause, and its subject, start after the joiner. Not in "Jo Roe, a nurse, and Bo Marr, a
     * doctor, said", where what comes before the joiner is no clause but the first of two subjects.
     */
    private int afterJoinedClause(int clauseStart, int commaBeforeCue) {
        for (int k = commaBeforeCue - 1; k > clauseStart + 1 && k >= commaBeforeCue - 2 * MAX_SOURCE; k--) {
            Token t = tokens.get(k);
            if (t.type == Token.Type.QUOTE || doc.quoted(k)) {
                return clauseStart;
            }
            if ((t.is("and") || t.is("but")) && tokens.get(k - 1).isPunct(',')
                    && firstSegmentIsClause(clauseStart, k - 1)) {
                return k + 1;
            }
        }
        return clauseStart;
    }

    /** The text before the first comma is a clause (content), not a name: long, or holding an auxiliary. */
    boolean firstSegmentIsClause(int clauseStart, int limit) {
        int k = clauseStart;
        while (k < limit && !tokens.get(k).isPunct(',')) {
            if (auxiliaries.contains(tokens.get(k)) && !tokens.get(k).capitalized) {
                return true;
            }
            k++;
        }
        return k - clauseStart > 5 || tokens.get(clauseStart).type == Token.Type.QUOTE;
    }

    /** Start of the comma-separated phrase that ends at {@code end} (a comma or dash). */
    private int segmentStart(int clauseStart, int end) {
        int k = end - 1;
        while (k >= clauseStart && !tokens.get(k).isPunct(',') && tokens.get(k).type != Token.Type.DASH
                && tokens.get(k).type != Token.Type.QUOTE) {
            k--;
        }
        return k + 1;
    }

    /** "Rep. Jo Roe (D-Ore.)": where the phrase ends without a closing parenthetical aside. */
    private int withoutAside(int from, int to) {
        if (to - 1 <= from || !tokens.get(to - 1).isPunct(')')) {
            return to;
        }
        for (int k = to - 2; k > from && k >= to - 8; k--) {
            if (tokens.get(k).isPunct('(')) {
                return k;
            }
        }
        return to;
    }

    /**
     * Where a name's descriptions end, given the comma after the name: "Jo Roe, 41, a nurse from the valley, said"
     * takes both, comma included, as PolNeAR marks them, and so does "Jo Roe, who chairs the board, said"; "Jo Roe,
     * speaking at a rally, said", "Jo Roe, in an interview, said", "Jo Roe, clearly frustrated, said" and "Jo Roe,
     * though, said" end at the name, for a participle, an adjunct or an adverb says what the speaker did, where or
     * how, not who she is. A name set off further on belongs in: "a spokesman for
     * X, a coalition of groups, Jo Roe, said".
     */
    private int describedUntil(int nameComma, int commaBeforeCue) {
        int end = nameComma;
        for (int seg = nameComma + 1; seg < commaBeforeCue; ) {
            int next = seg;
            while (next < commaBeforeCue && !tokens.get(next).isPunct(',') && tokens.get(next).type != Token.Type.DASH) {
                next++;
            }
            Token first = tokens.get(seg);
            boolean describes = seg == nameComma + 1
                    ? !(introductory(seg) && first.type != Token.Type.NUMBER && !first.is("including"))
                    && !(next - seg == 1 && first.type == Token.Type.WORD && !first.capitalized) // "though", "however"
                    : allProper(seg, next) || first.type == Token.Type.NUMBER || determiners.contains(first)
                    || POSSESSIVES.contains(first.norm) || titles.contains(first) || speakerHead(first);
            if (!describes) {
                break;
            }
            end = next;
            seg = next + 1;
        }
        return end == nameComma ? nameComma : end + 1;
    }

    /**
     * "“...,” Jo Roe, spokesman for the health department said": a bare role (a title or speaker's head, no
     * determiner) set off after a name by a comma the writer never closed is the name's; the subject runs from the
     * name. The name is two to five proper words after a quotation, a comma or the clause's start, and opens no
     * introductory phrase ("Last Monday, spokesman Jo Lutz said"). Else the subject as found.
     */
    Found nameBeforeBareRole(Found subject, int clauseStart) {
        if (subject == null || subject.inverted() || subject.from() - 2 < clauseStart) {
            return subject;
        }
        int comma = subject.from() - 1;
        Token role = tokens.get(subject.from());
        // a role runs on ("spokesman for the port"); a bare head alone is a subject of its own, as in the tag
        // "Mr. Roe, officials said, has ..."
        if (!tokens.get(comma).isPunct(',') || doc.quoted(comma) || role.capitalized || !speakerHead(role)
                || subject.to() - subject.from() < 2) {
            return subject;
        }
        int name = segmentStart(clauseStart, comma);
        return comma - name >= 2 && allProper(name, comma) && !introductory(name)
                ? new Found(name, subject.to(), false) : subject;
    }

    private boolean allProper(int from, int to) {
        if (to - from < 1 || to - from > 5) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!classifier.proper(k) && !tokens.get(k).abbreviation) {
                return false;
            }
        }
        return true;
    }
}
