#!/bin/sh
# The CLI under valgrind: no leak, no invalid read or write, no use of
# uninitialised memory on the text commands, an HTML page, a feed and a
# short brief. Skipped (77) when valgrind is not installed. No
# suppression: libespeak-ng, as called by breve, leaks nothing either.
. "$(dirname "$0")/lib.sh"
if ! command -v valgrind >/dev/null 2>&1; then
  echo "valgrind.sh: valgrind is not installed; skipped" >&2
  exit 77
fi
A=$SRC/examples/article-tramway.txt
VG="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99"

# vg EXPECTED_EXIT ARGS...: runs breve ARGS under valgrind
vg() {
  want=$1
  shift
  checks=$((checks + 1))
  $VG "$BREVE" "$@" >"$T/out" 2>"$T/err"
  got=$?
  if [ "$got" = 99 ]; then
    fail "valgrind errors: breve $*"
    grep '^==' "$T/err" | head -40 >&2
  elif [ "$got" != "$want" ]; then
    fail "exit $got (want $want): breve $*"
    head -5 "$T/err" >&2
  fi
}

cat >"$T/page.html" <<'HTML'
<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Crue | Journal</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"La crue inquiete","author":{"name":"Marc Petit"}}</script></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>La crue inquiete les riverains</h1>
<p>Le niveau de la riviere a atteint 5,20 m dimanche. Les pompiers ont evacue trente maisons.</p>
<p>La prefecture demande la prudence &amp; ferme deux routes.</p></article></body></html>
HTML
cat >"$T/feed.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Journal</title>
<item><title>Budget voté</title><description>Le conseil a voté 2,4 millions d'euros. Les travaux commencent en été.</description></item>
<item><title>Grève</title><description><![CDATA[<p>Un train sur deux circule ce matin. Le trafic reprend demain.</p>]]></description></item>
</channel></rss>
XML
printf 'Le 14 juillet 2024, 1 234 personnes ont payé 12,50 € à 20 h 30.\nM. Dupont, du XVe, a 3 %% de parts.\n' >"$T/norm.txt"

vg 0 summarize "$A"
vg 0 summarize --words 40 "$T/page.html"
vg 0 summarize "$T/feed.xml"
vg 0 extract "$A"
vg 0 extract "$T/page.html"
vg 0 normalize "$T/norm.txt"
vg 0 normalize --ssml "$T/norm.txt"
vg 1 summarize "$T/missing.txt"
vg 2 brief "$A"
vg 0 brief "$A" -o "$T/b.wav" --sentences 1 -q
vg 0 brief "$A" -o "$T/b.mp3" --sentences 1 --loudness -16 --transcript "$T/b.vtt" -q
finish
