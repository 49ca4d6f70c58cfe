package io.sayswho.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches many token patterns at once with a trie over normalised words. A pattern is a space-separated list
 * of elements; an element is one word, alternatives {@code a|b} (an alternative of several words joins them
 * with {@code _}: {@code untrue|without_merit}), a word class {@code <name>} from a word list, and may be
 * optional with a trailing {@code ?}. Elements marked with a leading {@code >} are context: they must follow, but the
 * match ends before them ({@code wants|wanted >to}: "wants" is a cue only before "to"); they close a pattern.
 * Optional elements are expanded when the rule is added, so a
 * match is a walk down the trie: at most (longest pattern) steps from each token, linear in the text.
 *
 * @param <R> what a pattern stands for (a rule)
 */
final class PhraseMatcher<R> {
    record Match<R>(R rule, int from, int to) {
    }

    private static final int MAX_VARIANTS = 2048;

    private final class Node {
        final Map<String, Node> words = new HashMap<>(4);
        final List<Map.Entry<WordList, Node>> classes = new ArrayList<>(0);
        R rule;
        /** How many of the last elements on the way here are context, not part of the match. */
        int context;
    }

    private final Node root = new Node();
    private final Map<String, WordList> classes;
    private int longest;

    PhraseMatcher(Map<String, WordList> classes) {
        this.classes = classes;
    }

    /** Adds a pattern; the line is where it came from, for the error message when it is malformed. */
    void add(String pattern, R rule, RuleFile.Line line) {
        List<List<String>> variants = new ArrayList<>();
        variants.add(new ArrayList<>());
        int context = 0;
        for (String raw : RuleFile.WHITESPACE.split(pattern.trim())) {
            boolean isContext = raw.startsWith(">") && raw.length() > 1;
            if (!isContext && context > 0) {
                throw line.error("context elements (>x) must close the pattern: '" + raw + "' follows one");
            }
            String element = isContext ? raw.substring(1) : raw;
            if (isContext) {
                if (element.endsWith("?")) {
                    throw line.error("a context element cannot be optional: '" + raw + "'");
                }
                context++;
            }
            boolean optional = element.endsWith("?") && element.length() > 1;
            String body = optional ? element.substring(0, element.length() - 1) : element;
            if (body.isEmpty() || body.contains("?")) {
                throw line.error("malformed pattern element '" + element + "'");
            }
            String[] alternatives = body.split("\\|", -1);
            List<List<String>> next = new ArrayList<>();
            for (List<String> v : variants) {
                if (optional) {
                    next.add(v);
                }
                for (String alt : alternatives) {
                    if (alt.isEmpty()) {
                        throw line.error("empty alternative in '" + element + "'");
                    }
                    List<String> with = new ArrayList<>(v);
                    for (String word : alt.split("_")) {
                        if (word.isEmpty()) {
                            throw line.error("empty word in '" + alt + "'");
                        }
                        with.add(word.startsWith("<") ? word : Tokenizer.fold(word));
                    }
                    next.add(with);
                }
            }
            if (next.size() > MAX_VARIANTS) {
                throw line.error("pattern expands to more than " + MAX_VARIANTS + " phrases; split it");
            }
            variants = next;
        }
        for (List<String> v : variants) {
            if (v.size() <= context) {
                throw line.error("pattern can match nothing");
            }
            insert(v, rule, context, line);
        }
    }

    private void insert(List<String> elements, R rule, int context, RuleFile.Line line) {
        Node node = root;
        for (String element : elements) {
            Node parent = node;
            if (element.startsWith("<") && element.endsWith(">")) {
                String name = element.substring(1, element.length() - 1);
                WordList list = classes.get(name);
                if (list == null) {
                    throw line.error("unknown word class <" + name + ">");
                }
                node = parent.classes.stream().filter(e -> e.getKey() == list).map(Map.Entry::getValue).findFirst()
                        .orElseGet(() -> {
                            Node child = new Node();
                            parent.classes.add(Map.entry(list, child));
                            return child;
                        });
            } else {
                node = parent.words.computeIfAbsent(element, k -> new Node());
            }
        }
        if (node.rule != null && (!node.rule.equals(rule) || node.context != context)) {
            throw line.error("pattern '" + String.join(" ", elements) + "' is already given for " + node.rule);
        }
        node.rule = rule;
        node.context = context;
        longest = Math.max(longest, elements.size());
    }

    /** The best match of one walk so far, and how far its walk went (context elements included). */
    private final class Best {
        Node node;
        int walked;
    }

    /** The longest match starting at token {@code from}, not reaching {@code limit}; null if none. */
    Match<R> longestAt(List<Token> tokens, int from, int limit) {
        if (from >= limit || !mayStart(tokens.get(from))) {
            return null; // most tokens start no pattern: answer them without a walk or an allocation
        }
        Best best = new Best();
        walk(root, tokens, from, from, limit, best);
        return best.node == null ? null : new Match<>(best.node.rule, from, best.walked - best.node.context);
    }

    private boolean mayStart(Token t) {
        if (t.type == Token.Type.QUOTE) {
            return false;
        }
        if (root.words.containsKey(t.norm)) {
            return true;
        }
        for (Map.Entry<WordList, Node> e : root.classes) {
            if (e.getKey().contains(t)) {
                return true;
            }
        }
        return false;
    }

    private void walk(Node node, List<Token> tokens, int from, int at, int limit, Best best) {
        // the longest walk wins; context elements were walked but are not part of the match
        if (node.rule != null && at > from && (best.node == null || at > best.walked)) {
            best.node = node;
            best.walked = at;
        }
        if (at >= limit || at - from >= longest) {
            return;
        }
        Token t = tokens.get(at);
        if (t.type == Token.Type.QUOTE) {
            return;
        }
        Node next = node.words.get(t.norm);
        if (next != null) {
            walk(next, tokens, from, at + 1, limit, best);
        }
        for (Map.Entry<WordList, Node> e : node.classes) {
            if (e.getKey().contains(t)) {
                walk(e.getValue(), tokens, from, at + 1, limit, best);
            }
        }
    }

    /** Every longest match in [from, to), left to right, not overlapping. */
    List<Match<R>> findAll(List<Token> tokens, int from, int to) {
        List<Match<R>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<R> m = longestAt(tokens, i, to);
            if (m != null) {
                out.add(m);
                i = m.to();
            } else {
                i++;
            }
        }
        return out;
    }
}
