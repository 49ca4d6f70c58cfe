#!/usr/bin/env python3
"""Mine PolNeAR train for attribution vocabulary: which words are cues, which nouns head sources.

What: reads the gold attributions of PolNeAR (brat standoff, text/NAME.txt + attributions/NAME_ANNOTATOR.ann)
and writes aggregate word statistics, never text, to src/main/resources/sayswho/rulesets/en/mined/:

  cue-lemmas.tsv       head word of each gold Cue span, its lemma, how often it heads a cue, how often it occurs
  cue-phrases.tsv      whole multiword Cue spans, with counts
  source-heads.tsv     head noun of each gold Source span, with how often the span starts with a name
  source-pronouns.tsv  Source spans whose head is a pronoun (kept out of source-heads.tsv)
  source-titles.tsv    words standing before a capitalised name inside Source spans ("Sen.", "spokesman")

Why: the cue and source lexicons of the rule engine should cover the words news text actually uses; these
tables say which ones matter most and how reliable each is (a cue_rate near 1 means the word is almost always
a cue when it appears). They are inputs for a person editing cues.rules and lexicon/*.txt, not read by the engine.

How to rerun (stdlib only, Python 3):
    python3 scripts/mine_polnear.py [--data /work/shared/polnear/train] [--out DIR] [--min-count 3]

Spans are those taken part in an attribution relation (E lines), as /work/shared/eval/polnear.py reads them;
where a text has two annotators the first .ann file in name order is used. Offsets are Unicode code points,
so they index Python strings directly. Only counts are written: no PolNeAR sentence leaves the corpus.
"""
import argparse
import collections
import datetime
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = "/work/shared/polnear/train"
DEFAULT_OUT = os.path.join(ROOT, "src", "main", "resources", "sayswho", "rulesets", "en", "mined")

# ---------------------------------------------------------------------------------------------- tokens
# Words with inner apostrophes / hyphens, dotted initialisms (U.S.), and a few abbreviations keep their period.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z0-9]+(?:['’\-][A-Za-z0-9]+)*")
ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "reps", "sens", "gov", "gen", "lt", "col", "sgt", "capt",
                 "maj", "adm", "cmdr", "gens", "prof", "rev", "jr", "sr", "st", "atty", "supt", "insp", "amb"}


def tokenize(text):
    """[(start, end, word)] with code-point offsets; ’ becomes ' in the word."""
    out = []
    for m in TOKEN.finditer(text):
        s, e = m.start(), m.end()
        if m.group().lower() in ABBREVIATIONS and text[e:e + 1] == ".":
            e += 1
        out.append((s, e, text[s:e].replace("’", "'")))
    return out


# ---------------------------------------------------------------------------------------------- brat
def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def parse_ann(ann):
    """Relations as lists of (role, fragments); fragments = ((start, end), ...). Same reading as polnear.py."""
    spans, rels = {}, []
    for line in ann.splitlines():
        if line.startswith("T") and line.count("\t") >= 2:
            tid, info, _ = line.split("\t", 2)
            kind, offs = info.split(" ", 1)
            spans[tid] = (kind, tuple(tuple(map(int, f.split())) for f in offs.split(";")))
        elif line.startswith("E"):
            parts = line.split("\t")[1].split()
            rels.append([(r.rstrip("0123456789"), spans[t][1]) for r, t in (p.split(":") for p in parts)
                         if t in spans])
    return rels


def texts(data):
    """Yield (stem, text, relations) for every text, first annotator in name order."""
    by_text = collections.OrderedDict()
    for n in sorted(os.listdir(os.path.join(data, "attributions"))):
        by_text.setdefault(n.rsplit("_", 1)[0], n)
    for stem, ann in by_text.items():
        yield stem, read(os.path.join(data, "text", stem + ".txt")), parse_ann(read(os.path.join(data, "attributions", ann)))


def span_tokens(tokens, frags):
    """Indexes of the tokens that overlap any fragment."""
    return [i for i, (s, e, _) in enumerate(tokens) if any(s < fe and fs < e for fs, fe in frags)]


