#!/bin/sh
# Faults around a run: unwritable and full outputs, devices as outputs, a
# missing voice or espeak-ng data, SIGTERM/SIGHUP in the middle of a brief
# or an episode, concurrent runs on one output, the user's umask. After
# each: one clear line on stderr, exit 1 (or death by the signal), no
# partial or temporary file, the previous output intact.
. "$(dirname "$0")/lib.sh"
A=$SRC/examples/article-tramway.txt

# no_temp DIR: no .breve-* temporary file is left in DIR
no_temp() {
  checks=$((checks + 1))
  left=$(find "$1" -maxdepth 1 -name '.breve-*' | head -3)
  [ -z "$left" ] || fail "temporary files left: $left"
}

# same FILE COPY: FILE still has the content saved in COPY
same() {
  checks=$((checks + 1))
  cmp -s "$1" "$2" || fail "$1 was changed or removed"
}

# --- outputs that cannot be written -----------------------------------
run 0 "$BREVE" brief "$A" -o "$T/good.wav" --sentences 1 -q
cp "$T/good.wav" "$T/good.copy"

# a full device, reached through a symbolic link (so that a regression,
# renaming over the link, could never replace /dev/full itself)
if [ -c /dev/full ]; then
  ln -s /dev/full "$T/full.wav"
  run 1 "$BREVE" brief "$A" -o "$T/full.wav" --sentences 1
  err_is "no space left"
  checks=$((checks + 1))
  [ -L "$T/full.wav" ] && [ -c /dev/full ] || fail "the link or /dev/full was replaced"
  ln -s /dev/full "$T/full.vtt"
  run 1 "$BREVE" brief "$A" -o "$T/t.wav" --sentences 1 --transcript "$T/full.vtt"
  err_is "no space left"
  for cmd in summarize normalize extract; do
    "$BREVE" $cmd "$A" >/dev/full 2>"$T/err"
    got=$?
    checks=$((checks + 1))
    [ $got -eq 1 ] || fail "$cmd >/dev/full: exit $got"
    err_is "write error"
  done
  "$BREVE" voices >/dev/full 2>"$T/err"
  got=$?
  checks=$((checks + 1))
  [ $got -eq 1 ] || fail "voices >/dev/full: exit $got"
  "$BREVE" brief "$A" -o - --format flac --sentences 1 >/dev/full 2>"$T/err"
  got=$?
  checks=$((checks + 1))
  [ $got -eq 1 ] || fail "brief -o - >/dev/full: exit $got"
fi
# /dev/null is a fine sink and stays a device
run 0 "$BREVE" brief "$A" -o /dev/null --format wav --sentences 1 -q
checks=$((checks + 1))
[ -c /dev/null ] || fail "/dev/null is no longer a device"
# a folder, a missing folder, a folder nobody can write to
run 1 "$BREVE" brief "$A" -o "$T" --sentences 1
err_is "is a folder"
run 1 "$BREVE" brief "$A" -o "$T/missing/o.wav" --sentences 1
err_is "missing/o.wav"
run 1 "$BREVE" brief "$A" -o /proc/breve-test.wav --sentences 1
err_is "breve-test.wav"
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$T/ro" && chmod 555 "$T/ro"
  run 1 "$BREVE" brief "$A" -o "$T/ro/o.wav" --sentences 1
  err_is "permission denied"
  chmod 755 "$T/ro"
fi
# a failed run never touches the previous output
: >"$T/empty.txt"
run 1 "$BREVE" brief "$T/empty.txt" -o "$T/good.wav"
same "$T/good.wav" "$T/good.copy"
no_temp "$T"

# --- voices and espeak-ng data ----------------------------------------
run 1 "$BREVE" brief "$A" -o "$T/v.wav" --voice nosuchvoice
err_is "unknown voice"
run 1 "$BREVE" brief "$A" -o "$T/v.wav" --voice ../../../etc/passwd
err_is "passwd"
# endless or binary "voice files" end with an error, never a hang
if [ -c /dev/zero ]; then
  run 1 "$BREVE" brief "$A" -o "$T/v.wav" --voice /dev/zero
  err_is "not a voice profile"
