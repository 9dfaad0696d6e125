#!/bin/sh
# Hostile inputs: what breve does with text nobody checked (huge, binary,
# malformed, deeply nested, entity bombs, external entities, over-long
# sentences, words and numbers), plus the safety rules: no network, no
# shelling out, sanitised output names. Every case ends in bounded time
# with either a result or one clear line on stderr and exit 1.
. "$(dirname "$0")/lib.sh"

# gen FILE PYTHON-EXPR: writes the value of a Python expression (stdlib
# only) to FILE; the big inputs are generated, never stored.
gen() {
  python3 -c "import sys; sys.stdout.write($2)" >"$1"
}

# within SECONDS CMD...: like run 0/1 but also fails when CMD takes longer.
within() {
  lim=$1
  shift
  start=$(date +%s)
  "$@" >"$T/out" 2>"$T/err"
  got=$?
  took=$(($(date +%s) - start))
  checks=$((checks + 1))
  [ "$took" -le "$lim" ] || fail "took ${took}s (limit ${lim}s): $*"
  return $got
}

if ! command -v python3 >/dev/null 2>&1; then
  echo "hostile.sh: python3 is needed to generate the inputs" >&2
  exit 77
fi

# --- size limits ------------------------------------------------------
gen "$T/big.txt" "'Titre\n\n' + ('Une phrase de remplissage assez longue. ' * 30 + '\n\n') * 2000"
run 1 "$BREVE" summarize --max-input 1M "$T/big.txt"
err_is "too large"
run 1 "$BREVE" summarize --max-input 1k - <"$T/big.txt"
err_is "too large"
# 300,000 one-line paragraphs (9 MB, under the default 16 MiB limit): the
# summary is linear, not quadratic (it took minutes before)
gen "$T/lines.txt" "'Titre\n\n' + ''.join('Phrase numero %d du texte.\n' % i for i in range(300000))"
within 60 "$BREVE" summarize "$T/lines.txt" || fail "300,000 lines: exit $?"
# a 2 MB sentence without a full stop
gen "$T/longsent.txt" "'Titre\n\n' + 'mot ' * 500000 + '.\n'"
within 30 "$BREVE" summarize "$T/longsent.txt" || fail "long sentence: exit $?"

# --- not text ---------------------------------------------------------
head -c 65536 /dev/urandom >"$T/random.bin"
run 1 "$BREVE" summarize "$T/random.bin"
err_is "random.bin"
printf 'Titre\n\nUne phrase.\000Suite.\n' >"$T/nul.txt"
run 1 "$BREVE" extract "$T/nul.txt"
err_is "binary data"
printf 'Titre\n\nUne phrase en Latin-1 : \351t\351.\n' >"$T/latin1.txt"
run 1 "$BREVE" extract "$T/latin1.txt"
err_is "invalid UTF-8"
printf 'Titre\n\nUne phrase avec \355\240\200 un demi-substitut.\n' >"$T/surrogate.txt"
run 1 "$BREVE" extract "$T/surrogate.txt"
err_is "invalid UTF-8"
printf 'Titre\n\nLe \342\200\256 texte \342\200\217 et des \033[31m couleurs.\n' >"$T/bidi.txt"
run 0 "$BREVE" extract "$T/bidi.txt"

# --- HTML -------------------------------------------------------------
gen "$T/deep.html" "'<div>' * 100000 + '<p>Une phrase au fond. Une autre phrase.</p>' + '</div>' * 100000"
within 20 "$BREVE" extract "$T/deep.html"
[ $? -eq 1 ] || fail "100,000 nested elements: exit 1 expected"
err_is "nested deeper"
gen "$T/ents.html" "'<html><body><p>' + '&eacute;&amp;&#233;&#x1F600;' * 200000 + '</p></body></html>'"
within 20 "$BREVE" extract "$T/ents.html" || fail "many entities: exit $?"
cat >"$T/dtd.html" <<'EOF'
<!DOCTYPE html [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<html><body><article><h1>Le titre de la page</h1>
<p>&d;&d;&d; Le conseil a vote le budget mardi soir, sans surprise.</p>
<p>Les travaux commencent en juin et dureront deux ans au moins.</p></article></body></html>
EOF
within 10 "$BREVE" extract "$T/dtd.html"
checks=$((checks + 1))
[ "$(wc -c <"$T/out")" -lt 10000 ] || fail "HTML entities declared by the page were expanded"
gen "$T/tags.html" "'<html><body>' + '<p>Un paragraphe court.</p>' * 100000 + '</body></html>'"
within 30 "$BREVE" summarize "$T/tags.html" || fail "100,000 paragraphs of HTML: exit $?"

# --- feeds ------------------------------------------------------------
cat >"$T/laughs.xml" <<'EOF'
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>
<rss version="2.0"><channel><title>T</title><item><title>Rire</title><description>&h; Une phrase.</description></item></channel></rss>
EOF
within 10 "$BREVE" summarize "$T/laughs.xml"
[ $? -eq 1 ] || fail "billion laughs feed: exit 1 expected"
err_is "laughs.xml"
# external entities: a local file and a URL are never read
cat >"$T/xxe.xml" <<EOF
<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY x SYSTEM "file://$T/secret.txt"><!ENTITY y SYSTEM "http://127.0.0.1:9/x">]>
<rss version="2.0"><channel><title>T</title><item><title>Entites externes</title>
<description>Avant &x; et &y; apres. Une phrase complete ici.</description></item></channel></rss>
EOF
echo "MOT-DE-PASSE-SECRET" >"$T/secret.txt"
within 10 "$BREVE" summarize "$T/xxe.xml"
out_lacks "MOT-DE-PASSE-SECRET"
gen "$T/many.xml" "'<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>' + ''.join('<item><title>Article %d</title><description>Une phrase numero %d du flux.</description></item>' % (i, i) for i in range(20000)) + '</channel></rss>'"
within 30 "$BREVE" summarize "$T/many.xml" || fail "20,000 items: exit $?"
checks=$((checks + 1))
items=$(grep -c '^# ' "$T/out")
[ "$items" -le 500 ] || fail "feed item limit: $items items read"

