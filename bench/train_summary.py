#!/usr/bin/env python3
"""Learns the weights of breve's sentence scorer (data/summary-model.txt)
from OrangeSum's train split, and reports ROUGE on its valid split.

  train_summary.py --build BUILD_DIR [--eval DIR] [--max-articles N]
                   [--lexicon N] [--trees N] [--lcs-share F] [--holdout N]
                   [--out data/summary-model.txt]

BUILD_DIR holds bench/summarize_many (cmake --build BUILD_DIR). The eval
folder defaults to ../shared/eval/orangesum beside the source tree. Only
train.jsonl.gz is learned from; valid.jsonl.gz is for checking; the test
split is never read. Python 3 stdlib only.

How: summarize_many --features prints the features the C scorer computes
for every sentence; each sentence's label (--label gainl, the default) is
a weighted mean of its clipped word overlap and its longest common
subsequence with the article's abstract (what ROUGE-1 and ROUGE-L count;
--lcs-share 0.75, the LCS's share, did better than an even mean on the
valid split and on held-out train articles); a ridge
regression fits label from features, once without the headline (model
notitle, as in the test split, which has no headlines) and once with it
(model title). The model without headline also learns a lexicon (--lexicon
N): a weight for each of the N words found in the most sentences, added to
a sentence's score for each occurrence (the model with headline does
without: on OrangeSum's valid split it gained little, and it kept the
opening sentence of a tech-news page out of a summary). The model without
headline then boosts --trees N small regression trees (depth 3, rate
--tree-rate) on what the linear score misses, with that score and the
features as inputs (on OrangeSum: --sentences 2 held-out R-1/R-L +1.73/+1.33
over LEAD-2 with 60 trees against +1.64/+1.15 without; valid split +2.27/
+1.83 against +2.15/+1.56); the trees are grown in pure Python (about two
minutes for 60). Then the
costs per word of each budget are tuned on the valid split (for two
sentences, the cost of the first and of the second together, then the cost
of each word stem the second shares with the first). Last, it prints
the same weights as the C initializer of the built-in model (used when the
file is absent), to paste into src/text/summary.c.

  --tune-only   keep the weights of the model file, tune the costs again
  --holdout N   learn without the last N train articles, then report ROUGE
                on them. On OrangeSum breve's lead over LEAD-2 is wider on
                the valid split than on the test split (R-1 +1.7 against
                +1.0); held-out train articles behaved like the test split
                in our runs, so a change should help on them too"""
import argparse
import gzip
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import rouge  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def load_split(path, limit=None):
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            art = " ".join(d["article"].split())
            if not art:
                continue
            title = " ".join((d.get("title") or "").split())
            out.append((title, art, " ".join(d["heading"].split())))
            if limit and len(out) >= limit:
                break
    return out


def driver(build):
    exe = os.path.join(build, "bench", "summarize_many")
    if not os.access(exe, os.X_OK):
        sys.exit("train_summary: %s not found; build it first" % exe)
    return exe


def run_driver(exe, docs, args, titled, env=None):
    lines = []
    for title, art, _ in docs:
        lines.append((title + "\t" + art) if titled else art)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    if titled:
        args = args + ["--titled"]
    p = subprocess.run([exe] + args, input=data, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=env, check=True)
    return p.stdout.decode("utf-8"), p.stderr.decode("utf-8").strip()


def overlap(ref_counts, toks):
    """Clipped count of the tokens of `toks` found in the reference."""
    from collections import Counter
    return sum(min(c, ref_counts.get(t, 0)) for t, c in Counter(toks).items())