fi
head -c 4096 /dev/urandom >"$T/random.voice"
run 1 "$BREVE" brief "$A" -o "$T/v.wav" --voice "$T/random.voice"
err_is "random.voice"
run 1 "$BREVE" brief "$A" -o "$T/v.wav" --lexicon /dev/zero
err_is "too large"
mkdir -p "$T/nodata"
run 1 env ESPEAK_DATA_PATH="$T/nodata" "$BREVE" brief "$A" -o "$T/v.wav" --sentences 1
err_is "espeak-ng"
checks=$((checks + 1))
[ -e "$T/v.wav" ] && fail "output written without a voice"

# --- umask --------------------------------------------------------------
(umask 077 && "$BREVE" brief "$A" -o "$T/private.wav" --sentences 1 -q)
(umask 022 && "$BREVE" brief "$A" -o "$T/public.wav" --sentences 1 -q)
checks=$((checks + 1))
[ "$(stat -c %a "$T/private.wav")" = 600 ] || fail "umask 077 gave mode $(stat -c %a "$T/private.wav")"
checks=$((checks + 1))
[ "$(stat -c %a "$T/public.wav")" = 644 ] || fail "umask 022 gave mode $(stat -c %a "$T/public.wav")"

# --- concurrent runs on one output ------------------------------------
"$BREVE" brief "$A" -o "$T/same.wav" --sentences 2 -q 2>"$T/err1" &
p1=$!
"$BREVE" brief "$A" -o "$T/same.wav" --sentences 1 -q 2>"$T/err2" &
p2=$!
wait $p1
r1=$?
wait $p2
r2=$?
checks=$((checks + 1))
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] || fail "concurrent briefs: exit $r1 and $r2"
checks=$((checks + 1))
"$AUDIO_CHECK" "$T/same.wav" --min 1 >/dev/null 2>&1 || fail "concurrent briefs left a broken file"
no_temp "$T"

# --- signals ------------------------------------------------------------
# A long article, said in full, runs long enough to be interrupted both
# while espeak-ng speaks and while the file is encoded.
python3 -c "
import random, sys
random.seed(7)
s = ['Le maire', 'La prefete', 'Le conseil regional', 'Une association']
v = ['a annonce', 'a presente', 'a defendu', 'a critique']
o = ['un plan de circulation', 'le budget', 'la renovation du pont', 'une creche']
t = ['lundi soir', 'devant la presse', 'apres deux heures de debat', 'sans surprise']
ps = [' '.join('%s %s %s %s.' % (random.choice(s), random.choice(v), random.choice(o), random.choice(t)) for _ in range(4)) for _ in range(40)]
sys.stdout.write('Une longue seance au conseil\n\n' + '\n\n'.join(ps) + '\n')
" >"$T/long.txt"
mkdir "$T/sig"
run 0 "$BREVE" brief "$A" -o "$T/sig/out.mp3" --sentences 1 -q
cp "$T/sig/out.mp3" "$T/sig.copy"

# caught PID NUM: wait until process PID is breve itself (not the shell or
# the launcher before exec) and has installed its handler for signal NUM,
# so that the signal tests the handler whatever the machine's load; where
# /proc is missing, wait a fixed 0.3 s instead
BREVE_EXE=$(readlink -f "$BREVE" 2>/dev/null || echo "$BREVE")
caught() {
  if [ ! -r "/proc/$1/status" ]; then
    sleep 0.3
    return
  fi
  n=0
  while [ $n -lt 2000 ]; do
    if [ "$(readlink "/proc/$1/exe" 2>/dev/null)" = "$BREVE_EXE" ]; then
      m=$(sed -n 's/^SigCgt:[[:space:]]*//p' "/proc/$1/status" 2>/dev/null)
      [ -n "$m" ] && [ $(((0x$m >> ($2 - 1)) & 1)) -eq 1 ] && return
    fi
    sleep 0.01
    n=$((n + 1))
  done
}

# signalled SIG: exit status of a process killed by SIG (128 + number)
signalled() {
  case $1 in TERM) echo 143 ;; HUP) echo 129 ;; INT) echo 130 ;; esac
}

