#!/bin/sh
# Runs the five side-by-side benchmarks of docs/benchmarks.md in turn and
# prints a one-line verdict each. Exit status 1 when a target is missed.
#   sh bench/perf/run_all.sh [BREVE] [> results.txt]
# The load average before each benchmark is printed: other work on the
# machine inflates wall times (compare the CPU columns and the callgrind
# instruction counts, which do not depend on it).
B=${1:-${BREVE:-}}
HERE=$(cd "$(dirname "$0")" && pwd)
status=0
for s in brief_vs_espeak summarize_vs_ots loudness_vs_ffmpeg growth batch_scaling; do
  echo "######## $s   (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  BREVE=$B sh "$HERE/$s.sh" $B
  rc=$?
  case $rc in
    0) echo "######## $s: all targets met" ;;
    77) echo "######## $s: skipped" ;;
    *) echo "######## $s: target missed or error (exit $rc)"; status=1 ;;
  esac
done
exit $status
