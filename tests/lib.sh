# Helpers for the shell tests: sourced with $1 = breve binary, $2 = source
# tree, $3 = scratch folder (emptied).
BREVE=$1
SRC=$2
T=$3
rm -rf "$T"
mkdir -p "$T"
failures=0
checks=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run EXPECTED_EXIT CMD...: runs CMD, keeps stdout in $T/out and stderr in
# $T/err, and checks the exit code.
run() {
  want=$1
  shift
  checks=$((checks + 1))
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" != "$want" ]; then
    fail "exit $got (want $want): $*"
    sed 's/^/  stderr: /' "$T/err" | head -5 >&2
  fi
}

# err_is PATTERN: stderr is one line, starts with "breve: " and matches.
err_is() {
  checks=$((checks + 1))
  lines=$(wc -l <"$T/err")
  if [ "$lines" -lt 1 ] || ! grep -q "^breve: " "$T/err" || ! grep -qi -- "$1" "$T/err"; then
    fail "stderr does not match '$1':"
    sed 's/^/  /' "$T/err" | head -5 >&2
  fi
}

out_has() {
  checks=$((checks + 1))
  grep -q -- "$1" "$T/out" || fail "stdout lacks '$1'"
}

out_lacks() {
  checks=$((checks + 1))
  ! grep -q -- "$1" "$T/out" || fail "stdout has '$1'"
}

finish() {
  echo "$(basename "$0"): $checks checks, $failures failed" >&2
  [ "$failures" -eq 0 ]
  exit $?
}
