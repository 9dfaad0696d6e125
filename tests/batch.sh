#!/bin/sh
# breve batch: one brief per article, a failing article reported while the
# others are done, resume, shards that partition the work (also through GNU
# parallel when installed), --jobs 2 giving what --jobs 1 gives, output
# names that stay inside OUTDIR.
. "$(dirname "$0")/lib.sh"
check() { checks=$((checks + 1)); "$AUDIO_CHECK" "$@" >/dev/null || fail "audio_check $*"; }
# field FILE INPUT-SUBSTRING KEY: the value of KEY in the report line of INPUT
field() {
  grep -F "$2" "$1" | head -1 | sed -n "s/.*\"$3\":\\(\"[^\"]*\"\\|[^,}]*\\).*/\\1/p"
}

mkdir -p "$T/in" "$T/other"
cat >"$T/in/marche.txt" <<'A'
Le marché couvert de Belcourt rouvre ses portes après deux ans de travaux

Le marché couvert de Belcourt a rouvert samedi matin après vingt-quatre mois de chantier. Les quarante-deux étals ont été refaits et la charpente métallique a été repeinte. La municipalité a investi trois millions d'euros dans la rénovation. Les commerçants se disent satisfaits de leurs nouveaux emplacements.
A
cat >"$T/in/pont.txt" <<'A'
Le pont de la Sarre fermé aux camions pendant l'hiver

Le pont de la Sarre sera interdit aux poids lourds du premier décembre à la fin février. Des fissures ont été relevées sur deux piles lors de la dernière inspection. Les camions devront faire un détour de quinze kilomètres par la route départementale. Les travaux de réparation commenceront au printemps.
A
cat >"$T/in/ecole.txt" <<'A'
Une école primaire équipée de panneaux solaires à Vernay

L'école primaire de Vernay produit désormais une partie de son électricité. Cent vingt panneaux ont été posés sur le toit du préau pendant les vacances. Les élèves suivront la production sur un écran installé dans le hall. La commune espère réduire sa facture d'un tiers.
A
# not text: fails, the others go on
printf '\000\001\002\003binary\000\377\376' >"$T/in/casse.txt"
# a file name with a control character, spaces and accents
weird=$(printf 'caf\303\251  du\001port.txt')
cp "$T/in/pont.txt" "$T/in/$weird"
# the same base name as an article of in/: a collision
cp "$T/in/ecole.txt" "$T/other/marche.txt"

# 1. a folder, one job: four briefs, one failure, exit 1
run 1 "$BREVE" batch "$T/in" -o "$T/out1" --jobs 1 --sentences 1 --no-title
err_is "casse.txt"
out_has "5 articles: 4 done, 0 skipped, 1 failed"
for n in marche pont ecole "café_du_port"; do
  [ -f "$T/out1/$n.wav" ] || fail "no $n.wav"
  check "$T/out1/$n.wav" --speech --min 1
done
[ "$(ls "$T/out1" | grep -c '\.wav$')" -eq 4 ] || fail "not four outputs: $(ls "$T/out1")"
R=$T/out1/report.jsonl
[ "$(wc -l <"$R")" -eq 5 ] || fail "report: not five lines"
checks=$((checks + 1))
[ "$(field "$R" casse.txt status)" = '"failed"' ] || fail "casse.txt not reported failed"
[ -n "$(field "$R" casse.txt error | grep -v null)" ] || fail "casse.txt: no error in the report"
[ "$(field "$R" pont.txt status)" = '"done"' ] || fail "pont.txt not done"
[ "$(field "$R" pont.txt sentences)" = 1 ] || fail "pont.txt: not 1 sentence"
# every line is one JSON object with the six keys
for k in input output status seconds sentences error; do
  checks=$((checks + 1))
  [ "$(grep -c "\"$k\":" "$R")" -eq 5 ] || fail "report: key $k missing"
done
if command -v python3 >/dev/null; then
  checks=$((checks + 1))
  python3 -c 'import json,sys
for l in open(sys.argv[1], encoding="utf-8"): json.loads(l)' "$R" || fail "report is not JSON lines"
fi

# 2. resume: done items are skipped and left untouched, the failure retried
ino=$(stat -c %i "$T/out1/pont.wav")
run 1 "$BREVE" batch "$T/in" -o "$T/out1" --jobs 2 --sentences 1 --no-title
out_has "4 skipped, 1 failed"
[ "$(stat -c %i "$T/out1/pont.wav")" = "$ino" ] || fail "resume rewrote pont.wav"
[ "$(field "$R" pont.txt status)" = '"skipped"' ] || fail "pont.txt not skipped on resume"
# a truncated output is not complete: done again
head -c 100 "$T/out1/ecole.wav" >"$T/trunc" && mv "$T/trunc" "$T/out1/ecole.wav"
run 1 "$BREVE" batch "$T/in" -o "$T/out1" --jobs 1 --sentences 1 --no-title -q
[ "$(field "$R" ecole.txt status)" = '"done"' ] || fail "truncated ecole.wav not redone"
check "$T/out1/ecole.wav" --speech

