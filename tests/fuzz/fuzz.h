/* Shared helpers of the fuzz targets: each target defines
 * LLVMFuzzerTestOneInput; the same source links with libFuzzer (clang,
 * -fsanitize=fuzzer) or with replay.c (any compiler, under ctest). */
#ifndef BREVE_FUZZ_H
#define BREVE_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "breve.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs beyond this size only slow the fuzzer down without reaching new
 * code; the size limit itself is tested by the CLI tests. */
#define FUZZ_MAX_INPUT (64u * 1024u)

/* A copy of `data` in a buffer of exactly `size` bytes (no terminating
 * NUL), so that any read past the end is caught by AddressSanitizer; NULL
 * (skip the input) beyond FUZZ_MAX_INPUT. */
static inline char *fuzz_copy(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT)
    return NULL;
  char *p = malloc(size ? size : 1);
  if (p && size)
    memcpy(p, data, size);
  return p;
}

/* Parses `in` as an article of `kind`; every failure must carry a
 * message. */
static inline breve_status fuzz_parse(const char *in, size_t size,
                                      breve_input_kind kind,
                                      breve_article *a) {
  breve_options opts;
  breve_error err;
  breve_options_init(&opts);
  opts.input_kind = kind;
  breve_status st = breve_article_parse(in, size, &opts, a, &err);
  if (st != BREVE_OK && err.message[0] == '\0')
    abort();
  return st;
}

#endif
