/* Fuzz target: the plain-text article loader and the boilerplate filter
 * (breve_article_parse with BREVE_INPUT_TEXT). */
#include "fuzz.h"

#include "core/core.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  breve_article a;
  if (fuzz_parse(in, size, BREVE_INPUT_TEXT, &a) == BREVE_OK) {
    /* paragraphs are non-empty, valid UTF-8, pieces of the input */
    if (a.n_paragraphs == 0)
      abort();
    for (size_t i = 0; i < a.n_paragraphs; i++) {
      size_t n = strlen(a.paragraphs[i]);
      if (n == 0 || n > size || breve_utf8_validate(a.paragraphs[i], n) != n)
        abort();
    }
    if (a.title && breve_utf8_validate(a.title, strlen(a.title)) !=
                       strlen(a.title))
      abort();
  }
  breve_article_free(&a);
  free(in);
  return 0;
}
