/* Internal interface of the normaliser: French number words. */
#ifndef BREVE_TEXT_NORMALIZE_H
#define BREVE_TEXT_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "core/core.h"

/* breve_normalize() with an explicit word check (breve_lexicon_set_check),
 * for callers that own the engine: breve_brief_render() and episodes ask
 * their own synthesiser, whatever the lexicon carries. */
breve_status breve_normalize_with(const char *text, size_t len,
                                  const breve_lexicon *lex, unsigned flags,
                                  breve_word_check check, void *check_ctx,
                                  char **out, breve_error *err);

/* Largest value breve_fr_cardinal spells (below a trillion of billions). */
#define BREVE_FR_MAX 999999999999999999ULL

/* Appends the French words of `n` (at most BREVE_FR_MAX) to `b`:
 * "quatre-vingt-dix-sept", "deux cents", "vingt et un". With `fem` a final
 * "un" becomes "une" (vingt et une heures). */
void breve_fr_cardinal(breve_buf *b, uint64_t n, int fem);

/* Appends the ordinal of `n` (n >= 1): premier/première, deuxième,
 * vingt et unième, centième, un milliardième. `plural` adds the final s. */
void breve_fr_ordinal(breve_buf *b, uint64_t n, int fem, int plural);

/* The name of month m (1 to 12: "janvier") and of weekday wd (0 to 6,
 * Sunday first: "dimanche"). */
const char *breve_fr_month(int m);
const char *breve_fr_weekday(int wd);

/* Appends each digit of s[0..n) as a word ("zéro deux"), space separated. */
void breve_fr_digits(breve_buf *b, const char *s, size_t n);

/* Appends the denominator of a fraction: demi, tiers, quart, cinquième,
 * with a plural s when `plural`. */
void breve_fr_denominator(breve_buf *b, uint64_t d, int plural);

/* Value of the Roman numeral s[0..n) (upper case, canonical form only:
 * "IIII" or "IC" are refused), or 0 when it is not one. */
unsigned breve_fr_roman(const char *s, size_t n);

/* Parses up to 18 ASCII digits; returns 0 and leaves *v alone when there
 * are more or none. */
int breve_fr_parse_u64(const char *s, size_t n, uint64_t *v);

/* The word of the system's French word list that `f` (n letters a-z)
 * spells without its accents: "sante" is "santé". NULL when the list has
 * none, has the word as written too ("marche"), or two spellings with as
 * few accents ("peche"); NULL too without the list ($BREVE_WORDLIST, else
 * /usr/share/dict/french, read once at the first call). */
const char *breve_accented(const char *f, size_t n);

/* Whether the system's French word list holds a word spelled f (n letters
 * a-z) with or without its accents ("prenoms": prénoms); 0 without the
 * list. */
int breve_fr_known(const char *f, size_t n);

#endif
