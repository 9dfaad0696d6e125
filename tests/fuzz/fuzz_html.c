/* Fuzz target: the HTML article reader (breve_article_parse with
 * BREVE_INPUT_HTML). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  breve_options opts;
  breve_options_init(&opts);
  opts.input_kind = BREVE_INPUT_HTML;
  breve_article a;
  breve_error err;
  breve_status st = breve_article_parse(in, size, &opts, &a, &err);
  if (st != BREVE_OK && err.message[0] == '\0')
    abort();
  breve_article_free(&a);
  free(in);
  return 0;
}
