/* Sorting of 32-bit keys in linear time: the summarizer sorts every word
 * stem of an article, and qsort's n log n made a ten times longer article
 * cost more than ten times as much. */
#include <stdlib.h>
#include <string.h>

#include "core/core.h"

static int S_cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

void breve_sort_u32(uint32_t *v, size_t n) {
  if (n < 2)
    return;
  if (n <= 48) {
    /* insertion sort: a sentence's few stems */
    for (size_t i = 1; i < n; i++) {
      uint32_t x = v[i];
      size_t j = i;
      for (; j > 0 && v[j - 1] > x; j--)
        v[j] = v[j - 1];
      v[j] = x;
    }
    return;
  }
  uint32_t *tmp = breve_malloc(n * sizeof *tmp);
  if (!tmp) {
    qsort(v, n, sizeof *v, S_cmp_u32); /* no memory to spare: in place */
    return;
  }
  /* least significant byte first, four stable counting passes */
  uint32_t *src = v, *dst = tmp;
  for (int shift = 0; shift < 32; shift += 8) {
    size_t count[257] = {0};
    for (size_t i = 0; i < n; i++)
      count[((src[i] >> shift) & 0xFF) + 1]++;
    for (int b = 0; b < 256; b++)
      count[b + 1] += count[b];
    for (size_t i = 0; i < n; i++)
      dst[count[(src[i] >> shift) & 0xFF]++] = src[i];
    uint32_t *t = src;
    src = dst, dst = t;
  }
  /* after an even number of passes the result is back in v */
  breve_free(tmp);
}