# ---------------------------------------------------------------------------------------------- word classes
AUX = set("""am is are was were be been being has have had having do does did done will would shall should can could
may might must 's 've 'd 'll 're 'm""".split())
NEGATION = set("not n't never no don't doesn't didn't won't wouldn't can't cannot couldn't isn't aren't wasn't "
               "weren't hasn't haven't hadn't shouldn't mustn't".split())
PREPOSITIONS = set("""in on at by for with from to into onto about over under after before during through against
among between within without upon via per across behind beyond toward towards around like as than since until""".split())
DETERMINERS = set("the a an this that these those his her its their our my your some any every each all no".split())
PRONOUNS = set("""i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself
she her hers herself it its itself they them their theirs themselves who whom whose one someone somebody anyone
anybody everyone everybody nobody this that these those which what there others other some many both all""".split())
# Adverbs ending in -ly are skipped when finding a cue's head; these -ly words are verbs or nouns.
LY_WORDS = {"reply", "apply", "rely", "imply", "supply", "comply", "ally", "rally", "tally", "bully", "family"}
SKIP_IN_CUE = AUX | NEGATION | PREPOSITIONS | DETERMINERS | PRONOUNS | {
    "also", "too", "just", "even", "still", "again", "then", "once", "later", "further", "so", "and", "or", "but",
    "reportedly", "repeatedly", "publicly", "privately", "previously", "recently", "often", "already", "ever",
    "to", "it", "there", "going", "gonna"}
# Words after which a Source span's head has already been seen ("the spokesman, who ...", "head of ...").
SOURCE_CUTS = {"who", "whom", "whose", "which", "that", "of"} | PREPOSITIONS
# Last words of organisation and outlet names: a capitalised run ending in one is not "title + name".
ORG_ENDS = set("""department committee party pac times post journal news review network group council association
institute foundation center centre university college school house street court agency office commission
administration bureau campaign union watch company corp. inc. service senate congress poll magazine press media
report fund project coalition alliance caucus club board society organization league action america""".split())


def is_adverb(w):
    return w.endswith("ly") and len(w) > 4 and w not in LY_WORDS


def cue_head(words):
    """The head of a cue: its first word that is not an auxiliary, negation, preposition, determiner, pronoun
    or adverb ("did not respond" -> respond, "in a statement" -> statement); else its last word."""
    for w in words:
        if w not in SKIP_IN_CUE and not is_adverb(w) and not w.isdigit():
            return w
    return words[-1] if words else None


def strip_possessive(w):
    for suf in ("'s", "'"):
        if w.endswith(suf) and len(w) > len(suf) + 1:
            return w[: -len(suf)]
    return w


# ---------------------------------------------------------------------------------------------- lemmatizer
IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "wrote": "write", "written": "write", "spoke": "speak",
    "spoken": "speak", "thought": "think", "knew": "know", "known": "know", "felt": "feel", "saw": "see",
    "seen": "see", "found": "find", "made": "make", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "came": "come", "went": "go", "gone": "go", "got": "get", "gotten": "get", "held": "hold",
    "kept": "keep", "meant": "mean", "heard": "hear", "sought": "seek", "brought": "bring", "taught": "teach",
    "understood": "understand", "began": "begin", "begun": "begin", "chose": "choose", "chosen": "choose",
    "led": "lead", "left": "leave", "lost": "lose", "won": "win", "ran": "run", "stood": "stand",
    "swore": "swear", "sworn": "swear", "forgot": "forget", "forgotten": "forget", "shown": "show",
    "drew": "draw", "drawn": "draw", "grew": "grow", "grown": "grow", "threw": "throw", "thrown": "throw",
    "became": "become", "wore": "wear", "learnt": "learn", "paid": "pay", "laid": "lay", "sent": "send",
    "spent": "spend", "built": "build", "dealt": "deal", "bought": "buy", "caught": "catch", "fought": "fight",
    "struck": "strike", "broke": "break", "broken": "break", "rose": "rise", "risen": "rise", "hid": "hide",
    "hidden": "hide", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
    "used": "use", "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
}
UNCHANGED = {"put", "let", "set", "hit", "cut", "read", "forecast", "broadcast", "bet", "quit", "spread", "hurt"}
NO_UNDOUBLE = {"add", "err", "ebb", "egg", "buzz", "fizz", "purr", "butt", "mall", "roll", "fall", "call", "tell",
               "sell", "kill", "fill", "pass", "stress", "press", "miss", "boss", "guess", "bless", "dress", "toss"}
