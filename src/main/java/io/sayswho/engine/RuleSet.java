package io.sayswho.engine;

import io.sayswho.engine.model.Attribution;
import io.sayswho.engine.model.Flag;
import io.sayswho.engine.model.RuleSetInfo;
import io.sayswho.engine.model.SourceKind;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A loaded, validated rule set: word lists, cue patterns, content patterns, the label table and page-structure
 * patterns, read once from {@code sayswho/rulesets/<id>/}. Immutable and shared by every analysis.
 */
final class RuleSet {
    static final String ROOT = "sayswho/rulesets/";
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");

    /** The word lists every rule set has; each is {@code lexicon/<name>.txt} and a word class {@code <name>}. */
    static final List<String> WORD_LISTS = List.of("abbreviations", "titles", "anonymous-heads", "organization-heads",
            "document-heads", "publication-heads", "publication-names", "adverbs", "auxiliaries", "clause-breakers",
            "determiners", "hearers", "sentence-starters", "time-words", "negations", "quantities", "nationalities",
            "noun-cues", "body-descriptions", "outlet-descriptions", "clause-verbs", "speech-verbs", "transparent-heads",
            "irregular-participles", "directive-verbs", "inverting-verbs", "tell-verbs", "page-labels", "cue-prepositions", "ly-not-adverbs",
            "stance-gaps", "rejection-adverbs", "dismissive-modifiers", "info-nouns", "spoken-records", "kin-heads", "proportions", "unnamed-by-choice",
            "mind-verbs", "partaking-states", "rejection-verbs", "subordinators",
            "free-relatives", "proposal-nouns", "self-subjects", "insisting-verbs", "state-modifiers",
            "own-possessives", "contact-attempts", "contact-failures", "naming-verbs", "minimizers", "informing-verbs",
            "mined-speaker-heads", "knowledge-acts");

    final RuleSetInfo info;
    final Map<String, WordList> words;
    final PhraseMatcher<CueRule> cues;
    final PhraseMatcher<ContentRule> content;
    final PhraseMatcher<String> boilerplate;
    /** anonymity.rules: words by a source's phrase that say the writer keeps it unnamed by agreement. */
    final PhraseMatcher<String> anonymity;
    final List<LabelRule> labels;
    /** Country and language names from the JDK's locale data. */
    final Places places = new Places();
    /** stance.rules in file order: the first that reads a predicate decides. */
    final List<StanceRule> stances;
    /** The words of every stance rule's class (not the SPEAKS_FOR, OWN_DEED and INSISTED ones, read on who speaks). */
    final Set<String> stancePredicates;
    final Set<String> ruleIds;

    private RuleSet(RuleSetInfo info, Map<String, WordList> words, PhraseMatcher<CueRule> cues,
                    PhraseMatcher<ContentRule> content, PhraseMatcher<String> boilerplate,
                    PhraseMatcher<String> anonymity, List<LabelRule> labels, List<StanceRule> stances,
                    Set<String> ruleIds) {
        this.info = info;
        this.words = words;
        this.cues = cues;
        this.content = content;
        this.boilerplate = boilerplate;
        this.anonymity = anonymity;
        this.labels = labels;
        this.stances = stances;
        this.stancePredicates = stances.stream()
                .filter(r -> !r.construction().readsTheSource())
                .flatMap(r -> r.words().words().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.ruleIds = ruleIds;
    }

    static RuleSet load(String id) {
        String dir = ROOT + id + "/";
        RuleSetInfo info = readInfo(dir + "ruleset.properties", id);
        Map<String, WordList> words = new HashMap<>();
        for (String name : WORD_LISTS) {
            words.put(name, WordList.load(dir + "lexicon/" + name + ".txt", name));
        }
        Set<String> ids = new HashSet<>();
        PhraseMatcher<CueRule> cues = new PhraseMatcher<>(words);
        // the hand-written cues, then those mined from annotated news by scripts/mined_cues.py, in one format
        List<RuleFile.Line> cueLines = new ArrayList<>(RuleFile.read(dir + "cues.rules"));
        cueLines.addAll(RuleFile.read(dir + "cues-mined.rules"));
        for (RuleFile.Line line : cueLines) {
            String[] f = line.fields(5);
            if (f.length < 5) {
                throw line.error("expected: id CATEGORY SIDE FLAGS pattern");
            }
            CueRule rule = new CueRule(f[0], parse(CueCategory.class, f[1], line),
                    parse(CueRule.Side.class, f[2], line), flags(f[3], line));
            claimId(ids, rule.id(), line);
            cues.add(f[4], rule, line);
        }
        PhraseMatcher<ContentRule> content = new PhraseMatcher<>(words);
        for (RuleFile.Line line : RuleFile.read(dir + "content.rules")) {
            String[] f = line.fields(3);
            if (f.length < 3) {
                throw line.error("expected: id EFFECT pattern");
            }
            ContentRule rule = isFlag(f[1])
                    ? new ContentRule(f[0], null, Flag.valueOf(f[1]))
                    : new ContentRule(f[0], parse(Attribution.class, f[1], line), null);
            claimId(ids, rule.id(), line);
            content.add(f[2], rule, line);
        }
        PhraseMatcher<String> boilerplate = idPatterns(dir + "page.rules", words, ids);
        PhraseMatcher<String> anonymity = idPatterns(dir + "anonymity.rules", words, ids);
        List<LabelRule> labels = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.read(dir + "labels.rules")) {
            String[] f = line.fields(4);
            if (f.length < 4) {
                throw line.error("expected: id CATEGORIES KINDS LABEL");
            }
            claimId(ids, f[0], line);
            labels.add(labelRule(f, line));
        }
        for (CueCategory c : CueCategory.values()) {
            for (SourceKind k : SourceKind.values()) {
                if (c == CueCategory.IGNORE || c == CueCategory.RESPOND) {
                    continue;
                }
                if (labels.stream().noneMatch(r -> r.matches(c, k))) {
                    throw new RuleSetException(dir + "labels.rules", 0, "no row decides " + c + " with a " + k + " source");
                }
            }
        }
        List<StanceRule> stances = new ArrayList<>();
        for (RuleFile.Line line : RuleFile.read(dir + "stance.rules")) {
            stances.add(stanceRule(line, dir, words, ids));
        }
        return new RuleSet(info, Map.copyOf(words), cues, content, boilerplate, anonymity, List.copyOf(labels),
                List.copyOf(stances), Set.copyOf(ids));
    }

