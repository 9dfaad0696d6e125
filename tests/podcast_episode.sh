#!/bin/sh
# An episode from the sample articles, as a podcast app and a checker see
# it: the audio (rate, tags, loudness, true peak), the chapters, the
# transcript against the silences of the audio, and the feed (xmllint).
. "$(dirname "$0")/lib.sh"
ART=$SRC/tests/data/articles
D=$T/show
E=$D/2026-11-28
check() { checks=$((checks + 1)); "$AUDIO_CHECK" "$@" >/dev/null || fail "audio_check $*"; }
num_ok() { checks=$((checks + 1)); awk "BEGIN { exit !($1) }" || fail "$2 ($1)"; }

cat >"$T/show.conf" <<EOF
# a show for the tests
title = La Matinale de test
author = Rédaction breve
description = Trois brèves pour les tests.
base_url = https://example.org/pod/
image = https://example.org/pod/cover.jpg
category = News
sentences = 1
EOF

run 0 "$BREVE" episode "$ART" -o "$D" --config "$T/show.conf" --date 2026-11-28
out_has "2026-11-28.mp3"
for f in "$E.mp3" "$E.vtt" "$E.chapters.json" "$E.meta" "$D/feed.xml"; do
  checks=$((checks + 1))
  [ -s "$f" ] || fail "missing $f"
done
checks=$((checks + 1))
ls -a "$D" | grep -q '^\.breve-' && fail "a temporary file was left"
check "$E.mp3" --major mpeg --rate 44100 --channels 1 --speech \
  --title "La Matinale de test du samedi 28 novembre 2026"
secs=$("$AUDIO_CHECK" "$E.mp3" | sed 's/.* ch, \([0-9.]*\) s.*/\1/')
num_ok "$secs > 20 && $secs < 120" "episode duration $secs s"

# the intro says the date in French
checks=$((checks + 1))
grep -q "samedi vingt-huit novembre" "$E.vtt" || fail "intro without the spoken date"

# feed: well-formed, namespaces, required tags
F=$D/feed.xml
run 0 xmllint --noout "$F"
IT="namespace-uri()='http://www.itunes.com/dtds/podcast-1.0.dtd'"
PC="namespace-uri()='https://podcastindex.org/namespace/1.0'"
for x in "/rss[@version='2.0']/channel/title" "/rss/channel/link" \
  "/rss/channel/description" "/rss/channel/language" \
  "/rss/channel/*[local-name()='author' and $IT]" \
  "/rss/channel/*[local-name()='image' and $IT]/@href" \
  "/rss/channel/*[local-name()='category' and $IT]/@text" \
  "/rss/channel/*[local-name()='explicit' and $IT]" \
  "/rss/channel/item/title" "/rss/channel/item/description" \
  "/rss/channel/item/guid" "/rss/channel/item/pubDate" \
  "/rss/channel/item/enclosure/@url" "/rss/channel/item/enclosure/@length" \
  "/rss/channel/item/enclosure[@type='audio/mpeg']" \
  "/rss/channel/item/*[local-name()='duration' and $IT]" \
  "/rss/channel/item/*[local-name()='transcript' and $PC][@type='text/vtt']/@url" \
  "/rss/channel/item/*[local-name()='chapters' and $PC]/@url"; do
  checks=$((checks + 1))
  n=$(xmllint --xpath "count($x)" "$F" 2>/dev/null)
  [ "$n" = 1 ] || fail "feed: $x found $n times"
done
xp() { xmllint --xpath "string($1)" "$F" 2>/dev/null; }
len=$(xp "/rss/channel/item/enclosure/@length")
size=$(wc -c <"$E.mp3" | tr -d ' ')
checks=$((checks + 1))
[ "$len" = "$size" ] || fail "enclosure length $len, file has $size bytes"
checks=$((checks + 1))
[ "$(xp /rss/channel/item/enclosure/@url)" = "https://example.org/pod/2026-11-28.mp3" ] ||
  fail "enclosure url $(xp /rss/channel/item/enclosure/@url)"