SIBILANT = ("ss", "sh", "ch", "x", "z", "o")
ES_STRIP = ("ss", "sh", "ch", "x", "zz", "o")  # goes -> go, pushes -> push; but criticizes -> criticize
# A stem ending so wants its e back when the corpus gives no evidence (criticiz -> criticize, argu -> argue);
# the two-letter endings only after a consonant (indicat -> indicate, but repeat stays).
E_ENDINGS = ("iz", "yz", "s", "v", "c", "u", "g", "bl", "dl", "gl", "kl", "pl", "tl", "uad", "ud")
E_AFTER_CONSONANT = ("at", "ut", "ur", "ir", "in")
NOT_INFLECTED = {"always", "perhaps", "news", "series", "whereas", "nothing", "something", "anything",
                 "everything", "thing", "morning", "evening", "during", "king", "willing", "bring", "sing", "ring"}


def third_person(lemma):
    if lemma.endswith(SIBILANT + ("s",)):
        return lemma + "es"
    if len(lemma) > 1 and lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def undouble(stem):
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt" and stem not in NO_UNDOUBLE:
        return stem[:-1]
    return None


def lemmatize(w, freq):
    """A verb lemma for w, by suffix rules; where a rule leaves a choice (noted: not / note), the candidate whose
    third-person form occurs most often in the corpus wins (notes), else the plainest candidate."""
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in UNCHANGED or w in NOT_INFLECTED or len(w) <= 3 or not w.isalpha():
        return w
    cands = []
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 4:
        stem = w[:-2]
        cands = [undouble(stem) or stem, stem + "e", stem]
    elif w.endswith("ing") and len(w) > 5:
        stem = w[:-3]
        cands = [undouble(stem) or stem, stem + "e", stem]
    elif w.endswith("ses") and not w.endswith("sses") and len(w) > 5:  # focuses -> focus, causes -> cause
        return max((w[:-1], w[:-2]), key=lambda c: freq.get(c, 0))
    elif w.endswith("es") and w[:-2].endswith(ES_STRIP):
        return w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is", "ous")):
        return w[:-1]
    else:
        return w
    if (stem.endswith(E_ENDINGS) and not stem.endswith(("ss", "ng", "ocus"))) or \
            (stem.endswith(E_AFTER_CONSONANT) and len(stem) > 3 and stem[-3] not in "aeiou"):
        cands.insert(0, stem + "e")  # with no evidence in the corpus: criticiz -> criticize, argu -> argue
    cands = list(dict.fromkeys(c for c in cands if c))
    best = max(cands, key=lambda c: (freq.get(third_person(c), 0), -cands.index(c)))
    return best


# ---------------------------------------------------------------------------------------------- mining
def is_capitalized(word):
    return word[:1].isupper()


