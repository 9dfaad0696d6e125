#!/bin/sh
# Bad input and failed runs: one line on stderr naming the file, exit 1,
# no file left behind, nothing good overwritten.
. "$(dirname "$0")/lib.sh"
A=$SRC/examples/article-tramway.txt

run 1 "$BREVE" brief "$T/missing.txt" -o "$T/o.wav"
err_is "missing.txt: no such file"
[ -e "$T/o.wav" ] && fail "output left after a failure"

mkdir "$T/dir"
run 1 "$BREVE" summarize "$T/dir"
err_is "dir: is a directory"

: >"$T/empty.txt"
run 1 "$BREVE" brief "$T/empty.txt" -o "$T/o.wav"
err_is "empty.txt: empty input"

printf '  \n\t\n   \n' >"$T/blank.txt"
run 1 "$BREVE" summarize "$T/blank.txt"
err_is "blank.txt: empty input"

printf 'Un titre\n\nUne phrase en Latin-1 : caf\351 cr\350me.\n' >"$T/latin1.txt"
run 1 "$BREVE" summarize "$T/latin1.txt"
err_is "latin1.txt: invalid UTF-8 at byte"

head -c 3000 /dev/urandom >"$T/random.bin"
printf '\0\0\0' >>"$T/random.bin"
run 1 "$BREVE" brief "$T/random.bin" -o "$T/o.wav"
err_is "random.bin: "
[ -e "$T/o.wav" ] && fail "output left after binary input"

# a 50 MB file is refused by the default limit, quickly
yes "Le conseil municipal a voté le budget de la ville pour l'an prochain." |
  head -c 52428800 >"$T/big.txt"
run 1 "$BREVE" summarize "$T/big.txt"
err_is "big.txt: file is too large"
rm -f "$T/big.txt"

# --max-input lowers it
run 1 "$BREVE" summarize --max-input 1k "$A"
err_is "too large"

# no sentence punctuation at all: still spoken
printf 'alerte crue sur la vallée de la Nive les habitants des quartiers bas sont invités à rester chez eux jusqu à nouvel ordre\n' >"$T/nopunct.txt"
run 0 "$BREVE" summarize "$T/nopunct.txt"
out_has "alerte crue"

# only page furniture: nothing to say
printf '© Agence\nPar Jean Martin\nPartager\n' >"$T/furniture.txt"
run 1 "$BREVE" summarize "$T/furniture.txt"
err_is "furniture.txt: no article text"

# unknown voice, and a voice file with a typo
run 1 "$BREVE" brief "$A" -o "$T/o.wav" --voice nobody
err_is "nobody: unknown voice"
printf 'espeak_voice = fr\nrait = 170\n' >"$T/bad.voice"
run 1 "$BREVE" brief "$A" -o "$T/o.wav" --voice "$T/bad.voice"
err_is "bad.voice:2: unknown key 'rait'"
[ -e "$T/o.wav" ] && fail "output left after a voice error"

# unwritable output folder
run 1 "$BREVE" brief "$A" -o "$T/no/such/dir/o.wav"
err_is "o.wav: cannot write here"
if [ "$(id -u)" -ne 0 ]; then
  mkdir "$T/ro" && chmod 555 "$T/ro"
  run 1 "$BREVE" brief "$A" -o "$T/ro/o.wav"
  err_is "cannot write here"
fi

# a failed run never damages a good output
echo "previous brief" >"$T/keep.wav"
run 1 "$BREVE" brief "$T/empty.txt" -o "$T/keep.wav"
grep -q "previous brief" "$T/keep.wav" || fail "existing output damaged"
ls -a "$T" | grep -q '^\.breve-' && fail "temporary file left behind"

# a full disk
if [ -w /dev/full ]; then
  "$BREVE" brief "$A" -o - --format wav >/dev/full 2>"$T/err"
  [ $? -eq 1 ] || fail "writing to /dev/full does not fail"
fi
finish
