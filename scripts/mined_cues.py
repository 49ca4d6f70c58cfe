#!/usr/bin/env python3
"""Turn the cue statistics mined from PolNeAR train into cue rules: src/main/resources/sayswho/rulesets/en/cues-mined.rules.

What: reads mined/cue-lemmas.tsv and mined/cue-phrases.tsv (written by scripts/mine_polnear.py) and cues.rules, and
writes one STANCE rule per verb lemma that PolNeAR annotators mark as a cue often (at least --min-count times as a
cue's head) and reliably (cue_rate, the share of its occurrences that are cues, at least --min-rate), that
cues.rules does not already cover, and that the labelling guide counts (mined/excluded-cue-lemmas.tsv lists the
lemmas it does not, each with the reason). A form that PolNeAR mostly marks with a particle ("referring to",
"talked about") gets that particle in its pattern, so the cue span matches the annotated one.

Why: the hand-written cue list covers the frequent verbs; the tail that news actually uses is in the data. The
rules stay data with provenance: rerun this after mining again, review the diff, measure on every set.

How: python3 scripts/mined_cues.py [--min-count 6] [--min-rate 0.5]   (stdlib only)
"""
import argparse
import collections
import datetime
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EN = os.path.join(ROOT, "src", "main", "resources", "sayswho", "rulesets", "en")
MINED = os.path.join(EN, "mined")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def covered_words():
    """Words a hand-written cue rule already takes on its own: the alternatives of one-slot patterns ("said|says").
    A word that only stands in a longer pattern ("pointed out") is not covered as a cue by itself ("pointed to")."""
    covered = set()
    for r in rows(os.path.join(EN, "cues.rules")):
        fields = r[0].split("#", 1)[0].split(None, 4)
        if len(fields) == 5 and " " not in fields[4].split(">", 1)[0].strip():
            covered.update(w for w in fields[4].split(">", 1)[0].strip().split("|") if "_" not in w)
    return covered


def covered_phrases():
    """Two-slot patterns of cues.rules ("point|points|pointed out", "according to"): (slot, slot) pairs."""
    pairs = []
    for r in rows(os.path.join(EN, "cues.rules")):
        fields = r[0].split("#", 1)[0].split(None, 4)
        if len(fields) == 5:
            slots = fields[4].split(">", 1)[0].split()
            pairs.extend(zip(slots, slots[1:]))
    return pairs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-count", type=int, default=6)
    ap.add_argument("--min-rate", type=float, default=0.5, help="a form's own cue rate, at least")
    ap.add_argument("--min-lemma-rate", type=float, default=0.3, help="the cue rate of all its forms together")
    a = ap.parse_args()
    excluded = {r[0]: r[1] for r in rows(os.path.join(MINED, "excluded-cue-lemmas.tsv"))}
    covered = covered_words()
    pairs = covered_phrases()
    by_lemma = collections.defaultdict(list)
    header = [r for r in rows(os.path.join(MINED, "cue-lemmas.tsv"))]
    for r in header:
        if r[0] == "form":
            continue
        form, lemma, count, occurrences, rate = r[0], r[1], int(r[2]), int(r[3]), float(r[4])
        by_lemma[lemma].append((form, count, occurrences, rate))
    # the particle a form takes in most of its annotated multiword cues ("referring to")
    particle = {}
    phrase_counts = collections.Counter()
    for r in rows(os.path.join(MINED, "cue-phrases.tsv")):
        if r[0] == "phrase":
            continue
        words, count = r[0].split(), int(r[1])
        if len(words) == 2 and words[1] in ("to", "about", "of", "on", "for", "out"):
            phrase_counts[(words[0], words[1])] += count
    for (form, part), count in phrase_counts.items():
        if count > phrase_counts.get((form, particle.get(form, "")), 0):
            particle[form] = part
    out = []
    for lemma, forms in sorted(by_lemma.items()):
        total = sum(f[1] for f in forms)
        occurrences = sum(f[2] for f in forms)
        if lemma in excluded or total < a.min_count or total / max(1, occurrences) < a.min_lemma_rate:
            continue  # each form's own cue_rate decides below too: "promise" the noun dilutes "promised" the verb
        # verb forms only: a noun or adjective of the same lemma would fire on every mention
        kept = [f for f in forms if f[0] not in covered and f[3] >= a.min_rate and re.fullmatch(r"[a-z]+", f[0])
                and (f[0].endswith(("ed", "ing", "s")) or f[0] == lemma)]
        if not kept:
            continue
        plain = [f[0] for f in kept if f[0] not in particle]
        with_particle = collections.defaultdict(list)
        for f in kept:
            if f[0] in particle:
                with_particle[particle[f[0]]].append(f[0])
        stats = f"{total} cues in {occurrences} uses ({total / max(1, occurrences):.2f})"
        if plain:
            out.append((f"mined.{lemma}", "|".join(sorted(plain)), stats))
        for part, fs in sorted(with_particle.items()):
            fs = [f for f in fs if not any(f in alt.split("|") and part in alt2.split("|") for alt, alt2 in pairs)]
            if not fs:
                continue
            out.append((f"mined.{lemma}-{part}", "|".join(sorted(fs)) + " " + part, stats))
    path = os.path.join(EN, "cues-mined.rules")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# Cue rules mined from PolNeAR v1.0.0 train (840 texts; first annotator per text) by scripts/mined_cues.py\n")
        f.write(f"# on {datetime.date.today().isoformat()} from mined/cue-lemmas.tsv and mined/cue-phrases.tsv, with "
                f"--min-count {a.min_count} --min-rate {a.min_rate} --min-lemma-rate {a.min_lemma_rate}.\n")
        f.write("# Do not edit by hand: change the thresholds or mined/excluded-cue-lemmas.tsv and rerun. Read after cues.rules,\n")
        f.write("# in its format (id CATEGORY SIDE FLAGS pattern); the comment after each rule is its evidence.\n")
        for rule_id, pattern, stats in out:
            f.write(f"{rule_id:<28} STANCE  LEFT  -  {pattern:<40} # {stats}\n")
    print(f"wrote {len(out)} rules to {os.path.relpath(path, ROOT)}")


if __name__ == "__main__":
    main()
