#!/usr/bin/env python3
"""What breve's normaliser leaves unsaid in real news: digits and symbols
still in its output, which espeak-ng would then read on its own.

Reads OrangeSum articles (../shared/eval/orangesum/, --split valid by
default; the test split is not read) and normalises each article with
`breve normalize` in one run, one article per line. It counts the words of
the input that hold a digit or one of % € $ £ @ # & = + * / § ~ < > ° ² ³,
and the words of the output that still do, and prints the most frequent
leftover shapes (digits as 9, long lower-case words as w) with an example.
There is no gold reading here: a leftover is not always wrong (a web
address keeps its slash in SSML-less output, "Covid-19" its dash), but a
new shape at the top of the list is worth a look.

Usage: python3 bench/news_leftovers.py [--breve PATH] [--split valid|train]
                                       [--max-articles N] [--top N]
Exit status 0; 77 (skip) when the data or breve is missing.
"""
import argparse
import collections
import gzip
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARKED = re.compile(r"[0-9%€$£@#&=+*/§~<>°²³]")


def shape(word):
    s = re.sub(r"[0-9]+", "9", word)
    return re.sub(r"[a-zàâäéèêëîïôöùûüç]{4,}", "w", s)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--breve", default=os.path.join(ROOT, "build", "breve"))
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared",
                                                   "eval", "orangesum"))
    ap.add_argument("--split", choices=("valid", "train"), default="valid")
    ap.add_argument("--max-articles", type=int, default=1500)
    ap.add_argument("--top", type=int, default=25)
    args = ap.parse_args()
    path = os.path.join(args.eval, "%s.jsonl.gz" % args.split)
    if not os.path.exists(path):
        print("news_leftovers: skipped, no OrangeSum data at %s" % path)
        return 77
    if not os.access(args.breve, os.X_OK):
        print("news_leftovers: skipped, no breve binary at %s" % args.breve)
        return 77
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            text = " ".join(json.loads(line)["article"].split())
            if text:
                articles.append(text)
            if len(articles) >= args.max_articles:
                break
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                     encoding="utf-8") as tmp:
        tmp.write("\n".join(articles) + "\n")
    try:
        out = subprocess.run([args.breve, "normalize", tmp.name],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(tmp.name)
    said = out.split("\n")[:len(articles)]
    words_in = marked_in = words_out = marked_out = 0
    shapes = collections.Counter()
    example = {}
    for text, norm in zip(articles, said):
        w_in = text.split()
        words_in += len(w_in)
        marked_in += sum(1 for w in w_in if MARKED.search(w))
        for w in norm.split():
            words_out += 1
            if MARKED.search(w):
                marked_out += 1
                k = shape(w)
                shapes[k] += 1
                example.setdefault(k, w)
    print("news_leftovers: %d %s articles, %d words in, %d words out"
          % (len(articles), args.split, words_in, words_out))
    print("  words with digits or symbols: %d in the input (%.2f%%), "
          "%d left in the output (%.2f%%)"
          % (marked_in, 100.0 * marked_in / max(words_in, 1), marked_out,
             100.0 * marked_out / max(words_out, 1)))
    print("  most frequent leftover shapes:")
    for k, n in shapes.most_common(args.top):
        print("    %6d  %-24s e.g. %s" % (n, k[:24], example[k][:60]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
