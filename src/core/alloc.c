/* The one place memory is allocated. */
#include <stdlib.h>
#include <string.h>

#include "core.h"

void *breve_malloc(size_t size) { return malloc(size ? size : 1); }

void *breve_calloc(size_t n, size_t size) {
  return calloc(n ? n : 1, size ? size : 1);
}

void *breve_realloc(void *ptr, size_t size) {
  return realloc(ptr, size ? size : 1);
}

void breve_free(void *ptr) { free(ptr); }

char *breve_strndup(const char *s, size_t n) {
  char *d = breve_malloc(n + 1);
  if (!d)
    return NULL;
  memcpy(d, s, n);
  d[n] = '\0';
  return d;
}

char *breve_strdup(const char *s) { return breve_strndup(s, strlen(s)); }
