#!/bin/sh
# Runs the five side-by-side benchmarks of docs/benchmarks.md in turn and
# prints a one-line verdict each. Exit status 1 when a target is missed.
#   sh bench/perf/run_all.sh [BREVE] [> results.txt]   (BRIEF_RUNS=N, default 100)
# The load average before each benchmark is printed: other work on the
# machine inflates wall times (compare the CPU columns and the callgrind
# instruction counts, which do not depend on it).
B=${1:-${BREVE:-}}
HERE=$(cd "$(dirname "$0")" && pwd)
status=0
for s in brief_vs_espeak summarize_vs_ots loudness_vs_ffmpeg growth batch_scaling; do
  echo "######## $s   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  # the brief lasts 40 ms, and 20 runs of it were too few on this VM to
  # settle the median (docs/benchmarks.md); the others keep their own runs
  if [ "$s" = brief_vs_espeak ]; then
    BREVE=$B RUNS=${BRIEF_RUNS:-100} sh "$HERE/$s.sh" $B
  else
    BREVE=$B sh "$HERE/$s.sh" $B
  fi
  rc=$?
  case $rc in
    0) echo "######## $s: all targets met" ;;
    77) echo "######## $s: skipped" ;;
    *) echo "######## $s: target missed or error (exit $rc)"; status=1 ;;
  esac
done
exit $status
