#!/usr/bin/env python3
"""Sentence boundaries: precision, recall and F1 of breve's French splitter.

  sbd_bench.py --build BUILD_DIR [--eval DIR]

1. UD French-Sequoia news (sequoia-news/sentences.txt): the gold sentences,
   one a line, are joined with spaces into one running text; breve splits
   it; a boundary is the text offset where a sentence starts. Reported for
   every gold boundary, and apart for the boundaries the text marks with
   sentence punctuation (the others follow a headline, a byline or a list
   item with no final stop, or a semicolon: the splitter finds them from a
   sentence opener after an unpunctuated piece, and from a semicolon before
   a lower-case word). -v lists the boundaries missed and the extra ones.
2. pySBD's French golden rules (sbd-fr/golden.jsonl): exact sentence lists.

Uses bench/summarize_many --split (one text per line in, sentences
tab-separated out). Python 3 stdlib only; the data is read where it lies."""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FINAL = re.compile(r"[.!?\u2026][\"'\u00bb\u201d)\]\s\u00a0]*$")


def split(exe, texts):
    p = subprocess.run([exe, "--split"],
                       input=("\n".join(texts) + "\n").encode("utf-8"),
                       stdout=subprocess.PIPE, check=True)
    out = p.stdout.decode("utf-8").split("\n")[:len(texts)]
    return [line.split("\t") if line else [] for line in out]


def starts(text, sentences):
    """Offsets in `text` where each sentence after the first starts."""
    pos, out = 0, set()
    for k, s in enumerate(sentences):
        at = text.find(s, pos)
        if at < 0:
            # the splitter trims and collapses spaces: find the first word
            at = text.find(s.split(" ", 1)[0], pos)
        if at < 0:
            continue
        if k:
            out.add(at)
        pos = at + 1
    return out


def prf(gold, pred):
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared",
                                                   "eval"))
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="print the boundaries missed and the extra ones")
    a = ap.parse_args()
    exe = os.path.join(a.build, "bench", "summarize_many")
    if not os.access(exe, os.X_OK):
        sys.exit("sbd_bench: %s not found; build it first" % exe)
    seq = os.path.join(a.eval, "sequoia-news", "sentences.txt")
    if os.path.exists(seq):
        with open(seq, encoding="utf-8") as f:
            gold = [" ".join(x.split()) for x in f.read().split("\n")
                    if x.strip()]
        text = " ".join(gold)
        gstarts, marked, pos = set(), set(), 0
        for k, s in enumerate(gold):
            if k:
                gstarts.add(pos)
                if FINAL.search(gold[k - 1]):
                    marked.add(pos)
            pos += len(s) + 1
        pred = starts(text, split(exe, [text])[0])
        p, r, f, tp = prf(gstarts, pred)
        print("Sequoia news, %d sentences joined with spaces:" % len(gold))
        print("  all boundaries         P %.4f  R %.4f  F1 %.4f  (%d/%d "
              "found, %d proposed)" % (p, r, f, tp, len(gstarts), len(pred)))
        p, r, f, tp = prf(marked, pred)
        print("  punctuated boundaries  P %.4f  R %.4f  F1 %.4f  (%d/%d "
              "found, %d proposed)" % (p, r, f, tp, len(marked), len(pred)))
        if a.verbose:
            for at in sorted(gstarts - pred):
                print("  missed: ...%s | %s..." % (text[max(0, at - 40):at],
                                                  text[at:at + 30]))
            for at in sorted(pred - gstarts):
                print("  extra:  ...%s | %s..." % (text[max(0, at - 40):at],
                                                  text[at:at + 30]))
    else:
        print("sbd_bench: %s not found; Sequoia skipped" % seq)
    gpath = os.path.join(a.eval, "sbd-fr", "golden.jsonl")
    if os.path.exists(gpath):
        with open(gpath, encoding="utf-8") as f:
            cases = [json.loads(x) for x in f if x.strip()]
        got = split(exe, [" ".join(c["text"].split()) for c in cases])
        ok = 0
        for c, g in zip(cases, got):
            want = [" ".join(s.split()) for s in c["sentences"]]
            if g == want:
                ok += 1
            elif a.verbose:
                print("  golden failed: %r -> %r" % (want, g))
        print("pySBD French golden rules: %d/%d exact" % (ok, len(cases)))
    else:
        print("sbd_bench: %s not found; golden rules skipped" % gpath)
    return 0


if __name__ == "__main__":
    sys.exit(main())
