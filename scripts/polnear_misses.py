#!/usr/bin/env python3
"""List what a running sayswho misses on PolNeAR: the commonest gold cues and sources it finds nothing for, and
the commonest cues it finds that PolNeAR does not mark.

What: posts every text of a PolNeAR split to the service, the way /work/shared/eval/polnear.py does (JSON
{"text": ...}; the answer's offsets count UTF-16 units and are turned into code points), and takes each claim
other than UNATTRIBUTED as one relation with its source and cue spans. Then prints three tables:
  1. gold Cue spans that no predicted cue overlaps, by lowercased cue text (top 80)
  2. gold Source spans that no predicted source overlaps, by head word (as in scripts/mine_polnear.py; top 60)
  3. predicted cues that overlap no gold cue (false positives), by lowercased cue text (top 60)

Why: the overlap recall of cues and sources is capped by the spans the rules never propose; these tables say which
words to add to cues.rules / the lexicons first, and which proposed cues PolNeAR disagrees with.

How to rerun (stdlib only; start the service first):
    python3 scripts/polnear_misses.py --url http://127.0.0.1:PORT/v1/analyze [--data /work/shared/polnear/train]
        [--limit N] [--top-cues 80] [--top-sources 60] [--top-fp 60]
Only aggregate counts of short span texts are printed; nothing is written into the project.
"""
import argparse
import collections
import json
import os
import sys
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mine_polnear as mp  # noqa: E402  (tokenizer, .ann reader and head rules shared with the miner)


def utf16_table(text):
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * (2 if ord(ch) > 0xFFFF else 1))
    table.append(len(text))
    return table


def analyze(url, text):
    req = urllib.request.Request(url, data=json.dumps({"text": text}).encode("utf-8"),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read().decode("utf-8"))


def predicted(resp, text):
    """{"Source": set of (start, end), "Cue": ...} in code points, as polnear.py reads the answer."""
    tab = utf16_table(text)

    def conv(s):
        if s and isinstance(s.get("start"), int) and isinstance(s.get("end"), int):
            return tab[s["start"]], tab[s["end"]]
        return None

    out = {"Source": set(), "Cue": set()}
    for c in resp.get("claims", []):
        if c.get("attribution") in (None, "UNATTRIBUTED"):
            continue
        for role in out:
            sp = conv(c.get(role.lower()))
            if sp and sp[1] > sp[0]:
                out[role].add(sp)
    return out


def overlaps(span, others):
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def norm(s):
    return " ".join(s.lower().replace("’", "'").split())


def source_head(text, toks, frags):
    """Head word of a source span, as mine_polnear.py finds it (pronouns included here)."""
    idx = mp.span_tokens(toks, frags)
    if not idx:
        return norm(text[frags[0][0]:frags[-1][1]])
    comma = text.find(",", frags[0][0], frags[0][1])
    cut = [i for i in idx if comma < 0 or toks[i][1] <= comma]
    words = [toks[i][2].lower() for i in cut]
    for k in range(1, len(words)):
        if words[k] in mp.SOURCE_CUTS:
            words = words[:k]
            break
    return mp.strip_possessive(words[-1]) if words else toks[idx[0]][2].lower()


def show_context(stem, text, span, pred):
    """The line around a missed cue, the cue in [brackets], and the predicted cues and sources on that line."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    line = text[start:span[0]] + "[" + text[span[0]:span[1]] + "]" + text[span[1]:end]
    here = lambda role: [text[s:e] for s, e in sorted(pred[role]) if start <= s < end]
    print(f"-- {stem}: {' '.join(line.split())[:400]}")
    print(f"   predicted cues {here('Cue')} sources {here('Source')}")


def table(title, counter, total, top):
    print(f"\n== {title}: {total} spans, {len(counter)} distinct; top {top}")
    print(f"{'count':>6}  text")
    for text, n in counter.most_common(top):
        print(f"{n:>6}  {text}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", required=True)
    ap.add_argument("--data", default=mp.DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--top-cues", type=int, default=80)
    ap.add_argument("--top-sources", type=int, default=60)
    ap.add_argument("--top-fp", type=int, default=60)
    ap.add_argument("--show", action="append", default=[], metavar="CUE",
                    help="also print, for each missed gold cue with this text, its sentence and what was predicted there")
    a = ap.parse_args()
    missed_cues, missed_sources, false_cues = collections.Counter(), collections.Counter(), collections.Counter()
    n = {"texts": 0, "gold cues": 0, "gold sources": 0, "pred cues": 0, "pred sources": 0}
    for stem, text, rels in mp.texts(a.data):
        if a.limit and n["texts"] >= a.limit:
            break
        n["texts"] += 1
        pred = predicted(analyze(a.url, text), text)
        gold = {r: {frags for rel in rels for role, frags in rel if role == r} for r in ("Cue", "Source")}
        # compare as the scorer does: one span from the first fragment's start to the last fragment's end
        hull = lambda frags: (min(f[0] for f in frags), max(f[1] for f in frags))
        gold_cue_spans = {hull(f) for f in gold["Cue"]}
        toks = mp.tokenize(text)
        for frags in gold["Cue"]:
            if not overlaps(hull(frags), pred["Cue"]):
                cue_text = " ... ".join(norm(text[s:e]) for s, e in frags)
                missed_cues[cue_text] += 1
                if cue_text in a.show:
                    show_context(stem, text, hull(frags), pred)
        for frags in gold["Source"]:
            if not overlaps(hull(frags), pred["Source"]):
                missed_sources[source_head(text, toks, frags)] += 1
        for sp in pred["Cue"]:
            if not overlaps(sp, gold_cue_spans):
                false_cues[norm(text[sp[0]:sp[1]])] += 1
        n["gold cues"] += len(gold["Cue"])
        n["gold sources"] += len(gold["Source"])
        n["pred cues"] += len(pred["Cue"])
        n["pred sources"] += len(pred["Source"])
    print(f"{os.path.basename(os.path.normpath(a.data))}: " + ", ".join(f"{v} {k}" for k, v in n.items()))
    table("gold cues no predicted cue overlaps, by cue text", missed_cues, sum(missed_cues.values()), a.top_cues)
    table("gold sources no predicted source overlaps, by head word", missed_sources,
          sum(missed_sources.values()), a.top_sources)
    table("predicted cues overlapping no gold cue, by cue text", false_cues, sum(false_cues.values()), a.top_fp)


if __name__ == "__main__":
    main()
