/* Internal helpers shared by every stage: allocation, buffers, UTF-8,
 * errors and data paths. */
#ifndef BREVE_CORE_H
#define BREVE_CORE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "breve.h"

/* Allocation goes through these three, so a hook can be added later. */
void *breve_malloc(size_t size);
void *breve_calloc(size_t n, size_t size);
void *breve_realloc(void *ptr, size_t size);
char *breve_strdup(const char *s);
char *breve_strndup(const char *s, size_t n);

/* A growable NUL-terminated UTF-8 buffer. A zeroed struct is an empty
 * buffer. After a failed append `oom` is set and further appends do
 * nothing, so callers check once at the end. */
typedef struct breve_buf {
  char *ptr;
  size_t len;
  size_t cap;
  int oom;
} breve_buf;

int breve_buf_grow(breve_buf *b, size_t extra);
void breve_buf_put(breve_buf *b, const char *s, size_t n);
void breve_buf_puts(breve_buf *b, const char *s);
void breve_buf_putc(breve_buf *b, char c);
void breve_buf_printf(breve_buf *b, const char *fmt, ...);
void breve_buf_clear(breve_buf *b);
void breve_buf_free(breve_buf *b);
/* Hands the content to the caller (an empty string when empty; NULL after
 * an allocation failure) and resets the buffer. */
char *breve_buf_detach(breve_buf *b);

/* Sorts v[0..n) in increasing order, in linear time (radix sort). */
void breve_sort_u32(uint32_t *v, size_t n);

/* Fills `err` (may be NULL) and returns `status`. */
breve_status breve_error_set(breve_error *err, breve_status status,
                             const char *fmt, ...);

/* UTF-8. */
/* Decodes one code point at s[0..n); returns its length in bytes (1..4),
 * or 0 when the sequence is invalid (then *cp is U+FFFD). */
size_t breve_utf8_decode(const char *s, size_t n, uint32_t *cp);
/* Encodes `cp`, returning the byte count (1..4). */
size_t breve_utf8_encode(uint32_t cp, char out[4]);
/* Returns the offset of the first invalid byte, or `n` when valid. */
size_t breve_utf8_validate(const char *s, size_t n);
/* Letter classes for French text (Latin-1 Supplement and Latin
 * Extended-A, plus œ and Œ). */
int breve_cp_is_upper(uint32_t cp);
int breve_cp_is_lower(uint32_t cp);
int breve_cp_is_letter(uint32_t cp);
int breve_cp_is_digit(uint32_t cp);
/* White space including no-break spaces. */
int breve_cp_is_space(uint32_t cp);
uint32_t breve_cp_to_lower(uint32_t cp);
/* Lower-cases a UTF-8 string and strips accents (é -> e, œ -> oe) into
 * `out`: used for matching words, never for speech. */
void breve_utf8_fold(const char *s, size_t n, breve_buf *out);

/* Counts the words (runs of letters or digits) of a UTF-8 string. */
/* Byte classes for loops that walk text without decoding it:
 * breve_byte_class[c] holds these bits. */
enum {
  BREVE_BYTE_SPACE = 1, /* ASCII white space */
  BREVE_BYTE_ALNUM = 2, /* ASCII letter or digit */
  BREVE_BYTE_QUIET = 4, /* ASCII that neither ends nor starts a sentence:
                           not ; . ! ? nor a capital */
  BREVE_BYTE_STEM = 8,  /* of a word stem in folded text: a-z, 0-9 and
                           every byte of a letter outside ASCII */
  BREVE_BYTE_LEX = 16   /* of a word of the lexical model: a-z, 0-9 */
};
extern const unsigned char breve_byte_class[256];

size_t breve_count_words(const char *s, size_t n);
/* The same, but stops counting past `max`: the count when it is at most
 * `max`, else some number above it (for tests like "at most 40 words"). */
size_t breve_count_words_max(const char *s, size_t n, size_t max);

/* Looks for `name` (relative, e.g. "voices") in $BREVE_DATA_DIR, the
 * source tree and the installed data folder; returns a static path. */
const char *breve_find_data(const char *name);

#endif
