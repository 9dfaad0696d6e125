#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs one or all
# of them for a given time, one after the other on one core.
# Usage: tests/fuzz/run.sh TARGET|all [SECONDS]   (default 600 s each)
# Targets: text split summarize normalize html feed.
# New inputs go to BUILD/corpus/TARGET (the seeds in tests/fuzz/corpus are
# never written to); a crash, leak or hang is saved under
# BUILD/artifacts/TARGET/ — copy it to tests/fuzz/regressions/TARGET/ once
# fixed, so ctest replays it. BUILD is $BREVE_FUZZ_BUILD or build-fuzz.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${BREVE_FUZZ_BUILD:-$top/build-fuzz}
what=${1:-}
secs=${2:-600}
if [ -z "$what" ]; then
  echo "usage: $0 TARGET|all [SECONDS]" >&2
  exit 2
fi
cc=${CC:-}
if [ -z "$cc" ]; then
  for c in clang clang-16 clang-15 clang-14; do
    if command -v "$c" >/dev/null 2>&1; then cc=$c; break; fi
  done
fi
if [ -z "$cc" ]; then
  echo "run.sh: clang is needed for libFuzzer (apt-get install clang)" >&2
  exit 1
fi

cmake -S "$top" -B "$build" -DCMAKE_C_COMPILER="$cc" -DBREVE_FUZZ=ON \
  -DBUILD_TESTING=OFF -DBREVE_BUILD_CLI=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
if [ "$what" = all ]; then
  targets=$(cd "$build/tests/fuzz" 2>/dev/null; cmake --build "$build" --target help |
    sed -n 's/^\.\.\. \(fuzz_[a-z]*\)$/\1/p' | sed 's/^fuzz_//')
else
  targets=$what
fi
for t in $targets; do
  cmake --build "$build" --target "fuzz_$t" -j2 >/dev/null
done

# espeak-ng is not used by these targets; keep UBSan and LSan strict.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export BREVE_DATA_DIR=$top
status=0
for t in $targets; do
  bin=$build/tests/fuzz/fuzz_$t
  work=$build/corpus/$t
  art=$build/artifacts/$t/
  mkdir -p "$work" "$art"
  echo "run.sh: fuzzing $t for $secs s" >&2
  if ! nice -n 10 "$bin" -max_total_time="$secs" -timeout=10 \
      -rss_limit_mb=2048 -max_len=16384 -print_final_stats=1 \
      -artifact_prefix="$art" "$work" \
      "$top/tests/fuzz/corpus/$t" "$top/tests/fuzz/regressions/$t" \
      >"$build/$t.log" 2>&1; then
    echo "run.sh: $t FAILED; see $build/$t.log and $art" >&2
    status=1
  fi
  grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|#[0-9]+.*DONE)' "$build/$t.log" >&2 || true
done
exit $status