dur=$(xp "/rss/channel/item/*[local-name()='duration']")
num_ok "($dur - $secs) < 1 && ($secs - $dur) < 1" "itunes:duration $dur s, file $secs s"
checks=$((checks + 1))
xp /rss/channel/item/pubDate | grep -Eq '^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}$' ||
  fail "pubDate not RFC 822: $(xp /rss/channel/item/pubDate)"
checks=$((checks + 1))
[ "$(xp "/rss/channel/item/description")" = "$(printf 'Le pont de la Garenne rouvre après huit mois de travaux\nLa bibliothèque municipale ouvre le dimanche\nLe marché de Noël accueille quarante exposants')" ] ||
  fail "description is not the headlines"

# chapters: one for the intro and one per article, increasing, inside
starts=$(grep -o '"startTime": [0-9.]*' "$E.chapters.json" | sed 's/.*: //')
checks=$((checks + 1))
[ "$(echo "$starts" | wc -l)" = 4 ] || fail "chapters: $(echo "$starts" | wc -l), want 4"
prev=-1
for s in $starts; do
  num_ok "$s > $prev && $s < $secs" "chapter at $s s after $prev, within $secs s"
  prev=$s
done

# transcript: cues in order, inside the audio
tosec() { echo "$1" | awk -F: '{ print $1 * 3600 + $2 * 60 + $3 }'; }
cues=$(grep -- '-->' "$E.vtt" | sed 's/ --> / /')
checks=$((checks + 1))
[ "$(head -1 "$E.vtt")" = "WEBVTT" ] || fail "not WebVTT"
prev=-1
echo "$cues" | while read -r a b; do
  sa=$(tosec "$a")
  sb=$(tosec "$b")
  awk "BEGIN { exit !($sa >= $prev && $sb > $sa && $sb <= $secs + 0.05) }" ||
    echo "cue $a --> $b out of order or outside $secs s" >>"$T/cue_errors"
  prev=$sb
done
checks=$((checks + 1))
[ -s "$T/cue_errors" ] && fail "$(cat "$T/cue_errors")"

if command -v ffmpeg >/dev/null 2>&1; then
  # loudness and true peak as ffmpeg reads them
  ffmpeg -nostats -hide_banner -i "$E.mp3" -af ebur128=peak=true -f null - 2>"$T/ebu"
  I=$(grep -E '^ +I: ' "$T/ebu" | tail -1 | awk '{ print $2 }')
  P=$(grep -E '^ +Peak: ' "$T/ebu" | tail -1 | awk '{ print $2 }')
  echo "ffmpeg: $I LUFS, true peak $P dBTP" >&2
  num_ok "$I >= -17 && $I <= -15" "integrated loudness $I LUFS"
  num_ok "$P <= -1.0" "true peak $P dBTP"
  # every cue starts within 100 ms of the end of a silence in the audio
  ffmpeg -nostats -hide_banner -i "$E.mp3" -af silencedetect=noise=-45dB:d=0.1 \
    -f null - 2>&1 | grep -o 'silence_end: [0-9.]*' | sed 's/.*: //' >"$T/onsets"
  echo "$cues" | while read -r a b; do
    sa=$(tosec "$a")
    awk -v s="$sa" '{ d = $1 - s; if (d < 0) d = -d; if (d <= 0.1) ok = 1 }
      END { exit !ok }' "$T/onsets" || echo "cue at $sa s: no speech onset within 100 ms" >>"$T/onset_errors"
  done
  checks=$((checks + 1))
  [ -s "$T/onset_errors" ] && fail "$(cat "$T/onset_errors")"
fi

# podcast apps' parsers, when this machine has them (Debian:
# python3-podcastparser, python3-feedparser)
for py in python3 /usr/bin/python3; do
  if "$py" -c 'import podcastparser, feedparser' 2>/dev/null; then
    checks=$((checks + 1))
    "$py" - "$F" "$E.chapters.json" "$secs" <<'PY' || fail "podcast feed parsers disagree"
import json, sys, podcastparser, feedparser
feed, chapters, secs = sys.argv[1], sys.argv[2], float(sys.argv[3])
with open(feed, "rb") as f:
    p = podcastparser.parse("https://example.org/pod/feed.xml", f)
