/* Fuzz target: the summary path, article text -> sentences -> selection.
 * The first byte picks the budget: sentences, words, seconds or full. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1 || size > FUZZ_MAX_INPUT)
    return 0;
  unsigned sel_byte = data[0];
  data++, size--;
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  breve_options opts;
  breve_options_init(&opts);
  opts.input_kind = BREVE_INPUT_TEXT;
  switch (sel_byte & 3) {
  case 0:
    opts.max_sentences = 1 + (int)(sel_byte >> 2) % 8;
    break;
  case 1:
    opts.max_words = 1 + (int)(sel_byte >> 2) * 4;
    break;
  case 2:
    opts.max_seconds = 1 + (sel_byte >> 2);
    break;
  default:
    opts.flags |= BREVE_OPT_FULL;
    break;
  }
  breve_article a;
  breve_sentences s;
  breve_selection sel;
  breve_error err;
  memset(&s, 0, sizeof s);
  memset(&sel, 0, sizeof sel);
  if (breve_article_parse(in, size, &opts, &a, &err) == BREVE_OK &&
      breve_split(&a, &opts, &s, &err) == BREVE_OK &&
      breve_summarize(&a, &s, &opts, &sel, &err) == BREVE_OK) {
    /* chosen indices are valid, distinct and in document order */
    for (size_t k = 0; k < sel.n_chosen; k++) {
      if (sel.chosen[k] >= s.count)
        abort();
      if (k && sel.chosen[k] <= sel.chosen[k - 1])
        abort();
    }
    for (size_t k = 0; k < sel.n_ranking; k++)
      if (sel.ranking[k] >= s.count)
        abort();
  }
  breve_selection_free(&sel);
  breve_sentences_free(&s);
  breve_article_free(&a);
  free(in);
  return 0;
}
