#!/usr/bin/env python3
"""Scores breve's normaliser on the NeMo French text-normalisation cases.

Reads ../shared/eval/nemo-fr-tn/ (or --data DIR): data_text_normalization
(written~spoken) and data_inverse_text_normalization (spoken~written, read
backwards so the written form is the input). Each written input is
normalised by `breve normalize` (one run per file, one line per case), and a
case passes when espeak-ng's phonemes (`espeak-ng -v fr -q -x`) of breve's
output equal those of an expected spoken form, ignoring stress and pause
marks, word boundaries and minor vowel-quality differences (e/E, o/O, a/A,
schwa/eu). Raw espeak-ng (the written input said as it is) is scored the
same way, side by side.

The NeMo files give several spoken forms for one written form (TN and ITN
disagree: "818,303" is "trois cent trois" in one, "trois zéro trois" in the
other; "11 h 30" is "onze heures trente" or "onze heures et demie"). The
main score accepts any spoken form the data lists for that written input;
the strict score (--strict, always printed as a total) requires the form of
the very line.

Usage: python3 bench/nemo_eval.py [--breve PATH] [--data DIR] [--show-fail]
Exit status 0; 77 (skip) when the data or a tool is missing.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MARK = "quokkaquokka"


def read_cases(data):
    """Returns [(folder, category, written, spoken, alternatives)] in file
    order. A line starting with '#' is a comment. In a text-normalisation
    file, a line may give more spoken forms after the first, each after one
    more '~' (written~spoken~other reading): any of them passes, the strict
    score takes the first."""
    cases = []
    for folder, inverse in (("data_text_normalization", False),
                            ("data_inverse_text_normalization", True)):
        d = os.path.join(data, folder)
        if not os.path.isdir(d):
            continue
        for name in sorted(os.listdir(d)):
            m = re.match(r"test_cases_(\w+)\.txt$", name)
            if not m:
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                for line in f:
                    line = line.rstrip("\n")
                    if "~" not in line or line.startswith("#"):
                        continue
                    a, b = line.split("~", 1)
                    alts = ()
                    if not inverse and "~" in b:
                        b, *rest = b.split("~")
                        alts = tuple(rest)
                    written, spoken = (b, a) if inverse else (a, b)
                    tag = "itn" if inverse else "tn"
                    cases.append((tag, m.group(1), written, spoken, alts))
    return cases


def run_breve(breve, texts, opts=()):
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False,
                                     encoding="utf-8") as f:
        f.write("\n".join(texts) + "\n")
        path = f.name
    try:
        out = subprocess.run([breve, "normalize", *opts, path],
                             capture_output=True,
                             text=True, check=True).stdout
    finally:
        os.unlink(path)
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(texts):
        sys.exit("nemo_eval: breve gave %d lines for %d inputs"
                 % (len(lines), len(texts)))
    return lines


def phonemes(texts):
    """espeak-ng -x of each text, in one espeak-ng run per 2000 texts."""
    result = {}
    todo = sorted(set(texts))
    for start in range(0, len(todo), 2000):
        chunk = todo[start:start + 2000]
        body = ("\n\n%s\n\n" % MARK).join(t.replace("\n", " ") for t in chunk)
        out = subprocess.run(["espeak-ng", "-v", "fr", "-q", "-x"],
                             input=body, capture_output=True, text=True,
                             check=True).stdout
        segs, cur = [], []
        mark_ph = None
        for line in out.split("\n"):
            s = line.strip()
            if mark_ph is None:
                pass
            if canon(s) == canon_mark():
                segs.append(" ".join(cur))
                cur = []
            elif s:
                cur.append(s)
        segs.append(" ".join(cur))
        if len(segs) != len(chunk):
            sys.exit("nemo_eval: espeak-ng output did not split (%d/%d)"
                     % (len(segs), len(chunk)))
        result.update(zip(chunk, segs))
    return result


_MARK_CANON = []


def canon_mark():
    if not _MARK_CANON:
        out = subprocess.run(["espeak-ng", "-v", "fr", "-q", "-x", MARK],
                             capture_output=True, text=True).stdout
        _MARK_CANON.append(canon(out.strip()))
    return _MARK_CANON[0]


def canon(ph):
    """Phonemes without stress, pauses, word gaps, language switches, and
    with near vowels merged."""
    ph = re.sub(r"\([a-z]{2,3}\)", "", ph)
    ph = re.sub(r"_[!|:;]*", "", ph)
    ph = re.sub(r"[',\s\-:_]", "", ph)
    ph = re.sub(r"A(?!~)", "a", ph)
    ph = ph.replace("E~", "e~").replace("E", "e").replace("O~", "o~")
    ph = ph.replace("O", "o").replace("Y", "@").replace("W", "@")
    ph = ph.replace("a#", "a").replace("e#", "e")
    return ph


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--breve", default=None)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "eval",
                                                   "nemo-fr-tn"))
    ap.add_argument("--show-fail", action="store_true")
    ap.add_argument("--require", type=float, default=None, metavar="PCT",
                    help="exit 1 when fewer than PCT %% of all cases pass")
    ap.add_argument("--espeak-fixes", action="store_true",
                    help="run breve normalize --espeak-fixes")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        print("nemo_eval: skipped, no NeMo data at %s" % args.data)
        return 77
    if not shutil.which("espeak-ng"):
        print("nemo_eval: skipped, espeak-ng is not installed")
        return 77
    breve = args.breve
    if not breve:
        for d in sorted(os.listdir(ROOT)):
            p = os.path.join(ROOT, d, "breve")
            if d.startswith("build") and os.access(p, os.X_OK):
                breve = p
                break
    if not breve:
        print("nemo_eval: skipped, no breve binary (use --breve PATH)")
        return 77

    cases = read_cases(args.data)
    # One breve run per file, as a user would normalise a list of cases.
    by_file = defaultdict(list)
    for i, c in enumerate(cases):
        by_file[(c[0], c[1])].append(i)
    outputs = [None] * len(cases)
    opts = ("--espeak-fixes",) if args.espeak_fixes else ()
    for key, idx in by_file.items():
        for i, o in zip(idx, run_breve(breve, [cases[i][2] for i in idx],
                                       opts)):
            outputs[i] = o
    accepted = defaultdict(set)
    for _, _, written, spoken, alts in cases:
        accepted[written].add(spoken)
        accepted[written].update(alts)

    texts = set(outputs)
    texts.update(c[2] for c in cases)
    texts.update(c[3] for c in cases)
    texts.update(a for c in cases for a in c[4])
    ph = {t: canon(p) for t, p in phonemes(list(texts)).items()}

    stats = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, breve, raw, strict, raw strict
    fails = []
    for (tag, cat, written, spoken, _), out in zip(cases, outputs):
        forms = {ph[s] for s in accepted[written]}
        ok = ph[out] in forms
        raw = ph[written] in forms
        for key in ((tag, cat), ("all", cat), (tag, "TOTAL"), ("all", "TOTAL")):
            st = stats[key]
            st[0] += 1
            st[1] += ok
            st[2] += raw
            st[3] += ph[out] == ph[spoken]
            st[4] += ph[written] == ph[spoken]
        if not ok:
            fails.append((tag, cat, written, out, " | ".join(sorted(accepted[written]))))

    def pct(a, n):
        return 100.0 * a / n if n else 0.0

    print("NeMo French normalisation cases, %d cases (%s)" % (len(cases), args.data))
    print("pass = espeak-ng phonemes of the output match an expected spoken form")
    print("%-5s %-12s %5s  %8s  %8s   %s" % ("set", "category", "cases", "breve",
                                          "espeak", "(strict: breve espeak)"))
    for tag in ("tn", "itn", "all"):
        cats = sorted(c for t, c in stats if t == tag and c != "TOTAL")
        for cat in cats + ["TOTAL"]:
            n, b, r, sb, sr = stats[(tag, cat)]
            print("%-5s %-12s %5d  %7.1f%%  %7.1f%%   (%5.1f%% %5.1f%%)"
                  % (tag, cat, n, pct(b, n), pct(r, n), pct(sb, n), pct(sr, n)))
        print()
    if args.show_fail:
        for f in fails:
            print("FAIL %s/%s: %r -> %r; expected %s" % f)
    n, b = stats[("all", "TOTAL")][:2]
    if args.require is not None and pct(b, n) < args.require:
        print("nemo_eval: %.1f %% of %d cases pass, below the %.1f %% required"
              % (pct(b, n), n, args.require), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
