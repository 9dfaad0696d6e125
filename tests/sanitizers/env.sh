# Sanitizer settings for a run of the test suite in the Asan build:
#   . tests/sanitizers/env.sh && ctest --test-dir build-asan
# (scripts/test.sh does this). The suppression files name libespeak-ng
# only: our own code is never suppressed.
_san_dir=$(cd "$(dirname "${BREVE_SAN_ENV:-tests/sanitizers/env.sh}")" && pwd)
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:halt_on_error=1}
LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$_san_dir/lsan.supp:print_suppressions=0}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-suppressions=$_san_dir/ubsan.supp:print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS LSAN_OPTIONS UBSAN_OPTIONS
unset _san_dir
