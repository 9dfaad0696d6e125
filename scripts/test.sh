#!/bin/sh
# Sets breve up (packages, build) and runs the whole test suite, then runs
# it again in an AddressSanitizer + UndefinedBehaviorSanitizer build
# (./build-asan, CMAKE_BUILD_TYPE=Asan). BREVE_SKIP_ASAN=1 skips that pass.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
"$top/scripts/setup.sh"
ctest --test-dir "$top/build" --output-on-failure -j2

if [ "${BREVE_SKIP_ASAN:-0}" != 1 ]; then
  asan=$top/build-asan
  echo "breve: sanitizer pass (ASan + UBSan) in $asan" >&2
  cmake -S "$top" -B "$asan" -DCMAKE_BUILD_TYPE=Asan >/dev/null
  cmake --build "$asan" -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
  BREVE_SAN_ENV=$top/tests/sanitizers/env.sh
  . "$BREVE_SAN_ENV"
  ctest --test-dir "$asan" --output-on-failure -j2
fi