e = p["episodes"][0]
assert p["title"] == "La Matinale de test", p["title"]
assert e["enclosures"][0]["url"] == "https://example.org/pod/2026-11-28.mp3"
assert abs(e["total_time"] - secs) <= 1, (e["total_time"], secs)
assert [c["title"] for c in e["chapters"]][1:] == [
    "Le pont de la Garenne rouvre après huit mois de travaux",
    "La bibliothèque municipale ouvre le dimanche",
    "Le marché de Noël accueille quarante exposants"], e["chapters"]
d = feedparser.parse(feed)
assert not d.bozo, d.bozo_exception
assert d.entries[0].enclosures[0]["length"] == str(__import__("os").path.getsize(feed.rsplit("/", 1)[0] + "/2026-11-28.mp3"))
j = json.load(open(chapters))
assert j["version"] == "1.2.0" and len(j["chapters"]) == 4
PY
    break
  fi
done

# breve feed rebuilds the same feed; a deleted feed comes back identical
cp "$F" "$T/feed.before"
run 0 "$BREVE" feed "$D"
run 0 cmp "$F" "$T/feed.before"
rm "$F"
run 0 "$BREVE" feed "$D"
run 0 cmp "$F" "$T/feed.before"

# Opus, two voices, music: 48 kHz, both voices in the transcript
sox -n -r 44100 -c 2 "$T/jingle.wav" synth 3 sine 440 sine 660 gain -12 2>/dev/null ||
  "$BREVE" brief "$ART/01-pont.txt" -o "$T/jingle.wav" -q --sentences 1
run 0 "$BREVE" episode "$ART/01-pont.txt" "$ART/02-bibliotheque.txt" -o "$T/opus" \
  --config "$T/show.conf" --date 2026-11-29 --format opus --voices claire,paul \
  --intro-music "$T/jingle.wav" --outro-music "$T/jingle.wav"
check "$T/opus/2026-11-29.opus" --major ogg --rate 48000 --channels 1 --speech
checks=$((checks + 1))
grep -q '<v Claire>' "$T/opus/2026-11-29.vtt" && grep -q '<v Paul>' "$T/opus/2026-11-29.vtt" ||
  fail "two voices not both in the transcript"
checks=$((checks + 1))
[ "$(xmllint --xpath 'string(//enclosure/@type)' "$T/opus/feed.xml")" = audio/ogg ] || fail "Opus MIME type"
if command -v ffmpeg >/dev/null 2>&1; then
  ffmpeg -nostats -hide_banner -i "$T/opus/2026-11-29.opus" -af ebur128=peak=true -f null - 2>"$T/ebu"
  I=$(grep -E '^ +I: ' "$T/ebu" | tail -1 | awk '{ print $2 }')
  P=$(grep -E '^ +Peak: ' "$T/ebu" | tail -1 | awk '{ print $2 }')
  echo "ffmpeg (opus): $I LUFS, true peak $P dBTP" >&2
  num_ok "$I >= -17 && $I <= -15" "Opus integrated loudness $I LUFS"
  num_ok "$P <= -1.0" "Opus true peak $P dBTP"
fi

# an RSS feed as input: one article per item
run 0 "$BREVE" episode "$SRC/tests/data/podcast/feed-ville.xml" -o "$T/rss" \
  --date 2026-11-30 --sentences 1 --base-url https://example.org/r -q
checks=$((checks + 1))
grep -q "La piscine intercommunale ferme pour vidange" "$T/rss/2026-11-30.vtt" &&
  grep -q "circuit de randonnée" "$T/rss/2026-11-30.vtt" || fail "feed items not spoken"

# usage errors
run 2 "$BREVE" episode "$ART"
err_is "missing -o"
run 2 "$BREVE" episode "$ART" -o "$T/x" --loudness 3
err_is "loudness"
run 2 "$BREVE" episode "$ART" -o "$T/x" --set colour=blue
err_is "colour"
run 1 "$BREVE" episode "$ART" -o "$T/x" --date 2026-02-30
err_is "date"
finish
