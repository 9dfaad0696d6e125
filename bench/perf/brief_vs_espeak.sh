#!/bin/sh
# 1. `breve brief` end to end (read, clean, split, summarise, normalise,
# synthesise, write a WAV) against the espeak-ng program writing a WAV of
# the same text (headline + the sentences breve chose). Target: breve's
# median wall time at most 1.10x espeak-ng's.
#   sh bench/perf/brief_vs_espeak.sh [BREVE]   (RUNS=N, default 20)
BREVE=${1:-${BREVE:-}}
RUNS=${RUNS:-20}
. "$(dirname "$0")/lib.sh"
need espeak-ng "apt-get install espeak-ng"
machine
python3 "$HERE/gen_articles.py" --bytes 4000 --seed 11 >"$WORK/generated.txt"
status=0
for a in "$ROOT/examples/article-tramway.txt" "$ROOT/examples/article-vendanges.txt" "$WORK/generated.txt"; do
  name=$(basename "$a")
  # the same text: the headline, then the key sentences
  "$BREVE" extract "$a" | sed -n 's/^title: //p' >"$WORK/summary.txt"
  "$BREVE" summarize "$a" >>"$WORK/summary.txt"
  E="espeak-ng -v fr+f3 -s 165 -w $WORK/e.wav -f $WORK/summary.txt"
  B="$BREVE brief $a -o $WORK/b.wav -q"
  hf "$name" "$WORK/hf.json" -N --warmup 3 --runs "$RUNS" -n espeak-ng "$E" -n "breve brief" "$B"
  echo "$name: $(wc -w <"$WORK/summary.txt") words, $("$BREVE" brief "$a" -o "$WORK/b.wav" | sed 's/.*: //')"
  python3 "$HERE/report.py" "$WORK/hf.json" --check 1 0 "<=" 1.10 "breve/espeak-ng" || status=1
  if [ -z "${NO_CALLGRIND:-}" ]; then
    ie=$(callgrind_ir $E)
    ib=$(callgrind_ir $B)
    [ -n "$ie" ] && [ -n "$ib" ] &&
      awk -v e="$ie" -v b="$ib" 'BEGIN { printf "  instructions (callgrind): espeak-ng %.1f M, breve %.1f M, ratio %.3f\n", e/1e6, b/1e6, b/e }'
  fi
done
exit $status
