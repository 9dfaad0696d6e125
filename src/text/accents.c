/* Accents of words typed without them.
 *
 * Web and e-mail addresses drop accents: "sante", "meteo", "reservation".
 * Said as written, espeak-ng reads them wrongly ("meteo" loses both its
 * é). The system's French word list (Debian's wfrench package,
 * /usr/share/dict/french: one word a line, in the order of their letters
 * without accents) gives them back. It is read once, at the first
 * question, and searched by halves: no table is built, so an address
 * costs the reading of the file and a few dozen comparisons a word.
 *
 * A folded form is not given back when the list also holds it as written
 * ("marche" is a word, "marché" another), nor when two spellings carry as
 * few accents as each other ("peche": pèche, pêche). Of several, the one
 * with fewest accents wins ("fete": fête before fêté). A list in another
 * order only makes words go unfound. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"
#include "text/normalize.h"

#ifndef BREVE_WORDLIST
#define BREVE_WORDLIST "/usr/share/dict/french"
#endif

enum { S_MAXLEN = 40 };

static pthread_once_t S_once = PTHREAD_ONCE_INIT;
static char *S_text; /* the words, each ended by a NUL */
static size_t S_len;

static void S_load(void) {
  const char *path = getenv("BREVE_WORDLIST");
  if (!path)
    path = BREVE_WORDLIST;
  FILE *f = *path ? fopen(path, "rb") : NULL;
  if (!f)
    return;
  long size = -1;
  char *buf = NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) > 0 &&
      size < (1L << 30) && fseek(f, 0, SEEK_SET) == 0 &&
      (buf = breve_malloc((size_t)size + 1)) != NULL &&
      fread(buf, 1, (size_t)size, f) != (size_t)size) {
    breve_free(buf);
    buf = NULL;
  }
  fclose(f);
  if (!buf)
    return;
  buf[size] = '\0';
  for (char *p = buf; (p = memchr(p, '\n', (size_t)(buf + size - p)));)
    *p++ = '\0';
  for (char *p = buf; (p = memchr(p, '\r', (size_t)(buf + size - p)));)
    *p++ = '\0';
  S_text = buf;
  S_len = (size_t)size;
}

/* The letters of the word at w, folded to a-z, into k (at most S_MAXLEN
 * of them; more makes it S_MAXLEN + 1 long); *other tells whether it holds
 * anything else (a hyphen, an apostrophe), *accents its letters outside
 * ASCII. Returns the count. */
static size_t S_key(const char *w, char *k, int *other, int *accents) {
  size_t n = 0;
  *other = 0, *accents = 0;
  for (const unsigned char *p = (const unsigned char *)w; *p && n <= S_MAXLEN;
       p++) {
    if (*p >= 'a' && *p <= 'z') {
      k[n++] = (char)*p;
    } else if (*p >= 'A' && *p <= 'Z') {
      k[n++] = (char)(*p | 0x20);
    } else if (*p >= 0xC0) {
      /* a letter outside ASCII: its base letters ("é" e, "œ" oe) */
      size_t len = 1;
      while (len < 4 && (p[len] & 0xC0) == 0x80)
        len++;
      breve_buf b = {0};
      breve_utf8_fold((const char *)p, len, &b);
      for (size_t i = 0; i < b.len && n <= S_MAXLEN; i++)
        if (b.ptr[i] >= 'a' && b.ptr[i] <= 'z')
          k[n++] = b.ptr[i];
        else
          *other = 1;
      breve_buf_free(&b);
      ++*accents;
      p += len - 1;
    } else {
      *other = 1; /* a hyphen, an apostrophe, a stray byte */
    }
  }
  return n;
}

static int S_cmp(const char *a, size_t an, const char *b, size_t bn) {
  int c = memcmp(a, b, an < bn ? an : bn);
  return c ? c : (an > bn) - (an < bn);
}

/* The start of the first word of the list whose letters come at f or
 * after. */
static size_t S_first(const char *f, size_t n) {
  char k[S_MAXLEN + 1];
  int other, acc;
  /* lo and hi are starts of words, those before lo come before f, those
   * from hi on not */
  size_t lo = 0, hi = S_len;
  while (lo < hi) {
    size_t s = lo + (hi - lo) / 2;
    while (s > lo && S_text[s - 1] != '\0')
      s--;
    size_t e = s + strlen(S_text + s);
    if (S_cmp(k, S_key(S_text + s, k, &other, &acc), f, n) < 0)
      lo = e + 1;
    else
      hi = s;
  }
  return lo;
}

int breve_fr_known(const char *f, size_t n) {
  pthread_once(&S_once, S_load);
  if (!S_text || n == 0 || n > S_MAXLEN)
    return 0;
  char k[S_MAXLEN + 1];
  int other, acc;
  for (size_t s = S_first(f, n); s < S_len; s += strlen(S_text + s) + 1) {
    size_t kn = S_key(S_text + s, k, &other, &acc);
    if (S_cmp(k, kn, f, n) != 0)
      return 0;
    if (!other)
      return 1;
  }
  return 0;
}

const char *breve_accented(const char *f, size_t n) {
  pthread_once(&S_once, S_load);
  if (!S_text || n == 0 || n > S_MAXLEN)
    return NULL;
  char k[S_MAXLEN + 1];
  int other, acc;
  size_t lo = S_first(f, n);
  const char *best = NULL;
  int best_acc = 0, tied = 0;
  for (size_t s = lo; s < S_len; s += strlen(S_text + s) + 1) {
    size_t kn = S_key(S_text + s, k, &other, &acc);
    if (S_cmp(k, kn, f, n) != 0)
      break;
    if (other)
      continue;
    if (!acc)
      return NULL; /* the word as written: "marche" */
    if (!best || acc < best_acc)
      best = S_text + s, best_acc = acc, tied = 0;
    else if (acc == best_acc && strcmp(best, S_text + s) != 0)
      tied = 1;
  }
  return tied ? NULL : best;
}
