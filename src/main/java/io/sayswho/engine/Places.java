package io.sayswho.engine;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country and language names from the JDK's locale data (every ISO 3166 country and ISO 639 language, in English),
 * not a hand list: "Chile", "the United Kingdom", "the Philippines" are bodies on record when they speak; "French",
 * "Tagalog" are words of origin ("a French official") unless a title makes them a name ("Ms French"). Built once per
 * rule set.
 */
final class Places {
    /** Country names, folded, as single words or space-joined multiword names ("united kingdom"). */
    private final Set<String> countries = new HashSet<>();
    /** The last word of each multiword country name, to find where such a name ends. */
    private final Set<String> countryEnds = new HashSet<>();
    private final Set<String> languages = new HashSet<>();

    Places() {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            // "Congo - Kinshasa", "Myanmar (Burma)": the part before any qualifier is what news writes
            name = name.split(" [-(&]", 2)[0].replace("St. ", "Saint ").trim();
            if (!name.isEmpty() && name.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '.')) {
                String folded = Tokenizer.fold(name);
                countries.add(folded);
                countryEnds.add(folded.substring(folded.lastIndexOf(' ') + 1));
            }
        }
        for (String code : Locale.getISOLanguages()) {
            String name = new Locale(code).getDisplayLanguage(Locale.ENGLISH);
            if (name.chars().allMatch(Character::isLetter)) {
                languages.add(Tokenizer.fold(name));
            }
        }
    }

    /** Whether the capitalised words ending at token {@code end} (exclusive) name a country: its first token, or -1. */
    int countryEndingAt(Document doc, int from, int end) {
        if (end <= from || !countryEnds.contains(doc.token(end - 1).norm)) {
            return -1;
        }
        StringBuilder name = new StringBuilder(doc.token(end - 1).norm);
        int found = countries.contains(name.toString()) ? end - 1 : -1;
        for (int k = end - 2; k >= from && k >= end - 4 && doc.token(k).capitalized; k--) {
            name.insert(0, doc.token(k).norm + " ");
            if (countries.contains(name.toString())) {
                found = k;
            }
        }
        return found;
    }

    /** A language name, which English also uses for the people and things of its country ("French", "German"). */
    boolean language(Token t) {
        return t.isWord() && languages.contains(t.norm);
    }
}
