/* Fuzz target: the RSS/Atom feed reader (breve_feed_parse), and the
 * summary path on each item it returns. */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  breve_options opts;
  breve_options_init(&opts);
  breve_feed feed;
  breve_error err;
  breve_status st = breve_feed_parse(in, size, &opts, &feed, &err);
  if (st != BREVE_OK && err.message[0] == '\0')
    abort();
  if (st == BREVE_OK) {
    if (feed.n_items > BREVE_FEED_MAX_ITEMS)
      abort();
    for (size_t i = 0; i < feed.n_items; i++) {
      breve_sentences s;
      breve_selection sel;
      memset(&s, 0, sizeof s);
      memset(&sel, 0, sizeof sel);
      if (feed.items[i].n_paragraphs &&
          breve_split(&feed.items[i], &opts, &s, &err) == BREVE_OK)
        breve_summarize(&feed.items[i], &s, &opts, &sel, &err);
      breve_selection_free(&sel);
      breve_sentences_free(&s);
    }
  }
  breve_feed_free(&feed);
  free(in);
  return 0;
}
