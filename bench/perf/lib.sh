# Sourced by the bench/perf scripts: finds breve, makes a scratch folder,
# runs hyperfine and prints peer and breve side by side.
#   BREVE=path/to/breve (default: build/breve, else breve on PATH)
#   RUNS=N hyperfine runs per command; WORK=DIR keeps the scratch folder.
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
if [ -z "${BREVE:-}" ]; then
  for b in "$ROOT/build/breve" "$(command -v breve 2>/dev/null)"; do
    [ -n "$b" ] && [ -x "$b" ] && BREVE=$b && break
  done
fi
[ -n "${BREVE:-}" ] && [ -x "$BREVE" ] || { echo "bench: no breve binary (set BREVE=...)" >&2; exit 2; }
BREVE=$(cd "$(dirname "$BREVE")" && pwd)/$(basename "$BREVE")
BUILD=$(dirname "$BREVE")
export BREVE_DATA_DIR=${BREVE_DATA_DIR:-$ROOT}
if [ -n "${WORK:-}" ]; then
  mkdir -p "$WORK"
else
  WORK=$(mktemp -d "${TMPDIR:-/tmp}/breve-bench.XXXXXX")
  trap 'rm -rf "$WORK"' EXIT
fi
RUNS=${RUNS:-10}

# need PROGRAM WHY: exit 77 (skipped) with a clear message when missing
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "bench: $1 not installed, skipped ($2)" >&2; exit 77; }
}
need hyperfine "apt-get install hyperfine"
need python3 "the tables are printed by bench/perf/report.py"

machine() {
  echo "machine: $(nproc) cores, $(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1), $(. /etc/os-release && echo "$PRETTY_NAME")"
  echo "breve: $("$BREVE" --version | tr '\n' ' ')"
}

# hf NAME JSON-OUT hyperfine-args...: runs hyperfine quietly into JSON
hf() {
  name=$1 out=$2
  shift 2
  echo "== $name" >&2
  hyperfine --style none --export-json "$out" "$@" >/dev/null
}

# callgrind_ir CMD...: instructions executed (valgrind callgrind), children
# included, standard input from $CG_STDIN (default /dev/null); empty when
# valgrind is missing.
callgrind_ir() {
  command -v valgrind >/dev/null 2>&1 || return 0
  valgrind --tool=callgrind --trace-children=yes --callgrind-out-file="$WORK/cg.%p" "$@" \
    <"${CG_STDIN:-/dev/null}" >/dev/null 2>"$WORK/cg.log"
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$WORK/cg.log" | awk '{s += $1} END {print s}'
  rm -f "$WORK"/cg.*
}

# max_rss_kb CMD...: peak resident memory (/usr/bin/time -v)
max_rss_kb() {
  /usr/bin/time -v "$@" 2>"$WORK/time.log" >/dev/null
  sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.log"
}