def features(exe, docs, titled, max_sent, label, lam, lcs_share=0.5):
    """Rows (doc, features, label) for every sentence."""
    from collections import Counter
    out, _ = run_driver(exe, docs, ["--features"], titled)
    refs = [rouge.tokenize(h) for _, _, h in docs]
    ref_counts = [Counter(r) for r in refs]
    rows = []
    for line in out.splitlines():
        doc, idx, feats, text, folded = line.split("\t", 4)
        doc, idx = int(doc), int(idx)
        if idx >= max_sent:
            continue
        x = [float(v) for v in feats.split()]
        if not any(x):
            continue  # not a candidate (noise, heading)
        words = _WORD.findall(folded)
        ct = rouge.tokenize(text)
        wt = 1.0
        if label == "f1":
            y = rouge.rouge_n(refs[doc], ct, 1) + rouge.rouge_l(refs[doc], ct)
        elif label == "rate":
            # the share of the sentence's words found in the abstract,
            # weighted by its length: the score is then words * (rate - cost)
            if not ct:
                continue
            y = overlap(ref_counts[doc], ct) / len(ct)
            wt = float(len(ct))
        elif label == "gainl":
            # as "gain", with the longest common subsequence with the
            # abstract (what ROUGE-L counts) mixed in (--lcs-share of the
            # label): sentences that say the abstract's words in its order
            y = ((1.0 - lcs_share) * overlap(ref_counts[doc], ct) +
                 lcs_share * rouge.lcs_len(refs[doc], ct) - lam * len(ct))
        else:
            # the sentence's share of 2*overlap - F*(length + reference):
            # summaries of a few sentences maximise F1 when the sum of
            # (overlap - F*/2 * length) over their sentences is largest
            y = overlap(ref_counts[doc], ct) - lam * len(ct)
        rows.append((doc, x, y, wt, words))
    return rows


_WORD = re.compile(r"[a-z0-9]+")


def lexicon_of(rows, size):
    """The `size` words found in the most sentences (as the C scorer
    splits the folded text: runs of a-z and 0-9)."""
    from collections import Counter
    df = Counter()
    for r in rows:
        df.update(set(r[4]))
    ranked = sorted((w for w in df if len(w) < 24), key=lambda w: (-df[w], w))
    return ranked[:size]


def with_lexicon(rows, lexicon):
    """Rows whose features go on with the counts of the lexicon's words."""
    from collections import Counter
    at = {w: len(rows[0][1]) + k for k, w in enumerate(lexicon)}
    out = []
    for doc, x, y, wt, words in rows:
        counts = Counter(at[w] for w in words if w in at)
        out.append((doc, x, y, wt, sorted(counts.items())))
    return out


def ridge(rows, lam, extra=0):
    """Ridge regression of the labels on the features of `rows` (doc, x,
    y, weight, sparse) where `sparse` lists (index, value) of `extra` more
    features after those of x (word counts); the bias is not shrunk."""
    d = len(rows[0][1]) + extra
    xtx = [[0.0] * d for _ in range(d)]
    xty = [0.0] * d
    n = 0.0
    for row in rows:
        _, x, y, wt = row[:4]
        nz = [(i, v) for i, v in enumerate(x) if v]
        if extra:
            nz += row[4]
        n += wt
        for i, vi in nz:
            xty[i] += vi * wt * y
            r = xtx[i]
            vi *= wt
            for j, vj in nz:
                if j >= i:
                    r[j] += vi * vj
    for i in range(d):
        for j in range(i):
            xtx[i][j] = xtx[j][i]
    a = [[xtx[i][j] / n + (lam if i == j and i > 0 else 0.0)
          for j in range(d)] + [xty[i] / n] for i in range(d)]
    # Gauss-Jordan with partial pivoting
    for c in range(d):
        p = max(range(c, d), key=lambda r: abs(a[r][c]))
        a[c], a[p] = a[p], a[c]
        if abs(a[c][c]) < 1e-12:
            a[c][c] = 1e-12
        for r in range(d):
            if r != c and a[r][c]:
                f = a[r][c] / a[c][c]
                a[r] = [vr - f * vc for vr, vc in zip(a[r], a[c])]
    return [a[i][d] / a[i][i] for i in range(d)]


def bin_cuts(cols, nbins=32, sample=20000, seed=1):
    """Up to nbins - 1 thresholds per feature: the midpoints between
    quantiles of a sample of its values and the next larger value, rounded
    as the model file writes them (so that the C scorer sends every
    sentence the way the training did)."""
    import bisect
    import random
    rnd = random.Random(seed)
    n = len(cols[0])
    idx = range(n) if n <= sample else sorted(rnd.sample(range(n), sample))
    cuts = []
    for col in cols:
        vals = sorted(set(col[i] for i in idx))
        pts = set()
        for k in range(1, nbins):
            j = k * len(vals) // nbins
            if j + 1 < len(vals):
                pts.add(float("%.6g" % ((vals[j] + vals[j + 1]) / 2.0)))
        cut = sorted(pts)
        cuts.append(cut)
    return cuts, [bytes(bisect.bisect_left(c, v) for v in col)
                  for col, c in zip(cols, cuts)]


