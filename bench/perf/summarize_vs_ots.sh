#!/bin/sh
# 2. Summarising the 1,500 OrangeSum test articles (read from
# $EVAL/orangesum/source_documents.txt, one article per line) against ots,
# the Open Text Summarizer, run as it is used: `ots -d fr -r 5` once per
# article. breve runs the same way (`breve summarize -` once per article)
# and in one process (`breve summarize --lines`, one article per input
# line, one summary per output line).
# Target: breve at least 20x faster than ots.
#   sh bench/perf/summarize_vs_ots.sh [BREVE]   (RUNS=N, default 3)
BREVE=${1:-${BREVE:-}}
RUNS=${RUNS:-3}
. "$(dirname "$0")/lib.sh"
need ots "apt-get install ots"
EVAL=${EVAL:-/work/shared/eval}
SRC=$EVAL/orangesum/source_documents.txt
[ -r "$SRC" ] || { echo "bench: $SRC not found, skipped (set EVAL=...)" >&2; exit 77; }
machine
echo "corpus: $SRC: $(wc -l <"$SRC") articles, $(wc -c <"$SRC") bytes"
P="python3 $HERE/per_article.py $SRC --"
hf "OrangeSum test set" "$WORK/hf.json" --runs "$RUNS" --warmup 1 \
  -n "ots -d fr -r 5, one process per article" "$P ots -d fr -r 5" \
  -n "breve summarize -, one process per article" "$P $BREVE summarize -" \
  -n "breve summarize --lines, one process" "$BREVE summarize --lines $SRC" \
  -n "python3 driver alone (true per article)" "$P true"
python3 "$HERE/report.py" "$WORK/hf.json" \
  --check 0 2 ">=" 20 "ots / breve summarize --lines (speed-up)" \
  --check 0 1 ">=" 1 "ots / breve summarize per process (speed-up)"
status=$?
echo "  $("$BREVE" summarize --lines "$SRC" | grep -c .) of $(wc -l <"$SRC") articles summarised"
if [ -z "${NO_CALLGRIND:-}" ] && command -v valgrind >/dev/null 2>&1; then
  # ots 0.4.2 crashes under valgrind (SIGSEGV), so only breve's count
  ib=$(callgrind_ir "$BREVE" summarize --lines "$SRC")
  n=$(wc -l <"$SRC")
  awk -v b="$ib" -v n="$n" 'BEGIN { printf "  instructions (callgrind): breve summarize --lines %.1f M for %d articles, %.2f M per article\n", b/1e6, n, b/1e6/n }'
fi
exit $status