    /** A file of "id pattern" lines, each pattern standing for its id. */
    private static PhraseMatcher<String> idPatterns(String path, Map<String, WordList> words, Set<String> ids) {
        PhraseMatcher<String> matcher = new PhraseMatcher<>(words);
        for (RuleFile.Line line : RuleFile.read(path)) {
            String[] f = line.fields(2);
            if (f.length < 2) {
                throw line.error("expected: id pattern");
            }
            claimId(ids, f[0], line);
            matcher.add(f[1], f[0], line);
        }
        return matcher;
    }

    /** id LABEL SCOPES CONSTRUCTION CLASS; the class is a word list of its own, loaded here once. */
    private static StanceRule stanceRule(RuleFile.Line line, String dir, Map<String, WordList> words, Set<String> ids) {
        String[] f = line.fields(6);
        if (f.length != 5) {
            throw line.error("expected: id LABEL SCOPES CONSTRUCTION CLASS");
        }
        claimId(ids, f[0], line);
        Set<StanceRule.Scope> scopes = EnumSet.noneOf(StanceRule.Scope.class);
        for (String s : f[2].split(",")) {
            scopes.add(parse(StanceRule.Scope.class, s, line));
        }
        WordList predicates = words.computeIfAbsent(f[4], n -> WordList.load(dir + "lexicon/" + n + ".txt", n));
        return new StanceRule(f[0], parse(Attribution.class, f[1], line), Set.copyOf(scopes),
                parse(StanceRule.Construction.class, f[3], line), predicates);
    }

    private static LabelRule labelRule(String[] f, RuleFile.Line line) {
        Set<CueCategory> categories = EnumSet.noneOf(CueCategory.class);
        for (String c : f[1].split(",")) {
            if (c.equals("*")) {
                categories.addAll(EnumSet.allOf(CueCategory.class));
            } else {
                categories.add(parse(CueCategory.class, c, line));
            }
        }
        Set<SourceKind> kinds = EnumSet.noneOf(SourceKind.class);
        boolean without = false;
        for (String k : f[2].split(",")) {
            switch (k) {
                case "*" -> {
                    kinds.addAll(EnumSet.allOf(SourceKind.class));
                    without = true;
                }
                case "NONE" -> without = true;
                default -> kinds.add(parse(SourceKind.class, k, line));
            }
        }
        Attribution label = f[3].equals("NOT_A_CUE") ? null : parse(Attribution.class, f[3], line);
        return new LabelRule(f[0], categories, kinds, without, label);
    }

    private static void claimId(Set<String> ids, String id, RuleFile.Line line) {
        if (!RULE_ID.matcher(id).matches()) {
            throw line.error("rule id '" + id + "' is not of the form family.name");
        }
        if (!ids.add(id)) {
            throw line.error("rule id '" + id + "' is used twice");
        }
    }

    private static boolean isFlag(String s) {
        return Arrays.stream(Flag.values()).anyMatch(f -> f.name().equals(s));
    }

    private static Set<Flag> flags(String s, RuleFile.Line line) {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        if (!s.equals("-")) {
            for (String f : s.split(",")) {
                out.add(parse(Flag.class, f, line));
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s, RuleFile.Line line) {
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw line.error("'" + s + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static RuleSetInfo readInfo(String file, String id) {
        Properties p = new Properties();
        try (InputStream in = RuleSet.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new RuleSetException(file, 0, "no such rule set on the class path");
            }
            p.load(in);
        } catch (IOException e) {
            throw new RuleSetException(file, "cannot be read", e);
        }
        for (String key : List.of("id", "version", "languages")) {
            if (p.getProperty(key, "").isBlank()) {
                throw new RuleSetException(file, 0, "'" + key + "' is missing");
            }
        }
        if (!p.getProperty("id").equals(id)) {
            throw new RuleSetException(file, 0, "id '" + p.getProperty("id") + "' differs from its folder '" + id + "'");
        }
        List<String> languages = Arrays.stream(p.getProperty("languages").split(",")).map(String::trim).toList();
        List<RuleSetInfo.Label> labels = Arrays.stream(Attribution.values())
                .map(a -> new RuleSetInfo.Label(a, a.meaning())).toList();
        return new RuleSetInfo(id, p.getProperty("version"), languages, labels);
    }

    RuleSetInfo info() {
        return info;
    }

    WordList list(String name) {
        WordList w = words.get(name);
        if (w == null) {
            throw new IllegalArgumentException("no word list " + name);
        }
        return w;
    }
}