def mine(data):
    occurrences = collections.Counter()   # lowercased token -> times in all texts
    cue_heads = collections.Counter()     # token positions heading a gold cue
    in_cue = collections.Counter()        # token positions inside any gold cue
    phrases = collections.Counter()
    src_heads = collections.Counter()
    src_named = collections.Counter()
    pronouns = collections.Counter()
    titles_lower = collections.Counter()  # lowercase word right before a name: "spokesman Josh Earnest"
    titles_cap = collections.Counter()    # first word of a capitalised run before the name: "Sen. Ted Cruz"
    cap_runs_first = collections.Counter()
    n_texts = n_cues = n_sources = 0
    for _stem, text, rels in texts(data):
        n_texts += 1
        toks = tokenize(text)
        words = [t[2].lower() for t in toks]
        occurrences.update(words)
        cues = {frags for rel in rels for role, frags in rel if role == "Cue"}
        sources = {frags for rel in rels for role, frags in rel if role == "Source"}
        n_cues += len(cues)
        n_sources += len(sources)
        heads_here, inside_here = set(), set()
        for frags in cues:
            idx = span_tokens(toks, frags)
            if not idx:
                continue
            ws = [words[i] for i in idx]
            h = cue_head(ws)
            heads_here.add(idx[ws.index(h)])
            inside_here.update(idx)
            if len(idx) > 1:
                phrases[" ... ".join(" ".join(text[s:e].lower().replace("’", "'").split()) for s, e in frags)] += 1
        cue_heads.update(words[i] for i in heads_here)
        in_cue.update(words[i] for i in inside_here)
        for frags in sources:
            idx = span_tokens(toks, frags)
            if not idx:
                continue
            first_end = frags[0][1]
            comma = text.find(",", frags[0][0], first_end)  # the head stands before any comma
            cut = [i for i in idx if comma < 0 or toks[i][1] <= comma]
            for k in range(1, len(cut)):
                if words[cut[k]] in SOURCE_CUTS:
                    cut = cut[:k]
                    break
            if not cut:
                continue
            head = strip_possessive(words[cut[-1]])
            if head in PRONOUNS or head.rstrip("s") in PRONOUNS:
                pronouns[head] += 1
                continue
            src_heads[head] += 1
            first = toks[idx[0]][2]
            if is_capitalized(first) and first.lower() not in DETERMINERS | PRONOUNS:
                src_named[head] += 1
            # titles: word before each run of capitalised words inside the span
            orig = [toks[i][2] for i in idx]
            k = 0
            while k < len(orig):
                if is_capitalized(orig[k]) and orig[k].lower() not in DETERMINERS | PRONOUNS:
                    j = k
                    while j < len(orig) and is_capitalized(orig[j]):
                        j += 1
                    if k > 0 and not is_capitalized(orig[k - 1]):
                        w = orig[k - 1].lower()
                        if w not in SKIP_IN_CUE and w not in SOURCE_CUTS and not w.isdigit():
                            titles_lower[strip_possessive(w)] += 1
                    if j - k >= 2 and strip_possessive(orig[j - 1].lower()) not in ORG_ENDS:
                        cap_runs_first[orig[k].lower()] += 1
                    k = j
                else:
                    k += 1
    # The first word of a capitalised run is a title ("President Obama"), not a first name ("Donald Trump"),
    # when it ends in a period or the corpus writes it in lower case at least as often as capitalised.
    cap_total = collections.Counter()
    lower_total = collections.Counter()
    for _stem, text, _rels in texts(data):
        for _s, _e, w in tokenize(text):
            (cap_total if is_capitalized(w) else lower_total)[w.lower()] += 1
    for w, n in cap_runs_first.items():
        if w.endswith(".") or lower_total[w] >= cap_total[w]:
            titles_cap[w] += n
    return dict(occurrences=occurrences, cue_heads=cue_heads, in_cue=in_cue, phrases=phrases, src_heads=src_heads,
                src_named=src_named, pronouns=pronouns, titles_lower=titles_lower, titles_cap=titles_cap,
                n_texts=n_texts, n_cues=n_cues, n_sources=n_sources)


# ---------------------------------------------------------------------------------------------- output
def header(name, what, columns, args, m):
    cmd = "python3 scripts/mine_polnear.py" + ("" if args.data == DEFAULT_DATA else f" --data {args.data}") + \
          ("" if args.min_count == 3 else f" --min-count {args.min_count}")
    lines = [
        f"# {name}: {what}",
        "# Source corpus: PolNeAR v1.0.0 (Newell, Margolin and Ruths, LREC 2018), split "
        f"{os.path.basename(os.path.normpath(args.data))} ({m['n_texts']} texts, {m['n_cues']} gold cue spans, "
        f"{m['n_sources']} gold source spans; first annotator per text). Aggregate counts only, no corpus text.",
        f"# Generated by scripts/mine_polnear.py on {datetime.date.today().isoformat()}; regenerate: {cmd}",
        f"# Rows with count >= {args.min_count}. Columns (tab-separated):",
    ]
    lines += [f"#   {c}" for c in columns]
    return "\n".join(lines) + "\n"


