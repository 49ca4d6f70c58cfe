package io.sayswho.engine.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that say what a claim asserts: content words, numbers and names, folded to a crude stem so that a
 * rewrite's other inflection or spelling ("protect"/"protection", "sympathisers"/"sympathizers", "Dec"/"December",
 * "10th"/"10") still meets its original. Function words and the usual reporting verbs are left out: they say how a
 * claim is reported, not what it asserts. One pass over the text, no regular expressions.
 */
final class ContentWords {
    /** Stems are cut to this many characters: enough to keep words apart, short enough to meet derivations. */
    private static final int STEM_LENGTH = 7;

    private static final Set<String> STOP = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "as", "at", "by", "for",
            "from", "in", "into", "of", "on", "onto", "to", "with", "without", "about", "over", "under", "after",
            "before", "between", "through", "during", "via", "since", "until", "while", "where", "when", "what",
            "which", "who", "whom", "whose", "why", "how", "that", "this", "these", "those", "there", "here", "it",
            "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "we", "us", "our",
            "ours", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "am", "has",
            "have", "had", "having", "do", "does", "did", "doing", "done", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "not", "no", "t", "s", "d", "ll", "re", "ve", "didn", "doesn",
            "don", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "won", "wouldn", "couldn", "also",
            "such", "very", "just", "only", "even", "still", "all", "any", "some", "each", "other", "another",
            "more", "most", "much", "many", "few", "own", "same", "both", "either", "neither", "one", "out", "up",
            "down", "off", "again", "further", "once", "now", "however", "though", "although", "because", "whether",
            "said", "say", "says", "saying", "told", "tell", "tells", "according", "added", "adds", "stated",
            "claimed", "claims", "claim", "reported", "reports", "report", "reportedly");

    private static final Map<String, String> MONTHS = Map.ofEntries(
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"),
            Map.entry("aug", "august"), Map.entry("sep", "september"), Map.entry("sept", "september"),
            Map.entry("oct", "october"), Map.entry("nov", "november"), Map.entry("dec", "december"));

    private ContentWords() {
    }

    /** The content stems of {@code text} from {@code start} to {@code end}, in order, repeats kept. */
    static List<String> stems(String text, int start, int end) {
        List<String> out = new ArrayList<>();
        for (String word : words(text, start, end)) {
            String stem = stem(word);
            if (stem != null) {
                out.add(stem);
            }
        }
        return out;
    }

    /** Every word (letters or digits) lower-cased, function words included: the wording of a quotation. */
    static List<String> words(String text, int start, int end) {
        List<String> out = new ArrayList<>();
        int i = Math.max(0, start);
        int stop = Math.min(end, text.length());
        while (i < stop) {
            while (i < stop && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < stop && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > from) {
                out.add(text.substring(from, i).toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The stem of one lower-cased word, or null for a function word. */
    static String stem(String word) {
        if (STOP.contains(word)) {
            return null;
        }
        if (Character.isDigit(word.charAt(0))) {
            return ordinalFolded(word);
        }
        String w = MONTHS.getOrDefault(word, word);
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() < 2) {
            return null;
        }
        return w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w;
    }

    /** "10th", "21st", "2nd" are 10, 21, 2; other numbers stand as written. */
    private static String ordinalFolded(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        String rest = word.substring(digits);
        return switch (rest) {
            case "st", "nd", "rd", "th" -> word.substring(0, digits);
            default -> word;
        };
    }
}
