#!/bin/sh
# Every command of the CLI: output on stdout, help, versions, stdin.
. "$(dirname "$0")/lib.sh"
A=$SRC/examples/article-tramway.txt

run 0 "$BREVE" --help
out_has "Usage: breve"
out_has "Exit status"
[ -s "$T/err" ] && fail "--help wrote to stderr"

run 0 "$BREVE" --version
out_has "^breve [0-9]"
out_has "espeak-ng 1\."
out_has "libsndfile"

run 0 "$BREVE" voices
out_has "^claire .*female"
out_has "^paul .*male"

run 0 "$BREVE" summarize "$A"
out_has "ligne T3"
[ "$(wc -l <"$T/out")" -eq 3 ] || fail "summarize: default budget is 3 sentences"
out_lacks "Garnier"
out_lacks "piscine"
out_lacks "Partager"

run 0 "$BREVE" summarize --sentences 1 "$A"
[ "$(wc -l <"$T/out")" -eq 1 ] || fail "--sentences 1 gives one line"

run 0 "$BREVE" summarize --words 40 "$A"
words=$(wc -w <"$T/out")
[ "$words" -le 40 ] || fail "--words 40 gave $words words"

# stdin, with and without '-'
"$BREVE" summarize "$A" >"$T/file.txt"
cat "$A" | "$BREVE" summarize - >"$T/stdin.txt" || fail "summarize - failed"
cmp -s "$T/file.txt" "$T/stdin.txt" || fail "summarize - differs from the file"
cat "$A" | "$BREVE" summarize >"$T/stdin2.txt" || fail "summarize (no arg) failed"
cmp -s "$T/file.txt" "$T/stdin2.txt" || fail "summarize without argument does not read stdin"

# --dump: the text of a stage instead of audio, no -o needed
run 0 "$BREVE" brief "$A" --dump=summary --sentences 2
{ "$BREVE" extract "$A" | sed -n 's/^title: //p'; "$BREVE" summarize --sentences 2 "$A"; } >"$T/said.txt"
cmp -s "$T/out" "$T/said.txt" || fail "--dump=summary is not the headline and the summary"
run 0 "$BREVE" brief "$A" --dump=normalize --sentences 2
[ "$(wc -l <"$T/out")" -eq 3 ] || fail "--dump=normalize: one line per spoken sentence"
grep -q '[0-9]' "$T/out" && fail "--dump=normalize left digits for espeak-ng"
run 0 "$BREVE" brief "$A" --dump=split
[ "$(wc -l <"$T/out")" -gt 3 ] || fail "--dump=split: every sentence"
run 2 "$BREVE" brief "$A" --dump=audio
err_is "--dump"

# --lines: one article per line, one summary per line, in one process
for f in "$SRC"/examples/article-*.txt; do
  tr '\n' ' ' <"$f"
  echo
done >"$T/corpus.txt"
printf '\n' >>"$T/corpus.txt"
run 0 "$BREVE" summarize --lines --sentences 1 "$T/corpus.txt"
[ "$(wc -l <"$T/out")" -eq "$(wc -l <"$T/corpus.txt")" ] || fail "summarize --lines: not one output line per input line"
[ "$(grep -c . "$T/out")" -eq "$(ls "$SRC"/examples/article-*.txt | wc -l)" ] || fail "summarize --lines: an article without its summary"
tail -n 1 "$T/out" | grep -q . && fail "summarize --lines: a blank line should stay blank"
grep -q "Rédaction\|Par [A-Z]" "$T/out" && fail "summarize --lines: a byline or credit was kept"
printf 'Premier article. Il a deux phrases.\nsans ponctuation\n' >"$T/bad.txt"
run 1 "$BREVE" summarize --lines "$T/bad.txt"
err_is "bad.txt:2: no sentence to speak"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "summarize --lines: a failed line must still give its (blank) line"
run 2 "$BREVE" normalize --lines "$T/bad.txt"

# summary lines keep document order
first=$(sed -n 1p "$T/file.txt" | cut -c1-30)
grep -n -F "$first" "$A" >/dev/null || fail "summary line not from the article"

run 0 "$BREVE" extract "$A"
out_has "^title: Le tramway de Rivemont"
out_has "^byline: Hélène Garnier"
out_lacks "©"

printf 'Ligne une.\nLigne deux.\n' >"$T/two.txt"
run 0 "$BREVE" normalize "$T/two.txt"
[ "$(wc -l <"$T/out")" -eq 2 ] || fail "normalize keeps one line per input line"

run 0 "$BREVE" brief "$A" -o "$T/b.wav" --sentences 1
out_has "b.wav: .* s, 1 sentence"
[ -s "$T/b.wav" ] || fail "brief wrote nothing"
cat "$A" | "$BREVE" brief - -o "$T/stdin.wav" -q || fail "brief from stdin failed"
[ -s "$T/stdin.wav" ] || fail "brief from stdin wrote nothing"

# -o - needs --format; with it, audio goes to stdout
run 2 "$BREVE" brief "$A" -o -
err_is "needs --format"
"$BREVE" brief "$A" -o - --format wav --sentences 1 >"$T/pipe.wav" || fail "-o - --format wav failed"
head -c 4 "$T/pipe.wav" | grep -q RIFF || fail "stdout is not a WAV file"
# into a pipe, which cannot seek back to the header: every format
for f in wav flac opus mp3; do
  checks=$((checks + 1))
  "$BREVE" brief "$A" -o - --format $f --sentences 1 | cat >"$T/piped.$f" || fail "-o - --format $f into a pipe failed"
  "$AUDIO_CHECK" "$T/piped.$f" --speech --has-title >/dev/null || fail "piped $f does not read back"
done

# usage errors exit 2 with a hint
run 2 "$BREVE"
err_is "missing command"
grep -q "try 'breve --help'" "$T/err" || fail "usage error lacks the hint"
run 2 "$BREVE" frobnicate
err_is "unknown command"
run 2 "$BREVE" brief "$A"
err_is "missing -o"
run 2 "$BREVE" summarize --sentences zero "$A"
err_is "--sentences"
run 2 "$BREVE" brief "$A" -o "$T/x.wav" --format aiff
err_is "--format"
run 2 "$BREVE" summarize --bogus "$A"
finish
