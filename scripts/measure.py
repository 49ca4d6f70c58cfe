#!/usr/bin/env python3
"""Score a running sayswho on every set at once and print one table, the previous run beside it.

Usage: measure.py --url http://127.0.0.1:PORT/v1/analyze [--shared DIR] [--out DIR] [--sets spec,dev,dev2,pn-dev,pn-train]

Runs the shared scorers (stdlib only) in parallel against one service: score.py on the spec articles (gold/),
dev/ and dev2/, polnear.py on PolNeAR dev and train. Every scorer's full output is kept in OUT (default
.accuracy/ at the repository root: NAME.txt, verbose for the gold sets so that each claim's miss can be read), the
figures in OUT/last.json; the run before moves to OUT/previous.json and its figures stand beside these with the
change. A change to the rules is judged on the whole table: keep it only where the sets gain together and none
drops.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LABELS = ["NAMED", "ANONYMOUS", "DENIED", "COULD_NOT_SAY", "NO_COMMENT", "DOCUMENTARY", "UNATTRIBUTED"]
GOLD_SETS = {"spec": "gold", "dev": "dev/gold", "dev2": "dev2/gold"}
POLNEAR_SETS = {"pn-dev": "polnear/dev", "pn-train": "polnear/train"}


def run(cmd):
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode not in (0, 1):  # score.py exits 1 only below --min-f1, which is never set here
        sys.exit(f"measure.py: {' '.join(cmd)} failed ({done.returncode}):\n{done.stderr}")
    if done.stderr.strip():
        print(f"measure.py: {os.path.basename(cmd[1])} {cmd[-1]}: {done.stderr.strip()[-600:]}", file=sys.stderr)
    return done.stdout


def gold_figures(out):
    m = re.search(r"^score: F1 ([\d.]+) macro ([\d.]+) accuracy ([\d.]+) source ([\d.]+)", out, re.M)
    if not m:
        sys.exit("measure.py: no score line in score.py's output:\n" + out[-2000:])
    fig = dict(zip(["F1", "macro", "accuracy", "source"], map(float, m.groups())))
    for label in LABELS:
        lm = re.search(rf"^{label}\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)", out, re.M)
        if lm:
            p, r, f, tp, fp, fn = lm.groups()
            fig[label] = {"P": float(p), "R": float(r), "F1": float(f), "tp": int(tp), "fp": int(fp), "fn": int(fn)}
    return fig


def polnear_figures(out):
    fig = {}
    for role in ("Source", "Cue", "Content"):
        m = re.search(rf"^{role}\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", out, re.M)
        if not m:
            sys.exit("measure.py: no %s line in polnear.py's output:\n%s" % (role, out[-2000:]))
        ep, er, ef, op, orr, of = map(float, m.groups())
        fig[role] = {"exact": {"P": ep, "R": er, "F1": ef}, "overlap": {"P": op, "R": orr, "F1": of}}
    return fig


def measure(name, shared, url, out_dir):
    if name in GOLD_SETS:
        out = run([sys.executable, os.path.join(shared, "eval", "score.py"), "--url", url, "--verbose",
                   os.path.join(shared, GOLD_SETS[name])])
        figures = gold_figures(out)
    else:
        out = run([sys.executable, os.path.join(shared, "eval", "polnear.py"), "--url", url,
                   "--data", os.path.join(shared, POLNEAR_SETS[name])])
        figures = polnear_figures(out)
    path = os.path.join(out_dir, name + ".txt")
    if os.path.exists(path):
        os.replace(path, os.path.join(out_dir, name + ".previous.txt"))  # diff the two to see which claims moved
    with open(path, "w", encoding="utf-8") as f:
        f.write(out)
    return name, figures


def cell(now, before):
    if before is None:
        return f"{now:.3f}"
    delta = now - before
    mark = "" if abs(delta) < 0.0005 else f" ({delta:+.3f})"
    return f"{now:.3f}{mark}"


def dig(d, *path):
    for p in path:
        if not isinstance(d, dict) or p not in d:
            return None
        d = d[p]
    return d


def table(now, before):
    lines = ["| set | attributed F1 | accuracy | source | macro F1 |", "| --- | --- | --- | --- | --- |"]
    for name in GOLD_SETS:
        if name in now:
            f = now[name]
            lines.append(f"| {name} | " + " | ".join(cell(f[k], dig(before, name, k))
                                                      for k in ("F1", "accuracy", "source", "macro")) + " |")
    lines += ["", "| PolNeAR | source exact F1 | cue exact F1 | content overlap F1 | source P/R | content P/R |",
              "| --- | --- | --- | --- | --- | --- |"]
    for name in POLNEAR_SETS:
        if name in now:
            f = now[name]
            cells = [cell(f[r][m]["F1"], dig(before, name, r, m, "F1"))
                     for r, m in (("Source", "exact"), ("Cue", "exact"), ("Content", "overlap"))]
            cells.append(f"{f['Source']['exact']['P']:.2f}/{f['Source']['exact']['R']:.2f}")
            cells.append(f"{f['Content']['overlap']['P']:.2f}/{f['Content']['overlap']['R']:.2f}")
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| label (F1, tp/fp/fn) | " + " | ".join(n for n in GOLD_SETS if n in now) + " |",
              "| --- |" + " --- |" * sum(1 for n in GOLD_SETS if n in now)]
    for label in LABELS:
        row = []
        for name in GOLD_SETS:
            if name not in now:
                continue
            f = now[name].get(label)
            if f is None:
                row.append("-")
                continue
            b = dig(before, name, label, "F1")
            row.append(f"{cell(f['F1'], b)} {f['tp']}/{f['fp']}/{f['fn']}")
        lines.append(f"| {label} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--url", required=True)
    ap.add_argument("--shared", default=os.path.join(os.path.dirname(ROOT), "shared"))
    ap.add_argument("--out", default=os.path.join(ROOT, ".accuracy"))
    ap.add_argument("--sets", default=",".join(list(GOLD_SETS) + list(POLNEAR_SETS)))
    a = ap.parse_args()
    names = [n for n in a.sets.split(",") if n]
    unknown = [n for n in names if n not in GOLD_SETS and n not in POLNEAR_SETS]
    if unknown:
        sys.exit(f"measure.py: unknown set(s) {unknown}; known: {list(GOLD_SETS) + list(POLNEAR_SETS)}")
    os.makedirs(a.out, exist_ok=True)
    # the biggest first, so that the pool's two workers finish together
    order = sorted(names, key=lambda n: n != "pn-train")
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        now = dict(pool.map(lambda n: measure(n, a.shared, a.url, a.out), order))
    last, previous = os.path.join(a.out, "last.json"), os.path.join(a.out, "previous.json")
    before = None
    if os.path.exists(last):
        with open(last, encoding="utf-8") as f:
            before = json.load(f)
        # a partial run keeps the figures of the sets it did not measure
        merged = dict(before)
        merged.update(now)
        now_all = merged
        os.replace(last, previous)
    else:
        now_all = now
    with open(last, "w", encoding="utf-8") as f:
        json.dump(now_all, f, indent=1, sort_keys=True)
    print(table({n: now[n] for n in names}, before))
    print(f"\n(full scorer output in {os.path.relpath(a.out, os.getcwd())}/; change in brackets against the run before)")


if __name__ == "__main__":
    main()