def fit_tree(bcols, cuts, g, rows, depth, min_leaf, rate):
    """A complete regression tree of `depth` on the residuals g of `rows`:
    (splits in heap order as (feature, threshold), leaf values). A node
    that cannot be split sends all its rows left (feature 0, the bias, is
    1, at most 2)."""
    splits, level = [], [rows]
    for _ in range(depth):
        nxt = []
        for rs in level:
            best = None
            if len(rs) >= 2 * min_leaf:
                total, count = sum(g[i] for i in rs), len(rs)
                base = total * total / count
                for f, col in enumerate(bcols):
                    nb = len(cuts[f]) + 1
                    if nb < 2:
                        continue
                    hs, hc = [0.0] * nb, [0] * nb
                    for i in rs:
                        b = col[i]
                        hs[b] += g[i]
                        hc[b] += 1
                    sl, cl = 0.0, 0
                    for b in range(nb - 1):
                        sl += hs[b]
                        cl += hc[b]
                        cr = count - cl
                        if cl < min_leaf:
                            continue
                        if cr < min_leaf:
                            break
                        sr = total - sl
                        gain = sl * sl / cl + sr * sr / cr - base
                        if best is None or gain > best[0]:
                            best = (gain, f, b)
            if best is None:
                splits.append((0, 2.0))
                nxt += [rs, []]
            else:
                _, f, b = best
                col = bcols[f]
                splits.append((f, cuts[f][b]))
                nxt += [[i for i in rs if col[i] <= b],
                        [i for i in rs if col[i] > b]]
        level = nxt
    leaves = [rate * sum(g[i] for i in rs) / len(rs) if rs else 0.0
              for rs in level]
    return splits, leaves


def boost(cols, resid, n_trees, depth=3, rate=0.15, subsample=0.5,
          min_leaf=100, seed=0):
    """Gradient boosting (squared error) of n_trees trees on the residuals
    `resid` of the rows whose features are the columns `cols`; rows
    sampled with a fixed seed, so the same data gives the same trees."""
    import random
    cuts, bcols = bin_cuts(cols)
    g = list(resid)
    n = len(g)
    rnd = random.Random(seed)
    trees = []
    for _ in range(n_trees):
        rows = sorted(rnd.sample(range(n), int(n * subsample)))
        splits, leaves = fit_tree(bcols, cuts, g, rows, depth, min_leaf,
                                  rate)
        leaves = [float("%.6g" % v) for v in leaves]
        trees.append((splits, leaves))
        nn = len(splits)
        for i in range(n):
            k = 0
            while k < nn:
                f, th = splits[k]
                k = 2 * k + 1 if cols[f][i] <= th else 2 * k + 2
            g[i] -= leaves[k - nn]
    return trees


def feature_names():
    path = os.path.join(ROOT, "src", "text", "summary_model.h")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    block = text.split("#define BREVE_SUMMARY_FEATURES(X)")[1]
    block = block.split("#define", 1)[0]
    import re
    return re.findall(r"X\((\w+)\)", block)


def read_model(path, names):
    """The weights of a model file, by title (True) / notitle (False), and
    its note."""
    weights, cur, note = {True: [0.0] * len(names),
                          False: [0.0] * len(names)}, None, ""
    rate = False
    lexicon = []
    trees = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# bench/train_summary.py; "):
                note = line.split("; ", 1)[1].strip()
            parts = line.split("#")[0].split()
            if len(parts) == 3 and parts[0] == "word":
                lexicon.append((parts[1], float(parts[2])))
            if parts and parts[0] == "tree":
                sp = [p.split(":") for p in parts[1:] if ":" in p]
                trees.append(([(n, float(t)) for n, t in sp],
                              [float(v) for v in parts[1 + len(sp):]]))
            if len(parts) != 2:
                continue
            if parts[0] == "model":
                cur = parts[1] == "title"
            elif parts[0] == "rate":
                rate = parts[1] != "0"
            elif parts[0] in names and cur is not None:
                weights[cur][names.index(parts[0])] = float(parts[1])
    return weights, note, rate, lexicon, trees


