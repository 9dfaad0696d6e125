#!/bin/sh
# 3. Loudness normalisation (-16 LUFS, true peak -1 dBTP) and MP3 encoding
# (96 kbit/s, 44.1 kHz) of a 10-minute spoken episode: breve (libebur128
# measure, gain and lookahead limiter, libsamplerate, LAME through
# libsndfile, decode and re-measure; bench/perf/loudnorm_mp3) against
# ffmpeg's two-pass loudnorm with libmp3lame on the same PCM. Target: breve
# faster than ffmpeg. The outputs are then measured by the same meter
# (ffmpeg's ebur128 filter) side by side.
#   sh bench/perf/loudness_vs_ffmpeg.sh [BREVE]   (RUNS=N, default 5; MINUTES=10)
BREVE=${1:-${BREVE:-}}
RUNS=${RUNS:-5}
. "$(dirname "$0")/lib.sh"
need ffmpeg "apt-get install ffmpeg"
need espeak-ng "apt-get install espeak-ng"
need sox "apt-get install sox"
DRV=$BUILD/bench/loudnorm_mp3
[ -x "$DRV" ] || { echo "bench: $DRV not built" >&2; exit 2; }
MINUTES=${MINUTES:-10}
machine
# the episode: our own French text spoken by espeak-ng, cut to length
python3 "$HERE/gen_articles.py" --bytes $((MINUTES * 1300)) --seed 5 >"$WORK/episode.txt"
espeak-ng -v fr+f3 -s 165 -w "$WORK/long.wav" -f "$WORK/episode.txt"
sox "$WORK/long.wav" "$WORK/episode.wav" trim 0 $((MINUTES * 60))
echo "input: $(soxi -D "$WORK/episode.wav") s, $(soxi -r "$WORK/episode.wav") Hz mono PCM 16"
hf "loudness + MP3, $MINUTES min" "$WORK/hf.json" --runs "$RUNS" --warmup 1 \
  -n "ffmpeg loudnorm 2-pass + libmp3lame" "sh $HERE/ffmpeg_loudnorm_2pass.sh $WORK/episode.wav $WORK/ff.mp3 -16 -1 96" \
  -n "breve loudness + MP3 (loudnorm_mp3)" "$DRV $WORK/episode.wav $WORK/br.mp3 -16 -1 96"
python3 "$HERE/report.py" "$WORK/hf.json" --check 1 0 "<=" 1 "breve/ffmpeg"
status=$?
for f in ff br; do
  ffmpeg -hide_banner -nostats -i "$WORK/$f.mp3" -af ebur128=peak=true -f null - 2>&1 |
    awk -v n="$f" '/Integrated loudness:/ {s=1} s && /I:/ {i=$2} s && /Peak:/ {p=$2}
      END {printf "  %s.mp3 (ffmpeg ebur128): %s LUFS, true peak %s dBFS\n", n == "ff" ? "ffmpeg" : "breve", i, p}'
done
exit $status
