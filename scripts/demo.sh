#!/bin/sh
# Sets breve up (packages, build) and speaks a brief of the bundled sample
# article into out/brief.wav. Usage: scripts/demo.sh [ARTICLE]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
article=${1:-$top/examples/article-tramway.txt}

"$top/scripts/setup.sh"
mkdir -p "$top/out"
echo "Key sentences of $article:"
"$top/build/breve" summarize "$article" | sed 's/^/  /'
"$top/build/breve" brief "$article" -o "$top/out/brief.wav" --quiet
seconds=$(soxi -D "$top/out/brief.wav" 2>/dev/null | awk '{printf "%.1f", $1}')
echo "Brief written to $top/out/brief.wav ($seconds s)"
