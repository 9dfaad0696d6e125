#!/bin/sh
# ffmpeg's two-pass loudnorm, as its documentation gives it: pass 1
# measures, pass 2 normalises linearly with the measured values and
# encodes with libmp3lame.
#   ffmpeg_loudnorm_2pass.sh IN.wav OUT.mp3 [LUFS [DBTP [KBPS]]]
in=$1 out=$2 I=${3:--16} TP=${4:--1} K=${5:-96}
m=$(ffmpeg -hide_banner -nostats -i "$in" -af "loudnorm=I=$I:TP=$TP:LRA=11:print_format=json" -f null - 2>&1 |
  sed -n 's/^[[:space:]]*"\(input_i\|input_tp\|input_lra\|input_thresh\|target_offset\)" : "\([^"]*\)".*/\1=\2/p' | tr '\n' ' ')
eval "$m"
[ -n "${input_i:-}" ] || { echo "ffmpeg_loudnorm_2pass: pass 1 measured nothing" >&2; exit 1; }
exec ffmpeg -hide_banner -nostats -loglevel error -y -i "$in" \
  -af "loudnorm=I=$I:TP=$TP:LRA=11:measured_I=$input_i:measured_TP=$input_tp:measured_LRA=$input_lra:measured_thresh=$input_thresh:offset=$target_offset:linear=true" \
  -ar 44100 -c:a libmp3lame -b:a "${K}k" "$out"
