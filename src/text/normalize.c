/* Speakable French: rewrites text into what espeak-ng should say. */
#include <string.h>

#include "core/core.h"

struct breve_lexicon {
  int unused;
};

breve_status breve_lexicon_load(const char *user_file, breve_lexicon **out,
                                breve_error *err) {
  (void)user_file;
  *out = breve_calloc(1, sizeof **out);
  return *out ? BREVE_OK : breve_error_set(err, BREVE_ERR_NOMEM, NULL);
}

void breve_lexicon_free(breve_lexicon *lex) { breve_free(lex); }

breve_status breve_normalize(const char *text, size_t len,
                             const breve_lexicon *lex, unsigned flags,
                             char **out, breve_error *err) {
  (void)lex, (void)flags;
  breve_buf b = {0};
  breve_buf_put(&b, text, len);
  *out = breve_buf_detach(&b);
  return *out ? BREVE_OK : breve_error_set(err, BREVE_ERR_NOMEM, NULL);
}
