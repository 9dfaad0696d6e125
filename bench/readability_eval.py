#!/usr/bin/env python3
"""Article extraction quality: breve extract against Mozilla Readability's
test pages (../shared/eval/readability, read at run time, never copied).

For each page NAME/source.html, runs `breve extract --input html` and compares
  - the body text (the lines after the header block) with the text of
    NAME/expected.html: token F1 (lower-cased word tokens; CJK characters
    count one token each), as precision/recall over token multisets;
  - the title with expected-metadata.json's title (equal after case and
    white space folding, quotes and dashes unified); breve removes a
    trailing site name ("... | eHow") that Readability sometimes keeps, so
    those pages count as misses;
  - the byline: found when the page has one (and whether it overlaps).
Prints one line per page (with the CPU time of the run), the means, and
the French news pages apart.

Usage: bench/readability_eval.py [--breve PATH] [--data DIR] [--only NAME,...]
Exit status: 0, or 77 (skip) when the data folder is absent.
"""
import argparse
import collections
import html.parser
import json
import os
import re
import resource
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FRENCH = ("lemonde-1", "liberation-1")

BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
         "h6", "tr", "td", "th", "table", "blockquote", "pre", "section",
         "article", "figure", "figcaption", "dt", "dd", "dl", "hr", "header",
         "footer", "main", "aside", "nav"}


class TextOf(html.parser.HTMLParser):
    """Visible text of an HTML fragment, blocks on separate lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "noscript", "template"):
            self.skip += 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "noscript", "template") and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        return "".join(self.parts)


def html_text(s):
    p = TextOf()
    p.feed(s)
    p.close()
    return p.text()


WORD = re.compile(r"\w+", re.UNICODE)


def is_cjk(ch):
    o = ord(ch)
    return (0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x4DBF or
            0x4E00 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or
            0xF900 <= o <= 0xFAFF)


def tokens(s):
    out = []
    for m in WORD.finditer(s.lower()):
        w = m.group(0)
        if any(is_cjk(c) for c in w):
            buf = ""
            for c in w:
                if is_cjk(c):
                    if buf:
                        out.append(buf)
                        buf = ""
                    out.append(c)
                else:
                    buf += c
            if buf:
                out.append(buf)
        else:
            out.append(w)
    return out


def f1(got, want):
    g, w = collections.Counter(got), collections.Counter(want)
    common = sum((g & w).values())
    if not got and not want:
        return 1.0, 1.0, 1.0
    if not common:
        return 0.0, 0.0, 0.0
    p, r = common / sum(g.values()), common / sum(w.values())
    return p, r, 2 * p * r / (p + r)


def fold_title(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"',
                     0x2013: "-", 0x2014: "-", 0xA0: " "})
    return " ".join(s.lower().split())


def run_breve(breve, path):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([breve, "extract", "--input", "html", path],
                       capture_output=True, timeout=60)
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    # CPU time (user + system) of the run: steady on a busy machine
    dt = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    out = p.stdout.decode("utf-8", "replace")
    lines = out.split("\n")
    try:
        blank = lines.index("")
    except ValueError:
        blank = len(lines)
    head, body = "\n".join(lines[:blank]), "\n".join(lines[blank + 1:])
    meta = {}
    for line in head.split("\n"):
        k, sep, v = line.partition(": ")
        if sep:
            meta[k] = v
    return p.returncode, meta, body, dt, p.stderr.decode("utf-8", "replace")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--breve", default=None, help="breve binary")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "eval",
                                                   "readability"))
    ap.add_argument("--only", default="", help="comma-separated page names")
    ap.add_argument("--quiet", action="store_true", help="means only")
    args = ap.parse_args()

    data = os.path.abspath(args.data)
    if not os.path.isdir(data):
        print(f"readability_eval: skipped, no data folder {data}")
        return 77
    breve = args.breve
    if not breve:
        for cand in ("build-html/breve", "build/breve"):
            if os.access(os.path.join(ROOT, cand), os.X_OK):
                breve = os.path.join(ROOT, cand)
                break
    if not breve:
        print("readability_eval: no breve binary; pass --breve", file=sys.stderr)
        return 2
    names = sorted(n for n in os.listdir(data)
                   if os.path.isfile(os.path.join(data, n, "source.html")))
    if args.only:
        keep = set(args.only.split(","))
        names = [n for n in names if n in keep]

    rows = []
    for name in names:
        d = os.path.join(data, name)
        with open(os.path.join(d, "expected.html"), encoding="utf-8") as f:
            want = tokens(html_text(f.read()))
        with open(os.path.join(d, "expected-metadata.json"), encoding="utf-8") as f:
            meta = json.load(f)
        rc, got_meta, body, dt, errtext = run_breve(breve, os.path.join(d, "source.html"))
        p, r, f = f1(tokens(body), want)
        title_ok = fold_title(got_meta.get("title")) == fold_title(meta.get("title"))
        want_by = (meta.get("byline") or "").strip()
        got_by = got_meta.get("byline", "")
        by_found = bool(got_by) if want_by else None
        by_match = None
        if want_by:
            _, _, bf = f1(tokens(got_by), tokens(want_by))
            by_match = bf >= 0.5
        rows.append(dict(name=name, rc=rc, p=p, r=r, f=f, title=title_ok,
                         got_title=got_meta.get("title", ""),
                         want_title=meta.get("title") or "",
                         by_found=by_found, by_match=by_match, dt=dt,
                         err=errtext.strip()))

    if not args.quiet:
        print(f"{'page':40} {'F1':>5} {'P':>5} {'R':>5} title byline cpu-ms")
        for x in rows:
            by = "-" if x["by_found"] is None else (
                "match" if x["by_match"] else ("found" if x["by_found"] else "miss"))
            print(f"{x['name'][:40]:40} {x['f']:5.3f} {x['p']:5.3f} {x['r']:5.3f} "
                  f"{'ok  ' if x['title'] else 'MISS'}  {by:6} {x['dt']*1000:4.0f}"
                  + (f"  [exit {x['rc']}: {x['err'][:60]}]" if x["rc"] else ""))
            if not x["title"]:
                print(f"{'':42}title got {x['got_title'][:70]!r}")
                print(f"{'':42}     want {x['want_title'][:70]!r}")
    n = len(rows)
    if not n:
        print("readability_eval: no page")
        return 1
    mean = lambda k: sum(x[k] for x in rows) / n
    bys = [x for x in rows if x["by_found"] is not None]
    print()
    print(f"pages: {n}")
    print(f"mean token F1: {mean('f'):.3f} (precision {mean('p'):.3f}, "
          f"recall {mean('r'):.3f})")
    print(f"pages with F1 >= 0.90: {sum(x['f'] >= 0.9 for x in rows)}/{n}")
    print(f"title right: {sum(x['title'] for x in rows)}/{n} "
          f"({100 * mean('title'):.1f}%)")
    if bys:
        print(f"byline found: {sum(x['by_found'] for x in bys)}/{len(bys)} pages "
              f"that have one (matching: {sum(x['by_match'] for x in bys)})")
    print(f"failed runs: {sum(x['rc'] != 0 for x in rows)}; "
          f"mean CPU time per page: {1000 * mean('dt'):.1f} ms")
    print("French news pages:")
    for x in rows:
        if x["name"] in FRENCH:
            print(f"  {x['name']:14} F1 {x['f']:.3f} (P {x['p']:.3f} R {x['r']:.3f})"
                  f" title {'ok' if x['title'] else 'MISS'}"
                  f" byline {'found' if x['by_found'] else 'miss'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
