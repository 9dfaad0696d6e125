#!/bin/sh
# Installs the Debian packages breve needs (only those missing), then
# configures and builds it in ./build. Usage: scripts/setup.sh [BUILD_DIR]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build}

# Libraries and tools to build breve, the French word list that gives
# addresses typed without accents their accents back (wfrench), plus the
# outside checkers the tests use (sox, ffprobe/ffmpeg, xmllint).
pkgs="build-essential cmake pkg-config libespeak-ng-dev espeak-ng-data espeak-ng \
libsndfile1-dev libebur128-dev libsamplerate0-dev libxml2-dev libxml2-utils \
wfrench sox ffmpeg valgrind"

missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "breve: installing:$missing" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

cmake -S "$top" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc 2>/dev/null || echo 2)" >/dev/null
