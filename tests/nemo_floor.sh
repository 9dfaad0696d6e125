#!/bin/sh
# The speakable-French target: at least 95 % of NeMo's French
# normalisation cases pass (bench/nemo_eval.py, phonemes compared with
# espeak-ng). Skipped without python3, espeak-ng or the shared data, which
# is read from ../shared/eval/ and never copied into the project.
#   sh tests/nemo_floor.sh BREVE SOURCE_DIR SCRATCH
breve=$1
src=$2
command -v python3 >/dev/null 2>&1 || exit 77
command -v espeak-ng >/dev/null 2>&1 || exit 77
[ -d "$src/../shared/eval/nemo-fr-tn" ] || exit 77
python3 "$src/bench/nemo_eval.py" --breve "$breve" --require 95 >/dev/null
