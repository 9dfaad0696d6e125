#!/bin/sh
# breve extract, summarize and brief on HTML pages and feeds: what a user
# sees on stdout and stderr, and the exit codes.
. "$(dirname "$0")/lib.sh"
H=$SRC/tests/data/html
F=$SRC/tests/data/feeds

# a page: header lines, a blank line, the body without the furniture
run 0 "$BREVE" extract "$H/nested.html"
checks=$((checks + 1))
[ "$(head -n 1 "$T/out")" = "title: La médiathèque de Saint-Aubin rouvre ses portes" ] ||
  fail "first line: $(head -n 1 "$T/out")"
out_has "^byline: Claire Dumont$"
out_has "^date: 2026-03-14"
out_has "^Après dix-huit mois de travaux"
out_lacks "Partager"
out_lacks "cookies"
out_lacks "Les plus lus"
out_lacks "Lire aussi"

# the same page from stdin, the kind forced
run 0 sh -c "\"$BREVE\" extract --input html - < \"$H/nested.html\""
out_has "^title: La médiathèque"

# a Latin-1 page comes out in UTF-8
run 0 "$BREVE" extract "$H/latin1.html"
out_has "place de l'Église"

# the key sentences of a page
run 0 "$BREVE" summarize --sentences 2 "$H/nested.html"
checks=$((checks + 1))
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "summarize --sentences 2: $(wc -l <"$T/out") lines"
out_lacks "cookies"

# a feed: summarize gives a header per item, then its key sentences
run 0 "$BREVE" summarize "$F/rss.xml"
out_has "^# Le pont de la Roche fermé trois semaines$"
out_has "^# Un record de fréquentation & d'affluence au salon du livre$"
out_has "^Le salon du livre jeunesse a accueilli"
checks=$((checks + 1))
[ "$(grep -c '^# ' "$T/out")" -eq 3 ] || fail "three item headers"
out_lacks "Partager"

run 0 "$BREVE" summarize --sentences 1 "$F/atom.xml"
checks=$((checks + 1))
[ "$(grep -vc '^# \|^$' "$T/out")" -eq 3 ] || fail "one sentence per Atom entry"

# extract on a feed: the feed's lines, then each item
run 0 "$BREVE" extract "$F/atom.xml"
out_has "^feed: Radio Val Info$"
out_has "^items: 3$"
out_has "^title: Le conseil municipal adopte le budget$"
out_has "^L'opposition a voté contre"

# hostile and wrong input: one clear line on stderr, exit 1, no stdout
run 1 "$BREVE" summarize "$F/billion-laughs.xml"
err_is "billion-laughs.xml: .*line"
checks=$((checks + 1))
[ ! -s "$T/out" ] || fail "stdout not empty on error"
run 1 "$BREVE" extract --input feed "$F/not-a-feed.xml"
err_is "not an RSS or Atom feed"
run 1 "$BREVE" extract --input html /dev/null
err_is "null"
printf '<html><body><nav><a href="/">Accueil</a></nav></body></html>' >"$T/empty.html"
run 1 "$BREVE" summarize "$T/empty.html"
err_is "empty.html: .*no article text"

# brief speaks a page and the first item of a feed
run 0 "$BREVE" brief "$H/nested.html" -o "$T/page.wav" -q --sentences 1
if [ -n "$AUDIO_CHECK" ] && [ -x "$AUDIO_CHECK" ]; then
  checks=$((checks + 1))
  "$AUDIO_CHECK" "$T/page.wav" --speech \
    --title "La médiathèque de Saint-Aubin rouvre ses portes" >/dev/null ||
    fail "audio of the page"
fi
run 0 "$BREVE" brief "$F/rss.xml" -o "$T/feed.wav" -q --sentences 1
checks=$((checks + 1))
[ -s "$T/feed.wav" ] || fail "no audio for the feed"

finish
