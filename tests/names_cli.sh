#!/bin/sh
# data/names.txt: places and people of the news espeak-ng misreads are
# respelled in what breve hands over, only as names (a capitalised word),
# whatever their accents; and espeak-ng then says them as anchors do.
. "$(dirname "$0")/lib.sh"

printf '%s\n' \
  'Le FC Metz reçoit Reims, puis Lens et Auxerre.' \
  'Laurent Wauquiez est passé par Vaulx-en-Velin et Aulnay-sous-Bois.' \
  'Un lot de Troyes, le Lot et les lois.' \
  'Jokic et Jokić, Victor Wembanyama et Teddy Riner.' \
  'METZ ET LENS.' >"$T/in.txt"
run 0 "$BREVE" normalize "$T/in.txt"
[ "$(wc -l <"$T/out")" -eq 5 ] || fail "five lines in, five lines out"
out_has "^Le F\.C messe reçoit rince, puis lanse et ausserre\.$"
# hyphenated places: only the word that needs it changes
out_has "^Laurent vokié est passé par vau-en-Velin et aunè-sous-Bois\.$"
# a name key leaves the common word alone
out_has "^Un lot de troi, le lotte et les lois\.$"
# accents breve folds match, the others are keys of their own
out_has "^iokitch et iokitch, Victor ouèmbaniama et Teddi rinère\.$"
out_has "^messe Et lanse\.$"

# the user's lexicon still wins over names.txt
printf 'Metz mètse\n' >"$T/lex.txt"
run 0 "$BREVE" normalize --lexicon "$T/lex.txt" "$T/in.txt"
out_has "^Le F\.C mètse reçoit rince"

# --ssml keeps the name as written, with what is said
run 0 "$BREVE" normalize --ssml "$T/in.txt"
out_has '<sub alias="messe">Metz</sub>'

# each key once, and none already in the word lexicon: a second entry
# would silently replace the first
keys() { grep -v '^#' "$1" | awk 'NF { print $1 }' | sort; }
keys "$SRC/data/names.txt" >"$T/names.keys"
keys "$SRC/data/lexicon.txt" | uniq >"$T/lex.keys"
checks=$((checks + 1))
dups=$(uniq -d "$T/names.keys")
[ -z "$dups" ] || fail "keys given twice in names.txt: $dups"
for f in lexicon.txt address-words.txt acronyms.txt; do
  checks=$((checks + 1))
  dups=$(keys "$SRC/data/$f" | uniq -d)
  [ -z "$dups" ] || fail "keys given twice in $f: $dups"
done
checks=$((checks + 1))
both=$(uniq "$T/names.keys" | comm -12 - "$T/lex.keys")
[ -z "$both" ] || fail "keys of names.txt already in lexicon.txt: $both"

if command -v espeak-ng >/dev/null 2>&1; then
  run 0 "$BREVE" normalize "$T/in.txt"
  ph=$(espeak-ng -v fr -q -x -f "$T/out")
  checks=$((checks + 1))
  case $ph in *"(en)"*) fail "read in English: $ph" ;; esac
  # Metz without its t, Auxerre without its x, Reims with its s
  checks=$((checks + 1))
  case $ph in *"m'Es "*) ;; *) fail "Metz is not [mEs]: $ph" ;; esac
  checks=$((checks + 1))
  case $ph in *"os'Er"*) ;; *) fail "Auxerre is not [osEr]: $ph" ;; esac
  checks=$((checks + 1))
  case $ph in *"r'E~s"*) ;; *) fail "Reims is not [rE~s]: $ph" ;; esac
  checks=$((checks + 1))
  case $ph in *"m'Ets"*|*oks*) fail "a silent letter is said: $ph" ;; esac
fi
finish
