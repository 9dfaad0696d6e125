#!/usr/bin/env python3
"""Runs a command once per article, the article (one line of FILE) on its
standard input, its output discarded: how a one-article-per-process peer
such as ots is used on a corpus.

  per_article.py FILE [--limit N] -- COMMAND ARGS..."""
import subprocess
import sys


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    path, opts, cmd = args[0], args[1:sep], args[sep + 1:]
    limit = int(opts[opts.index("--limit") + 1]) if "--limit" in opts else 0
    failed = 0
    with open(path, "rb") as f:
        for i, line in enumerate(f):
            if limit and i >= limit:
                break
            r = subprocess.run(cmd, input=line, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
            failed += r.returncode != 0
    if failed:
        print("per_article.py: %d articles failed" % failed, file=sys.stderr)


if __name__ == "__main__":
    main()
