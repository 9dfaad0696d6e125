/* Fuzz target: the normaliser (breve_normalize). The first byte selects
 * the options: bit 0 SSML output, bit 1 with the bundled lexicon, bit 2
 * with a word check standing in for espeak-ng (it calls every word with a
 * "th" or a final y English, so the respelling runs on whatever comes),
 * bit 3 BREVE_OPT_ESPEAK_FIXES. */
#include "fuzz.h"

static breve_lexicon *S_lex;

static int S_check(void *ctx, const char *w, size_t n) {
  (void)ctx;
  for (size_t i = 0; i + 1 < n; i++)
    if (w[i] == 't' && w[i + 1] == 'h')
      return 1;
  return n && (w[n - 1] == 'y' || w[n - 1] == 'd');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > FUZZ_MAX_INPUT)
    return 0;
  unsigned opt = data[0];
  data++, size--;
  if ((opt & 2) && !S_lex) {
    breve_error e;
    if (breve_lexicon_load(NULL, &S_lex, &e) != BREVE_OK)
      S_lex = NULL; /* fuzz without it rather than stop */
  }
  if (S_lex)
    breve_lexicon_set_check(S_lex, (opt & 4) ? S_check : NULL, NULL);
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  char *out = NULL;
  breve_error err;
  breve_status st =
      breve_normalize(in, size, (opt & 2) ? S_lex : NULL,
                      ((opt & 1) ? BREVE_OPT_SSML : 0) |
                          ((opt & 8) ? BREVE_OPT_ESPEAK_FIXES : 0),
                      &out, &err);
  if (st == BREVE_OK && !out)
    abort();
  if (st == BREVE_OK && !(opt & 1) && memchr(in, '\0', size) == NULL) {
    /* plain output keeps the input's line count */
    size_t lin = 0, lout = 0;
    for (size_t i = 0; i < size; i++)
      lin += in[i] == '\n';
    for (const char *p = out; *p; p++)
      lout += *p == '\n';
    if (lin != lout)
      abort();
  }
  breve_free(out);
  free(in);
  return 0;
}