def write_model(path, names, w_title, w_notitle, note, costs, rate,
                lexicon, trees=()):
    with open(path, "w", encoding="utf-8") as f:
        f.write("# breve summary model: weights of the sentence features\n")
        f.write("# (src/text/summary_model.h). Rebuild with\n")
        f.write("# bench/train_summary.py; %s\n" % note)
        for label, w in (("title", w_title), ("notitle", w_notitle)):
            f.write("model %s\n" % label)
            if rate:
                f.write("rate 1\n")
            for name, v in zip(names, w):
                f.write("%s %.6g\n" % (name, v))
            for name in ("cost_one", "cost_lead", "cost_many", "cost_words",
                         "cost_shared"):
                f.write("%s %.6g\n" % (name, costs[label][name]))
            # the lexicon is learned without headlines, for that model
            f.write("lexicon %d\n" % (1 if lexicon and label == "notitle"
                                       else 0))
            f.write("trees %d\n" % (1 if trees and label == "notitle"
                                     else 0))
        if lexicon:
            f.write("# lexicon (model notitle): the weight of each "
                    "occurrence of a word\n")
        for word, v in sorted(lexicon):
            f.write("word %s %.4g\n" % (word, v))
        if trees:
            f.write("# trees (model notitle), boosted on what the linear "
                    "score misses: splits\n# FEATURE:THRESHOLD in heap "
                    "order (at most: left), then the leaves\n")
        for splits, leaves in trees:
            f.write("tree %s %s\n" % (
                " ".join("%s:%.6g" % (n, t) for n, t in splits),
                " ".join("%.6g" % v for v in leaves)))


def wrap_items(items, width):
    """C initializer items joined with ", " in lines of about `width`."""
    lines, cur = [], ""
    for it in items:
        if len(cur) + len(it) + 2 > width:
            lines.append(cur.rstrip())
            cur = ""
        cur += it + ", "
    lines.append(cur.rstrip().rstrip(","))
    return lines


def c_initializer(path, names):
    """The S_builtin initializer of src/text/summary.c for a model file."""
    tables, sec, lexicon, trees = {}, None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.split("#")[0].split()
            if len(p) == 3 and p[0] == "word":
                lexicon.append((p[1], p[2]))
            if p and p[0] == "tree":
                sp = [x.split(":") for x in p[1:] if ":" in x]
                trees.append((sp, p[1 + len(sp):]))
            if len(p) != 2:
                continue
            if p[0] == "model":
                sec = p[1]
                tables[sec] = {}
            elif sec:
                tables[sec][p[0]] = p[1]
    out = ["static const breve_summary_model S_builtin = {"]
    for sec, field in (("title", "with_title"), ("notitle", "without_title")):
        d = tables.get(sec, {})
        items = ["[BREVE_SF_%s] = %s" % (n, d.get(n, "0")) for n in names]
        lines = wrap_items(items, 62)
        out.append("    .%s =" % field)
        out.append("        {.w = {" + "\n               ".join(lines) + "},")
        if d.get("rate", "0") != "0":
            out.append("         .rate = 1,")
        out.append("         .cost_one = %s,\n         .cost_lead = %s,\n"
                   "         .cost_many = %s,\n         .cost_words = %s,\n"
                   "         .cost_shared = %s,\n         .lexicon = %s,\n"
                   "         .trees = %s},"
                   % (d.get("cost_one", "0"), d.get("cost_lead", "0"),
                      d.get("cost_many", "0"), d.get("cost_words", "0"),
                      d.get("cost_shared", "0"), d.get("lexicon", "0"),
                      d.get("trees", "0")))
    if lexicon:
        out.append("    .n_lex = %d," % len(lexicon))
        items = ['{"%s", %s}' % (w, v) for w, v in sorted(lexicon)]
        lines = wrap_items(items, 68)
        out.append("    .lex = {" + "\n            ".join(lines) + "},")
    if trees:
        out.append("    .n_trees = %d," % len(trees))
        out.append("    .tree = {")
        for sp, leaves in trees:
            feats = ", ".join("BREVE_SUMMARY_NFEAT" if n == "score"
                              else "BREVE_SF_" + n for n, _ in sp)
            out.append("        {.feat = {%s}," % feats)
            out.append("         .thresh = {%s},"
                       % ", ".join(t for _, t in sp))
            out.append("         .leaf = {%s}}," % ", ".join(leaves))
        out.append("    },")
    out.append("};")
    return "\n".join(out)


