/* A small test harness: checks count, failures print file:line and the
 * values, and the program exits non-zero when anything failed. */
#ifndef BREVE_HARNESS_H
#define BREVE_HARNESS_H

#include <stdio.h>
#include <string.h>

static int harness_run = 0, harness_failed = 0;

#define OK(cond, ...)                                                          \
  do {                                                                         \
    harness_run++;                                                             \
    if (!(cond)) {                                                             \
      harness_failed++;                                                        \
      fprintf(stderr, "%s:%d: FAIL: %s: ", __FILE__, __LINE__, #cond);         \
      fprintf(stderr, __VA_ARGS__);                                            \
      fputc('\n', stderr);                                                     \
    }                                                                          \
  } while (0)

#define INT_EQ(got, want, msg)                                                 \
  do {                                                                         \
    long long g_ = (long long)(got), w_ = (long long)(want);                   \
    harness_run++;                                                             \
    if (g_ != w_) {                                                            \
      harness_failed++;                                                        \
      fprintf(stderr, "%s:%d: FAIL: %s: got %lld, want %lld\n", __FILE__,      \
              __LINE__, msg, g_, w_);                                          \
    }                                                                          \
  } while (0)

#define STR_EQ(got, want, msg)                                                 \
  do {                                                                         \
    const char *g_ = (got), *w_ = (want);                                      \
    harness_run++;                                                             \
    if (!g_ || !w_ || strcmp(g_, w_) != 0) {                                   \
      harness_failed++;                                                        \
      fprintf(stderr, "%s:%d: FAIL: %s:\n   got: %s\n  want: %s\n", __FILE__, \
              __LINE__, msg, g_ ? g_ : "(null)", w_ ? w_ : "(null)");          \
    }                                                                          \
  } while (0)

static int harness_summary(const char *name) {
  fprintf(stderr, "%s: %d checks, %d failed\n", name, harness_run,
          harness_failed);
  return harness_failed ? 1 : 0;
}

#endif