def write(path, head, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(head)
        for r in rows:
            f.write("\t".join(str(x) for x in r) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--min-count", type=int, default=3)
    a = ap.parse_args()
    m = mine(a.data)
    os.makedirs(a.out, exist_ok=True)
    occ, mc = m["occurrences"], a.min_count

    rows = []
    for w, n in m["cue_heads"].items():
        if n >= mc:
            o = occ[w]
            rows.append((w, lemmatize(w, occ), n, o, f"{n / o:.3f}" if o else "0", m["in_cue"][w],
                         f"{m['in_cue'][w] / o:.3f}" if o else "0"))
    rows.sort(key=lambda r: (-r[2], r[0]))
    write(os.path.join(a.out, "cue-lemmas.tsv"), header(
        "cue-lemmas.tsv", "head words of gold Cue spans", [
            "form         the cue's head word, lowercased (first word that is not an auxiliary, negation, "
            "preposition, determiner, pronoun or -ly adverb: \"did not respond\" -> respond)",
            "lemma        its verb lemma by suffix rules and a small irregular table (nouns pass through mostly unchanged)",
            "cue_count    distinct tokens of this form heading a gold cue",
            "occurrences  tokens of this form anywhere in the texts",
            "cue_rate     cue_count / occurrences",
            "in_cue       tokens of this form anywhere inside a gold cue (head or not)",
            "in_cue_rate  in_cue / occurrences"], a, m), rows)

    rows = sorted(((p, n) for p, n in m["phrases"].items() if n >= mc), key=lambda r: (-r[1], r[0]))
    write(os.path.join(a.out, "cue-phrases.tsv"), header(
        "cue-phrases.tsv", "whole multiword gold Cue spans", [
            "phrase  the cue span lowercased, whitespace normalised; ' ... ' joins the parts of a discontinuous span",
            "count   gold cue spans with this text"], a, m), rows)

    rows = []
    for w, n in m["src_heads"].items():
        if n >= mc:
            k = m["src_named"][w]
            rows.append((w, n, k, f"{k / n:.3f}"))
    rows.sort(key=lambda r: (-r[1], r[0]))
    write(os.path.join(a.out, "source-heads.tsv"), header(
        "source-heads.tsv", "head words of gold Source spans (pronoun heads are in source-pronouns.tsv)", [
            "head        last word of the span before any comma, who/which/that, of or preposition; possessive "
            "'s dropped; lowercased",
            "count       gold source spans with this head",
            "named       of those, spans starting with a capitalised word other than a determiner or pronoun",
            "named_rate  named / count (near 1: a name, near 0: a description such as \"the spokesman\")"], a, m),
        rows)

    rows = sorted(((w, n) for w, n in m["pronouns"].items() if n >= mc), key=lambda r: (-r[1], r[0]))
    write(os.path.join(a.out, "source-pronouns.tsv"), header(
        "source-pronouns.tsv", "gold Source spans whose head is a pronoun", [
            "pronoun  the head word, lowercased", "count    gold source spans with it"], a, m), rows)

    tl, tc = m["titles_lower"], m["titles_cap"]
    rows = []
    for w in set(tl) | set(tc):
        n = tl[w] + tc[w]
        if n >= mc:
            rows.append((w, n, tl[w], tc[w]))
    rows.sort(key=lambda r: (-r[1], r[0]))
    write(os.path.join(a.out, "source-titles.tsv"), header(
        "source-titles.tsv", "words standing before a capitalised name inside gold Source spans", [
            "word         lowercased",
            "count        before_lower + before_cap",
            "before_lower times written in lower case right before a capitalised word (\"spokesman Josh Earnest\")",
            "before_cap   times first of a run of two or more capitalised words (\"Sen. Ted Cruz\", \"President "
            "Obama\"), counted only where the word ends in a period or the texts write it in lower case at least "
            "as often as capitalised (so \"Donald\" is left out), and the run does not end in an organisation "
            "word (\"State Department\")"], a, m), rows)
    print(f"{m['n_texts']} texts, {m['n_cues']} cues, {m['n_sources']} sources -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