def evaluate(exe, docs, model_dir, titled, args):
    """(R1, R2, RL) of the driver's summaries of `docs` with `args`."""
    env = dict(os.environ, BREVE_DATA_DIR=model_dir)
    out, _ = run_driver(exe, docs, args, titled, env)
    cands = out.split("\n")[:len(docs)]
    return rouge.corpus([h for _, _, h in docs], cands)


# the costs each budget uses, tuned together on a grid, in this order
# (the cost of shared stems after the costs per word of two sentences,
# which are tuned with cost_shared at its first value, SHARED0)
GRID = [0.025 * k for k in range(17)]
SHARED0 = 0.25
MODES = ((("cost_one",), ["--sentences", "1"], (GRID,)),
         (("cost_lead", "cost_many"), ["--sentences", "2"],
          ([0.025 * k for k in range(2, 11)],
           [0.025 * k for k in range(5, 15)])),
         (("cost_shared",), ["--sentences", "2"],
          ([0.125 * k for k in range(5)],)),
         (("cost_words",), ["--words", "40"], (GRID,)))


def report_holdout(exe, hold, path):
    """ROUGE of LEAD-2 and of the model in `path` on the held-out train
    articles, without headlines: on OrangeSum they behave like the test
    split (LEAD-2 and breve both lower than on the valid split)."""
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "data"))
        shutil.copy(path, os.path.join(tmp, "data", "summary-model.txt"))
        refs = [h for _, _, h in hold]
        out, _ = run_driver(exe, hold, ["--lead", "2"], False)
        print("held out LEAD-2                R1 %.2f  R2 %.2f  RL %.2f"
              % rouge.corpus(refs, out.split("\n")[:len(hold)]))
        last = None
        for _, args, _ in MODES:
            if args == last:
                continue
            last = args
            r = evaluate(exe, hold, tmp, False, args)
            print("held out %-21s R1 %.2f  R2 %.2f  RL %.2f"
                  % ((" ".join(args),) + r), flush=True)


