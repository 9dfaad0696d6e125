#!/bin/sh
# 5. `breve batch` over 1,000 generated articles with 1 and 2 worker
# processes: speed-up at least 1.8 on 2 cores. Side by side, the usual way
# without breve batch: GNU parallel starting one `breve brief` per article
# on the same cores.
#   sh bench/perf/batch_scaling.sh [BREVE]   (RUNS=N, default 2; N=articles, default 1000)
BREVE=${1:-${BREVE:-}}
RUNS=${RUNS:-2}
. "$(dirname "$0")/lib.sh"
N=${N:-1000}
machine
python3 "$HERE/gen_articles.py" --count "$N" --bytes 3000 --seed 9 --dir "$WORK/in"
echo "input: $N articles of about 3 kB, default budget (3 sentences), WAV"
set -- -n "breve batch --jobs 1" "$BREVE batch $WORK/in -o $WORK/o1 --jobs 1 --force -q" \
  -n "breve batch --jobs 2" "$BREVE batch $WORK/in -o $WORK/o2 --jobs 2 --force -q"
if command -v parallel >/dev/null 2>&1; then
  mkdir -p "$WORK/op"
  set -- "$@" -n "parallel -j2 breve brief (one process per article)" \
    "sh -c 'ls $WORK/in/*.txt | parallel --will-cite -j2 $BREVE brief {} -o $WORK/op/{/.}.wav -q'"
fi
hf "batch, $N articles" "$WORK/hf.json" --runs "$RUNS" "$@"
python3 "$HERE/report.py" "$WORK/hf.json" --check 0 1 ">=" 1.8 "speed-up --jobs 2 over --jobs 1"
status=$?
if command -v parallel >/dev/null 2>&1; then
  python3 "$HERE/report.py" "$WORK/hf.json" --check 2 1 ">=" 1 "parallel+brief / batch --jobs 2" | tail -1
fi
echo "  $(grep -c '"done"' "$WORK/o2/report.jsonl") done in the --jobs 2 report, $(ls "$WORK/o2" | grep -c '\.wav$') files"
exit $status
