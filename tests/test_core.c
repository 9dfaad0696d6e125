/* Core helpers: the linear-time sort of 32-bit keys, against qsort. */
#include <stdlib.h>

#include "core/core.h"
#include "harness.h"

static int S_cmp(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

int main(void) {
  uint32_t state = 12345;
  /* sizes on both sides of the insertion-sort cut, with repeats, the
   * extremes and a sorted and a reversed run */
  for (size_t n = 0; n < 2500; n = n < 64 ? n + 1 : n * 3 / 2) {
    uint32_t *a = malloc((n + 1) * sizeof *a), *b = malloc((n + 1) * sizeof *b);
    for (size_t i = 0; i < n; i++) {
      state = state * 1664525u + 1013904223u;
      uint32_t x = i % 11 == 0 ? 0xFFFFFFFFu : i % 13 == 0 ? 0 : state;
      if (i % 5 == 0)
        x = state & 0xFF; /* repeats */
      a[i] = b[i] = x;
    }
    breve_sort_u32(a, n);
    qsort(b, n, sizeof *b, S_cmp);
    int same = 1;
    for (size_t i = 0; i < n; i++)
      same &= a[i] == b[i];
    OK(same, "sort of %zu keys differs from qsort", n);
    for (size_t i = 0; i < n; i++)
      a[i] = (uint32_t)(n - i);
    breve_sort_u32(a, n);
    int sorted = 1;
    for (size_t i = 1; i < n; i++)
      sorted &= a[i - 1] <= a[i];
    OK(sorted, "reversed run of %zu keys not sorted", n);
    free(a);
    free(b);
  }
  return harness_summary("test_core");
}