# 1. while espeak-ng speaks: no temporary file exists yet
for sig in TERM HUP; do
  "$BREVE" brief "$T/long.txt" --full -o "$T/sig/out.mp3" -q 2>/dev/null &
  pid=$!
  case $sig in TERM) caught $pid 15 ;; HUP) caught $pid 1 ;; esac
  kill -$sig $pid
  wait $pid
  got=$?
  checks=$((checks + 1))
  [ $got -eq "$(signalled $sig)" ] || fail "SIG$sig while speaking: exit $got"
  same "$T/sig/out.mp3" "$T/sig.copy"
  no_temp "$T/sig"
done

# SIGINT: a shell's background job starts with SIGINT ignored (and breve
# keeps it so); start breve with the default action, as from a terminal
python3 -c "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])" \
  "$BREVE" brief "$T/long.txt" --full -o "$T/sig/out.mp3" -q 2>/dev/null &
pid=$!
caught $pid 2
kill -INT $pid
wait $pid
got=$?
checks=$((checks + 1))
[ $got -eq 130 ] || fail "SIGINT while speaking: exit $got"
same "$T/sig/out.mp3" "$T/sig.copy"
no_temp "$T/sig"

# 2. while the file is encoded: the temporary file is removed
"$BREVE" brief "$T/long.txt" --full -o "$T/sig/out.mp3" --loudness -16 -q 2>/dev/null &
pid=$!
n=0
while [ -z "$(find "$T/sig" -maxdepth 1 -name '.breve-*')" ] && kill -0 $pid 2>/dev/null && [ $n -lt 6000 ]; do
  sleep 0.02
  n=$((n + 1))
done
if kill -TERM $pid 2>/dev/null; then
  wait $pid
  got=$?
  checks=$((checks + 1))
  [ $got -eq 143 ] || fail "SIGTERM while encoding: exit $got"
  same "$T/sig/out.mp3" "$T/sig.copy"
  no_temp "$T/sig"
else
  wait $pid
  echo "hostile_faults.sh: the brief ended before it could be interrupted while encoding" >&2
fi

# 3. an episode interrupted: the feed stays the previous, valid one
mkdir "$T/show"
run 0 "$BREVE" episode "$A" -o "$T/show" --date 2025-01-01 --format wav --sentences 1 -q
checks=$((checks + 1))
if [ -f "$T/show/feed.xml" ]; then
  cp "$T/show/feed.xml" "$T/feed.copy"
  "$BREVE" episode "$T/long.txt" -o "$T/show" --date 2025-01-02 --format mp3 --sentences 40 -q 2>/dev/null &
  pid=$!
  n=0
  while [ -z "$(find "$T/show" -maxdepth 1 -name '.breve-*')" ] && kill -0 $pid 2>/dev/null && [ $n -lt 6000 ]; do
    sleep 0.02
    n=$((n + 1))
  done
  kill -TERM $pid 2>/dev/null
  wait $pid
  got=$?
  checks=$((checks + 1))
  [ $got -eq 143 ] || fail "SIGTERM during an episode: exit $got"
  same "$T/show/feed.xml" "$T/feed.copy"
  no_temp "$T/show"
  if command -v xmllint >/dev/null 2>&1; then
    checks=$((checks + 1))
    xmllint --noout "$T/show/feed.xml" 2>/dev/null || fail "feed.xml is not well-formed"
  fi
  # control characters in a title (the article's, a setting) never make
  # the feed unreadable
  printf 'Le titre\001 avec \033[31m un code\n\nLe conseil a vote le budget mardi soir. Les travaux commencent en juin.\n' >"$T/ctl.txt"
  run 0 "$BREVE" episode "$T/ctl.txt" -o "$T/show" --date 2025-01-04 --format wav --sentences 1 \
    --set "title=$(printf 'Show\001\033')" -q
  if command -v xmllint >/dev/null 2>&1; then
    checks=$((checks + 1))
    xmllint --noout "$T/show/feed.xml" 2>/dev/null || fail "control characters made feed.xml invalid"
  fi
  if [ -c /dev/zero ]; then
    run 1 "$BREVE" episode "$A" -o "$T/show" --config /dev/zero --format wav
    err_is "not a settings file"
  fi
  # the next run publishes normally
  run 0 "$BREVE" episode "$A" "$SRC/examples/article-vendanges.txt" -o "$T/show" --date 2025-01-03 --format wav --sentences 1 -q
  no_temp "$T/show"
else
  fail "episode wrote no feed.xml"
fi

finish