# --- speech limits (what espeak-ng is handed) -------------------------
gen "$T/num.txt" "'Le total atteint ' + '7' * 5000 + ' euros.\n'"
within 10 "$BREVE" normalize "$T/num.txt" || fail "5000-digit number: exit $?"
checks=$((checks + 1))
[ "$(wc -w <"$T/out")" -lt 200 ] || fail "a 5000-digit number is read in $(wc -w <"$T/out") words"
gen "$T/token.txt" "'Une tempete\n\nLe vent souffle ' + 'a' * 200000 + ' ce soir. La mer est forte sur la cote.\n'"
within 60 "$BREVE" brief "$T/token.txt" --full -o "$T/token.wav" -q || fail "200 kB word: exit $?"
if [ -f "$T/token.wav" ]; then
  # the 200,000-letter word is left out: a few seconds, not minutes
  "$AUDIO_CHECK" "$T/token.wav" --max 30 >/dev/null 2>&1 ||
    fail "the over-long word was spoken ($("$AUDIO_CHECK" "$T/token.wav" 2>&1 | head -1))"
fi

# --- safety -----------------------------------------------------------
# no shelling out, no network from the parsers
checks=$((checks + 1))
if grep -rnE '\b(system|popen|execl|execlp|execle|execv|execvp|execvpe|posix_spawn)[[:space:]]*\(' \
    "$SRC/src" >"$T/grep" 2>/dev/null; then
  fail "the code runs other programs:"
  cat "$T/grep" >&2
fi
checks=$((checks + 1))
for f in "$SRC"/src/input/*.c "$SRC"/src/podcast/*.c; do
  grep -nE '(htmlRead|xmlRead|xmlCtxtRead|htmlCtxtRead)[A-Za-z]*\(' "$f" >/dev/null 2>&1 || continue
  # the file's parser options include NONET (no network access)
  grep -q 'PARSE_NONET' "$f" || fail "a libxml2 parse without NONET in $f"
  grep -n 'XML_PARSE_NOENT\|XML_PARSE_DTDLOAD\|XML_PARSE_HUGE\|HTML_PARSE_HUGE' "$f" | grep -v '^\s*[0-9]*:\s*/\?\*' |
    grep -v 'No XML_PARSE_NOENT\|no XML_PARSE_HUGE' >"$T/grep"
  [ -s "$T/grep" ] && fail "entity expansion, DTD loading or huge mode in $f: $(cat "$T/grep")"
done

# output names: batch names each output after its article file, sanitised
mkdir -p "$T/in" "$T/bout"
for name in '..' '...txt' '.cache' "$(printf 'a\033[2Jb')" "$(printf 'nl\nname')" '-rf' 'x y'; do
  printf 'Titre\n\nUne phrase pour le fichier. Une autre phrase.\n' >"$T/in/$name.txt" 2>/dev/null || true
done
run 0 "$BREVE" batch "$T/in" -o "$T/bout" --jobs 1 --sentences 1 --format wav -q
checks=$((checks + 1))
find "$T/bout" -name '*.wav' >"$T/names"
# (files whose names start with a dot are not articles: skipped)
[ "$(wc -l <"$T/names")" -ge 4 ] || fail "batch wrote $(wc -l <"$T/names") files"
if LC_ALL=C grep -n '[[:cntrl:]]\|/\.[^/]*$' "$T/names" >/dev/null; then
  fail "unsafe output names:"
  cat "$T/names" >&2
fi
checks=$((checks + 1))
[ -z "$(find "$T" -maxdepth 1 -newer "$T/in" -name '*.wav')" ] || fail "batch wrote outside its folder"

finish
