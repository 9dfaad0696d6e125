/* Fuzz target: the French sentence splitter (breve_split_text). */
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char *in = fuzz_copy(data, size);
  if (!in)
    return 0;
  breve_sentences s;
  breve_error err;
  memset(&s, 0, sizeof s);
  if (breve_split_text(in, size, &s, &err) == BREVE_OK) {
    for (size_t i = 0; i < s.count; i++) {
      /* a sentence is a piece of the input: never longer than it */
      if (strlen(s.items[i].text) > size)
        abort();
      if (s.items[i].index != i)
        abort();
    }
  }
  breve_sentences_free(&s);
  free(in);
  return 0;
}