# 3. a manifest: comments, relative paths, collisions resolved in order
cat >"$T/list.txt" <<L
# articles of the day
in/marche.txt
in/pont.txt

other/marche.txt
in/ecole.txt
in/$weird
L
run 0 "$BREVE" batch "$T/list.txt" -o "$T/m1" --jobs 1 --sentences 1 --no-title
out_has "5 articles: 5 done"
for n in marche pont marche-2 ecole "café_du_port"; do
  [ -f "$T/m1/$n.wav" ] || fail "manifest: no $n.wav"
done
checks=$((checks + 1))
field "$T/m1/report.jsonl" other/marche.txt output | grep -q 'marche-2.wav' || fail "collision not named marche-2"

# 3b. a crawl where every page is index.txt: named index, index-2, ...
# in order, in linear time (the last of 3000 is index-3000); only the
# last one is processed (--shard 3000/3000)
mkdir -p "$T/crawl/d3000"
cp "$T/in/pont.txt" "$T/crawl/d3000/index.txt"
i=1
while [ $i -le 3000 ]; do echo "crawl/d$i/index.txt"; i=$((i + 1)); done >"$T/crawl.txt"
echo "crawl/Index-2.txt" >>"$T/crawl.txt"
run 0 "$BREVE" batch "$T/crawl.txt" -o "$T/crawl-out" --shard 3000/3001 --sentences 1 --no-title
checks=$((checks + 1))
[ -f "$T/crawl-out/index-3000.wav" ] || fail "the 3000th index.txt is not index-3000.wav"

# 3c. a manifest that is not a list of paths is refused at once
if [ -c /dev/zero ]; then
  run 1 "$BREVE" batch /dev/zero -o "$T/zero-out"
  err_is "line 1 holds a NUL byte"
fi
head -c 5000 /dev/zero | tr '\0' 'a' >"$T/long.txt"
run 1 "$BREVE" batch "$T/long.txt" -o "$T/long-out"
err_is "line 1 is longer than 4096 bytes"

# 4. --jobs 2: the same outputs, durations and sentences as --jobs 1
run 0 "$BREVE" batch "$T/list.txt" -o "$T/m2" --jobs 2 --sentences 1 --no-title
checks=$((checks + 1))
[ "$(ls "$T/m1" | grep -v report)" = "$(ls "$T/m2" | grep -v report)" ] || fail "--jobs 2 names differ"
strip() { sed 's/"elapsed":[^,]*,//; s#"input":"[^"]*/#"input":"#; s#"output":"[^"]*/#"output":"#' "$1"; }
strip "$T/m1/report.jsonl" >"$T/r1"
strip "$T/m2/report.jsonl" >"$T/r2"
checks=$((checks + 1))
cmp -s "$T/r1" "$T/r2" || { fail "--jobs 2 report differs from --jobs 1"; diff "$T/r1" "$T/r2" >&2; }

# 5. shards partition the work and name outputs as the whole run does
for k in 1 2 3; do
  run 0 "$BREVE" batch "$T/list.txt" -o "$T/sh" --shard $k/3 --jobs 1 --sentences 1 --no-title -q
  [ -f "$T/sh/report-$k-of-3.jsonl" ] || fail "no report of shard $k"
done
checks=$((checks + 1))
[ "$(ls "$T/sh" | grep -v report)" = "$(ls "$T/m1" | grep -v report)" ] || fail "shards do not cover the list"
checks=$((checks + 1))
[ "$(cat "$T"/sh/report-*.jsonl | grep -c '"done"')" -eq 5 ] || fail "shards did not each do their part once"
checks=$((checks + 1))
[ "$(cat "$T"/sh/report-*.jsonl | sed 's/.*"input":"\([^"]*\)".*/\1/' | sort -u | wc -l)" -eq 5 ] || fail "an item is in two shards"
# the same with GNU parallel, as one would spread shards over machines
if command -v parallel >/dev/null; then
  checks=$((checks + 1))
  parallel --will-cite -j 2 "$BREVE" batch "$T/list.txt" -o "$T/gp" --shard {}/2 --jobs 1 --sentences 1 --no-title -q ::: 1 2 \
    || fail "parallel shards failed"
  [ "$(ls "$T/gp" | grep -v report)" = "$(ls "$T/m1" | grep -v report)" ] || fail "parallel shards do not cover the list"
else
  echo "batch.sh: GNU parallel not installed, its shard run left out" >&2
fi

# 6. usage errors
run 2 "$BREVE" batch "$T/list.txt"
err_is "missing -o"
run 2 "$BREVE" batch "$T/list.txt" -o "$T/x" --shard 3/2
err_is "shard"
run 2 "$BREVE" batch "$T/list.txt" -o "$T/x" --jobs 0
err_is "jobs"
run 1 "$BREVE" batch "$T/nowhere.txt" -o "$T/x"
err_is "nowhere"

finish
