package io.sayswho.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A set of single words (folded to lower case), one a line in a lexicon file, as in Lucene's stop-word files. */
final class WordList {
    private final String name;
    private final Set<String> words;

    private final boolean countsNumbers;

    private WordList(String name, Set<String> words) {
        this.name = name;
        this.countsNumbers = name.equals("quantities");
        this.words = Set.copyOf(words);
    }

    static WordList load(String path, String name) {
        Set<String> words = new HashSet<>();
        for (RuleFile.Line line : RuleFile.read(path)) {
            for (String w : line.fields(Integer.MAX_VALUE)) {
                if (!words.add(Tokenizer.fold(w))) {
                    throw line.error("'" + w + "' is listed twice in " + name);
                }
            }
        }
        if (words.isEmpty()) {
            throw new RuleSetException(path, 0, "word list " + name + " is empty");
        }
        return new WordList(name, words);
    }

    String name() {
        return name;
    }

    boolean contains(String norm) {
        return words.contains(norm);
    }

    /** A word in the list; the "quantities" list also takes every number ("400", "2,000"). */
    boolean contains(Token t) {
        if (t.type == Token.Type.NUMBER) {
            return countsNumbers;
        }
        return t.isWord() && words.contains(t.norm);
    }

    Set<String> words() {
        return words;
    }

    static boolean any(List<Token> tokens, int from, int to, WordList list) {
        for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
            if (list.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }
}
