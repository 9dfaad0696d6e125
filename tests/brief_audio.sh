#!/bin/sh
# The audio a brief writes, read back with libsndfile (audio_check) and,
# when present, sox and ffprobe: rate, channels, duration, speech, tags.
. "$(dirname "$0")/lib.sh"
A=$SRC/examples/article-tramway.txt
check() { checks=$((checks + 1)); "$AUDIO_CHECK" "$@" || fail "audio_check $*"; }

"$BREVE" brief "$A" -o "$T/b.wav" -q || fail "brief failed"
check "$T/b.wav" --major wav --pcm16 --rate 22050 --channels 1 --min 10 --max 60 --speech \
  --title "Le tramway de Rivemont transportera ses premiers voyageurs le 14 septembre"

# --no-title is shorter than with the headline
"$BREVE" brief "$A" -o "$T/nt.wav" -q --no-title --sentences 2 || fail "--no-title failed"
"$BREVE" brief "$A" -o "$T/wt.wav" -q --sentences 2 || fail "--sentences 2 failed"
short=$("$AUDIO_CHECK" "$T/nt.wav" | sed 's/.* ch, \([0-9.]*\) s.*/\1/')
long=$("$AUDIO_CHECK" "$T/wt.wav" | sed 's/.* ch, \([0-9.]*\) s.*/\1/')
checks=$((checks + 1))
awk -v a="$short" -v b="$long" 'BEGIN { exit !(a + 2 < b) }' || fail "headline not spoken ($short s vs $long s)"

# --seconds lands within 10% of the budget in the real audio
for s in 20 30; do
  "$BREVE" brief "$A" -o "$T/s$s.wav" -q --seconds $s || fail "--seconds $s failed"
  check "$T/s$s.wav" --min "$(awk -v s=$s "BEGIN{print s*0.9}")" --max "$(awk -v s=$s "BEGIN{print s*1.1}")" --speech
done

# the male voice, FLAC, a title from the command line
"$BREVE" brief "$A" -o "$T/p.flac" -q --voice paul --title "Flash info" --sentences 1 || fail "paul/flac failed"
check "$T/p.flac" --major flac --rate 22050 --channels 1 --speech --title "Flash info"

# a voice profile given as a file
cp "$SRC/voices/paul.voice" "$T/mine.voice"
"$BREVE" brief "$A" -o "$T/f.wav" -q --voice "$T/mine.voice" --sentences 1 || fail "--voice FILE failed"
check "$T/f.wav" --speech

# outside readers agree
if command -v soxi >/dev/null 2>&1; then
  checks=$((checks + 1))
  [ "$(soxi -r "$T/b.wav")" = 22050 ] || fail "soxi: wrong rate"
fi
if command -v ffprobe >/dev/null 2>&1; then
  checks=$((checks + 1))
  ffprobe -v error -show_entries format_tags=title -of csv=p=0 "$T/b.wav" |
    grep -q "Le tramway" || fail "ffprobe: no title tag"
fi
finish
