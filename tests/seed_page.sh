#!/bin/sh
# The real page in ../shared/seeds (read from there, never copied): its
# brief speaks the article, none of the page around it.
. "$(dirname "$0")/lib.sh"
SEED=$SRC/../shared/seeds/000_eff016abb030fb07.txt
if [ ! -f "$SEED" ]; then
  echo "seed page not found at $SEED: skipped" >&2
  exit 77
fi
for opt in "--sentences 3" "--full"; do
  run 0 "$BREVE" summarize $opt "$SEED"
  out_has "million de puces"
  out_lacks "©"
  out_lacks "Kristof"
  out_lacks "Rédacteur en chef"
  out_lacks "183 milliards de dollars: telle"
  out_lacks "Signalez"
  out_lacks "Expertise Partenaire"
done
run 0 "$BREVE" extract "$SEED"
out_has "^title: Anthropic conclut"
out_has "^byline: Kristof Van der Stadt"
"$BREVE" brief "$SEED" -o "$T/seed.wav" -q || fail "brief of the seed failed"
finish
