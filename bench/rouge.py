#!/usr/bin/env python3
"""ROUGE-1, ROUGE-2 and ROUGE-L F1, as the rouge-score package computes them
with its default tokenizer and no stemming: text lower-cased, every run of
characters other than a-z and 0-9 is a separator (so accented letters split
words), ROUGE-L is the sentence-level LCS F1 (`rougeL`). Python stdlib only.

  rouge.py REFERENCES CANDIDATES     one text per line, aligned; prints means
"""
import re
import sys
from collections import Counter

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def tokenize(text):
    return _NON_ALNUM.sub(" ", text.lower()).split()


def _ngrams(tokens, n):
    return Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def _f1(overlap, n_cand, n_ref):
    if n_cand == 0 or n_ref == 0 or overlap == 0:
        return 0.0
    p = overlap / n_cand
    r = overlap / n_ref
    return 2 * p * r / (p + r)


def rouge_n(ref_toks, cand_toks, n):
    ref, cand = _ngrams(ref_toks, n), _ngrams(cand_toks, n)
    overlap = sum(min(c, ref[g]) for g, c in cand.items())
    return _f1(overlap, sum(cand.values()), sum(ref.values()))


def lcs_len(a, b):
    if not a or not b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(ref_toks, cand_toks):
    return _f1(lcs_len(ref_toks, cand_toks), len(cand_toks), len(ref_toks))


def scores(ref, cand):
    """(R1, R2, RL) F1 of one candidate against one reference, in 0..1."""
    rt, ct = tokenize(ref), tokenize(cand)
    return rouge_n(rt, ct, 1), rouge_n(rt, ct, 2), rouge_l(rt, ct)


def corpus(refs, cands):
    """Mean (R1, R2, RL) F1 in percent over aligned lists."""
    assert len(refs) == len(cands), (len(refs), len(cands))
    tot = [0.0, 0.0, 0.0]
    for r, c in zip(refs, cands):
        for k, v in enumerate(scores(r, c)):
            tot[k] += v
    n = max(len(refs), 1)
    return tuple(100.0 * t / n for t in tot)


def _self_test():
    # the tokenizer splits at accented letters, as rouge-score's does
    assert tokenize("L'Été à Paris, 12,5 %") == ["l", "t", "paris", "12", "5"]
    assert abs(scores("a b c d", "a b c d")[2] - 1.0) < 1e-12
    r1, r2, rl = scores("le chat dort sur le lit", "le chien dort sur le tapis")
    assert abs(r1 - 4 / 6) < 1e-12 and abs(r2 - 2 / 5) < 1e-12
    assert abs(rl - 4 / 6) < 1e-12


if __name__ == "__main__":
    _self_test()
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        refs = f.read().split("\n")
    with open(sys.argv[2], encoding="utf-8") as f:
        cands = f.read().split("\n")
    if refs and refs[-1] == "":
        refs.pop()
    if cands and cands[-1] == "":
        cands.pop()
    r1, r2, rl = corpus(refs, cands)
    print("ROUGE-1 %.2f  ROUGE-2 %.2f  ROUGE-L %.2f" % (r1, r2, rl))
