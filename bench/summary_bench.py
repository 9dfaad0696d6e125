#!/usr/bin/env python3
"""Summaries of OrangeSum news articles, side by side, in ROUGE F1
(rouge-score's default tokenizer, no stemming; see bench/rouge.py).

  summary_bench.py --build BUILD_DIR [--split test|valid] [--titled]
                   [--eval DIR]

test (default): the 1,500 pairs of source_documents.txt + gold.txt.
valid: the 1,500 articles of valid.jsonl.gz with their abstracts, for
tuning (--titled gives breve the headlines, which the test split lacks).
Rows: LEAD-1 and LEAD-2 (the first sentences, after breve's cleaning and
splitting), Open Text Summarizer (`ots -d fr -r 5`, when installed), breve
at --sentences 1, --sentences 2 and --words 40, with the CPU time of each
breve run (1,500 articles in one process), the mean length and the number
of articles left without any sentence (an empty summary scores 0). Python
3 stdlib only; the data is read where it lies and never copied."""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rouge  # noqa: E402

ROOT = os.path.dirname(HERE)


def load(a):
    """(titles, articles, references) of the chosen split."""
    if a.split == "test":
        src = os.path.join(a.eval, "source_documents.txt")
        gold = os.path.join(a.eval, "gold.txt")
        if not (os.path.exists(src) and os.path.exists(gold)):
            return None
        with open(src, encoding="utf-8") as f:
            arts = f.read().split("\n")
        with open(gold, encoding="utf-8") as f:
            refs = f.read().split("\n")
        arts, refs = arts[:1500], refs[:1500]
        return [""] * len(arts), arts, refs
    path = os.path.join(a.eval, "valid.jsonl.gz")
    if not os.path.exists(path):
        return None
    titles, arts, refs = [], [], []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            titles.append(" ".join((d.get("title") or "").split()))
            arts.append(" ".join(d["article"].split()))
            refs.append(" ".join(d["heading"].split()))
    return titles, arts, refs


def run_breve(exe, titles, arts, args, titled):
    lines = [(t + "\t" + x) if titled else x for t, x in zip(titles, arts)]
    p = subprocess.run([exe] + args + (["--titled"] if titled else []),
                       input=("\n".join(lines) + "\n").encode("utf-8"),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       check=True)
    out = p.stdout.decode("utf-8").split("\n")[:len(arts)]
    note = p.stderr.decode("utf-8").strip()
    cpu = ""
    if " s CPU" in note:
        cpu = note.rsplit(",", 1)[1].strip()
    return out, cpu


def run_ots(arts):
    ots = shutil.which("ots")
    if not ots:
        return None
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "article.txt")
        for x in arts:
            with open(path, "w", encoding="utf-8") as f:
                f.write(x + "\n")
            p = subprocess.run([ots, "-d", "fr", "-r", "5", path],
                               stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
            out.append(" ".join(p.stdout.decode("utf-8", "replace").split()))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True,
                    help="build folder holding bench/summarize_many")
    ap.add_argument("--split", choices=("test", "valid"), default="test")
    ap.add_argument("--titled", action="store_true",
                    help="valid split: give breve the headlines")
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared",
                                                   "eval", "orangesum"))
    a = ap.parse_args()
    data = load(a)
    if data is None:
        print("summary_bench: OrangeSum not found in %s; skipped" % a.eval)
        return 0
    titles, arts, refs = data
    titled = a.titled and a.split == "valid"
    exe = os.path.join(a.build, "bench", "summarize_many")
    if not os.access(exe, os.X_OK):
        sys.exit("summary_bench: %s not found; build it first" % exe)
    print("OrangeSum %s split, %d articles%s; ROUGE F1 (rouge-score "
          "tokenizer, no stemming)" % (a.split, len(arts),
                                       ", with headlines" if titled else ""))
    print("%-24s %7s %7s %7s  %s" % ("system", "R-1", "R-2", "R-L",
                                     "CPU (1 process)"))

    def row(name, cands, cpu=""):
        r1, r2, rl = rouge.corpus(refs, cands)
        words = sum(len(c.split()) for c in cands) / max(len(cands), 1)
        empty = sum(1 for c in cands if not c.strip())
        note = "  (%.0f words%s)" % (words, ", %d empty" % empty if empty
                                     else "")
        print("%-24s %7.2f %7.2f %7.2f  %s" % (name, r1, r2, rl, cpu + note),
              flush=True)

    for k in (1, 2):
        out, _ = run_breve(exe, titles, arts, ["--lead", str(k)], titled)
        row("LEAD-%d" % k, out)
    ots = run_ots(arts)
    if ots is None:
        print("%-24s skipped: ots is not installed (apt-get install ots)"
              % "ots -d fr -r 5")
    else:
        row("ots -d fr -r 5", ots)
    for args in (["--sentences", "1"], ["--sentences", "2"],
                 ["--words", "40"]):
        out, cpu = run_breve(exe, titles, arts, args, titled)
        row("breve " + " ".join(args), out, cpu)
    return 0


if __name__ == "__main__":
    sys.exit(main())
