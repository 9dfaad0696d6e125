#!/bin/sh
# breve brief with --loudness, --bitrate and --transcript: the level and
# true peak of the file as ffmpeg reads it, the bit rate, the cues.
. "$(dirname "$0")/lib.sh"
A=$SRC/tests/data/articles/01-pont.txt
num_ok() { checks=$((checks + 1)); awk "BEGIN { exit !($1) }" || fail "$2 ($1)"; }

run 0 "$BREVE" brief "$A" -o "$T/b.mp3" --loudness -16 --bitrate 64 --transcript "$T/b.vtt"
out_has "LUFS"
checks=$((checks + 1))
[ "$(head -1 "$T/b.vtt")" = WEBVTT ] || fail "no WebVTT"
checks=$((checks + 1))
[ "$(grep -c -- '-->' "$T/b.vtt")" = 4 ] || fail "want 4 cues (headline + 3 sentences)"
checks=$((checks + 1))
grep -q "Le pont de la Garenne rouvre après huit mois de travaux" "$T/b.vtt" || fail "headline cue"
secs=$("$AUDIO_CHECK" "$T/b.mp3" --rate 44100 | sed 's/.* ch, \([0-9.]*\) s.*/\1/')
kbps=$(awk -v b="$(wc -c <"$T/b.mp3")" -v s="$secs" 'BEGIN { printf "%d", b * 8 / 1000 / s }')
num_ok "$kbps >= 56 && $kbps <= 72" "64 kbit/s asked, $kbps measured"

run 0 "$BREVE" brief "$A" -o "$T/b.wav" --loudness -23 -q
run 0 "$BREVE" brief "$A" -o - --format opus --loudness -19 -q
checks=$((checks + 1))
[ -s "$T/out" ] || fail "nothing on stdout"
cp "$T/out" "$T/s.opus"
run 2 "$BREVE" brief "$A" -o "$T/x.wav" --loudness loud
err_is "loudness"
run 2 "$BREVE" brief "$A" -o "$T/x.mp3" --bitrate 1000
err_is "bitrate"

if command -v ffmpeg >/dev/null 2>&1; then
  for f in b.mp3:-16 b.wav:-23 s.opus:-19; do
    file=${f%%:*}
    want=${f#*:}
    ffmpeg -nostats -hide_banner -i "$T/$file" -af ebur128=peak=true -f null - 2>"$T/ebu"
    I=$(grep -E '^ +I: ' "$T/ebu" | tail -1 | awk '{ print $2 }')
    P=$(grep -E '^ +Peak: ' "$T/ebu" | tail -1 | awk '{ print $2 }')
    echo "ffmpeg: $file $I LUFS (target $want), true peak $P dBTP" >&2
    num_ok "$I >= $want - 1 && $I <= $want + 1" "$file: $I LUFS for $want"
    num_ok "$P <= -1.0" "$file: true peak $P dBTP"
  done
fi
finish