def learn_trees(rows, lex_rows, beta, names, a):
    """Trees boosted on the residuals of the linear model (weights and
    lexicon `beta`) over `rows`; their inputs are the features and the
    linear score ("score")."""
    d = len(names)
    score = []
    for (_, x, _, _, _), (_, _, _, _, sparse) in zip(rows, lex_rows):
        score.append(sum(b * v for b, v in zip(beta, x) if v) +
                     sum(beta[k] * c for k, c in sparse))
    resid = [r[2] - p for r, p in zip(rows, score)]
    cols = [[r[1][j] for r in rows] for j in range(d)] + [score]
    fitted = boost(cols, resid, a.trees, rate=a.tree_rate)
    label = names + ["score"]
    return [([(label[f], t) for f, t in splits], leaves)
            for splits, leaves in fitted]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--build", required=True)
    ap.add_argument("--eval", default=os.path.join(ROOT, "..", "shared",
                                                   "eval", "orangesum"))
    ap.add_argument("--max-articles", type=int, default=0,
                    help="learn from the first N train articles (0: all)")
    ap.add_argument("--max-sentences", type=int, default=30,
                    help="sentences per article used for learning")
    ap.add_argument("--ridge", type=float, default=1e-3)
    ap.add_argument("--label", choices=("f1", "gain", "gainl", "rate"),
                    default="gainl")
    ap.add_argument("--lcs-share", type=float, default=0.75,
                    help="label gainl: the share of the longest common "
                         "subsequence with the abstract (the rest: the "
                         "clipped word overlap)")
    ap.add_argument("--lambda", dest="lam", type=float, default=0.0,
                    help="length cost per token in the gain label (the "
                         "budget's cost is added at run time)")
    ap.add_argument("--lexicon", type=int, default=300,
                    help="learn a weight for each of the N words found in "
                         "the most sentences (0: none)")
    ap.add_argument("--trees", type=int, default=60,
                    help="boost N regression trees of depth 3 on what the "
                         "linear model without headline misses (0: none)")
    ap.add_argument("--tree-rate", type=float, default=0.15,
                    help="learning rate of the trees")
    ap.add_argument("--holdout", type=int, default=0,
                    help="learn without the last N train articles and "
                         "report ROUGE on them (without headlines)")
    ap.add_argument("--tune-only", action="store_true",
                    help="keep the weights of --out, tune only the costs")
    ap.add_argument("--out", default=os.path.join(ROOT, "data",
                                                  "summary-model.txt"))
    a = ap.parse_args()
    train_path = os.path.join(a.eval, "train.jsonl.gz")
    valid_path = os.path.join(a.eval, "valid.jsonl.gz")
    if not os.path.exists(train_path) or not os.path.exists(valid_path):
        print("train_summary: %s absent, nothing to learn from" % a.eval)
        return 0
    exe = driver(a.build)
    names = feature_names()
    weights, lexicon, trees = {}, [], []
    if a.tune_only:
        weights, note, rate, lexicon, trees = read_model(a.out, names)
        a.label = "rate" if rate else "gain"
        train = ()
    else:
        train = load_split(train_path, a.max_articles or None)
        print("train: %d articles" % len(train), flush=True)
    hold = ()
    if a.holdout and not a.tune_only:
        train, hold = train[:-a.holdout], train[-a.holdout:]
        print("held out: the last %d of them" % len(hold), flush=True)
    # without headline (as in the test split), the model learns the
    # lexicon's weights with its own; the model with headline does without
    # (the headline's words say what the article is about)
    for titled in (() if a.tune_only else (False, True)):
        rows = features(exe, train, titled, a.max_sentences, a.label, a.lam,
                        a.lcs_share)
        if len(rows[0][1]) != len(names):
            sys.exit("train_summary: the driver gives %d features, "
                     "summary_model.h names %d" % (len(rows[0][1]),
                                                    len(names)))
        if not titled and a.lexicon:
            words = lexicon_of(rows, a.lexicon)
            beta = ridge(with_lexicon(rows, words), a.ridge, len(words))
            weights[titled] = beta[:len(names)]
            lexicon = list(zip(words, beta[len(names):]))
            if a.trees:
                trees = learn_trees(rows, with_lexicon(rows, words), beta,
                                    names, a)
        else:
            weights[titled] = ridge(rows, a.ridge)
        print("%s: %d sentences" % ("title" if titled else "notitle",
                                    len(rows)), flush=True)
    if not a.tune_only:
        note = ("learned from %d OrangeSum train articles (--label %s, "
                "--lcs-share %g, --lexicon %d, --trees %d)"
                % (len(train), a.label, a.lcs_share, a.lexicon, a.trees))
    # the costs per word of each budget, tuned on the valid split
    valid = load_split(valid_path)
    costs = {lab: {k: SHARED0 if k == "cost_shared" else 0.0
                   for m in MODES for k in m[0]}
             for lab in ("title", "notitle")}
    with tempfile.TemporaryDirectory() as tmp:
        os.mkdir(os.path.join(tmp, "data"))
        model = os.path.join(tmp, "data", "summary-model.txt")
        for titled in (False, True):
            label = "title" if titled else "notitle"
            tuned = dict(costs[label])
            for cost_names, args, grids in MODES:
                best = None
                for values in itertools.product(*grids):
                    costs[label] = dict(tuned)
                    costs[label].update(zip(cost_names, values))
                    write_model(model, names, weights[True], weights[False],
                                note, costs, a.label == "rate", lexicon,
                                trees)
                    r1, r2, rl = evaluate(exe, valid, tmp, titled, args)
                    if best is None or r1 + rl > best[0]:
                        best = (r1 + rl, values, r1, r2, rl)
                tuned.update(zip(cost_names, best[1]))
                print("valid %-8s %-14s %s  R1 %.2f  R2 %.2f  RL %.2f"
                      % (label, " ".join(args),
                         " ".join("%s %.3f" % kv
                                  for kv in zip(cost_names, best[1])),
                         best[2], best[3], best[4]), flush=True)
            costs[label] = tuned
    write_model(a.out, names, weights[True], weights[False], note, costs,
                a.label == "rate", lexicon, trees)
    print("wrote %s" % a.out)
    if hold:
        report_holdout(exe, hold, a.out)
    print("built-in copy for src/text/summary.c (tests/test_summary.c "
          "checks that they match):")
    print(c_initializer(a.out, names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
