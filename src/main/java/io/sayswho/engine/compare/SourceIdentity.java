package io.sayswho.engine.compare;

import java.util.Set;

/**
 * Whether two aligned claims rest on the same source. The same words are the same source; names decide where both
 * have names ("Jo Roe" is the same woman as "a union leader Jo Roe", "Ann Lee" is not "Jo Roe");
 * description words where one has none ("flight-tracking data" and "the tracking data"). Two unnamed sources cannot be told apart unless their descriptions share words:
 * "sources" and "two people" are UNKNOWN, never DIFFERENT, so rewording an anonymous attribution is no change.
 */
enum SourceIdentity {
    SAME, DIFFERENT, UNKNOWN;

    static SourceIdentity of(ClaimProfile b, ClaimProfile a) {
        if (b.claim.source() == null || a.claim.source() == null) {
            return UNKNOWN; // attributed to unattributed is a label change, not a change of source
        }
        if (b.anonymous() && a.anonymous()) {
            return shareAny(b.source, a.source) ? SAME : UNKNOWN;
        }
        if (b.anonymous() || a.anonymous()) {
            ClaimProfile named = b.anonymous() ? a : b;
            ClaimProfile unnamed = named == b ? a : b;
            return sameUnnamedPeople(named, unnamed) ? UNKNOWN : DIFFERENT;
        }
        if (b.claim.source().text().equalsIgnoreCase(a.claim.source().text())) {
            return SAME;
        }
        if (!b.name.isEmpty() && !a.name.isEmpty()) {
            return nameIn(b.name, a.source) || nameIn(a.name, b.source) ? SAME : DIFFERENT;
        }
        // A name on one side only ("the ministry" against "Ostland's Transport Ministry"): the words must meet.
        return nameIn(b.name, a.source) || nameIn(a.name, b.source) || shareAny(b.source, a.source)
                ? SAME : DIFFERENT;
    }

    /**
     * True when a named source only names the outlet or body through which unnamed people speak, and the unnamed
     * source describes those people: "the Ledger's interviews with dozens of drivers" and "dozens of drivers and
     * their friends" share words beyond the name. "A person close to Jo Roe" shares only the name with "Jo Roe":
     * that is another source.
     */
    static boolean sameUnnamedPeople(ClaimProfile named, ClaimProfile unnamed) {
        Set<String> nameStems = new java.util.HashSet<>();
        for (String w : named.name) {
            String s = ContentWords.stem(w);
            if (s != null) {
                nameStems.add(s);
            }
        }
        for (String s : unnamed.source) {
            if (named.source.contains(s) && !nameStems.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameIn(Set<String> nameWords, Set<String> otherSource) {
        for (String w : nameWords) {
            String s = ContentWords.stem(w);
            if (s != null && otherSource.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareAny(Set<String> x, Set<String> y) {
        for (String s : x) {
            if (y.contains(s)) {
                return true;
            }
        }
        return false;
    }
}
