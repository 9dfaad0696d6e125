#!/bin/sh
# 4. Growth: summarising (read, clean, split, summarise: `breve summarize`)
# and normalising (`breve normalize`, the whole text) articles 1x, 10x and
# 100x larger (50 kB, 500 kB, 5 MB, generated from the project's own
# sentences): the time may grow at most in proportion (no quadratic
# blow-up). Peak memory (/usr/bin/time -v, max RSS) of `breve brief` on a
# 1 MB article: under 64 MB.
#   sh bench/perf/growth.sh [BREVE]   (RUNS=N, default 5; BASE=bytes, default 50000)
BREVE=${1:-${BREVE:-}}
RUNS=${RUNS:-5}
. "$(dirname "$0")/lib.sh"
BASE=${BASE:-50000}
machine
for k in 1 10 100; do
  python3 "$HERE/gen_articles.py" --bytes $((BASE * k)) --seed 3 >"$WORK/a$k.txt"
done
python3 "$HERE/gen_articles.py" --bytes 1000000 --seed 4 >"$WORK/one-mb.txt"
status=0
for what in summarize normalize; do
  hf "$what" "$WORK/$what.json" -N --runs "$RUNS" --warmup 1 \
    -n "$what 1x ($(wc -c <"$WORK/a1.txt") B)" "$BREVE $what $WORK/a1.txt" \
    -n "$what 10x" "$BREVE $what $WORK/a10.txt" \
    -n "$what 100x" "$BREVE $what $WORK/a100.txt"
  # proportional: 10x and 100x the 1x time at most (+20% for noise)
  python3 "$HERE/report.py" "$WORK/$what.json" \
    --check 1 0 "<=" 12 "$what 10x / 1x (proportional: 10)" \
    --check 2 0 "<=" 120 "$what 100x / 1x (proportional: 100)" \
    --check 2 1 "<=" 12 "$what 100x / 10x (proportional: 10)" || status=1
  for k in 1 10 100; do
    printf '  %s %sx: max RSS %s kB\n' "$what" "$k" "$(max_rss_kb "$BREVE" "$what" "$WORK/a$k.txt")"
  done
done
rss=$(max_rss_kb "$BREVE" brief "$WORK/one-mb.txt" -o "$WORK/one-mb.wav" -q)
verdict=$([ "$rss" -lt 65536 ] && echo PASS || { status=1; echo FAIL; })
echo "== peak memory"
echo "  breve brief, $(wc -c <"$WORK/one-mb.txt") B article: max RSS $rss kB (target < 65536 kB)  $verdict"
rss=$(max_rss_kb "$BREVE" brief "$WORK/a100.txt" -o "$WORK/a100.wav" -q)
echo "  breve brief, $(wc -c <"$WORK/a100.txt") B article: max RSS $rss kB"
exit $status
