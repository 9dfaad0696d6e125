/* Growable UTF-8 buffer used by every text stage. */
#include <stdio.h>
#include <string.h>

#include "core.h"

/* Makes room for `extra` more bytes plus the NUL. Returns 0 on failure and
 * marks the buffer. */
int breve_buf_grow(breve_buf *b, size_t extra) {
  if (b->oom)
    return 0;
  if (extra > SIZE_MAX / 2 - b->len) {
    b->oom = 1;
    return 0;
  }
  size_t need = b->len + extra + 1;
  if (need <= b->cap)
    return 1;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need)
    cap *= 2;
  char *p = breve_realloc(b->ptr, cap);
  if (!p) {
    b->oom = 1;
    return 0;
  }
  b->ptr = p;
  b->cap = cap;
  return 1;
}

void breve_buf_put(breve_buf *b, const char *s, size_t n) {
  if (!breve_buf_grow(b, n))
    return;
  if (n)
    memcpy(b->ptr + b->len, s, n);
  b->len += n;
  b->ptr[b->len] = '\0';
}

void breve_buf_puts(breve_buf *b, const char *s) { breve_buf_put(b, s, strlen(s)); }

void breve_buf_putc(breve_buf *b, char c) { breve_buf_put(b, &c, 1); }

void breve_buf_printf(breve_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0 || !breve_buf_grow(b, (size_t)n)) {
    if (n < 0)
      b->oom = 1;
    va_end(ap2);
    return;
  }
  vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap2);
  va_end(ap2);
  b->len += (size_t)n;
}

void breve_buf_clear(breve_buf *b) {
  b->len = 0;
  if (b->ptr)
    b->ptr[0] = '\0';
}

void breve_buf_free(breve_buf *b) {
  breve_free(b->ptr);
  b->ptr = NULL;
  b->len = b->cap = 0;
  b->oom = 0;
}

char *breve_buf_detach(breve_buf *b) {
  char *p;
  if (b->oom) {
    breve_buf_free(b);
    return NULL;
  }
  p = b->ptr ? b->ptr : breve_strdup("");
  b->ptr = NULL;
  b->len = b->cap = 0;
  return p;
}
