/* Fuzz target: the HTML article reader (breve_article_parse with
 * BREVE_INPUT_HTML). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  breve_article a;
  fuzz_parse(in, size, BREVE_INPUT_HTML, &a);
  breve_article_free(&a);
  free(in);
  return 0;
}
