#!/bin/sh
# Runs on a schedule: a re-run changes nothing, an article is published
# once, old episodes leave feed and folder, two runs at once make one
# episode, a held lock makes a run wait and then give up.
. "$(dirname "$0")/lib.sh"
ART=$SRC/tests/data/articles
D=$T/show
EP() { "$BREVE" episode "$@" -o "$D" --sentences 1 --base-url https://example.org/s/; }
snapshot() { (cd "$D" && ls -lA --time-style=full-iso . && stat -c "%y" . && cksum ./*) >"$1" 2>&1; }
items() { xmllint --xpath 'count(/rss/channel/item)' "$D/feed.xml"; }

run 0 EP "$ART/01-pont.txt" "$ART/02-bibliotheque.txt" --date 2026-11-27
out_has "2 articles"
snapshot "$T/snap1"
# same articles, same day: nothing new, nothing touched, same feed bytes
run 0 EP "$ART/01-pont.txt" "$ART/02-bibliotheque.txt" --date 2026-11-27
out_has "nothing new"
snapshot "$T/snap2"
run 0 cmp "$T/snap1" "$T/snap2"
# and the next day too: already published is never published again
run 0 EP "$ART/02-bibliotheque.txt" "$ART/01-pont.txt" --date 2026-11-28
out_has "nothing new"
snapshot "$T/snap3"
run 0 cmp "$T/snap1" "$T/snap3"

# one new article among old ones: an episode with only that one
run 0 EP "$ART" --date 2026-11-28
out_has "1 article,"
out_has "2 articles already published"
checks=$((checks + 1))
[ "$(items)" = 2 ] || fail "feed has $(items) items, want 2"
checks=$((checks + 1))
grep -q "Le marché de Noël" "$D/2026-11-28.vtt" && ! grep -q "Garenne" "$D/2026-11-28.vtt" ||
  fail "the second episode is not just the new article"

# a second run the same day with another new article: its own episode
printf 'Le conseil municipal vote le budget\n\nLe conseil municipal a adopté mardi soir le budget de la ville pour l'"'"'année prochaine. Les investissements augmentent de huit pour cent.\n' >"$T/04-budget.txt"
run 0 EP "$T/04-budget.txt" --date 2026-11-28 --retention 2
out_has "2026-11-28-2"
out_has "1 old episode removed"
checks=$((checks + 1))
[ "$(items)" = 2 ] || fail "retention 2: feed has $(items) items"
checks=$((checks + 1))
ls "$D" | grep -q '^2026-11-27' && fail "the oldest episode's files are still there"
checks=$((checks + 1))
newest=$(xmllint --xpath 'string(/rss/channel/item[1]/guid)' "$D/feed.xml")
case $newest in breve:2026-11-28-2:*) ;; *) fail "newest first: $newest" ;; esac
# an article of a removed episode stays published
run 0 EP "$ART/01-pont.txt" --date 2026-11-29
out_has "nothing new"
run 0 xmllint --noout "$D/feed.xml"

# what a killed run left (a temporary file over an hour old) is swept by
# the next run that holds the lock
: >"$D/.breve-DEAD01"
touch -d '2 hours ago' "$D/.breve-DEAD01"
: >"$D/.breve-LIVE01"
run 0 EP "$ART/01-pont.txt" --date 2026-11-29
checks=$((checks + 1))
[ -e "$D/.breve-DEAD01" ] && fail "stale temporary file not swept"
checks=$((checks + 1))
[ -e "$D/.breve-LIVE01" ] || fail "a recent temporary file was swept"
rm -f "$D/.breve-LIVE01"

# an empty inbox: nothing new, exit 0, nothing written
mkdir -p "$T/empty"
snapshot "$T/snap4"
run 0 EP "$T/empty" --date 2026-11-30
out_has "nothing new"
snapshot "$T/snap5"
run 0 cmp "$T/snap4" "$T/snap5"

# two runs at once on a fresh folder: one episode, both succeed
D2=$T/twice
"$BREVE" episode "$ART" -o "$D2" --sentences 1 --date 2026-11-28 -q >"$T/a.out" 2>&1 &
p1=$!
"$BREVE" episode "$ART" -o "$D2" --sentences 1 --date 2026-11-28 -q >"$T/b.out" 2>&1 &
p2=$!
wait $p1
r1=$?
wait $p2
r2=$?
checks=$((checks + 1))
[ $r1 = 0 ] && [ $r2 = 0 ] || fail "concurrent runs exited $r1 and $r2: $(cat "$T/a.out" "$T/b.out")"
checks=$((checks + 1))
[ "$(ls "$D2" | grep -c '\.meta$')" = 1 ] || fail "concurrent runs made $(ls "$D2" | grep -c '\.meta$') episodes"
checks=$((checks + 1))
ls -a "$D2" | grep -q '^\.breve-' && fail "a temporary file was left"
run 0 xmllint --noout "$D2/feed.xml"
checks=$((checks + 1))
[ "$(xmllint --xpath 'count(//item)' "$D2/feed.xml")" = 1 ] || fail "concurrent: not one item"

# a lock held by another process: the run waits, then gives up
if command -v flock >/dev/null 2>&1; then
  flock "$D2/.lock" sleep 3 &
  holder=$!
  sleep 0.5
  run 1 "$BREVE" episode "$T/04-budget.txt" -o "$D2" --sentences 1 --wait 1
  err_is "lock"
  wait $holder
  run 0 "$BREVE" episode "$T/04-budget.txt" -o "$D2" --sentences 1 --date 2026-11-28 -q
fi
finish
