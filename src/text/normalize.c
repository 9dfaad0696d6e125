/* Speakable French: rewrites news text into what espeak-ng should say. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "core/core.h"
#include "text/normalize.h"

/* ------------------------------------------------------------------ */
/* Lexicon: respellings and acronyms said as words                    */

/* the kinds of entry; S_LOWER asks a lookup to leave out the keys that
 * match only as written ("CNES" in an address, where "cnes" is wanted) */
enum { S_LEX = 1, S_ACRONYM = 2, S_WEB = 4, S_LOWER = 8 };

typedef struct S_entry {
  char *key;   /* as written in the file */
  char *fold;  /* lower case, no accents: the hash key */
  char *value; /* respelling or [[phonemes]]; NULL for acronyms */
  int kind;
  int exact; /* the key has several capitals: match it as written */
  int name;  /* the key starts with a capital: match capitalised words */
} S_entry;

struct breve_lexicon {
  S_entry *items;
  size_t n, cap;
  size_t *slots; /* open addressing: index + 1, 0 when empty */
  size_t n_slots;
  breve_word_check check; /* how the engine reads a word, or NULL */
  void *check_ctx;
};

static uint64_t S_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

static int S_rehash(breve_lexicon *lex, size_t want) {
  size_t *slots = breve_calloc(want, sizeof *slots);
  if (!slots)
    return 0;
  for (size_t i = 0; i < lex->n; i++) {
    size_t h = (size_t)(S_hash(lex->items[i].fold, strlen(lex->items[i].fold)) %
                        want);
    while (slots[h])
      h = (h + 1) % want;
    slots[h] = i + 1;
  }
  breve_free(lex->slots);
  lex->slots = slots;
  lex->n_slots = want;
  return 1;
}

/* Whether the word at w starts with a capital (ASCII or Latin-1 range). */
static int S_capitalised(const char *w, size_t n) {
  unsigned char c = n ? (unsigned char)w[0] : 0;
  if (c >= 'A' && c <= 'Z')
    return 1;
  return c == 0xC3 && n > 1 && (unsigned char)w[1] >= 0x80 &&
         (unsigned char)w[1] <= 0x9E && (unsigned char)w[1] != 0x97;
}

/* Whether w is a word of two or three capitals: "XI" is a numeral, not
 * the name Xi. */
static int S_short_caps(const char *w, size_t n) {
  if (n < 2 || n > 3)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (w[i] < 'A' || w[i] > 'Z')
      return 0;
  return 1;
}

/* Finds the entry for the word w[0..n) whose folded form is f[0..fn).
 * Of the entries that match, a key written exactly as the word wins
 * ("VDS" for "VDS", not "vds"), then one with the word's own accents
 * ("tweeté" for "tweeté", not "tweete"), then any; among equals the last
 * one added (a user's entry). */
static const S_entry *S_lookup(const breve_lexicon *lex, const char *w,
                               size_t n, const char *f, size_t fn, int kind) {
  const S_entry *best = NULL;
  int best_rank = -1;
  if (!lex || !lex->n_slots)
    return NULL;
  size_t h = (size_t)(S_hash(f, fn) % lex->n_slots);
  while (lex->slots[h]) {
    const S_entry *e = &lex->items[lex->slots[h] - 1];
    if ((e->kind & kind) && strlen(e->fold) == fn &&
        memcmp(e->fold, f, fn) == 0 && !(e->exact && (kind & S_LOWER))) {
      if (e->exact
              ? (strlen(e->key) == n && memcmp(e->key, w, n) == 0)
              : (!e->name || (S_capitalised(w, n) && !S_short_caps(w, n)))) {
        size_t kn = strlen(e->key);
        int rank = 0;
        if (kn == n && memcmp(e->key, w, n) == 0) {
          rank = 2;
        } else if (kn == n) {
          rank = 1;
          for (size_t i = 0; rank && i < n; i++)
            rank = (e->key[i] |
                    (e->key[i] >= 'A' && e->key[i] <= 'Z' ? 0x20 : 0)) ==
                   (w[i] | (w[i] >= 'A' && w[i] <= 'Z' ? 0x20 : 0));
        }
        if (rank > best_rank || (rank == best_rank && e > best))
          best = e, best_rank = rank;
      }
    }
    h = (h + 1) % lex->n_slots;
  }
  return best;
}

/* One allocation holds an entry's key, folded key and value, one after
 * the other: a lexicon of a few thousand entries loads at every start. */
static int S_entry_fill(S_entry *e, const char *key, size_t kn,
                        const breve_buf *f, const char *value, size_t vn) {
  size_t vlen = value ? vn + 1 : 0;
  char *blk = breve_malloc(kn + 1 + f->len + 1 + vlen);
  if (!blk)
    return 0;
  memcpy(blk, key, kn);
  blk[kn] = '\0';
  memcpy(blk + kn + 1, f->ptr, f->len);
  blk[kn + 1 + f->len] = '\0';
  e->key = blk;
  e->fold = blk + kn + 1;
  e->value = NULL;
  if (value) {
    e->value = blk + kn + 1 + f->len + 1;
    memcpy(e->value, value, vn);
    e->value[vn] = '\0';
  }
  return 1;
}

/* Adds an entry; `f` is scratch space for its folded key. */
static int S_add(breve_lexicon *lex, const char *key, size_t kn,
                 const char *value, size_t vn, int kind, breve_buf *f) {
  breve_buf_clear(f);
  breve_utf8_fold(key, kn, f);
  if (f->oom || !f->len)
    return f->oom ? 0 : 1;
  /* Replace an entry with the same key and kind. */
  if (lex->n_slots) {
    size_t h = (size_t)(S_hash(f->ptr, f->len) % lex->n_slots);
    while (lex->slots[h]) {
      S_entry *e = &lex->items[lex->slots[h] - 1];
      if (e->kind == kind && strlen(e->key) == kn &&
          memcmp(e->key, key, kn) == 0) {
        char *old = e->key;
        if (!S_entry_fill(e, key, kn, f, value, vn))
          return 0;
        breve_free(old);
        return 1;
      }
      h = (h + 1) % lex->n_slots;
    }
  }
  if (lex->n == lex->cap) {
    size_t cap = lex->cap ? lex->cap * 2 : 256;
    S_entry *items = breve_realloc(lex->items, cap * sizeof *items);
    if (!items)
      return 0;
    lex->items = items;
    lex->cap = cap;
  }
  S_entry *e = &lex->items[lex->n];
  memset(e, 0, sizeof *e);
  if (!S_entry_fill(e, key, kn, f, value, vn))
    return 0;
  e->kind = kind;
  int caps = 0;
  for (size_t i = 0; i < kn; i++)
    caps += key[i] >= 'A' && key[i] <= 'Z';
  e->exact = caps >= 2 || kind == S_ACRONYM;
  e->name = !e->exact && S_capitalised(key, kn);
  lex->n++;
  if (lex->n * 2 > lex->n_slots)
    return S_rehash(lex, lex->n_slots ? lex->n_slots * 2 : 1024);
  /* Insert the new entry only. */
  size_t h = (size_t)(S_hash(e->fold, f->len) % lex->n_slots);
  while (lex->slots[h])
    h = (h + 1) % lex->n_slots;
  lex->slots[h] = lex->n;
  return 1;
}

/* Reads a word list: "KEY VALUE..." lines (`kind` S_LEX or S_WEB) or one
 * word per line (S_ACRONYM). '#' starts a comment line. */
static breve_status S_load_file(breve_lexicon *lex, const char *path, int kind,
                                int must_exist, breve_error *err) {
  char *data = NULL;
  size_t len = 0;
  breve_error e2 = {0};
  breve_status st = breve_file_read(path, 4u << 20, &data, &len, &e2);
  if (st != BREVE_OK) {
    if (!must_exist && st == BREVE_ERR_IO)
      return BREVE_OK;
    return breve_error_set(err, st, "%s", e2.message);
  }
  if (breve_utf8_validate(data, len) != len) {
    breve_free(data);
    return breve_error_set(err, BREVE_ERR_PARSE, "%s: not UTF-8 text", path);
  }
  size_t line = 0, i = 0;
  breve_buf fold = {0};
  while (i < len) {
    size_t j = i;
    while (j < len && data[j] != '\n')
      j++;
    line++;
    size_t a = i, b = j;
    i = j + 1;
    while (a < b && (data[a] == ' ' || data[a] == '\t' || data[a] == '\r'))
      a++;
    while (b > a && (data[b - 1] == ' ' || data[b - 1] == '\t' ||
                     data[b - 1] == '\r'))
      b--;
    if (a == b || data[a] == '#')
      continue;
    size_t k = a;
    while (k < b && data[k] != ' ' && data[k] != '\t')
      k++;
    size_t v = k;
    while (v < b && (data[v] == ' ' || data[v] == '\t'))
      v++;
    if (kind != S_ACRONYM && v == b) {
      breve_free(data);
      breve_buf_free(&fold);
      return breve_error_set(err, BREVE_ERR_PARSE,
                             "%s:%zu: '%.*s' has no pronunciation", path, line,
                             (int)(k - a), data + a);
    }
    if (!S_add(lex, data + a, k - a, kind != S_ACRONYM ? data + v : NULL,
               kind != S_ACRONYM ? b - v : 0, kind, &fold)) {
      breve_free(data);
      breve_buf_free(&fold);
      return breve_error_set(err, BREVE_ERR_NOMEM, "out of memory");
    }
  }
  breve_free(data);
  breve_buf_free(&fold);
  return BREVE_OK;
}

breve_status breve_lexicon_load(const char *user_file, breve_lexicon **out,
                                breve_error *err) {
  char path[4200];
  breve_status st;
  *out = NULL;
  breve_lexicon *lex = breve_calloc(1, sizeof *lex);
  if (!lex)
    return breve_error_set(err, BREVE_ERR_NOMEM, "out of memory");
  const char *dir = breve_data_dir();
  snprintf(path, sizeof path, "%s/acronyms.txt", dir);
  st = S_load_file(lex, path, S_ACRONYM, 0, err);
  if (st == BREVE_OK) {
    snprintf(path, sizeof path, "%s/lexicon.txt", dir);
    st = S_load_file(lex, path, S_LEX, 0, err);
  }
  if (st == BREVE_OK) {
    /* places and people of the news, kept apart from the word lexicon */
    snprintf(path, sizeof path, "%s/names.txt", dir);
    st = S_load_file(lex, path, S_LEX, 0, err);
  }
  if (st == BREVE_OK) {
    /* words of web and e-mail addresses, used for nothing else */
    snprintf(path, sizeof path, "%s/address-words.txt", dir);
    st = S_load_file(lex, path, S_WEB, 0, err);
  }
  if (st == BREVE_OK && user_file)
    st = S_load_file(lex, user_file, S_LEX, 1, err);
  if (st != BREVE_OK) {
    breve_lexicon_free(lex);
    return st;
  }
  *out = lex;
  return BREVE_OK;
}

void breve_lexicon_set_check(breve_lexicon *lex, breve_word_check check,
                             void *ctx) {
  if (!lex)
    return;
  lex->check = check;
  lex->check_ctx = check ? ctx : NULL;
}

void breve_lexicon_free(breve_lexicon *lex) {
  if (!lex)
    return;
  for (size_t i = 0; i < lex->n; i++)
    breve_free(lex->items[i].key); /* the fold and the value too */
  breve_free(lex->items);
  breve_free(lex->slots);
  breve_free(lex);
}

/* ------------------------------------------------------------------ */
/* Character helpers                                                  */

static int S_is_digit(char c) { return c >= '0' && c <= '9'; }
static int S_is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

/* The code point at p (end is the limit); *n gets its length (1 for an
 * invalid byte, which then reads as U+FFFD). */
static uint32_t S_cp(const char *p, const char *end, size_t *n) {
  uint32_t cp;
  if (p >= end) {
    if (n)
      *n = 0;
    return 0;
  }
  size_t k = breve_utf8_decode(p, (size_t)(end - p), &cp);
  if (n)
    *n = k ? k : 1;
  return cp;
}

static int S_alnum_cp(uint32_t cp) {
  return breve_cp_is_letter(cp) || breve_cp_is_digit(cp);
}

/* Length of the run of letters at p. */
static size_t S_letters(const char *p, const char *end) {
  const char *q = p;
  size_t k;
  while (q < end && breve_cp_is_letter(S_cp(q, end, &k)))
    q += k;
  return (size_t)(q - p);
}

static size_t S_digits(const char *p, const char *end) {
  const char *q = p;
  while (q < end && S_is_digit(*q))
    q++;
  return (size_t)(q - p);
}

/* Length of one blank (space, tab, no-break or narrow no-break space) at
 * p, or 0. */
static size_t S_blank(const char *p, const char *end) {
  size_t k;
  uint32_t cp = S_cp(p, end, &k);
  if (cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 ||
      cp == 0x2007 || cp == 0x200A)
    return k;
  return 0;
}

/* True when p starts a letter or digit. */
static int S_alnum_at(const char *p, const char *end) {
  return p < end && S_alnum_cp(S_cp(p, end, NULL));
}

static int S_upper_at(const char *p, const char *end) {
  return p < end && breve_cp_is_upper(S_cp(p, end, NULL));
}

/* The length in bytes of a small (with `upper`, a capital) Latin letter
 * at p, accented ones included, or 0: the pieces of a word in camel
 * case. */
static size_t S_latin_len(const char *p, const char *end, int upper) {
  const unsigned char *u = (const unsigned char *)p;
  if (p >= end)
    return 0;
  if (upper ? S_is_upper_ascii(*p) : (*u >= 'a' && *u <= 'z'))
    return 1;
  if (p + 1 < end && u[0] == 0xc3 &&
      (upper ? u[1] >= 0x80 && u[1] <= 0x9e && u[1] != 0x97
             : u[1] >= 0xa0 && u[1] != 0xb7)) /* (not × nor ÷) */
    return 2;
  if (p + 1 < end && u[0] == 0xc5 && u[1] == (upper ? 0x92 : 0x93)) /* œ */
    return 2;
  return 0;
}

/* (the first bytes are compared before any strlen: these run for every
 * word against every list) */
static int S_eq(const char *p, size_t n, const char *w) {
  for (size_t i = 0; i < n; i++)
    if (w[i] != p[i] || !w[i])
      return 0; /* (never reads w past its end, even if p holds a NUL) */
  return w[n] == '\0';
}

static int S_starts(const char *p, const char *end, const char *w) {
  if (p >= end || *p != *w)
    return 0;
  size_t n = strlen(w);
  return (size_t)(end - p) >= n && memcmp(p, w, n) == 0;
}

/* Whether a length in centimetres follows q: " 92 cm" (the second side
 * of a size, "73 x 92 cm" being "soixante-treize sur quatre-vingt-douze
 * centimètres"; in metres the token sets accept "fois", "3 × 4 m", and
 * "4 x 100 m" is a relay), or any length when `any_length` says the
 * first side had one too ("30 m × 20 m"), or when the first side
 * (`first`, 0 if unknown) is 10 or more and the second under 100: "40 ×
 * 20 m" is a pitch, no relay is run so. */
static int S_dims_follow(const char *q, const char *end, int any_length,
                         uint64_t first) {
  q += S_blank(q, end);
  /* (a size may be labelled: "L. 110 x l. 50 x H. 80 cm") */
  if (q + 3 < end && strchr("LlHhPp", *q) && q[1] == '.' && q[2] == ' ')
    q += 3;
  size_t d = S_digits(q, end);
  if (!d)
    return 0;
  if (first >= 10 && d <= 2 && !(q + d < end && q[d] == ','))
    any_length = 1;
  q += d;
  if (q + 1 < end && *q == ',' && S_is_digit(q[1]))
    q += 1 + S_digits(q + 1, end);
  q += S_blank(q, end);
  /* a third dimension: "55 × 40 × 20 cm" */
  if (S_starts(q, end, "\xc3\x97") || (q < end && *q == 'x' && q + 1 < end &&
                                       (q[1] == ' ' || S_is_digit(q[1]))))
    return S_dims_follow(q + (*q == 'x' ? 1 : 2), end, any_length, 0);
  /* (millimetres after a tens: "143 x 105 mm", not "3 × 155 mm") */
  int mm = (any_length || first >= 10) && S_starts(q, end, "mm");
  size_t u = S_starts(q, end, "cm") || mm           ? 2
             : any_length && S_starts(q, end, "km") ? 2
             : any_length && q < end && *q == 'm'   ? 1
                                                    : 0;
  return u && !(q + u < end && breve_cp_is_letter((unsigned char)q[u]));
}

/* Whether the number written just before p follows "de": the size of a
 * thing, "des tentes de 4 x 6 m" ("quatre mètres sur six", where a relay
 * is "le 4 x 100 m", "quatre fois cent mètres"). */
static int S_size_of(const char *line, const char *p) {
  while (p > line && p[-1] == ' ')
    p--;
  while (p > line && (S_is_digit(p[-1]) || p[-1] == ','))
    p--;
  while (p > line && p[-1] == ' ')
    p--;
  return p - line >= 2 && p[-2] == 'd' && p[-1] == 'e' &&
         (p - line == 2 || p[-3] == ' ');
}

/* The whole number written just before p (spaces skipped), or 0. */
static uint64_t S_number_before(const char *line, const char *p) {
  while (p > line && p[-1] == ' ')
    p--;
  const char *b = p;
  while (b > line && S_is_digit(b[-1]) && p - b < 9)
    b--;
  if (b == p || (b > line && (b[-1] == ',' || b[-1] == '.')))
    return 0;
  uint64_t v = 0;
  for (; b < p; b++)
    v = v * 10 + (uint64_t)(*b - '0');
  return v;
}

/* A team's record of wins, draws and losses: "12 V, 5 N, 4 D", "15 V et
 * 3 D", "12 V – 3 D" (not volts nor newtons). Whether the line holds a
 * run of two or more such items with a V and a D; the letter at u, after
 * a number, is then one too ("soit 1 V de plus"). */
static int S_record_item(const char *p, const char *end, const char **next) {
  size_t d = S_digits(p, end);
  if (!d || d > 3)
    return 0;
  p += d;
  if (p < end && *p == ' ')
    p++;
  else if (S_starts(p, end, "\xc2\xa0"))
    p += 2;
  if (p >= end || !strchr("VND", *p) || S_alnum_at(p + 1, end))
    return 0;
  *next = p + 1;
  return *p;
}

static int S_win_loss(const char *line, const char *end) {
  static const char *const seps[] = {
      ", ", " \xe2\x80\x93 ", " - ", " et ", " / ", " ", NULL};
  const char *p = line;
  while (p < end) {
    if (S_is_digit(*p) && (p == line || !S_alnum_at(p - 1, end))) {
      const char *q = p, *nx;
      int items = 0, v = 0, dl = 0, c;
      while ((c = S_record_item(q, end, &nx))) {
        items++;
        v |= c == 'V', dl |= c == 'D';
        q = nx;
        int i;
        for (i = 0; seps[i]; i++)
          if (S_starts(q, end, seps[i]) && q + strlen(seps[i]) < end &&
              S_is_digit(q[strlen(seps[i])])) {
            q += strlen(seps[i]);
            break;
          }
        if (!seps[i])
          break;
      }
      if (items >= 2 && v && dl)
        return 1;
      if (q > p)
        p = q;
    }
    p++;
  }
  return 0;
}

/* Whether the n bytes at p hold the string w. */
static int S_has(const char *p, size_t n, const char *w) {
  size_t k = strlen(w);
  for (size_t i = 0; i + k <= n; i++)
    if (!memcmp(p + i, w, k))
      return 1;
  return 0;
}

/* Index of w[0..n) in a NULL-terminated list, or -1. */
static int S_in(const char *p, size_t n, const char *const *list) {
  for (int i = 0; list[i]; i++)
    if (S_eq(p, n, list[i]))
      return i;
  return -1;
}

/* ------------------------------------------------------------------ */
/* State and output                                                   */

typedef struct S_st {
  const char *line, *end; /* the current line */
  breve_buf *out;
  const breve_lexicon *lex;
  int ssml;
  int espeak_fixes; /* BREVE_OPT_ESPEAK_FIXES */
  int pending; /* an expansion was written: a following letter needs a space */
  int prev_number; /* the last word was a number */
  const char *prev_word;
  size_t prev_len;
  int shouting; /* the line is mostly capitals: do not spell words */
  int decapped; /* the line had words in capitals, now written as names */
  size_t line_from; /* where the line's output starts in out */
  int signed_num; /* the number being read had a sign */
  int det_before; /* the number starts the line or follows le, la, au... */
  int date_word;  /* the number follows le, du, au or a day of the week */
  int inner_quote; /* a quote inside a quote opened with '+' */
  int close_known;        /* last_close was looked for on this line */
  const char *last_close; /* the line's last '+' that can close a quote */
  int glued;       /* the number is glued to letters before it: "A350" */
  int num_list;    /* the next number continues a list joined by dashes
                      (1) or a reference's parts ("L. 2224-12-4", 2) */
  int in_list;     /* the number being read continues such a list */
  breve_word_check check; /* how the engine reads a word, or NULL */
  void *check_ctx;
  /* the engine's answers for recent words (a word repeated all along a
   * text is asked about once): slot by hash, the word and its answer */
  struct {
    char word[32];
    unsigned char len, foreign;
  } asked[256];
  breve_buf fold; /* scratch for folded words, reused */
} S_st;

static int S_after_money(const S_st *st, const char *p);
static int S_word_before(const S_st *st, const char *p,
                         const char *const *words);

/* Whether the line being read holds one of the words of a list: the
 * subject of a line ("jantes", "valse", "sang"). */
static int S_line_has_any(const S_st *st, const char *const *words) {
  size_t len = (size_t)(st->end - st->line);
  for (int i = 0; words[i]; i++)
    if (S_has(st->line, len, words[i]))
      return 1;
  return 0;
}

/* Copies text, escaping it for SSML. */
static void S_copy(S_st *st, const char *p, size_t n) {
  if (n && st->pending && S_alnum_at(p, p + n))
    breve_buf_putc(st->out, ' ');
  st->pending = 0;
  if (!st->ssml) {
    breve_buf_put(st->out, p, n);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    if (p[i] == '<')
      breve_buf_puts(st->out, "&lt;");
    else if (p[i] == '>')
      breve_buf_puts(st->out, "&gt;");
    else if (p[i] == '&')
      breve_buf_puts(st->out, "&amp;");
    else
      breve_buf_putc(st->out, p[i]);
  }
}

/* A pause where the text had a sign: the comma takes the place of the
 * space already copied ("danse / cirque" is "danse, cirque"). */
static void S_pause(S_st *st) {
  while (st->out->len && st->out->ptr[st->out->len - 1] == ' ')
    st->out->ptr[--st->out->len] = '\0';
  S_copy(st, ",", 1);
}

/* Starts an expansion: a space when it would stick to a word. */
static void S_open(S_st *st) {
  breve_buf *b = st->out;
  if (!b->len)
    return;
  size_t i = b->len - 1;
  while (i > 0 && ((unsigned char)b->ptr[i] & 0xC0) == 0x80)
    i--;
  uint32_t cp = S_cp(b->ptr + i, b->ptr + b->len, NULL);
  if (S_alnum_cp(cp) || cp == '.' || cp == ',' || cp == '>')
    breve_buf_putc(b, ' ');
}

/* "de un million" -> "d'un million": elides a "de" or a "que" written just
 * before spoken words starting with "un" (or "environ", said for "≈").
 * A decimal keeps its "de", as figures are read on air: "une hausse de un
 * virgule deux pour cent". */
static void S_elide(S_st *st, const char *words) {
  breve_buf *b = st->out;
  int un = !strncmp(words, "un", 2) &&
           (!words[2] || words[2] == ' ' || words[2] == 'e') &&
           strncmp(words, "un virgule", 10) != 0;
  int about = !strncmp(words, "environ", 7) && (!words[7] || words[7] == ' ');
  if (st->ssml || (!un && !about))
    return;
  /* (the space after the word is written, or pending after a word said:
   * "de" before "une heure") */
  size_t sp = b->len && b->ptr[b->len - 1] == ' ' ? 1 : 0;
  if (!sp && !st->pending)
    return;
  if (b->len < 2 + sp || b->ptr[b->len - 1 - sp] != 'e')
    return;
  /* "que un lycée" -> "qu'un lycée", "lorsque une", "puisque un" */
  size_t w0 = b->len - sp;
  while (w0 > 0 && b->ptr[w0 - 1] >= 'A' && b->ptr[w0 - 1] <= 'z' &&
         (b->ptr[w0 - 1] <= 'Z' || b->ptr[w0 - 1] >= 'a'))
    w0--;
  static const char *const elided[] = {"de",      "De",      "que",
                                       "Que",     "lorsque", "Lorsque",
                                       "puisque", "Puisque", NULL};
  if (S_in(b->ptr + w0, b->len - sp - w0, elided) < 0)
    return;
  size_t c0 = w0; /* the start of the character before the word */
  while (c0 > 0 && ((unsigned char)b->ptr[c0 - 1] & 0xC0) == 0x80)
    c0--;
  if (c0 > 0 && S_alnum_cp(S_cp(b->ptr + c0 - 1, b->ptr + b->len, NULL)))
    return;
  b->len -= 1 + sp;
  b->ptr[b->len++] = '\'';
  b->ptr[b->len] = '\0';
  st->pending = 0; /* no space after the apostrophe */
}

/* The byte before p once blanks are skipped back, or a space at the
 * start of the line. */
static const char *S_skip_back_blank(const char *line, const char *p) {
  while (p > line && (p[-1] == ' ' || (unsigned char)p[-1] == 0xA0 ||
                      (unsigned char)p[-1] == 0xC2))
    p--;
  return p > line ? p - 1 : " ";
}

/* Writes spoken words. */
static void S_say(S_st *st, const char *words) {
  S_elide(st, words);
  S_open(st);
  st->pending = 0;
  S_copy(st, words, strlen(words));
  st->pending = 1;
}

/* Writes words held in a scratch buffer. */
static void S_say_buf(S_st *st, breve_buf *w) {
  if (w->oom)
    st->out->oom = 1;
  if (w->ptr && w->len) {
    S_elide(st, w->ptr);
    S_open(st);
    st->pending = 0;
    S_copy(st, w->ptr, w->len);
    st->pending = 1;
  }
  breve_buf_free(w);
}

/* Writes `alias` for the written form orig[0..n): plain text gets the
 * alias, SSML a <sub>. */
static void S_sub(S_st *st, const char *orig, size_t n, const char *alias) {
  if (!st->ssml) {
    S_say(st, alias);
    return;
  }
  S_open(st);
  st->pending = 0;
  breve_buf_puts(st->out, "<sub alias=\"");
  for (const char *a = alias; *a; a++) {
    if (*a == '"')
      breve_buf_puts(st->out, "&quot;");
    else if (*a == '&')
      breve_buf_puts(st->out, "&amp;");
    else if (*a == '<')
      breve_buf_puts(st->out, "&lt;");
    else
      breve_buf_putc(st->out, *a);
  }
  breve_buf_puts(st->out, "\">");
  S_copy(st, orig, n);
  breve_buf_puts(st->out, "</sub>");
  st->pending = 1;
}

/* ------------------------------------------------------------------ */
/* Numbers                                                            */

typedef struct S_num {
  char ip[40]; /* integer digits without separators */
  size_t ipn;
  char dp[40]; /* decimal digits */
  size_t dpn;
  int has_dec, long_int, grouped;
  const char *start, *end;
} S_num;

/* Reads a number at p: digits with thousands separators (space, no-break
 * spaces or dots between groups of three) and a decimal comma. */
static int S_parse_num(const char *p, const char *end, S_num *n) {
  memset(n, 0, sizeof *n);
  n->start = p;
  size_t d = S_digits(p, end);
  if (!d)
    return 0;
  const char *q = p + d;
  if (d > 39) {
    n->long_int = 1;
    memcpy(n->ip, p, 39);
    n->ipn = 39;
  } else {
    memcpy(n->ip, p, d);
    n->ipn = d;
  }
  if (d <= 3 && *p != '0') {
    /* The separator of the first group decides for the others. */
    size_t sep = 0;
    char sepc = 0;
    for (;;) {
      size_t k = S_blank(q, end);
      char c = k ? ' ' : (q < end && *q == '.' ? '.' : 0);
      if (!k && c == '.')
        k = 1;
      /* the Swiss apostrophe: "CHF 1'200", "12’500 habitants" (not a
       * race time's "3'02"" nor a height's "6'1"") */
      if (!k && q < end && (*q == '\'' || S_starts(q, end, "\xe2\x80\x99")))
        c = '\'', k = *q == '\'' ? 1 : 3;
      if (!k || (sep && c != sepc))
        break;
      const char *g = q + k;
      if (S_digits(g, end) != 3)
        break;
      if (c == '\'' && g + 3 < end && (g[3] == '\'' || g[3] == '"'))
        break;
      /* "1.000,5" but not a date "01.02.2003" (first groups are shorter) */
      if (n->ipn + 3 > 36) {
        n->long_int = 1;
        break;
      }
      memcpy(n->ip + n->ipn, g, 3);
      n->ipn += 3;
      sep = k, sepc = c;
      q = g + 3;
      n->grouped = 1;
    }
  }
  if (q + 1 < end && (*q == ',' || (*q == '.' && !n->grouped)) &&
      S_is_digit(q[1])) {
    size_t k = S_digits(q + 1, end);
    /* A dot followed by three digits was a thousands group; refuse here.
     * So is a dot before a power of ten: "2.10⁻³" */
    const char *x = q + 3;
    int power = *q == '.' && k == 2 && q[1] == '1' && q[2] == '0' && x < end &&
                (*x == '^' || (unsigned char)*x == 0xE2 ||
                 ((unsigned char)*x == 0xC2 && x + 1 < end &&
                  ((unsigned char)x[1] == 0xB2 || (unsigned char)x[1] == 0xB3 ||
                   (unsigned char)x[1] == 0xB9)));
    if ((*q == ',' || k != 3) && !power) {
      const char *r = q + 1;
      n->has_dec = 1;
      size_t take = k > 36 ? 36 : k;
      memcpy(n->dp, r, take);
      n->dpn = take;
      r += k;
      /* Decimals grouped by three: "1,000 028". */
      while (k == 3) {
        size_t b = S_blank(r, end);
        size_t m = b ? S_digits(r + b, end) : 0;
        if (!b || !m || m > 3 || n->dpn + m > 36)
          break;
        if (r + b + m < end && (r[b + m] == ',' || r[b + m] == '/'))
          break;
        memcpy(n->dp + n->dpn, r + b, m);
        n->dpn += m;
        r += b + m;
        k = m;
      }
      q = r;
    }
  }
  if (n->ipn > 18)
    n->long_int = 1;
  n->end = q;
  return 1;
}

static uint64_t S_ival(const S_num *n) {
  uint64_t v = 0;
  if (n->long_int || !breve_fr_parse_u64(n->ip, n->ipn, &v))
    return UINT64_MAX;
  return v;
}

/* The integer part in words ("zéro deux" for "02"). */
static void S_int_words(breve_buf *w, const S_num *n, int fem) {
  uint64_t v = S_ival(n);
  if (v == UINT64_MAX || (n->ipn > 1 && n->ip[0] == '0' && !n->grouped))
    breve_fr_digits(w, n->ip, n->ipn);
  else
    breve_fr_cardinal(w, v, fem);
}

/* Decimals: leading zeros one by one, then up to three digits as a number,
 * four as two pairs ("24,1313" is "vingt-quatre virgule treize treize",
 * as NeMo has it), more digit by digit. */
static void S_dec_words(breve_buf *w, const char *d, size_t n) {
  size_t z = 0;
  while (z < n && d[z] == '0')
    z++;
  breve_fr_digits(w, d, z);
  d += z, n -= z;
  if (n == 0)
    return;
  uint64_t v;
  if (n <= 3 && breve_fr_parse_u64(d, n, &v)) {
    breve_fr_cardinal(w, v, 0);
  } else if (n == 4) {
    for (int i = 0; i < 2; i++) {
      if (d[2 * i] == '0') {
        breve_fr_digits(w, d + 2 * i, 2);
      } else {
        breve_fr_parse_u64(d + 2 * i, 2, &v);
        breve_fr_cardinal(w, v, 0);
      }
    }
  } else {
    breve_fr_digits(w, d, n);
  }
}

static void S_num_words(breve_buf *w, const S_num *n, int fem) {
  S_int_words(w, n, fem && !n->has_dec);
  uint64_t f;
  /* a constant or a rate under ten to four places is one number after the
   * comma: "3,1416" is "trois virgule mille quatre cent seize", "0,2516"
   * "zéro virgule deux mille cinq cent seize" (7 token-set cases gained,
   * none lost; NeMo's "24,1313", ten and over, keeps its two pairs) */
  if (n->has_dec && n->dpn == 4 && n->dp[0] != '0' && S_ival(n) < 10 &&
      breve_fr_parse_u64(n->dp, 4, &f)) {
    breve_buf_puts(w, " virgule");
    breve_fr_cardinal(w, f, 0);
    return;
  }
  if (n->has_dec) {
    breve_buf_puts(w, " virgule");
    S_dec_words(w, n->dp, n->dpn);
  }
}

/* Plural agreement of a unit after the number: from 2 on. */
static int S_plural(const S_num *n) {
  uint64_t v = S_ival(n);
  return v >= 2;
}

/* ------------------------------------------------------------------ */
/* Words that follow numbers: currencies, units, scales, months        */

typedef struct S_cur {
  const char *sym;
  const char *one, *many;
  const char *cent1, *cents; /* NULL: no subunit */
  int vowel;                 /* "d'euros" */
} S_cur;

/* The cents of a dollar are written "sènte": espeak-ng reads "cents" like
 * "cent", [sɑ̃]. */
static const S_cur S_currencies[] = {
    /* a tariff in cents: "19,4 c€/kWh" */
    {"c€", "centime d'euro", "centimes d'euro", NULL, NULL, 0},
    {"¢", "sènte", "sèntes", NULL, NULL, 0}, /* "45 ¢ la livre" */
    {"€", "euro", "euros", "centime", "centimes", 1},
    {"EUR", "euro", "euros", "centime", "centimes", 1},
    {"euros", "euro", "euros", "centime", "centimes", 1},
    {"euro", "euro", "euros", "centime", "centimes", 1},
    {"francs", "franc", "francs", "centime", "centimes", 0},
    {"fr.", "franc", "francs", "centime", "centimes", 0}, /* "12,50 fr." */
    {"franc", "franc", "francs", "centime", "centimes", 0},
    {"dollars", "dollar", "dollars", "sènte", "sèntes", 0},
    {"dollar", "dollar", "dollars", "sènte", "sèntes", 0},
    {"$US", "dollar américain", "dollars américains", "sènte", "sèntes", 0},
    {"US$", "dollar américain", "dollars américains", "sènte", "sèntes", 0},
    {"$ US", "dollar américain", "dollars américains", "sènte", "sèntes", 0},
    {"HK$", "dollar de Hong Kong", "dollars de Hong Kong", "sènte", "sèntes",
     0},
    {"$CAN", "dollar canadien", "dollars canadiens", "sènte", "sèntes", 0},
    {"$ CAN", "dollar canadien", "dollars canadiens", "sènte", "sèntes", 0},
    {"$CA", "dollar canadien", "dollars canadiens", "sènte", "sèntes", 0},
    {"$ CAD", "dollar canadien", "dollars canadiens", "sènte", "sèntes", 0},
    {"$ AU", "dollar australien", "dollars australiens", "sènte", "sèntes",
     0},
    {"$ NZ", "dollar néo-zélandais", "dollars néo-zélandais", "sènte",
     "sèntes", 0},
    {"$ CA", "dollar canadien", "dollars canadiens", "sènte", "sèntes", 0},
    {"CAD", "dollar canadien", "dollars canadiens", "sènte", "sèntes", 0},
    {"LL", "livre libanaise", "livres libanaises", NULL, NULL, 0},
    {"$", "dollar", "dollars", "sènte", "sèntes", 0},
    {"USD", "dollar", "dollars", "sènte", "sèntes", 0},
    {"£", "livre", "livres", "penny", "pence", 0},
    {"GBP", "livre", "livres", "penny", "pence", 0},
    {"CHF", "franc suisse", "francs suisses", "centime", "centimes", 0},
    {"SAR", "riyal", "riyals", NULL, NULL, 0}, /* "300 SAR le repas" */
    {"FCFP", "franc C.F.P", "francs C.F.P", NULL, NULL, 0},
    {"Fcfp", "franc C.F.P", "francs C.F.P", NULL, NULL, 0},
    {"XPF", "franc C.F.P", "francs C.F.P", NULL, NULL, 0},
    {"F CFP", "franc C.F.P", "francs C.F.P", NULL, NULL, 0},
    {"FCFA", "franc C.F.A", "francs C.F.A", NULL, NULL, 0},
    {"MAD", "dirham", "dirhams", "centime", "centimes", 0},
    {"DH", "dirham", "dirhams", "centime", "centimes", 0},
    {"Dhs", "dirham", "dirhams", "centime", "centimes", 0},
    {"FF", "franc", "francs", "centime", "centimes", 0},
    {"F", "franc", "francs", "centime", "centimes", 0},
    {"¥", "yen", "yens", NULL, NULL, 0},
    {"JPY", "yen", "yens", NULL, NULL, 0},
    {"₩", "won", "won", NULL, NULL, 0},
    {"KRW", "won", "won", NULL, NULL, 0},
    {"₹", "roupie", "roupies", NULL, NULL, 0},
    {"₽", "rouble", "roubles", NULL, NULL, 0},
    {"CNY", "yuan", "yuans", NULL, NULL, 0},
    {"DKK", "couronne danoise", "couronnes danoises", "øre", "øre", 0},
    {"SEK", "couronne suédoise", "couronnes suédoises", "öre", "öre", 0},
    {"kr", "couronne", "couronnes", "öre", "öre", 0}, /* "150 000 kr" */
    {"NOK", "couronne norvégienne", "couronnes norvégiennes", "øre", "øre",
     0},
    {"BTC", "bitcoin", "bitcoins", NULL, NULL, 0},
    {"\xe2\x82\xbf", "bitcoin", "bitcoins", NULL, NULL, 0}, /* "2 ₿" */
    {"EGP", "livre égyptienne", "livres égyptiennes", NULL, NULL, 0},
    {"TRY", "livre turque", "livres turques", NULL, NULL, 0},
    {"AUD", "dollar australien", "dollars australiens", "sènte", "sèntes",
     0},
    {"TND", "dinar tunisien", "dinars tunisiens", NULL, NULL, 0},
    {"DZD", "dinar algérien", "dinars algériens", NULL, NULL, 0},
    {"INR", "roupie", "roupies", NULL, NULL, 0},
    /* (written "zloti": espeak-ng reads "zloty" in English) */
    {"zł", "zloti", "zlotis", "grosz", "groszy", 0},
    {"PLN", "zloti", "zlotis", "grosz", "groszy", 0},
    {"NPR", "roupie népalaise", "roupies népalaises", NULL, NULL, 0},
    {"PKR", "roupie pakistanaise", "roupies pakistanaises", NULL, NULL, 0},
    {"LKR", "roupie srilankaise", "roupies srilankaises", NULL, NULL, 0},
    {"Rs.", "roupie", "roupies", NULL, NULL, 0},
    {"Rs", "roupie", "roupies", NULL, NULL, 0},
    {"ISK", "couronne islandaise", "couronnes islandaises", NULL, NULL, 0},
    {NULL, NULL, NULL, NULL, NULL, 0}};

/* Words that qualify a currency named in words: "francs suisses". */
static const char *const S_cur_adjectives[] = {
    "suisses", "suisse", "CFA", "belges", "belge", "canadiens", "canadien",
    "australiens", "australien", "américains", "américain", "hongkongais",
    "pacifique", "Pacifique", "courants", "constants", NULL};

/* A currency sign or code at p followed by a word boundary. */
static const S_cur *S_currency_at(const char *p, const char *end,
                                  const char **after) {
  for (const S_cur *c = S_currencies; c->sym; c++) {
    if (!S_starts(p, end, c->sym))
      continue;
    const char *q = p + strlen(c->sym);
    if (S_alnum_at(q, end))
      continue;
    /* (a model, not francs: "36 F-35A") */
    if (S_is_upper_ascii(*p) && q + 1 < end && *q == '-' && S_is_digit(q[1]))
      continue;
    /* (the dot of "fr." stays where it ends the sentence) */
    if (q[-1] == '.' && (q >= end || (*q == ' ' && S_upper_at(q + 1, end))))
      q--;
    *after = q;
    return c;
  }
  return NULL;
}

typedef struct S_unit {
  const char *abbr, *one, *many;
} S_unit;

/* Longest forms first where one is a prefix of another. */
static const S_unit S_units[] = {
    /* "kilomètres-heure", as French speakers say it */
    {"km/h", "kilomètre-heure", "kilomètres-heure"},
    {"h/j", "heure par jour", "heures par jour"}, /* "4 h/j" */
    {"Km/h", "kilomètre-heure", "kilomètres-heure"}, /* typed with a capital */
    {"km / h", "kilomètre-heure", "kilomètres-heure"}, /* and spaced */
    {"km/s", "kilomètre par seconde", "kilomètres par seconde"},
    {"m/s²", "mètre par seconde au carré", "mètres par seconde au carré"},
    {"m/s2", "mètre par seconde au carré", "mètres par seconde au carré"},
    {"m/s", "mètre par seconde", "mètres par seconde"},
    {"Mb/s", "mégabitte par seconde", "mégabittes par seconde"},
    {"Mbit/s", "mégabitte par seconde", "mégabittes par seconde"},
    {"Gb/s", "gigabitte par seconde", "gigabittes par seconde"},
    {"Gbit/s", "gigabitte par seconde", "gigabittes par seconde"},
    {"Mbps", "mégabitte par seconde", "mégabittes par seconde"},
    {"Gbps", "gigabitte par seconde", "gigabittes par seconde"},
    {"Mha", "million d'hectares", "millions d'hectares"}, /* "18,5 Mha" */
    {"km²", "kilomètre carré", "kilomètres carrés"},
    {"km2", "kilomètre carré", "kilomètres carrés"},
    {"m²", "mètre carré", "mètres carrés"},
    {"m2", "mètre carré", "mètres carrés"},
    {"cm²", "centimètre carré", "centimètres carrés"},
    {"mm²", "millimètre carré", "millimètres carrés"},
    {"m³/h", "mètre cube par heure", "mètres cubes par heure"},
    {"m3/h", "mètre cube par heure", "mètres cubes par heure"},
    {"m³/s", "mètre cube par seconde", "mètres cubes par seconde"},
    {"m3/s", "mètre cube par seconde", "mètres cubes par seconde"},
    {"m³", "mètre cube", "mètres cubes"},
    {"km³", "kilomètre cube", "kilomètres cubes"},
    {"hm³", "hectomètre cube", "hectomètres cubes"}, /* a reservoir's */
    {"hm3", "hectomètre cube", "hectomètres cubes"},
    {"m3", "mètre cube", "mètres cubes"},
    {"cm³", "centimètre cube", "centimètres cubes"},
    {"cm3", "centimètre cube", "centimètres cubes"}, /* "125 cm3" */
    {"mmHg", "millimètre de mercure", "millimètres de mercure"},
    {"Å", "angström", "angströms"}, /* a molecule's size */
    {"km", "kilomètre", "kilomètres"},
    {"cm", "centimètre", "centimètres"},
    {"mm", "millimètre", "millimètres"},
    {"µm", "micromètre", "micromètres"},
    {"μm", "micromètre", "micromètres"},
    {"nm", "nanomètre", "nanomètres"},
    {"m", "mètre", "mètres"},
    {"q/ha", "quintal par hectare", "quintaux par hectare"},
    {"t/ha", "tonne par hectare", "tonnes par hectare"},
    {"kVA", "kilovoltampère", "kilovoltampères"},
    {"ha", "hectare", "hectares"},
    {"kg", "kilogramme", "kilogrammes"},
    {"oz", "once", "onces"},   /* "2 400 $/oz" */
    {"lb", "livre", "livres"}, /* a bow's draw weight: "un arc de 40 lb" */
    {"nd", "nœud", "nœuds"},   /* a wind at sea: "vent de 25 nd" */
    {"lbs", "livre", "livres"},
    {"mK", "millikelvin", "millikelvins"},
    {"mg", "milligramme", "milligrammes"},
    {"ng", "nanogramme", "nanogrammes"},
    {"bpm", "battement par minute", "battements par minute"},
    {"UI", "unité internationale", "unités internationales"},
    {"µg", "microgramme", "microgrammes"},
    {"µl", "microlitre", "microlitres"},
    {"µL", "microlitre", "microlitres"},
    {"μl", "microlitre", "microlitres"},
    {"μL", "microlitre", "microlitres"},
    {"μg", "microgramme", "microgrammes"},
    {"g", "gramme", "grammes"},
    {"Mt", "million de tonnes", "millions de tonnes"},
    /* glued to the gas: "10 MtCO2e", "450 tCO2" */
    {"MtCO2e", "million de tonnes équivalent C O deux",
     "millions de tonnes équivalent C O deux"},
    {"MtCO2eq", "million de tonnes équivalent C O deux",
     "millions de tonnes équivalent C O deux"},
    {"MtCO2", "million de tonnes de C O deux",
     "millions de tonnes de C O deux"},
    {"GtCO2e", "milliard de tonnes équivalent C O deux",
     "milliards de tonnes équivalent C O deux"},
    {"GtCO2", "milliard de tonnes de C O deux",
     "milliards de tonnes de C O deux"},
    {"tCO2e", "tonne équivalent C O deux", "tonnes équivalent C O deux"},
    {"tCO2eq", "tonne équivalent C O deux", "tonnes équivalent C O deux"},
    {"tCO2", "tonne de C O deux", "tonnes de C O deux"},
    {"kgCO2e", "kilogramme équivalent C O deux",
     "kilogrammes équivalent C O deux"},
    {"kgCO2", "kilogramme de C O deux", "kilogrammes de C O deux"},
    {"gCO2", "gramme de C O deux", "grammes de C O deux"},
    /* a ship's deadweight: "un vraquier de 200 000 tpl" */
    {"tpl", "tonne de port en lourd", "tonnes de port en lourd"},
    /* and its gross tonnage: "46 328 tjb" */
    {"tjb", "tonneau de jauge brute", "tonneaux de jauge brute"},
    /* a container's size, in twenty-foot equivalent units: "900 €/EVP" */
    {"EVP", "e v p", "e v p"},
    {"Mb/j", "million de barils par jour", "millions de barils par jour"},
    {"pb", "point de base", "points de base"},
    {"pdb", "point de base", "points de base"},
    {"mmol", "millimole", "millimoles"},
    {"Mpx", "mégapixel", "mégapixels"},
    {"MP", "mégapixel", "mégapixels"}, /* a camera's "50 MP" */
    /* a phone's memory in English: "8 GB", "1 TB" */
    {"GB", "gigaoctet", "gigaoctets"},
    {"TB", "téraoctet", "téraoctets"},
    {"Gt", "gigatonne", "gigatonnes"},
    {"t-km", "tonne-kilomètre", "tonnes-kilomètres"}, /* rail freight */
    {"t", "tonne", "tonnes"},
    {"ml", "millilitre", "millilitres"},
    {"mL", "millilitre", "millilitres"},
    {"cl", "centilitre", "centilitres"},
    {"cL", "centilitre", "centilitres"},
    {"dl", "décilitre", "décilitres"},
    /* spirits counted in pure alcohol: "580 000 hl AP" */
    {"hl AP", "hectolitre d'alcool pur", "hectolitres d'alcool pur"},
    {"hlAP", "hectolitre d'alcool pur", "hectolitres d'alcool pur"},
    {"hl", "hectolitre", "hectolitres"},
    {"Mhl", "million d'hectolitres", "millions d'hectolitres"},
    {"l", "litre", "litres"},
    {"L", "litre", "litres"},
    {"nds", "nœud", "nœuds"}, /* knots: "un vent de 35 nds" */
    {"kts", "nœud", "nœuds"}, /* "28 kts" */
    {"kt", "nœud", "nœuds"},  /* "250 kt" (a bomb's are kilotonnes) */
    {"fps", "image par seconde", "images par seconde"}, /* "60 fps" */
    {"°C", "degré", "degrés"},
    {"℃", "degré", "degrés"}, /* the one-character sign, U+2103 */
    {"° C", "degré", "degrés"},
    {"°F", "degré Fahrenheit", "degrés Fahrenheit"},
    {"TWh", "térawattheure", "térawattheures"},
    {"GWh", "gigawattheure", "gigawattheures"},
    {"MWh", "mégawattheure", "mégawattheures"},
    {"kWh", "kilowattheure", "kilowattheures"},
    {"Wh", "wattheure", "wattheures"},
    /* the energies of particle physics: "125 GeV", "13,6 TeV" */
    {"TeV", "téraélectronvolt", "téraélectronvolts"},
    {"GeV", "gigaélectronvolt", "gigaélectronvolts"},
    {"MeV", "mégaélectronvolt", "mégaélectronvolts"},
    {"keV", "kiloélectronvolt", "kiloélectronvolts"},
    {"eV", "électronvolt", "électronvolts"},
    {"GW", "gigawatt", "gigawatts"},
    {"MWe", "mégawatt électrique", "mégawatts électriques"},
    {"MWth", "mégawatt thermique", "mégawatts thermiques"},
    {"GWe", "gigawatt électrique", "gigawatts électriques"},
    {"MW", "mégawatt", "mégawatts"},
    {"kW", "kilowatt", "kilowatts"},
    {"TW", "térawatt", "térawatts"},
    {"W", "watt", "watts"},
    {"kV", "kilovolt", "kilovolts"},
    {"V", "volt", "volts"},
    {"mAh", "milliampère-heure", "milliampères-heure"},
    {"cd/m²", "candela par mètre carré", "candelas par mètre carré"},
    {"kmh", "kilomètre-heure", "kilomètres-heure"}, /* "à 150 kmh" */
    {"Ah", "ampère-heure", "ampères-heure"}, /* a battery: "36 V/14 Ah" */
    {"To", "téraoctet", "téraoctets"},
    {"Go", "gigaoctet", "gigaoctets"},
    {"Mo", "mégaoctet", "mégaoctets"},
    {"ko", "kilooctet", "kilooctets"},
    {"GHz", "gigahertz", "gigahertz"},
    {"MHz", "mégahertz", "mégahertz"},
    {"kHz", "kilohertz", "kilohertz"},
    {"Hz", "hertz", "hertz"},
    {"dB(A)", "décibel A", "décibels A"}, /* weighted for the ear */
    {"dB", "décibel", "décibels"},
    {"kcal", "kilocalorie", "kilocalories"},
    {"ppm", "p p m", "p p m"}, /* spelled, as on air */
    {"dpi", "d p i", "d p i"}, /* a scan's resolution: "600 dpi" */
    {"min", "minute", "minutes"},
    {"pts", "point", "points"},
    {"rbds", "rebond", "rebonds"},
    {"pds", "passe décisive", "passes décisives"},
    {"pd", "passe décisive", "passes décisives"}, /* "(24 pts, 7 pd)" */
    {"pp", "point de pourcentage", "points de pourcentage"},
    {"cts", "centime", "centimes"},
    {"ct", "centime", "centimes"},
    {"pt", "point", "points"},
    /* espeak-ng reads "millisecondes" "milizgonde": written apart */
    {"ms", "milli-seconde", "milli-secondes"},
    {"µs", "micro-seconde", "micro-secondes"},
    {"ns", "nano-seconde", "nano-secondes"},
    {"i/s", "image par seconde", "images par seconde"},
    {"ips", "image par seconde", "images par seconde"},
    {"mn", "minute", "minutes"},
    /* spoons in recipes: "3 c. à s.", "1 c. à c." */
    {"c. à s.", "cuillère à soupe", "cuillères à soupe"},
    {"c. à c.", "cuillère à café", "cuillères à café"},
    {"c.à.s.", "cuillère à soupe", "cuillères à soupe"},
    {"c.à.c.", "cuillère à café", "cuillères à café"},
    {"càs", "cuillère à soupe", "cuillères à soupe"},
    {"càc", "cuillère à café", "cuillères à café"},
    {"cuil. à soupe", "cuillère à soupe", "cuillères à soupe"},
    {"cuil. à café", "cuillère à café", "cuillères à café"},
    {"kJ", "kilojoule", "kilojoules"},
    {"MJ", "mégajoule", "mégajoules"},
    {"GJ", "gigajoule", "gigajoules"},
    {"ft", "pied", "pieds"},
    {"Mm³", "million de mètres cubes", "millions de mètres cubes"},
    {"Mm3", "million de mètres cubes", "millions de mètres cubes"},
    {"yd", "yarde", "yardes"}, /* (espeak-ng drops the d of "yards") */
    {"pax", "passager", "passagers"}, /* a ship's or a plane's count */
    {"NM", "mille nautique", "milles nautiques"},
    {"MN", "mille nautique", "milles nautiques"}, /* (a thrust's below) */
    /* the cents of a dollar after a figure: "385 cents la livre" (not
     * "douze cents", twelve hundred) */
    {"cents", "sènte", "sèntes"},
    {"Po", "pétaoctet", "pétaoctets"},
    {"kn", "nœud", "nœuds"},                         /* knots, "à 25 kn" */
    {"Ma", "million d'années", "millions d'années"}, /* "il y a 66 Ma" */
    {"Pa", "pascal", "pascals"},
    {"kPa", "kilopascal", "kilopascals"},
    {"MPa", "mégapascal", "mégapascals"},
    {"GPa", "gigapascal", "gigapascals"},
    {"atm", "atmosphère", "atmosphères"},
    {"mol", "mole", "moles"}, /* "-285 kJ/mol" */
    {"a.l.", "année-lumière", "années-lumière"},
    {"douz.", "douzaine", "douzaines"}, /* "2 douz. d'huîtres" */
    {"dz", "douzaine", "douzaines"},    /* "3 dz de creuses" */
    {"al", "année-lumière", "années-lumière"},
    {"a.-l.", "année-lumière", "années-lumière"}, /* "à 640 a.-l." */
    {"voy.", "voyageur", "voyageurs"}, /* "80 000 voy./jour" */
    /* "2,5 millions d'a.l." */
    {"a.l.", "année-lumière", "années-lumière"},
    {"kbit/s", "kilobitte par seconde", "kilobittes par seconde"},
    {"kb/s", "kilobitte par seconde", "kilobittes par seconde"},
    {"UA", "unité astronomique", "unités astronomiques"},
    {"ua", "unité astronomique", "unités astronomiques"},
    {"mph", "mile par heure", "miles par heure"},
    {"b/j", "baril par jour", "barils par jour"}, /* "400 000 b/j" */
    {"px", "pixel", "pixels"}, /* "1 px = 30 cm" */
    {"tr/min", "tour par minute", "tours par minute"},
    {"tr/mn", "tour par minute", "tours par minute"},
    {"s", "seconde", "secondes"},
    {"j", "jour", "jours"},     /* "74 j 3 h 35 min" */
    {"K", "kelvin", "kelvins"}, /* spaced only: "4K" is a video format */
    {"hab.", "habitant", "habitants"},
    {"abst.", "abstention", "abstentions"}, /* "3 contre, 2 abst." */
    {"bout.", "bouteille", "bouteilles"}, /* "6 bout. de Pétrus 1961" */
    /* solar power at its peak, energy in oil equivalent */
    {"MWc", "mégawatt crête", "mégawatts crête"},
    {"kWc", "kilowatt crête", "kilowatts crête"},
    {"GWc", "gigawatt crête", "gigawatts crête"},
    {"tep", "tonne équivalent pétrole", "tonnes équivalent pétrole"},
    {"Mtep", "million de tonnes équivalent pétrole",
     "millions de tonnes équivalent pétrole"},
    {"sec.", "seconde", "secondes"}, /* "en 9,58 sec." */
    {"a.-l.", "année-lumière", "années-lumière"}, /* "à 640 a.-l." */
    /* doses of radiation, said as French speakers do ("sivèrte") */
    {"mSv", "milli-sivèrte", "milli-sivèrtes"},
    {"µSv", "micro-sivèrte", "micro-sivèrtes"},
    {"Sv", "sivèrte", "sivèrtes"},
    {"mGy", "milligray", "milligrays"}, /* and a dose absorbed */
    {"Gy", "gray", "grays"},
    {"nT", "nanotèsla", "nanotèslas"}, /* a magnetic field */
    {"µT", "microtèsla", "microtèslas"},
    {"mT", "millitèsla", "millitèslas"},
    {"Wc", "watt-crête", "watts-crête"}, /* a solar panel's peak power */
    {"TBq", "térabecquerel", "térabecquerels"},
    {"GBq", "gigabecquerel", "gigabecquerels"},
    {"MBq", "mégabecquerel", "mégabecquerels"},
    {"kBq", "kilobecquerel", "kilobecquerels"},
    {"Bq", "becquerel", "becquerels"},
    {"Tbit/s", "térabitte par seconde", "térabittes par seconde"},
    {"Tb/s", "térabitte par seconde", "térabittes par seconde"},
    {"dép.", "département", "départements"}, /* "dans 3 dép." */
    {"cp.", "comprimé", "comprimés"},         /* "2 cp. par jour" */
    {"cp", "comprimé", "comprimés"},          /* "1 cp 3 fois/jour" */
    {"h", "heure", "heures"}, /* a length: "48 h", "1,5 h" (times first) */
    {"ch", "cheval", "chevaux"},
    {"dm\xc2\xb3", "décimètre cube", "décimètres cubes"}, /* a boot */
    {"dm\xc2\xb2", "décimètre carré", "décimètres carrés"},
    {"CV", "cheval", "chevaux"},
    {"cv", "cheval", "chevaux"}, /* "300 cv sous le capot" */
    {"hPa", "hectopascal", "hectopascals"},
    /* a tyre's or a boiler's pressure: "2,2 bar", "200 bar" */
    {"bar", "bar", "bars"},
    {"mbar", "millibar", "millibars"},
    {"psi", "p s i", "p s i"},
    /* an engine's torque, "newton" said the French way */
    {"Nm", "niouton-mètre", "niouton-mètres"},
    {"kN", "kilonioutonne", "kilonioutonnes"}, /* a jet engine's thrust */
    {NULL, NULL, NULL}};

/* A unit at p followed by a word boundary; `spaced` says whether a blank
 * separated it from the number (single letters need one, "80s" is not
 * seconds). */
/* Whether a unit is feminine: "une tonne", "vingt et une secondes". */
static int S_unit_fem(const S_unit *u) {
  size_t ul = strlen(u->one);
  return !strncmp(u->one, "tonne", 5) ||
         !strcmp(u->one, "seconde") || /* and "milli-seconde" */
         (ul >= 8 && !strcmp(u->one + ul - 8, "-seconde")) ||
         !strcmp(u->one, "gigatonne") || !strcmp(u->one, "minute") ||
         !strcmp(u->one, "heure") || !strcmp(u->one, "bouteille") ||
         !strcmp(u->one, "livre") || !strcmp(u->one, "unité internationale") ||
         !strcmp(u->one, "unité astronomique") ||
         !strncmp(u->one, "cuillère", 9) || !strcmp(u->one, "année-lumière") ||
         !strcmp(u->one, "atmosphère") || !strcmp(u->one, "mole") ||
         !strcmp(u->one, "once") || !strcmp(u->one, "douzaine") ||
         !strcmp(u->one, "abstention");
}

static const S_unit *S_unit_at(const char *p, const char *end, int spaced,
                               const char **after) {
  for (const S_unit *u = S_units; u->abbr; u++) {
    if (!S_starts(p, end, u->abbr))
      continue;
    size_t n = strlen(u->abbr);
    const char *q = p + n;
    if (S_alnum_at(q, end) || (q < end && (*q == '\'' || *q == '-')))
      continue;
    if (n == 1 && !spaced && (*p == 's' || *p == 'l' || *p == 't' || *p == 'K'))
      continue;
    /* (the interjection is not ampère-hours: "3 Ah bon ?") */
    if (!strcmp(u->abbr, "Ah") &&
        (S_starts(q, end, " bon") || S_starts(q, end, " !") ||
         S_starts(q, end, "!")))
      continue;
    /* "3 al. 2" is a paragraph of a law, "40 al" light-years */
    if (!strcmp(u->abbr, "al") &&
        q < end && (*q == '.' || (*q == ' ' && q + 1 < end && S_is_digit(q[1]))))
      continue;
    /* "3 m de" yes, "3 m." at the end too; "5 V" but not "V." initials */
    *after = q;
    return u;
  }
  return NULL;
}


static int S_month_word(const char *p, const char *end) {
  size_t n = S_letters(p, end);
  if (!n || n > 12)
    return -1;
  breve_buf f = {0};
  breve_utf8_fold(p, n, &f);
  int m = -1;
  static const char *const folded[] = {
      "janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
      "juillet", "aout",    "septembre", "octobre", "novembre", "decembre",
      NULL};
  if (f.ptr)
    m = S_in(f.ptr, f.len, folded);
  breve_buf_free(&f);
  return m;
}

/* Nouns whose gender after a number their ending does not tell, in the
 * singular: the feminine ones ("une heure", "vingt et une voix", "une
 * brebis") and the masculine ones among the feminine endings below ("un
 * comité", "vingt et un incendies", "un lycée"). */
/* clang-format off */ /* a word list, kept four to a line */
static const struct {
  const char *noun;
  char gender; /* 'f' or 'm' */
} S_genders[] = {
    {"fois", 'f'}, {"caserne", 'f'}, {"machine", 'f'}, {"marche", 'f'},
    {"chute", 'f'}, {"patinoire", 'f'}, {"enchère", 'f'}, {"âme", 'f'},
    {"lieue", 'f'}, {"vanne", 'f'}, {"masse", 'f'}, {"tortue", 'f'},
    {"sonde", 'f'}, {"truffe", 'f'}, {"gratuite", 'f'}, {"calèche", 'f'},
    {"récompense", 'f'}, {"génisse", 'f'}, {"affiche", 'f'}, {"suite", 'f'},
    {"loge", 'f'}, {"avalanche", 'f'}, {"rampe", 'f'}, {"pointe", 'f'},
    {"torpille", 'f'}, {"louve", 'f'}, {"parabole", 'f'}, {"robe", 'f'},
    {"toque", 'f'}, {"monoplace", 'f'}, {"brigade", 'f'}, {"corde", 'f'},
    {"empreinte", 'f'}, {"bourriche", 'f'}, {"pompe", 'f'}, {"barge", 'f'},
    {"union", 'f'}, {"lame", 'f'}, {"vitrine", 'f'}, {"lanterne", 'f'},
    {"vitre", 'f'},
    {"fiche", 'f'}, {"régate", 'f'}, {"aire", 'f'}, {"requête", 'f'},
    {"détenue", 'f'}, {"écoute", 'f'}, {"barre", 'f'}, {"chatte", 'f'},
    {"perruche", 'f'},
    {"boutique", 'f'}, {"mise", 'f'}, {"offerte", 'f'},
    {"commande", 'f'}, {"seule", 'f'}, {"réplique", 'f'}, {"touche", 'f'},
    {"douche", 'f'}, {"grue", 'f'}, {"birdie", 'm'}, {"cantine", 'f'},
    {"pile", 'f'}, {"reine", 'f'}, {"lauréate", 'f'}, {"capsule", 'f'},
    {"centrale", 'f'}, {"girafe", 'f'}, {"crème", 'f'}, {"molécule", 'f'},
    {"rencontre", 'f'},
    {"rame", 'f'},
    {"prothèse", 'f'}, {"fermes", 'f'}, /* (not "1 an ferme") */
    {"benne", 'f'}, {"salve", 'f'}, {"puce", 'f'}, {"guirlande", 'f'},
    {"donne", 'f'}, {"niche", 'f'},
    {"demande", 'f'}, {"teinte", 'f'}, {"tribu", 'f'}, {"collecte", 'f'},
    {"cure", 'f'}, {"poche", 'f'}, {"faute", 'f'}, {"statue", 'f'},
    {"case", 'f'}, {"once", 'f'}, {"inscrite", 'f'}, {"paire", 'f'},
    {"ampoule", 'f'}, {"histoire", 'f'}, {"noyade", 'f'}, {"valeur", 'f'},
    {"meute", 'f'}, {"ourse", 'f'}, {"cloche", 'f'}, {"charge", 'f'},
    {"alvéole", 'f'}, {"perche", 'f'}, {"taxe", 'f'}, {"ferries", 'm'},
    {"s\xc3\xa9l", 'f'}, /* "21 sél." */
    {"personne", 'f'}, {"baleine", 'f'}, {"eau", 'f'}, {"agression", 'f'},
    {"cellule", 'f'}, {"toile", 'f'}, {"tasse", 'f'}, {"scène", 'f'},
    {"faille", 'f'}, {"vache", 'f'}, {"température", 'f'}, {"moyenne", 'f'},
    {"rafale", 'f'}, {"marge", 'f'}, {"minimale", 'f'}, {"maximale", 'f'},
    {"vitesse", 'f'}, {"enseigne", 'f'}, {"dent", 'f'}, {"PME", 'f'},
    {"TPE", 'f'}, {"ETI", 'f'}, {"ONG", 'f'}, {"ESN", 'f'},
    {"SCOP", 'f'}, {"SARL", 'f'}, {"ZFE", 'f'}, {"ZAC", 'f'},
    {"IVG", 'f'}, {"OPA", 'f'}, {"AOP", 'f'}, {"IGP", 'f'},
    {"AOC", 'f'}, {"UGB", 'f'}, {"femme", 'f'}, {"année", 'f'},
    {"candidate", 'f'}, {"piste", 'f'}, {"chaîne", 'f'}, {"liste", 'f'},
    {"semaine", 'f'}, {"tonne", 'f'}, {"planche", 'f'}, {"harpe", 'f'},
    {"officine", 'f'}, {"maraude", 'f'}, {"fève", 'f'}, {"gourde", 'f'},
    {"analyse", 'f'}, {"auberge", 'f'}, {"minute", 'f'}, {"seconde", 'f'},
    {"voiture", 'f'}, {"victime", 'f'}, {"page", 'f'}, {"place", 'f'},
    {"heure", 'f'}, {"voix", 'f'}, {"ville", 'f'}, {"commune", 'f'},
    {"entreprise", 'f'}, {"nuit", 'f'}, {"journée", 'f'}, {"fille", 'f'},
    {"étoile", 'f'}, {"région", 'f'}, {"classe", 'f'}, {"table", 'f'},
    {"passe", 'f'}, {"chorale", 'f'}, {"grille", 'f'}, {"vente", 'f'},
    {"étudiante", 'f'}, {"pente", 'f'}, {"tente", 'f'}, {"édition", 'f'},
    {"saison", 'f'}, {"manche", 'f'}, {"mesure", 'f'}, {"maison", 'f'},
    {"usine", 'f'}, {"école", 'f'}, {"partie", 'f'}, {"chose", 'f'},
    {"vie", 'f'}, {"victoire", 'f'}, {"entrée", 'f'}, {"équipe", 'f'},
    {"chambre", 'f'}, {"famille", 'f'}, {"balle", 'f'}, {"espèce", 'f'},
    {"chance", 'f'}, {"médaille", 'f'}, {"défaite", 'f'}, {"loi", 'f'},
    {"étape", 'f'}, {"question", 'f'}, {"course", 'f'}, {"épreuve", 'f'},
    {"dose", 'f'}, {"affaire", 'f'}, {"enquête", 'f'}, {"plainte", 'f'},
    {"ligne", 'f'}, {"rue", 'f'}, {"route", 'f'}, {"station", 'f'},
    {"gare", 'f'}, {"série", 'f'}, {"élection", 'f'}, {"réunion", 'f'},
    {"séance", 'f'}, {"réforme", 'f'}, {"guerre", 'f'}, {"attaque", 'f'},
    {"frappe", 'f'}, {"arme", 'f'}, {"amende", 'f'}, {"peine", 'f'},
    {"vague", 'f'}, {"offre", 'f'}, {"génération", 'f'}, {"nation", 'f'},
    {"idée", 'f'}, {"fenêtre", 'f'}, {"porte", 'f'}, {"carte", 'f'},
    {"œuvre", 'f'}, {"photo", 'f'}, {"vidéo", 'f'}, {"image", 'f'},
    {"langue", 'f'}, {"salle", 'f'}, {"voie", 'f'}, {"zone", 'f'},
    {"tribune", 'f'}, {"nouvelle", 'f'}, {"banque", 'f'}, {"sélection", 'f'},
    {"pièce", 'f'}, {"brebis", 'f'}, {"cathédrale", 'f'}, {"église", 'f'},
    {"abbaye", 'f'}, {"basilique", 'f'}, {"croisade", 'f'}, {"bataille", 'f'},
    {"messe", 'f'}, {"synagogue", 'f'}, {"paroisse", 'f'}, {"communauté", 'f'},
    {"faculté", 'f'}, {"île", 'f'}, {"plage", 'f'}, {"lettre", 'f'},
    {"note", 'f'}, {"marque", 'f'}, {"agence", 'f'}, {"province", 'f'},
    {"crèche", 'f'}, {"bourse", 'f'}, {"escale", 'f'}, {"frégate", 'f'},
    {"cause", 'f'}, {"boîte", 'f'}, {"bouteille", 'f'}, {"tête", 'f'},
    {"chanson", 'f'}, {"boisson", 'f'}, {"prison", 'f'}, {"raison", 'f'},
    {"leçon", 'f'}, {"façon", 'f'}, {"rançon", 'f'}, {"éolienne", 'f'},
    {"antenne", 'f'}, {"parisienne", 'f'}, {"coopérative", 'f'}, {"initiative", 'f'},
    {"tentative", 'f'}, {"offensive", 'f'}, {"directive", 'f'}, {"perspective", 'f'},
    {"exploitation", 'f'}, {"tomme", 'f'}, {"pomme", 'f'}, {"meule", 'f'},
    {"rose", 'f'}, {"gélule", 'f'}, {"cabine", 'f'}, {"tombe", 'f'},
    {"planète", 'f'}, {"plateforme", 'f'}, {"turbine", 'f'}, {"lune", 'f'},
    {"comète", 'f'}, {"montre", 'f'}, {"nappe", 'f'}, {"remarque", 'f'},
    {"fibre", 'f'}, {"bobine", 'f'}, {"discipline", 'f'}, {"urne", 'f'},
    {"lampe", 'f'}, {"pers", 'f'}, /* "1 pers." */
    {"sem", 'f'}, /* "1 sem." */
    {"piscine", 'f'}, {"douleur", 'f'}, {"couleur", 'f'}, {"erreur", 'f'},
    {"secousse", 'f'}, {"réplique", 'f'}, {"caravane", 'f'},
    {"gargouille", 'f'}, {"race", 'f'}, {"caméra", 'f'},
    {"vidange", 'f'}, {"formule", 'f'}, {"branche", 'f'}, {"poutre", 'f'},
    {"cible", 'f'},
    {"tumeur", 'f'}, {"odeur", 'f'}, {"saveur", 'f'}, {"rumeur", 'f'},
    {"hauteur", 'f'}, {"largeur", 'f'}, {"profondeur", 'f'},
    {"épaisseur", 'f'}, {"peur", 'f'}, {"humeur", 'f'},
    {"fuite", 'f'}, {"visite", 'f'}, {"faillite", 'f'}, {"limite", 'f'},
    {"part", 'f'}, {"portion", 'f'}, {"tranche", 'f'}, {"douzaine", 'f'},
    {"cuillère", 'f'}, {"boule", 'f'}, {"pizza", 'f'}, {"tarte", 'f'},
    {"crêpe", 'f'}, {"galette", 'f'}, {"ruche", 'f'}, {"arche", 'f'},
    {"écluse", 'f'}, {"mère", 'f'}, {"sœur", 'f'}, {"tante", 'f'},
    {"nièce", 'f'}, {"cousine", 'f'}, {"retraité", 'm'}, {"bastion", 'm'},
    {"silence", 'm'}, {"murmure", 'm'}, {"mercure", 'm'}, {"cyanure", 'm'},
    {"chlorure", 'm'}, {"sulfure", 'm'}, {"parjure", 'm'}, {"augure", 'm'},
    {"squelette", 'm'}, {"génie", 'm'}, {"incendie", 'm'}, {"parapluie", 'm'},
    {"sosie", 'm'}, {"messie", 'm'}, {"foie", 'm'}, {"musée", 'm'},
    {"lycée", 'm'}, {"trophée", 'm'}, {"apogée", 'm'}, {"mausolée", 'm'},
    {"colisée", 'm'}, {"scarabée", 'm'}, {"pygmée", 'm'}, {"caducée", 'm'},
    {"athée", 'm'}, {"camée", 'm'}, {"comité", 'm'}, {"invité", 'm'},
    {"cimetière", 'm'}, {"derrière", 'm'}, {"caprice", 'm'}, {"dentifrice", 'm'},
    {"vermicelle", 'm'}, {"violoncelle", 'm'}, {"polichinelle", 'm'}, {"zombie", 'm'},
    {"parapente", 'm'}, {"pare-brise", 'm'}, {"périnée", 'm'}, {"hyménée", 'm'},
    {"empyrée", 'm'}, {"prytanée", 'm'}, {"coryphée", 'm'}, {"gynécée", 'm'},
    {"macchabée", 'm'}, {"amphibie", 'm'}, {"traité", 'm'}, {"bière", 'f'},
    {"pinte", 'f'}, {"chope", 'f'}, {"cave", 'f'}, {"cuve", 'f'},
    {"caisse", 'f'}, {"barrique", 'f'}, {"vigne", 'f'}, {"grappe", 'f'},
    {"clé", 'f'}, {"clef", 'f'}, {"mine", 'f'}, {"chèvre", 'f'},
    {"poule", 'f'}, {"roue", 'f'}, {"moto", 'f'}, {"clinique", 'f'},
    {"brique", 'f'}, {"plaque", 'f'}, {"borne", 'f'}, {"cage", 'f'},
    {"terre", 'f'}, {"forêt", 'f'}, {"fleur", 'f'}, {"graine", 'f'},
    {"poire", 'f'}, {"tomate", 'f'}, {"carotte", 'f'}, {"huître", 'f'},
    {"truite", 'f'}, {"sardine", 'f'}, {"finale", 'f'}, {"ronde", 'f'},
    {"coupe", 'f'}, {"main", 'f'}, {"jambe", 'f'}, {"date", 'f'},
    {"feuille", 'f'}, {"cabane", 'f'}, {"croix", 'f'}, {"noix", 'f'},
    {"vis", 'f'}, {"souris", 'f'}, {"perdrix", 'f'}, {"annonce", 'f'},
    {"réponse", 'f'}, {"jument", 'f'}, {"amphore", 'f'}, {"perle", 'f'},
    {"pierre", 'f'}, {"pouliche", 'f'}, {"longueur", 'f'}, {"cigogne", 'f'},
    {"revue", 'f'}, {"ferme", 'f'}, /* (not "dont 1 ferme": below) */
    {"recrue", 'f'}, {"prime", 'f'}, {"bague", 'f'}, {"gomme", 'f'},
    {"fontaine", 'f'}, {"sirène", 'f'},
    /* cars by their maker: "31 Bugatti" */
    {"Bugatti", 'f'}, {"Porsche", 'f'}, {"Ferrari", 'f'}, {"Lamborghini", 'f'},
    {"Tesla", 'f'}, {"Maserati", 'f'}, {"Bentley", 'f'},
    /* adjectives before the noun: "1 petite fille", "31 grandes villes" */
    {"petite", 'f'}, {"grande", 'f'}, {"bonne", 'f'}, {"vieille", 'f'},
    {"longue", 'f'}, {"courte", 'f'}, {"haute", 'f'}, {"basse", 'f'},
    {"jolie", 'f'}, {"fausse", 'f'}, {"grosse", 'f'},
    {NULL, 0}};
/* clang-format on */

/* The gender S_genders gives the noun w[0..n) or its singular, or 0. */
static char S_gender(const char *w, size_t n) {
  for (int pass = 0; pass < 2; pass++) {
    size_t k = n - (size_t)pass; /* "personnes": "personne", "eaux" */
    if (pass && (n < 2 || (w[n - 1] != 's' && w[n - 1] != 'x')))
      break;
    for (size_t i = 0; S_genders[i].noun; i++)
      if (S_genders[i].noun[0] == w[0] && strlen(S_genders[i].noun) == k &&
          !memcmp(S_genders[i].noun, w, k))
        return S_genders[i].gender;
  }
  return 0;
}

/* Whether w[0..n) ends with the bytes of suf. */
static int S_ends_with(const char *w, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return n > k && memcmp(w + n - k, suf, k) == 0;
}

/* Whether a noun counted after a number is feminine: S_genders first,
 * then the endings that are feminine in nearly every French noun ("une
 * action", "trente et une sociétés", "une pharmacie"). The
 * endings left out (-ade, -ine, -té, -eur) have too many masculine nouns
 * in the news (stade, magazine, député, joueur). */
static int S_feminine_noun(const char *w, size_t n, int by_ending) {
  static const char *const endings[] = {
      "tion",  "sion",  "xion", "ité",   "été",  "ance", "ence",
      "ure",   "ette",  "ie",   "ée",    "ise",  "ière", "euse",
      "rice",  "esse",  "elle", "ienne", "ante", "ente", "thèque",
      "aison", "eille", "tude", "onne",  NULL};
  char g = S_gender(w, n);
  if (g)
    return g == 'f';
  /* (a noun in small letters, "économies" too) */
  int small = ((unsigned char)w[0] >= 'a' && (unsigned char)w[0] <= 'z') ||
              (n >= 2 && (unsigned char)w[0] == 0xC3 &&
               (unsigned char)w[1] >= 0xA0);
  if (!by_ending || !n || n >= 40 || !small)
    return 0;
  size_t m = n - (w[n - 1] == 's'); /* the singular of a plural */
  for (size_t i = 0; endings[i]; i++)
    if (S_ends_with(w, m, endings[i]) && m >= strlen(endings[i]) + 2)
      return 1;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Rules on numbers                                                   */

/* Appends a count and its unit, the unit plural from two on: "une
 * heure", "vingt et une secondes", "quatre-vingts centimètres". */
static void S_put_count(breve_buf *w, uint64_t n, int fem, const char *unit) {
  breve_fr_cardinal(w, n, fem);
  breve_buf_putc(w, ' ');
  breve_buf_puts(w, unit);
  if (n >= 2)
    breve_buf_putc(w, 's');
}

/* The end of the number token at p when nothing alphanumeric sticks to
 * the digits. */
static int S_ends_clean(const char *q, const char *end) {
  return !S_alnum_at(q, end);
}

/* A number, a half and a unit written short: "2 ½ kg", "1 1/2 l" are
 * "deux kilogrammes et demi", "un litre et demi". r is after the half;
 * returns the end, or NULL. */
static const char *S_half_unit(breve_buf *w, uint64_t v, const char *r,
                               const char *end) {
  const char *t = r + S_blank(r, end), *after;
  const S_unit *u = t > r ? S_unit_at(t, end, 1, &after) : NULL;
  if (!u || !S_ends_clean(after, end))
    return NULL;
  int fem = S_unit_fem(u);
  breve_fr_cardinal(w, v, fem);
  breve_buf_putc(w, ' ');
  breve_buf_puts(w, v >= 2 ? u->many : u->one);
  breve_buf_puts(w, fem ? " et demie" : " et demi");
  return after;
}

/* Reads 1..maxd digits with a value in [lo, hi]; returns the end or NULL. */
static const char *S_small(const char *p, const char *end, size_t mind,
                           size_t maxd, unsigned lo, unsigned hi,
                           unsigned *v) {
  size_t d = S_digits(p, end);
  uint64_t x;
  if (d < mind || d > maxd || !breve_fr_parse_u64(p, d, &x) || x < lo ||
      x > hi)
    return NULL;
  *v = (unsigned)x;
  return p + d;
}

static void S_say_date(S_st *st, unsigned day, unsigned month, int has_year,
                       uint64_t year) {
  breve_buf w = {0};
  if (day == 1)
    breve_buf_puts(&w, "premier");
  else
    breve_fr_cardinal(&w, day, 0);
  breve_buf_putc(&w, ' ');
  breve_buf_puts(&w, breve_fr_month((int)month));
  if (has_year)
    breve_fr_cardinal(&w, year, 0);
  S_say_buf(st, &w);
}

/* Whether the words at p count successes in sport: "5/7 aux tirs", "4/9
 * sur balles de break", "7/12 à trois points". */
static int S_ratio_words(const char *p, const char *end) {
  static const char *const words[] = {
      "aux tirs",      "au tir",    "aux lancers",       "à trois points",
      "à deux points", "sur balle", "derrière la ligne", "au pied",
      "derrière l'arc", "derrière l’arc", "dans les airs",
      "au premier service", "au second service", "au deuxième service",
      "en premier service", "dans les tirs", "aux passes", "au filet",
      "à 3 pts", "à 3 points", "à 2 pts", "à 2 points",
      /* a biathlete's shooting: "9/10 au couché", "5/10 debout" */
      "au couché", "en couché", "debout",
      /* a driving licence's points: "6/12 points"; line-outs */
      "points", "en touche", "en mêlée",
      /* and a handball keeper's or shooter's: "9/11 aux jets de 7 m" */
      "aux jets", "aux penalties", "aux penaltys", "aux tirs au but",
      /* and a team's with one player more or less: "2/5 en supériorité" */
      "en supériorité", "en infériorité", "en power-play",
      "en avantage numérique", NULL};
  size_t b = S_blank(p, end);
  if (!b)
    return 0;
  for (size_t i = 0; words[i]; i++)
    if (S_starts(p + b, end, words[i]))
      return 1;
  return 0;
}

/* Whether what follows a day and a month at p ends the phrase or goes
 * on as a date does: "le 4/7.", "le 4/7 à 20 h", "le 4/7 et le 5/7". */
static int S_date_follows(const char *p, const char *end) {
  static const char *const next[] = {"à", "au", "et", "dès", "pour", "avec",
                                     "ou", "lors", "puis", NULL};
  if (p >= end)
    return 1;
  if (*p == ',' || *p == '.' || *p == ';' || *p == ')' || *p == '!' ||
      *p == '?')
    return 1;
  size_t k = S_letters(p, end);
  return k && S_in(p, k, next) >= 0 && !S_alnum_at(p + k, end);
}

/* Words a version number follows: "iOS 17.2", "le patch 14.12". */
static const char *const S_version_products[] = {
    "version", "Version", "Web",     "web",   "iOS",   "Android", "macOS",
    "Windows", "Linux",   "Bluetooth", "HTML", "HTTP", "USB",     "Python",
    "Java",    "v",       "V",       "Wi-Fi", "Firefox", "Chrome",
    "patch",   "Patch",   "build",   "firmware",
    "jour", /* "la mise à jour 3.1" */
    "son", "Dolby", /* "un son 5.1" */
    "HDMI",    "Thunderbolt", "PCIe", "DisplayPort",
    "hall", "Hall", /* a fair's "hall 7.1" */
    "salle", "Salle", /* a campus's "salle 1.12" */
    "article", "art", /* "l'article 9.12" */
    NULL};

/* 2026-11-28, 28/11/2026, 28.11.2026, 28-11-2026, 17.06, 17/06. */
static const char *S_rule_date(S_st *st, const char *p) {
  const char *end = st->end, *q;
  unsigned y, m, d;
  /* ISO, and the year first with slashes or dots: "2026/11/28" */
  if ((q = S_small(p, end, 4, 4, 1000, 2999, &y)) && q < end &&
      (*q == '-' || *q == '/' || *q == '.')) {
    char ys = *q;
    if ((q = S_small(q + 1, end, 2, 2, 1, 12, &m)) && q < end && *q == ys &&
        (q = S_small(q + 1, end, 2, 2, 1, 31, &d)) && S_ends_clean(q, end) &&
        !(q < end && (*q == '-' || *q == '/' ||
                      (*q == '.' && q + 1 < end && S_is_digit(q[1]))))) {
      S_say_date(st, d, m, 1, y);
      return q;
    }
  }
  const char *a = S_small(p, end, 1, 2, 1, 31, &d);
  /* "le 1er/02" */
  if (a && d == 1 && a + 3 < end && a[0] == 'e' && a[1] == 'r' &&
      (a[2] == '/' || a[2] == '.') && S_is_digit(a[3]))
    a += 2;
  if (!a || a + 1 >= end || (*a != '/' && *a != '.' && *a != '-'))
    return NULL;
  char sep = *a;
  /* (a version after its product: "le patch 14.12") */
  if (sep == '.' && st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p &&
      S_in(st->prev_word, st->prev_len, S_version_products) >= 0)
    return NULL;
  /* a month and a year, "en 11/2026", "03/2025": the month has two
   * digits ("1/2000" stays a fraction) */
  if (sep == '/' && a - p == 2 && d <= 12 &&
      (q = S_small(a + 1, end, 4, 4, 1900, 2099, &y)) && S_ends_clean(q, end) &&
      !(q + 1 < end && (*q == '/' || *q == '-') && S_is_digit(q[1]))) {
    breve_buf w = {0};
    breve_buf_puts(&w, breve_fr_month((int)d));
    breve_fr_cardinal(&w, y, 0);
    S_say_buf(st, &w);
    return q;
  }
  const char *b = S_small(a + 1, end, 1, 2, 1, 12, &m);
  if (!b)
    return NULL;
  if (b + 1 < end && *b == sep && S_is_digit(b[1])) {
    q = S_small(b + 1, end, 4, 4, 1000, 2999, &y);
    if (q && S_ends_clean(q, end) && !(q + 1 < end && (*q == sep) &&
                                       S_is_digit(q[1]))) {
      S_say_date(st, d, m, 1, y);
      return q;
    }
    /* a two-digit year, day and month written with two digits each:
     * "06/12/24" is 2024, "28/11/98" 1998; a one-digit day or month with
     * slashes ("9/10/26", "2/8/22" cannot be fractions) */
    q = S_small(b + 1, end, 2, 2, 0, 99, &y);
    if (q && sep != '-' &&
        (a - p == 2 || (a - p == 1 && (st->date_word || sep == '/'))) &&
        (b - a == 3 || sep == '/') && S_ends_clean(q, end) &&
        !(q < end && (*q == sep || *q == ',') && q + 1 < end &&
          S_is_digit(q[1]))) {
      S_say_date(st, d, m, 1, y < 50 ? 2000 + y : 1900 + y);
      return q;
    }
    return NULL;
  }
  /* Day and month only: two-digit month ("lundi 2/3" after a weekday),
   * and not a decimal or a range. */
  static const char *const weekdays[] = {
      "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
      "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "Lun", "Mar", "Mer",
      "Jeu", "Ven", "Sam", "Dim", NULL};
  /* (a weekday cut short has its dot: "mer. 2/12") */
  int weekday = st->date_word && st->prev_word &&
                S_in(st->prev_word, st->prev_len, weekdays) >= 0 &&
                (st->prev_len > 3 || (st->prev_word + st->prev_len < end &&
                                      st->prev_word[st->prev_len] == '.'));
  /* "le 21/6", "du 14/7": a one-digit month after "le" when the day
   * cannot be a numerator ("le 1/3 des sièges" is a third) */
  /* nor a fraction of something ("le 3/4 du budget"), as "le 7/4 à
   * Paris" or "le 9/9" cannot be (a day not before its month; "le 7/7"
   * is every day) */
  const char *nx = b + S_blank(b, end);
  int of = nx > b && (S_starts(nx, end, "de ") || S_starts(nx, end, "des ") ||
                      S_starts(nx, end, "du ") || S_starts(nx, end, "d'") ||
                      S_starts(nx, end, "d\xe2\x80\x99"));
  int day_month = st->date_word && b - (a + 1) == 1 &&
                  (d > 12 ||
                   (st->prev_word &&
                    (S_eq(st->prev_word, st->prev_len, "du") ||
                     S_eq(st->prev_word, st->prev_len, "au"))) ||
                   /* ("le 4/7" too, ending a phrase or before "à",
                    * "et": a fraction above one half is "les 4/7"; not
                    * "le 3/4 centre" nor the show "« Le 7/9 »") */
                   ((d >= m || (d > 1 && S_date_follows(nx, end)) ||
                     /* "le 1/9" is the first of September: no stage of
                      * a cup is a fifth to a ninth (but "le 1/8") */
                     (d == 1 && m >= 5 && m != 8)) &&
                    !(d == 7 && m == 7) && !of));
  if (sep == '-' || (b - (a + 1) != 2 && !weekday && !day_month) ||
      !S_ends_clean(b, end))
    return NULL;
  /* "10/10 à chaque œil", "7/10": a mark or a fraction, unless after
   * "le" or written "07/10" */
  if (sep == '/' && !st->date_word && m == 10 && d <= 10 && *p != '0')
    return NULL;
  /* ("au 1/10 de seconde", "le 3/10 du temps": tenths of something) */
  if (sep == '/' && m == 10 && d < 10 && a - p == 1 && of &&
      !(S_starts(nx, end, "de ") && nx + 3 < end && S_is_digit(nx[3])))
    return NULL;
  if (b < end && (*b == '/' || *b == '-' || (*b == ',' && b + 1 < end &&
                                             S_is_digit(b[1]))))
    return NULL;
  /* (a one-digit day with a dot after "le", "du", "au": "le 8.12") */
  if (sep == '.' && a - p != 2 && !(st->date_word && b - (a + 1) == 2))
    return NULL;
  if (sep == '/' && a - p != 2 && a[1] != '0' && !st->date_word)
    return NULL;
  /* alone at the start of a line, "11/12" is a fraction ("28/11" cannot
   * be one, nor "01/07", written with the zero of a day) */
  if (sep == '/' && !st->date_word && d < m && p == st->line && *p != '0')
    return NULL;
  /* "autour de 11/12", "à 10/12": numbers, not a day and a month */
  static const char *const not_date[] = {
      "de",     "d",      "à",     "sur",    "entre", "environ", "soit",
      "les",    "des",    "étape", "manche", "volet", "tome",    "partie",
      "séance", NULL}; /* (and a part: "l'étape 10/12") */
  if (sep == '/' && !st->date_word && st->prev_word && !st->prev_number &&
      S_in(st->prev_word, st->prev_len, not_date) >= 0 &&
      (d < m || (!S_eq(st->prev_word, st->prev_len, "les") &&
                 !S_eq(st->prev_word, st->prev_len, "des"))))
    return NULL;
  if (sep == '/' && S_ratio_words(b, end))
    return NULL; /* "10/10 aux tirs au but" */
  /* "du 1/3 restant", "le 1/4 manquant": a part, before a word that is
   * not of a date ("du 1/3 au 15/3" is one) */
  if (sep == '/' && d == 1 && m <= 4 && a - p == 1 && b + 1 < end &&
      *b == ' ' && b[1] >= 'a' && b[1] <= 'z') {
    static const char *const then[] = {"au", "à", "et", "ou", "jusqu",
                                       "dès", "prochain", "dernier",
                                       "inclus", NULL};
    size_t k = S_letters(b + 1, end);
    if (k && S_in(b + 1, k, then) < 0)
      return NULL;
  }
  S_say_date(st, d, m, 0, 0);
  return b;
}

/* "17/18 juin", "17-18-19 juin": days listed before a month. */
static const char *S_rule_daylist(S_st *st, const char *p) {
  const char *end = st->end, *q = p;
  unsigned days[8], n = 0, v;
  for (;;) {
    const char *r = S_small(q, end, 1, 2, 1, 31, &v);
    if (!r)
      return NULL;
    days[n++] = v;
    q = r;
    if (n < 8 && q + 1 < end && (*q == '/' || *q == '-') && S_is_digit(q[1])) {
      q++;
      continue;
    }
    break;
  }
  size_t b = S_blank(q, end);
  if (n < 2 || !b)
    return NULL;
  if (S_month_word(q + b, end) < 0) {
    /* (or shortened: "Arcole (15-17 nov. 1796)") */
    static const char *const abbr[] = {"janv", "févr", "fév", "avr",
                                       "juil", "juill", "sept", "oct",
                                       "nov",  "déc",  NULL};
    size_t k = S_letters(q + b, end);
    if (!k || q + b + k >= end || q[b + k] != '.' ||
        S_in(q + b, k, abbr) < 0)
      return NULL;
  }
  /* two days in a row with a hyphen are joined by "et", as every token
   * set accepts ("les 18-19 décembre" is "dix-huit et dix-neuf"); a span
   * "5-8 mars" is "cinq au huit"; "17/18 juin" and "3/4/5 mai" are said
   * day after day, as the NeMo cases have them */
  int hyphen = p[S_digits(p, end)] == '-';
  /* (after "du", a span: "du 4-5 décembre" is "du quatre au cinq") */
  int du = st->prev_word && (S_eq(st->prev_word, st->prev_len, "du") ||
                             S_eq(st->prev_word, st->prev_len, "Du"));
  int span = n == 2 && hyphen && (days[1] > days[0] + 1 || du);
  int pair = n == 2 && hyphen && days[1] == days[0] + 1 && !du;
  breve_buf w = {0};
  /* a span opening its phrase is said from one day to the other:
   * "Monte-Carlo, 12-19 avril" is "du douze au dix-neuf avril" (not after
   * a word that links it: "les 5-8 mars", "entre", "au") */
  static const char *const linked[] = {
      "le", "Le",    "les", "Les", "des", "du",    "Du",
      "au", "aux",   "de",  "De",  "d",   "entre", "Entre",
      "à",  "jusqu", "et",  "ou",  "ces", "ses",   NULL};
  /* (or set apart in brackets: "le Masters 2026 (9-12 avril)") */
  int bracket = p > st->line && p[-1] == '(';
  if (span && !du &&
      (bracket ||
       (!(st->prev_word && !st->prev_number &&
          S_in(st->prev_word, st->prev_len, linked) >= 0) &&
        !st->prev_number)))
    breve_buf_puts(&w, p == st->line ? "Du" : "du");
  int between = st->prev_word && (S_eq(st->prev_word, st->prev_len, "entre") ||
                                  S_eq(st->prev_word, st->prev_len, "Entre"));
  for (unsigned i = 0; i < n; i++) {
    if ((span || pair) && i)
      breve_buf_puts(&w, span && !between ? " au" : " et");
    if (days[i] == 1)
      breve_buf_puts(&w, w.len ? " premier" : "premier");
    else
      breve_fr_cardinal(&w, days[i], 0);
  }
  S_say_buf(st, &w);
  return q;
}

static void S_say_hour(breve_buf *w, unsigned h) {
  if (h == 0 || h == 24)
    breve_buf_puts(w, h == 0 ? "minuit" : "vingt-quatre heures");
  else if (h == 12)
    breve_buf_puts(w, "midi");
  else {
    S_put_count(w, h, 1, "heure");
  }
}

/* The rest of a lap time after its minutes' number: "minutes", the
 * seconds and their tenths, hundredths or thousandths ("une minute
 * trente-deux secondes quatre cent cinquante-six"). */
static void S_dec_words(breve_buf *w, const char *d, size_t n);

static void S_put_lap(breve_buf *w, uint64_t min, unsigned s, const char *frac,
                      size_t nf) {
  breve_buf_puts(w, min >= 2 ? " minutes" : " minute");
  S_put_count(w, s, 1, "seconde");
  /* a lone digit is tenths, said so: a trotter's "1'11\"4" is "une
   * minute onze secondes et quatre dixièmes" */
  if (nf == 1 && *frac != '0') {
    breve_buf_puts(w, " et");
    S_dec_words(w, frac, nf);
    breve_buf_puts(w, *frac == '1' ? " dixième" : " dixièmes");
    return;
  }
  S_dec_words(w, frac, nf); /* "1'12\"045": "zéro quarante-cinq" */
}

/* `clock` is set for an hour set apart by spaces and not followed by
   "min" ("11 h 30"): then a time of the morning standing alone is said
   the way people say it ("dix heures et demie", "midi moins le quart"),
   while the 24-hour times of the afternoon keep their minutes ("quatorze
   heures trente"). Midnight is "minuit" alone, "zéro heure" in a sentence
   or with minutes not set apart by spaces. */
static void S_say_time(S_st *st, unsigned h, int has_min, unsigned m,
                       int clock) {
  breve_buf w = {0};
  /* "et demie" and "midi moins le quart" only for a time of day standing
   * alone, as NeMo's cases are ("11 h 30", "0 h 17"): in a sentence ("à
   * 11 h 45", "vers 0 h 15") the token sets want the time as written,
   * "onze heures quarante-cinq", "zéro heure quinze" (39 of their time and
   * sentence cases gained, none lost), and "un film de 2h15" is a length.
   * Even alone, a quarter past or to is said in minutes ("une heure
   * quinze", "six heures quarante-cinq"): 35 token-set cases gained,
   * none lost, as every case that takes "et quart" takes "quinze" too;
   * "midi moins le quart" is the one such phrase kept, as NeMo wants it */
  int in_text = st->prev_word != NULL || st->out->len > st->line_from;
  int spoken = clock && has_min && h >= 1 && h <= 11 && !in_text;
  if (spoken && m == 45 && h == 11) {
    breve_buf_puts(&w, "midi moins le quart");
  } else {
    /* "12h" is "douze heures": "midi" is kept for "midi moins le quart"
     * and for the end of a span, "de 9 h à 12 h", "10h-12h" ("de dix
     * heures à midi": 96 cases of the token sets gained, 61 lost where
     * the writer accepts only "douze heures") */
    const breve_buf *o = st->out;
    size_t e = o->len;
    while (e && o->ptr[e - 1] == ' ')
      e--;
    int span_end = 0;
    if (h == 12 && (!has_min || !m) && e >= 3 &&
        !memcmp(o->ptr + e - 3, " \xc3\xa0", 3)) {
      size_t from = e > 40 ? e - 40 : 0;
      if (from < st->line_from) /* (not the line before's "heures") */
        from = st->line_from;
      for (size_t i = from; i + 5 <= e && !span_end; i++)
        span_end = !memcmp(o->ptr + i, "heure", 5);
    }
    if (span_end)
      breve_buf_puts(&w, "midi");
    else if (h == 12)
      breve_buf_puts(&w, "douze heures");
    else if (h == 0 && (in_text || (has_min && m && !clock)))
      /* and "0h15" or "00:15" alone: all 72 such cases of the token
       * sets accept "zéro heure quinze", 13 of them not "minuit quinze";
       * the spaced "0 h 17" stays "minuit dix-sept" as in NeMo, and "0 h"
       * alone "minuit" */
      breve_buf_puts(&w, "zéro heure");
    else
      S_say_hour(&w, h);
    if (spoken && m == 30)
      breve_buf_puts(&w, " et demie");
    else if (has_min && m)
      breve_fr_cardinal(&w, m, 1);
  }
  S_say_buf(st, &w);
}

/* Whether a digit follows the blanks at p. */
static int S_digit_after(const char *p, const char *end) {
  p += S_blank(p, end);
  return p < end && S_is_digit(*p);
}

/* Whether the time at p ends a span: "de 8 h 30 à 9 h 30", "8h-9h30". */
static int S_time_before(const S_st *st, const char *p) {
  const char *b = p;
  if (b - st->line >= 3 && b[-1] == ' ' && !memcmp(b - 3, "à", 2))
    b -= 3; /* "à " */
  else if (b - st->line >= 1 && (b[-1] == '-' || b[-1] == '/'))
    b -= 1;
  else
    return 0;
  while (b > st->line && b[-1] == ' ')
    b--;
  const char *e = b;
  while (b > st->line && (S_is_digit(b[-1]) || b[-1] == ' ' || b[-1] == 'h' ||
                          b[-1] == 'H' || b[-1] == ':') && e - b < 12)
    b--;
  return e > b && (S_is_digit(e[-1]) || e[-1] == 'h' || e[-1] == 'H') &&
         memchr(b, 'h', (size_t)(e - b)) &&
         S_is_digit(*b == ' ' ? b[1] : *b);
}

/* Whether an hour's "h" (and its minutes) at q, after the hour's digits,
 * are followed by a dash and a second hour: "10h-18h", "9 h 30 – 12 h". */
static int S_hour_span_at(const char *q, const char *end) {
  /* (or a clock's: "9:00-17:00") */
  if (q + 3 < end && *q == ':' && S_digits(q + 1, end) == 2 &&
      (q[3] == '-' || S_starts(q + 3, end, "\xe2\x80\x93"))) {
    q += 3;
  } else {
    q += S_blank(q, end);
    if (q >= end || (*q != 'h' && *q != 'H'))
      return 0;
    q++;
    const char *m = q + S_blank(q, end);
    if (S_digits(m, end) == 2)
      q = m + 2;
  }
  if (S_alnum_at(q, end))
    return 0;
  q += S_blank(q, end);
  if (q < end && *q == '-')
    q++;
  else if (S_starts(q, end, "\xe2\x80\x93"))
    q += 3;
  else
    return 0;
  q += S_blank(q, end);
  size_t d = S_digits(q, end);
  if (d < 1 || d > 2)
    return 0;
  /* (the other end is an hour, not a price: "1h45 – 22 €", "19h – 2,20
   * €") */
  q += d;
  if (q + 1 < end && (*q == ',' || *q == '.') && S_is_digit(q[1]))
    return 0;
  q += S_blank(q, end);
  const char *after;
  return q >= end || !(*q == '%' || S_currency_at(q, end, &after));
}

/* 14h30, 14 h 30, 9 h, 20:15. */
/* Says two numbers and a word between them: "six à onze", "sept sur
 * dix". */
static void S_say_two(S_st *st, uint64_t a, const char *mid, uint64_t b) {
  breve_buf w = {0};
  breve_fr_cardinal(&w, a, 0);
  breve_buf_puts(&w, mid);
  breve_fr_cardinal(&w, b, 0);
  S_say_buf(st, &w);
}

/* The capitalised name after "des", "du", "de la" or "de" at t, as a
 * road's: "ch. des Vignes", "ch. de la Forêt". Returns it, or NULL. */
static const char *S_road_name(const char *t, const char *end) {
  const char *nm = NULL;
  if (S_starts(t, end, "des ") || S_starts(t, end, "du "))
    nm = t + (t[1] == 'e' ? 4 : 3);
  else if (S_starts(t, end, "de la "))
    nm = t + 6;
  else if (S_starts(t, end, "de "))
    nm = t + 3;
  return nm && S_upper_at(nm, end) ? nm : NULL;
}

/* Whether p follows a short run's distance and "en": "son 3 000 m en
 * 7:58", "le 10 km en 5:30" (minutes: a run of 100 km takes hours). */
static int S_run_before(const S_st *st, const char *p) {
  const char *b = p;
  while (b > st->line && b[-1] == ' ')
    b--;
  if (b - st->line < 3 || memcmp(b - 2, "en", 2) != 0)
    return 0;
  b -= 2;
  if (b > st->line && S_alnum_at(b - 1, st->end))
    return 0;
  while (b > st->line && b[-1] == ' ')
    b--;
  int km = b - st->line >= 2 && b[-1] == 'm' && b[-2] == 'k';
  if (!km && !(b - st->line >= 1 && b[-1] == 'm'))
    return 0;
  b -= km ? 2 : 1;
  if (b > st->line && S_alnum_at(b - 1, st->end) && !S_is_digit(b[-1]))
    return 0;
  while (b > st->line && b[-1] == ' ')
    b--;
  const char *d = b;
  uint64_t n = 0;
  while (d > st->line && (S_is_digit(d[-1]) || d[-1] == ' '))
    d--;
  for (const char *c = d; c < b; c++)
    if (S_is_digit(*c))
      n = n * 10 + (uint64_t)(*c - '0');
  return d < b && S_is_digit(b[-1]) && (km ? n <= 21 : n <= 10000);
}

/* Says a race time in hours, minutes and seconds: "2h01'09''" is "deux
 * heures une minute neuf secondes". */
static void S_say_hms(S_st *st, unsigned h, unsigned m, unsigned s) {
  breve_buf w = {0};
  S_put_count(&w, h, 1, "heure");
  S_put_count(&w, m, 1, "minute");
  S_put_count(&w, s, 1, "seconde");
  S_say_buf(st, &w);
}

/* An English "a.m." or "p.m." after a time, spaced or not: 1 for the
 * morning, 2 for the afternoon, 0 if there is none. Undotted "PM" counts
 * where `bare` is 1 ("8 PM"), "pm" too where it is 2 ("7:05 pm"); *after
 * is past it, its last dot left where it ends a sentence. */
static int S_ampm(const char *p, const char *end, int bare,
                  const char **after) {
  const char *s = p + (p < end && *p == ' ');
  if (s + 1 >= end)
    return 0;
  int half = (*s == 'a' || *s == 'A') ? 1 : (*s == 'p' || *s == 'P') ? 2 : 0;
  int up = S_is_upper_ascii(*s);
  char m = up ? 'M' : 'm';
  const char *t;
  if (!half)
    return 0;
  if (s + 3 < end && s[1] == '.' && s[2] == m && s[3] == '.')
    t = s + 4;
  else if (s[1] == m && (bare == 2 || (bare == 1 && up)))
    t = s + 2;
  else
    return 0;
  if (S_alnum_at(t, end))
    return 0;
  if (t[-1] == '.' &&
      (t == end || (t + 1 < end && *t == ' ' && S_upper_at(t + 1, end))))
    t--;
  *after = t;
  return half;
}

static const char *S_rule_time(S_st *st, const char *p) {
  const char *end = st->end, *q;
  unsigned h, m = 0;
  /* a chemical formula: "C6H12O6" has no time in it */
  if (st->glued && p > st->line && S_is_upper_ascii(p[-1])) {
    size_t d = S_digits(p, end);
    if (p + d < end && p[d] == 'H')
      return NULL;
  }
  /* a ratio: "le rapport 1:3", "un ratio de 3:1" are "un pour trois",
   * "trois pour un" (all three such token-set cases accept it); odds,
   * "une cote de 5:1", are "cinq contre un" */
  {
    const char *b = p;
    while (b > st->line && b[-1] == ' ')
      b--;
    if (b - st->line >= 3 && !memcmp(b - 3, " de", 3))
      b -= 3;
    while (b > st->line && b[-1] == ' ')
      b--;
    const char *a0 = b;
    while (a0 > st->line && S_alnum_at(a0 - 1, end))
      a0--;
    int odds = S_eq(a0, (size_t)(b - a0), "cote");
    if (odds || S_eq(a0, (size_t)(b - a0), "rapport") ||
        S_eq(a0, (size_t)(b - a0), "ratio")) {
      unsigned a = 0, c = 0;
      const char *x = S_small(p, end, 1, 2, 0, 99, &a), *y;
      if (x && x + 1 < end && *x == ':' &&
          (y = S_small(x + 1, end, 1, 2, 0, 99, &c)) && !S_alnum_at(y, end)) {
        S_say_two(st, a, odds ? " contre" : " pour", c);
        return y;
      }
    }
  }
  /* a picture's format: "16:9", "21:9", "4:3" (a minute has two digits) */
  {
    static const char *const formats[] = {"16:9", "21:9", "4:3",
                                          "32:9", "3:2",  "9:16", "18:9",
                                          "19:9", "20:9", NULL};
    for (int i = 0; formats[i]; i++) {
      size_t k = strlen(formats[i]);
      if (S_starts(p, end, formats[i]) && !S_alnum_at(p + k, end) &&
          !(p + k + 1 < end && p[k] == ':' && S_is_digit(p[k + 1]))) {
        const char *c = memchr(formats[i], ':', k);
        uint64_t a = 0, b = 0;
        breve_fr_parse_u64(formats[i], (size_t)(c - formats[i]), &a);
        breve_fr_parse_u64(c + 1, k - (size_t)(c - formats[i]) - 1, &b);
        breve_buf w = {0};
        breve_fr_cardinal(&w, a, 0);
        breve_buf_puts(&w, " sur ");
        breve_fr_cardinal(&w, b, 0);
        S_say_buf(st, &w);
        return p + k;
      }
    }
  }
  /* a race's total time, hours past a day: "en 79h33'20"" */
  if ((q = S_small(p, end, 2, 3, 25, 999, &h)) && q + 1 < end && *q == 'h') {
    unsigned mi, se;
    const char *t = S_small(q + 1, end, 2, 2, 0, 59, &mi), *u;
    if (t && t < end && *t == '\'' &&
        (u = S_small(t + 1, end, 2, 2, 0, 59, &se))) {
      u += S_starts(u, end, "''") ? 2 : u < end && *u == '"';
      if (u > t + 3 && S_ends_clean(u, end)) {
        S_say_hms(st, h, mi, se);
        return u;
      }
    }
  }
  /* minutes past a clock's hours: "un semi en 59:47" is "cinquante-neuf
   * minutes quarante-sept", a match's clock "à 79:30" */
  /* (under 25 too before a match's period: "à 12:34 de la 2e période") */
  int period = 0;
  if (p + 5 < end && p[2] == ':' && S_is_digit(p[0]) && S_is_digit(p[3])) {
    const char *f = p + 5;
    if (S_starts(f, end, " du match")) {
      period = 1;
    } else if (S_starts(f, end, " de la ")) {
      f += 7;
      period = S_starts(f, end, "mi-temps");
      f += S_digits(f, end);
      f += S_letters(f, end); /* "2e", "1re", "deuxième" */
      f += S_blank(f, end);
      period = period || S_starts(f, end, "p\xc3\xa9riode") ||
               S_starts(f, end, "mi-temps") || S_starts(f, end, "manche");
    }
  }
  if ((q = S_small(p, end, 2, 2, period ? 0 : 25, 99, &h)) && q + 2 < end &&
      *q == ':' && S_is_digit(q[1])) {
    unsigned se;
    const char *r = S_small(q + 1, end, 2, 2, 0, 59, &se);
    if (r && !(r + 1 < end && *r == ':' && S_is_digit(r[1]))) {
      size_t dd = r + 1 < end && (*r == ',' || *r == '.') && S_is_digit(r[1])
                      ? S_digits(r + 1, end)
                      : 0;
      const char *e = dd ? r + 1 + dd : r;
      if (dd <= 3 && S_ends_clean(e, end)) {
        breve_buf w = {0};
        breve_fr_cardinal(&w, h, 1);
        if (dd) {
          S_put_lap(&w, h, se, r + 1, dd);
        } else {
          breve_buf_puts(&w, " minutes");
          if (se)
            breve_fr_cardinal(&w, se, 1);
        }
        S_say_buf(st, &w);
        return e;
      }
    }
  }
  if (!(q = S_small(p, end, 1, 2, 0, 24, &h)))
    return NULL;
  /* "8 p.m.", "11 AM": an English hour */
  {
    const char *ap;
    int half = h >= 1 && h <= 12 ? S_ampm(q, end, 1, &ap) : 0;
    if (half) {
      S_say_time(st, h % 12 + (half == 2 ? 12 : 0), 0, 0, 0);
      return ap;
    }
  }
  /* a span of hours is said from one to the other: "ouvert 10h-18h" is
   * "ouvert de dix heures à dix-huit heures", "9h-12h" alone "de neuf
   * heures à douze heures" (not after a word that already says where it
   * starts: "de 9h-12h", "entre 9h-12h", "dès 8h-9h") */
  {
    static const char *const from[] = {
        "de",   "De",   "d",      "entre",  "Entre", "du",  "Du",
        "dès",  "Dès",  "depuis", "Depuis", "à",     "À",   "jusqu",
        "vers", "Vers", "après",  "avant",  "sur",   "au",  "aux",
        "le",   "la",   "les",    "Le",     "La",    "Les", NULL};
    if (!(st->prev_word && !st->prev_number &&
          S_in(st->prev_word, st->prev_len, from) >= 0) &&
        S_hour_span_at(q, end))
      S_say(st, "de");
  }
  if (q + 2 < end && *q == ':' && S_is_digit(q[1])) {
    const char *r = S_small(q + 1, end, 2, 2, 0, 59, &m);
    /* a lap or race time: "1:32.456", "1:41.11" are minutes, seconds and
     * thousandths or hundredths */
    if (r && r + 1 < end && (*r == '.' || *r == ',') &&
        S_is_digit(r[1]) && S_digits(r + 1, end) <= 3 &&
        S_ends_clean(r + 1 + S_digits(r + 1, end), end) &&
        S_ends_clean(r, end)) {
      size_t dd = S_digits(r + 1, end);
      breve_buf w = {0};
      breve_fr_cardinal(&w, h, 1);
      S_put_lap(&w, h, m, r + 1, dd);
      S_say_buf(st, &w);
      return r + 1 + dd;
    }
    if (!r || !S_ends_clean(r, end) || (r < end && (*r == ',' || *r == '.') &&
                                        r + 1 < end && S_is_digit(r[1])))
      return NULL;
    if (r + 1 < end && *r == ':' && S_is_digit(r[1])) {
      /* hours, minutes and seconds: "2:01:09" (a marathon) is "deux heures
       * une minute neuf secondes" */
      unsigned s;
      const char *t = S_small(r + 1, end, 2, 2, 0, 59, &s);
      if (!t)
        return NULL;
      breve_buf w = {0};
      S_put_count(&w, h, 1, "heure");
      if (m || s) {
        S_put_count(&w, m, 1, "minute");
      }
      if (s) {
        S_put_count(&w, s, 1, "seconde");
      }
      S_say_buf(st, &w);
      return t;
    }
    /* minutes and seconds: a moment of a fight's round ("arrêt à 2:34 du
     * 3e round"), a time in minutes ("5:30 min/km"), a gap ("départ à
     * +1:25", "à 0:42 du leader", under a minute in seconds) */
    const char *unit = r + S_blank(r, end);
    size_t ul = unit > r && S_starts(unit, end, "min") ? 3 : 0;
    if (ul && S_alnum_at(unit + ul, end))
      ul = 0;
    /* (a sign alone, not a time zone's "UTC+5:45") */
    int gap = q - p == 1 &&
              ((p > st->line && (p[-1] == '+' || p[-1] == '-') &&
                (p - 1 == st->line || p[-2] == ' ' || p[-2] == '(')) ||
               (h == 0 && m > 0));
    /* (and the time left in a game: "à 2:34 de la fin", "1:12 à
     * jouer", "après 3:12 de golden score") */
    int left = h <= 20 && unit > r &&
               (S_starts(unit, end, "de la fin") ||
                S_starts(unit, end, "du terme") ||
                S_starts(unit, end, "\xc3\xa0 jouer") ||
                S_starts(unit, end, "de golden score") ||
                S_starts(unit, end, "de prolongation"));
    if ((h <= 5 && q - p == 1 &&
         (S_has(st->line, (size_t)(end - st->line), "round") ||
          S_has(st->line, (size_t)(end - st->line), "reprise"))) ||
        S_run_before(st, p) || left ||
        (ul && h <= 59) || gap) {
      breve_buf w = {0};
      if (h == 0 && m > 0) {
        S_put_count(&w, m, 1, "seconde");
      } else {
        S_put_count(&w, h, 1, "minute");
        if (m)
          breve_fr_cardinal(&w, m, 1);
      }
      if (ul && S_starts(unit + ul, end, "/km") &&
          !S_alnum_at(unit + ul + 3, end)) {
        breve_buf_puts(&w, " au kilomètre"); /* a runner's pace */
        ul += 3;
      }
      S_say_buf(st, &w);
      return ul ? unit + ul : r;
    }
    /* universal time: "17:46 TU" */
    const char *tz = r + S_blank(r, end);
    if (tz > r && S_starts(tz, end, "TU") && !S_alnum_at(tz + 2, end)) {
      S_say_time(st, h, 1, m, 0);
      S_say(st, "temps universel");
      return tz + 2;
    }
    /* an English clock: "7:05 p.m." is "dix-neuf heures cinq" */
    const char *ap;
    int half = h >= 1 && h <= 12 ? S_ampm(r, end, 2, &ap) : 0;
    if (half) {
      S_say_time(st, h % 12 + (half == 2 ? 12 : 0), 1, m, 0);
      return ap;
    }
    /* a clock's "20:15" is read as shown: "vingt heures quinze" */
    S_say_time(st, h, 1, m, 0);
    return r;
  }
  /* a time written with a dot, as TV guides do: "à 20.55", "TF1, 21.10"
   * (a decimal otherwise) */
  if (q + 2 < end && *q == '.' && h < 24 && (q - p == 2 || q - p == 1) &&
      S_digits(q + 1, end) == 2 && S_ends_clean(q + 3, end) &&
      !(q + 3 < end && (q[3] == '.' || q[3] == ',') && q + 4 < end &&
        S_is_digit(q[4]))) {
    static const char *const at[] = {"à",      "dès",     "vers",
                                     "avant",  "après",   "partir",
                                     "départ", "Départ",  "arrivée",
                                     "Arrivée", NULL};
    const char *c = p;
    while (c > st->line && c[-1] == ' ')
      c--;
    /* after a channel: a name, its number and a comma */
    int channel = 0;
    if (c - st->line >= 4 && c[-1] == ',' && S_is_digit(c[-2])) {
      const char *d = c - 2;
      while (d > st->line && S_is_digit(d[-1]))
        d--;
      const char *w = d - (d > st->line && d[-1] == ' ');
      while (w > st->line && S_alnum_at(w - 1, end) && !S_is_digit(w[-1]))
        w--;
      channel = w < d && S_upper_at(w, end) && c - d <= 3;
    }
    const char *after = q + 3 + S_blank(q + 3, end), *ua;
    unsigned mm = (unsigned)((q[1] - '0') * 10 + (q[2] - '0'));
    /* the Swiss "à 10.30 h" */
    if (mm <= 59 && after > q + 3 && after < end && *after == 'h' &&
        !S_alnum_at(after + 1, end)) {
      S_say_time(st, h, 1, mm, 0);
      return after + 1;
    }
    /* M6's news, "le 12.45", "le 19.45": "le douze quarante-cinq" */
    if (mm == 45 && (h == 12 || h == 19) && st->prev_word &&
        !st->prev_number &&
        (S_eq(st->prev_word, st->prev_len, "le") ||
         S_eq(st->prev_word, st->prev_len, "Le") ||
         S_eq(st->prev_word, st->prev_len, "du")) &&
        !(after < end && (*after == '%' || S_unit_at(after, end, 1, &ua) ||
                          S_currency_at(after, end, &ua)))) {
      S_say_two(st, h, "", mm);
      return q + 3;
    }
    if (mm <= 59 &&
        !(after < end && (*after == '%' || S_unit_at(after, end, 1, &ua) ||
                          S_currency_at(after, end, &ua))) &&
        ((channel && q - p == 2) ||
         /* (one digit of hours after "à" too: "à 7.30") */
         (st->prev_word && !st->prev_number &&
          S_in(st->prev_word, st->prev_len, at) >= 0) ||
         /* a line of a schedule: "19.30" alone */
         (p == st->line && q + 3 == end && q - p == 2))) {
      S_say_time(st, h, 1, mm, 0);
      return q + 3;
    }
  }
  const char *r = q + S_blank(q, end);
  if (r >= end || (*r != 'h' && !(*r == 'H' && r == q)) ||
      (r + 1 < end && S_alnum_at(r + 1, end) &&
                                !S_is_digit(r[1])))
    return NULL;
  int spaced = r > q; /* "11 h 45", not "11h45" */
  r++;
  const char *s = r + S_blank(r, end);
  if (s < end && S_is_digit(*s)) {
    const char *t = S_small(s, end, 2, 2, 0, 59, &m);
    unsigned sec;
    const char *u2;
    /* A race time: "2h01'09''", "2h01'09", spaced "4 h 02' 17"" */
    if (t && t < end && *t == '\'' &&
        ((u2 = S_small(t + 1, end, 2, 2, 0, 59, &sec)) ||
         (spaced && t + 2 < end && t[1] == ' ' &&
          (u2 = S_small(t + 2, end, 2, 2, 0, 59, &sec)) && u2 < end &&
          *u2 == '"'))) {
      if (S_starts(u2, end, "''"))
        u2 += 2;
      else if (u2 < end && *u2 == '"')
        u2++;
      if (S_ends_clean(u2, end) && !(u2 < end && *u2 == '\'')) {
        S_say_hms(st, h, m, sec);
        return u2;
      }
    }
    /* a sentence glued to the time in scraped pages: "15H00Une heure" */
    int glued = t && t + 1 < end && S_upper_at(t, end) &&
                S_letters(t, end) >= 2 && !S_upper_at(t + 1, end) &&
                !S_starts(t, end, "min");
    if (t && (S_ends_clean(t, end) || glued)) {
      /* "14h30min", "2 h 01 min" */
      const char *u = t + S_blank(t, end);
      int min = S_starts(u, end, "min") && !S_alnum_at(u + 3, end);
      /* "10 h 15 TU" is universal time */
      int tu = u > t && S_starts(u, end, "TU") && !S_alnum_at(u + 2, end);
      /* "1 h 45 de débat" is a length of time, said as written */
      int length =
          (u > t && (S_starts(u, end, "de ") || S_starts(u, end, "d'") ||
                     S_starts(u, end, "heure") || /* "heure de Paris" */
                     S_starts(u, end, "GMT") || S_starts(u, end, "UTC"))) ||
          tu ||
          /* "le vainqueur en 2 h 15", "pendant 1 h 30" */
          (st->prev_word && !st->prev_number &&
           (S_eq(st->prev_word, st->prev_len, "en") ||
            S_eq(st->prev_word, st->prev_len, "pendant") ||
            S_eq(st->prev_word, st->prev_len, "durant") ||
            S_eq(st->prev_word, st->prev_len, "mis")));
      /* both ends of a span read the same way: "de 8 h 30 à 17 h 30" is
       * "huit heures trente à dix-sept heures trente" */
      int span = (u > t && S_starts(u, end, "à ") && u + 3 < end &&
                  S_is_digit(u[3])) ||
                 (t + 1 < end && (*t == '-' || *t == '/') && S_is_digit(t[1])) ||
                 /* "8 h 15 - 9 h 15" */
                 (u > t && (*u == '-' || S_starts(u, end, "\xe2\x80\x93")) &&
                  S_digit_after(u + (*u == '-' ? 1 : 3), end)) ||
                 S_time_before(st, p);
      /* the idioms only for the spaced "11 h 45" standing alone, as NeMo
       * has it: a glued "8h45" alone is said as written, which all 153
       * such cases of the token sets accept (and 8 of them only that) */
      /* (and not before the rest of a sentence: "6 h 15 du matin") */
      int more = (u > t && u < end && S_alnum_at(u, end)) ||
                 /* (and its zone: "8 h 30, heure de Rome") */
                 (t < end && *t == ',' &&
                  S_starts(t + 1 + S_blank(t + 1, end), end, "heure"));
      S_say_time(st, h, 1, m, !min && !length && !span && spaced && !more);
      if (min) {
        if (!m)
          S_say(st, "z\xc3\xa9ro"); /* "2 h 00 min 35 s" */
        S_say(st, m >= 2 ? "minutes" : "minute");
        t = u + 3;
      } else if (tu) {
        S_say(st, "temps universel");
        t = u + 2;
      }
      return t;
    }
    if (s == r && !t)
      return NULL;
  }
  S_say_time(st, h, 0, 0, 1);
  return r;
}

/* Phone numbers: 01 23 45 67 89, 01.23.45.67.89, 0123456789, said in
 * pairs. */
/* A four-digit service number as it is said, its two pairs with a pause
 * or without: "3646" is "trente-six, quarante-six"; a graphics card's
 * "5090" "cinquante quatre-vingt-dix". */
static void S_say_service(breve_buf *w, const char *d, int pause) {
  if (d[0] != '0' && d[2] == '0' && d[3] == '0') {
    /* "le 3900" is "trente-neuf cents" */
    breve_fr_cardinal(w, (uint64_t)((d[0] - '0') * 10 + d[1] - '0'), 0);
    breve_buf_puts(w, " cents");
    return;
  }
  for (int i = 0; i < 4; i += 2) {
    if (i && pause)
      breve_buf_putc(w, ',');
    if (d[i] == '0') {
      breve_fr_digits(w, d + i, 2);
    } else {
      uint64_t v;
      breve_fr_parse_u64(d + i, 2, &v);
      breve_fr_cardinal(w, v, 0);
    }
  }
}

static void S_say_pairs(breve_buf *w, const char *d, size_t n) {
  for (size_t i = 0; i < n; i += 2) {
    /* a pause between the pairs, as people read a number out: without it
     * "six douze" loses its s and "trois un" gets a liaison */
    if (w->len)
      breve_buf_putc(w, ',');
    if (i + 1 >= n) {
      breve_fr_digits(w, d + i, 1);
    } else if (d[i] == '0') {
      breve_fr_digits(w, d + i, 2);
    } else {
      uint64_t v;
      breve_fr_parse_u64(d + i, 2, &v);
      breve_fr_cardinal(w, v, 0);
    }
  }
}

/* Scans a phone number at p without saying it: ten digits from 0, or
 * five pairs (with `intl`, one digit then four pairs, after +33). The
 * digits go to `digits`; returns the end or NULL. */
static const char *S_phone_scan(const char *p, const char *end, int intl,
                                char digits[16], size_t *nd) {
  size_t d = S_digits(p, end);
  if (d == 10 && *p == '0' && S_ends_clean(p + d, end)) {
    memcpy(digits, p, 10);
    *nd = 10;
    return p + d;
  }
  if (d != 2 && !(d == 1 && intl))
    return NULL;
  const char *q = p + d;
  memcpy(digits, p, d);
  *nd = d;
  char sepc = 0;
  int pairs = 0;
  while (pairs < 4) {
    size_t k = S_blank(q, end);
    /* "02 40 12 34 56", "02.40...", "02-40...", "02/40/12/34/56" */
    char c = k ? ' '
               : (q < end && (*q == '.' || *q == '-' || (*q == '/' && *p == '0'))
                      ? *q
                      : 0);
    if (!k && c)
      k = 1;
    if (!k || (sepc && c != sepc) || S_digits(q + k, end) != 2)
      break;
    sepc = c;
    memcpy(digits + *nd, q + k, 2);
    *nd += 2;
    q += k + 2;
    pairs++;
  }
  if (pairs != 4 || !S_ends_clean(q, end) ||
      (q + 1 < end && *q == sepc && S_is_digit(q[1])))
    return NULL;
  return q;
}

static void S_phone_words(breve_buf *w, const char *digits, size_t nd) {
  if (nd % 2) {
    if (w->len)
      breve_buf_putc(w, ',');
    breve_fr_digits(w, digits, 1);
    digits++, nd--;
  }
  S_say_pairs(w, digits, nd);
}

/* A foreign number after its country code, in the groups it is written
 * in: "+32 2 123 45 67", "+1 212 555 0123", "+44 20 7946 0958". A group
 * of one or two digits is said as it is, three as a number (or "zéro"
 * and a pair), four as two pairs. Returns the end or NULL. */
static const char *S_intl_groups(const char *p, const char *end,
                                 breve_buf *w) {
  const char *q = p;
  size_t groups = 0, total = 0, threes = 0;
  char sepc = 0;
  for (;;) {
    size_t d = S_digits(q, end);
    if (!d || d > 8)
      return NULL;
    groups++, total += d;
    threes += groups > 1 && d == 3;
    q += d;
    size_t k = S_blank(q, end);
    char c = k ? ' ' : (q < end && (*q == '.' || *q == '-') ? *q : 0);
    if (!k && c)
      k = 1;
    if (!k || (sepc && c != sepc) || !(q + k < end && S_is_digit(q[k])))
      break;
    sepc = c;
    q += k;
  }
  if (groups < 2 || total < 7 || total > 12 || !S_ends_clean(q, end) ||
      threes == groups - 1) /* "+2 000 000": a signed number */
    return NULL;
  for (const char *r = p; r < q;) {
    size_t d = S_digits(r, end);
    if (d == 3) /* a pause between groups; pairs make their own */
      breve_buf_putc(w, ',');
    if (d == 3 && *r != '0') {
      uint64_t v;
      breve_fr_parse_u64(r, 3, &v);
      breve_fr_cardinal(w, v, 0);
    } else if (d == 3) {
      breve_fr_digits(w, r, 1);
      S_say_pairs(w, r + 1, 2);
    } else {
      S_phone_words(w, r, d);
    }
    r += d;
    if (r < q)
      r += S_blank(r, end) ? S_blank(r, end) : 1;
  }
  return q;
}

/* The sign "+" said: "plus", which espeak-ng reads [ply] as in "plus
 * grand"; with BREVE_OPT_ESPEAK_FIXES "plusse", the [plys] of "deux plus
 * deux". */
static const char *S_plus(const S_st *st) {
  return st->espeak_fixes ? "plusse" : "plus";
}

/* A French number dialled from abroad: `lead` ("plus", "zéro zéro,"),
 * the country code c[0..dc), then one digit and four pairs from `rest`
 * ("+33 6 12 34 56 78"). Returns the end or NULL. */
/* Says one written group of a foreign number: "456" "quatre cent
 * cinquante-six", "06" "zéro six", "1111" "onze, onze". */
static void S_group_words(breve_buf *w, const char *d, size_t n) {
  uint64_t v;
  if (n == 4) {
    S_group_words(w, d, 2);
    breve_buf_putc(w, ',');
    S_group_words(w, d + 2, 2);
    return;
  }
  if (n > 1 && *d == '0') {
    breve_fr_digits(w, d, 1);
    d++, n--;
    if (n > 1 && *d == '0') {
      breve_fr_digits(w, d, n);
      return;
    }
  }
  breve_fr_parse_u64(d, n, &v);
  breve_fr_cardinal(w, v, 0);
}

/* A foreign number in its written groups, after its country code: "+1
 * (202) 456-1111", "+7 495 123-45-67", "+39 06 6982". Each group is said
 * as a number, with a pause between. Returns the end or NULL. */
static const char *S_foreign_groups(const char *r, const char *end,
                                    breve_buf *w) {
  size_t total = 0, groups = 0, len0 = w->len;
  for (;;) {
    int paren = r < end && *r == '(';
    const char *d = r + paren;
    size_t n = S_digits(d, end);
    if (!n || n > 4 || (paren && (d + n >= end || d[n] != ')')))
      break;
    if (n == 3 && !memcmp(d, "000", 3)) {
      total = 0; /* thousands: "+10 000 000 habitants" */
      break;
    }
    breve_buf_putc(w, ',');
    S_group_words(w, d, n);
    total += n;
    groups++;
    r = d + n + paren;
    if (r + 1 < end && (*r == ' ' || *r == '-') &&
        (S_is_digit(r[1]) || r[1] == '('))
      r++;
    else
      break;
  }
  if (groups < 2 || total < 6 || total > 12 || !S_ends_clean(r, end)) {
    w->len = len0;
    if (w->ptr)
      w->ptr[len0] = '\0';
    return NULL;
  }
  return r;
}

static const char *S_intl_phone(S_st *st, const char *lead, const char *c,
                                size_t dc, const char *rest) {
  char digits[16];
  size_t nd;
  uint64_t code;
  const char *q;
  if (dc < 1 || dc > 3 || !breve_fr_parse_u64(c, dc, &code))
    return NULL;
  breve_buf w = {0};
  breve_buf_puts(&w, lead);
  breve_fr_cardinal(&w, code, 0);
  if ((q = S_phone_scan(rest, st->end, 1, digits, &nd))) {
    S_phone_words(&w, digits, nd);
  } else if (!(c[0] == '3' && c[1] == '3' && dc == 2) &&
             (q = S_foreign_groups(rest, st->end, &w))) {
    /* "+1 (202) 456-1111" */
  } else {
    breve_buf_free(&w);
    return NULL;
  }
  S_say_buf(st, &w);
  return q;
}

/* Reads n pairs of digits, each after blanks, from r into pairs; returns
 * the end when all n are there and nothing alphanumeric follows, or NULL.
 */
static const char *S_blank_pairs(const char *r, const char *end, char *pairs,
                                 int n) {
  for (int k = 0; k < n; k++) {
    size_t b = S_blank(r, end);
    if (!b || S_digits(r + b, end) != 2)
      return NULL;
    memcpy(pairs + 2 * k, r + b, 2);
    r += b + 2;
  }
  return S_ends_clean(r, end) ? r : NULL;
}

/* A North American number, as Quebec news print it: "514 555-1234",
 * "(450) 463-2100", "1 800 790-2424" are said digit by digit, a pause
 * between the groups ("cinq un quatre, cinq cinq cinq, un deux trois
 * quatre"). Returns the end or NULL. */
static const char *S_nanp_phone(S_st *st, const char *p) {
  const char *end = st->end, *r = p;
  int one = 0, paren = 0;
  if (*p == '1' && p + 2 < end && (p[1] == ' ' || p[1] == '-') &&
      S_digits(p + 2, end) == 3) {
    one = 1; /* "1 800 ..." */
    r = p + 2;
  }
  if (S_digits(r, end) != 3 || *r == '0' || *r == '1')
    return NULL;
  const char *area = r;
  r += 3;
  if (!one && p > st->line && p[-1] == '(' && r < end && *r == ')') {
    paren = 1;
    r++;
  }
  if (!(r + 1 < end && (*r == ' ' || (*r == '-' && !paren))))
    return NULL;
  char sep = *r++;
  const char *exch = r;
  if (S_digits(exch, end) != 3 || *exch == '0' || *exch == '1')
    return NULL;
  r += 3;
  /* the last four after a hyphen (or, all hyphens, "418-643-2424") */
  if (!(r < end && *r == '-') || (sep == '-' && !one && paren))
    return NULL;
  const char *last = r + 1;
  if (S_digits(last, end) != 4 || !S_ends_clean(last + 4, end))
    return NULL;
  breve_buf w = {0};
  if (one)
    breve_buf_puts(&w, "un,");
  breve_fr_digits(&w, area, 3);
  breve_buf_putc(&w, ',');
  breve_fr_digits(&w, exch, 3);
  breve_buf_putc(&w, ',');
  breve_fr_digits(&w, last, 4);
  S_say_buf(st, &w);
  return last + 4;
}

static const char *S_rule_phone(S_st *st, const char *p) {
  char digits[16];
  size_t nd;
  const char *end = st->end;
  {
    const char *n = S_nanp_phone(st, p);
    if (n)
      return n;
  }
  const char *q = S_phone_scan(p, end, 0, digits, &nd);
  size_t d0 = S_digits(p, end);
  if (!q && *p == '0' && d0 == 4 && p[1] != '8' && p[1] != '0') {
    /* "0590 81 23 45", "0692.80.44.12", as overseas numbers are often
     * written: pairs */
    char all[10];
    const char *r = p + 4;
    char sep = r < end && (*r == '.' || *r == '-') ? *r : ' ';
    int k;
    memcpy(all, p, 4);
    for (k = 0; k < 3; k++) {
      size_t b = sep == ' ' ? S_blank(r, end) : (r < end && *r == sep);
      if (!b || S_digits(r + b, end) != 2)
        break;
      memcpy(all + 4 + 2 * k, r + b, 2);
      r += b + 2;
    }
    if (k == 3 && S_ends_clean(r, end)) {
      breve_buf w = {0};
      S_phone_words(&w, all, 10);
      S_say_buf(st, &w);
      return r;
    }
  }
  /* a Swiss number in its groups: "022 345 67 89" is "zéro vingt-deux,
   * trois cent quarante-cinq", then pairs */
  if (!q && *p == '0' && d0 == 3 && p[1] != '0') {
    const char *r = p + 3;
    size_t b1 = S_blank(r, end);
    const char *g3 = r + b1, *r2 = g3 + 3;
    if (b1 && S_digits(g3, end) == 3 && *g3 != '0') {
      char pairs[4];
      if ((r2 = S_blank_pairs(r2, end, pairs, 2)) != NULL) {
        breve_buf w = {0};
        uint64_t v;
        breve_fr_digits(&w, p, 1);
        S_say_pairs(&w, p + 1, 2);
        breve_buf_putc(&w, ',');
        breve_fr_parse_u64(g3, 3, &v);
        breve_fr_cardinal(&w, v, 0);
        S_say_pairs(&w, pairs, 4);
        S_say_buf(st, &w);
        return r2;
      }
    }
  }
  /* a number written in two pairs and two threes, as service lines are:
   * "09 69 324 324" is "zéro neuf, soixante-neuf, trois cent vingt-quatre,
   * trois cent vingt-quatre" */
  if (!q && d0 == 2 && *p == '0' && p[1] != '0') {
    const char *g[3], *r = p + 2;
    static const size_t len[3] = {2, 3, 3};
    int k = 0;
    for (; k < 3; k++) {
      size_t b = S_blank(r, end);
      /* (the second pair may start with zero: "08 08 800 321") */
      if (!b || S_digits(r + b, end) != len[k] || (r[b] == '0' && k))
        break;
      g[k] = r + b;
      r += b + len[k];
    }
    if (k == 3 && S_ends_clean(r, end) &&
        !(r < end && (*r == '.' || *r == ',') && r + 1 < end &&
          S_is_digit(r[1]))) {
      breve_buf w = {0};
      S_say_pairs(&w, p, 2);
      S_say_pairs(&w, g[0], 2);
      for (k = 1; k < 3; k++) {
        uint64_t v;
        breve_buf_putc(&w, ',');
        breve_fr_parse_u64(g[k], len[k], &v);
        breve_fr_cardinal(&w, v, 0);
      }
      S_say_buf(st, &w);
      return r;
    }
  }
  /* local numbers in pairs: "40.86.12.12" (Polynesia), and after "tél."
   * "26 34 56" (New Caledonia) */
  if (!q && d0 == 2) {
    static const char *const tel[] = {"tél", "Tél", "Tel", "téléphone",
                                      "Téléphone", "appelez", "composez",
                                      NULL};
    int after_tel = st->prev_word && !st->prev_number &&
                    S_in(st->prev_word, st->prev_len, tel) >= 0;
    char pairs[8];
    const char *r = p + 2;
    int k = 1, dots = 0;
    memcpy(pairs, p, 2);
    for (; k < 4; k++) {
      size_t b = r < end && *r == '.' ? 1 : S_blank(r, end);
      if (!b || S_digits(r + b, end) != 2)
        break;
      dots += *r == '.';
      memcpy(pairs + 2 * k, r + b, 2);
      r += b + 2;
    }
    /* (not a version: "iOS 10.12.14.16", "la version 10.12.14.16") */
    int version = st->prev_word && !st->prev_number &&
                  ((st->prev_len >= 2 && S_is_upper_ascii(st->prev_word[1])) ||
                   S_eq(st->prev_word, st->prev_len, "version") ||
                   S_eq(st->prev_word, st->prev_len, "Version") ||
                   S_eq(st->prev_word, st->prev_len, "Windows") ||
                   S_eq(st->prev_word, st->prev_len, "v"));
    if (((k == 4 && dots == 3 && !version) || (after_tel && k >= 3 && !dots)) &&
        S_ends_clean(r, end) && !(r < end && (*r == '.' || *r == ',') &&
                                  r + 1 < end && S_is_digit(r[1]))) {
      breve_buf w = {0};
      S_say_pairs(&w, pairs, (size_t)(2 * k));
      S_say_buf(st, &w);
      return r;
    }
  }
  /* "0 805 90 36 35", as free numbers are written: "0" apart (and "0 969
   * 32 10 10") */
  const char *sep8 = NULL;
  if (!q && *p == '0' && d0 == 1 && S_blank(p + 1, end) &&
      S_digits(p + 1 + S_blank(p + 1, end), end) == 3 &&
      (p[1 + S_blank(p + 1, end)] == '8' ||
       p[1 + S_blank(p + 1, end)] == '9'))
    sep8 = p + 1 + S_blank(p + 1, end);
  if (!q && *p == '0' && ((d0 == 4 && p[1] == '8') || sep8)) {
    /* "0800 08 53 15": zéro huit cents, then pairs */
    const char *r = sep8 ? sep8 + 3 : p + 4;
    const char *three = sep8 ? sep8 : p + 1;
    char pairs[6];
    if ((r = S_blank_pairs(r, end, pairs, 3)) != NULL) {
      breve_buf w = {0};
      uint64_t v;
      breve_buf_puts(&w, "zéro");
      breve_fr_parse_u64(three, 3, &v);
      breve_fr_cardinal(&w, v, 0);
      S_say_pairs(&w, pairs, 6);
      S_say_buf(st, &w);
      return r;
    }
  }
  if (!q && *p == '0' && (d0 == 1 || (d0 == 4 && p[1] == '8'))) {
    /* Service numbers: 0 800 123 456, 0805 230 405 */
    const char *g[3], *r = p + 1;
    int k = 0;
    if (d0 == 4)
      g[k++] = p + 1, r = p + 4;
    for (; k < 3; k++) {
      size_t b = S_blank(r, end);
      if (!b || S_digits(r + b, end) != 3)
        break;
      g[k] = r + b;
      r += b + 3;
    }
    if (k == 3 && S_ends_clean(r, end)) {
      breve_buf w = {0};
      breve_buf_puts(&w, "zéro");
      for (k = 0; k < 3; k++) {
        uint64_t v;
        if (k)
          breve_buf_putc(&w, ',');
        breve_fr_parse_u64(g[k], 3, &v);
        if (*g[k] == '0' && g[k][1] != '0') {
          breve_fr_digits(&w, g[k], 1); /* "011" is "zéro onze" */
          breve_fr_cardinal(&w, v, 0);
        } else if (*g[k] == '0') {
          breve_fr_digits(&w, g[k], 3);
        } else {
          breve_fr_cardinal(&w, v, 0);
        }
      }
      S_say_buf(st, &w);
      return r;
    }
  }
  if (!q && ((d0 == 2 && S_blank(p + 2, end)) || d0 == 4 || d0 == 5) &&
      p[0] == '0' && p[1] == '0') {
    /* the international prefix: "00 33 1 23 45 67 89", "0033 1 23..." */
    const char *c = d0 == 2 ? p + 2 + S_blank(p + 2, end) : p + 2;
    size_t dc = S_digits(c, end), b = S_blank(c + dc, end);
    if (b && (q = S_intl_phone(st, "zéro zéro,", c, dc, c + dc + b)))
      return q;
  }
  if (!q)
    return NULL;
  breve_buf w = {0};
  S_phone_words(&w, digits, nd);
  S_say_buf(st, &w);
  return q;
}

/* Fraction a/b at p (a < b), with `whole` the integer before it (or -1).
 * Returns the end or NULL. */
static const char *S_fraction_at(const char *p, const char *end,
                                 uint64_t *num, uint64_t *den) {
  size_t a = S_digits(p, end);
  if (!a || a > 4 || p + a + 1 >= end || p[a] != '/' || *p == '0')
    return NULL;
  size_t b = S_digits(p + a + 1, end);
  if (!b || b > 5 || p[a + 1] == '0')
    return NULL;
  const char *q = p + a + 1 + b;
  /* "1/100e de seconde", "les 3/5e": the denominator as an ordinal */
  static const char *const ord[] = {"e", "es", "ème", "èmes", NULL};
  size_t k = S_letters(q, end);
  int ordinal = k && S_in(q, k, ord) >= 0 && S_ends_clean(q + k, end);
  if (ordinal)
    q += k;
  /* longer only as the shares of a co-ownership: "152/1000e", "87/10000e"
   * are "cent cinquante-deux millièmes", "quatre-vingt-sept
   * dix-millièmes" */
  if ((a > 3 || b > 3) &&
      !(ordinal && (b == 4 || b == 5) && !memcmp(p + a + 1, "10000", b)))
    return NULL;
  if (!S_ends_clean(q, end) || (q < end && *q == '/') ||
      (q + 1 < end && (*q == ',' || *q == '.') && S_is_digit(q[1])))
    return NULL; /* "4/5.000": four to five thousand */
  size_t sp = S_blank(q, end);
  if (sp && sp <= 3 && S_digits(q + sp, end) == 3 &&
      S_ends_clean(q + sp + 3, end))
    return NULL; /* "3/4 000", "1/10 000": thousands */
  breve_fr_parse_u64(p, a, num);
  breve_fr_parse_u64(p + a + 1, b, den);
  /* a part of something: "11/20 des bureaux de vote" */
  int of = S_starts(q, end, " des ") || S_starts(q, end, " du ") ||
           S_starts(q, end, " de la ") || S_starts(q, end, " de l'") ||
           S_starts(q, end, " de l\xe2\x80\x99");
  if (*num >= *den || *den < 2 ||
      (*num > 1 && *den > 12 && *den != 100 && *den != 1000 &&
       *den != 10000 && !(of && *den <= 50)))
    return NULL; /* "3/100" is three hundredths, "11/12" eleven twelfths,
                    "24/36" a ratio */
  return q;
}

static void S_fraction_words(breve_buf *w, uint64_t num, uint64_t den) {
  breve_fr_cardinal(w, num, 0);
  breve_fr_denominator(w, den, num >= 2);
}

/* Ordinal suffixes written after digits or a Roman numeral: 0 none, 1
 * masculine, 2 feminine; *second for "2d", "2de"; *plural for the s. */
static int S_ordinal_suffix(const char *p, size_t n, int *plural,
                            int *second) {
  static const char *const masc[] = {"e",    "ème",  "eme", "è",  "ieme",
                                     "ième", "er",   "ier", "nd", "d",
                                     "es",   "èmes", "emes", "ers", "ds",
                                     "nds",  "iers", NULL};
  static const char *const fem[] = {"re",  "ère", "ere",  "ière", "de",
                                    "nde", "res", "ères", "eres", "des",
                                    "ndes", NULL};
  *plural = n > 1 && p[n - 1] == 's';
  *second = 0;
  int i = S_in(p, n, masc);
  if (i >= 0) {
    *second = !strcmp(masc[i], "nd") || !strcmp(masc[i], "d") ||
              !strcmp(masc[i], "ds") || !strcmp(masc[i], "nds");
    return 1;
  }
  i = S_in(p, n, fem);
  if (i >= 0) {
    *second = fem[i][strlen(fem[i]) - 2] == 'd' || fem[i][0] == 'd' ||
              !strcmp(fem[i], "nde") || !strcmp(fem[i], "ndes");
    return 2;
  }
  return 0;
}

/* Whether an ordinal written in the singular between a plural article and
 * a plural noun agrees with them: "les Xe Assises", "les 3e Rencontres"
 * (the s is heard before a vowel). `after` is the end of the ordinal. */
static int S_plural_around(const S_st *st, const char *after) {
  static const char *const arts[] = {"les", "Les", "des",   "Des", "aux",
                                     "Aux", "ces", "Ces",   "nos", "vos",
                                     "ses", "mes", "leurs", NULL};
  if (!st->prev_word || st->prev_number ||
      S_in(st->prev_word, st->prev_len, arts) < 0)
    return 0;
  const char *w = after + S_blank(after, st->end);
  size_t k = S_letters(w, st->end);
  if (w > after && k >= 3 && (w[k - 1] == 's' || w[k - 1] == 'x'))
    return 1;
  /* and standing for their nouns: "les 6e ont", "les 8e de finale",
   * "les 2e du classement" (not a list, "les 2e et 3e étages") */
  static const char *const on[] = {"ont",  "sont", "de",  "du",   "des",
                                   "en",   "vont", "font", "qui", "peuvent",
                                   "doivent", NULL};
  return w > after && k && S_in(w, k, on) >= 0 &&
         !(S_eq(w, k, "de") && !S_starts(w, st->end, "de finale"));
}

static void S_ordinal_words(breve_buf *w, uint64_t v, int gender, int plural,
                            int second) {
  if (second && v == 2) {
    breve_buf_puts(w, gender == 2 ? "seconde" : "second");
    if (plural)
      breve_buf_putc(w, 's');
    return;
  }
  breve_fr_ordinal(w, v, gender == 2, plural);
}

/* A numbered point said as an adverb: "premièrement", "troisièmement". */
static void S_point_words(breve_buf *w, uint64_t v) {
  if (v == 1) {
    breve_buf_puts(w, "premièrement");
  } else {
    S_ordinal_words(w, v, 1, 0, 0);
    breve_buf_puts(w, "ment");
  }
}

/* Money: number [scale] currency. */
/* "mille" after the words of a number: "cent" and "vingt" lose their
 * plural s before it ("cinq cent mille", "quatre-vingt mille"). */
static void S_put_mille(breve_buf *w) {
  if ((w->len >= 5 && memcmp(w->ptr + w->len - 5, "cents", 5) == 0) ||
      (w->len >= 6 && memcmp(w->ptr + w->len - 6, "vingts", 6) == 0))
    w->ptr[--w->len] = '\0';
  breve_buf_puts(w, " mille");
}

/* Whether the line names a currency other than `one` as a word: "le franc
 * suisse à 0,94 euro", "0,93 euro pour un franc". */
static int S_other_currency(const S_st *st, const char *one) {
  static const char *const names[] = {
      "euro",  "dollar", "franc", "livre", "yuan",  "yen",    "couronne",
      "rouble", "roupie", "peso", "dinar", "dirham", "zloty", "won", NULL};
  for (const char *p = st->line; p < st->end; p++) {
    if (p > st->line && S_alnum_at(p - 1, st->end))
      continue;
    size_t k = S_letters(p, st->end);
    if (k && k < 12 && S_in(p, k - (p[k - 1] == 's'), names) >= 0 &&
        !S_eq(p, k - (p[k - 1] == 's'), one))
      return 1;
  }
  return 0;
}

static void S_money_words(breve_buf *w, const S_num *n, int scale,
                          const S_cur *c) {
  uint64_t v = S_ival(n);
  /* "1,2 k€" is "mille deux cents euros" */
  if (scale == 3 && n->has_dec && n->dpn <= 3 && v < 1000000) {
    uint64_t x = v * 1000, f = 100;
    for (size_t i = 0; i < n->dpn; i++, f /= 10)
      x += (uint64_t)(n->dp[i] - '0') * f;
    breve_fr_cardinal(w, x, 0);
    breve_buf_putc(w, ' ');
    breve_buf_puts(w, c->many);
    return;
  }
  if (scale) {
    S_num_words(w, n, 0);
    int many = v >= 2; /* 1,5 million, 2 millions */
    if (scale == 3) {
      S_put_mille(w);
      breve_buf_putc(w, ' ');
    } else
      breve_buf_puts(w, scale == 6   ? (many ? " millions " : " million ")
                        : scale == 9 ? (many ? " milliards " : " milliard ")
                        /* espeak-ng says "billion" like "bouillon" */
                                     : (many ? " bilions " : " bilion "));
    if (scale != 3)
      breve_buf_puts(w, c->vowel ? "d'" : "de ");
    breve_buf_puts(w, c->many);
    return;
  }
  unsigned cents = 0;
  int cents_ok = n->has_dec && n->dpn <= 2 && c->cent1;
  if (cents_ok) {
    cents = (unsigned)(n->dp[0] - '0') * 10 +
            (n->dpn == 2 ? (unsigned)(n->dp[1] - '0') : 0);
  }
  /* a dollar or a pound with a zero before its cents: an exchange rate
   * is a decimal, "1,08 $" is "un virgule zéro huit dollar" (30 of the 34
   * such cases of the token sets accept it), a price keeps the zero,
   * "3,05 $" is "trois dollars zéro cinq" (the euro does not: "20,05 €"
   * is "vingt euros cinq") */
  int zero = cents_ok && cents && cents < 10 && n->dpn == 2 && v >= 1 &&
             strcmp(c->one, "euro") != 0;
  int rate = zero && (v == 1 || (c->sym[0] >= 'a' && c->sym[0] <= 'z'));
  if ((n->has_dec && !cents_ok) || rate) {
    uint64_t f;
    size_t nz = 4; /* (its zeros at the end unsaid: "0,2700 €") */
    while (n->has_dec && n->dpn == 4 && nz > 1 && n->dp[nz - 1] == '0')
      nz--;
    if (n->has_dec && n->dpn == 4 && n->dp[0] != '0' &&
        breve_fr_parse_u64(n->dp, nz, &f)) {
      /* a price to the hundredth of a cent, "0,2516 €/kWh", is read as
       * one number after the comma: "zéro virgule deux mille cinq cent
       * seize" (every such case of the token sets accepts it) */
      S_int_words(w, n, 0);
      breve_buf_puts(w, " virgule");
      breve_fr_cardinal(w, f, 0);
    } else {
      S_num_words(w, n, 0);
    }
    breve_buf_putc(w, ' ');
    breve_buf_puts(w, rate && v < 2 ? c->one : c->many);
    return;
  }
  if (v == 0 && cents) {
    breve_fr_cardinal(w, cents, 0);
    breve_buf_putc(w, ' ');
    breve_buf_puts(w, cents >= 2 ? c->cents : c->cent1);
    return;
  }
  /* "une livre", "vingt et une roupies" */
  int fem = !strncmp(c->one, "livre", 5) || !strcmp(c->one, "roupie") ||
            !strncmp(c->one, "couronne", 8);
  S_int_words(w, n, fem);
  breve_buf_putc(w, ' ');
  if (v != UINT64_MAX && v >= 1000000 && v % 1000000 == 0)
    breve_buf_puts(w, c->vowel ? "d'" : "de ");
  breve_buf_puts(w, v >= 2 ? c->many : c->one);
  if (zero)
    breve_buf_puts(w, " z\xc3\xa9ro");
  if (cents)
    breve_fr_cardinal(w, cents, 0);
}

/* Words a rate is counted per, after a slash: "barils/jour",
 * "euros/mois", "10 € / trajet", "10 kW/baie" in a data centre. */
static const char *const S_per_words[] = {
    "jour",     "an",          "mois",     "semaine",    "heure",
    "minute",   "seconde",     "nuit",     "saison",     "personne",
    "habitant", "tête",        "élève",    "enfant",     "adulte",
    "foyer",    "ménage",      "salarié",  "famille",    "logement",
    "patient",  "participant", "candidat", "enseignant", "médecin",
    "agent",    "passager",    "voyageur", "match",      "trajet",
    "repas",    "séance",      "classe",   "commune",    "voiture",
    "véhicule", "table",       "cellule",  "chambre",    "lit",
    "album",    "équipe",      "animal",   "baril",      "action",
    "titre",    "part",        "mètre",    "kilomètre",  "litre",
    "kilo",     "tonne",       "pièce",    "unité",      "bouteille",
    "verre",    "flacon",      "baie",     "mol",        "siège",
    "semestre", "trimestre",   "écurie",   "passage",    "entrée",
    "visite",   "billet",      "ticket",   "décennie",   "année",
    "article",  "sens",        NULL};

/* "/l", "/km", "/mois" after a quantity: "par litre"; after a price, the
 * unit sold is said with its article: "20 €/kg" is "vingt euros le kilo",
 * "80 €/t" "quatre-vingts euros la tonne". Returns the end. */
static const char *S_per_money(breve_buf *w, const char *p, const char *end);
/* Any other thing a quantity is for, in lower case after a slash: "6
 * €/verre", "20 g/truffe" are "par verre", "par truffe" (not "/pers",
 * "/ht": a word of three letters or more that ends there). Returns the
 * end, or p. */
static const char *S_per(breve_buf *w, const char *p, const char *end);
static const char *S_per_word(breve_buf *w, const char *p, const char *end) {
  if (!(p + 1 < end && *p == '/'))
    return p;
  const char *e = p + 1;
  size_t n = 0;
  while (e < end) {
    size_t k;
    uint32_t c = S_cp(e, end, &k);
    if (!breve_cp_is_letter(c) || !breve_cp_is_lower(c))
      break;
    e += k, n++;
  }
  if (n < 3 || (e < end && (*e == '-' || *e == '@' || S_alnum_at(e, end) ||
                            (*e == '.' && S_alnum_at(e + 1, end)))))
    return p;
  /* and a rate after it: "6 500 l/vache/an" is "par vache par an" */
  breve_buf then = {0};
  const char *t = e;
  if (e < end && *e == '/') {
    t = e + 1 < end && e[1] >= 'a' && e[1] <= 'z' ? S_per(&then, e, end) : e;
    if (t == e) {
      breve_buf_free(&then);
      return p;
    }
  }
  breve_buf_puts(w, " par ");
  breve_buf_put(w, p + 1, (size_t)(e - p - 1));
  if (then.len)
    breve_buf_put(w, then.ptr, then.len);
  breve_buf_free(&then);
  return t;
}

/* A room after a slash, written with its dot: "4 pers./ch.", "150 €/ch."
 * are "par chambre" (an engine's "5 kg/ch" has none). u is the unit read
 * and `after` its end; returns the end of what was said, or NULL. */
static const char *S_per_room(breve_buf *w, const S_unit *u,
                              const char *after, const char *end) {
  if (strcmp(u->abbr, "ch") != 0 || after >= end || *after != '.')
    return NULL;
  breve_buf_puts(w, w->len ? " par chambre" : "par chambre");
  /* (the dot kept where it ends the sentence) */
  return after + (after + 1 < end &&
                  !S_upper_at(after + 1 + S_blank(after + 1, end), end));
}

static const char *S_per(breve_buf *w, const char *p, const char *end) {
  const char *const *words = S_per_words;
  const char *after;
  const S_unit *u;
  /* spaced: "10 € / jour", "30 € /mois" */
  if (p + 2 < end && p[0] == ' ' && p[1] == '/') {
    const char *t = p + 2 + (p[2] == ' ');
    size_t k = S_letters(t, end);
    int i = k ? S_in(t, k, words) : -1;
    if (i >= 0) {
      breve_buf_puts(w, " par ");
      breve_buf_puts(w, words[i]);
      return t + k;
    }
  }
  if (p >= end || *p != '/')
    return p;
  /* over a day: "50 cm/24 h" is "par vingt-quatre heures" */
  if (S_starts(p + 1, end, "24 h") || S_starts(p + 1, end, "24h")) {
    const char *e = p + 3 + (p[3] == ' ') + 1;
    if (!S_alnum_at(e, end)) {
      breve_buf_puts(w, " par vingt-quatre heures");
      return e;
    }
  }
  /* "15 €/pers.": per person, written short (the dot kept where it ends
   * the sentence) */
  /* and per week: "1 300 €/sem." */
  int pers = S_starts(p + 1, end, "pers");
  if ((pers || S_starts(p + 1, end, "sem")) &&
      !S_alnum_at(p + 1 + 3 + pers, end)) {
    const char *e = p + 4 + pers;
    if (e < end && *e == '.' && e + 1 < end &&
        !(e[1] == ' ' && S_upper_at(e + 2, end)))
      e++;
    breve_buf_puts(w, pers ? " par personne" : " par semaine");
    /* "2,88 €/pers./nuit" is "par personne et par nuit" */
    size_t k = e < end && *e == '/' ? S_letters(e + 1, end) : 0;
    if (k && S_in(e + 1, k, S_per_words) >= 0 && !S_alnum_at(e + 1 + k, end)) {
      breve_buf_puts(w, " et par ");
      breve_buf_put(w, e + 1, k);
      e += 1 + k;
    }
    return e;
  }
  /* per inhabitant: "2 kg/hab.", "5 l/j/hab" (the dot kept where it
   * ends the sentence) */
  if (S_starts(p + 1, end, "hab") && !S_alnum_at(p + 4, end)) {
    const char *e = p + 4;
    if (e + 1 < end && *e == '.' && !(e[1] == ' ' && S_upper_at(e + 2, end)))
      e++;
    breve_buf_puts(w, " par habitant");
    return e;
  }
  if (p + 1 < end && p[1] == 'j' && !S_alnum_at(p + 2, end)) {
    breve_buf_puts(w, " par jour"); /* "50 km/j" */
    /* and a second one: "5 l/j/hab" */
    if (p + 3 < end && p[2] == '/' && p[3] >= 'a' && p[3] <= 'z')
      return S_per(w, p + 2, end);
    return p + 2;
  }
  /* fuel: "5 l/100 km" is "cinq litres aux cent kilomètres" */
  if (S_starts(p + 1, end, "100") && (p + 4 >= end || !S_is_digit(p[4]))) {
    const char *k = p + 4 + S_blank(p + 4, end);
    if (S_starts(k, end, "km") && !S_alnum_at(k + 2, end)) {
      breve_buf_puts(w, " aux cent kilomètres");
      return k + 2;
    }
    /* (the kilometres left out: "le V8 boit 15 l/100") */
    if (!S_alnum_at(p + 4, end) && w->len >= 6 &&
        (!memcmp(w->ptr + w->len - 6, "litres", 6) ||
         !memcmp(w->ptr + w->len - 5, "litre", 5))) {
      breve_buf_puts(w, " aux cent");
      return p + 4;
    }
  }
  if ((u = S_unit_at(p + 1, end, 1, &after))) {
    const char *room = S_per_room(w, u, after, end);
    if (room)
      return room;
    breve_buf_puts(w, " par ");
    breve_buf_puts(w, u->one);
    /* and a second one: "kg CO2/m²/an" is "par mètre carré par an" */
    if (after + 1 < end && *after == '/' && after[1] >= 'a' && after[1] <= 'z')
      return S_per(w, after, end);
    return after;
  }
  if (p + 1 < end && p[1] == 'h' && !S_alnum_at(p + 2, end)) {
    breve_buf_puts(w, " par heure");
    /* and a second one: "9 000 voyageurs/h/sens" */
    if (p + 3 < end && p[2] == '/' && p[3] >= 'a' && p[3] <= 'z')
      return S_per(w, p + 2, end);
    return p + 2;
  }
  size_t k = S_letters(p + 1, end);
  int i = k ? S_in(p + 1, k, words) : -1;
  if (i >= 0) {
    breve_buf_puts(w, " par ");
    breve_buf_puts(w, words[i]);
    const char *e = p + 1 + k;
    if (e + 1 < end && *e == '/' && e[1] >= 'a' && e[1] <= 'z')
      return S_per(w, e, end); /* "3 repas/jour/enfant" */
    return e;
  }
  return p;
}

/* Writes " le kilo", " la tonne", " l'heure": one of the unit, after a
 * price. */
static void S_put_one_unit(breve_buf *w, const S_unit *u) {
  breve_buf_puts(w, strchr("aeiouh", u->one[0]) ||
                            !memcmp(u->one, "\xc3\xa9", 2)
                        ? " l'"
                    : S_unit_fem(u) ? " la "
                                    : " le ");
  breve_buf_puts(w, !strcmp(u->one, "kilogramme") ? "kilo" : u->one);
}

/* The unit a price is for, after its slash at p ("€/kg", "€/mois"); with
 * `any`, also any word in small letters ("6 €/verre"). Returns the end,
 * or p when nothing is said. */
static const char *S_per_money_at(breve_buf *w, const char *p,
                                  const char *end, int any) {
  /* (energy is priced "par": "42 €/MWh" is "quarante-deux euros par
   * mégawattheure", as 31 token-set cases of 31 accept) */
  static const char *const sold[] = {"kilogramme", "gramme", "litre",
                                     "mètre carré", "mètre cube", "tonne",
                                     "mètre", "kilo", "douzaine",
                                     "livre", NULL}; /* "3,92 $/lb" */
  const char *after;
  const S_unit *u;
  if (p < end && *p == '/' && (u = S_unit_at(p + 1, end, 1, &after)) &&
      S_in(u->one, strlen(u->one), sold) >= 0) {
    breve_buf_puts(w, S_unit_fem(u) ? " la " : " le ");
    breve_buf_puts(w, !strcmp(u->one, "kilogramme") ? "kilo" : u->one);
    return after;
  }
  /* a wage or a fee by the hour: "12 €/h" is "douze euros de l'heure" */
  if (p < end && *p == '/' && p + 1 < end && p[1] == 'h') {
    size_t k = S_letters(p + 1, end);
    if (k == 1 || S_eq(p + 1, k, "heure")) {
      breve_buf_puts(w, " de l'heure");
      return p + 1 + k;
    }
  }
  /* the unit written whole: "2 €/litre", "3 €/pièce" */
  {
    static const char *const whole[] = {"litre", "le", "kilo", "le",
                                        "tonne", "la", "pièce", "la",
                                        "bouteille", "la", "unité", "l'",
                                        "douzaine", "la", NULL};
    size_t k = p < end && *p == '/' ? S_letters(p + 1, end) : 0;
    for (size_t i = 0; k && whole[i]; i += 2)
      if (S_eq(p + 1, k, whole[i])) {
        breve_buf_putc(w, ' ');
        breve_buf_puts(w, whole[i + 1]);
        if (whole[i + 1][1] != '\'')
          breve_buf_putc(w, ' ');
        breve_buf_puts(w, whole[i]);
        return p + 1 + k;
      }
  }
  /* for half a day or an hour: "5 €/demi-journée" is "cinq euros la
   * demi-journée" */
  if (p + 6 < end && *p == '/' && S_starts(p + 1, end, "demi-")) {
    size_t k = S_letters(p + 6, end);
    static const char *const halves[] = {"journée", "heure", "pension",
                                         "saison", "tarif", NULL};
    int i = k ? S_in(p + 6, k, halves) : -1;
    if (i >= 0 && !S_alnum_at(p + 6 + k, end)) {
      breve_buf_puts(w, i == 2 || i == 4 ? " par demi-" : " la demi-");
      breve_buf_put(w, p + 6, k);
      return p + 6 + k;
    }
  }
  /* a grain's price: "18 €/q" is "dix-huit euros le quintal" */
  if (p + 1 < end && *p == '/' && p[1] == 'q' && !S_alnum_at(p + 2, end)) {
    breve_buf_puts(w, " le quintal");
    return p + 2;
  }
  /* "80 $/baril", "2 400 $/once" */
  if (p < end && *p == '/' && (S_starts(p + 1, end, "baril") ||
                               S_starts(p + 1, end, "once"))) {
    size_t k = S_letters(p + 1, end);
    if (k == 5 && p[1] == 'b') {
      breve_buf_puts(w, " le baril");
      return p + 1 + k;
    }
    if (k == 4 && p[1] == 'o') {
      breve_buf_puts(w, " l'once");
      return p + 1 + k;
    }
  }
  /* a price for a quantity: "1 €/30 min" is "un euro les trente
   * minutes", "5 €/100 g" "cinq euros les cent grammes" */
  if (p + 1 < end && *p == '/' && S_is_digit(p[1])) {
    size_t d = S_digits(p + 1, end);
    const char *t = p + 1 + d, *after;
    uint64_t v;
    int ok = d <= 3 && breve_fr_parse_u64(p + 1, d, &v);
    /* (a thousand grouped: "1 250 €/1 000 l") */
    S_num gn;
    if (d == 1 && t < end && *t == ' ' && S_parse_num(p + 1, end, &gn) &&
        gn.end && !gn.has_dec && gn.grouped && S_ival(&gn) <= 100000) {
      t = gn.end;
      v = S_ival(&gn);
      ok = 1;
    }
    const S_unit *u = S_blank(t, end) && ok
                          ? S_unit_at(t + S_blank(t, end), end, 1, &after)
                          : NULL;
    if (u && S_ends_clean(after, end) && v >= 1) {
      if (v == 1) { /* "3 €/1 kg": "trois euros le kilo" */
        S_put_one_unit(w, u);
        return after;
      }
      breve_buf_puts(w, " les");
      breve_fr_cardinal(w, v, S_unit_fem(u));
      breve_buf_putc(w, ' ');
      breve_buf_puts(w, u->many);
      return after;
    }
  }
  /* energy priced in cents is for one of the unit: "0,15 €/kWh" is
   * "quinze centimes le kilowattheure" (a whole price is "par": "42
   * €/MWh"; and a distance keeps it, "douze centimes par kilomètre": 28
   * cases of the token sets gained with "le" for kWh, 5 lost; for km, 2
   * gained and 30 lost) */
  if (p + 1 < end && *p == '/' &&
      (S_ends_with(w->ptr, w->len, " centimes") ||
       S_ends_with(w->ptr, w->len, " centime")) &&
      (u = S_unit_at(p + 1, end, 1, &after)) && S_ends_clean(after, end) &&
      S_ends_with(u->one, strlen(u->one), "wattheure")) {
    S_put_one_unit(w, u);
    return after;
  }
  const char *r = S_per(w, p, end);
  /* any other thing sold, in lower case: "6 €/verre" is "six euros par
   * verre" (not "/pers", "/ht": a word of three letters or more that ends
   * there) */
  return any && r == p ? S_per_word(w, p, end) : r;
}

static const char *S_per_money(breve_buf *w, const char *p, const char *end) {
  /* spaced as some copy types it: "1 € / kg" is "un euro le kilo", read
   * as if glued, but only for a unit or a word a price is for: "5 € /
   * gratuit pour les enfants" is two prices */
  if (p + 2 < end && p[0] == ' ' && p[1] == '/' &&
      (p[2] == ' ' || breve_cp_is_letter(S_cp(p + 2, end, NULL)))) {
    const char *t = p + 2 + (p[2] == ' ');
    breve_buf g = {0};
    breve_buf_putc(&g, '/');
    breve_buf_put(&g, t, (size_t)(end - t));
    const char *r = NULL;
    if (g.ptr && !g.oom)
      r = S_per_money_at(w, g.ptr, g.ptr + g.len, 0);
    size_t used = r ? (size_t)(r - g.ptr) : 0;
    breve_buf_free(&g);
    return used > 1 ? t + used - 1 : p;
  }
  return S_per_money_at(w, p, end, 1);
}

/* Scale after a number: k (mille), M (millions), Md/Mds/Mrd (milliards),
 * billions. Returns 3, 6, 9, 12 or 0 and the end. */
static int S_scale_at(const char *p, const char *end, const char **after) {
  static const struct {
    const char *s;
    int scale;
  } scales[] = {{"Mds", 9},  {"Mrds", 9}, {"Mrd", 9}, {"Md", 9},
                {"mds", 9},  {"md", 9},   {"Mio", 6}, {"M", 6},
                {"k", 3},    {"K", 3},    {"milliards", 9},
                {"milliard", 9}, {"millions", 6}, {"million", 6},
                {"billions", 12}, {"billion", 12},
                /* Quebec's billions of dollars: "2 G$ de dégâts" */
                {"G", 9}, {NULL, 0}};
  for (int i = 0; scales[i].s; i++) {
    if (S_starts(p, end, scales[i].s)) {
      *after = p + strlen(scales[i].s);
      if (breve_cp_is_letter(S_cp(*after, end, NULL)))
        continue;
      if (scales[i].s[0] == 'G' && !(*after < end && **after == '$'))
        continue;
      /* "3 M. de personnes": the abbreviation's dot inside a sentence */
      const char *d = *after;
      if (i < 10 && d + 2 < end && *d == '.' && d[1] == ' ' &&
          breve_cp_is_letter(S_cp(d + 2, end, NULL)) && !S_upper_at(d + 2, end))
        *after = d + 1;
      return scales[i].scale;
    }
  }
  return 0;
}

static const char *S_rule_number(S_st *st, const char *p);

/* Whether the 80 bytes before e hold a street ("rue", "avenue"...): a
 * number after it and a comma is a postal code. */
static int S_after_street(const char *line, const char *e) {
  static const char *const streets[] = {"rue ", "avenue ", "boulevard ",
                                        "place ", "allée ", "quai ",
                                        "chemin ", "impasse ", "route ",
                                        "cours ", "bd ", "av. ", "BP ", NULL};
  const char *from = e - line > 80 ? e - 80 : line;
  for (int i = 0; streets[i]; i++) {
    size_t k = strlen(streets[i]);
    for (const char *t = from; t + k <= e; t++)
      if (!memcmp(t, streets[i], k) && (t == line || t[-1] == ' '))
        return 1;
  }
  return 0;
}

/* Whether the word before the number names a model: capitals ("ATR
 * 72-600") or a maker ("Boeing 737-800"). */
static int S_model_word(const S_st *st) {
  static const char *const makers[] = {"Boeing", "Airbus", "Embraer",
                                       "Bombardier", "Soyouz", "Falcon",
                                       "Rafale", "Mirage", "Antonov", NULL};
  if (!st->prev_word || st->prev_len < 2)
    return 0;
  size_t caps = 0;
  for (size_t i = 0; i < st->prev_len; i++)
    caps += S_is_upper_ascii(st->prev_word[i]);
  return caps == st->prev_len || S_in(st->prev_word, st->prev_len, makers) >= 0;
}

/* Whether a pause after the year v leaves its words as they are:
 * espeak-ng sounds the last consonant of "cinq", "six", "huit", "dix" and
 * "vingt" before a pause and not before the next year's "deux mille". */
static int S_year_keeps_pause(uint64_t v) {
  unsigned last = (unsigned)(v % 10), tens = (unsigned)(v % 100);
  return !(last == 5 || last == 6 || last == 8 || tens == 10 || tens == 20 ||
           tens == 90);
}

/* Whether the score a-b starting at a (b at t) is a set of a tennis
 * match: single digits up to 7, next to another such score ("6-4, 7-6",
 * "7-6 (7-4)"). */
static int S_set_score(const char *a, const char *end) {
  return a + 2 < end && *a >= '0' && *a <= '7' &&
         (a[1] == '-' || a[1] == '/') && a[2] >= '0' && a[2] <= '7' &&
         !S_alnum_at(a + 3, end);
}

/* A tie-break at a, after "(" and a set of 7-6 or 6-7: "7-6 (10/8)". */
static int S_tiebreak(const S_st *st, const char *a) {
  const char *end = st->end;
  if (a - st->line < 5 || a[-1] != '(' || a[-2] != ' ' ||
      !((a[-5] == '7' && a[-3] == '6') || (a[-5] == '6' && a[-3] == '7')) ||
      (a[-4] != '-' && a[-4] != '/'))
    return 0;
  size_t d1 = S_digits(a, end);
  if (!d1 || d1 > 2 || a + d1 + 1 >= end || (a[d1] != '-' && a[d1] != '/'))
    return 0;
  size_t d2 = S_digits(a + d1 + 1, end);
  return d2 && d2 <= 2 && a + d1 + 1 + d2 < end && a[d1 + 1 + d2] == ')';
}

/* Whether v-v2, followed by z, is the score of a game of tennis, said
 * without "à": "40-15", "30-40", "0-40" (not "15-30 ans", "30-40 %"). */
static int S_game_score(uint64_t v, uint64_t v2, const char *z,
                        const char *end) {
  if ((v != 40 && v2 != 40) || v == v2 ||
      !(v == 0 || v == 15 || v == 30 || v == 40) ||
      !(v2 == 0 || v2 == 15 || v2 == 30 || v2 == 40))
    return 0;
  if (z < end && (S_alnum_at(z, end) || *z == '%' || *z == '-' || *z == '/'))
    return 0;
  /* only standing alone or before a few words: "40-15 pour Sinner" (not
   * "30-40 marins", "15-30 %") */
  static const char *const ok[] = {"pour", "au", "dans", "et", "à", "sur",
                                   "contre", "puis", NULL};
  size_t b = S_blank(z, end), k;
  if (b && z + b < end && !strchr(",;.)!?", z[b]) &&
      !((k = S_letters(z + b, end)) && S_in(z + b, k, ok) >= 0))
    return 0;
  return 1;
}

static int S_tennis(const S_st *st, const char *a, const char *t) {
  const char *end = st->end;
  /* any set on a line about sets: "13-11 au 5e set", "le 3e set à 5-5" */
  static const char *const sets[] = {" set", NULL};
  /* (games, not a range: "10-12 jeux par set", nor sets won: "mène 4-2
   * en sets") */
  size_t da = S_digits(a, end), db = S_digits(t, end);
  const char *z = t + db + S_blank(t + db, end);
  size_t zl = S_letters(z, end);
  if (da <= 2 && db && db <= 2 && t == a + da + 1 && t[-1] == '-' &&
      !S_alnum_at(t + db, end) && S_line_has_any(st, sets) &&
      (!zl || S_eq(z, zl, "au") || S_eq(z, zl, "dans")))
    return 1;
  if (t - a != 2 || !S_set_score(a, end))
    return 0;
    /* a set is won at six or seven games: "1-1 (4-3 t.a.b.)" is football */
#define S_SIX(c) ((c) == '6' || (c) == '7')
  const char *n2 =
      t + 1 < end && t[1] == ' ' && t + 2 < end && t[2] == '(' ? t + 3 : t + 2;
  if (!S_SIX(a[0]) && !S_SIX(a[2]) &&
      !(n2 + 2 < end && S_set_score(n2, end) &&
        (S_SIX(n2[0]) || S_SIX(n2[2]))) &&
      !(a - st->line >= 5 && (S_SIX(a[-5]) || S_SIX(a[-3]))))
    return 0;
#undef S_SIX
  const char *r = t + 1; /* after the second number */
  if (r + 1 < end && (*r == ',' || *r == ' ') && S_set_score(r + 2, end))
    return 1;
  /* sets typed with a space or a glued tie-break: "6-3 6-2", "7-6(4),
   * 6-7(2), 6-4" */
  if (r < end && *r == ' ' && S_set_score(r + 1, end) &&
      !(r + 4 < end && S_is_digit(r[4])))
    return 1;
  if (r + 2 < end && *r == '(' && S_is_digit(r[1]) && (*a == '7' || *a == '6') &&
      (a[2] == '6' || a[2] == '7') && a[0] != a[2])
    return 1;
  {
    const char *b = a;
    if (b - st->line >= 2 && b[-1] == ' ' && b[-2] == ',')
      b -= 2;
    else if (b - st->line >= 1 && b[-1] == ' ')
      b -= 1;
    if (b < a && b > st->line && b[-1] == ')') {
      const char *o = b - 1;
      while (o > st->line && o[-1] != '(' && b - o < 6)
        o--;
      b = o > st->line && o[-1] == '(' ? o - 1 : b;
      if (b > st->line + 3 && b[-1] == ' ')
        b--; /* "7-6 (7-4), 6-3" */
    }
    if (b < a && b - st->line >= 3 && S_set_score(b - 3, end) &&
        !(b - st->line >= 4 && S_is_digit(b[-4])))
      return 1;
  }
  if (r + 2 < end && *r == ' ' && r[1] == '(' &&
      (S_set_score(r + 2, end) || S_tiebreak(st, r + 2)))
    return 1;
  if (a - st->line >= 5 && (a[-2] == ',' || a[-2] == '(' || a[-2] == ' ') &&
      a[-1] == ' ' && S_set_score(a - 5, end))
    return 1;
  if (a - st->line >= 5 && a[-1] == '(' && a[-2] == ' ' &&
      S_set_score(a - 5, end))
    return 1;
  return 0;
}

/* Words before a range of pages or works: "pages 1046-1051", "BWV
 * 1046-1051" are ranges, not years. */
static const char *const S_catalogues[] = {"pages", "pp", "BWV", "KV",
                                           "RV", "Hob", "HWV", "WoO",
                                           "folios", NULL};

/* After a number has been read: what follows decides how it is said. */
/* Words before the article of a code: "l'article 222-33", "L. 1234-5". */
static const char *S_number_tail(S_st *st, const S_num *n, const char *q) {
  const char *end = st->end, *r, *after;
  size_t b = S_blank(q, end);
  r = q + b;
  breve_buf w = {0};
  uint64_t v = S_ival(n);
  int in_list = st->in_list; /* this number follows "75-" in a list */

  /* a terminal or a gate and its letter: "le terminal 2F" (not francs),
   * "porte 12B" */
  if (!b && !n->has_dec && r < end && S_is_upper_ascii(*r) &&
      !S_alnum_at(r + 1, end) && st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == n->start) {
    static const char *const gates[] = {"terminal", "Terminal", "hall",
                                        "Hall", "porte", "Porte", "quai",
                                        "aérogare", NULL};
    if (S_in(st->prev_word, st->prev_len, gates) >= 0) {
      S_num_words(&w, n, 0);
      breve_buf_putc(&w, ' ');
      breve_buf_putc(&w, (char)(*r | 0x20));
      S_say_buf(st, &w);
      return r + 1;
    }
  }
  /* a day written with two digits before its month: "Dimanche 08 mars" */
  if (n->ipn == 2 && n->ip[0] == '0' && n->ip[1] != '0' && !n->has_dec &&
      !n->grouped && b && S_month_word(r, end) >= 0) {
    if (n->ip[1] == '1')
      breve_buf_puts(&w, "premier");
    else
      breve_fr_cardinal(&w, (uint64_t)(n->ip[1] - '0'), 0);
    S_say_buf(st, &w);
    return q;
  }

  /* a power of ten: "10^9", "10⁶", "1,5 × 10⁻³" */
  if (!b && r < end) {
    char digits[8];
    size_t nd = 0, k;
    int minus = 0;
    const char *t = r;
    /* "1,5.10⁶": the dot is a times sign */
    int times = r + 3 < end && r[0] == '.' && r[1] == '1' && r[2] == '0' &&
                !S_is_digit(r[3]);
    if (times)
      t = r + 3;
    if (*t == '^') {
      t++;
      if (t < end && *t == '-')
        minus = 1, t++;
      while (t < end && S_is_digit(*t) && nd < 4)
        digits[nd++] = *t++;
    } else {
      for (;;) {
        uint32_t c = S_cp(t, end, &k);
        int d = c == 0x2070                  ? 0
                : c == 0xB9                  ? 1
                : c == 0xB2                  ? 2
                : c == 0xB3                  ? 3
                : c >= 0x2074 && c <= 0x2079 ? (int)(c - 0x2070)
                                             : -1;
        if (c == 0x207B && !nd && !minus) {
          minus = 1;
        } else if (d >= 0 && nd < 4) {
          digits[nd++] = (char)('0' + d);
        } else {
          break;
        }
        t += k;
      }
      /* "m²" and "km²" are units; a power needs two digits or a sign
       * before it ("10²" alone is "dix puissance deux" too) */
    }
    if (nd && !S_alnum_at(t, end)) {
      uint64_t e = 0;
      breve_fr_parse_u64(digits, nd, &e);
      S_num_words(&w, n, 0);
      if (times)
        breve_buf_puts(&w, " fois dix");
      breve_buf_puts(&w, minus ? " puissance moins" : " puissance");
      breve_fr_cardinal(&w, e, 0);
      /* and its unit: "3 × 10⁸ m/s" */
      const char *ua, *ut = t + S_blank(t, end);
      const S_unit *pu = ut > t ? S_unit_at(ut, end, 1, &ua) : NULL;
      if (pu && S_ends_clean(ua, end)) {
        breve_buf_putc(&w, ' ');
        breve_buf_puts(&w, pu->many);
        t = ua;
      }
      S_say_buf(st, &w);
      return t;
    }
  }
  /* a penalty shoot-out: "(4 t.a.b. à 3)" */
  if (b && S_starts(r, end, "t.a.b")) {
    const char *e = r + 5 + (r + 5 < end && r[5] == '.');
    /* after a score: "(4-3 t.a.b.)" is "quatre à trois aux tirs au but" */
    int score = n->start - st->line >= 2 && n->start[-1] == '-' &&
                S_is_digit(n->start[-2]);
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, score ? " aux tirs au but" : " tirs au but");
    S_say_buf(st, &w);
    return e;
  }
  /* "1 er", "1\u00a0er ministre", "3 ème": a suffix set apart by a
   * word processor is still an ordinal ("er" and "ème" are not words) */
  if (b && b <= 3 && !n->has_dec && !n->grouped && v != UINT64_MAX && v > 0) {
    static const char *const apart[] = {"er", "re", "ère", "ème", "ers",
                                        "res", "ères", "èmes", NULL};
    size_t k = S_letters(r, end);
    int plural, second, g;
    /* "le 2 e tour": a lone "e" before a noun that is ranked */
    static const char *const ranked[] = {"tour", "trimestre", "semestre",
                                         "place", "étage", "arrondissement",
                                         "rang", "édition", "étape", "manche",
                                         "siècle", "circonscription", NULL};
    const char *nx = r + k + S_blank(r + k, end);
    int lone_e = k == 1 && *r == 'e' && v >= 2 && nx > r + k &&
                 S_in(nx, S_letters(nx, end), ranked) >= 0;
    if (k && (S_in(r, k, apart) >= 0 || lone_e) && S_ends_clean(r + k, end) &&
        (g = S_ordinal_suffix(r, k, &plural, &second)) != 0 &&
        (v == 1 || lone_e || (r[0] != 'e' && r[0] != 'r'))) {
      S_ordinal_words(&w, v, g, plural, 0);
      S_say_buf(st, &w);
      return r + k;
    }
  }
  /* a position in degrees and minutes: "48°51′ N", "47° 30' N",
   * "4°45'30\" O" */
  if (S_starts(r, end, "°") && !n->has_dec && v <= 180) {
    const char *t = r + 2 + S_blank(r + 2, end);
    unsigned mi = 0, se = 0;
    const char *u = S_small(t, end, 1, 2, 0, 59, &mi);
    /* (minutes with their tenths: "47° 36,2′ N") */
    const char *md = NULL;
    size_t mdn = 0;
    if (u && u + 1 < end && *u == ',' && S_is_digit(u[1])) {
      mdn = S_digits(u + 1, end);
      md = u + 1;
      u += 1 + mdn;
    }
    if (u && u < end && *u == '\'' && !(u + 1 < end && u[1] == '\'')) {
      const char *x = u + 1, *d = x + S_blank(x, end);
      const char *y = S_small(d, end, 1, 2, 0, 59, &se);
      int has_s = 0;
      if (y && y < end && (*y == '"' || S_starts(y, end, "''"))) {
        x = y + (*y == '"' ? 1 : 2);
        d = x + S_blank(x, end);
        has_s = 1;
      }
      /* ("\xc3\xa8st": espeak-ng says "est" as the verb) */
      static const char *const dirs[] = {"nord", "sud", "\xc3\xa8st",
                                         "ouest", "ouest"};
      const char *cs = "NSEOW";
      int dir = d < end && *d && strchr(cs, *d) && !S_alnum_at(d + 1, end) &&
                !(d + 1 < end && d[1] == '.' && d + 2 < end && d[2] != ' ');
      S_num_words(&w, n, 0);
      breve_buf_puts(&w, v >= 2 ? " degrés " : " degré ");
      if (md) {
        breve_fr_cardinal(&w, mi, 1);
        breve_buf_puts(&w, " virgule");
        S_dec_words(&w, md, mdn);
        breve_buf_puts(&w, " minutes");
      } else {
        S_put_count(&w, mi, 1, "minute");
      }
      if (has_s) {
        breve_buf_putc(&w, ' ');
        S_put_count(&w, se, 1, "seconde");
      }
      if (dir) {
        breve_buf_putc(&w, ' ');
        breve_buf_puts(&w, dirs[strchr(cs, *d) - cs]);
        x = d + 1;
      }
      S_say_buf(st, &w);
      return x;
    }
  }
  /* Ordinals: 1er, 2e, 3ème, 21e, 2de, 6°; in capitals "1ER", "3EME" */
  if (!b && !n->has_dec && v != UINT64_MAX && v > 0) {
    size_t k = S_letters(q, end);
    int plural, second;
    int g = k ? S_ordinal_suffix(q, k, &plural, &second) : 0;
    static const char *const caps_suffix[] = {"ER", "RE", "EME", "ÈME", "ERS",
                                              "EMES", "ÈRE", "E", NULL};
    /* a lone "E" only after a number of its own ("2E trimestre", not the
     * licence "C1E") */
    const char *nw = q + k + S_blank(q + k, end);
    /* (not a terminal or a gate: "au terminal 2E de Roissy") */
    static const char *const gates[] = {"terminal", "Terminal", "hall",
                                        "Hall",     "porte",    "Porte",
                                        "aérogare", "salle",    NULL};
    int gate = st->prev_word && !st->prev_number &&
               S_in(st->prev_word, st->prev_len, gates) >= 0;
    if (!g && k && !gate && S_in(q, k, caps_suffix) >= 0 &&
        !(k == 1 && (st->glued || v < 2 || nw == q + k || nw >= end ||
                     !(*nw >= 'a' && *nw <= 'z')))) {
      char low[8];
      for (size_t i = 0; i < k; i++)
        low[i] = (char)((q[i] >= 'A' && q[i] <= 'Z') ? q[i] | 0x20 : q[i]);
      if (k >= 2 && (unsigned char)q[0] == 0xC3 && (unsigned char)q[1] == 0x88)
        low[1] = (char)0xA8; /* È -> è */
      g = S_ordinal_suffix(low, k, &plural, &second);
    }
    if (g && !(second && v != 2) && S_ends_clean(q + k, end)) {
      /* "la 1e tranche", "sa 1e victoire": a first typed without its r
       * agrees with its feminine noun */
      if (v == 1 && g == 1 && k == 1 && (*q == 'e' || *q == 'E')) {
        static const char *const fem_dets[] = {"la", "La", "sa", "Sa",
                                               "cette", "Cette", "ma",
                                               "ta", "une", "leur", NULL};
        const char *nw1 = q + k + S_blank(q + k, end);
        size_t nk = nw1 > q + k ? S_letters(nw1, end) : 0;
        if ((st->prev_word && !st->prev_number &&
             S_in(st->prev_word, st->prev_len, fem_dets) >= 0) ||
            (nk && S_feminine_noun(nw1, nk, 1)))
          g = 2;
      }
      if (!plural)
        plural = S_plural_around(st, q + k);
      S_ordinal_words(&w, v, g, plural, second);
      /* after an article, the millionth is "la millionième Zoé", without
       * the "un" of the number standing alone ("un milliardième") */
      static const char *const arts[] = {"le", "la", "Le", "La", "les",
                                         "du", "au", NULL};
      if ((v == 1000000 || v == 1000000000) && w.len > 3 &&
          !memcmp(w.ptr, "un ", 3) && st->prev_word && !st->prev_number &&
          S_in(st->prev_word, st->prev_len, arts) >= 0) {
        memmove(w.ptr, w.ptr + 3, w.len - 3 + 1);
        w.len -= 3;
      }
      S_say_buf(st, &w);
      return q + k;
    }
    if (S_starts(q, end, "°")) {
      static const char *const possessives[] = {"son",   "sa",  "ma",   "mon",
                                                "ta",    "ton", "leur", "notre",
                                                "votre", NULL};
      /* 3° is an ordinal (a numbered point); a temperature when signed,
       * above 12 ("20° à l'ombre"), or followed by C or F. */
      const char *t = q + 2;
      const char *t2 = t + S_blank(t, end);
      /* before a word of rank: "Blanc & Fils, 3° prix", "2° classe" */
      static const char *const ranks[] = {
          "prix",     "place",   "rang",      "étage",     "classe",
          "alinéa",   "édition", "catégorie", "division",  "arrondissement",
          "accessit", "mention", "position", "tour", "manche", NULL};
      size_t kr = t2 > t ? S_letters(t2, end) : 0;
      int rank = kr && S_in(t2, kr, ranks) >= 0;
      /* a numbered point of minutes opening its line before a noun with
       * a capital: "1° Approbation du PV", "3° Questions diverses" (not a
       * horse: "3° Idao de Tillard") */
      static const char *const items[] = {"tion", "sion",  "ment", "ité",
                                          "ure",  "age",   "ance", "ence",
                                          "ions", "ments", NULL};
      int item = 0;
      for (int i = 0; kr >= 5 && items[i] && !item; i++)
        item = S_ends_with(t2, kr, items[i]);
      /* (or any title of a point with more words after it: "1° Vote du
       * budget", "2° Tarifs municipaux"; not "5° Nuageux" alone) */
      {
        static const char *const weather[] = {
            "Celsius", "Nuageux", "Couvert", "Pluie", "Averses", "Orages",
            "Brouillard", "Neige", "Ressenti", "Vent", "Soleil", NULL};
        const char *o2 = t2 + kr + S_blank(t2 + kr, end);
        /* (nor a name: "3° Idao de Tillard", a horse's rank) */
        int name = 0;
        for (const char *c = o2; c < end && !name; c++)
          name = c[-1] == ' ' && S_upper_at(c, end);
        if (!item && kr >= 4 && !rank && o2 > t2 + kr && o2 < end &&
            breve_cp_is_letter(S_cp(o2, end, NULL)) && !name &&
            S_in(t2, kr, weather) < 0 && !S_starts(t2, end, "Ensoleill"))
          item = 1;
      }
      /* (or before a verb: "1° être majeur", "2° présenter une pièce") */
      /* (with a capital, before its object: "3° Apporter une pièce") */
      static const char *const dets[] = {"un", "une", "le", "la", "les",
                                         "des", "son", "sa", "ses", "votre",
                                         "vos", NULL};
      const char *o = t2 + kr + S_blank(t2 + kr, end);
      size_t ko = o > t2 + kr ? S_letters(o, end) : 0;
      int verb = kr >= 4 && !rank &&
                 (!S_upper_at(t2, end) ||
                  (ko && (S_in(o, ko, dets) >= 0 ||
                          (ko == 1 && o + 1 < end && o[1] == '\'')))) &&
                 ((S_ends_with(t2, kr, "er") && !S_ends_with(t2, kr, "ier")) ||
                  S_ends_with(t2, kr, "ir") || S_eq(t2, kr, "être") ||
                  S_eq(t2, kr, "Être") ||
                  S_ends_with(t2, kr, "oir") || S_ends_with(t2, kr, "dre"));
      /* (or, in small letters, an action and what it bears on: "1°
       * approbation des comptes"; not "3° édition du salon") */
      if (!rank && kr >= 8 && !S_upper_at(t2, end) &&
          (S_ends_with(t2, kr, "tion") || S_ends_with(t2, kr, "sion") ||
           S_ends_with(t2, kr, "age") || S_ends_with(t2, kr, "ment")) &&
          (S_starts(t2 + kr, end, " des ") || S_starts(t2 + kr, end, " du ")))
        item = 2;
      /* (or after a comma, a semicolon or "et" in a list opened by "1°":
       * "1° l'accueil, 2° la salle", before an article) */
      int opening = n->start == st->line, art_next = 0;
      if (!opening && v >= 2 && v <= 10 && t2 > t) {
        static const char *const arts[] = {"le", "la", "les", "un", "une",
                                           "des", "l", NULL};
        size_t ka = S_letters(t2, end);
        art_next = ka && S_in(t2, ka, arts) >= 0 && t2 + ka < end &&
                   (t2[ka] == ' ' || t2[ka] == '\'' ||
                    S_starts(t2 + ka, end, "\xe2\x80\x99")) &&
                   (ka > 1 || t2[ka] != ' ');
        const char *c = n->start;
        while (c > st->line && c[-1] == ' ')
          c--;
        int sep = (c > st->line && (c[-1] == ',' || c[-1] == ';')) ||
                  (c - st->line >= 2 && !memcmp(c - 2, "et", 2) &&
                   (c - 2 == st->line || c[-3] == ' '));
        /* (or the last point opening its line: "et 3° les frais") */
        int first = c - 2 == st->line && c[-1] == 't';
        for (const char *f = st->line; f + 3 <= c && !first; f++)
          first = !memcmp(f, "1\xc2\xb0", 3) &&
                  (f == st->line || !S_alnum_at(f - 1, end));
        opening = art_next && sep && first;
      }
      /* (a point after a colon or a semicolon: "Ordre du jour : 1°
       * approbation des comptes") */
      if (!opening && item == 2) {
        const char *c = n->start;
        while (c > st->line && c[-1] == ' ')
          c--;
        opening = c > st->line && (c[-1] == ':' || c[-1] == ';');
      }
      if (opening && !b && v >= 1 && v <= 10 &&
          ((item && S_upper_at(t2, end) && !S_is_upper_ascii(t2[1])) ||
           item == 2 || verb || art_next ||
           (t2 < end && *t2 == ':'))) { /* "3° : les navettes" */
        S_point_words(&w, v);
        S_say_buf(st, &w);
        return t;
      }
      /* a point of an article after its number: "l'article 2, 3°" is
       * "troisièmement" (not degrees) */
      if (!b && v >= 1 && v <= 30 && !st->signed_num &&
          n->start - st->line >= 4 && n->start[-1] == ' ' &&
          n->start[-2] == ',' && S_is_digit(n->start[-3]) &&
          (t2 >= end || !breve_cp_is_letter(S_cp(t2, end, NULL)) ||
           /* "article 2, 3° de la délibération" */
           S_starts(t2, end, "de ") || S_starts(t2, end, "du "))) {
        static const char *const law[] = {"article", "Article", "art.",
                                          "Art.", NULL};
        if (S_line_has_any(st, law)) {
          S_point_words(&w, v);
          S_say_buf(st, &w);
          return t;
        }
      }
      /* and before the article it is a point of: "2° de l'article 5",
       * "1° et 2° de l'article 5" */
      /* (after an article it is an ordinal: "le 3° de l'article 4") */
      if (!b && v >= 1 && v <= 30 && !st->signed_num && t2 > t &&
          (!st->det_before ||
           (n->start == st->line && S_starts(t2, end, "et "))) &&
          !(st->prev_word && !st->prev_number &&
            (S_eq(st->prev_word, st->prev_len, "au") ||
             S_eq(st->prev_word, st->prev_len, "Au") ||
             S_eq(st->prev_word, st->prev_len, "du") ||
             S_eq(st->prev_word, st->prev_len, "le") ||
             S_eq(st->prev_word, st->prev_len, "Le")))) {
        const char *a = t2;
        if (S_starts(a, end, "et ") || S_starts(a, end, "à ") ||
            S_starts(a, end, "ou ")) {
          a += 3; /* ("à " is three bytes too) */
          size_t dd = S_digits(a, end);
          a = dd && dd <= 2 && S_starts(a + dd, end, "\xc2\xb0 ")
                  ? a + dd + 3
                  : NULL;
        }
        if (a && (S_starts(a, end, "de l'article") ||
                  S_starts(a, end, "de l\xe2\x80\x99" "article") ||
                  S_starts(a, end, "du pr\xc3\xa9sent article"))) {
          S_point_words(&w, v);
          S_say_buf(st, &w);
          return t;
        }
      }
      /* degrees of a wine or a difference: "3° d'alcool", "2° de plus" */
      static const char *const of_degrees[] = {
          "d'alcool", "d\xe2\x80\x99" "alcool", "d'\xc3\xa9" "cart",
          "d\xe2\x80\x99\xc3\xa9" "cart", "de plus", "de moins",
          "\xc3\xa0 l'ombre", "\xc3\xa0 l\xe2\x80\x99ombre",
          /* a boat's heel, a slope: "12° de gîte", "8° de pente" */
          "de g\xc3\xaete", "de pente", "d'inclinaison",
          /* and a position: "5° de longitude est" */
          "de longitude", "de latitude", NULL};
      int degrees = 0;
      for (int i = 0; t2 > t && of_degrees[i] && !degrees; i++)
        degrees = S_starts(t2, end, of_degrees[i]);
      /* a regiment by its initials: "le 27° BCA", "du 13° RDP" */
      size_t kc = 0;
      while (t2 > t && t2 + kc < end && S_is_upper_ascii(t2[kc]))
        kc++;
      int regiment = kc >= 2 && kc <= 5 && kc == kr && st->det_before &&
                     v <= 200;
      /* a latitude or a longitude: "5° N", "3° W" */
      int dir = t2 > t && t2 < end &&
                (*t2 == 'N' || *t2 == 'S' || *t2 == 'E' || *t2 == 'O' ||
                 *t2 == 'W') &&
                !S_alnum_at(t2 + 1, end) && !(t2 + 1 < end && t2[1] == '.');
      if (!(t2 < end && (*t2 == 'C' || *t2 == 'F') &&
            !S_alnum_at(t2 + 1, end)) &&
          !dir && !degrees && (v <= 12 || regiment) && !st->signed_num &&
          (st->det_before || rank ||
           /* a rank: "classé 3° du général" */
           (st->prev_word && !st->prev_number &&
            (S_eq(st->prev_word, st->prev_len, "classé") ||
             S_eq(st->prev_word, st->prev_len, "Classé") ||
             S_eq(st->prev_word, st->prev_len, "terminer") ||
             S_eq(st->prev_word, st->prev_len, "terminé") ||
             S_eq(st->prev_word, st->prev_len, "terminée") ||
             S_eq(st->prev_word, st->prev_len, "fini") ||
             S_eq(st->prev_word, st->prev_len, "finir") ||
             S_eq(st->prev_word, st->prev_len, "arrivé") ||
             S_eq(st->prev_word, st->prev_len, "arrivée") ||
             S_eq(st->prev_word, st->prev_len, "classée") ||
             S_eq(st->prev_word, st->prev_len, "termine") ||
             S_eq(st->prev_word, st->prev_len, "finit") ||
             /* a point of a text: "la loi prévoit, en son 3°"; a
              * possessive: "sa 3° sélection" */
             S_in(st->prev_word, st->prev_len, possessives) >= 0)) ||
           /* a numbered point: "; 2°) le second", not "(25°)" */
           (t < end && *t == ')' &&
            !(n->start > st->line && n->start[-1] == '(')))) {
        /* a numbered point of a list opening its line, before an
         * article: "3° les tarifs" is "troisièmement les tarifs" (not "3°
         * étage", "3° du classement") */
        static const char *const arts[] = {"le",  "la",  "les", "un",  "une",
                                           "des", "Le",  "La",  "Les", "Un",
                                           "Une", "Des",
                                           /* "3° ne jamais fixer" */
                                           "ne",  "Ne",  NULL};
        size_t ka = S_letters(t2, end);
        /* (or a verb's infinitive: "1° interdire la consommation") */
        int inf = ka >= 5 && *t2 >= 'a' && *t2 <= 'z' &&
                  ((S_ends_with(t2, ka, "er") && !S_ends_with(t2, ka, "ier")) ||
                   S_ends_with(t2, ka, "ir") || S_ends_with(t2, ka, "ire") ||
                   S_ends_with(t2, ka, "ndre") || S_ends_with(t2, ka, "ttre"));
        if (n->start == st->line && t2 > t && v >= 1 && v <= 10 &&
            ((ka && (S_in(t2, ka, arts) >= 0 || inf) && t2 + ka < end &&
              t2[ka] == ' ') ||
             (ka == 1 && (*t2 == 'l' || *t2 == 'L') && t2 + 1 < end &&
              (t2[1] == '\'' || S_starts(t2 + 1, end, "\xe2\x80\x99"))))) {
          S_point_words(&w, v);
          S_say_buf(st, &w);
          return t;
        }
        /* (the first of a feminine: "la 1° édition", "1° classe") */
        int fem = v == 1 && ((st->prev_word && !st->prev_number &&
                              (S_eq(st->prev_word, st->prev_len, "la") ||
                               S_eq(st->prev_word, st->prev_len, "La"))) ||
                             (kr && S_feminine_noun(t2, kr, 1)));
        S_ordinal_words(&w, v, fem ? 2 : 1, 0, 0);
        S_say_buf(st, &w);
        return t;
      }
    }
  }
  /* (glued to its direction too: "48°N 5°W") */
  if (S_starts(r, end, "°") &&
      (!S_alnum_at(r + 2, end) ||
       (r + 2 < end && strchr("NSEOW", r[2]) && r[2] && !S_alnum_at(r + 3, end)))) {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, S_plural(n) ? " degrés" : " degré");
    /* a latitude or a longitude: "45° N", "2° E", "5° W" */
    const char *c = r + 2 + S_blank(r + 2, end);
    static const char *const dirs[] = {"nord", "sud", "\xc3\xa8st", "ouest",
                                       "ouest"};
    const char *cs = "NSEOW";
    if (c < end && strchr(cs, *c) && *c &&
        !S_alnum_at(c + 1, end) && !(c + 2 < end && c[1] == '.')) {
      breve_buf_putc(&w, ' ');
      breve_buf_puts(&w, dirs[strchr(cs, *c) - cs]);
      S_say_buf(st, &w);
      return c + 1;
    }
    /* the scale set apart: "20 ° C" (degrees are Celsius unless said) */
    if (c > r + 2 && c < end && (*c == 'C' || *c == 'F') &&
        !S_alnum_at(c + 1, end) &&
        !(c + 2 < end && c[1] == '.' && c[2] != ' ')) {
      if (*c == 'F')
        breve_buf_puts(&w, " Fahrenheit");
      S_say_buf(st, &w);
      return c + 1;
    }
    S_say_buf(st, &w);
    return r + 2;
  }
  /* "100+ drones" is "plus de cent drones" (not "les 12+ en jeu") */
  /* (nor a rowing boat after its article, "le 4+ poids légers") */
  uint64_t iv = S_ival(n);
  if (r == n->end && r + 2 < end && *r == '+' && r[1] == ' ' &&
      !n->has_dec && iv >= 2 && !st->glued &&
      !((iv == 2 || iv == 4 || iv == 8) && st->prev_word &&
        !st->prev_number &&
        (S_eq(st->prev_word, st->prev_len, "le") ||
         S_eq(st->prev_word, st->prev_len, "un") ||
         S_eq(st->prev_word, st->prev_len, "Le")))) {
    const char *t = r + 2;
    size_t k = S_letters(t, end);
    if (k >= 3 && (t[k - 1] == 's' || t[k - 1] == 'x') &&
        breve_cp_is_lower(S_cp(t, end, NULL))) {
      breve_buf_puts(&w, "plus de ");
      S_num_words(&w, n, S_feminine_noun(t, k, 1));
      S_say_buf(st, &w);
      return r + 1;
    }
  }
  /* Percentages */
  if (r < end && *r == '%') {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, " pour cent");
    const char *after = S_per(&w, r + 1, end); /* "10 %/an" */
    S_say_buf(st, &w);
    return after;
  }
  if (S_starts(r, end, "‰")) {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, " pour mille");
    S_say_buf(st, &w);
    return r + 3;
  }
  /* Money */
  const S_cur *c;
  /* "3€50", "2$99", "2 €50": the sign between the units and the cents */
  if (b <= 1 && !n->has_dec && !n->grouped && r < end &&
      ((unsigned char)*r == 0xE2 || *r == '$' || (unsigned char)*r == 0xC2)) {
    static const char *const signs[] = {"€", "$", "£", NULL};
    for (int i = 0; signs[i]; i++) {
      size_t k = strlen(signs[i]);
      const char *t = r + k;
      if (S_starts(r, end, signs[i]) && S_digits(t, end) == 2 &&
          S_ends_clean(t + 2, end) && (c = S_currency_at(r, r + k, &after))) {
        S_num m = *n;
        m.dp[0] = t[0];
        m.dp[1] = t[1];
        m.dpn = 2;
        m.has_dec = 1;
        S_money_words(&w, &m, 0, c);
        S_say_buf(st, &w);
        return t + 2;
      }
    }
  }
  /* (a currency written as a word is money only with cents: "7,20 euros"
   * is "sept euros vingt"; "3 euros" is left as written) */
  /* a seat or a room: "siège 23F", "chambre 12B" are not francs */
  static const char *const seats[] = {"siège", "sièges", "place",   "rang",
                                      "porte", "cabine", "chambre", "salle",
                                      "quai",  NULL};
  int seat =
      !b && st->prev_word && S_in(st->prev_word, st->prev_len, seats) >= 0;
  /* nor a model's variant glued to it: "A350F" is a freighter */
  seat |= !b && st->glued && r < end && *r >= 'A' && *r <= 'Z';
  if (!seat && (c = S_currency_at(r, end, &after)) &&
      (!(c->sym[0] >= 'a' && c->sym[0] <= 'z') || !strcmp(c->sym, "c€") ||
       !strcmp(c->sym, "fr.") || /* "une pièce de 20 fr." */
       !strcmp(c->sym, "kr") ||  /* "150 000 kr" */
       !strcmp(c->sym, "zł") ||
       (b && n->has_dec && n->dpn == 2 &&
        /* "2,50 francs suisses" keeps its adjective next to the unit */
        !(after + 1 < end && *after == ' ' &&
          S_in(after + 1, S_letters(after + 1, end), S_cur_adjectives) >=
              0)))) {
    /* one currency in another below one unit, an exchange rate: "le
     * dollar à 0,92 euro" is "zéro virgule quatre-vingt-douze euro" (a
     * price, "le litre à 0,95 euro", keeps its centimes) */
    if (b && n->has_dec && S_ival(n) == 0 && !strcmp(c->sym, c->one) &&
        S_other_currency(st, c->one)) {
      S_num_words(&w, n, 0);
      breve_buf_putc(&w, ' ');
      breve_buf_puts(&w, c->one);
      S_say_buf(st, &w);
      return after;
    }
    S_money_words(&w, n, 0, c);
    after = S_per_money(&w, after, end);
    S_say_buf(st, &w);
    return after;
  }
  int word_scale = 0;
  /* a model glued to its letters keeps its M: "A400M", "A400M Atlas" */
  int scale = st->glued && !b && r < end && *r == 'M'
                  ? 0
                  : S_scale_at(r, end, &after);
  if (scale) {
    word_scale = r < end && (r[0] == 'm' || r[0] == 'b' ||
                             (r[0] == 'M' && after - r > 3));
    const char *s2 = after + S_blank(after, end);
    /* "1,2 milliard de CHF": a currency code after "de" */
    const char *s3 = S_starts(s2, end, "de ") ? s2 + 3
                     : S_starts(s2, end, "d'") ? s2 + 2
                                                : NULL;
    if (s3 && s3 + 3 <= end &&
        ((S_is_upper_ascii(s3[0]) && S_is_upper_ascii(s3[1]) &&
          S_is_upper_ascii(s3[2]) && !S_alnum_at(s3 + 3, end)) ||
         S_starts(s3, end, "F CFP")) &&
        (c = S_currency_at(s3, end, &after))) {
      S_money_words(&w, n, scale, c);
      S_say_buf(st, &w);
      return after;
    }
    if ((c = S_currency_at(s2, end, &after))) {
      S_money_words(&w, n, scale, c);
      const char *per = S_per(&w, after, end);
      /* and what each costs: "30 M€/rame" is "par rame" */
      after = per == after ? S_per_word(&w, after, end) : per;
      S_say_buf(st, &w);
      return after;
    }
    /* A bare scale: "3 M", "2,5 Md", "10 k" (but "4K" is a picture
     * format: only "12 K€" is thousands) */
    /* the company 3M is not three million */
    if (!b && v == 3 && !n->has_dec && *r == 'M' && after == r + 1 &&
        !S_starts(s2, end, "de ") && !S_starts(s2, end, "d'") &&
        !S_starts(s2, end, "d’")) {
      S_say(st, "trois M");
      return after;
    }
    /* "400K abonnés" is thousands: a count of ten and more before a noun
     * ("4K", "8K", "16K" are picture formats) */
    int kilo = *r == 'K' && !b && v >= 10 && v != 16 && !n->has_dec &&
               after == r + 1 && s2 > after && s2 < end && *s2 >= 'a' &&
               *s2 <= 'z';
    if (!word_scale && (*r != 'K' || kilo)) {
      S_scale_at(r, end, &after);
      S_num_words(&w, n, 0);
      int many = v >= 2;
      if (scale == 3)
        S_put_mille(&w);
      else
        breve_buf_puts(&w, scale == 6   ? (many ? " millions" : " million")
                           : scale == 9 ? (many ? " milliards" : " milliard")
                                        : (many ? " billions" : " billion"));
      /* and a unit: "55,7 M km" is "millions de kilomètres" */
      const char *ua;
      /* (or glued degrees: "100 M°C") */
      int deg = s2 == after && after + 1 < end &&
                (unsigned char)after[0] == 0xC2 &&
                (unsigned char)after[1] == 0xB0;
      const S_unit *uu = scale >= 6 && (s2 > after || deg)
                             ? S_unit_at(s2, end, 1, &ua)
                             : NULL;
      if (uu && S_ends_clean(ua, end)) {
        breve_buf_puts(&w, strchr("aeiouyéh", uu->many[0]) ? " d'" : " de ");
        breve_buf_puts(&w, uu->many);
        after = ua;
      } else if (scale >= 6 && s2 > after && s2 < end &&
                 breve_cp_is_lower(S_cp(s2, end, NULL))) {
        /* and a noun counted: "8 M voyageurs/an" is "huit millions de
         * voyageurs" (not "8 M de voyageurs", nor "3 M pour") */
        size_t k = S_letters(s2, end);
        static const char *const not_noun[] = {
            "de", "d", "du", "des", "et", "ou", "à", "en", "pour", "par",
            "sur", "dans", "avec", "contre", "soit", "au", "aux",
            "selon", "depuis", "l", "le", "la", "les", "un", "une", NULL};
        if (k >= 3 && S_in(s2, k, not_noun) < 0 &&
            (s2[k - 1] == 's' || s2[k - 1] == 'x')) {
          int vowel = strchr("aeiouyh", *s2) || (unsigned char)*s2 == 0xC3;
          breve_buf_puts(&w, vowel ? " d'" : " de");
          S_say_buf(st, &w);
          if (vowel)
            st->pending = 0; /* ("d'abonnés", no space after it) */
          return vowel ? s2 : after;
        }
      }
      S_say_buf(st, &w);
      return after;
    }
  }
  /* a record of wins, draws and losses: "12 V, 5 N, 4 D" */
  if (b && !n->has_dec && v != UINT64_MAX && r < end && strchr("VND", *r) &&
      !S_alnum_at(r + 1, end) && S_win_loss(st->line, end)) {
    int many = v >= 2;
    S_int_words(&w, n, *r != 'N');
    breve_buf_puts(&w, *r == 'V'   ? (many ? " victoires" : " victoire")
                       : *r == 'N' ? (many ? " nuls" : " nul")
                                   : (many ? " défaites" : " défaite"));
    S_say_buf(st, &w);
    return r + 1;
  }
  /* the first of a range of prices in cents: "de 3,90 à 4,50 €" is "trois
   * euros quatre-vingt-dix à quatre euros cinquante", as the second is
   * (not "trois virgule quatre-vingt-dix") */
  if (b && n->has_dec && n->dpn <= 2 && !st->signed_num &&
      (S_starts(r, end, "\xc3\xa0 ") || S_starts(r, end, "et "))) {
    S_num n3;
    const char *r3 = r + 3, *za;
    const S_cur *c;
    if (S_parse_num(r3, end, &n3) && n3.dpn <= 2 &&
        (c = S_currency_at(n3.end + S_blank(n3.end, end), end, &za)) &&
        c->cent1 && S_blank(n3.end, end) <= 1) {
      S_money_words(&w, n, 0, c);
      S_say_buf(st, &w);
      return n->end;
    }
  }
  /* Units, also per unit: "56,3 /km²" */
  const S_unit *u;
  /* a height or a jump: "1,75 m" and "1,75 mètre" are "un mètre
   * soixante-quinze" */
  int metre = 0;
  /* (a throw or a jump above ten metres too: "18,29 m au triple saut") */
  static const char *const field[] = {"saut", "lancer", "jet ", "javelot",
                                      "disque", "marteau", "poids", NULL};
  if (n->has_dec && n->dpn == 2 && v >= 10 && v < 100 && b &&
      S_starts(r, end, "m") && !S_alnum_at(r + 1, end) &&
      S_line_has_any(st, field)) {
    metre = !(r + 1 < end && r[1] == '/');
    after = r + 1;
  } else if (n->has_dec && n->dpn <= 2 && v < 10) {
    /* ("3,14 mètres" in words is a decimal: "trois virgule quatorze
     * mètres", as all 28 such cases of the token sets accept, 15 of them
     * only that, except after a verb of height: "elle mesure 1,68 mètre",
     * "il franchit 5,90 mètres"; "6,05 m" is a height, "six mètres
     * cinq") */
    static const char *const tall[] = {
        "mesure", "mesurait", "mesurant", "mesurer", "mesurent", "franchit",
        "franchi", "franchir", "saute", "sauté", "sauter", "culmine", NULL};
    if (b && (S_starts(r, end, "mètres") || S_starts(r, end, "mètre")) &&
        n->dpn == 2 && n->dp[0] != '0' && st->prev_word &&
        !st->prev_number && S_in(st->prev_word, st->prev_len, tall) >= 0) {
      after = r + (S_starts(r, end, "mètres") ? 7 : 6);
      metre = !S_alnum_at(after, end) &&
              !S_starts(after + S_blank(after, end), end, "par ");
    } else if ((u = S_unit_at(r, end, b > 0, &after)) &&
               !strcmp(u->abbr, "m")) {
      metre = !(after < end && *after == '/');
    } else if (b && S_starts(r, end, "à ")) {
      /* the first of a range of heights: "2,5 à 3,5 m" is "deux mètres
       * cinquante à trois mètres cinquante" */
      S_num n3;
      const char *za;
      if (S_parse_num(r + 3, end, &n3) && n3.has_dec && n3.dpn <= 2 &&
          S_blank(n3.end, end)) {
        const char *z = n3.end + S_blank(n3.end, end);
        const S_unit *uz = S_unit_at(z, end, 1, &za);
        if (uz && !strcmp(uz->abbr, "m") && !(za < end && *za == '/')) {
          metre = 1;
          after = n->end;
        }
      }
    }
  }
  /* carbon 14 written number first where something is dated: "daté au
   * 14C" (but "siège 14C") */
  if (!b && v == 14 && !n->has_dec && r < end && *r == 'C' &&
      !S_alnum_at(r + 1, end)) {
    static const char *const dated[] = {"dat", "Dat", "ADN", "carbone",
                                        "radio", "fouille", NULL};
    if (S_line_has_any(st, dated)) {
      S_say(st, "carbone quatorze");
      return r + 1;
    }
  }
  /* a runway by its heading and side: "piste 27L" is "vingt-sept
   * gauche" */
  if (!b && r < end && (*r == 'L' || *r == 'R' || *r == 'C') &&
      !S_alnum_at(r + 1, end) && !n->has_dec && v <= 36 && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "piste") ||
       S_eq(st->prev_word, st->prev_len, "pistes"))) {
    S_int_words(&w, n, 0);
    breve_buf_puts(&w, *r == 'L' ? " gauche" : *r == 'R' ? " droite"
                                                         : " centre");
    S_say_buf(st, &w);
    return r + 1;
  }
  u = metre ? NULL : S_unit_at(r, end, b > 0, &after);
  /* a model's code: "la RC213V" (letters, digits, a letter) is no 213
   * volts; "un chargeur 230V" is */
  if (u && !b && st->glued && after == r + 1 && S_is_upper_ascii(*r) &&
      n->start - st->line >= 2 && S_is_upper_ascii(n->start[-1]) &&
      S_is_upper_ascii(n->start[-2]))
    u = NULL;
  /* a road in an address, not horsepower: "5 ch. des Vignes", "12 ch. de
   * la Forêt" */
  if (u && b && !strcmp(u->abbr, "ch") && after + 2 < end && *after == '.' &&
      after[1] == ' ') {
    const char *nm = S_road_name(after + 2, end);
    if (nm) {
      S_int_words(&w, n, 0);
      breve_buf_puts(&w, " chemin");
      S_say_buf(st, &w);
      return after + 1;
    }
  }
  /* the medley after a swim's distance: "le 200 m 4 N" is "quatre
   * nages" */
  if (b && v == 4 && !n->has_dec && r < end && *r == 'N' &&
      !S_alnum_at(r + 1, end) && n->start - st->line >= 3 &&
      !memcmp(n->start - 3, " m ", 3)) {
    S_say(st, "quatre nages");
    return r + 1;
  }
  /* a capital N after a number, on a line about a force, is the newton:
   * "une veste de fleuret testée à 800 N" (not a team's draws, "5 N") */
  if (!u && b && b <= 2 && r < end && *r == 'N' && !S_alnum_at(r + 1, end) &&
      !(r + 1 < end && (r[1] == '-' || r[1] == '\'' || r[1] == '/' ||
                        (r[1] == '.' && r + 2 < end)))) {
    static const char *const force[] = {"force", "poussée", "traction",
                                        "résist", "veste", "masque", "testé",
                                        "tension", "serrage", "newton", NULL};
    if (S_line_has_any(st, force) && !S_win_loss(st->line, end)) {
      S_num_words(&w, n, 0); /* ("un newton") */
      breve_buf_puts(&w, S_plural(n) ? " nioutonnes" : " nioutonne");
      S_say_buf(st, &w);
      return r + 1;
    }
  }
  /* a capital T after a number is the tesla, "un aimant de 12 T", or a
   * lorry's tonnes, "les poids lourds de plus de 3,5 T" */
  if (!u && b && b <= 2 && r < end && *r == 'T' && !S_alnum_at(r + 1, end) &&
      !(r + 1 < end && (r[1] == '-' || r[1] == '\'' || r[1] == '/')) &&
      !(r + 2 < end && r[1] == '.' && r[2] != ' ')) {
    static const char *const lorries[] = {"camion", "poids", "PL", "tonn",
                                          "charge", "essieu", "remorque",
                                          "véhicule", "benne", "grue", NULL};
    int t = S_line_has_any(st, lorries);
    S_num_words(&w, n, t);
    breve_buf_puts(&w, t ? " tonne" : " tèsla");
    if (S_plural(n))
      breve_buf_putc(&w, 's');
    S_say_buf(st, &w);
    return r + 1;
  }
  /* a bomb's yield: "une bombe de 15 kt" is "quinze kilotonnes"; a
   * rocket's thrust: "une poussée de 1,4 MN" is in méganewtons */
  if (u && (!strcmp(u->abbr, "kt") || !strcmp(u->abbr, "MN") ||
            !strcmp(u->abbr, "Mt"))) {
    /* (and a mass of gas or waste: "500 kt de CO2") */
    static const char *const blast[] = {"bombe", "nucléaire", "explosi",
                                        "missile", "charge", "arme",
                                        "Hiroshima", "TNT", "ogive", "CO2",
                                        "CO₂", "carbone", "émission",
                                        "déchets", NULL};
    static const char *const thrust[] = {"poussée", "fusée", "lanceur",
                                         "moteur", "décollage", NULL};
    /* (a megaton of a blast: "Tunguska, 15 Mt", "la bombe de 50 Mt") */
    int mt = u->abbr[0] == 'M' && u->abbr[1] == 't';
    int kt = u->abbr[0] == 'k' || mt;
    static const char *const blast_mt[] = {"bombe", "nucléaire", "explosi",
                                           "Hiroshima", "TNT", "ogive",
                                           "Tunguska", "impact", "Tsar",
                                           NULL};
    /* (a mass of a material: "175 kt de PET", "300 kt de blé") */
    static const char *const stuff[] = {"plastique", "plastiques", "blé",
                                        "maïs", "céréales", "acier",
                                        "ciment", "charbon", "sucre",
                                        "poisson", "emballages", NULL};
    int de = S_starts(after, end, " de ");
    const char *sw = de ? after + 4 : after;
    size_t sk = de ? S_letters(sw, end) : 0;
    int of = kt && !mt && sk &&
             ((sk >= 2 && S_is_upper_ascii(sw[0]) && S_is_upper_ascii(sw[1])) ||
              S_in(sw, sk, stuff) >= 0);
    if (of || S_line_has_any(st, mt ? blast_mt : kt ? blast : thrust)) {
      S_num_words(&w, n, kt);
      breve_buf_puts(&w, mt   ? " mégatonne"
                         : kt ? " kilotonne"
                              : " méganiouton");
      if (S_plural(n))
        breve_buf_putc(&w, 's');
      S_say_buf(st, &w);
      return after;
    }
  }
  /* a stone's weight: "un diamant de 5 ct", "1 ct = 0,2 g" are carats */
  if (u && !strcmp(u->abbr, "ct") && !(after < end && *after == '/')) {
    static const char *const jewels[] = {"diamant", "solitaire", "bague",
                                         "collier",  "pierre",    "bijou",
                                         "rubis",    "saphir",    "émeraude",
                                         "joaill",   "carat",     "gemme",
                                         "0,2 g",    NULL};
    if (S_line_has_any(st, jewels)) {
      S_num_words(&w, n, 0);
      breve_buf_puts(&w, S_plural(n) ? " carats" : " carat");
      S_say_buf(st, &w);
      return after;
    }
  }
  /* a hotel's rooms: "Le George V (244 ch.)" */
  if (u && b && !strcmp(u->abbr, "ch") && !n->has_dec) {
    static const char *const hotel[] = {"hôtel", "Hôtel", "palace", "Palace",
                                        "chambres", "suites", NULL};
    static const char *const engines[] = {"moteur", "cylindr", "puissance",
                                          "kW", NULL};
    if (S_line_has_any(st, hotel) && !S_line_has_any(st, engines)) {
      S_int_words(&w, n, 1);
      breve_buf_puts(&w, S_plural(n) ? " chambres" : " chambre");
      S_say_buf(st, &w);
      /* (the dot of "ch." is kept where it ends the sentence) */
      return after + (after + 1 < end && *after == '.' &&
                      !S_upper_at(after + 1 + S_blank(after + 1, end), end));
    }
  }
  /* the rooms of a home in a listing: "3 ch., 2 sdb, 1 sde", "maison 5
   * p." (not horsepower: "un moteur de 110 ch", "un hors-bord de 6 ch",
   * nor pages: "320 p.") */
  if (b && !n->has_dec && !n->grouped && v >= 1 && v <= 20) {
    static const char *const home[] = {
        "maison",   "Maison",   "appartement", "Appartement", "appart",
        "appt",     "studio",   "duplex",      "triplex",     "villa",
        "Villa",    "loft",     "logement",    "pavillon",    "chalet",
        "longère",  "ferme",    "gîte",        "T",           "F",
        NULL};
    int home_before = st->prev_word && !st->prev_number &&
                      S_in(st->prev_word, st->prev_len, home) >= 0;
    const char *one = NULL, *many = NULL, *past = NULL;
    /* (a kart's "9 ch" on a line about engines is horsepower) */
    static const char *const engines[] = {"kart", "moteur", "cylindr",
                                          "puissance", "moto", "tracteur",
                                          "cm3", "cm³", "kW", "couple",
                                          "chevaux", NULL};
    int engine = u && !strcmp(u->abbr, "ch") && S_line_has_any(st, engines);
    /* (a manor's "12 ch." with its bathrooms listed) */
    static const char *const baths[] = {"sdb", "salles de bains", "sde",
                                        NULL};
    if (u && !strcmp(u->abbr, "ch") &&
        (v <= 9 || S_line_has_any(st, baths)) && !engine &&
        !(st->prev_word && (S_eq(st->prev_word, st->prev_len, "de") ||
                            S_eq(st->prev_word, st->prev_len, "à")))) {
      one = "chambre", many = "chambres", past = after;
    } else if (!u && r + 3 <= end && !S_alnum_at(r + 3, end) &&
               (!memcmp(r, "sdb", 3) || !memcmp(r, "SdB", 3))) {
      one = "salle de bains", many = "salles de bains", past = r + 3;
    } else if (!u && r + 3 <= end && !S_alnum_at(r + 3, end) &&
               !memcmp(r, "sde", 3)) {
      one = "salle d'eau", many = "salles d'eau", past = r + 3;
    } else if (!u && home_before && r + 1 < end && r[0] == 'p' &&
               r[1] == '.' && !S_alnum_at(r + 2, end)) {
      one = "pièce", many = "pièces", past = r + 1;
    }
    if (one) {
      S_int_words(&w, n, 1);
      breve_buf_putc(&w, ' ');
      breve_buf_puts(&w, v >= 2 ? many : one);
      S_say_buf(st, &w);
      /* the abbreviation's dot goes inside a sentence ("3 ch., 2 sdb"),
       * stays at its end */
      if (past < end && *past == '.' &&
          (past + 1 < end &&
           (strchr(",;:)", past[1]) ||
            (past[1] == ' ' && past + 2 < end && past[2] >= 'a' &&
             past[2] <= 'z'))))
        past++;
      return past;
    }
  }
  /* pages after their count: "2e éd., 320 p." (before a number, "p. 12"
   * is a page) */
  if (b == 1 && !u && r + 1 < end && r[0] == 'p' && r[1] == '.' &&
      (r + 2 >= end || r[2] == ' ' || r[2] == ',' || r[2] == ';' ||
       r[2] == ')') &&
      !(r + 3 < end && r[2] == ' ' && S_is_digit(r[3]))) {
    S_int_words(&w, n, 1);
    breve_buf_puts(&w, S_ival(n) >= 2 ? " pages" : " page");
    S_say_buf(st, &w);
    return r + 2 - (r + 2 >= end); /* the dot ends the line */
  }
  /* a car: "la 4L", "une Renault 4L" (not "4 L d'eau") */
  if (u && !b && !strcmp(u->abbr, "L") && st->prev_word && !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "la") ||
       S_eq(st->prev_word, st->prev_len, "Renault") ||
       S_eq(st->prev_word, st->prev_len, "une") ||
       S_eq(st->prev_word, st->prev_len, "sa") ||
       S_eq(st->prev_word, st->prev_len, "La") ||
       S_eq(st->prev_word, st->prev_len, "Une"))) {
    S_int_words(&w, n, 1);
    breve_buf_puts(&w, " L");
    S_say_buf(st, &w);
    return after;
  }
  if (metre || u) {
    if (metre) {
      unsigned cm = (unsigned)(n->dp[0] - '0') * 10 +
                    (n->dpn == 2 ? (unsigned)(n->dp[1] - '0') : 0);
      if (!v) { /* "0,80 m": quatre-vingts centimètres */
        S_put_count(&w, cm, 0, "centimètre");
      } else {
        S_int_words(&w, n, 0);
        breve_buf_puts(&w, v >= 2 ? " mètres" : " mètre");
        if (cm)
          breve_fr_cardinal(&w, cm, 0);
      }
      S_say_buf(st, &w);
      return after;
    }
    /* "1 t" is "une tonne", "21 s" "vingt et une secondes" */
    int fem = S_unit_fem(u);
    if (n->ipn == 2 && n->ip[0] == '0' && !n->has_dec)
      breve_fr_cardinal(&w, v, fem); /* "01 min 09 s": a quantity */
    else
      S_num_words(&w, n, fem);
    /* a round million takes "de": "1 000 000 m³" is "un million de
     * mètres cubes" */
    const char *unit = S_plural(n) ? u->many : u->one;
    /* a weight in whole kilos is said so, "un bébé de 4 kg" is "quatre
     * kilos"; decimals, signs and rates keep the kilogram ("-66 kg",
     * "3,2 kg", "60 kg/m") */
    if (!strcmp(u->abbr, "kg") && !n->has_dec && !st->signed_num &&
        !(n->start > st->line &&
          (n->start[-1] == '-' || n->start[-1] == '+')) &&
        !(after < end && *after == '/'))
      unit = S_plural(n) ? "kilos" : "kilo";
    /* the purity of gold: "or 18 ct", "un boîtier de 41 mm, 18 ct" */
    int gold = !n->has_dec && (v == 9 || v == 14 || v == 18 || v == 22 ||
                               v == 24);
    if (!strcmp(u->one, "centime") && !strcmp(u->many, "centimes") &&
        (n->has_dec || gold) && !(after < end && *after == '/')) {
      /* a stone's weight: "une bague de 5,03 ct" is in carats */
      static const char *const gems[] = {"carat",  "diamant", "bague",
                                         "bijou",  "joaill",  "saphir",
                                         "rubis",  "émeraude", "Cullinan",
                                         "brillant", "or ",   "montre",
                                         "boîtier", "horlog", NULL};
      if (S_line_has_any(st, gems))
        unit = S_plural(n) ? "carats" : "carat";
    }
    if (!n->has_dec && w.len >= 7 &&
        (S_ends_with(w.ptr, w.len, "million") ||
         S_ends_with(w.ptr, w.len, "millions") ||
         S_ends_with(w.ptr, w.len, "milliard") ||
         S_ends_with(w.ptr, w.len, "milliards")))
      breve_buf_puts(&w,
                     strchr("aeiouyh", unit[0]) || !memcmp(unit, "\xc3\xa9", 2)
                         ? " d'"
                         : " de ");
    else
      breve_buf_putc(&w, ' ');
    breve_buf_puts(&w, unit);
    /* "un mur de 3 m. de haut": the abbreviation's dot inside a sentence */
    if (after + 2 < end && *after == '.' && after[1] == ' ' &&
        breve_cp_is_letter(S_cp(after + 2, end, NULL)) &&
        !S_upper_at(after + 2, end))
      after++;
    after = S_per(&w, S_per(&w, after, end), end); /* "kWh/m²/an" */
    after = S_per_word(&w, after, end);             /* "20 g/truffe" */
    S_say_buf(st, &w);
    return after;
  }
  if (r < end && *r == '/' && (u = S_unit_at(r + 1, end, 1, &after))) {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, " par ");
    breve_buf_puts(&w, u->one);
    S_say_buf(st, &w);
    return after;
  }
  /* a height or a jump: "1m80", "6m27 au 3e essai" */
  if (!b && q + 3 <= end && *q == 'm' && S_digits(q + 1, end) == 2 &&
      S_ends_clean(q + 3, end) && !n->has_dec && v != UINT64_MAX && v < 10) {
    unsigned cm = (unsigned)(q[1] - '0') * 10 + (unsigned)(q[2] - '0');
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, v >= 2 ? " mètres" : " mètre");
    breve_fr_cardinal(&w, cm, 0);
    S_say_buf(st, &w);
    return q + 3;
  }
  /* the centimetres of a spaced height: "2 m 08" is "deux mètres huit" */
  if (n->ipn == 2 && n->ip[0] == '0' && n->ip[1] != '0' && !n->has_dec &&
      !n->grouped && S_ends_clean(q, end) && n->start - st->line >= 4 &&
      !memcmp(n->start - 3, " m ", 3) && S_is_digit(n->start[-4])) {
    breve_fr_cardinal(&w, v, 0);
    S_say_buf(st, &w);
    return q;
  }
  /* "7j/7": jours sur */
  if (!b && q + 2 < end && *q == 'j' && q[1] == '/' && S_is_digit(q[2])) {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, S_plural(n) ? " jours sur" : " jour sur");
    S_say_buf(st, &w);
    return q + 2;
  }
  /* seconds glued after minutes: "21min 47s", "2h 05min 30s" */
  if (!b && q < end && *q == 's' && !S_alnum_at(q + 1, end) && v < 60 &&
      !n->has_dec) {
    const char *c = n->start;
    while (c > st->line && c[-1] == ' ')
      c--;
    size_t k = c - st->line >= 3 && !memcmp(c - 3, "min", 3)  ? 3
               : c - st->line >= 2 && !memcmp(c - 2, "mn", 2) ? 2
                                                               : 0;
    const char *u = c - k; /* the minutes' digits, spaced or not */
    if (k && u > st->line && u[-1] == ' ')
      u--;
    if (k && u > st->line && S_is_digit(u[-1])) {
      S_put_count(&w, v, 1, "seconde");
      S_say_buf(st, &w);
      return q + 1;
    }
  }
  /* Decades: "les 80s", "les années 1990s" */
  if (!b && q < end && *q == 's' && !S_alnum_at(q + 1, end) && v != UINT64_MAX &&
      v % 10 == 0 && v >= 10 && !n->has_dec) {
    breve_buf_puts(&w, "années");
    breve_fr_cardinal(&w, v % 100 == 0 ? v : v % 100, 0);
    if (w.len && w.ptr[w.len - 1] == 's')
      w.len--, w.ptr[w.len] = '\0';
    S_say_buf(st, &w);
    return q + 1;
  }
  /* a half after what is counted: "2 pièces 1/2", "3 ans ½" are "deux
   * pièces et demie", "trois ans et demi" */
  if (b && b <= 3 && !n->has_dec && v >= 1 && v < 1000) {
    size_t nk = S_letters(r, end);
    const char *h = r + nk;
    /* (a noun: plural after two, "1 heure 1/2"; not "2-1 en 1/2 finale") */
    if (nk >= 3 && breve_cp_is_lower(S_cp(r, end, NULL)) && h + 2 < end &&
        (v == 1 ? nk >= 4 : r[nk - 1] == 's' || r[nk - 1] == 'x') &&
        !(n->start > st->line && n->start[-1] == '-') &&
        *h == ' ' &&
        (S_starts(h + 1, end, "1/2") || S_starts(h + 1, end, "½"))) {
      const char *he = h + 1 + (h[1] == '1' ? 3 : 2);
      if (!S_alnum_at(he, end) && !(he < end && *he == '/') &&
          !(he + 1 < end && *he == ',' && S_is_digit(he[1]))) {
        int fem = S_feminine_noun(r, nk, 1);
        breve_fr_cardinal(&w, v, fem);
        breve_buf_putc(&w, ' ');
        breve_buf_put(&w, r, nk);
        breve_buf_puts(&w, fem ? " et demie" : " et demi");
        S_say_buf(st, &w);
        return he;
      }
    }
  }
  /* Mixed numbers: "4 2/4", "1 1/2" */
  uint64_t num, den;
  const char *fe;
  if (b && !n->has_dec && !n->grouped && v != UINT64_MAX &&
      (fe = S_fraction_at(r, end, &num, &den))) {
    /* "2 1/2 ans" is "deux ans et demi", "1 1/2 heure" "une heure et
     * demie" */
    static const char *const masc[] = {
        "ans",   "an",     "mois",   "jours", "jour",   "points",
        "point", "tours",  "tour",   "litres", "litre", "kilos",
        "kilo",  "mètres", "mètre",  "kilomètres", "kilomètre", "million",
        "millions", "milliard", "milliards", NULL};
    static const char *const fem[] = {"heures", "heure", "semaines", "tonnes",
                                      NULL};
    const char *nw = fe + S_blank(fe, end);
    size_t nk = S_letters(nw, end);
    int g = nk && nw > fe && S_ends_clean(nw + nk, end) && num == 1 &&
                    den == 2
                ? (S_in(nw, nk, fem) >= 0 ? 2 : S_in(nw, nk, masc) >= 0)
                : 0;
    /* and any counted noun: "2 1/2 comprimés", "2 1/2 niveaux" ("demi"
     * and "demie" sound alike) */
    if (!g && nk >= 4 && nw > fe && S_ends_clean(nw + nk, end) && num == 1 &&
        den == 2 && (nw[nk - 1] == 's' || nw[nk - 1] == 'x') &&
        breve_cp_is_lower(S_cp(nw, end, NULL)))
      g = S_gender(nw, nk) == 'f' ? 2 : 1;
    /* and one of a noun whose gender is known: "1 1/2 tasse de farine" is
     * "une tasse et demie" */
    char g1;
    if (!g && v == 1 && nk >= 3 && nw > fe && S_ends_clean(nw + nk, end) &&
        num == 1 && den == 2 && breve_cp_is_lower(S_cp(nw, end, NULL)) &&
        (g1 = S_gender(nw, nk)) != 0)
      g = g1 == 'f' ? 2 : 1;
    /* (or of any other noun, by its ending: "1 1/2 set") */
    static const char *const small[] = {"de", "des", "du", "et", "ou",
                                        "en", "par", "sur", "pour", "dans",
                                        "avec", "sans", "contre", NULL};
    if (!g && v == 1 && nk >= 3 && nw > fe && S_ends_clean(nw + nk, end) &&
        num == 1 && den == 2 && breve_cp_is_lower(S_cp(nw, end, NULL)) &&
        S_in(nw, nk, small) < 0 && nw[nk - 1] != 's')
      g = S_feminine_noun(nw, nk, 1) ? 2 : 1;
    if (g) {
      breve_fr_cardinal(&w, v, g == 2);
      breve_buf_putc(&w, ' ');
      breve_buf_put(&w, nw, nk);
      breve_buf_puts(&w, g == 2 ? " et demie" : " et demi");
      S_say_buf(st, &w);
      return nw + nk;
    }
    const char *ue;
    if (num == 1 && den == 2 && (ue = S_half_unit(&w, v, fe, end))) {
      S_say_buf(st, &w);
      return ue;
    }
    breve_fr_cardinal(&w, v, 0);
    breve_buf_puts(&w, " et");
    if (num == 1 && den == 2)
      breve_buf_puts(&w, " demi");
    else
      S_fraction_words(&w, num, den);
    S_say_buf(st, &w);
    return fe;
  }
  /* A postal code in an address is a number: "12, rue Haute, 13008
   * Marseille" is "treize mille huit" (every token-set case accepts it,
   * 15 do not accept "treize zéro zéro huit"), "97100 Basse-Terre"
   * "quatre-vingt-dix-sept mille cent"; from zero in pairs: "01000 Bourg"
   * is "zéro un mille" */
  if (b && n->ipn == 5 && !n->grouped && !n->has_dec && q - 5 >= st->line &&
      (q - 5 == st->line ? end - q < 40
                         : q - 7 >= st->line && q[-6] == ' ' && q[-7] == ',' &&
                               S_after_street(st->line, q - 7)) &&
      S_upper_at(r, end) && S_month_word(r, end) < 0) {
    const char *d = q - 5;
    uint64_t whole = 0;
    breve_fr_parse_u64(d, 5, &whole);
    if (*d != '0') {
      breve_fr_cardinal(&w, whole, 0);
      S_say_buf(st, &w);
      return q;
    }
    if (*d == '0')
      breve_fr_digits(&w, d, 2);
    else
      breve_fr_cardinal(&w, (uint64_t)(d[0] - '0') * 10 + (uint64_t)(d[1] - '0'),
                        0);
    if (!memcmp(d + 2, "000", 3)) {
      breve_buf_puts(&w, " mille");
    } else {
      size_t z = 2;
      while (z < 4 && d[z] == '0')
        breve_buf_puts(&w, " zéro"), z++;
      uint64_t rest = 0;
      breve_fr_parse_u64(d + z, 5 - z, &rest);
      breve_fr_cardinal(&w, rest, 0);
    }
    S_say_buf(st, &w);
    return q;
  }
  /* the minute of a match: "à la 90'+3" */
  if (!b && !n->has_dec && v >= 1 && v <= 130 && q < end && *q == '\'' &&
      !(q + 1 < end && (q[1] == '\'' || S_is_digit(q[1]))) &&
      S_ends_clean(q + 1, end) &&
      ((st->prev_word && (S_eq(st->prev_word, st->prev_len, "la") ||
                          S_eq(st->prev_word, st->prev_len, "La"))) ||
       /* or in brackets after a scorer: "Katoto (67')", "(12', 78')" */
       (n->start > st->line &&
        ((n->start[-1] == '(' && st->prev_word &&
          S_capitalised(st->prev_word, st->prev_len)) ||
         (n->start - st->line >= 3 && n->start[-1] == ' ' &&
          n->start[-2] == ',' && n->start[-3] == '\'')) &&
        q + 1 < end && (q[1] == ')' || q[1] == ',')))) {
    breve_fr_ordinal(&w, v, 1, 0);
    breve_buf_puts(&w, " minute");
    S_say_buf(st, &w);
    return q + 1;
  }
  /* a lap glued in units: "1min32s456" is "une minute trente-deux
   * secondes quatre cent cinquante-six" */
  if (!b && !n->has_dec && v < 60 && S_starts(q, end, "min") &&
      S_digits(q + 3, end) == 2 && q + 5 < end && q[5] == 's') {
    const char *t = q + 3, *e2 = q + 6;
    size_t dd = S_digits(e2, end);
    unsigned s2 = (unsigned)(t[0] - '0') * 10 + (unsigned)(t[1] - '0');
    if (s2 < 60 && dd <= 3 && S_ends_clean(e2 + dd, end)) {
      S_num_words(&w, n, 1);
      if (dd)
        S_put_lap(&w, v, s2, e2, dd);
      else {
        breve_buf_puts(&w, v >= 2 ? " minutes" : " minute");
        S_put_count(&w, s2, 1, "seconde");
      }
      S_say_buf(st, &w);
      return e2 + dd;
    }
  }
  /* an organ stop's or a container's length in feet: "la Bombarde
   * 32'", "un tuyau de 16'" */
  if (!b && !n->has_dec && v >= 1 && v <= 64 && q < end && *q == '\'' &&
      !(q + 1 < end && (q[1] == '\'' || S_is_digit(q[1]))) &&
      S_ends_clean(q + 1, end)) {
    static const char *const feet[] = {
        "orgue", "Orgue", "tuyau", "Bombarde", "Montre", "Bourdon",
        "Prestant", "Trompette", "Doublette", "Flûte", "bombarde",
        "montre", "bourdon", "prestant", "doublette", "Principal",
        "conteneur", "EVP", "TEU", NULL};
    if (S_line_has_any(st, feet)) {
      S_num_words(&w, n, 0);
      breve_buf_puts(&w, v >= 2 ? " pieds" : " pied");
      S_say_buf(st, &w);
      return q + 1;
    }
  }
  /* Race times: "3'28''" and "1'30" (minutes), "9''58" and "9"58"
   * (seconds and hundredths) */
  if (!b && !n->has_dec && v != UINT64_MAX && v < 60 && q < end &&
      (*q == '\'' || *q == '"')) {
    int sec = *q == '"' || (q + 1 < end && q[1] == '\'');
    const char *t = q + (*q == '"' ? 1 : sec ? 2 : 1);
    /* seconds alone, on a line about a race's time: "des bonifications
     * de 10", 6" et 4"" */
    static const char *const clock[] = {"bonif", "chrono", NULL};
    if (sec && *q == '"' && !S_alnum_at(q + 1, end) && v >= 1 &&
        S_line_has_any(st, clock)) {
      S_put_count(&w, v, 1, "seconde");
      S_say_buf(st, &w);
      return q + 1;
    }
    if (S_digits(t, end) == 2) {
      const char *e2 = t + 2;
      int secs_marked = 0;
      if (!sec && S_starts(e2, end, "''")) {
        e2 += 2;
        secs_marked = 1;
      } else if (!sec && e2 < end && *e2 == '"') {
        e2 += 1;
        secs_marked = 1;
      }
      /* "3'43''13", "1'12''345": minutes, seconds and hundredths or
       * thousandths; a trotter's time per kilometre, tenths: "1'11"4" */
      size_t dd = S_digits(e2, end);
      /* or with a dot or a comma before thousandths: "1'29.101" */
      if (!sec && !secs_marked && e2 + 1 < end && (*e2 == '.' || *e2 == ',') &&
          S_digits(e2 + 1, end) == 3 && S_ends_clean(e2 + 4, end)) {
        unsigned s2 = (unsigned)(t[0] - '0') * 10 + (unsigned)(t[1] - '0');
        S_num_words(&w, n, 1);
        S_put_lap(&w, v, s2, e2 + 1, 3);
        S_say_buf(st, &w);
        return e2 + 4;
      }
      if (secs_marked && dd >= 1 && dd <= 3 && S_ends_clean(e2 + dd, end)) {
        unsigned s2 = (unsigned)(t[0] - '0') * 10 + (unsigned)(t[1] - '0');
        S_num_words(&w, n, 1);
        S_put_lap(&w, v, s2, e2, dd);
        S_say_buf(st, &w);
        return e2 + dd;
      }
      if (S_ends_clean(e2, end) && !(e2 < end && *e2 == '\'')) {
        unsigned sub = (unsigned)(t[0] - '0') * 10 + (unsigned)(t[1] - '0');
        if (v == 0 && !sec && secs_marked && sub) {
          /* a gap under a minute: "à 0'08"" is "à huit secondes" */
          S_put_count(&w, sub, 1, "seconde");
          S_say_buf(st, &w);
          return e2;
        }
        S_num_words(&w, n, 1);
        breve_buf_puts(&w, sec ? (v >= 2 ? " secondes" : " seconde")
                               : (v >= 2 ? " minutes" : " minute"));
        if (!sec && !sub && secs_marked) { /* "en 1'00"" is "une minute" */
          S_say_buf(st, &w);
          return e2;
        }
        if (sec && t[0] == '0') /* hundredths: "43"03" is "zéro trois" */
          breve_fr_digits(&w, t, 2);
        else
          breve_fr_cardinal(&w, sub, !sec); /* "trente et une" secondes */
        if (secs_marked) /* "26'11"": "vingt-six minutes onze secondes" */
          breve_buf_puts(&w, sub >= 2 ? " secondes" : " seconde");
        /* a runner's pace: "3'02"/km" is "... au kilomètre" */
        if (S_starts(e2, end, "/km") && !S_alnum_at(e2 + 3, end)) {
          breve_buf_puts(&w, " au kilomètre");
          e2 += 3;
        }
        S_say_buf(st, &w);
        return e2;
      }
    }
    /* seconds and tenths: "à 12"4 du vainqueur" is "douze secondes
     * quatre" */
    if (sec && *q == '"' && S_digits(t, end) == 1 && S_ends_clean(t + 1, end)) {
      S_num_words(&w, n, 1);
      breve_buf_puts(&w, v >= 2 ? " secondes" : " seconde");
      breve_fr_cardinal(&w, (uint64_t)(*t - '0'), 0);
      S_say_buf(st, &w);
      return t + 1;
    }
    /* seconds and thousandths: "0"287", "+5"112" */
    if (sec && S_digits(t, end) == 3 && S_ends_clean(t + 3, end)) {
      uint64_t th = 0;
      breve_fr_parse_u64(t, 3, &th);
      S_num_words(&w, n, 1);
      breve_buf_puts(&w, v >= 2 ? " secondes" : " seconde");
      breve_fr_cardinal(&w, th, 0);
      S_say_buf(st, &w);
      return t + 3;
    }
    if (*q == '\'' && S_starts(q, end, "''") && S_ends_clean(q + 2, end)) {
      S_num_words(&w, n, 1);
      breve_buf_puts(&w, v >= 2 ? " secondes" : " seconde");
      S_say_buf(st, &w);
      return q + 2;
    }
    /* "une pause de 45'": minutes (not the closing quote of "'le
     * Covid-19'") */
    int quoted = 0;
    const char *from = n->start - st->line > 160 ? n->start - 160 : st->line;
    for (const char *t = from; *q == '\'' && t + 1 < n->start && !quoted; t++)
      quoted = *t == '\'' && (t == st->line || t[-1] == ' ' || t[-1] == '(' ||
                              t[-1] == '"') && breve_cp_is_letter(
                                  S_cp(t + 1, end, NULL));
    if (*q == '\'' && v >= 1 && S_ends_clean(q + 1, end) && !quoted &&
        n->start > st->line && (n->start[-1] == ' ' || n->start[-1] == '(') &&
        !(q + 1 < end && (q[1] == '\'' || q[1] == '"'))) {
      S_num_words(&w, n, 1);
      breve_buf_puts(&w, v >= 2 ? " minutes" : " minute");
      S_say_buf(st, &w);
      return q + 1;
    }
  }
  /* Short service numbers are said in pairs: "le 3919" is "trente-neuf
   * dix-neuf" (not before a noun: "le 3000e", "le 3500 euros") */
  {
    static const char *const before[] = {
        "le",       "au",      "du",      "numéro",    "Le",        "Au",
        "Du",       "tél",     "Tél",     "téléphone", "Téléphone", "composez",
        "Composez", "appelez", "Appelez", NULL};
    static const char *const after_ok[] = {"ou", "et", "est", "pour",
                                           "gratuit", "joignable", NULL};
    size_t k = S_letters(r, end);
    /* the European numbers of social value: "le 116 117", "116 000" */
    if (n->grouped && q - n->start == 7 && !memcmp(n->start, "116 ", 4) &&
        S_digits(n->start + 4, end) == 3 &&
        !(k && strchr("sx", r[k - 1])) /* not "116 117 habitants" */) {
      int round = !memcmp(n->start + 4, "000", 3);
      /* "le 116 000" is "cent seize mille" */
      breve_buf_puts(&w, round ? "cent seize mille" : "cent seize,");
      if (!round && n->start[4] == '0')
        breve_fr_digits(&w, n->start + 4, 3);
      else if (!round) {
        uint64_t t;
        breve_fr_parse_u64(n->start + 4, 3, &t);
        breve_fr_cardinal(&w, t, 0);
      }
      S_say_buf(st, &w);
      return q;
    }
    /* "le 36 30", "le 39 49": the same number typed in two pairs */
    if (n->ipn == 2 && n->ip[0] == '3' && !n->has_dec && b && b <= 3 &&
        S_digits(r, end) == 2 && S_ends_clean(r + 2, end) &&
        !(r + 3 < end && r[2] == ' ' && S_is_digit(r[3])) && st->prev_word &&
        S_in(st->prev_word, st->prev_len, before) >= 0) {
      char four[4] = {n->ip[0], n->ip[1], r[0], r[1]};
      S_say_pairs(&w, four, 4); /* typed apart, said with a pause */
      S_say_buf(st, &w);
      return r + 2;
    }
    /* a number that is not round, before a word that is not a unit:
     * "le 3237 indique", "le 3646 de l'Assurance maladie" (not "le 3000
     * mètres", "le 3500 euros") */
    static const char *const plural_ok[] = {"des",  "dans", "depuis", "sous",
                                            "mais", "plus", "vers",   "dès",
                                            "après", "puis", "sans",  NULL};
    const char *ua;
    int odd = n->ipn == 4 && (n->ip[2] != '0' || n->ip[3] != '0') && k &&
              !S_upper_at(r, end) && !S_unit_at(r, end, 1, &ua) &&
              !S_currency_at(r, end, &ua) &&
              /* nor a plural noun: "le 3456 habitants" */
              (!strchr("sx", r[k - 1]) || S_in(r, k, plural_ok) >= 0);
    /* or after a colon and a word of help lines: "pharmacie de garde :
     * 3237" (not "Altitude : 3250") */
    static const char *const lines[] = {
        "garde",   "urgence", "urgences", "écoute",  "public",
        "contact", "info",    "infos",    "renseignements", "assistance",
        "numéro",  "joindre", "appeler",  "appelez", NULL};
    int colon = 0;
    if (n->start - st->line >= 4 && n->start[-1] == ' ' &&
        n->start[-2] == ':' && (n->ip[2] != '0' || n->ip[3] != '0')) {
      const char *e = n->start - 2;
      while (e > st->line && e[-1] == ' ')
        e--;
      const char *b0 = e;
      while (b0 > st->line && (unsigned char)b0[-1] != ' ')
        b0--;
      colon = b0 < e && S_in(b0, (size_t)(e - b0), lines) >= 0;
    }
    /* the Minitel's "3615 PMU", "3617 Météo" anywhere */
    int minitel = n->ipn == 4 && (!memcmp(n->ip, "3615", 4) ||
                                  !memcmp(n->ip, "3617", 4)) &&
                  b && S_upper_at(r, end);
    /* the national help lines everyone knows, alone too: "3919" */
    static const char *const lines4[] = {"3919", "3237", "3114", "3646",
                                         "3939", "3977", "3020", "3018",
                                         "3624", "3949", "3631", "3635",
                                         "3639", "3230", "3960", NULL};
    int known = n->ipn == 4 && S_in(n->ip, 4, lines4) >= 0;
    if (known)
      minitel = 1;
    /* and the Minitel's alone: "son 3615" (not "le train n° 3615") */
    if (n->ipn == 4 && (!memcmp(n->ip, "3615", 4) ||
                        !memcmp(n->ip, "3617", 4)) &&
        !(n->start - st->line >= 2 && n->start[-1] == ' ' &&
          (n->start[-2] == 'o' || S_is_digit(n->start[-2]) ||
           (unsigned char)n->start[-2] == 0xB0)))
      minitel = 1;
    if (n->ipn == 4 && n->ip[0] == '3' && !n->grouped && !n->has_dec &&
        ((st->prev_word && S_in(st->prev_word, st->prev_len, before) >= 0) ||
         colon || minitel) &&
        (k ? S_in(r, k, after_ok) >= 0 || odd ||
                 /* "le 3615 Ulla", "le 3939 Allô Service Public" */
                 ((n->ip[1] == '6' || known) && S_upper_at(r, end))
           : !breve_cp_is_letter(S_cp(r, end, NULL)) &&
                 !(r < end && S_is_digit(*r)))) {
      /* (said with a pause between the pairs, as most token-set writers
       * have it, "trente-six, quinze": without it espeak-ng clips the x
       * of six) */
      S_say_service(&w, n->ip, 1);
      S_say_buf(st, &w);
      return q;
    }
  }
  /* North America's three-digit lines are said digit by digit: "appelez
   * le 911", "Info-Santé au 811", "le 988 en cas de détresse" (on a line
   * about a call, not "le 211 rue" nor "la Porsche 911") */
  if (n->ipn == 3 && !n->grouped && !n->has_dec && !st->glued &&
      ((n->ip[0] >= '2' && n->ip[1] == '1' && n->ip[2] == '1') ||
       !memcmp(n->ip, "988", 3)) &&
      S_ends_clean(q, end) && !(b && S_unit_at(r, end, 1, &after)) &&
      st->prev_word && !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "le") ||
       S_eq(st->prev_word, st->prev_len, "Le") ||
       S_eq(st->prev_word, st->prev_len, "au") ||
       S_eq(st->prev_word, st->prev_len, "Au"))) {
    static const char *const call[] = {"urgence", "Info-Santé", "Info-Social",
                                       "routes", "appel", "compos",
                                       "détresse", "hébergement", "Québec",
                                       "Canada", "ligne", NULL};
    if (S_line_has_any(st, call)) {
      breve_fr_digits(&w, n->ip, 3);
      S_say_buf(st, &w);
      return q;
    }
  }
  /* the number spam texts are sent to: "le SMS au 33700" is
   * "trente-trois sept cents"; and any five-digit short number a text
   * goes to, "SMS au 38 200", is said in two then three ("trente-huit
   * deux cents") */
  int sms = n->ipn == 5 && n->ip[0] != '0' && !n->has_dec && !st->glued &&
            st->prev_word && !st->prev_number &&
            S_eq(st->prev_word, st->prev_len, "au") &&
            st->prev_word - st->line >= 4 &&
            !memcmp(st->prev_word - 4, "SMS ", 4);
  if (n->ipn == 5 && (sms || (!memcmp(n->ip, "33700", 5) && !n->grouped)) &&
      !n->has_dec && !st->glued && !S_alnum_at(q, end) &&
      !(b && S_unit_at(r, end, 1, &after))) {
    uint64_t a2 = 0, b3 = 0;
    breve_fr_parse_u64(n->ip, 2, &a2);
    breve_fr_parse_u64(n->ip + 2, 3, &b3);
    breve_fr_cardinal(&w, a2, 0);
    breve_fr_cardinal(&w, b3, 0);
    S_say_buf(st, &w);
    return q;
  }
  /* a graphics card's number is said in two pairs: "la RTX 5090" is
   * "cinquante quatre-vingt-dix" (every such case of the token sets
   * accepts it, one accepts only it) */
  if (n->ipn == 4 && !n->grouped && !n->has_dec && n->ip[0] != '0' &&
      n->ip[2] != '0' && !st->glued && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "RTX") ||
       S_eq(st->prev_word, st->prev_len, "GTX")) &&
      (b || !S_alnum_at(q, end))) {
    S_say_service(&w, n->ip, 0);
    S_say_buf(st, &w);
    return q;
  }
  /* a rowing boat after its article: "le 4-" (sans barreur), "le 8+"
   * (avec barreur), "le 2x" (de couple), "le 1x" (the skiff) */
  {
    static const char *const arts[] = {"le", "Le",  "un",  "du",  "au",
                                       "en", "des", "les", "Les", NULL};
    if (!b && !n->has_dec && !n->grouped && n->ipn == 1 &&
        (v == 1 || v == 2 || v == 4 || v == 8) && r < end &&
        (*r == '+' || *r == '-' || *r == 'x') &&
        (r + 1 == end || strchr(" ,.;)", r[1])) && st->prev_word &&
        !st->prev_number && S_in(st->prev_word, st->prev_len, arts) >= 0 &&
        !(*r == 'x' &&
          (S_starts(r + 1, end, " plus") || S_starts(r + 1, end, " moins") ||
           /* "payer en 4x sans frais", "2x par jour" */
           S_starts(r + 1, end, " sans") || S_starts(r + 1, end, " par")))) {
      if (*r == 'x' && v == 1) {
        breve_buf_puts(&w, "skiff");
      } else {
        S_num_words(&w, n, 0);
        breve_buf_puts(&w, *r == '+'   ? " avec barreur"
                           : *r == '-' ? " sans barreur"
                                       : " de couple");
      }
      S_say_buf(st, &w);
      return r + 1;
    }
  }
  /* a bridge contract: "3SA", "un grand chelem à 7 SA" (sans-atout); a
   * pregnancy's weeks: "né à 39 SA" (semaines d'aménorrhée) */
  /* (not "les 30 SA du groupe", companies) */
  static const char *const term[] = {"à",  "de",  "avant", "après", "entre",
                                     "et", "dès", "vers",  NULL};
  if (!n->has_dec && !n->grouped &&
      ((v >= 1 && v <= 7) ||
       (b && v >= 20 && v <= 44 &&
        (!st->prev_word || (!st->prev_number &&
                            S_in(st->prev_word, st->prev_len, term) >= 0)))) &&
      r + 1 < end && r[0] == 'S' && r[1] == 'A' && !S_alnum_at(r + 2, end)) {
    S_num_words(&w, n, v > 7); /* ("41 SA": "quarante et une semaines") */
    breve_buf_puts(&w, v <= 7 ? " sans-atout" : " semaines d'aménorrhée");
    S_say_buf(st, &w);
    return r + 2;
  }
  /* a multiple: "1,9x l'EBITDA", "10x plus" */
  if (!b && r < end && *r == 'x' && !S_alnum_at(r + 1, end) &&
      (r + 1 == end || strchr(" .,;:!?)", r[1]))) {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, " fois");
    S_say_buf(st, &w);
    return r + 1;
  }
  /* and how often: "2x/jour", "3×/semaine" are "deux fois par jour" */
  if (!b && !n->has_dec && r < end &&
      (*r == 'x' || S_starts(r, end, "\xc3\x97"))) {
    const char *sl = r + (*r == 'x' ? 1 : 2);
    if (sl < end && *sl == '/') {
      S_num_words(&w, n, 1);
      breve_buf_puts(&w, " fois");
      const char *after = S_per(&w, sl, end);
      if (after != sl) {
        S_say_buf(st, &w);
        return after;
      }
      breve_buf_clear(&w);
    }
  }
  /* "le basket 3x3": three against three */
  if (!b && !n->has_dec && v >= 2 && v <= 5 && r + 1 < end && *r == 'x' &&
      S_is_digit(r[1]) && r[1] == *n->start && !S_alnum_at(r + 2, end) &&
      st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "basket") ||
       S_eq(st->prev_word, st->prev_len, "rugby") ||
       S_eq(st->prev_word, st->prev_len, "foot"))) {
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, " contre");
    S_say_buf(st, &w);
    return r + 1;
  }
  /* a thing's size in metres: "des tentes de 4 x 6 m" is "quatre mètres
   * sur six" (a relay's legs, "de 4 x 100 m", stay a product) */
  if (!n->has_dec && v >= 1 && v < 10 && S_size_of(st->line, q) &&
      r < end && (*r == 'x' || S_starts(r, end, "\xc3\x97"))) {
    const char *t = r + (*r == 'x' ? 1 : 2);
    t += S_blank(t, end);
    size_t d2 = S_digits(t, end);
    uint64_t v2 = 0;
    if (d2 && d2 <= 2 && breve_fr_parse_u64(t, d2, &v2) && v2 >= 1 &&
        v2 <= 20 && !(t + d2 < end && (t[d2] == ',' || t[d2] == '.'))) {
      const char *u = t + d2 + S_blank(t + d2, end);
      /* (kilometres only for an area: "un circuit de 3 × 10 km" is
       * laps, "trois fois dix kilomètres", and "une zone de 3 × 4 km"
       * "trois kilomètres sur quatre") */
      static const char *const areas[] = {
          "zone", "surface", "secteur", "périmètre", "rectangle", "carré",
          "bande", "terrain", "domaine", "réserve", "parc", "territoire",
          "champ", "nappe", NULL};
      int area = st->prev_word && !st->prev_number &&
                 S_eq(st->prev_word, st->prev_len, "de") &&
                 S_word_before(st, st->prev_word, areas);
      size_t ul = area && S_starts(u, end, "km") ? 2
                  : u < end && *u == 'm'        ? 1
                                                : 0;
      if (ul && !S_alnum_at(u + ul, end) &&
          !(u + ul < end && (unsigned char)u[ul] == 0xC2)) {
        S_num_words(&w, n, 0);
        breve_buf_puts(&w, ul == 2 ? " kilom\xc3\xa8tre" : " m\xc3\xa8tre");
        if (v >= 2)
          breve_buf_putc(&w, 's');
        breve_buf_puts(&w, " sur ");
        breve_fr_cardinal(&w, v2, 0);
        S_say_buf(st, &w);
        return u + ul;
      }
    }
  }
  /* Relays and products: "4x100 m", "4 x 400 m", "3 x 2"; sizes: "73 x
   * 92 cm" */
  /* (and a count of times: "3 x champion du monde") */
  if (!n->has_dec && v != UINT64_MAX && r + 1 < end && *r == 'x' &&
      (b ? r[1] == ' ' && r + 2 < end &&
               (S_is_digit(r[2]) ||
                (v <= 20 && r[2] >= 'a' && r[2] <= 'z' &&
                 S_letters(r + 2, end) >= 3))
         : S_is_digit(r[1]))) {
    /* (a bed's size in centimetres: "lit 160x200", "matelas 140 x 190") */
    static const char *const beds[] = {"lit",     "lits",  "matelas",
                                       "sommier", "drap",  "couette",
                                       "housse",  "literie", NULL};
    int bed = st->prev_word && !st->prev_number && v >= 60 && v <= 220 &&
              S_in(st->prev_word, st->prev_len, beds) >= 0;
    S_num_words(&w, n, 0);
    breve_buf_puts(&w, bed || S_dims_follow(r + 1, end, 0, v) ? " sur"
                                                              : " fois");
    S_say_buf(st, &w);
    return r + 1;
  }
  /* The two world wars by their years: "14-18", "39-45" (not an age
   * range: "les 14-18 ans") */
  if (!b && !n->has_dec && (v == 14 || v == 39) && q + 3 <= end &&
      (*q == '-' || *q == '/') && S_digits(q + 1, end) == 2 &&
      !memcmp(q + 1, v == 14 ? "18" : "45", 2) && S_ends_clean(q + 3, end)) {
    static const char *const war[] = {"de", "en", "pendant", "durant",
                                      "après", "avant", "guerre", "Guerre",
                                      "En", "Pendant", NULL};
    const char *a = q + 3 + S_blank(q + 3, end);
    if (!(a > q + 3 && S_starts(a, end, "ans")) && st->prev_word &&
        S_in(st->prev_word, st->prev_len, war) >= 0 &&
        /* with a slash, only after "guerre": "un score de 14/18" */
        (*q == '-' || !S_eq(st->prev_word, st->prev_len, "de") ||
         (st->prev_word - st->line >= 7 &&
          !memcmp(st->prev_word - 7, "guerre ", 7)))) {
      S_say(st, v == 14 ? "quatorze-dix-huit" : "trente-neuf-quarante-cinq");
      return q + 3;
    }
  }
  /* Plain number, feminine before some nouns, or after one and "contre":
   * "312 voix contre 251" */
  int fem = 0;
  if (!S_alnum_at(q, end) && n->start - st->line > 8) {
    const char *e = n->start;
    while (e > st->line && e[-1] == ' ')
      e--;
    if (e - st->line >= 7 && !memcmp(e - 6, "contre", 6) && e[-7] == ' ') {
      const char *w2 = e - 7;
      while (w2 > st->line && w2[-1] == ' ')
        w2--;
      const char *w1 = w2;
      while (w1 > st->line && (unsigned char)w1[-1] > ' ' && w1[-1] != '(')
        w1--;
      fem = w2 > w1 && S_feminine_noun(w1, (size_t)(w2 - w1), 1);
    }
    /* and a count out of a total: "5 étapes sur 21 en montagne" (the
     * noun counted first, the total with nothing of its own after it) */
    static const char *const next_ok[] = {"en", "au", "aux", "à", "dans",
                                          "pour", "ont", "sont", "seulement",
                                          "et", "ou", NULL};
    const char *nx = q + S_blank(q, end);
    size_t nk = nx > q ? S_letters(nx, end) : 0;
    if (!fem && e - st->line >= 4 && !memcmp(e - 3, "sur", 3) &&
        e[-4] == ' ' && v % 10 == 1 && v % 100 != 11 && v < 1000 &&
        !n->has_dec && !n->grouped &&
        (nx >= end || !breve_cp_is_letter(S_cp(nx, end, NULL)) ||
         S_in(nx, nk, next_ok) >= 0)) {
      const char *w2 = e - 4;
      while (w2 > st->line && w2[-1] == ' ')
        w2--;
      const char *w1 = w2;
      while (w1 > st->line && (unsigned char)w1[-1] > ' ')
        w1--;
      const char *d = w1;
      while (d > st->line && d[-1] == ' ')
        d--;
      fem = w2 > w1 && d < w1 && d > st->line && S_is_digit(d[-1]) &&
            S_feminine_noun(w1, (size_t)(w2 - w1), 1);
    }
    /* and a part of a count: "2 médailles d'or dont 1 en relais" (the
     * noun after the number before "dont") */
    /* (when no noun of its own follows: "dont 81 enfants") */
    if (!fem && e - st->line >= 5 && !memcmp(e - 4, "dont", 4) &&
        e[-5] == ' ' && v % 10 == 1 && v % 100 != 11 && !n->has_dec &&
        (nx >= end || !breve_cp_is_letter(S_cp(nx, end, NULL)) ||
         S_in(nx, nk, next_ok) >= 0)) {
      const char *d = e - 5;
      while (d > st->line && !S_is_digit(d[-1]))
        d--;
      const char *w1 = d + S_blank(d, end);
      size_t k = d > st->line && w1 > d && w1 < e ? S_letters(w1, e) : 0;
      fem = k >= 2 && S_feminine_noun(w1, k, 1);
    }
  }
  /* the first end of a span takes the gender of what is counted: "de 1
   * à 3 heures", "d'1 à 3 nuits", "1–3 semaines" */
  /* (not a channel's or a name's number, "TF1 à 20 h", "RMC Sport 1 à
   * 20 h 45", nor house numbers, "chalets 1 à 40 place du Marché") */
  if (!fem && !n->has_dec && v % 10 == 1 && v % 100 != 11 && !st->glued &&
      !(st->prev_word && st->prev_word > st->line &&
        S_capitalised(st->prev_word, st->prev_len))) {
    const char *t = q + S_blank(q, end);
    if (t > q && (S_starts(t, end, "à ") || S_starts(t, end, "et ") ||
                  S_starts(t, end, "ou ")))
      t += 3;
    else if (t == q && t < end && *t == '-')
      t += 1;
    else if (t == q && S_starts(t, end, "\xe2\x80\x93"))
      t += 3;
    else
      t = NULL;
    size_t d = t ? S_digits(t + S_blank(t, end), end) : 0;
    /* (a span goes up: "2021 à 14 h" is a year and an hour) */
    uint64_t v2 = 0;
    if (d && (!breve_fr_parse_u64(t + S_blank(t, end), d, &v2) || v2 <= v))
      d = 0;
    if (d) {
      const char *x = t + S_blank(t, end) + d, *ua;
      const char *y = x + S_blank(x, end);
      const S_unit *u = y > x ? S_unit_at(y, end, 1, &ua) : NULL;
      size_t k = y > x ? S_letters(y, end) : 0;
      const char *z = y + k + S_blank(y + k, end);
      int named = z > y + k && (S_upper_at(z, end) || S_starts(z, end, "du ") ||
                                S_starts(z, end, "de "));
      fem = u ? S_unit_fem(u) && S_ends_clean(ua, end)
              : k && !named && S_feminine_noun(y, k, 1);
    }
  }
  if (b && !fem) {
    size_t k = S_letters(r, end);
    /* not after a name: "Europe 1 rappelle", "Jordan 1 portée" */
    int named = st->prev_word && S_capitalised(st->prev_word, st->prev_len);
    /* a compound takes the gender of its last part: "21
     * arrière-petits-enfants", "21 arrière-grand-mères" */
    const char *hd = r;
    size_t hk = k;
    while (hd + hk < end && hd[hk] == '-' && S_letters(hd + hk + 1, end)) {
      hd += hk + 1;
      hk = S_letters(hd, end);
    }
    /* (but a verb and its object make a masculine noun: "21
     * lave-vaisselle", "21 porte-bagages") */
    static const char *const verbs[] = {
        "lave", "porte", "pare", "sèche", "essuie", "tire", "ouvre", "coupe",
        "grille", "presse", "chauffe", "casse", "brise", "couvre", NULL};
    /* (a name glued to letters is no count: "le tram T1 part") */
    fem = k && !st->glued && !(hd > r && S_in(r, k, verbs) >= 0) &&
          S_feminine_noun(hd, hk, !named);
    /* (the pound is a livre too: "1 livre = 20 sous", "1 livre de
     * beurre", not "1 livre = 1 arbre") */
    if (!fem && (S_eq(r, k, "livre") || S_eq(r, k, "livres"))) {
      static const char *const pound[] = {
          "sous", "denier", "sterling", "tournois", "\xc2\xa3",
          "de beurre", "de farine", "de viande", "de sucre", "franc",
          "écu", NULL};
      fem = S_line_has_any(st, pound);
    }
    /* (a sentence's part in prison: "6 mois dont 1 ferme") */
    if (fem && S_eq(r, k, "ferme") && st->prev_word &&
        S_eq(st->prev_word, st->prev_len, "dont"))
      fem = 0;
    /* a train's or a flight's number names it: "le TGV 6201 part", "le
     * vol AF 1021 arrive" */
    static const char *const runs[] = {"train", "vol",     "bus", "tram",
                                       "ligne", "navette", NULL};
    if (fem && st->prev_word && !st->prev_number &&
        st->prev_word + st->prev_len + 1 == n->start &&
        ((st->prev_len >= 2 && S_short_caps(st->prev_word, st->prev_len)) ||
         S_in(st->prev_word, st->prev_len, runs) >= 0))
      fem = 0;
    /* (or right after "le": a runner's number, "le 1 chute") */
    if (fem && st->prev_word && !st->prev_number &&
        st->prev_word + st->prev_len + 1 == n->start &&
        (S_eq(st->prev_word, st->prev_len, "le") ||
         S_eq(st->prev_word, st->prev_len, "Le")))
      fem = 0;
    /* a number that names, after "n°": "le n° 51 attaque" */
    if (fem) {
      const char *e = n->start;
      while (e > st->line && e[-1] == ' ')
        e--;
      if ((e - st->line >= 3 && !memcmp(e - 2, "\xc2\xb0", 2) &&
           (e[-3] == 'n' || e[-3] == 'N')) ||
          (st->prev_word && S_eq(st->prev_word, st->prev_len, "num\xc3\xa9ro")))
        fem = 0;
    }
    /* a house number before its street: "21 rue Victor-Hugo", "1 place
     * du Général-de-Gaulle" ("vingt et un rue", not "une rue"); "21
     * rues" are streets */
    static const char *const streets[] = {
        "rue",     "place",  "avenue", "allée",  "impasse", "route",
        "chaussée", "ruelle", "esplanade", "promenade", "cité", "voie",
        "résidence", "traverse", "montée", NULL};
    if (fem && S_in(r, k, streets) >= 0) {
      const char *t = r + k + S_blank(r + k, end);
      if (t > r + k && (S_upper_at(t, end) || S_starts(t, end, "de ") ||
                        S_starts(t, end, "du ") || S_starts(t, end, "des ") ||
                        S_starts(t, end, "d'") || S_starts(t, end, "d\xe2\x80\x99")))
        fem = 0;
    }
    /* (but the fighter jet: "1 Rafale" is "un Rafale") */
    if (k && !fem && k < 32 && S_is_upper_ascii(*r) &&
        !S_eq(r, k, "Rafale")) {
      char low[32]; /* "21 Candidates" in a headline */
      memcpy(low, r, k);
      low[0] = (char)(low[0] | 0x20);
      fem = S_gender(low, k) == 'f'; /* not a name: "1 Arménie" */
    }
  }
  /* medals counted once: "2 médailles d'or et 1 d'argent" */
  static const char *const metals[] = {"d'or", "d'argent", "de bronze",
                                       "d\xe2\x80\x99" "or",
                                       "d\xe2\x80\x99" "argent", NULL};
  if (b && !fem && !n->has_dec && st->prev_word && r < end && *r == 'd') {
    for (int i = 0; metals[i] && !fem; i++)
      fem = S_starts(r, end, metals[i]) &&
            !S_alnum_at(r + strlen(metals[i]), end);
    fem = fem && S_has(st->line, (size_t)(st->end - st->line), "médaille");
  }
  S_num_words(&w, n, fem);
  /* the first of a range in thousands takes no plural s, as "deux cent
   * mille" does not: "200-250 k€" is "deux cent à deux cent cinquante
   * mille euros" */
  if (!b && !n->has_dec && q + 1 < end &&
      (*q == '-' || S_starts(q, end, "\xe2\x80\x93")) && w.len > 6 &&
      (!memcmp(w.ptr + w.len - 5, "cents", 5) ||
       !memcmp(w.ptr + w.len - 6, "vingts", 6))) {
    const char *t = q + (*q == '-' ? 1 : 3);
    size_t d = S_digits(t, end);
    const char *z = t + d + S_blank(t + d, end);
    if (d && d <= 3 && (z == t + d || z < end) &&
        ((z + 1 < end && (*z == 'k' || *z == 'K') &&
          (S_starts(z + 1, end, "\xe2\x82\xac") || z[1] == '$')) ||
         (z > t + d && S_starts(z, end, "mille") && !S_alnum_at(z + 5, end))))
      w.len--;
  }
  /* a round million before a noun in the plural takes "de": "2 000 000
   * habitants" is "deux millions d'habitants" (not before a verb or a
   * small word: "1 000 000 ont voté", "2 000 000 fois") */
  if (b && !n->has_dec && w.len >= 7 &&
      (S_ends_with(w.ptr, w.len, "millions") ||
       S_ends_with(w.ptr, w.len, "milliards") ||
       S_ends_with(w.ptr, w.len, "million") ||
       S_ends_with(w.ptr, w.len, "milliard"))) {
    static const char *const small[] = {
        "plus", "dans", "sans", "sous", "vers", "après", "depuis", "très",
        "jamais", "alors", "puis", "chez", "des", "les", "ses", "mes",
        "tes", "nos", "vos", "leurs", "ces", "aux", "pas", "fois", "mais",
        "ans", "mois", "jours", NULL};
    size_t k = S_letters(r, end);
    if (k >= 3 && k < 40 && breve_cp_is_lower(S_cp(r, end, NULL)) &&
        (r[k - 1] == 's' || r[k - 1] == 'x') && S_in(r, k, small) < 0 &&
        !S_alnum_at(r + k, end) && !(r + k < end && strchr("'-", r[k]))) {
      int vowel = strchr("aeiouyh", *r) || S_starts(r, end, "\xc3\xa9") ||
                  S_starts(r, end, "\xc3\xa8") || S_starts(r, end, "\xc3\xaa");
      if (!vowel) {
        breve_buf_puts(&w, " de");
      } else {
        breve_buf_puts(&w, " d'");
        breve_buf_put(&w, r, k);
        S_say_buf(st, &w);
        return r + k;
      }
    }
  }
  S_say_buf(st, &w);
  /* Ranges: 10-20, 10–20 */
  if (!b && q + 1 < end &&
      (*q == '-' || S_starts(q, end, "–") || S_starts(q, end, "—"))) {
    const char *t = q + (*q == '-' ? 1 : 3);
    if (t < end && S_is_digit(*t)) {
      size_t d2 = S_digits(t, end);
      uint64_t v2 = 0;
      breve_fr_parse_u64(t, d2, &v2);
      /* "5 000-6 000", "500-1 000": the second number has its thousands
       * too */
      S_num n2;
      uint64_t g2;
      if (S_parse_num(t, end, &n2) && n2.grouped && !n2.has_dec &&
          n2.ipn <= 18 && breve_fr_parse_u64(n2.ip, n2.ipn, &g2) &&
          (n->grouped || g2 > v))
        v2 = g2;
      /* "entre 10-15 %", "entre 1990–2000": "entre dix et quinze" */
      int between = st->prev_word &&
                    (S_eq(st->prev_word, st->prev_len, "entre") ||
                     S_eq(st->prev_word, st->prev_len, "Entre"));
      /* references: "l'article 50-1", "n° 2025-56", "L. 2121-29", "la
       * loi 2025-56" are read with "tiret", never as spans of years */
      static const char *const refs[] = {
          "article", "articles", "alinéa",     "art",    "Article", "Art", "n",
          "N",       "no",       "No",         "numéro", "L",       "R",   "D",
          "loi",     "décret",   "ordonnance", "arrêté", "délibération",
          "décision", "circulaire", "dossier", "affaire", "réf", "Réf",
          NULL};
      int ref = st->prev_word && S_in(st->prev_word, st->prev_len, refs) >= 0;
      /* ... right before the number ("atelier 3D : 8-12 ans" is a span) */
      for (const char *g = ref ? st->prev_word + st->prev_len : n->start;
           g < n->start && ref; g++)
        if (*g != ' ' && *g != '.' && *g != '\xc2' && *g != '\xb0' &&
            *g != '\xba')
          ref = 0;
      /* (and each part of one: "L. 2224-12-4") */
      if (in_list == 2)
        ref = 1;
      int year = n->ipn == 4 && !n->has_dec && v >= 1000 && v < 2200 &&
                 !st->glued && !ref;
      int wraps = v % 100 >= 90 && v2 < 10 && *t == '0';
      /* years before Christ count down: "1279-1213 av. J.-C.", "3000–2500
       * av. J.-C." are "mille deux cent soixante-dix-neuf à mille deux
       * cent treize" */
      const char *bc = t + d2 + S_blank(t + d2, end);
      int down = !n->has_dec && !ref && n->ipn >= 1 && n->ipn <= 4 &&
                 d2 >= 1 && d2 <= 4 && v2 < v && /* and "100-44 av. J.-C." */
                 (S_starts(bc, end, "av. J") || S_starts(bc, end, "avant J") ||
                  S_starts(bc, end, "av. n") || S_starts(bc, end, "avant n"));
      if (between && (v2 > v || down) && !in_list) {
        S_say(st, "et");
      } else if (down) {
        S_say(st, "\xc3\xa0");
      } else if (!n->has_dec && v2 > v && st->prev_word && !st->prev_number &&
                 S_in(st->prev_word, st->prev_len, S_catalogues) >= 0) {
        /* pages and a composer's works, not years: "pages 1046-1051",
         * "BWV 1046-1051", "KV 525-527" */
        S_say(st, "\xc3\xa0");
      } else if (!n->has_dec && st->prev_word && !st->prev_number &&
                 (S_eq(st->prev_word, st->prev_len, "plateforme") ||
                  S_eq(st->prev_word, st->prev_len, "centre") ||
                  S_eq(st->prev_word, st->prev_len, "commune")) &&
                 (v == 15 || v == 17) && (v2 == 17 || v2 == 18)) {
        /* the emergency lines shared: "la plateforme commune 15-18" */
        S_copy(st, " ", 1);
      } else if (year && d2 == 2 && !S_is_digit(t[2]) &&
          (v2 > v % 100 || wraps)) {
        /* a span with a shortened second year, said with a pause:
         * "(1975-90)" is "soixante-quinze, quatre-vingt-dix"; in full
         * across a century or after a zero: "1998-04", "2008-09" */
        /* (read straight on from 2000, as anchors say a season: "la
         * saison 2025-26" is "deux mille vingt-cinq vingt-six") */
        S_copy(st, v >= 2000 && *t != '0' ? " " : ",", 1);
        if (wraps || (v >= 2000 && *t == '0')) { /* "2008-09" */
          breve_fr_cardinal(&w, v - v % 100 + v2 + (wraps ? 100 : 0), 0);
          S_say_buf(st, &w);
          return t + 2;
        }
      } else if (year && d2 == 4 && v2 > v && v2 < 2200) {
        /* years, said with a pause: "1939-1945", "la saison 2025-2026".
         * When the first ends in a word whose last consonant a pause
         * would change ("cinq", "six", "huit", "dix", "vingt"), other
         * years are read straight on ("le plan 2025-2030"), or with "à"
         * after "de" ("de 2020 à 2025") */
        static const char *const seasons[] = {"saison", "Saison", "saisons",
                                              "scolaire", "universitaire",
                                              "exercice", "campagne", NULL};
        int season = st->prev_word &&
                     S_in(st->prev_word, st->prev_len, seasons) >= 0;
        int from = st->prev_word && (S_eq(st->prev_word, st->prev_len, "de") ||
                                     S_eq(st->prev_word, st->prev_len, "De"));
        /* a span set apart, a lifetime or an apposition, keeps its pause:
         * "Agnès Varda (1928-2019)", "la Ve République, 1958-2026" */
        int apart = n->start > st->line &&
                    (n->start[-1] == '(' ||
                     (n->start - st->line >= 2 && n->start[-1] == ' ' &&
                      n->start[-2] == ','));
        if (from && !season)
          S_say(st, "à"); /* "de 2020 à 2022", "de 1914-1918" */
        else if (S_year_keeps_pause(v) || apart ||
                 (season && S_in(st->prev_word, st->prev_len, seasons) < 3))
          S_copy(st, ",", 1); /* (not "l'année scolaire 2026-2027") */
      } else if (in_list == 1 || (!ref && t + d2 + 1 < end &&
                                  t[d2] == '-' && S_is_digit(t[d2 + 1]))) {
        S_copy(st, ",", 1); /* a list, not a range: "(75-92-93-94)" */
        st->num_list = 1;
      } else if (!ref && !st->glued && v < 1000 &&
                 S_starts(t + d2, end, " contre ")) {
        S_say(st, "à"); /* a big score: "145-17 contre le Japon" */
      } else if ((v != UINT64_MAX && v >= 100 && v2 < v &&
                  !(v < 1000 && v2 * 2 >= v)) ||
                 st->glued || (S_model_word(st) && (v >= 100 || v2 >= 100)) ||
                 ref)
        /* a reference or a model: "n° 2025-56", "l'article L. 5121-1",
         * "A350-1000" with "tiret" (for an article of a code, 8 cases
         * of the token sets accept only "tiret", 6 only two numbers, 46
         * either; "tiret" keeps "L. 5121-1" from sounding like one
         * number after another) */
        if (/* an airliner's variant: "A350-1000", "Boeing 787-9" */
            (st->glued && n->start[-1] == 'A' &&
             (v == 220 || (v >= 300 && v <= 399))) ||
            (v >= 707 && v <= 787 && v % 10 == 7 &&
             ((st->glued && n->start[-1] == 'B') ||
              (st->prev_word && S_eq(st->prev_word, st->prev_len, "Boeing")))) ||
            ((v == 42 || v == 72) && st->prev_word &&
             S_eq(st->prev_word, st->prev_len, "ATR")))
          S_copy(st, " ", 1);
        else {
          S_say(st, "tiret");
          if (ref && t + d2 + 1 < end && t[d2] == '-' && S_is_digit(t[d2 + 1]))
            st->num_list = 2; /* "L. 2224-12-4" */
        }
      else if (v >= 1 && v2 <= 31 && v2 > v && d2 <= 2 && t + d2 + 1 < end &&
               (t[d2] == '/' || t[d2] == '.') && S_is_digit(t[d2 + 1]) &&
               !n->has_dec)
        /* days before a date: "les 18-19/12" are "dix-huit et dix-neuf",
         * "du 3-7/05" "trois au sept" */
        S_say(st, v2 == v + 1 ? "et" : "au");
      else if (v >= 1 && v2 <= 31 && v2 > v && d2 <= 2 && st->prev_word &&
               (S_eq(st->prev_word, st->prev_len, "du") ||
                S_eq(st->prev_word, st->prev_len, "Du")) &&
               S_month_word(t + d2 + S_blank(t + d2, end), end) >= 0 &&
               S_blank(t + d2, end))
        S_say(st, "au"); /* "du 10–12 juin" is "du dix au douze juin" */
      else if (S_tennis(st, n->start, t))
        ; /* sets of a tennis match: "6-4, 7-6" is "six quatre, sept six" */
      else if (S_game_score(v, v2, t + d2, end) && !n->has_dec)
        S_copy(st, " ", 1); /* a game of tennis: "40-15", "30-40" */
      else if (!n->has_dec && v2 > v && v >= 15 && d2 == 2 &&
               S_starts(t + d2, end, " ans") && !S_alnum_at(t + d2 + 4, end) &&
               st->prev_word &&
               (S_eq(st->prev_word, st->prev_len, "les") ||
                S_eq(st->prev_word, st->prev_len, "des") ||
                S_eq(st->prev_word, st->prev_len, "Les") ||
                S_eq(st->prev_word, st->prev_len, "aux")))
        /* an age group of adults is named by its bounds: "les 18-25 ans"
         * are "les dix-huit vingt-cinq ans" (children's keep "à": "les
         * 10-12 ans") */
        S_copy(st, " ", 1);
      else if (!n->has_dec && v <= 6 && v2 <= 6 && d2 == 1 && st->prev_word &&
               S_eq(st->prev_word, st->prev_len, "défense"))
        S_copy(st, " ", 1); /* a handball defence: "une défense 6-0" */
      else if (*t == '0' && d2 == 2 && !n->has_dec &&
               (v > 31 || v2 > 12 || v2 == 0))
        /* a second number with a leading zero is no end of a range nor a
         * score (nor a day and month): "le bus 91-06" is a code */
        S_copy(st, " ", 1);
      else
        S_say(st, "à"); /* a range or a score: 10-20, 2-1 */
      /* The second number is read by the caller's loop, so a long chain
       * of dashes does not nest calls. */
      return t;
    }
  }
  return q;
}

/* Rounds of a competition and the Constitution's best-known article:
 * "1/8e de finale" -> "huitième de finale", "1/4 de finale" -> "quart de
 * finale", "1/2 finale" -> "demi-finale", "49.3" and "49-3" ->
 * "quarante-neuf trois". */
static const char *S_rule_fixed(S_st *st, const char *p) {
  const char *end = st->end;
  /* "7j/7", "7 j/7", "24 h/24": "sept jours sur sept" */
  {
    size_t d = S_digits(p, end);
    const char *r = p + d;
    r += S_blank(r, end) <= 1 ? S_blank(r, end) : 0;
    if (d && d <= 2 && r + 1 < end && (*r == 'j' || *r == 'h') &&
        r[1] == '/' && S_digits(r + 2, end) == d && !memcmp(p, r + 2, d)) {
      const char *t = r + 2 + d;
      if (t < end && *t == *r)
        t++; /* "7j/7j" */
      if (S_ends_clean(t, end)) {
        uint64_t v;
        breve_buf w = {0};
        breve_fr_parse_u64(p, d, &v);
        breve_fr_cardinal(&w, v, 1);
        breve_buf_puts(&w, *r == 'j' ? (v > 1 ? " jours sur" : " jour sur")
                                     : (v > 1 ? " heures sur" : " heure sur"));
        breve_fr_cardinal(&w, v, 1);
        S_say_buf(st, &w);
        return t;
      }
    }
  }
  /* a stay in days and nights: "séjour 8j/7n", "4 j / 3 n" */
  {
    size_t a = S_digits(p, end);
    const char *r = p + a, *r2;
    r += S_blank(r, end);
    size_t b = 0;
    if (a && a <= 2 && r < end && *r == 'j' &&
        (r2 = r + 1 + S_blank(r + 1, end)) < end && *r2 == '/' &&
        (r2 += 1 + S_blank(r2 + 1, end)) < end &&
        (b = S_digits(r2, end)) >= 1 && b <= 2) {
      const char *nn = r2 + b + S_blank(r2 + b, end);
      uint64_t days, nights;
      if (nn < end && *nn == 'n' && !S_alnum_at(nn + 1, end) &&
          breve_fr_parse_u64(p, a, &days) &&
          breve_fr_parse_u64(r2, b, &nights)) {
        breve_buf w = {0};
        S_put_count(&w, days, 0, "jour");
        breve_buf_puts(&w, ", ");
        S_put_count(&w, nights, 1, "nuit");
        S_say_buf(st, &w);
        return nn + 1;
      }
    }
  }
  /* "1 001 nuits", "les 1001 nuits": "mille et une nuits" */
  {
    const char *r = NULL;
    if (S_starts(p, end, "1001"))
      r = p + 4;
    else if (S_starts(p, end, "1 001") || S_starts(p, end, "1\xc2\xa0" "001"))
      r = p + (p[1] == ' ' ? 5 : 6);
    if (r && !S_alnum_at(r, end) &&
        (S_starts(r + S_blank(r, end), end, "nuits") ||
         S_starts(r + S_blank(r, end), end, "Nuits"))) {
      S_say(st, "mille et une");
      return r;
    }
  }
  if (S_starts(p, end, "50/50") && S_ends_clean(p + 5, end)) {
    S_say(st, "cinquante-cinquante"); /* "une chance 50/50" */
    return p + 5;
  }
  if (S_starts(p, end, "4x4") && S_ends_clean(p + 3, end)) {
    S_say(st, "quatre-quatre");
    return p + 3;
  }
  /* teams in a match: "en 5v5", "un duel 1v1" */
  {
    size_t a = S_digits(p, end);
    size_t b = a && a <= 2 && p + a < end && p[a] == 'v'
                   ? S_digits(p + a + 1, end)
                   : 0;
    if (b && b <= 2 && S_ends_clean(p + a + 1 + b, end)) {
      uint64_t n1, n2;
      breve_fr_parse_u64(p, a, &n1);
      breve_fr_parse_u64(p + a + 1, b, &n2);
      S_say_two(st, n1, " contre", n2);
      return p + a + 1 + b;
    }
  }
  /* "rempli qu'au 1/3": a share, not the first of March */
  if (p - st->line >= 6 && !memcmp(p - 6, "qu'au ", 6) && *p == '1' &&
      p + 3 <= end && p[1] == '/' && (p[2] == '3' || p[2] == '4') &&
      S_ends_clean(p + 3, end)) {
    S_say(st, p[2] == '3' ? "tiers" : "quart");
    return p + 3;
  }
  /* the channel 6ter, said "sisse tère" (espeak-ng reads "six ter" [si]) */
  if (S_starts(p, end, "6ter") && S_ends_clean(p + 4, end)) {
    S_say(st, "sisse-t\xc3\xa8re");
    return p + 4;
  }
  /* "un 4×4" is the vehicle too, after a determiner */
  static const char *const dets4[] = {"un", "le", "les", "des", "du", "au",
                                      "aux", "en", "son", "ses", "leur",
                                      "leurs", "ce", "ces", "mon", "gros",
                                      "Un", "Le", "Les", "Des", NULL};
  if (S_starts(p, end, "4\xc3\x97" "4") && S_ends_clean(p + 4, end) &&
      st->prev_word && S_in(st->prev_word, st->prev_len, dets4) >= 0) {
    S_say(st, "quatre-quatre");
    return p + 4;
  }
  /* shifts: "les 3x8", "les 2x8" */
  if ((S_starts(p, end, "3x8") || S_starts(p, end, "2x8")) &&
      S_ends_clean(p + 3, end) && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "les") ||
       S_eq(st->prev_word, st->prev_len, "en") ||
       S_eq(st->prev_word, st->prev_len, "aux"))) {
    S_say(st, *p == '3' ? "trois-huit" : "deux-huit");
    return p + 3;
  }
  if ((S_starts(p, end, "49.3") || S_starts(p, end, "49-3")) &&
      S_ends_clean(p + 4, end) &&
      !(p + 5 < end && (p[4] == '.' || p[4] == ',') && S_is_digit(p[5]))) {
    /* not a quantity written with a decimal point: "49.3 %", "49.3 M€" */
    const char *n = p + 4 + S_blank(p + 4, end);
    int quantity = n > p + 4 && n < end &&
                   (strchr("%$0123456789", *n) || S_starts(n, end, "€") ||
                    S_starts(n, end, "M") || S_starts(n, end, "k") ||
                    S_starts(n, end, "mil") || S_unit_at(n, end, 1, &n));
    if (!quantity) {
      S_say(st, "quarante-neuf trois");
      return p + 4;
    }
  }
  if (!S_starts(p, end, "1/"))
    return NULL;
  /* after a word that counts or describes it, the noun alone: "le
   * dernier 1/4 d'heure", "le 1/2 de mêlée", "son 1/2 d'ouverture" */
  static const char *const dets[] = {"le",   "Le",      "du",      "au",
                                     "ce",   "son",     "leur",    "dernier",
                                     "premier", "bon",  "petit",   "notre",
                                     NULL};
  if (st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p &&
      S_in(st->prev_word, st->prev_len, dets) >= 0) {
    const char *t = p + 3 + S_blank(p + 3, end);
    if (p[2] == '4' && t > p + 3 &&
        (S_starts(t, end, "d'heure") ||
         S_starts(t, end, "d\xe2\x80\x99heure"))) {
      S_say(st, "quart");
      return p + 3;
    }
    if (p[2] == '2' && t > p + 3 &&
        (S_starts(t, end, "de m\xc3\xaal\xc3\xa9" "e") ||
         S_starts(t, end, "d'ouverture") ||
         S_starts(t, end, "d\xe2\x80\x99ouverture"))) {
      S_say(st, "demi");
      return p + 3;
    }
  }
  size_t d = S_digits(p + 2, end);
  uint64_t den;
  if (!d || d > 2 || !breve_fr_parse_u64(p + 2, d, &den) ||
      (den != 2 && den != 4 && den != 8 && den != 16 && den != 32 &&
       den != 64))
    return NULL;
  const char *q = p + 2 + d, *r = q;
  int plural = 0;
  size_t k = S_letters(q, end);
  if (k && den > 4) {
    int second, pl;
    if (S_ordinal_suffix(q, k, &pl, &second) != 1)
      return NULL;
    plural = pl;
    r = q + k;
  } else if (k) {
    return NULL;
  }
  const char *w = r + S_blank(r, end);
  int de = S_starts(w, end, "de finale") || S_starts(w, end, "de Finale");
  int bare = S_starts(w, end, "finale");
  if (!S_blank(r, end) || !(den == 2 ? bare : de))
    return NULL;
  /* "les 1/8e de finale", "des 1/4 de finale": plural */
  static const char *const plural_dets[] = {"les", "des", "aux", "Les",
                                            "Des", "Aux", NULL};
  if (st->prev_word && !st->prev_number &&
      S_in(st->prev_word, st->prev_len, plural_dets) >= 0)
    plural = 1;
  breve_buf b = {0};
  if (den == 2 && bare) {
    size_t n = S_letters(w, end);
    breve_buf_puts(&b, "demi-");
    breve_buf_put(&b, w, n);
    S_say_buf(st, &b);
    return w + n;
  }
  /* at the start of a line or a clause, "un huitième de finale"; with
   * its ordinal's ending, "1/8e de finale" names the round, without "un"
   * (in the token sets, 12 writers want it so, 2 want the "un" and 23
   * take either) */
  int alone = !plural && r == q &&
              (p == st->line || !st->prev_word ||
               st->prev_word + st->prev_len + 1 < p);
  if (alone)
    breve_buf_puts(&b, "un ");
  if (den == 4)
    breve_buf_puts(&b, plural ? "quarts" : "quart");
  else
    breve_fr_ordinal(&b, den, 0, plural);
  S_say_buf(st, &b);
  return r;
}

/* Words that start a sentence, not names. */
static const char *const S_capital_function_words[] = {
    "Les", "Une", "Des", "Aux", "Sur", "Dans", "Pour", "Par", "Avec", "Entre",
    "Vers", "Depuis", "Plus", "Moins", "Environ", "Près", "Soit", "Contre",
    "Selon", "Sous", "Après", "Avant", "Dont", "Mais", "Car", "Puis", "Encore",
    "Chaque", "Total", "Note", "Score", "Taux", NULL};

/* Versions and addresses: "2.1.3", "192.168.1.1", and after a product
 * "Web 2.0", "iOS 17.2": the parts are joined by "point". Thousands
 * ("1.500.000") and dates are not versions. */
static const char *S_rule_version(S_st *st, const char *p) {
  const char *const *products = S_version_products;
  const char *end = st->end, *q = p;
  size_t parts = 0, three = 0;
  /* (a year may lead three parts and more: a museum's inventory number,
   * "inv. 2026.4.17") */
  int year = S_digits(p, end) == 4;
  /* (or its abbreviation: "l'art. 28.4") */
  int product = st->prev_word &&
                (st->prev_word + st->prev_len + 1 == p ||
                 (st->prev_word + st->prev_len + 2 == p &&
                  st->prev_word[st->prev_len] == '.')) &&
                S_in(st->prev_word, st->prev_len, products) >= 0;
  for (;;) {
    size_t d = S_digits(q, end);
    /* (a zero leads a part after the first only after a product: "le
     * patch 1.04"; "12.05.26" is a date) */
    if (!d || d > (parts || !year ? 3u : 4u) ||
        (d > 1 && *q == '0' && (!parts || !product)))
      return NULL;
    parts++;
    three += parts > 1 && d == 3;
    q += d;
    if (!(q + 1 < end && *q == '.' && S_is_digit(q[1])))
      break;
    q++;
  }
  /* (three parts and more may end with a letter: a virus's "clade
   * 2.3.4.4b") */
  char tail = parts >= 3 && q < end && *q >= 'a' && *q <= 'z' &&
                      S_ends_clean(q + 1, end)
                  ? *q
                  : 0;
  if (parts < (size_t)(2 + year) || three == parts - 1 ||
      (!tail && !S_ends_clean(q, end)) ||
      (q < end && (*q == ',' || *q == '-' || *q == '/') && q + 1 < end &&
       S_is_digit(q[1])))
    return NULL;
  /* a model after its name and a hyphen: "GPT-4.5" */
  int model = st->prev_word && st->prev_word + st->prev_len + 1 == p &&
              p[-1] == '-' && st->prev_len >= 2 &&
              S_is_upper_ascii(st->prev_word[0]) &&
              S_is_upper_ascii(st->prev_word[st->prev_len - 1]);
  /* a model after its name: "Llama 3.1", "Gemini 2.5 Pro" (a dot in a
   * number after a name, not before a unit, a currency or a scale) */
  int named = 0;
  if (parts == 2 && !model && st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p && p[-1] == ' ' &&
      st->prev_len >= 3 && S_upper_at(st->prev_word, end) && q - p <= 5 &&
      S_in(st->prev_word, st->prev_len, S_capital_function_words) < 0) {
    const char *r = q + S_blank(q, end), *ua;
    named = !(r > q && (S_unit_at(r, end, 1, &ua) ||
                        S_currency_at(r, end, &ua) || S_scale_at(r, end, &ua) ||
                        *r == '%'));
  }
  /* ".0" is never written for a decimal in French: "Web 3.0", "Industrie
   * 4.0" (unless a unit follows, in copy typed the English way) */
  int dot_zero = 0;
  if (parts == 2 && q - p >= 3 && q[-1] == '0' && q[-2] == '.') {
    const char *r = q + S_blank(q, end), *ua;
    dot_zero = !(r > q && (S_unit_at(r, end, 1, &ua) ||
                           S_currency_at(r, end, &ua) ||
                           S_scale_at(r, end, &ua))) &&
               !(r < end && *r == '%');
  }
  if (parts == 2 && !model && !named && !dot_zero && !product)
    return NULL;
  breve_buf w = {0};
  for (const char *r = p; r < q;) {
    size_t d = S_digits(r, end);
    uint64_t v;
    breve_fr_parse_u64(r, d, &v);
    if (r > p)
      breve_buf_puts(&w, " point");
    if (d > 1 && *r == '0')
      breve_fr_digits(&w, r, d); /* "1.04" is "un point zéro quatre" */
    else
      breve_fr_cardinal(&w, v, 0);
    r += d + (r + d < q);
  }
  if (tail) {
    char letter[3] = {' ', tail, '\0'};
    breve_buf_puts(&w, letter);
    q++;
  }
  S_say_buf(st, &w);
  return q;
}

/* "1/2 heure" is "une demi-heure", "1/2 litre" "un demi-litre", and
 * "un ½ litre" "un demi-litre". q is just after the half. */
static const char *S_half_noun(S_st *st, const char *q) {
  /* (besides the nouns whose gender S_genders gives) */
  static const char *const fem_noun[] = {
      "pension", "finale", "baguette", "lune", "molécule", "volée",
      "mi-temps", "botte", "livre", "récolte", "portion", "dose", NULL};
  static const char *const masc_noun[] = {
      "litre", "kilo", "siècle", "point", "tarif", "frère", "tour", "centre",
      "mètre", "verre", "pain", "paquet", "million", "milliard", "kilomètre",
      "mois", "jour", "degré", "pouce", "marathon", "hectare", "étage",
      "cercle", "poulet", "melon", NULL};
  static const char *const articles[] = {
      "un", "une", "Un", "Une", "la", "La", "le", "Le", "les", "Les", "des",
      "l", "L", "du", "au", "aux", "sa", "son", "ses", "cette", "ce", "cet",
      "ces", "leur", "leurs", "Des", "Ces", "en", "En",
      "forfait", /* "forfait 1/2 journée" */
      NULL};
  const char *end = st->end, *r = q + S_blank(q, end);
  size_t k = S_letters(r, end);
  /* "1/2 d'heure", as some write it, is "une demi-heure" */
  if (r > q && !st->prev_number &&
      (S_starts(r, end, "d'heure") || S_starts(r, end, "d\xe2\x80\x99heure"))) {
    size_t n = r[1] == '\'' ? 7 : 9;
    if (S_ends_clean(r + n, end)) {
      S_say(st, "une demi-heure");
      return r + n;
    }
  }
  if (r == q || !k || !S_ends_clean(r + k, end))
    return NULL;
  if (st->prev_number)
    return NULL; /* "2 ½ heures" is "deux heures et demie" */
  /* "1/2 l de lait": the unit written short (and "une 1/2 h") */
  if ((k == 1 && (*r == 'l' || *r == 'h')) ||
      (k == 2 && r[0] == 'k' && r[1] == 'g')) {
    int art = st->prev_word && !st->prev_number &&
              S_in(st->prev_word, st->prev_len, articles) >= 0;
    /* ("en 1/2 h" is "en une demi-heure") */
    if (*r == 'h' && art && (S_eq(st->prev_word, st->prev_len, "en") ||
                             S_eq(st->prev_word, st->prev_len, "En")))
      art = 0;
    const char *half = *r == 'h' ? "demi-heure"
                       : k == 1  ? "demi-litre"
                                 : "demi-kilo";
    if (!art)
      S_say(st, *r == 'h' ? "une" : "un");
    S_say(st, half);
    return r + k;
  }
  /* a spoon: "½ c. à c. de sel" is "une demi-cuillère à café" */
  {
    static const char *const spoons[] = {"c. à c.", "c. à s.", "càc", "càs",
                                         "cuil. à café", "cuil. à soupe",
                                         NULL};
    for (size_t i = 0; spoons[i]; i++) {
      size_t n = strlen(spoons[i]);
      if (S_starts(r, end, spoons[i]) && S_ends_clean(r + n, end)) {
        int art = st->prev_word && S_in(st->prev_word, st->prev_len,
                                        articles) >= 0;
        breve_buf w = {0};
        breve_buf_puts(&w, art ? "demi-cuill\xc3\xa8re \xc3\xa0 "
                               : "une demi-cuill\xc3\xa8re \xc3\xa0 ");
        breve_buf_puts(&w, i % 2 ? "soupe" : "caf\xc3\xa9");
        S_say_buf(st, &w);
        return r + n;
      }
    }
  }
  /* the race: "champion de 1/2 fond" is "de demi-fond"; a fare: "½
   * tarif" is "demi-tarif" */
  /* (and milk: "lait 1/2 écrémé" is "demi-écrémé") */
  if (S_eq(r, k, "écrémé") || S_eq(r, k, "écrémée")) {
    S_say(st, k == 9 ? "demi-écrémé" : "demi-écrémée");
    return r + k;
  }
  if (S_eq(r, k, "fond") || S_eq(r, k, "tarif") || S_eq(r, k, "prix") ||
      S_eq(r, k, "pension") || S_eq(r, k, "temps") || S_eq(r, k, "chaussée")) {
    /* (and a hotel's board: "½ pension" is "demi-pension"; a job: "un
     * poste à 1/2 temps" is "à mi-temps"; roadworks: "circulation sur ½
     * chaussée") */
    S_say(st, *r == 'f'                  ? "demi-fond"
              : *r == 't' && r[1] == 'a' ? "demi-tarif"
              : *r == 't'                ? "mi-temps"
              : *r == 'c'                ? "demi-chaussée"
              : k == 7                   ? "demi-pension"
                                         : "demi-prix");
    return r + k;
  }
  size_t ks = k > 2 && r[k - 1] == 's' ? k - 1 : k; /* "demi-finales" */
  /* (or a noun of known gender: "½ tomme", "½ pomme", or of a feminine
   * ending: "½ ration") */
  char gd = ks ? S_gender(r, ks) : 0;
  int fem = S_in(r, ks, fem_noun) >= 0 || gd == 'f' ||
            (!gd && S_feminine_noun(r, k, 1));
  /* (or any noun in small letters after "un" or "une", which tells its
   * gender: "un 1/2 poste de psychologue") */
  int un = st->prev_word && !st->prev_number &&
           st->prev_word + st->prev_len + 1 + 3 <= q &&
           (S_eq(st->prev_word, st->prev_len, "un") ||
            S_eq(st->prev_word, st->prev_len, "une")) &&
           *r >= 'a' && *r <= 'z';
  if (un)
    fem = st->prev_len == 3;
  if (!un && !fem && S_in(r, ks, masc_noun) < 0 && gd != 'm')
    return NULL;
  /* a round of a competition has none: "½ finale ce soir", as "1/2
   * finale" */
  /* (a time taken has its "une": "en ½ heure", "en 1/2 journée", but "en
   * 1/2 finale", "en ½ pension") */
  static const char *const spans[] = {"heure", "journée", "minute",
                                      "seconde", NULL};
  int has_article = (st->prev_word && !st->prev_number &&
                     S_in(st->prev_word, st->prev_len, articles) >= 0 &&
                     !((S_eq(st->prev_word, st->prev_len, "en") ||
                        S_eq(st->prev_word, st->prev_len, "En")) &&
                       S_in(r, ks, spans) >= 0)) ||
                    S_eq(r, ks, "finale");
  breve_buf w = {0};
  breve_buf_puts(&w, has_article ? "demi-" : fem ? "une demi-" : "un demi-");
  breve_buf_put(&w, r, k);
  S_say_buf(st, &w);
  return r + k;
}

/* Any number at p (a digit at a word start). */
/* Whether a year (19xx or 20xx) follows the blanks at p: "T3 2026". */
static int S_year_follows(const char *p, const char *end) {
  size_t b = S_blank(p, end);
  const char *y = p + b;
  return b && S_digits(y, end) == 4 && (y[0] == '1' || y[0] == '2') &&
         (y[1] == '9' || y[1] == '0') && S_ends_clean(y + 4, end);
}

static const char *S_rule_number(S_st *st, const char *p) {
  const char *end = st->end, *q;
  /* codes: "FR0001234567" (an ISIN) digit by digit, after its letters */
  {
    size_t d = S_digits(p, end);
    if (st->glued && d >= 8 && d <= 16 && S_ends_clean(p + d, end)) {
      breve_buf w = {0};
      breve_fr_digits(&w, p, d);
      S_say_buf(st, &w);
      return p + d;
    }
  }
  /* a code to type, digit by digit: "le code 482 915", "votre code :
   * 739204", and a card's last digits after its masked ones, "carte
   * ****4821" (not "le code postal 75001") */
  {
    int masked = p > st->line && p[-1] == '*';
    int code = st->prev_word && !st->prev_number &&
               (S_eq(st->prev_word, st->prev_len, "code") ||
                S_eq(st->prev_word, st->prev_len, "Code")) &&
               st->prev_word + st->prev_len < p &&
               p - (st->prev_word + st->prev_len) <= 3;
    char dg[12];
    size_t nd = 0;
    const char *g = p;
    if (masked || code) {
      size_t d = S_digits(g, end);
      /* (six digits may come in two threes) */
      if (d == 3 && g + 4 < end && g[3] == ' ' && S_digits(g + 4, end) == 3) {
        memcpy(dg, g, 3);
        memcpy(dg + 3, g + 4, 3);
        nd = 6;
        g += 7;
      } else if (d >= 4 && d <= 10 && d != 5) {
        memcpy(dg, g, d);
        nd = d;
        g += d;
      }
    }
    if (nd && S_ends_clean(g, end)) {
      /* (digit by digit, a pause after each: "sept, sept, zéro, zéro") */
      breve_buf w = {0};
      for (size_t i = 0; i < nd; i++) {
        if (i)
          breve_buf_putc(&w, ',');
        breve_fr_digits(&w, dg + i, 1);
      }
      S_say_buf(st, &w);
      return g;
    }
  }
  /* company numbers by threes: "SIREN 412 345 678", "RCS Nanterre 412 345
   * 678", "SIRET 412 345 678 00012" */
  {
    const char *from = p - st->line > 40 ? p - 40 : st->line;
    int reg = 0;
    for (const char *t = from; t + 4 <= p && !reg; t++)
      reg = !memcmp(t, "RCS ", 4) ||
            (t + 5 <= p && (!memcmp(t, "SIREN", 5) || !memcmp(t, "SIRET", 5)));
    const char *g = p;
    int groups = 0;
    while (reg && groups < 3 && S_digits(g, end) == 3) {
      groups++;
      g += 3;
      if (groups < 3 && g + 1 < end && (*g == ' ' || *g == '.') &&
          S_is_digit(g[1]))
        g++;
      else
        break;
    }
    if (groups == 3) {
      breve_buf w = {0};
      for (const char *t = p; t < g; t += 4) {
        uint64_t x;
        if (t > p)
          breve_buf_putc(&w, ',');
        breve_fr_parse_u64(t, 3, &x);
        if (*t == '0')
          breve_fr_digits(&w, t, 3);
        else
          breve_fr_cardinal(&w, x, 0);
      }
      if (g + 1 < end && *g == ' ' && S_digits(g + 1, end) == 5) {
        breve_buf_putc(&w, ','); /* the SIRET's last five digits */
        breve_fr_digits(&w, g + 1, 5);
        g += 6;
      }
      if (S_ends_clean(g, end)) {
        S_say_buf(st, &w);
        return g;
      }
      breve_buf_free(&w);
    }
  }
  /* results over months: "9M 2026" is "neuf mois deux mille vingt-six" */
  {
    size_t d = S_digits(p, end);
    if (d && d <= 2 && p + d < end && p[d] == 'M' &&
        S_ends_clean(p + d + 1, end) && S_year_follows(p + d + 1, end)) {
      uint64_t m;
      breve_buf w = {0};
      breve_fr_parse_u64(p, d, &m);
      breve_fr_cardinal(&w, m, 0);
      breve_buf_puts(&w, " mois");
      S_say_buf(st, &w);
      return p + d + 1;
    }
  }
  /* a planet by its star: "TRAPPIST-1e", "Kepler-22b" (not "premier") */
  if (p - st->line >= 4 && p[-1] == '-' && S_alnum_at(p - 4, end) &&
      !S_is_digit(p[-2]) && !S_is_digit(p[-3]) && !S_is_digit(p[-4])) {
    size_t d = S_digits(p, end);
    if (d <= 4 && p + d < end && p[d] >= 'b' && p[d] <= 'g' &&
        S_ends_clean(p + d + 1, end)) {
      uint64_t v;
      breve_buf w = {0};
      breve_fr_parse_u64(p, d, &v);
      breve_fr_cardinal(&w, v, 0);
      breve_buf_putc(&w, ' ');
      breve_buf_putc(&w, (char)(p[d] - 'a' + 'A'));
      S_say_buf(st, &w);
      return p + d + 1;
    }
  }
  /* an engine by its size in litres: "1.5 dCi" is "un litre cinq",
   * "2.0 TDI" "deux litres" */
  if (p + 3 < end && p[1] == '.' && S_is_digit(p[2]) && !S_is_digit(p[3]) &&
      !(p > st->line && (S_is_digit(p[-1]) || p[-1] == '.'))) {
    static const char *const engines[] = {
        "dCi",  "TDI",    "TSI", "TFSI",     "HDi",     "BlueHDi", "TCe",
        "SCe",  "PureTech", "VTi", "THP",    "CDI",     "CRDi",    "TDCi",
        "JTD",  "MultiJet", "EcoBoost", "TGI", "VTEC",  "Blue",    NULL};
    const char *c = p + 3 + S_blank(p + 3, end);
    size_t n = S_letters(c, end);
    if (c > p + 3 && n && S_in(c, n, engines) >= 0) {
      breve_buf w = {0};
      breve_fr_cardinal(&w, (uint64_t)(p[0] - '0'), 0);
      breve_buf_puts(&w, p[0] == '1' ? " litre" : " litres");
      if (p[2] != '0') {
        breve_buf_putc(&w, ' ');
        breve_fr_cardinal(&w, (uint64_t)(p[2] - '0'), 0);
      }
      S_say_buf(st, &w);
      return p + 3;
    }
  }
  /* a memory generation glued to its capitals: "HBM3e", "LPDDR5x" are
   * "trois e", "cinq x", not an ordinal nor "fois" */
  if (p > st->line && S_is_upper_ascii(p[-1])) {
    size_t d = S_digits(p, end);
    if (d <= 2 && p + d < end && (p[d] == 'e' || p[d] == 'x') &&
        !S_alnum_at(p + d + 1, end)) {
      breve_buf w = {0};
      uint64_t v;
      breve_fr_parse_u64(p, d, &v);
      breve_fr_cardinal(&w, v, 0);
      breve_buf_puts(&w, p[d] == 'e' ? " e" : " x");
      S_say_buf(st, &w);
      return p + d + 1;
    }
  }
  /* an extension after a phone number: "01 49 95 81 23 poste 4521" is
   * "poste quarante-cinq, vingt et un" */
  if (st->prev_word && S_eq(st->prev_word, st->prev_len, "poste") &&
      S_digits(p, end) == 4 && *p != '0' && S_ends_clean(p + 4, end)) {
    size_t digits = 0;
    for (const char *c = st->line; c < st->prev_word; c++)
      digits += S_is_digit(*c);
    if (digits >= 10) {
      breve_buf w = {0};
      S_say_service(&w, p, 1);
      S_say_buf(st, &w);
      return p + 4;
    }
  }
  st->in_list = st->num_list;
  st->num_list = 0;
  if ((q = S_rule_fixed(st, p)))
    return q;
  if ((q = S_rule_phone(st, p)) || (q = S_rule_date(st, p)) ||
      (q = S_rule_daylist(st, p)) || (q = S_rule_time(st, p)) ||
      (q = S_rule_version(st, p)))
    return q;
  /* three small numbers or more between slashes that are no date are a
   * list: "lignes 1/2/3", "bus 12/15/21" are "un, deux, trois" */
  {
    const char *c = p;
    int parts = 0;
    while (c < end && S_digits(c, end) >= 1 && S_digits(c, end) <= 2) {
      c += S_digits(c, end);
      parts++;
      if (!(c + 1 < end && *c == '/' && S_is_digit(c[1])))
        break;
      c++;
    }
    if (parts >= 3 && S_ends_clean(c, end) && !(c < end && *c == '/')) {
      breve_buf w = {0};
      for (const char *d = p; d < c;) {
        uint64_t v = 0;
        size_t k = S_digits(d, end);
        breve_fr_parse_u64(d, k, &v);
        if (d > p)
          breve_buf_putc(&w, ',');
        breve_fr_cardinal(&w, v, 0);
        d += k + (d + k < c);
      }
      S_say_buf(st, &w);
      return c;
    }
  }
  uint64_t num, den;
  /* a season by its two years: "la saison 26/27" is "vingt-six
   * vingt-sept", "2026/27" "deux mille vingt-six vingt-sept" (a year
   * and the next written short is a season anywhere: "la récolte
   * 2025/26") */
  size_t a4 = S_digits(p, end);
  if ((st->prev_word && (S_eq(st->prev_word, st->prev_len, "saison") ||
                         S_eq(st->prev_word, st->prev_len, "Saison"))) ||
      a4 == 4) {
    size_t a = a4;
    if ((a == 2 || a == 4) && p + a + 3 <= end && p[a] == '/' &&
        S_digits(p + a + 1, end) == 2 && S_ends_clean(p + a + 3, end) &&
        breve_fr_parse_u64(p, a, &num) &&
        breve_fr_parse_u64(p + a + 1, 2, &den) && den &&
        den == (num + 1) % 100 && (a == 2 || num >= 1900)) {
      breve_buf w = {0};
      breve_fr_cardinal(&w, num, 0);
      breve_fr_cardinal(&w, den, 0);
      S_say_buf(st, &w);
      return p + a + 3;
    }
  }
  /* a show by its hours: "le 7/9 de France Inter" is "le sept neuf" */
  if (st->prev_word && (S_eq(st->prev_word, st->prev_len, "le") ||
                        S_eq(st->prev_word, st->prev_len, "Le"))) {
    size_t a = S_digits(p, end), b2;
    if ((a == 1 || a == 2) && p + a + 1 < end && p[a] == '/' &&
        (b2 = S_digits(p + a + 1, end)) >= 1 && b2 <= 2) {
      /* and the evening news: "le 19/20 de France 3", "le 12/13" */
      const char *e = p + a + 1 + b2;
      uint64_t h1 = 0, h2 = 0;
      breve_fr_parse_u64(p, a, &h1);
      breve_fr_parse_u64(p + a + 1, b2, &h2);
      const char *c = e + S_blank(e, end);
      /* (the evening news is known by name: "dans le 19/20 ce soir") */
      int named = (h1 == 19 && h2 == 20) || (h1 == 12 && h2 == 13);
      int show =
          h2 > h1 && h2 <= 24 && h2 - h1 <= 4 && h1 >= 6 &&
          S_ends_clean(e, end) &&
          (c >= end || named ||
           (S_starts(c, end, "de ") &&
            (S_upper_at(c + 3, end) || S_is_digit(c[3]))) ||
           (S_starts(c, end, "d'") && S_upper_at(c + 2, end)) ||
           S_starts(c, end, "\xc2\xbb") || *c == '"');
      if (show) {
        breve_buf w = {0};
        breve_fr_cardinal(&w, h1, 0);
        breve_fr_cardinal(&w, h2, 0);
        S_say_buf(st, &w);
        return e;
      }
    }
  }
  /* two sizes: "taille 36/38" is "trente-six trente-huit" */
  if (st->prev_word && (S_eq(st->prev_word, st->prev_len, "taille") ||
                        S_eq(st->prev_word, st->prev_len, "tailles") ||
                        S_eq(st->prev_word, st->prev_len, "pointure"))) {
    size_t a = S_digits(p, end), b2;
    if (a == 2 && p + 3 < end && p[2] == '/' &&
        (b2 = S_digits(p + 3, end)) == 2 && S_ends_clean(p + 5, end)) {
      uint64_t s1, s2;
      breve_buf w = {0};
      breve_fr_parse_u64(p, 2, &s1);
      breve_fr_parse_u64(p + 3, 2, &s2);
      breve_fr_cardinal(&w, s1, 0);
      breve_fr_cardinal(&w, s2, 0);
      S_say_buf(st, &w);
      return p + 5;
    }
  }
  /* a screen format: "16/9" is "seize neuvièmes", "4/3" "quatre tiers" */
  static const char *const screens[] = {"écran", "écrans", "en", "En", "image",
                                        "images", "téléviseur", NULL};
  int known = S_starts(p, end, "16/9") || S_starts(p, end, "4/3") ||
              S_starts(p, end, "21/9") || S_starts(p, end, "16/10");
  if (st->prev_word && !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "format") ||
       S_eq(st->prev_word, st->prev_len, "formats") ||
       (known && S_in(st->prev_word, st->prev_len, screens) >= 0))) {
    size_t a = S_digits(p, end), b;
    if (a && a <= 2 && p + a + 1 < end && p[a] == '/' &&
        (b = S_digits(p + a + 1, end)) >= 1 && b <= 2 &&
        S_ends_clean(p + a + 1 + b, end)) {
      breve_fr_parse_u64(p, a, &num);
      breve_fr_parse_u64(p + a + 1, b, &den);
      if (num > den && den >= 2) {
        breve_buf w = {0};
        S_fraction_words(&w, num, den);
        S_say_buf(st, &w);
        return p + a + 1 + b;
      }
    }
  }
  /* more than one whole, standing alone or before what it measures: "7/3"
   * is "sept tiers", "les 5/4 du budget" "les cinq quarts" (not a date
   * after "le": "le 7/3") */
  {
    size_t a = S_digits(p, end), b;
    if (a && a <= 2 && p + a + 1 < end && p[a] == '/' &&
        (b = S_digits(p + a + 1, end)) == 1 && S_ends_clean(p + a + 2, end) &&
        breve_fr_parse_u64(p, a, &num) &&
        breve_fr_parse_u64(p + a + 1, 1, &den) && num > den && den >= 2 &&
        num <= 20) {
      const char *r = p + a + 2;
      int alone = p == st->line && r == end;
      int of = r < end && *r == ' ' &&
               (S_starts(r + 1, end, "de ") || S_starts(r + 1, end, "des ") ||
                S_starts(r + 1, end, "du ") || S_starts(r + 1, end, "d'") ||
                S_starts(r + 1, end, "d\xe2\x80\x99")) &&
               st->prev_word &&
               (S_eq(st->prev_word, st->prev_len, "les") ||
                S_eq(st->prev_word, st->prev_len, "Les"));
      if (alone || of) {
        breve_buf w = {0};
        S_fraction_words(&w, num, den);
        S_say_buf(st, &w);
        return r;
      }
    }
  }
  /* a tie-break: "7-6 (10/8)" is "sept six, dix huit" */
  if (S_tiebreak(st, p)) {
    breve_buf w = {0};
    size_t d1 = S_digits(p, end), d2 = S_digits(p + d1 + 1, end);
    uint64_t x, y;
    breve_fr_parse_u64(p, d1, &x);
    breve_fr_parse_u64(p + d1 + 1, d2, &y);
    breve_fr_cardinal(&w, x, 0);
    breve_fr_cardinal(&w, y, 0);
    S_say_buf(st, &w);
    return p + d1 + 1 + d2;
  }
  /* sets of a tennis match typed with slashes: "6/4, 6/3" */
  if (p + 2 < end && p[1] == '/' && S_tennis(st, p, p + 2)) {
    breve_buf w = {0};
    breve_fr_cardinal(&w, (uint64_t)(p[0] - '0'), 0);
    breve_fr_cardinal(&w, (uint64_t)(p[2] - '0'), 0);
    S_say_buf(st, &w);
    return p + 3;
  }
  /* "la guerre de 14/18" is read as the war, below */
  int war = (S_starts(p, end, "14/18") || S_starts(p, end, "39/45")) &&
            S_ends_clean(p + 5, end) && st->prev_word &&
            ((S_eq(st->prev_word, st->prev_len, "de") &&
              st->prev_word - st->line >= 7 &&
              !memcmp(st->prev_word - 7, "guerre ", 7)) ||
             S_eq(st->prev_word, st->prev_len, "guerre") ||
             S_eq(st->prev_word, st->prev_len, "Guerre"));
  /* odds: "une cote de 5/1", "à 4/1" are "cinq contre un", and any
   * pair after "cote": "cote 5/2" (but "le ratio 3/1" is "trois sur un") */
  {
    size_t d1 = S_digits(p, end), d2;
    if (d1 && d1 <= 3 && p + d1 + 1 < end && p[d1] == '/' &&
        (d2 = S_digits(p + d1 + 1, end)) >= 1 && d2 <= 2 &&
        S_ends_clean(p + d1 + 1 + d2, end) &&
        st->prev_word && !st->prev_number &&
        (S_eq(st->prev_word, st->prev_len, "cote") ||
         S_eq(st->prev_word, st->prev_len, "coté") ||
         (d2 == 1 && p[d1 + 1] == '1' && !(d1 == 1 && *p == '1') &&
          (S_eq(st->prev_word, st->prev_len, "à") ||
           (S_eq(st->prev_word, st->prev_len, "de") &&
            st->prev_word - st->line >= 5 &&
            !memcmp(st->prev_word - 5, "cote ", 5)))))) {
      uint64_t x, y;
      breve_fr_parse_u64(p, d1, &x);
      breve_fr_parse_u64(p + d1 + 1, d2, &y);
      S_say_two(st, x, " contre", y);
      return p + d1 + 1 + d2;
    }
  }
  /* a fraction standing alone on its line: "11/20" is "onze vingtièmes"
   * (16 token-set cases; with words around it, "une note de 11/20" is a
   * mark, "onze sur vingt") */
  if (!war && p == st->line) {
    size_t a = S_digits(p, end), b;
    uint64_t x, y;
    if (a && a <= 2 && p + a + 1 < end && p[a] == '/' && *p != '0' &&
        (b = S_digits(p + a + 1, end)) == 2 && p + a + 1 + b == end &&
        breve_fr_parse_u64(p, a, &x) && breve_fr_parse_u64(p + a + 1, 2, &y) &&
        x > 1 && x < y && y > 12 && y <= 20) {
      breve_buf w = {0};
      S_fraction_words(&w, x, y);
      S_say_buf(st, &w);
      return end;
    }
  }
  /* a commercial lease, "un bail 3/6/9", is "trois, six, neuf" (its three
   * terms) */
  if (S_starts(p, end, "3/6/9") && !S_alnum_at(p + 5, end) && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "bail") ||
       S_eq(st->prev_word, st->prev_len, "baux"))) {
    S_say(st, "trois, six, neuf");
    return p + 5;
  }
  /* a split of a hundred: "un partage 70/30", "hommes/femmes : 55/45"
   * are "soixante-dix, trente" (not a size: "40/60 cm") */
  if (S_digits(p, end) == 2 && p + 5 <= end && p[2] == '/' &&
      S_digits(p + 3, end) == 2 && S_ends_clean(p + 5, end) &&
      !(p + 5 < end && (p[5] == '/' || p[5] == ',' || p[5] == '.') &&
        S_alnum_at(p + 6, end)) &&
      (p == st->line || (p[-1] != '/' && p[-1] != ',' && p[-1] != '.'))) {
    uint64_t sa = (uint64_t)((p[0] - '0') * 10 + p[1] - '0'),
             sb = (uint64_t)((p[3] - '0') * 10 + p[4] - '0');
    const char *ua, *un = p + 5 + S_blank(p + 5, end);
    if (sa >= 10 && sb >= 10 && sa != sb && sa + sb == 100 &&
        !(un > p + 5 && S_unit_at(un, end, 1, &ua))) {
      breve_buf w = {0};
      breve_fr_cardinal(&w, sa, 0);
      breve_buf_putc(&w, ',');
      breve_fr_cardinal(&w, sb, 0);
      S_say_buf(st, &w);
      return p + 5;
    }
  }
  /* a time signature: "une valse à 3/4", "un morceau en 6/8" are
   * "trois-quatre", "six-huit", on a line about music (and "une gigue
   * en 12/8", "à 5/16") */
  size_t sn = S_digits(p, end), sd = p + sn < end && p[sn] == '/'
                                         ? S_digits(p + sn + 1, end)
                                         : 0;
  uint64_t sx = 0, sy = 0;
  if (sn && sn <= 2 && sd && sd <= 2 && *p != '0' &&
      breve_fr_parse_u64(p, sn, &sx) && sx <= 12 &&
      breve_fr_parse_u64(p + sn + 1, sd, &sy) &&
      (sy == 2 || sy == 4 || sy == 8 || sy == 16) &&
      S_ends_clean(p + sn + 1 + sd, end) && st->prev_word &&
      !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "\xc3\xa0") ||
       S_eq(st->prev_word, st->prev_len, "en"))) {
    static const char *const music[] = {"mesure", "valse", "morceau",
                                        "rythme", "tempo", "musique",
                                        "chanson", "partition", "mélodie",
                                        /* and dances in it */
                                        "gigue", "menuet", "gavotte",
                                        "marche", "sicilienne", "mazurka",
                                        "polka", "tarentelle", "boléro",
                                        /* and parts of a work */
                                        "mouvement", "le finale",
                                        "un finale", "sonate",
                                        "symphonie", "concerto", "scherzo",
                                        "prélude", "allegro", "andante",
                                        "adagio", "presto", "danse",
                                        /* and jazz's forms */
                                        "blues", "jazz", "swing", "thème",
                                        "groove", "riff", "funk", "tango",
                                        "samba", "salsa", "rumba", NULL};
    /* (not a share of something: "à 3/4 des élèves") */
    const char *af = p + sn + 1 + sd;
    int of = (S_starts(af, end, " de ") && !S_upper_at(af + 4, end)) ||
             S_starts(af, end, " des ") || S_starts(af, end, " du ") ||
             S_starts(af, end, " d'");
    if (!of && S_line_has_any(st, music)) {
      breve_buf w = {0}, b = {0};
      breve_fr_cardinal(&w, sx, 0);
      breve_fr_cardinal(&b, sy, 0);
      breve_buf_putc(&w, '-');
      if (b.ptr)
        breve_buf_puts(&w, b.ptr);
      breve_buf_free(&b);
      S_say_buf(st, &w);
      return p + sn + 1 + sd;
    }
  }
  if (!war && (q = S_fraction_at(p, end, &num, &den))) {
    /* ages: "les 6/11 ans" are "six à onze ans"; so many people or
     * places: "un chalet 6/8 pers.", "un gîte 4/6 personnes" */
    static const char *const span_of[] = {
        "ans", "pers", "personnes", "places", "couchages", "convives", NULL};
    size_t ks0 = q < end && *q == ' ' ? S_letters(q + 1, end) : 0;
    if (num < den && den <= 30 && ks0 && S_in(q + 1, ks0, span_of) >= 0 &&
        !S_alnum_at(q + 1 + ks0, end)) {
      S_say_two(st, num, " \xc3\xa0", den);
      return q;
    }
    /* numbered posts: "un fil (1/5)" is "un sur cinq" */
    if (num <= den && p - st->line >= 2 && p[-1] == '(') {
      static const char *const posts[] = {"fil", "thread", "tweet", "post",
                                          "message", NULL};
      const char *e = p - 1, *b;
      while (e > st->line && e[-1] == ' ')
        e--;
      b = e;
      while (b > st->line && b[-1] >= 'a' && b[-1] <= 'z')
        b--;
      if (b < e && S_in(b, (size_t)(e - b), posts) >= 0) {
        S_say_two(st, num, " sur", den);
        return q;
      }
    }
    /* "3 ans 1/2", "2 heures 1/2": "trois ans et demi", "deux heures et
     * demie" */
    static const char *const masc[] = {
        "ans",    "an",    "mois",   "jours", "jour",    "kilos",  "kilo",
        "litres", "litre", "mètres", "mètre", "siècles", "siècle", "verres",
        "verre",  "tours", "tour",   "kg",    "km",      "l",      NULL};
    static const char *const fem[] = {
        "heures", "heure", "semaines",  "semaine",  "minutes",   "minute",
        "tonnes", "tonne", "journées",  "journée",  "longueurs", "longueur",
        "tasses", "tasse", "cuillères", "cuillère", "h",         NULL};
    int m = 0, f = 0, et = 0;
    if (num == 1 && den == 2 && p - st->line >= 3 && p[-1] == ' ') {
      /* the word written before, after a number ("1 h 1/2") or not */
      const char *e = p - 1, *b = e;
      while (b > st->line && ((b[-1] >= 'a' && b[-1] <= 'z') ||
                              (unsigned char)b[-1] >= 0x80))
        b--;
      /* (or before "et": "4 ans et 1/2") */
      if (e - b == 2 && b[0] == 'e' && b[1] == 't' && b - st->line >= 3 &&
          b[-1] == ' ') {
        et = 1;
        e = b - 1, b = e;
        while (b > st->line && ((b[-1] >= 'a' && b[-1] <= 'z') ||
                                (unsigned char)b[-1] >= 0x80))
          b--;
      }
      m = b < e && S_in(b, (size_t)(e - b), masc) >= 0;
      f = b < e && S_in(b, (size_t)(e - b), fem) >= 0;
      if ((m || f) && e - b <= 2 &&
          !(b - st->line >= 2 && b[-1] == ' ' && S_is_digit(b[-2])))
        m = f = 0; /* a unit only after its number */
    }
    if (m || f) {
      S_say(st, et ? (f ? "demie" : "demi") : f ? "et demie" : "et demi");
      return q;
    }
    const char *h;
    int was_number = st->prev_number;
    st->prev_number = 0; /* the fraction is the number: "1/2 l de lait" */
    h = num == 1 && den == 2 ? S_half_noun(st, q) : NULL;
    st->prev_number = was_number;
    if (h)
      return h;
    /* half of a whole: "1/2 des voix" is "la moitié des voix", "la 1/2
     * du carré" "la moitié" (not after another article: "le 1/2 des") */
    if (num == 1 && den == 2 &&
        (S_starts(q, end, " des ") || S_starts(q, end, " du ") ||
         S_starts(q, end, " de la ") || S_starts(q, end, " de l'"))) {
      int art = st->prev_word && !st->prev_number &&
                st->prev_word + st->prev_len + 1 == p;
      int la = art && (S_eq(st->prev_word, st->prev_len, "la") ||
                       S_eq(st->prev_word, st->prev_len, "La"));
      if (la || !(art && (S_eq(st->prev_word, st->prev_len, "le") ||
                          S_eq(st->prev_word, st->prev_len, "un") ||
                          S_eq(st->prev_word, st->prev_len, "au")))) {
        S_say(st, la ? "moiti\xc3\xa9" : "la moiti\xc3\xa9");
        return q;
      }
    }
    /* "1/4 h", "3/4 h": a quarter of an hour */
    const char *r = q + S_blank(q, end);
    if ((den == 4 || den == 2) && r > q && r < end && *r == 'h' &&
        S_ends_clean(r + 1, end)) {
      /* (after "un" already written: "un 1/4 h") */
      int one = st->prev_word && !st->prev_number &&
                st->prev_word + st->prev_len + 1 == p &&
                (S_eq(st->prev_word, st->prev_len, "un") ||
                 S_eq(st->prev_word, st->prev_len, "une"));
      S_say(st, den == 2 ? (one ? "demi-heure" : "une demi-heure")
                : num == 1 ? (one ? "quart d'heure" : "un quart d'heure")
                           : "trois quarts d'heure");
      return r + 1;
    }
    /* a trial across two phases: "la phase 1/2" is "un deux" */
    if (den == num + 1 && den <= 4 && st->prev_word && !st->prev_number &&
        (S_eq(st->prev_word, st->prev_len, "phase") ||
         S_eq(st->prev_word, st->prev_len, "Phase"))) {
      S_say_two(st, num, "", den);
      return q;
    }
    /* "un 1/4 d'heure", "le 1/3 des sièges": the article is the one */
    /* (and "le premier 1/3 de la montée", "un dernier 1/4 d'heure") */
    static const char *const dets[] = {"un",      "Un",      "le", "Le",
                                       "ce",      "Ce",      "du", "au",
                                       "chaque",  "premier", "dernier",
                                       "second",  NULL};
    /* (and "un bon 1/3 des fruits", "un petit 1/4 d'heure") */
    static const char *const adjs[] = {"bon", "petit", "gros", "grand",
                                       "large", "bref", NULL};
    const char *dw = st->prev_word;
    size_t dl = st->prev_len;
    if (num == 1 && dw && !st->prev_number && dw + dl + 1 == p &&
        S_in(dw, dl, adjs) >= 0 && dw - st->line >= 3 && dw[-1] == ' ') {
      const char *b0 = dw - 1;
      while (b0 > st->line && S_alnum_at(b0 - 1, end))
        b0--;
      dw = b0, dl = (size_t)(st->prev_word - 1 - b0);
    }
    if (num == 1 && den >= 3 && dw && !st->prev_number &&
        (dw != st->prev_word || dw + dl + 1 == p) &&
        S_in(dw, dl, dets) >= 0) {
      /* and "un 1/100e de seconde" is "un centième" */
      breve_buf w = {0};
      if (den <= 4)
        breve_buf_puts(&w, den == 4 ? "quart" : "tiers");
      else
        breve_fr_ordinal(&w, den, 0, 0);
      /* (of a unit: "une pose au 1/250 s" is "au deux cent cinquantième
       * de seconde") */
      const char *ua, *us = q + S_blank(q, end);
      const S_unit *u = us > q ? S_unit_at(us, end, 1, &ua) : NULL;
      if (u && S_ends_clean(ua, end)) {
        breve_buf_puts(&w, strchr("aeiouéh", u->one[0]) ? " d'" : " de ");
        breve_buf_puts(&w, u->one);
        S_say_buf(st, &w);
        return ua;
      }
      S_say_buf(st, &w);
      return q;
    }
    /* marks: "une note de 7/10", "noté 15/20" are "sept sur dix"; a
     * fraction otherwise ("7/10", "3/10 des Français") */
    int mark = 0;
    /* a rating: "4/5 étoiles" is "quatre sur cinq", and a count of
     * successes: "5/7 aux tirs" */
    size_t ks = S_letters(r, end);
    if ((r > q && ks && (S_eq(r, ks, "étoiles") || S_eq(r, ks, "étoile"))) ||
        S_ratio_words(q, end))
      mark = 1;
    /* a part of a series: "épisode 4/6", "ép. 3/6", "volet 2/3", "la
     * page 3/10", "tome 2/4" */
    static const char *const series[] = {
        "épisode", "Épisode", "ép",    "Ép",     "volet",   "partie",
        "page",    "Page",    "tome",  "Tome",   "volume",  "chapitre",
        "étape",   "manche",  "p",     "vol",    "séance", "Séance",
        /* and a limited edition: "la pièce numérotée 1/250" */
        "numérotée", "numéroté", "exemplaire", NULL};
    if (st->prev_word && !st->prev_number &&
        S_in(st->prev_word, st->prev_len, series) >= 0)
      mark = 1;
    /* a rating or a count after a colon, ending the line: "Mbappé :
     * 8/10", "dribbles : 4/6", "Verdict : 4/5 !" (a share keeps its
     * fraction: "Part de l'État : 2/3", "Probabilité : 2/7") */
    if (num <= den && den >= 4 && den <= 100 && p - st->line >= 4 &&
        p[-1] == ' ' && p[-2] == ':') {
      const char *z = q + S_blank(q, end);
      if (z < end && (*z == '!' || *z == '.'))
        z++;
      const char *w = p - 3;
      while (w > st->line && w[-1] == ' ')
        w--;
      const char *w0 = w;
      while (w0 > st->line && (S_is_digit(w0[-1]) ||
                               S_is_upper_ascii(w0[-1]) ||
                               (w0[-1] >= 'a' && w0[-1] <= 'z') ||
                               (unsigned char)w0[-1] >= 0x80))
        w0--;
      static const char *const shares[] = {
          "part",       "Part",       "probabilité", "Probabilité",
          "répartition", "Répartition", "proportion", "Proportion",
          "majorité",   "Majorité",   "fraction",    NULL};
      if (z == end && w > w0 && S_in(w0, (size_t)(w - w0), shares) < 0)
        mark = 1;
    }
    /* a score, whatever its total: "un score de 7/9" */
    if (num <= den && st->prev_word && !st->prev_number &&
        S_eq(st->prev_word, st->prev_len, "de") &&
        st->prev_word - st->line >= 6 &&
        !memcmp(st->prev_word - 6, "score ", 6))
      mark = 1;
    /* ("n° 1/99": the first of ninety-nine) */
    if (num < den && p - st->line >= 4 &&
        (!memcmp(p - 4, "n\xc2\xb0 ", 4) || !memcmp(p - 4, "N\xc2\xb0 ", 4)))
      mark = 1;
    if (num > 1 && (den == 4 || den == 5 || den == 10 || den == 20 ||
                    (den == 100 && num >= 10))) {
      static const char *const marks[] = {"note", "noté", "moyenne",
                                          "score", "évalu", "critique",
                                          "presse lui donne", "lui donne",
                                          "obtient", "obtenu",
                                          "risque",
                                          "niveau", "indice", "réussi",
                                          "avis", "Niveau", "Note", NULL};
      const char *from = p - st->line > 40 ? p - 40 : st->line;
      for (int i = 0; marks[i] && !mark; i++) {
        size_t k = strlen(marks[i]);
        for (const char *t = from; t + k <= p && !mark; t++)
          mark = !memcmp(t, marks[i], k);
      }
      /* and after it: "4/5 pour la critique" */
      if (!mark && (S_starts(q, end, " pour la critique") ||
                    S_starts(q, end, " selon la critique") ||
                    S_starts(q, end, " pour la presse") ||
                    /* a critic's: "3/5 pour Le Monde", "4/5 selon Télérama" */
                    ((den == 5 || den == 10 || den == 20) &&
                     (S_starts(q, end, " pour ") ||
                      S_starts(q, end, " selon ")) &&
                     S_upper_at(q + (q[1] == 'p' ? 6 : 7), end))))
        mark = 1;
    }
    /* a score out of a hundred: "noté 92/100" (not hundredths written
     * as such: "17/100e") */
    size_t kw = S_letters(r, end);
    if (num >= 10 && den == 100 && !kw && q[-1] != 'e')
      mark = 1;
    static const char *const of[] = {"des", "du", "de", "d", NULL};
    /* "un 4/5 de la critique": a fraction is not counted by "un" */
    /* (but "un 4/5e" is written as a fraction) */
    int one = num > 1 && st->prev_word && !st->prev_number &&
              (S_eq(st->prev_word, st->prev_len, "un") ||
               S_eq(st->prev_word, st->prev_len, "Un")) &&
              !(q[-1] == 'e' || q[-1] == 'E');
    if (one || (mark && !(r > q && kw && S_in(r, kw, of) >= 0))) {
      S_say_two(st, num, " sur", den);
      return q;
    }
    breve_buf w = {0};
    S_fraction_words(&w, num, den);
    /* a part of a unit: "une pose de 1/125 s" is "un cent vingt-cinquième
     * de seconde", "1/10 de ml" "un dixième de millilitre" */
    const char *ua, *us = r > q ? r : NULL;
    if (us && S_starts(us, end, "de ") && us + 3 < end)
      us += 3;
    const S_unit *u = us ? S_unit_at(us, end, 1, &ua) : NULL;
    if (u && S_ends_clean(ua, end) && num < den) {
      if (num == 1 && den == 2) { /* "à 1/2 km" is "un demi-kilomètre" */
        breve_buf_clear(&w);
        breve_buf_puts(&w, S_unit_fem(u) ? "une demi-" : "un demi-");
        breve_buf_puts(&w, u->one);
        S_say_buf(st, &w);
        return ua;
      }
      breve_buf_puts(&w, strchr("aeiouéh", u->one[0]) ? " d'" : " de ");
      breve_buf_puts(&w, u->one);
      S_say_buf(st, &w);
      return ua;
    }
    S_say_buf(st, &w);
    return q;
  }
  S_num n;
  if (!S_parse_num(p, end, &n))
    return NULL;
  /* a digit of a name does not take the groups after it: "vitamine D3
   * 100 000 UI", "la A4 200 km" */
  size_t d1 = S_digits(p, end);
  if (st->glued && n.grouped && d1 <= 3 && p + d1 < end && p[d1] != '.') {
    memset(&n, 0, sizeof n);
    n.start = p;
    memcpy(n.ip, p, d1);
    n.ipn = d1;
    n.end = p + d1;
  }
  return S_number_tail(st, &n, n.end);
}

/* ------------------------------------------------------------------ */
/* Rules on words                                                     */

static const char *const S_rulers[] = {
    "Louis",     "Henri",     "Henry",      "François",  "Charles",
    "Philippe",  "Napoléon",  "Jean",       "Paul",      "Pie",
    "Benoît",    "Léon",      "Grégoire",   "Clément",   "Innocent",
    "Urbain",    "Boniface",  "Sixte",      "Pierre",    "Élisabeth",
    "Elisabeth", "Elizabeth", "Édouard",    "Edouard",   "Edward",
    "Georges",   "George",    "Guillaume",  "Frédéric",  "Alexandre",
    "Nicolas",   "Catherine", "Ferdinand",  "Emmanuel",  "Richard",
    "Jacques",   "Alphonse",  "Carlos",     "Felipe",    "Gustave",
    "Rainier",   "Albert",    "Baudouin",   "Léopold",   "Harald",
    "Olav",      "Haakon",    "Christian",  "Frederik",  "Willem",
    "Mohammed",  "Hassan",    "Abdallah",   "Ramsès",    "Ptolémée",
    "Constantin", "Justinien", "Otton",     "Rodolphe",  "Maximilien",
    "Umberto",   "Victor",    "Isabelle",   "Marie",     "Jeanne",
    "Hugues",    "Robert",    "Raymond",    "Juan",      "Carl",
    "Gustav",    "Ivan",      "Mehmed",     "Sélim",     "Darius",
    "Amenhotep", "Thoutmôsis", "Séti",      "Léon",      "Calixte",
    "Eugène",    "Honorius",  "Adrien",     "Sylvestre", "Martin",
    "Étienne",   "Wilhelm",   "Friedrich",  "Elizabeth", "Anne",
    "Rama",      "Akihito",   "Vatican",    "Pomaré",    "Pomare",    "Saturn",
    "Apollo",    "Ariane",    "Khan",      "Félix",     "Clotaire",
    "Childéric", "Dagobert",  "Lothaire",  NULL};

/* Abbreviations: written form (without the final dot) and what is said.
 * `need`: 0 always, 1 before a capitalised word, 2 before a digit, 3 after
 * nothing in particular but the dot is required. */
typedef struct S_abbr {
  const char *w;
  int dot;   /* 0 no dot, 1 dot required, 2 dot optional */
  int need;
  const char *say;
} S_abbr;

static const S_abbr S_abbrs[] = {
    {"MM", 1, 0, "messieurs"},
    {"Mme", 2, 0, "madame"},
    {"Mmes", 2, 0, "mesdames"},
    {"Mlle", 2, 0, "mademoiselle"},
    {"Mlles", 2, 0, "mesdemoiselles"},
    {"Dr", 2, 0, "docteur"},
    {"Dre", 2, 1, "docteure"}, /* (not the rapper "Dr. Dre") */
    {"Drs", 2, 0, "docteurs"},
    {"Dres", 2, 0, "docteures"},
    {"Pr", 2, 1, "professeur"},
    {"Pre", 2, 1, "professeure"},
    {"Me", 0, 1, "maître"},
    {"Mes", 0, 1, "maîtres"},
    {"MMes", 0, 1, "maîtres"}, /* "MMes Lévy et Cohen" */
    {"Mgr", 2, 0, "monseigneur"},
    /* military ranks before a name: "le gal Burkhard", "le col Martin"
     * (not "le col du Galibier") */
    {"gal", 2, 1, "général"},
    {"col", 2, 1, "colonel"},
    {"lcl", 2, 1, "lieutenant-colonel"},
    {"cdt", 2, 1, "commandant"},
    {"cne", 2, 1, "capitaine"},
    {"ltn", 2, 1, "lieutenant"},
    {"Sr", 2, 1, "sœur"}, /* "Sr Marie-Claire" */
    {"card", 1, 1, "cardinal"},
    {"réal", 1, 1, "réalisateur"},
    {"Prof", 1, 1, "professeur"},
    {"adj", 2, 1, "adjudant"},
    {"Adj", 2, 1, "adjudant"},
    {"adc", 2, 1, "adjudant-chef"},
    {"sgt", 2, 1, "sergent"},
    {"St", 2, 1, "saint"},
    {"Ste", 2, 1, "sainte"},
    {"Hte", 2, 1, "haute"},  /* "en Hte-Savoie" */
    {"Htes", 2, 1, "hautes"}, /* "les Htes-Alpes" */
    {"Sts", 2, 1, "saints"},
    {"Stes", 2, 1, "saintes"},
    {"p", 1, 2, "page"},
    {"pp", 1, 2, "pages"},
    {"t", 1, 2, "tome"},
    {"vol", 1, 2, "volume"},
    {"chap", 1, 2, "chapitre"},
    {"art", 1, 2, "article"},
    {"Art", 1, 2, "article"},
    {"Chap", 1, 2, "chapitre"},
    {"al", 1, 2, "alinéa"},
    {"fig", 1, 2, "figure"},
    {"env", 1, 0, "environ"},        /* "env. 300", "3 kg env." */
    {"conso", 1, 0, "consommation"}, /* "la conso. moyenne" */
    {"esc", 1, 0, "escalier"},       /* "bât. B, esc. 2" */
    {"suppl", 1, 0, "supplément"},   /* "suppl. car : 15 €" */
    {"déj", 1, 0, "déjeuner"},       /* "petit-déj. inclus" */
    {"trad", 1, 0, "traduit"},       /* "trad. de l'anglais" */
    {"resp", 1, 0, "respectivement"},
    {"rte", 2, 1, "route"},   /* "8 rte de Lyon" */
    {"imp", 1, 0, "impasse"}, /* "3 imp. des Lilas" */
    {"dir", 1, 1, "direction"}, /* a conductor: "dir. Louis Langrée" */
    {"inv", 1, 0, "inventaire"}, /* a museum's "inv. n° 2026.4.17" */
    {"élec", 1, 0, "électricité"}, /* a pitch's "élec. 10 A" */
    {"sem", 1, 0, "semaine"}, /* "chaque sem." */
    {"dyn", 1, 0, "dynastie"},  /* "la XVIIIe dyn." */
    {"immat", 1, 0, "immatriculation"}, /* "1re immat. 2023" */
    {"mod", 1, 2, "modèle"},            /* "mod. 2027" */
    {"ca", 1, 2, "circa"},      /* a date: "ca. 1350 av. J.-C." */
    {"douz", 1, 0, "douzaine"}, /* "3 € la douz." */
    {"dz", 1, 0, "douzaine"},   /* "6 € la dz." */
    {"prol", 1, 0, "prolongation"}, /* "victoire après prol." */
    {"Univ", 1, 0, "université"}, /* "Univ. de Strasbourg" */
    {"univ", 1, 0, "université"},
    {"sect", 1, 0, "section"},  /* a land register's "sect. AB n° 147" */
    {"Env", 1, 2, "environ"},
    {"av", 1, 1, "avenue"},
    {"Av", 1, 1, "avenue"}, /* "Av. Foch" */
    {"bd", 2, 1, "boulevard"},
    {"boul", 1, 1, "boulevard"}, /* Quebec's "boul. Saint-Laurent" */
    {"dpt", 2, 0, "département"}, /* "le dpt des Hautes-Alpes" */
    {"dpts", 2, 0, "départements"},
    {"Fg", 2, 1, "faubourg"},     /* "rue du Fg St-Denis" */
    {"Fbg", 2, 1, "faubourg"},
    {"ltée", 0, 0, "limitée"},   /* and its companies, "Fjord ltée" */
    {"Ltée", 0, 0, "limitée"},
    {"Pte", 2, 1, "porte"},     /* "Pte de Bagnolet", "Pte Maillot" */
    {"Cne", 2, 1, "capitaine"}, /* "le Cne Moreau" */
    /* the army's ranks in capitals, before a name: "le LCL Martin" */
    {"LCL", 2, 1, "lieutenant-colonel"},
    {"Lcl", 2, 1, "lieutenant-colonel"},
    {"MDL", 2, 1, "mar\xc3\xa9" "chal des logis"},
    {"ADC", 2, 1, "adjudant-chef"},
    {"tabl", 1, 2, "tableau"}, /* "voir fig. 3 et tabl. 2" */
    {"Lt", 2, 1, "lieutenant"},
    {"circ", 1, 0, "circonscription"}, /* "la 5e circ." */
    {"hab", 1, 0, "habitants"},        /* "120 hab. par km²" */
    {"appt", 2, 0, "appartement"},     /* "appt. lumineux", "appt 3 pièces" */
    {"apt", 2, 2, "appartement"},      /* "3e étage, apt 312" */
    {"dépt", 2, 2, "département"},     /* "abonnés du dépt 44" */
    {"alt", 1, 0, "altitude"},         /* "à l'alt. de 2 100 m" */
    {"Gde", 2, 0, "grande"},           /* "Gde salle du casino" */
    {"asc", 1, 0, "ascenseur"},        /* a listing's "sans asc." */
    {"temp", 1, 0, "température"},     /* a forecast's "temp. max. 9 °C" */
    {"Ch", 1, 1, "château"},           /* a wine: "Ch. Margaux 1990" */
    {"ét", 1, 0, "étage"},             /* "au 2e ét." */
    {"op", 1, 2, "opus"},              /* "la sonate op. 27" */
    {"posth", 1, 0, "posthume"},       /* "op. posth." */
    {"vit", 1, 2, "vitesse"},          /* "vit. moy.", not "il vit." */
    {"approx", 1, 2, "approximativement"}, /* "approx. 900 euros" */
    {"diff", 1, 0, "différence"},      /* "-2 de diff." */
    {"dép", 1, 0, "département"},      /* "le dép. du Gard" (before "du") */
    {"moy", 1, 0, "moyenne"},          /* "note moy. : 12" */
    {"ex", 1, 0, "exemple"},           /* "ex. : clé", "par ex." */
    {"Ex", 1, 0, "exemple"},
    {"Appt", 2, 0, "appartement"},
    {"Qté", 2, 0, "quantité"}, /* a spreadsheet's "Qté : 12" */
    {"qté", 2, 0, "quantité"},
    {"coef", 2, 0, "coefficient"}, /* "coef. 117", "coef. = 16" */
    {"fol", 1, 2, "folio"},          /* an archive's "fol. 23" */
    {"coeff", 2, 2, "coefficient"},
    {"alt", 1, 2, "altitude"},        /* "alt. 1 850 m" */
    {"Alt", 1, 2, "altitude"},        /* "Alt. 2 750 m – 36 lits" */
    {"Mt", 2, 1, "mont"},             /* "le Mt-Blanc", "Mt Ventoux" */
    {"pers", 1, 0, "personnes"},      /* "max. 6 pers." */
    {"div", 1, 0, "division"},        /* "champion de 1re div." */
    {"secr", 1, 0, "secrétaire"},     /* "le secr. d'État", "secr. gén." */
    {"Rens", 1, 0, "renseignements"}, /* "Rens. au 04..." */
    {"rens", 1, 0, "renseignements"},
    {"Réf", 1, 0, "référence"}, /* "Réf. : n° 5" */
    {"cant", 1, 0, "canton"},   /* "le cant. de Vaud" */
    {"lat", 1, 2, "latitude"},  /* "lat. 45° N" */
    {"min", 1, 2, "minimum"},   /* "min. 10 €" (after a number, minutes) */
    {"Fbg", 2, 0, "faubourg"},  /* "rue du Fbg St-Honoré" */
    {"fbg", 2, 0, "faubourg"},
    {"feat", 1, 0, "featuring"},      /* "un duo feat. Aya" */
    {"Rectif", 1, 0, "rectificatif"}, /* a newsroom's correction */
    {"rectif", 1, 0, "rectificatif"},
    {"réf", 1, 0, "référence"},
    {"réd", 1, 0, "réduit"}, /* "tarif réd." (only after a price) */
    {"tlj", 0, 0, "tous les jours"}, /* "ouvert tlj sauf lun." */
    {"Tle", 0, 0, "terminale"},      /* "les élèves de 1re et de Tle" */
    {"Tles", 0, 0, "terminales"},
    {"Pdt", 2, 0, "président"},
    {"Pdte", 2, 0, "présidente"},
    {"rect", 1, 0, "rectifié"}, /* "l'amendement n° 45 rect." */
    {"etc", 1, 0, "ètcétéra"},
    {"cf", 1, 0, "voir"},
    {"Cf", 1, 0, "voir"},
    {"tél", 1, 0, "téléphone"},
    {"Tél", 2, 0, "téléphone"},
    {"vs", 2, 0, "contre"},
    {"no", 2, 2, "numéro"},
    {"No", 2, 2, "numéro"},
    {"Cie", 2, 0, "compagnie"},
    {"arr", 1, 0, "arrondissement"},
    {"Sté", 2, 0, "société"},
    {"sté", 2, 0, "société"}, /* "la sté organisatrice" */
    {"éd", 1, 0, "édition"},
    {"Éd", 1, 1, "éditions"}, /* a publisher: "Éd. Didier" */
    {"suiv", 1, 0, "suivantes"},
    {"trim", 1, 0, "trimestre"},
    {"Gal", 2, 1, "général"},
    {"gén", 1, 1, "général"},
    {"Gén", 1, 1, "général"},
    {"Cdt", 2, 1, "commandant"},
    {"Mal", 2, 1, "maréchal"}, /* "le Mal Joukov" */
    {"lt", 2, 1, "lieutenant"},
    {"coll", 1, 0, "collection"},
    {"ép", 1, 2, "épisode"},
    {"Ép", 1, 2, "épisode"},
    {"pl", 1, 0, "place"}, /* "1 pl. de la Mairie" */
    {"Col", 1, 1, "colonel"},
    {"Mal", 1, 1, "maréchal"},
    {"Sgt", 2, 1, "sergent"},
    {"Vve", 2, 1, "veuve"},
    {"bât", 1, 0, "bâtiment"}, /* "bât. C, 2e étage" */
    {"niv", 1, 0, "niveau"},   /* "bât. C, niv. -1" */
    {"Bât", 1, 0, "Bâtiment"},
    {"esc", 1, 1, "escalier"},
    {"sc", 1, 2, "scène"}, /* "acte I, sc. 6" */
    {"appt", 2, 2, "appartement"},
    {"max", 1, 0, "maximum"},      /* "10 € max." */
    {"chauff", 1, 0, "chauffage"}, /* a listing: "chauff. indiv. gaz" */
    {"indiv", 1, 0, "individuel"},
    {"cuis", 1, 0, "cuisine"}, /* "cuis. équipée" */
    {"min", 1, 0, "minutes"}, /* "une vingtaine de min." */
    {"ch", 1, 2, "chapitre"}, /* "voir ch. 4" ("110 ch" are horsepower) */
    {"auj", 1, 0, "aujourd'hui"},
    {"cat", 1, 0, "catégorie"}, /* "l'ouragan Milton (cat. 5)", "cat. A" */
    {"Cat", 1, 0, "Catégorie"},
    {"th", 2, 2, "thermostat"}, /* "à 180 °C (th. 6)", "th 7-8" */
    {"Éts", 2, 1, "établissements"},
    {"Ets", 2, 1, "établissements"},
    {NULL, 0, 0, NULL}};

/* The table by first byte, in its own order (the first entry that fits
 * a word wins): each short word compares a few entries, not all of
 * them. Built once, on first use. */
enum { S_N_ABBRS = sizeof S_abbrs / sizeof S_abbrs[0] };
static unsigned short S_abbr_order[S_N_ABBRS];
static unsigned short S_abbr_start[257];
static pthread_once_t S_abbr_once = PTHREAD_ONCE_INIT;

static void S_abbr_index(void) {
  unsigned count[256] = {0}, fill[256];
  for (size_t i = 0; S_abbrs[i].w; i++)
    count[(unsigned char)S_abbrs[i].w[0]]++;
  unsigned at = 0;
  for (int c = 0; c < 256; c++) {
    S_abbr_start[c] = (unsigned short)at;
    fill[c] = at;
    at += count[c];
  }
  S_abbr_start[256] = (unsigned short)at;
  for (size_t i = 0; S_abbrs[i].w; i++)
    S_abbr_order[fill[(unsigned char)S_abbrs[i].w[0]]++] = (unsigned short)i;
}

/* A Greek letter alone, as science news write them: "les β-bloquants",
 * "les rayons γ", "le variant Δ" (espeak-ng says nothing for them). */
static const char *S_rule_greek(S_st *st, const char *p, size_t wl) {
  static const char *const names[] = {
      "alpha", "bêta",  "gamma",   "delta", "epsilon", "dzêta", "êta",
      "têta",  "iota",  "kappa",   "lambda", "mu",     "nu",    "ksi",
      "omicron", "pi",  "rhô",     "sigma", "sigma",   "tau",   "upsilon",
      "phi",   "khi",   "psi",     "oméga"};
  size_t k;
  uint32_t cp = S_cp(p, st->end, &k);
  /* a change of a quantity: "un Δv de 2 m/s" is "delta v" */
  if (cp == 0x394 && wl == k + 1 &&
      ((p[k] >= 'a' && p[k] <= 'z') || (p[k] >= 'A' && p[k] <= 'Z'))) {
    breve_buf w = {0};
    breve_buf_puts(&w, "delta ");
    breve_buf_putc(&w, p[k]);
    S_say_buf(st, &w);
    return p + wl;
  }
  if (wl != k)
    return NULL;
  /* a diameter before its size: "un puits de Ø 2 m", "Ø40 mm" */
  const char *q = p + k, *end = st->end;
  size_t gap = S_blank(q, end);
  if ((cp == 0xD8 || cp == 0xF8) && q + gap < end && S_is_digit(q[gap])) {
    S_say(st, "diam\xc3\xa8tre");
    return q;
  }
  if (cp >= 0x3B1 && cp <= 0x3C9) { /* α to ω */
    S_say(st, names[cp - 0x3B1]);
    return p + k;
  }
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) { /* Α to Ω */
    S_say(st, names[cp - 0x391]);
    return p + k;
  }
  return NULL;
}

/* A currency code before an amount: "CHF 20", "EUR 1 500". */
static const char *S_rule_code_amount(S_st *st, const char *p, size_t wl) {
  const char *end = st->end, *after;
  S_num n;
  /* a pair of currencies: "la parité EUR/USD" is "euro dollar" */
  if (wl == 3 && p + 7 <= end && p[3] == '/' && !S_alnum_at(p + 7, end)) {
    const S_cur *c1 = S_currency_at(p, p + 3, &after);
    const S_cur *c2 = S_currency_at(p + 4, p + 7, &after);
    if (c1 && c2 && S_is_upper_ascii(p[4])) {
      breve_buf w = {0};
      breve_buf_puts(&w, c1->one);
      breve_buf_putc(&w, ' ');
      breve_buf_puts(&w, c2->one);
      S_say_buf(st, &w);
      return p + 7;
    }
  }
  /* and the rupee's "Rs 500", "Rs. 10 000" */
  int rs = wl == 2 && p[0] == 'R' && p[1] == 's';
  size_t k = rs ? (size_t)(2 + (p + 2 < end && p[2] == '.')) : wl;
  if ((wl != 3 && !rs) || !S_blank(p + k, end))
    return NULL;
  const S_cur *c = S_currency_at(p, rs ? end : p + k, &after);
  const char *d = p + k + S_blank(p + k, end);
  if (!c || after != p + k || !S_parse_num(d, end, &n) ||
      S_alnum_at(n.end, end))
    return NULL;
  const char *r = n.end + S_blank(n.end, end);
  /* India counts in lakhs and crores: "Rs 2 crores" is "deux crores de
   * roupies" */
  size_t kl = r > n.end ? S_letters(r, end) : 0;
  if (rs && kl && (S_eq(r, kl, "crore") || S_eq(r, kl, "crores") ||
                   S_eq(r, kl, "lakh") || S_eq(r, kl, "lakhs"))) {
    breve_buf w = {0};
    S_num_words(&w, &n, 0);
    breve_buf_putc(&w, ' ');
    breve_buf_put(&w, r, kl);
    breve_buf_puts(&w, " de roupies");
    S_say_buf(st, &w);
    st->prev_number = 1;
    return r + kl;
  }
  int scale = S_scale_at(r, end, &after);
  breve_buf w = {0};
  S_money_words(&w, &n, scale, c);
  S_say_buf(st, &w);
  st->prev_number = 1;
  return scale ? after : n.end;
}

/* Unit symbols said in full after an ordinal or a count in words ("le
 * 1er GW", "les 20 derniers km", "4 millions d'hl"), where no number
 * stands just before them. */
static const char *const S_counted_units[] = {
    "km",  "GW",  "MW",  "kW",  "TW",  "GWh", "MWh", "kWh", "TWh",
    "MWc", "kWc", "GWc", "Mo",  "Go",  "To",  "ha",  "kg",  "cm",
    "mm",  "kV",  "Mt",  "GHz", "MHz", "dB",  "hl",  NULL};

/* An athlete's country by its three-letter Olympic code, in brackets
 * after a name: "Julien Epaillard (FRA)" is "Julien Epaillard (France)".
 * Codes that are French acronyms too (RSA, DOM) are left out. */
static const char *S_rule_nation(S_st *st, const char *p, size_t wl) {
  static const char *const codes[][2] = {
      {"ALG", "Algérie"},       {"ARG", "Argentine"},
      {"AUS", "Australie"},     {"AUT", "Autriche"},
      {"BEL", "Belgique"},      {"BRA", "Brésil"},
      {"BUL", "Bulgarie"},      {"CAN", "Canada"},
      {"CHI", "Chili"},         {"CHN", "Chine"},
      {"CIV", "Côte d'Ivoire"}, {"CMR", "Cameroun"},
      {"COL", "Colombie"},      {"CRO", "Croatie"},
      {"CUB", "Cuba"},          {"CZE", "Tchéquie"},
      {"DEN", "Danemarque"},    {"ECU", "Équateur"},
      {"EGY", "Égypte"},        {"ESP", "Espagne"},
      {"EST", "Estonie"},       {"ETH", "Étiopie"},
      {"FIN", "Finlande"},      {"FRA", "France"},
      {"GBR", "Grande-Bretagne"}, {"GER", "Allemagne"},
      {"GRE", "Grèce"},         {"HUN", "Hongrie"},
      {"IND", "Inde"},          {"IRI", "Iran"},
      {"IRL", "Irlande"},       {"ISL", "Islande"},
      {"ISR", "Israël"},        {"ITA", "Italie"},
      {"JAM", "Jamaïque"},      {"JPN", "Japon"},
      {"KAZ", "Kazakhstan"},    {"KEN", "Kenya"},
      {"KOR", "Corée du Sud"},  {"LAT", "Lettonie"},
      {"LTU", "Lituanie"},      {"LUX", "Luxembourg"},
      {"MAR", "Maroc"},         {"MEX", "Mexique"},
      {"MON", "Monaco"},        {"NED", "Pays-Bas"},
      {"NGR", "Nigeria"},       {"NOR", "Norvège"},
      {"NZL", "Nouvelle-Zélande"}, {"POL", "Pologne"},
      {"POR", "Portugal"},      {"ROU", "Roumanie"},
      {"SEN", "Sénégal"},       {"SLO", "Slovénie"},
      {"SRB", "Serbie"},        {"SUI", "Suisse"},
      {"SVK", "Slovaquie"},     {"SWE", "Suède"},
      {"TUN", "Tunisie"},       {"TUR", "Turquie"},
      {"UKR", "Ukraine"},       {"USA", "États-Unis"},
      {NULL, NULL}};
  const char *end = st->end, *q = p + wl;
  if (wl != 3 || p - st->line < 3 || p[-1] != '(' || p[-2] != ' ' ||
      q >= end || *q != ')' || !S_is_upper_ascii(*p))
    return NULL;
  /* after a name: the word before the bracket has a capital */
  const char *b = p - 2;
  while (b > st->line && (breve_cp_is_letter((unsigned char)b[-1]) ||
                          (unsigned char)b[-1] >= 0x80)) /* "Lévy (BEL)" */
    b--;
  if (b == p - 2 || !S_is_upper_ascii(*b))
    return NULL;
  for (int i = 0; codes[i][0]; i++)
    if (!memcmp(p, codes[i][0], 3)) {
      S_say(st, codes[i][1]);
      return q;
    }
  return NULL;
}

/* A blood group and its rhesus: "groupe O+", "AB-", "Rh+" are "o
 * positif", "a b négatif", "rhésus positif". O and AB always; A and B
 * only on a line about blood, where "A+" is not a rating. */
static const char *S_rule_blood(S_st *st, const char *p, size_t wl) {
  const char *end = st->end, *q = p + wl;
  int rh = wl == 2 && p[0] == 'R' && p[1] == 'h';
  if (!(rh || (wl == 1 && (*p == 'O' || *p == 'A' || *p == 'B')) ||
        (wl == 2 && p[0] == 'A' && p[1] == 'B')) ||
      q >= end || (*q != '+' && *q != '-') || S_alnum_at(q + 1, end) ||
      (q + 1 < end && (q[1] == '+' || q[1] == '-')))
    return NULL;
  if (!rh && !(wl == 1 && *p == 'O') && !(wl == 2)) {
    static const char *const blood[] = {"sang", "donneu", "sanguin",
                                        "rhésus", "Rh", "transfus",
                                        "O+", "O-", "EFS", "plasma",
                                        "plaquettes", NULL};
    /* (or right after "groupe" or "patients": "groupe A-") */
    if (!S_line_has_any(st, blood) &&
        !(p - st->line >= 7 && !memcmp(p - 7, "groupe ", 7)) &&
        !(p - st->line >= 9 && !memcmp(p - 9, "patients ", 9)))
      return NULL;
  }
  breve_buf w = {0};
  if (rh)
    breve_buf_puts(&w, "rh\xc3\xa9susse"); /* espeak-ng: [ʁezy] */
  else
    breve_buf_puts(&w, wl == 2      ? "A B"
                       : *p == 'O' ? "o"
                       : *p == 'A' ? "A"
                                   : "B");
  breve_buf_puts(&w, *q == '+' ? " positif" : " n\xc3\xa9gatif");
  S_say_buf(st, &w);
  return q + 1;
}

/* Whether a percentage starts at p: "52 %", "2,1 %" (two shares set
 * against each other, "48 % vs 52 %", are "contre"). */
static int S_share_after(const char *p, const char *end) {
  S_num n;
  if (!S_parse_num(p, end, &n))
    return 0;
  const char *e = n.end + S_blank(n.end, end);
  return e < end && *e == '%';
}

/* Abbreviations, M. and J.-C. Returns the end or NULL. */
static const char *S_rule_abbr(S_st *st, const char *p, size_t wl) {
  const char *end = st->end, *q = p + wl;
  /* no abbreviation is longer, and one of six letters has its dot
   * ("Rectif.") */
  if (wl > 6 || (wl == 6 && !(q < end && *q == '.')))
    return NULL;
  /* light-years after a scale: "2,7 millions d'a.-l." */
  if (wl == 1 && *p == 'a' && S_starts(p, end, "a.-l.") &&
      p > st->line && (p[-1] == '\'' || (unsigned char)p[-1] == 0x99)) {
    S_sub(st, p, 5, "ann\xc3\xa9" "es-lumi\xc3\xa8re");
    return p + 5;
  }
  /* a case at law, one party against the other: "Marper c. Royaume-Uni",
   * "M.K. c. France" */
  if (wl == 1 && *p == 'c' && q + 2 < end && *q == '.' && q[1] == ' ' &&
      S_upper_at(q + 2, end) && p - st->line >= 3 && p[-1] == ' ' &&
      (S_alnum_at(p - 2, end) || p[-2] == '.') &&
      (st->prev_word ? S_upper_at(st->prev_word, end)
                     : p[-2] == '.' && S_is_upper_ascii(p[-3]))) {
    S_sub(st, p, 2, "contre");
    return q + 1;
  }
  /* "57 Gt éq. CO2", "t éq. CO2" */
  if (S_eq(p, wl, "\xc3\xa9q") && q + 1 < end && *q == '.' &&
      (S_starts(q + 1, end, " CO2") ||
       S_starts(q + 1, end, " CO\xe2\x82\x82") ||
       S_starts(q + 1, end, "CO2") || S_starts(q + 1, end, " C02"))) {
    S_sub(st, p, wl + 1, "\xc3\xa9quivalent");
    return q + 1;
  }
  /* a census's population, a département after an article: "la pop.
   * municipale", "3e commune du dép." */
  if ((S_eq(p, wl, "pop") || S_eq(p, wl, "d\xc3\xa9p")) && q < end &&
      *q == '.' && p - st->line >= 3 && p[-1] == ' ') {
    static const char *const arts[] = {"la", "sa", "du", "le", "au", NULL};
    const char *r = q + 1;
    int said = st->prev_word && !st->prev_number &&
               S_in(st->prev_word, st->prev_len, arts) >= 0 &&
               (*p == 'p' ? r + 1 < end && *r == ' ' && r[1] >= 'a' &&
                                r[1] <= 'z'
                          : !S_alnum_at(r + (r < end && *r == ' '), end));
    if (said) {
      int stop = r >= end;
      S_sub(st, p, stop ? wl : wl + 1,
            *p == 'p' ? "population" : "d\xc3\xa9partement");
      return stop ? q : r;
    }
  }
  /* (and "dépt" without its dot: "le dépt du Jura") */
  if (S_eq(p, wl, "d\xc3\xa9pt") && st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p &&
      (S_eq(st->prev_word, st->prev_len, "le") ||
       S_eq(st->prev_word, st->prev_len, "du") ||
       S_eq(st->prev_word, st->prev_len, "au")) &&
      !S_alnum_at(q + (q < end && *q == '.'), end)) {
    int dot = q < end && *q == '.' && q + 1 < end;
    S_sub(st, p, wl + (size_t)dot, "d\xc3\xa9partement");
    return q + dot;
  }
  /* a wind's quarter with dots: "vent de secteur N.-O." */
  if (wl == 1 && (*p == 'N' || *p == 'S') && q + 3 < end && q[0] == '.' &&
      q[1] == '-' && (q[2] == 'E' || q[2] == 'O') && q[3] == '.' &&
      !S_alnum_at(q + 4, end)) {
    static const char *const quarters[] = {"nord-est", "nord-ouest",
                                           "sud-est", "sud-ouest"};
    S_sub(st, p, 5, quarters[(*p == 'S') * 2 + (q[2] == 'O')]);
    return q + 4;
  }
  /* a classified ad's price: "px à débattre", "Px : 150 €" */
  if (S_eq(p, wl, "px") || S_eq(p, wl, "Px")) {
    const char *r = q + (q < end && *q == '.');
    const char *c = r + S_blank(r, end), *d = c + 1;
    if (c < end && *c == ':')
      d += S_blank(d, end);
    if (S_starts(r, end, " \xc3\xa0 d\xc3\xa9" "b") ||
        (c < end && *c == ':' && d > c + 1 && d < end && S_is_digit(*d))) {
      S_sub(st, p, (size_t)(r - p), *p == 'P' ? "Prix" : "prix");
      return r;
    }
  }
  /* the unit of a table's figures: "chiffre d'affaires (en M€)", "en
   * Md$", "en k€" */
  if (wl <= 3 && (*p == 'M' || *p == 'k') && p - st->line >= 3 &&
      !memcmp(p - 3, "en ", 3) &&
      (S_eq(p, wl, "M") || S_eq(p, wl, "Md") || S_eq(p, wl, "Mds") ||
       S_eq(p, wl, "k"))) {
    const char *ca;
    const S_cur *c = S_currency_at(q + (q < end && *q == ' '), end, &ca);
    if (c && c->many && !S_alnum_at(ca, end) && !(c->sym[0] >= 'a' &&
                                                  c->sym[0] <= 'z')) {
      breve_buf w = {0};
      breve_buf_puts(&w, *p == 'k' ? "milliers" : wl == 1 ? "millions"
                                                          : "milliards");
      breve_buf_puts(&w, strchr("aeiouy", c->many[0]) ? " d'" : " de ");
      breve_buf_puts(&w, c->many);
      S_say_buf(st, &w);
      return ca;
    }
  }
  /* "le lt-col. Girard", "le Lt-Col Girard" */
  if (wl == 2 && (!memcmp(p, "lt", 2) || !memcmp(p, "Lt", 2)) &&
      (S_starts(q, end, "-col") || S_starts(q, end, "-Col")) &&
      !S_alnum_at(q + 4, end)) {
    const char *e = q + 4 + (q + 4 < end && q[4] == '.');
    if (S_upper_at(e + S_blank(e, end), end) && S_blank(e, end)) {
      S_sub(st, p, (size_t)(e - p), "lieutenant-colonel");
      return e;
    }
  }
  /* "Mal" without its dot is a marshal only after an article: "le Mal
   * Joukov", not "Mal Aimé" */
  if (wl == 3 && !memcmp(p, "Mal", 3) && !(q < end && *q == '.')) {
    static const char *const arts[] = {"le", "Le", "du", "au", NULL};
    if (!st->prev_word || st->prev_number ||
        S_in(st->prev_word, st->prev_len, arts) < 0)
      return NULL;
  }
  /* after a noun "suppl." is the adjective: "Véhicule suppl. : 3 €",
   * "lits suppl." (and the noun after an article or first: "suppl.
   * animal", "un suppl. de 5 €") */
  static const char *const small[] = {"une", "Une", "les", "Les", "des",
                                      "Des", "aux", "sans", "avec", "par",
                                      "pour", "plus", "son", "ses", "leur",
                                      "est", NULL};
  if (wl == 5 && !memcmp(p, "suppl", 5) && q < end && *q == '.' &&
      st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p && p[-1] == ' ' &&
      st->prev_len >= 3 && S_in(st->prev_word, st->prev_len, small) < 0) {
    char last = st->prev_word[st->prev_len - 1];
    S_sub(st, p, 6, last == 's' || last == 'x' ? "supplémentaires"
                                               : "supplémentaire");
    return q + 1;
  }
  /* a national average: "72 % (moy. nat. 59 %)" */
  if (wl == 3 && !memcmp(p, "moy", 3) && S_starts(q, end, ". nat.")) {
    int stop = q + 6 >= end;
    S_sub(st, p, 9 - (size_t)stop, "moyenne nationale");
    return q + 6 - stop;
  }
  /* a son after his name: "Carlos Sainz Jr", "Martin Luther King Jr." */
  if (wl == 2 && p[0] == 'J' && p[1] == 'r' && st->prev_word &&
      !st->prev_number && S_upper_at(st->prev_word, end) &&
      st->prev_word + st->prev_len + 1 == p && p[-1] == ' ') {
    int dot = q < end && *q == '.' && q + 1 < end;
    S_sub(st, p, 2 + (size_t)dot, "junior");
    return q + dot;
  }
  /* a star's magnitude: "Vénus (mag. -4,4)" */
  if (wl == 3 && !memcmp(p, "mag", 3) && q + 2 < end && *q == '.' &&
      q[1] == ' ' &&
      (S_is_digit(q[2]) ||
       (q + 3 < end && (q[2] == '-' || q[2] == '+') && S_is_digit(q[3])) ||
       S_starts(q + 2, end, "\xe2\x88\x92"))) {
    S_sub(st, p, 4, "magnitude");
    return q + 1;
  }
  /* a climb "hors catégorie" is no colonel: "un col HC" */
  if (wl == 3 && !memcmp(p, "col", 3) && S_starts(q, end, " HC") &&
      !S_alnum_at(q + 3, end))
    return NULL;
  /* a timetable's "dép. 6h12", "arr. 7 h 45" (before an hour: "dép. 61"
   * is a département, "arr." alone an arrondissement) */
  if (((wl == 4 && (!memcmp(p, "dép", 4) || !memcmp(p, "Dép", 4))) ||
       (wl == 3 && (!memcmp(p, "arr", 3) || !memcmp(p, "Arr", 3)))) &&
      q + 3 < end && *q == '.' && q[1] == ' ' && S_is_digit(q[2])) {
    size_t d = S_digits(q + 2, end);
    const char *h = q + 2 + d;
    h += S_blank(h, end);
    const char *m = h < end ? h + 1 + S_blank(h + 1, end) : end;
    /* (not after an ordinal: "le 9e arr. 18 h") */
    const char *o = p;
    while (o > st->line && o[-1] == ' ')
      o--;
    int ord = o > st->line && breve_cp_is_letter((unsigned char)o[-1]) &&
              o - st->line >= 2 && (o[-1] == 'e' || o[-1] == 'r') &&
              (S_is_digit(o[-2]) || (o - st->line >= 3 && S_is_digit(o[-3])));
    if (d <= 2 && h < end && !ord &&
        ((*h == 'h' && (!S_alnum_at(m, end) || S_is_digit(*m))) ||
         (*h == ':' && h + 1 < end && S_is_digit(h[1])))) {
      S_sub(st, p, wl + 1,
            *p == 'd'   ? "départ"
            : *p == 'D' ? "Départ"
            : *p == 'a' ? "arrivée"
                        : "Arrivée");
      return q + 1;
    }
    if ((*p == 'd' || *p == 'D') && (d == 2 || d == 3) &&
        !S_alnum_at(q + 2 + d, end)) {
      /* "Orne, dép. 61" */
      S_sub(st, p, wl + 1, *p == 'd' ? "département" : "Département");
      return q + 1;
    }
  }
  if (wl == 3 && !memcmp(p, "hon", 3) && q + 1 < end && *q == '.' &&
      (S_starts(q + 1, end, " à la charge") ||
       S_starts(q + 1, end, " inclus") || S_starts(q + 1, end, " compris") ||
       S_starts(q + 1, end, " charge"))) {
    S_sub(st, p, 4, "honoraires"); /* an estate agent's fees */
    return q + 1;
  }
  /* a piece of furniture's sizes: "L. 110 cm", "l. 50 x H. 80 cm",
   * "P. 40 cm" (not "p. 12", a page, nor "L. 2121-29", an article) */
  if (wl == 1 && strchr("LlHhPp", *p) && q + 2 < end && *q == '.' &&
      q[1] == ' ' && S_is_digit(q[2])) {
    /* (the unit may end the row: "L. 110 x l. 50 x H. 80 cm") */
    const char *u = q + 2;
    while (u < end && u - q < 40 &&
           (S_is_digit(*u) || strchr(", x.", *u) ||
            (strchr("LlHhPp", *u) && u + 1 < end && u[1] == '.')))
      u++;
    size_t ul = S_starts(u, end, "cm") || S_starts(u, end, "mm") ? 2
                : S_starts(u, end, "m") ? 1
                                         : 0;
    if (ul && u[-1] == ' ' && !S_alnum_at(u + ul, end)) {
      S_sub(st, p, 2, *p == 'L'   ? "longueur"
                      : *p == 'l' ? "largeur"
                      : *p == 'H' || *p == 'h' ? "hauteur"
                                                : "profondeur");
      return q + 1;
    }
    /* a page opening its line or a bracket: "P. 12 : les prévisions" */
    size_t pd = S_digits(q + 2, end);
    if (*p == 'P' && !ul && (p == st->line || p[-1] == '(') && pd <= 3 &&
        !S_alnum_at(q + 2 + pd, end)) {
      S_sub(st, p, 2, "page");
      return q + 1;
    }
  }
  /* a floor: "au rdc", "au RDC de l'immeuble", "appartement en RDC" (but
   * "en RDC" alone is the Congo) */
  if (wl == 3 && (!memcmp(p, "rdc", 3) || !memcmp(p, "RDC", 3)) &&
      !(q < end && *q == '.')) {
    static const char *const home[] = {"appartement", "étage", "immeuble",
                                       "maison", "logement", "studio",
                                       "ascenseur", "bâtiment", NULL};
    static const char *const congo[] = {"la", "La", "de", "en", "En", NULL};
    int au = st->prev_word && (S_eq(st->prev_word, st->prev_len, "au") ||
                               S_eq(st->prev_word, st->prev_len, "Au"));
    int en = st->prev_word && S_eq(st->prev_word, st->prev_len, "en");
    /* (in a building: "ascenseur C, RDC") */
    int home_line = S_line_has_any(st, home);
    if (*p == 'r' || au || (en && home_line) ||
        (home_line && !(st->prev_word &&
                        S_in(st->prev_word, st->prev_len, congo) >= 0))) {
      S_sub(st, p, 3, "rez-de-chaussée");
      return q;
    }
  }
  /* a horse race by its meeting and race: "R1 C4" is "réunion un course
   * quatre" */
  if (wl == 1 && *p == 'R' && q < end && S_is_digit(*q)) {
    size_t d = S_digits(q, end), d2;
    const char *c = q + d;
    if (d <= 2 && c + 2 < end && c[0] == ' ' && c[1] == 'C' &&
        (d2 = S_digits(c + 2, end)) >= 1 && d2 <= 2 &&
        S_ends_clean(c + 2 + d2, end)) {
      uint64_t r1, c1;
      breve_fr_parse_u64(q, d, &r1);
      breve_fr_parse_u64(c + 2, d2, &c1);
      breve_buf w = {0};
      breve_buf_puts(&w, "r\xc3\xa9union");
      breve_fr_cardinal(&w, r1, 0);
      breve_buf_puts(&w, " course");
      breve_fr_cardinal(&w, c1, 0);
      S_say_buf(st, &w);
      return c + 2 + d2;
    }
  }
  /* a change against a year: "+5 % vs 2025" is "par rapport à" (a match
   * keeps "contre": "PSG vs OM") */
  if (wl == 2 && !memcmp(p, "vs", 2)) {
    const char *t = q + (q < end && *q == '.');
    const char *b = p;
    while (b > st->line && b[-1] == ' ')
      b--;
    if (t + 1 < end && *t == ' ' && S_is_digit(t[1]) &&
        ((S_digits(t + 1, end) == 4 &&
          (!memcmp(t + 1, "19", 2) || !memcmp(t + 1, "20", 2)) &&
          !S_alnum_at(t + 5, end)) ||
         (b > st->line && b[-1] == '%' && !S_share_after(t + 1, end)))) {
      S_say(st, "par rapport \xc3\xa0");
      return t;
    }
  }
  /* carbon 14 where something is dated: "le C14 date l'os", "datation au
   * C14", "C14 + ADN" (elsewhere "C14" may be a road or a model) */
  if (wl == 1 && *p == 'C' && S_starts(q, end, "14") &&
      !S_alnum_at(q + 2, end) && !(q + 2 < end && q[2] == '.')) {
    static const char *const dated[] = {"dat",   "Dat",     "ADN", "carbone",
                                        "radio", "fouille", NULL};
    int hit = 0;
    for (int i = 0; dated[i] && !hit; i++)
      for (const char *t = st->line; t + strlen(dated[i]) <= end && !hit; t++)
        hit = !memcmp(t, dated[i], strlen(dated[i]));
    if (hit) {
      S_say(st, "carbone quatorze");
      return q + 2;
    }
  }
  /* a swimming stroke after its distance: "le 1 500 m NL", "100 m pap." */
  if (p - st->line >= 3 && !memcmp(p - 3, " m ", 3) &&
      ((wl == 2 && !memcmp(p, "NL", 2) && !S_alnum_at(q, end)) ||
       (wl == 3 && !memcmp(p, "pap", 3) && q < end && *q == '.'))) {
    if (*p == 'N') {
      S_say(st, "nage libre");
      return q;
    }
    int stop = q + 1 >= end || S_upper_at(q + 1 + S_blank(q + 1, end), end);
    S_sub(st, p, wl + !stop, "papillon");
    return q + !stop;
  }
  /* a temperature written short: "la T° ressentie" */
  if (wl == 1 && *p == 'T' && S_starts(q, end, "\xc2\xb0") &&
      !S_alnum_at(q + 2, end) && !(p > st->line && S_is_digit(p[-1]))) {
    S_say(st, "temp\xc3\xa9rature");
    return q + 2;
  }
  /* a mobile phone number in a listing: "port. 06 13 27 09 84" */
  if (wl == 4 && !memcmp(p, "port", 4) && S_starts(q, end, ". 0") &&
      q + 3 < end && S_is_digit(q[3]) && q[3] != '0') {
    S_say(st, "portable");
    return q + 1;
  }
  /* the first half of a year: "au 1er sem." */
  if (wl == 3 && !memcmp(p, "sem", 3) && q < end && *q == '.' &&
      p - st->line >= 4 && !memcmp(p - 4, "1er ", 4)) {
    int stop = q + 1 >= end || S_upper_at(q + 1 + S_blank(q + 1, end), end);
    S_sub(st, p, wl + !stop, "semestre");
    return q + !stop;
  }
  /* experience in a job offer: "5 ans d'exp." */
  if (wl == 3 && !memcmp(p, "exp", 3) && q < end && *q == '.' &&
      p - st->line >= 2 &&
      ((p[-1] == '\'' && (p[-2] == 'd' || p[-2] == 'D')) ||
       (p - st->line >= 4 && !memcmp(p - 3, "\xe2\x80\x99", 3) &&
        (p[-4] == 'd' || p[-4] == 'D')))) {
    int stop = q + 1 >= end || S_upper_at(q + 1 + S_blank(q + 1, end), end);
    S_sub(st, p, wl + !stop, "exp\xc3\xa9rience");
    return q + !stop;
  }
  /* extra time after a score: "4-3 a.p.", "88-85 (a.p.)" */
  if (wl == 1 && *p == 'a' && S_starts(q, end, ".p") &&
      !S_alnum_at(q + 2, end)) {
    const char *b = p;
    while (b > st->line && (b[-1] == ' ' || b[-1] == '('))
      b--;
    const char *d = b;
    while (d > st->line && S_is_digit(d[-1]))
      d--;
    if (d < b && d - st->line >= 2 && d[-1] == '-' && S_is_digit(d[-2])) {
      S_say(st, "apr\xc3\xa8s prolongation");
      return q + 2 + (q + 2 < end && q[2] == '.');
    }
  }
  /* the same time as the rider before, in a stage's results: "Dupont,
   * m.t." */
  if (wl == 1 && *p == 'm' && S_starts(q, end, ".t.") &&
      !S_alnum_at(q + 3, end) && p > st->line && p[-1] == ' ') {
    S_sub(st, p, (size_t)(q + 3 - p), "m\xc3\xaame temps");
    return q + 3;
  }
  /* a clothing size: "T.42", "T. 38" (a tome has a smaller number) */
  if (wl == 1 && *p == 'T' && q < end && *q == '.') {
    const char *t = q + 1 + (q + 1 < end && q[1] == ' ');
    unsigned sz;
    const char *e = S_small(t, end, 2, 2, 32, 60, &sz);
    if (e && S_ends_clean(e, end)) {
      S_sub(st, p, wl, "taille");
      return q + 1;
    }
  }
  /* a phone link as pasted, "tel:0145678910", or the word typed without
   * its accent before a number: "tel : 04 91..." */
  if (S_eq(p, wl, "tel") || S_eq(p, wl, "Tel")) {
    size_t c = q + 1 < end && *q == ':' && (S_is_digit(q[1]) || q[1] == '+')
                   ? 1
               : S_starts(q, end, " : ") && q + 3 < end && S_is_digit(q[3])
                   ? 2
                   : 0;
    if (c) {
      S_sub(st, p, wl, "t\xc3\xa9l\xc3\xa9phone");
      return q + c;
    }
  }
  /* forms of address before a title: "S.M. le roi", "S.S. le pape", "S.E.
   * M. Dupont", "S.A.R. le prince" */
  if (wl <= 2 && *p == 'S' && q < end && *q == '.') {
    static const struct {
      const char *abbr, *say;
      const char *const before[10];
    } forms[] = {
        {"S.M. ",
         "Sa Majesté",
         {"le roi", "la reine", "le prince", "la princesse", "l'empereur",
          "le sultan", "l'Empereur", "l\xe2\x80\x99" "empereur",
          "l\xe2\x80\x99" "Empereur", "le Roi"}},
        {"S.S. ",
         "Sa Sainteté",
         {"le pape", "le dalaï-lama", "Léon", "François", "Benoît", "Jean"}},
        /* a cardinal is an Eminence, a bishop an Excellency */
        {"S.E. ",
         "Son Éminence",
         {"le cardinal", "le Cardinal", "cardinal", "Cardinal"}},
        {"S.E. ",
         "Son Excellence",
         {"M. ", "Mme ", "l'ambassadeur", "le président", "Mgr",
          "l'ambassadrice"}},
        {"S.A.S. ",
         "Son Altesse Sérénissime", /* Monaco's prince */
         {"le prince", "la princesse"}},
        {"S.A. ", "Son Altesse", {"l'Aga Khan", "le prince", "la princesse",
                                  "l'émir", "le cheikh", "Cheikh"}},
        {"S.A.R. ",
         "Son Altesse Royale",
         {"le prince", "la princesse", "le duc", "la duchesse", "le grand-duc",
          "la grande-duchesse"}},
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++) {
      /* also typed with spaces: "S. M. la reine" */
      char spaced[16];
      size_t k = 0;
      for (const char *c = forms[i].abbr; *c; c++) {
        spaced[k++] = *c;
        if (*c == '.' && c[1] != ' ')
          spaced[k++] = ' ';
      }
      spaced[k] = '\0';
      const char *abbr = S_starts(p, end, forms[i].abbr) ? forms[i].abbr
                         : S_starts(p, end, spaced)      ? spaced
                                                         : NULL;
      if (!abbr)
        continue;
      size_t n = strlen(abbr);
      for (size_t j = 0; j < 10 && forms[i].before[j]; j++)
        if (S_starts(p + n, end, forms[i].before[j])) {
          S_sub(st, p, n - 1, forms[i].say);
          return p + n - 1;
        }
      /* and before a ruler's name: "S.M. Charles III" */
      size_t nl = S_letters(p + n, end);
      if (i == 0 && nl && S_in(p + n, nl, S_rulers) >= 0) {
        S_sub(st, p, n - 1, forms[i].say);
        return p + n - 1;
      }
    }
  }
  /* and two rulers: "LL.MM. le roi et la reine" is "Leurs Majestés",
   * "LL.AA.RR. les princes" "Leurs Altesses Royales" */
  if (wl == 2 && p[0] == 'L' && p[1] == 'L' && q < end && *q == '.') {
    static const char *const pairs[] = {"LL.MM. ", "Leurs Majestés",
                                        "LL. MM. ", "Leurs Majestés",
                                        "LL.AA.RR. ", "Leurs Altesses Royales",
                                        "LL.AA. ", "Leurs Altesses", NULL};
    for (size_t i = 0; pairs[i]; i += 2) {
      size_t n = strlen(pairs[i]);
      if (S_starts(p, end, pairs[i]) && p + n < end &&
          (S_starts(p + n, end, "le ") || S_starts(p + n, end, "la ") ||
           S_starts(p + n, end, "les ") || S_is_upper_ascii(p[n]))) {
        S_sub(st, p, n - 1, pairs[i + 1]);
        return p + n - 1;
      }
    }
  }
  /* "gén." after a title or a body: "vicaire gén.", "le directeur gén.
   * adjoint", "l'assemblée gén." */
  if (S_eq(p, wl, "g\xc3\xa9n") && q < end && *q == '.' && st->prev_word &&
      !st->prev_number) {
    static const char *const gen[] = {
        "vicaire",    "secrétaire", "directeur",  "procureur",  "avocat",
        "inspecteur", "commissaire", "délégué",   "trésorier",  "consul",
        "rapporteur", "administrateur", "conseil", "quartier",  "état-major",
        "commandant", "intendant",  "agent",      "mandataire", "contrôleur",
        "receveur",   "président-directeur", "PDG", "médecin",  NULL};
    static const char *const gene[] = {
        "assemblée", "direction", "inspection", "déléguée", "directrice",
        "secrétaire", "présidente-directrice", "administratrice",
        "médecine", "culture", "mobilisation", "grève", "délégation",
        "trésorerie", "procureure", "avocate", NULL};
    int f = S_in(st->prev_word, st->prev_len, gene) >= 0;
    if (f || S_in(st->prev_word, st->prev_len, gen) >= 0) {
      /* ("la secrétaire gén." is hers: after "la") */
      if (f && S_eq(st->prev_word, st->prev_len, "secr\xc3\xa9taire"))
        f = st->prev_word - st->line >= 3 &&
            !memcmp(st->prev_word - 3, "la ", 3);
      int stop = q + 1 >= end ||
                 (S_blank(q + 1, end) && S_upper_at(q + 1 + S_blank(q + 1, end),
                                                    end));
      S_sub(st, p, stop ? wl : wl + 1, f ? "générale" : "général");
      return stop ? q : q + 1;
    }
  }
  /* "au min. trois devis", "la cote min. est de 1,10", "le min. de la
   * fourchette" are "minimum" (after a number "min." is minutes) */
  static const char *const least[] = {
      "au", "Au", "le", "Le", "cote", "seuil", "prix",
      /* and a quantity's least: "la taille min. de capture", "Température
       * min. : 3 °C" */
      "taille", "Taille", "température", "Température", "temp", "Temp",
      "âge", "Âge", "salaire", "hauteur", "poids", "vitesse", "pression",
      "tarif", "montant", "niveau", "débit", "commande", "mise", "effectif",
      "capacité", "rendement", "score", "teneur", "épaisseur", "largeur",
      "longueur", "profondeur", "diamètre", "apport", NULL};
  /* (and after a percentage or a temperature: "un apport de 10 % min.",
   * "entre 4 °C min. et 9 °C max.") */
  if (S_eq(p, wl, "min") && q < end && *q == '.' && p - st->line >= 2 &&
      p[-1] == ' ' &&
      (p[-2] == '%' || (p - st->line >= 5 && p[-2] == 'C' &&
                        !memcmp(p - 4, "\xc2\xb0", 2)))) {
    S_sub(st, p, wl, "minimum");
    return q + (q + 1 < end && q[1] == ' ' && !S_upper_at(q + 2, end));
  }
  if (S_eq(p, wl, "min") && q < end && *q == '.' && st->prev_word &&
      !st->prev_number && S_in(st->prev_word, st->prev_len, least) >= 0) {
    /* (but "le min. de l'Intérieur" is a minister) */
    const char *mn = q + 1 + S_blank(q + 1, end);
    size_t ml = S_starts(mn, end, "de l'")    ? 5
                : S_starts(mn, end, "de la ") ? 6
                : S_starts(mn, end, "du ")    ? 3
                : S_starts(mn, end, "des ")   ? 4
                                              : 0;
    if (!(ml && S_upper_at(mn + ml, end))) {
      S_sub(st, p, wl, "minimum");
      return q + (q + 1 < end && q[1] == ' ' && !S_upper_at(q + 2, end));
    }
  }
  /* a priest: "le P. Jacques Hamel", "le R.P. Dominique" */
  if (((wl == 1 && *p == 'P') || S_starts(p, end, "R.P. ")) && q < end &&
      *q == '.' && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "le") ||
       S_eq(st->prev_word, st->prev_len, "Le"))) {
    const char *t = *p == 'R' ? p + 5 : q + 2;
    if (t <= end && t[-1] == ' ' && S_upper_at(t, end) &&
        S_letters(t, end) >= 3 && breve_cp_is_lower(S_cp(t + 1, end, NULL))) {
      S_sub(st, p, (size_t)(t - 1 - p), *p == 'R' ? "révérend père" : "père");
      return t - 1;
    }
  }
  /* Our Lady in a place's or a church's name: "N.-D.-de-la-Salette",
   * "N.-D. de Paris" */
  if (wl == 1 && S_starts(p, end, "N.-D.") && !S_alnum_at(p + 5, end)) {
    S_sub(st, p, 5, "Notre-Dame");
    return p + 5;
  }
  /* the initial É: espeak-ng says "e accent aigu" for a lone É, and "Hé"
   * as the letter is said ("É. Philippe", "É.-P. Dupont") */
  if (wl == 2 && S_starts(p, end, "\xc3\x89.")) {
    if (S_starts(p + 3, end, "-U.") && !S_alnum_at(p + 6, end)) {
      /* the dot also ends a sentence, as after "J.-C." */
      size_t k = S_blank(p + 6, end);
      int stop = p + 6 >= end || (k && S_upper_at(p + 6 + k, end));
      S_sub(st, p, stop ? 5 : 6, "\xc3\x89tats-Unis"); /* "les É.-U." */
      return stop ? p + 5 : p + 6;
    }
    if (p + 4 < end && p[3] == ' ' && S_upper_at(p + 4, end)) {
      S_sub(st, p, 2, "H\xc3\xa9");
      return p + 2;
    }
    if (p + 7 < end && p[3] == '-' && S_is_upper_ascii(p[4]) &&
        p[5] == '.' && p[6] == ' ' && S_upper_at(p + 7, end)) {
      char say[6] = {'H', '\xc3', '\xa9', ' ', p[4], '\0'};
      S_sub(st, p, 6, say);
      return p + 6;
    }
  }
  /* initials of a compound first name: "J.-L. Mélenchon" is "J L", and
   * "J.-C. Dupont" too, but not after a year or "av." ("52 av. J.-C. Les
   * Gaulois") */
  static const char *const era[] = {"av", "apr", "avant", "après", "Avant",
                                    "Après", NULL};
  int christ = S_starts(p, end, "J.-C.") &&
               (st->prev_number ||
                (st->prev_word && S_in(st->prev_word, st->prev_len, era) >= 0));
  /* (and before a name with its particle: "J.-C. de Castelbajac") */
  if (wl == 1 && S_is_upper_ascii(*p) && p + 6 < end && p[1] == '.' &&
      p[2] == '-' && S_is_upper_ascii(p[3]) && p[4] == '.' && p[5] == ' ' &&
      (S_upper_at(p + 6, end) ||
       ((S_starts(p + 6, end, "de ") || S_starts(p + 6, end, "du ")) &&
        S_upper_at(p + 9, end))) &&
      !christ) {
    if (p[0] == 'J' && p[3] == 'J') { /* "J.-J. Goldman", "J.-J. Rousseau" */
      S_sub(st, p, 5, "Jean-Jacques");
      return p + 5;
    }
    char say[4] = {p[0], ' ', p[3], '\0'};
    S_sub(st, p, 5, say);
    return p + 5;
  }
  /* a rank and its "-chef" before a name: "le Sgt-chef Lafon" */
  if ((S_eq(p, wl, "Sgt") || S_eq(p, wl, "sgt")) &&
      S_starts(q, end, "-chef ") && S_upper_at(q + 6, end)) {
    S_sub(st, p, wl + 5, "sergent-chef");
    return q + 5;
  }
  /* the movement "Me Too" is English, not "maître Too" */
  if (wl == 2 && (S_starts(p, end, "Me Too") || S_starts(p, end, "Me too")) &&
      !S_alnum_at(p + 6, end)) {
    S_sub(st, p, 6, "mi tou");
    return p + 6;
  }
  /* a wind's quarter: "des rafales de NO", "vent de SO", "secteur NE" */
  if ((wl == 2 || wl == 3) && S_is_upper_ascii(p[0]) &&
      S_is_upper_ascii(p[1]) && !S_alnum_at(q, end) &&
      !(q < end && *q == '-') &&
      !(q + 1 < end && *q == '.' && q[1] != ' ') && st->prev_word &&
      !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "de") ||
       S_eq(st->prev_word, st->prev_len, "du") ||
       S_eq(st->prev_word, st->prev_len, "secteur"))) {
    static const char *const winds[][2] = {
        {"NO", "nord-ouest"}, {"NE", "nord-est"}, {"SO", "sud-ouest"},
        {"SE", "sud-est"}, {"NW", "nord-ouest"}, {"SW", "sud-ouest"},
        {"NNE", "nord-nord-est"}, {"NNO", "nord-nord-ouest"},
        {"SSE", "sud-sud-est"}, {"SSO", "sud-sud-ouest"},
        {"ENE", "est-nord-est"}, {"ESE", "est-sud-est"},
        {"ONO", "ouest-nord-ouest"}, {"OSO", "ouest-sud-ouest"}};
    static const char *const blows[] = {"vent", "Vent", "rafale", "houle",
                                        "brise", "mistral", "tempête", NULL};
    for (size_t i = 0; i < sizeof winds / sizeof winds[0]; i++)
      if (S_eq(p, wl, winds[i][0]) && S_line_has_any(st, blows)) {
        S_sub(st, p, wl, winds[i][1]);
        return q;
      }
  }
  /* a book's format: "un in-8°", "in-12", "un in-folio" are "ine-octavo",
   * "ine-douze", "ine-folio" (the Latin "in" is not nasal) */
  if (wl == 2 && p[0] == 'i' && p[1] == 'n' && q + 1 < end && *q == '-' &&
      (p == st->line || p[-1] == ' ' || p[-1] == '(')) {
    static const char *const fmt[][2] = {
        {"folio", "ine-folio"}, {"quarto", "ine-kouarto"},
        {"octavo", "ine-octavo"}, {"plano", "ine-plano"},
        {"4\xc2\xb0", "ine-kouarto"}, {"8\xc2\xb0", "ine-octavo"},
        {"4", "ine-kouarto"}, {"8", "ine-octavo"}, {"12", "ine-douze"},
        {"16", "ine-seize"}, {"18", "ine-dix-huit"}, {"32", "ine-trente-deux"}};
    for (size_t i = 0; i < sizeof fmt / sizeof fmt[0]; i++) {
      size_t k = strlen(fmt[i][0]);
      const char *e = q + 1 + k;
      if (S_starts(q + 1, end, fmt[i][0]) && !S_alnum_at(e, end) &&
          !(e < end && (*e == '-' || *e == ',' || *e == '.') && e + 1 < end &&
            S_is_digit(e[1]))) {
        S_sub(st, p, (size_t)(e - p), fmt[i][1]);
        return e;
      }
    }
  }
  /* J.-C., av. J.-C., apr. J.-C. */
  if (S_starts(p, end, "J.-C.")) {
    /* The final dot also ends the sentence at the end of a line. */
    const char *r = p + 5;
    size_t k = S_blank(r, end);
    int stop = r >= end || (k && S_upper_at(r + k, end));
    S_sub(st, p, stop ? 4 : 5, "Jésus-Christ");
    return stop ? p + 4 : p + 5;
  }
  /* Months shortened in dates: "28 nov. 2026", "1er janv." (after a day,
   * or before a year: "Ils étaient sept." stays a number) */
  if (q < end && *q == '.') {
    static const char *const abbr[] = {"janv", "févr", "fév", "avr", "juil",
                                       "sept", "oct",  "nov", "déc", "dec",
                                       "juill", "jan", "sep", NULL};
    static const char *const full[] = {
        "janvier",  "février",  "février",  "avril",    "juillet",
        "septembre", "octobre", "novembre", "décembre", "décembre",
        "juillet", "janvier", "septembre"};
    /* (or after "en", "fin", "début": "+0,4 % en oct.") */
    static const char *const in[] = {"en", "En", "fin", "Fin", "début",
                                     "Début", "mi", "depuis", NULL};
    /* (and "de janv." ending its line: "le mercato de janv."; not
     * "sept.", which may be the number) */
    static const char *const of[] = {"de", "d", "du", NULL};
    int m = S_in(p, wl, abbr);
    const char *r = q + 1 + S_blank(q + 1, end);
    /* two months: "sept./oct.", "janv.-févr." */
    size_t n2 = m >= 0 && q + 2 < end && (q[1] == '/' || q[1] == '-')
                    ? S_letters(q + 2, end)
                    : 0;
    int m2 = n2 ? S_in(q + 2, n2, abbr) : -1;
    /* (the second may be written whole: "juil.-août") */
    static const char *const whole[] = {"mars", "mai", "juin", "août",
                                        "avril", "juillet", NULL};
    if (m2 < 0 && n2 && S_in(q + 2, n2, whole) >= 0 &&
        !S_alnum_at(q + 2 + n2, end)) {
      breve_buf w = {0};
      breve_buf_puts(&w, full[m]);
      breve_buf_puts(&w, q[1] == '-' ? " à " : " ");
      breve_buf_put(&w, q + 2, n2);
      S_say_buf(st, &w);
      return q + 2 + n2;
    }
    if (m2 >= 0 && q + 2 + n2 < end && q[2 + n2] == '.') {
      const char *e2 = q + 2 + n2 + 1; /* after the second dot */
      breve_buf w = {0};
      breve_buf_puts(&w, full[m]);
      breve_buf_puts(&w, q[1] == '-' ? " à " : " ");
      breve_buf_puts(&w, full[m2]);
      S_say_buf(st, &w);
      /* the dot stays when it ends the sentence */
      return e2 >= end ? e2 - 1 : e2;
    }
    /* a span of months: "de sept. à déc." (the first before "à" and a
     * month, the second after a month and "à") */
    int span = 0;
    /* (or "et": "entre janv. et mars") */
    if (m >= 0 && (S_starts(r, end, "\xc3\xa0 ") || S_starts(r, end, "et "))) {
      const char *t = r + 3;
      size_t nt = S_letters(t, end);
      span = nt && ((S_in(t, nt, abbr) >= 0 && t + nt < end && t[nt] == '.') ||
                    S_in(t, nt, whole) >= 0);
    }
    if (m >= 0 && !span && st->prev_word &&
        (S_eq(st->prev_word, st->prev_len, "\xc3\xa0") ||
         S_eq(st->prev_word, st->prev_len, "et")) &&
        st->prev_word - st->line >= 3 && st->prev_word[-1] == ' ' &&
        st->prev_word[-2] == '.') {
      const char *e1 = st->prev_word - 2, *b1 = e1;
      while (b1 > st->line && S_alnum_at(b1 - 1, end))
        b1--;
      span = S_in(b1, (size_t)(e1 - b1), abbr) >= 0;
    }
    /* (the first written whole: "de mai à oct.", "entre mai et sept.") */
    if (m >= 0 && !span && st->prev_word &&
        (S_eq(st->prev_word, st->prev_len, "\xc3\xa0") ||
         S_eq(st->prev_word, st->prev_len, "et")) &&
        st->prev_word - st->line >= 4 && st->prev_word[-1] == ' ') {
      const char *e1 = st->prev_word - 1, *b1 = e1;
      while (b1 > st->line && S_alnum_at(b1 - 1, end))
        b1--;
      span = b1 < e1 && S_letters(b1, e1) == (size_t)(e1 - b1) &&
             S_month_word(b1, e1) >= 0;
    }
    if (m >= 0 &&
        (span || st->prev_number || (r > q + 1 && S_digits(r, end) == 4) ||
         (st->prev_word && !st->prev_number &&
          S_in(st->prev_word, st->prev_len, in) >= 0) ||
         (st->prev_word && !st->prev_number && q + 1 >= end &&
          S_in(st->prev_word, st->prev_len, of) >= 0 && m != 5)) &&
        !S_starts(r, end, "n\xc2\xb0")) { /* "déc. n° 12": a decision */
      /* the dot stays when it ends the sentence */
      int stop = q + 1 >= end;
      S_sub(st, p, stop ? wl : wl + 1, full[m]);
      return stop ? q : q + 1;
    }
  }
  /* and without their dot, as agency datelines type them: "PARIS, 28 nov
   * (AFP)" (after a day of one or two digits or "1er"; "sept" only before
   * a year) */
  if (!(q < end && *q == '.') && !S_alnum_at(q, end) && st->prev_number &&
      p - st->line >= 2 && p[-1] == ' ') {
    static const char *const abbr[] = {"janv", "févr", "fév", "avr", "juil",
                                       "sept", "oct",  "nov", "déc", NULL};
    static const char *const full[] = {
        "janvier", "février", "février", "avril",    "juillet",
        "septembre", "octobre", "novembre", "décembre"};
    int m = S_in(p, wl, abbr);
    const char *d = p - 1;
    if (d - st->line >= 2 && !memcmp(d - 2, "er", 2))
      d -= 2;
    size_t nd = 0;
    while (d > st->line && S_is_digit(d[-1]) && nd < 3)
      d--, nd++;
    const char *r = q + S_blank(q, end);
    if (m >= 0 && nd >= 1 && nd <= 2 &&
        (d == st->line || !S_alnum_at(d - 1, end)) &&
        (m != 5 || (r > q && S_digits(r, end) == 4 &&
                    !S_alnum_at(r + 4, end)))) {
      S_sub(st, p, wl, full[m]);
      return q;
    }
  }
  /* after an ordinal: "15e j." is "quinzième journée", "XIIe s."
   * "douzième siècle" */
  int ier = p - st->line >= 5 && *p == 's' && !memcmp(p - 4, "Ier ", 4);
  if (wl == 1 && (*p == 'j' || *p == 's') && q < end && *q == '.' &&
      p - st->line >= 3 && p[-1] == ' ' &&
      ((p[-2] == 'e' && (S_is_digit(p[-3]) || strchr("IVXLC", p[-3]))) ||
       ier /* "le Ier s. av. J.-C." */)) {
    int stop = q + 1 >= end ||
               (S_blank(q + 1, end) &&
                S_upper_at(q + 1 + S_blank(q + 1, end), end));
    S_sub(st, p, stop ? 1 : 2, *p == 'j' ? "journée" : "siècle");
    return stop ? q : q + 1;
  }
  /* a unit symbol counted by an ordinal, by "derniers", "premiers", or
   * after "millions de": "le 1er GW installé", "au 30e km", "les 20
   * derniers km", "4,2 millions d'hl" */
  if (wl >= 1 && wl <= 4 && p - st->line >= 4 &&
      ((p[-1] == ' ' && p[-2] == 'e' && p[-3] == 'd') ||
       (p[-1] == '\'' && p[-2] == 'd') ||
       (p - st->line >= 5 && p[-4] == 'd' &&
        !memcmp(p - 3, "\xe2\x80\x99", 3)))) {
    static const char *const scales[] = {
        "millions de ", "milliards de ", "millions d'", "milliards d'",
        "millions d\xe2\x80\x99", "milliards d\xe2\x80\x99", "million de ",
        "milliard de ", "milliers de ", "million d'", "milliard d'",
        "million d\xe2\x80\x99", "milliard d\xe2\x80\x99", NULL};
    /* (and the one-letter units of tonnes and volumes: "2,1 millions de
     * t", "des milliards de m³") */
    static const char *const short_units[] = {"t", "m³", "m3", "m²", "m2",
                                              "al", "a.l.", NULL};
    for (int i = 0; scales[i]; i++) {
      size_t k = strlen(scales[i]);
      const char *after;
      const S_unit *u;
      if ((size_t)(p - st->line) >= k && !memcmp(p - k, scales[i], k) &&
          (u = S_unit_at(p, end, 1, &after)) && S_ends_clean(after, end) &&
          (S_in(p, wl, S_counted_units) >= 0 ||
           S_in(p, (size_t)(after - p), short_units) >= 0)) {
        S_sub(st, p, wl, u->many);
        return after;
      }
    }
  }
  /* (and metres, the one-letter unit, after "derniers": "les 500
   * derniers m") */
  if (wl == 1 && *p == 'm' && S_ends_clean(q, end) && p - st->line >= 12 &&
      (!memcmp(p - 9, "derniers ", 9) || !memcmp(p - 9, "premiers ", 9)) &&
      p[-10] == ' ' && S_is_digit(p[-11])) {
    S_sub(st, p, wl, "m\xc3\xa8tres");
    return q;
  }
  if (wl >= 2 && wl <= 4 && p - st->line >= 3 && p[-1] == ' ') {
    /* (the word before first: the table is looked up only after one) */
    const char *b = p - 1, *s = b;
    while (s > st->line && breve_cp_is_letter((unsigned char)s[-1]))
      s--;
    int pl = 0, sec, ord = 0, many = 0;
    if (s < b && s > st->line && S_is_digit(s[-1]) &&
        S_ordinal_suffix(s, (size_t)(b - s), &pl, &sec))
      ord = 1;
    else if (s < b && s - st->line >= 3 && s[-1] == ' ' &&
             S_is_digit(s[-2]) &&
             (S_eq(s, (size_t)(b - s), "derniers") ||
              S_eq(s, (size_t)(b - s), "premiers")))
      many = 1;
    const char *after;
    const S_unit *u = (ord || many) && S_in(p, wl, S_counted_units) >= 0
                          ? S_unit_at(p, end, 1, &after)
                          : NULL;
    if (u && S_ends_clean(after, end)) {
      S_sub(st, p, wl, many || pl ? u->many : u->one);
      return after;
    }
  }
  /* a street cut short after its number: "24 r. du Cdt-Guilbaud", "3 r.
   * Victor-Hugo" */
  if (wl == 1 && *p == 'r' && q + 2 < end && *q == '.' && q[1] == ' ' &&
      st->prev_number && p - st->line >= 2 && p[-1] == ' ' &&
      S_is_digit(p[-2]) &&
      (S_upper_at(q + 2, end) || S_starts(q + 2, end, "du ") ||
       S_starts(q + 2, end, "de ") || S_starts(q + 2, end, "des ") ||
       S_starts(q + 2, end, "d'") || S_starts(q + 2, end, "d\xe2\x80\x99"))) {
    S_sub(st, p, 2, "rue");
    return q + 1;
  }
  /* a wind's quarter: "vent de S-O", "20 nds de N-E", "versant N-O" */
  if (wl == 1 && (*p == 'N' || *p == 'S') && q + 1 < end && *q == '-' &&
      (q[1] == 'E' || q[1] == 'O') && !S_alnum_at(q + 2, end) &&
      !(q + 2 < end && (q[2] == '.' || q[2] == '-'))) {
    S_sub(st, p, 3,
          *p == 'N' ? (q[1] == 'E' ? "nord-est" : "nord-ouest")
                    : (q[1] == 'E' ? "sud-est" : "sud-ouest"));
    return q + 2;
  }
  /* the side of a mountain by its compass point: "versants N et E",
   * "pentes exposées NE" ("èst": espeak-ng says "est" as the verb) */
  if (wl <= 2 && strchr("NSEO", *p) && !S_alnum_at(q, end) &&
      !(q < end && *q == '.')) {
    static const char *const pts[] = {"N", "S", "E", "O", "NE", "NO", "SE",
                                      "SO", "NW", "SW", NULL};
    static const char *const said[] = {"nord", "sud", "èst", "ouest",
                                       "nord-est", "nord-ouest", "sud-est",
                                       "sud-ouest", "nord-ouest", "sud-ouest"};
    static const char *const slopes[] = {"versant", "expos", "orient",
                                         "pentes", NULL};
    int i = S_in(p, wl, pts);
    const char *from = p - st->line > 24 ? p - 24 : st->line;
    for (int k = 0; i >= 0 && slopes[k]; k++)
      if (S_has(from, (size_t)(p - from), slopes[k])) {
        S_sub(st, p, wl, said[i]);
        return q;
      }
  }
  /* a volume of a series: "Vol. II", "vol. 3" */
  if ((S_eq(p, wl, "Vol") || S_eq(p, wl, "vol")) && q + 2 < end &&
      *q == '.' && q[1] == ' ') {
    size_t rn = 0; /* (not "le vol. Il part") */
    while (q + 2 + rn < end && q[2 + rn] && strchr("IVXLC", q[2 + rn]))
      rn++;
    if (S_is_digit(q[2]) || (rn && !S_alnum_at(q + 2 + rn, end))) {
      S_sub(st, p, wl + 1, *p == 'V' ? "Volume" : "volume");
      return q + 1;
    }
  }
  /* a model's mark: "le Caesar Mk II", "Mk 3" */
  if (S_eq(p, wl, "Mk") && q + 1 < end && *q == ' ' &&
      (S_is_digit(q[1]) || (q[1] && strchr("IVX", q[1])))) {
    S_sub(st, p, wl, "marque");
    return q;
  }
  /* a footballer's caps, an own goal, a shoot-out: "62 sél.", "(csc,
   * 12e)", "(4-3 tab)" */
  if (S_eq(p, wl, "s\xc3\xa9l") && q < end && *q == '.' &&
      st->prev_number) {
    int one = p - st->line >= 2 && p[-2] == '1' &&
              (p - st->line == 2 || !S_alnum_at(p - 3, end));
    int stop = q + 1 >= end;
    S_sub(st, p, wl + !stop, one ? "sélection" : "sélections");
    return stop ? q : q + 1;
  }
  /* "ch." alone: a road before its name, a room before its kind ("ch.
   * des Vignes", "ch. double avec sdb"; "5 ch. des Vignes" is read with
   * its number) */
  if (S_eq(p, wl, "ch") && q + 2 < end && *q == '.' && q[1] == ' ' &&
      !(p > st->line && S_is_digit(p[-1]))) {
    static const char *const rooms[] = {"double", "simple", "familiale",
                                        "triple", "twin", "single", NULL};
    const char *t = q + 2, *nm = S_road_name(t, end);
    size_t k = S_letters(t, end);
    if (nm || (k && S_in(t, k, rooms) >= 0)) {
      S_sub(st, p, 3, nm ? "chemin" : "chambre");
      return q + 1;
    }
  }
  if (S_eq(p, wl, "csc") && !S_alnum_at(q, end)) {
    S_sub(st, p, wl, "contre son camp");
    return q;
  }
  if (S_eq(p, wl, "tab") && !S_alnum_at(q, end) && p - st->line >= 4 &&
      p[-1] == ' ' && S_is_digit(p[-2]) &&
      (p[-3] == '-' || p[-3] == '/' || S_is_digit(p[-3]))) {
    S_sub(st, p, wl, "aux tirs au but");
    return q;
  }
  /* "la 75e min": the minute of a match */
  if (wl == 3 && !memcmp(p, "min", 3) && !S_alnum_at(q, end) &&
      p - st->line >= 3 && p[-1] == ' ' && p[-2] == 'e' && S_is_digit(p[-3])) {
    int dot = q < end && *q == '.' && (q + 1 >= end || q[1] == ' ');
    S_sub(st, p, wl + (dot && q + 1 < end), "minute");
    return q + (dot && q + 1 < end);
  }
  /* the old elision of "grande": "la Grand'Rue", "Grand'Place",
   * "grand'mère" (espeak-ng reads "Grand'Rue" as English) */
  if (wl == 5 && (S_eq(p, wl, "Grand") || S_eq(p, wl, "grand")) && q < end) {
    size_t ak = *q == '\'' ? 1 : S_starts(q, end, "\xe2\x80\x99") ? 3 : 0;
    size_t nl = ak ? S_letters(q + ak, end) : 0;
    if (nl >= 3) {
      breve_buf w = {0};
      breve_buf_put(&w, p, wl);
      breve_buf_putc(&w, '-');
      breve_buf_put(&w, q + ak, nl);
      S_sub(st, p, (size_t)(q + ak + nl - p), w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return q + ak + nl;
    }
  }
  /* a span of days in full: "ouvert lundi–samedi" is "du lundi au
   * samedi" */
  {
    static const char *const days[] = {"lundi",    "mardi",  "mercredi",
                                       "jeudi",    "vendredi", "samedi",
                                       "dimanche", NULL};
    size_t dl = wl;
    int d = wl >= 5 && wl <= 8 && strchr("lmjvsd", *p) ? S_in(p, wl, days)
                                                       : -1;
    const char *t = q;
    if (d >= 0 && t < end)
      t += *t == '-' ? 1 : S_starts(t, end, "\xe2\x80\x93") ? 3 : 0;
    /* (two days in a row are two days: "lundi–mardi") */
    if (d >= 0 && t > q && (dl = S_letters(t, end)) &&
        S_in(t, dl, days) > d + 1 && !S_alnum_at(t + dl, end) &&
        !(st->prev_word && (S_eq(st->prev_word, st->prev_len, "du") ||
                            S_eq(st->prev_word, st->prev_len, "de")))) {
      breve_buf w = {0};
      breve_buf_puts(&w, "du ");
      breve_buf_put(&w, p, wl);
      breve_buf_puts(&w, " au ");
      breve_buf_put(&w, t, dl);
      S_sub(st, p, (size_t)(t + dl - p), w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return t + dl;
    }
  }
  /* days shortened before a date: "lun. 3 mars", "mer. 12/03" */
  if (q < end && *q == '.') {
    static const char *const days[] = {"lun", "mar", "mer", "jeu", "ven",
                                       "sam", "dim", "Lun", "Mar", "Mer",
                                       "Jeu", "Ven", "Sam", "Dim", NULL};
    static const char *const full[] = {"lundi", "mardi", "mercredi", "jeudi",
                                       "vendredi", "samedi", "dimanche"};
    int d = S_in(p, wl, days);
    /* a span of days: "Lun.–ven." is "du lundi au vendredi" */
    if (d >= 0 && q + 1 < end) {
      const char *t = q + 1;
      t += *t == '-' ? 1 : S_starts(t, end, "\xe2\x80\x93") ? 3 : 0;
      int d2 = t > q + 1 && t + 4 <= end && t[3] == '.' ? S_in(t, 3, days) : -1;
      if (d2 >= 0) {
        breve_buf w = {0};
        breve_buf_puts(&w, d >= 7 ? "Du " : "du ");
        breve_buf_puts(&w, full[d % 7]);
        breve_buf_puts(&w, " au ");
        breve_buf_puts(&w, full[d2 % 7]);
        S_sub(st, p, (size_t)(t + 4 - p), w.ptr ? w.ptr : "");
        breve_buf_free(&w);
        return t + 4;
      }
    }
    const char *r = q + 1 + S_blank(q + 1, end);
    /* "lun., mar. et jeu.": before another day in a list */
    const char *t2 =
        q + 1 < end && q[1] == ',' ? q + 2 + S_blank(q + 2, end) : NULL;
    int listed = t2 && t2 + 4 <= end && t2[3] == '.' && S_in(t2, 3, days) >= 0;
    /* "du lun. au sam.", "lun. et mar." */
    int span =
        (r > q + 1 && (S_starts(r, end, "au ") || S_starts(r, end, "et ") ||
                       S_starts(r, end, "& ") || S_starts(r, end, "à "))) ||
        (st->prev_word && (S_eq(st->prev_word, st->prev_len, "du") ||
                           S_eq(st->prev_word, st->prev_len, "au"))) ||
        /* "mar. et ven.": after another day */
        (st->prev_word && st->prev_word - st->line >= 5 &&
         st->prev_word[-1] == ' ' && st->prev_word[-2] == '.' &&
         S_in(st->prev_word - 5, 3, days) >= 0 &&
         (st->prev_word - st->line == 5 ||
          !S_alnum_at(st->prev_word - 6, end))) ||
        /* "sam., dim.", "sam. & dim." */
        (st->prev_word && st->prev_len == 3 &&
         S_in(st->prev_word, 3, days) >= 0 && st->prev_word + 5 <= p &&
         st->prev_word[3] == '.' &&
         (st->prev_word[4] == ',' ||
          (st->prev_word + 7 == p && !memcmp(st->prev_word + 4, " & ", 3)))) ||
        /* "fermé le lun.", "sauf lun." */
        (st->prev_word && (S_eq(st->prev_word, st->prev_len, "sauf") ||
                           S_eq(st->prev_word, st->prev_len, "fermé") ||
                           S_eq(st->prev_word, st->prev_len, "Fermé"))) ||
        /* "fermé le dim. et le lun." (not "le jeu.", a game) */
        (st->prev_word && S_eq(st->prev_word, st->prev_len, "le") &&
         memcmp(p, "jeu", 3) != 0 && memcmp(p, "mer", 3) != 0) ||
        /* "le lun. et le jeu.": after another day and "et le" */
        (p - st->line >= 11 && !memcmp(p - 8, ". et le ", 8) &&
         S_in(p - 11, 3, days) >= 0) ||
        /* "le ven. matin" */
        (r > q + 1 && (S_starts(r, end, "matin") || S_starts(r, end, "soir") ||
                       S_starts(r, end, "apr\xc3\xa8s-midi"))) ||
        /* "nocturne le mer. jusqu'à 21 h" */
        (r > q + 1 && st->prev_word && S_eq(st->prev_word, st->prev_len, "le") &&
         S_starts(r, end, "jusqu"));
    if (d >= 0 &&
        ((r > q + 1 && r < end && S_is_digit(*r)) || span || listed)) {
      if (d >= 7) {
        char cap[16];
        snprintf(cap, sizeof cap, "%s", full[d - 7]);
        cap[0] = (char)(cap[0] - 'a' + 'A');
        S_sub(st, p, wl + 1, cap);
      } else {
        S_sub(st, p, wl + 1, full[d]);
      }
      return q + 1;
    }
  }
  /* a race's group: "le Gr.1 de Chantilly", "un Gr. 3" */
  if (S_eq(p, wl, "Gr") && q + 1 < end && *q == '.' &&
      q + 1 + S_blank(q + 1, end) < end &&
      S_is_digit(q[1 + S_blank(q + 1, end)])) {
    S_sub(st, p, 3, S_is_digit(q[1]) ? "groupe " : "groupe");
    return q + 1;
  }
  if ((S_eq(p, wl, "av") || S_eq(p, wl, "apr") || S_eq(p, wl, "ap")) &&
      q < end && *q == '.') {
    const char *r = q + 1 + S_blank(q + 1, end);
    if (S_starts(r, end, "J.-C.")) {
      const char *t = r + 5;
      size_t k = S_blank(t, end);
      int stop = t >= end || (k && S_upper_at(t + k, end));
      /* a span across the era: "(63 av. J.-C.-14 apr. J.-C.)" */
      int span = t + 1 < end && *t == '-' && S_is_digit(t[1]);
      S_sub(st, p, (size_t)(r + (stop ? 4 : 5) + span - p),
            *p == 'a' && p[1] == 'v'
                ? (span ? "avant Jésus-Christ à" : "avant Jésus-Christ")
                : (span ? "après Jésus-Christ à" : "après Jésus-Christ"));
      return r + (stop ? 4 : 5) + span;
    }
    /* "en 31 av. notre ère" */
    if (S_starts(r, end, "notre \xc3\xa8re")) {
      S_sub(st, p, (size_t)(q + 1 - p), p[1] == 'v' ? "avant" : "après");
      return q + 1;
    }
    /* the era as historians write it: "664 av. n. è." is "avant notre
     * ère" */
    if (S_starts(r, end, "n. \xc3\xa8.") || S_starts(r, end, "n.\xc3\xa8.")) {
      size_t n = r[2] == ' ' ? 6 : 5;
      const char *t = r + n;
      size_t k = S_blank(t, end);
      int stop = t >= end || (k && S_upper_at(t + k, end));
      S_sub(st, p, (size_t)(r + n - (stop ? 1 : 0) - p),
            *p == 'a' && p[1] == 'v' ? "avant notre ère"
                                     : "après notre ère");
      return r + n - (stop ? 1 : 0);
    }
  }
  if (S_starts(p, end, "p. ex.")) { /* "des fruits, p. ex. des pommes" */
    int stop = p + 6 >= end;
    S_sub(st, p, stop ? 5 : 6, "par exemple");
    return p + (stop ? 5 : 6);
  }
  if (S_starts(p, end, "c.-à-d.")) {
    S_sub(st, p, 9, "c'est-à-dire");
    return p + 9;
  }
  /* "vivre au j/j" is "au jour le jour" */
  if (S_eq(p, wl, "j") && q + 1 < end && q[0] == '/' && q[1] == 'j' &&
      S_ends_clean(q + 2, end) && p - st->line >= 3 &&
      !memcmp(p - 3, "au ", 3)) {
    S_say(st, "jour le jour");
    return q + 2;
  }
  /* a flow named alone: "un débit en m³/h", "en m³/s" */
  if (S_eq(p, wl, "m") && q + 3 < end && (unsigned char)q[0] == 0xC2 &&
      (unsigned char)q[1] == 0xB3 && q[2] == '/' &&
      (q[3] == 'h' || q[3] == 's') && S_ends_clean(q + 4, end)) {
    S_say(st, q[3] == 'h' ? "mètres cubes par heure"
                          : "mètres cubes par seconde");
    return q + 4;
  }
  /* "le prix du m²": the unit alone */
  if ((S_eq(p, wl, "m") || S_eq(p, wl, "km") || S_eq(p, wl, "cm")) &&
      q + 1 < end && (unsigned char)q[0] == 0xC2 &&
      ((unsigned char)q[1] == 0xB2 || (unsigned char)q[1] == 0xB3) &&
      S_ends_clean(q + 2, end)) {
    breve_buf w = {0};
    breve_buf_puts(&w, wl == 1 ? "mètre" : *p == 'k' ? "kilomètre" : "centimètre");
    breve_buf_puts(&w, (unsigned char)q[1] == 0xB2 ? " carré" : " cube");
    S_say_buf(st, &w);
    return q + 2;
  }
  /* ratings: "AA-", "BBB+", "A-" */
  if (wl <= 3 && q < end && (*q == '+' || *q == '-') &&
      S_ends_clean(q + 1, end) &&
      !(q + 1 < end && (q[1] == '+' || q[1] == '-' || q[1] == '#'))) {
    size_t i = 0;
    while (i < wl && (p[i] == 'A' || p[i] == 'B' || p[i] == 'C') &&
           p[i] == p[0])
      i++;
    /* and blood groups: "O−", "AB+" */
    if (S_eq(p, wl, "O") || S_eq(p, wl, "AB"))
      i = wl;
    if (i == wl) {
      breve_buf w = {0};
      for (size_t j = 0; j < wl; j++) {
        if (j)
          breve_buf_putc(&w, ' ');
        breve_buf_putc(&w, p[j]);
      }
      breve_buf_puts(&w, *q == '+' ? " plus" : " moins");
      S_say_buf(st, &w);
      return q + 1;
    }
  }
  /* football's leagues: "3e de L1 avec 45 pts", "relégué en L2" are
   * "Ligue un", "Ligue deux" (a student's "L2" is spelled) */
  if (S_eq(p, wl, "L") && q < end && (*q == '1' || *q == '2') &&
      !S_alnum_at(q + 1, end) && !(q + 1 < end && q[1] == '/')) {
    static const char *const ball[] = {"journée", "buteur", "relégué",
                                       " pts",    "promu",  "match",
                                       "club",    "Ligue",  "classement",
                                       NULL};
    if (S_line_has_any(st, ball)) {
      S_sub(st, p, 2, *q == '1' ? "Ligue un" : "Ligue deux");
      return q + 1;
    }
  }
  /* "S03E08": season and episode */
  /* ("S2E5" too) */
  size_t sd = wl == 1 && *p == 'S' ? S_digits(q, end) : 0;
  size_t ed = sd >= 1 && sd <= 2 && q + sd < end && q[sd] == 'E'
                  ? S_digits(q + sd + 1, end)
                  : 0;
  if (ed >= 1 && ed <= 2 && S_ends_clean(q + sd + 1 + ed, end)) {
    breve_buf w = {0};
    uint64_t a, e;
    breve_fr_parse_u64(q, sd, &a);
    breve_fr_parse_u64(q + sd + 1, ed, &e);
    breve_buf_puts(&w, "saison");
    breve_fr_cardinal(&w, a, 0);
    breve_buf_puts(&w, " épisode");
    breve_fr_cardinal(&w, e, 0);
    S_say_buf(st, &w);
    return q + sd + 1 + ed;
  }
  /* "au S1", "le S2", "H1 2026": the half-year; "au T3", "T4 2025", "T3 :"
   * at the start of a line: the quarter (not "un T3", a flat of three
   * rooms) */
  /* a golfer's tied place: "T3 à -11 après 54 trous" is "troisième ex
   * aequo" (a score under par follows, or the line is about golf) */
  if (wl == 1 && *p == 'T' && q < end && *q >= '1' && *q <= '9' &&
      (p == st->line || !S_alnum_at(p - 1, end))) {
    size_t d = S_digits(q, end);
    static const char *const golf[] = {"golf", " trous", " trou ", "birdie",
                                       "bogey", "sous le par", "eagle",
                                       " par 7", NULL};
    const char *r = q + d;
    if (d <= 2 && S_ends_clean(r, end) &&
        (S_starts(r, end, " \xc3\xa0 -") || S_starts(r, end, " (-") ||
         S_starts(r, end, " \xc3\xa0 +") || S_line_has_any(st, golf))) {
      uint64_t v;
      breve_fr_parse_u64(q, d, &v);
      breve_buf w = {0};
      breve_fr_ordinal(&w, v, 0, 0);
      breve_buf_puts(&w, " \xc3\xa8gz\xc3\xa9ko"); /* [ɛɡzeko] */
      S_sub(st, p, 1 + d, w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return r;
    }
  }
  /* an airport's terminal: "au T2 de Roissy", "le T1 d'Orly" */
  if (wl == 1 && *p == 'T' && q < end && *q >= '1' && *q <= '9' &&
      S_ends_clean(q + 1, end)) {
    static const char *const airports[] = {" de Roissy",
                                           " d'Orly",
                                           " d\xe2\x80\x99Orly",
                                           " de CDG",
                                           " de Charles-de-Gaulle",
                                           " de l'a\xc3\xa9roport",
                                           " de l’aéroport",
                                           " de Nice",
                                           " de Heathrow",
                                           " de Zaventem",
                                           NULL};
    int named = 0;
    for (int i = 0; airports[i] && !named; i++)
      named = S_starts(q + 1, end, airports[i]);
    if (named) {
      breve_buf w = {0};
      breve_buf_puts(&w, "terminal");
      breve_fr_cardinal(&w, (uint64_t)(*q - '0'), 0);
      S_sub(st, p, 2, w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return q + 1;
    }
  }
  /* (and an English quarter: "au Q4", "le Q3 2026") */
  if (wl == 1 && (*p == 'S' || *p == 'H' || *p == 'T' || *p == 'Q') &&
      q < end && *q >= '1' && *q <= (*p == 'T' || *p == 'Q' ? '4' : '2') &&
      S_ends_clean(q + 1, end)) {
    static const char *const before[] = {"au", "du", "ce", "Au",
                                         "Du", "Ce", NULL};
    const char *c = q + 1 + S_blank(q + 1, end);
    int period =
        S_year_follows(q + 1, end) ||
        (st->prev_word && S_in(st->prev_word, st->prev_len, before) >= 0) ||
        (*p == 'S' && st->prev_word &&
         S_eq(st->prev_word, st->prev_len, "le")) ||
        /* (a heading before its figures: "T3 : +3,1 %", not "H2 : un
         * pari risqué") */
        (p == st->line && c < end && *c == ':' &&
         c + 1 + S_blank(c + 1, end) < end &&
         (S_is_digit(c[1 + S_blank(c + 1, end)]) ||
          strchr("+-", c[1 + S_blank(c + 1, end)])));
    if (period) {
      static const char *const nth[] = {"premier", "deuxième", "troisième",
                                        "quatrième"};
      breve_buf w = {0};
      /* (a quarter of a basketball match before its score: "Q1 : 22-18"
       * is "premier quart-temps") */
      const char *sc = c + 1 + S_blank(c + 1, end);
      size_t sd = *p == 'Q' && c < end && *c == ':' ? S_digits(sc, end) : 0;
      int match = sd && sd <= 3 && sc + sd + 1 < end && sc[sd] == '-' &&
                  S_is_digit(sc[sd + 1]);
      if (*p == 'T' || *p == 'Q') {
        breve_buf_puts(&w, nth[*q - '1']);
        breve_buf_puts(&w, match ? " quart-temps" : " trimestre");
      } else {
        breve_buf_puts(&w, *q == '1' ? "premier semestre" : "second semestre");
      }
      S_sub(st, p, 2, w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return q + 1;
    }
  }
  /* a flight level: "au FL350" is "au niveau de vol trois cent
   * cinquante" */
  if (wl == 2 && p[0] == 'F' && p[1] == 'L' && q < end && S_is_digit(*q)) {
    size_t nd = S_digits(q, end);
    uint64_t fl = 0;
    if (nd >= 2 && nd <= 3 && S_ends_clean(q + nd, end) &&
        breve_fr_parse_u64(q, nd, &fl)) {
      breve_buf w = {0};
      breve_buf_puts(&w, "niveau de vol");
      breve_fr_cardinal(&w, fl, 0);
      S_sub(st, p, (size_t)(q + nd - p), w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return q + nd;
    }
  }
  /* an epidemic's week: "+4,5 % en S48" is "en semaine quarante-huit"
   * (S1 and S2 are half-years) */
  if (wl == 1 && *p == 'S' && q < end && S_is_digit(*q) && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "en") ||
       S_eq(st->prev_word, st->prev_len, "En"))) {
    size_t nd = S_digits(q, end);
    uint64_t wk = 0;
    if (nd <= 2 && S_ends_clean(q + nd, end) &&
        breve_fr_parse_u64(q, nd, &wk) && wk >= 3 && wk <= 53) {
      breve_buf w = {0};
      breve_buf_puts(&w, "semaine");
      breve_fr_cardinal(&w, (unsigned)wk, 0);
      S_sub(st, p, (size_t)(q + nd - p), w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return q + nd;
    }
  }
  /* "Tel: 05 56...", "Tel. 01...": the telephone, typed without its
   * accent */
  if (S_eq(p, wl, "Tel") && q < end &&
      (*q == ':' || *q == '.' || (*q == ' ' && q + 1 < end && q[1] == ':'))) {
    S_sub(st, p, 3, "t\xc3\xa9l\xc3\xa9phone");
    return q + (*q == ' ') + 1;
  }
  /* "un billet A/R" */
  if (S_eq(p, wl, "A") && S_starts(q, end, "/R") && S_ends_clean(q + 2, end)) {
    S_sub(st, p, 3, "aller-retour");
    return q + 2;
  }
  /* a job offer: "H/F", "F/H" */
  if (wl == 1 && (*p == 'H' || *p == 'F' || *p == 'h' || *p == 'f') &&
      q + 1 < end && *q == '/' &&
      (q[1] | 0x20) == ((*p | 0x20) == 'h' ? 'f' : 'h') &&
      S_is_upper_ascii(*p) == S_is_upper_ascii(q[1]) &&
      S_ends_clean(q + 2, end) &&
      (q + 2 == end || q[2] != '/') &&
      (p == st->line || !S_alnum_at(p - 1, end)) &&
      (p == st->line || p[-1] != '/')) {
    /* "homme ou femme" after a job ("Serveur H/F", "(H/F)", "CDI, H/F"),
     * "hommes femmes" after anything else ("l'écart H/F", "10 000 m
     * H/F") */
    static const char *const jobs[] = {"ien", "ier", "ière", "eur", "euse",
                                       "rice", "ant", "ante", "iste", "ste",
                                       "ent", "ente", NULL};
    const char *e = p, *b;
    while (e > st->line && e[-1] == ' ')
      e--;
    int job = e > st->line && (e[-1] == '(' || e[-1] == ',');
    for (b = e; b > st->line && ((b[-1] >= 'a' && b[-1] <= 'z') ||
                                 (unsigned char)b[-1] >= 0x80);)
      b--;
    for (int i = 0; !job && jobs[i]; i++)
      job = S_ends_with(b, (size_t)(e - b), jobs[i]);
    /* (and "comptable H/F", "secrétaire H/F", not "salaire H/F") */
    static const char *const more[] = {
        "able", "secr\xc3\xa9taire", "gestionnaire", "stagiaire", "chef",
        "cadre", "libraire", "notaire", "mandataire", "commissaire", NULL};
    size_t bn = (size_t)(e - b);
    int cap = b > st->line && S_is_upper_ascii(b[-1]);
    for (int i = 0; !job && more[i]; i++) {
      size_t k = strlen(more[i]);
      job = S_ends_with(b, bn, more[i]) ||
            (bn == k && !memcmp(b, more[i], k)) ||
            (cap && bn + 1 == k && (b[-1] | 0x20) == more[i][0] &&
             !memcmp(b, more[i] + 1, bn));
    }
    S_sub(st, p, 3,
          (*p | 0x20) == 'h' ? (job ? "homme ou femme" : "hommes femmes")
                    : (job ? "femme ou homme" : "femmes hommes"));
    return q + 2;
  }
  /* results "à pcc", "à tcc": at constant scope and exchange rates */
  if ((S_eq(p, wl, "pcc") || S_eq(p, wl, "tcc")) && S_ends_clean(q, end) &&
      st->prev_word && S_eq(st->prev_word, st->prev_len, "\xc3\xa0")) {
    S_sub(st, p, wl,
          *p == 'p' ? "p\xc3\xa9rim\xc3\xa8tre et change constants"
                    : "taux de change constants");
    return q;
  }
  /* a version of a program: "la v2.1" is "la version deux point un" (a
   * capital V is an engine or a rocket: "V8", "V2") */
  if (wl == 1 && *p == 'v' && q < end && S_is_digit(*q) &&
      S_digits(q, end) <= 3 && (p == st->line || !S_alnum_at(p - 1, end))) {
    const char *e = q + S_digits(q, end);
    while (e + 1 < end && *e == '.' && S_is_digit(e[1]) &&
           S_digits(e + 1, end) <= 3)
      e += 1 + S_digits(e + 1, end);
    if (S_ends_clean(e, end)) {
      breve_buf w = {0};
      breve_buf_puts(&w, "version");
      for (const char *d = q; d < e;) {
        size_t k = S_digits(d, end);
        uint64_t x;
        breve_buf_puts(&w, d == q ? " " : " point ");
        if (breve_fr_parse_u64(d, k, &x))
          breve_fr_cardinal(&w, x, 0);
        d += k + (d + k < e);
      }
      S_say_buf(st, &w);
      return e;
    }
  }
  /* an age group of a sport: "les U20", "en U11" are "moins de vingt
   * ans", "moins de onze ans" (not the band U2) */
  /* (and the youngest after an article or in brackets: "des U6",
   * "(U8)"; not a Berlin metro line, "la U6") */
  static const char *const groups[] = {"les", "des", "en", "aux", "Les",
                                       "Des", "En", NULL};
  size_t ud = wl == 1 && *p == 'U' ? S_digits(q, end) : 0;
  int young = ud == 1 && *q >= '5' && *q <= '9' &&
              ((p > st->line && p[-1] == '(') ||
               /* "les U6–U8" */
               (p - st->line >= 5 && S_is_digit(p[-4]) && p[-5] == 'U' &&
                !memcmp(p - 3, "\xe2\x80\x93", 3)) ||
               (p - st->line >= 3 && p[-1] == '-' && S_is_digit(p[-2]) &&
                p[-3] == 'U') ||
               (st->prev_word && !st->prev_number &&
                S_in(st->prev_word, st->prev_len, groups) >= 0));
  if (((ud == 2 && (q[0] == '1' || (q[0] == '2' && q[1] <= '3'))) ||
       young) &&
      S_ends_clean(q + ud, end)) {
    /* (the dash between two groups is a pause) */
    breve_buf *o = st->out;
    if (p > st->line && (p[-1] == '-' || (unsigned char)p[-1] == 0x93)) {
      size_t k = p[-1] == '-' ? 1 : 3;
      if ((size_t)(p - st->line) >= k && o->len >= k &&
          !memcmp(o->ptr + o->len - k, p - k, k)) {
        o->len -= k;
        o->ptr[o->len] = '\0';
        S_pause(st);
      }
    }
    breve_buf w = {0};
    uint64_t age;
    breve_fr_parse_u64(q, ud, &age);
    breve_buf_puts(&w, "moins de");
    breve_fr_cardinal(&w, age, 0);
    breve_buf_puts(&w, " ans");
    S_say_buf(st, &w);
    return q + ud;
  }
  /* a match day: "lors de la J12" is "la douzième journée", and on a
   * line about a league "J30 : 3e avec 24 pts" (not a terminal's "J4") */
  static const char *const games[] = {
      "Ligue", "ligue", "journée", "pts", "points", "match", "Top 14",
      "Pro D2", "championnat", "classement", "victoire", "défaite",
      "Élite", "Starligue", "Liga", "Serie A", "Bundesliga", "League", NULL};
  if (wl == 1 && *p == 'J' && q < end && S_is_digit(*q) &&
      S_digits(q, end) <= 2 && *q != '0' &&
      S_ends_clean(q + S_digits(q, end), end) &&
      ((st->prev_word && (S_eq(st->prev_word, st->prev_len, "la") ||
                          S_eq(st->prev_word, st->prev_len, "La"))) ||
       (S_line_has_any(st, games) &&
        (S_digits(q, end) == 1 || *q < '3' || (*q == '3' && q[1] <= '8'))))) {
    breve_buf w = {0};
    uint64_t d;
    breve_fr_parse_u64(q, S_digits(q, end), &d);
    breve_fr_ordinal(&w, d, 1, 0);
    breve_buf_puts(&w, " journée");
    S_say_buf(st, &w);
    return q + S_digits(q, end);
  }
  /* a rent: "650 €/mois CC", "800 € HC" */
  if ((S_eq(p, wl, "CC") || S_eq(p, wl, "HC")) && S_ends_clean(q, end) &&
      st->out->len >= 5) {
    const breve_buf *o = st->out;
    size_t n = o->len;
    while (n && o->ptr[n - 1] == ' ')
      n--;
    if ((n >= 4 && !memcmp(o->ptr + n - 4, "mois", 4)) ||
        (n >= 5 && !memcmp(o->ptr + n - 5, "euros", 5))) {
      S_sub(st, p, wl, *p == 'C' ? "charges comprises" : "hors charges");
      return q;
    }
  }
  /* alcohol by volume: "13,5 % vol." (or without its dot, "6,2 % vol") */
  size_t ol = st->out->len;
  while (ol && st->out->ptr[ol - 1] == ' ')
    ol--;
  if (S_eq(p, wl, "vol") && !S_alnum_at(q, end) && ol >= 9 &&
      !memcmp(st->out->ptr + ol - 9, "pour cent", 9)) {
    S_sub(st, p, wl, "volume");
    if (!(q < end && *q == '.'))
      return q;
    return q + (q + 1 < end && q[1] == ' ' && !S_upper_at(q + 2, end));
  }
  /* volumes, vehicles or weeks counted: "2 vol., 35 €", "2 000
   * véh./jour", "12 sem. à 9,50 €"
   * (the dot kept where it ends a sentence) */
  if ((S_eq(p, wl, "vol") || S_eq(p, wl, "v\xc3\xa9h") ||
       S_eq(p, wl, "sem") || S_eq(p, wl, "adj") || S_eq(p, wl, "ind") ||
       S_eq(p, wl, "inj")) && q < end && *q == '.' &&
      p - st->line >= 2 && p[-1] == ' ' && S_is_digit(p[-2]) &&
      st->prev_number) {
    int one = p[-2] == '1' &&
              (p - st->line == 2 || !S_alnum_at(p - 3, end)) &&
              !(p - st->line > 2 && (p[-3] == ',' || p[-3] == '.'));
    int stop = q + 1 >= end || (q[1] == ' ' && S_upper_at(q + 2, end));
    static const char *const said[][2] = {{"volumes", "volume"},
                                          {"v\xc3\xa9hicules",
                                           "v\xc3\xa9hicule"},
                                          {"semaines", "semaine"},
                                          {"adjoints", "adjoint"},
                                          /* birds counted, a vaccine's
                                           * doses: "10 ind.", "2 inj." */
                                          {"individus", "individu"},
                                          {"injections", "injection"}};
    int which = *p == 's'   ? 2
                : *p == 'a' ? 3
                : *p == 'i' ? (p[2] == 'd' ? 4 : 5)
                : p[1] == 'o' ? 0
                              : 1;
    S_sub(st, p, stop ? wl : wl + 1, said[which][one]);
    return stop ? q : q + 1;
  }
  /* a mayor's deputy by rank: "le 1er adj.", "la 2e adj." */
  if (S_eq(p, wl, "adj") && q < end && *q == '.' && p - st->line >= 4 &&
      p[-1] == ' ' &&
      (!memcmp(p - 3, "er", 2) || !memcmp(p - 3, "re", 2) ||
       (p[-2] == 'e' && S_is_digit(p[-3])))) {
    const char *nx = q + 2;
    int stop = q + 1 >= end ||
               (q[1] == ' ' && S_upper_at(nx, end) &&
                !S_starts(nx, end, "M.") && !S_starts(nx, end, "Mme"));
    const char *d0 = p - 3; /* "la 2e adj." is a woman too */
    while (d0 > st->line && S_is_digit(d0[-1]))
      d0--;
    int she = (p[-2] == 'e' && p[-3] == 'r') ||
              (d0 - st->line >= 3 && !memcmp(d0 - 3, "la ", 3));
    S_sub(st, p, stop ? wl : wl + 1, she ? "adjointe" : "adjoint");
    return stop ? q : q + 1;
  }
  /* a list's label: "div. g.", "div. d." are "divers gauche", "divers
   * droite" */
  if (S_eq(p, wl, "div") && q + 3 < end && q[0] == '.' && q[1] == ' ' &&
      (q[2] == 'g' || q[2] == 'd') && q[3] == '.' &&
      !S_alnum_at(q + 4, end)) {
    int stop = q + 4 >= end || (q[4] == ' ' && S_upper_at(q + 5, end));
    S_sub(st, p, stop ? 6 : 7,
          q[2] == 'g' ? "divers gauche" : "divers droite");
    return stop ? q + 3 : q + 4;
  }
  /* a director: "le dir. sportif", "du dir. technique", "Jean Roux, dir.
   * de l'agence" ("sous la dir. de" is the direction, below) */
  if (S_eq(p, wl, "dir") && q + 2 < end && q[0] == '.' && q[1] == ' ' &&
      q[2] >= 'a' && q[2] <= 'z' && st->prev_word &&
      ((p - st->line >= 2 && p[-1] == ' ' && p[-2] == ',' &&
        S_capitalised(st->prev_word, st->prev_len) &&
        S_starts(q + 2, end, "de")) ||
       S_eq(st->prev_word, st->prev_len, "le") ||
       S_eq(st->prev_word, st->prev_len, "du") ||
       S_eq(st->prev_word, st->prev_len, "au") ||
       S_eq(st->prev_word, st->prev_len, "Le") ||
       S_eq(st->prev_word, st->prev_len, "son"))) {
    S_sub(st, p, wl + 1, "directeur");
    return q + 1;
  }
  /* "le nb de places", "nb d'inscrits" */
  if (S_eq(p, wl, "nb") && (p == st->line || !S_alnum_at(p - 1, end))) {
    const char *t = q + (q < end && *q == '.');
    if (S_starts(t, end, " de ") || S_starts(t, end, " d'") ||
        S_starts(t, end, " d\xe2\x80\x99") || S_starts(t, end, " des ")) {
      S_sub(st, p, (size_t)(t - p), "nombre");
      return t;
    }
  }
  /* a match won "a.p." (after extra time) or "aux t.a.b." (on penalties) */
  if (wl == 1 && (*p == 'a' || *p == 't') && (p == st->line || p[-1] == ' ') &&
      (S_starts(p, end, "a.p.") || S_starts(p, end, "t.a.b.")) &&
      !S_alnum_at(p + (*p == 'a' ? 4 : 6), end)) {
    size_t n = *p == 'a' ? 4 : 6;
    int stop = p + n >= end;
    S_sub(st, p, stop ? n - 1 : n,
          *p == 'a' ? "apr\xc3\xa8s prolongation" : "tirs au but");
    return p + n - stop;
  }
  /* an opening time: "ouvert t.l.j. sauf le 25" */
  if (wl == 1 && *p == 't' && (p == st->line || p[-1] == ' ') &&
      S_starts(p, end, "t.l.j") &&
      !S_alnum_at(p + 5 + (p + 5 < end && p[5] == '.'), end)) {
    size_t n = 5 + (p + 5 < end && p[5] == '.');
    int stop = p + n >= end && n == 6;
    S_sub(st, p, stop ? n - 1 : n, "tous les jours");
    return p + n - stop;
  }
  /* one at a time: "6,2 t par hab. et par an" */
  if (S_eq(p, wl, "hab") && q < end && *q == '.' && st->prev_word &&
      S_eq(st->prev_word, st->prev_len, "par")) {
    int stop = q + 1 >= end || (q[1] == ' ' && S_upper_at(q + 2, end));
    S_sub(st, p, stop ? wl : wl + 1, "habitant");
    return stop ? q : q + 1;
  }
  /* a density without its dot: "21 000 hab/km²" */
  if (S_eq(p, wl, "hab") && q < end && *q == '/' && p - st->line >= 2 &&
      p[-1] == ' ' && S_is_digit(p[-2])) {
    S_sub(st, p, wl, "habitants");
    return q;
  }
  /* a listing: "chauff. coll. au gaz" is "collectif", "prix à déb."
   * "à débattre" */
  if (S_eq(p, wl, "coll") && q < end && *q == '.' && p - st->line >= 8 &&
      (!memcmp(p - 8, "chauff. ", 8) ||
       (p - st->line >= 10 && !memcmp(p - 10, "chauffage ", 10)))) {
    int stop = q + 1 >= end || (q[1] == ' ' && S_upper_at(q + 2, end));
    S_sub(st, p, stop ? wl : wl + 1, "collectif");
    return stop ? q : q + 1;
  }
  if (S_eq(p, wl, "d\xc3\xa9" "b") && q < end && *q == '.' && st->prev_word &&
      S_eq(st->prev_word, st->prev_len, "\xc3\xa0")) {
    int stop = q + 1 >= end || (q[1] == ' ' && S_upper_at(q + 2, end));
    S_sub(st, p, stop ? wl : wl + 1, "d\xc3\xa9" "battre");
    return stop ? q : q + 1;
  }
  /* an assist: "4 passes déc." */
  if (S_eq(p, wl, "d\xc3\xa9" "c") && q < end && *q == '.' && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "passes") ||
       S_eq(st->prev_word, st->prev_len, "passe"))) {
    int stop = q + 1 >= end || (q[1] == ' ' && S_upper_at(q + 2, end));
    S_sub(st, p, stop ? wl : wl + 1,
          st->prev_len == 6 ? "d\xc3\xa9" "cisives" : "d\xc3\xa9" "cisive");
    return stop ? q : q + 1;
  }
  /* a price per kilo: "3 € le kg", "vendu au kg" */
  {
    static const char *const per[] = {"le", "au", "par", "du", NULL};
    if (S_eq(p, wl, "kg") && S_ends_clean(q, end) && st->prev_word &&
        !st->prev_number && st->prev_word + st->prev_len + 1 == p &&
        S_in(st->prev_word, st->prev_len, per) >= 0) {
      S_sub(st, p, wl, "kilo");
      return q;
    }
    /* and per litre, after a price: "1,19 € le L" */
    if (wl == 1 && (*p == 'L' || *p == 'l') && S_ends_clean(q, end) &&
        !(q < end && (*q == '\'' || *q == '.')) && st->prev_word &&
        !st->prev_number && st->prev_word + st->prev_len + 1 == p &&
        S_in(st->prev_word, st->prev_len, per) >= 0 &&
        S_after_money(st, st->prev_word)) {
      S_sub(st, p, wl, "litre");
      return q;
    }
  }
  /* the note "do" (espeak-ng says "dou"): "en do majeur", "do♯" */
  if (S_eq(p, wl, "do") || S_eq(p, wl, "Do")) {
    static const char *const after[] = {
        "\xe2\x99\xaf", "\xe2\x99\xad", " dièse", " bémol", " majeur",
        " mineur", NULL};
    for (int i = 0; after[i]; i++)
      if (S_starts(q, end, after[i]) &&
          !S_alnum_at(q + strlen(after[i]), end)) {
        S_sub(st, p, wl, *p == 'D' ? "Dô" : "dô");
        return q;
      }
  }
  /* a letter squared or cubed, in a formula: "x²" is "x au carré" (not
   * "m²", a unit) */
  if (wl == 1 && *p >= 'a' && *p <= 'z' && *p != 'm' &&
      (S_starts(q, end, "\xc2\xb2") || S_starts(q, end, "\xc2\xb3")) &&
      !S_alnum_at(q + 2, end)) {
    breve_buf w = {0};
    breve_buf_putc(&w, *p);
    breve_buf_puts(&w, q[1] == '\xb2' ? " au carré" : " au cube");
    if (w.ptr && !w.oom) {
      S_sub(st, p, 3, w.ptr);
      breve_buf_free(&w);
      return q + 2;
    }
    breve_buf_free(&w);
  }
  /* a ratio of units alone: "mg/l" is "milligrammes par litre", "kg/m²"
   * "kilogrammes par mètre carré" */
  if (q + 1 < end && *q == '/' &&
      (p == st->line || p[-1] == '(' ||
       (p[-1] == ' ' && !(p - st->line >= 2 && S_is_digit(p[-2])))) &&
      !(S_eq(p, wl, "km") && q[1] == 'h')) {
    const char *ua;
    const S_unit *u = S_unit_at(p, end, 1, &ua);
    /* (a unit that is a ratio itself: "km/s", "m/s") */
    if (u && ua > q && strchr(u->abbr, '/') && S_ends_clean(ua, end)) {
      S_sub(st, p, (size_t)(ua - p), u->many);
      return ua;
    }
    /* (in capitals too: "en W/kg", "le ratio MW/habitant") */
    if (u && ua == q && wl >= 1 &&
        (breve_cp_is_lower(S_cp(p, end, NULL)) || S_eq(p, wl, "W") ||
         (wl >= 2 && strlen(u->abbr) == wl && !memcmp(u->abbr, p, wl)))) {
      breve_buf w = {0};
      breve_buf_puts(&w, u->many);
      const char *r = S_per(&w, q, end);
      if (r > q && S_ends_clean(r, end) && w.ptr && !w.oom) {
        S_sub(st, p, (size_t)(r - p), w.ptr);
        breve_buf_free(&w);
        return r;
      }
      breve_buf_free(&w);
    }
  }
  /* "en km/h": the unit alone ("le km/h" is one) */
  if (S_eq(p, wl, "km") && S_starts(q, end, "/h") && S_ends_clean(q + 2, end)) {
    static const char *const one[] = {"le", "du", "au", "un", "chaque", NULL};
    int single = st->prev_word && !st->prev_number &&
                 st->prev_word + st->prev_len + 1 == p &&
                 S_in(st->prev_word, st->prev_len, one) >= 0;
    S_sub(st, p, wl + 2, single ? "kilomètre-heure" : "kilomètres-heure");
    return q + 2;
  }
  /* "E=mc²" */
  if (S_eq(p, wl, "mc") && S_starts(q, end, "²") && S_ends_clean(q + 2, end)) {
    S_sub(st, p, wl + 2, "M C deux"); /* as it is said */
    return q + 2;
  }
  /* "le prix du kWh": energy units alone, which espeak-ng spells */
  {
    static const char *const energy[] = {"kWh", "MWh", "GWh", "TWh", NULL};
    static const char *const said[] = {"kilowattheure", "mégawattheure",
                                       "gigawattheure", "térawattheure"};
    int e = S_in(p, wl, energy);
    if (e >= 0 && !S_alnum_at(q, end)) {
      S_sub(st, p, wl, said[e]);
      return q;
    }
  }
  /* copies of a book or a game: "250 000 ex."; a ship's or a plane's
   * passengers: "450 pass." */
  /* (and after a scale: "12 M d'ex." is "douze millions d'exemplaires") */
  int scaled = 0;
  if (wl == 2 && p - st->line >= 2 && p[-1] == '\'' && p[-2] == 'd') {
    const breve_buf *o = st->out;
    for (size_t i = o->len > 16 ? o->len - 16 : 0; i + 6 <= o->len; i++)
      scaled |= !memcmp(o->ptr + i, "milli", 5) &&
                (o->ptr[i + 5] == 'o' || o->ptr[i + 5] == 'a' ||
                 o->ptr[i + 5] == 'e'); /* millions, milliards, milliers */
  }
  if ((S_eq(p, wl, "ex") || S_eq(p, wl, "pass")) && q < end && *q == '.' &&
      (st->prev_number || scaled)) {
    const breve_buf *o = st->out;
    int one = (o->len >= 4 && !memcmp(o->ptr + o->len - 4, " un ", 4)) ||
              (o->len == 3 && !memcmp(o->ptr, "un ", 3));
    const char *said = wl == 4 ? (one ? "passager" : "passagers")
                               : (one ? "exemplaire" : "exemplaires");
    /* (and a rate: "80 000 ex./h" is "exemplaires par heure") */
    if (q + 1 < end && q[1] == '/') {
      breve_buf w = {0};
      breve_buf_puts(&w, said);
      const char *after = S_per(&w, q + 1, end);
      if (after != q + 1) {
        S_say_buf(st, &w);
        return after;
      }
      breve_buf_free(&w);
    }
    S_sub(st, p, wl, said);
    /* the dot goes inside a sentence, stays at its end */
    return (q + 1 < end && q[1] == ' ' && q + 2 < end && q[2] >= 'a' &&
            q[2] <= 'z') ||
                   (q + 1 < end && (q[1] == ',' || q[1] == ';' || q[1] == ')'))
               ? q + 1
               : q;
  }
  if (S_eq(p, wl, "ex") && q < end && *q == '.' && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "par") ||
       S_eq(st->prev_word, st->prev_len, "Par"))) {
    S_sub(st, p, 2, "exemple"); /* "par ex." */
    return q + 1;
  }
  /* "les É.-U.", "le R.-U." */
  {
    static const char *const cut[] = {"É.-U.", "E.-U.", "R.-U.", NULL};
    for (int i = 0; cut[i]; i++)
      if (S_starts(p, end, cut[i])) {
        size_t k = strlen(cut[i]);
        const char *r = p + k;
        size_t b = S_blank(r, end);
        int stop = r >= end || (b && S_upper_at(r + b, end));
        S_sub(st, p, stop ? k - 1 : k, i < 2 ? "États-Unis" : "Royaume-Uni");
        return stop ? r - 1 : r;
      }
  }
  if (S_starts(p, end, "P.-S.") || S_starts(p, end, "N.B.")) {
    size_t k = *p == 'P' ? 5 : 4;
    /* ("béné": espeak-ng says "bene" as "benne") */
    S_sub(st, p, k, *p == 'P' ? "post-scriptum" : "nota béné");
    return p + k;
  }
  /* a letter's references and enclosures: "V/Réf.", "N/Réf." are "votre
   * référence", "notre référence"; "P.J. :" is "pièce jointe" */
  if ((*p == 'V' || *p == 'N') && p + 1 < end && p[1] == '/' &&
      (p == st->line || !S_alnum_at(p - 1, end)) &&
      (S_starts(p + 2, end, "Réf") || S_starts(p + 2, end, "réf") ||
       S_starts(p + 2, end, "Ref") || S_starts(p + 2, end, "ref"))) {
    const char *r = p + 2 + (p[3] == 'e' ? 3 : 4);
    if (!S_alnum_at(r, end)) {
      int dot = r < end && *r == '.' && r + 1 < end;
      S_sub(st, p, (size_t)(r - p) + dot,
            *p == 'V' ? "votre référence" : "notre référence");
      return r + dot;
    }
  }
  if (S_starts(p, end, "P.J.") && !S_alnum_at(p + 4, end) &&
      (S_starts(p + 4 + S_blank(p + 4, end), end, ":") ||
       (st->prev_word && (S_eq(st->prev_word, st->prev_len, "en") ||
                          S_eq(st->prev_word, st->prev_len, "En"))))) {
    S_sub(st, p, 4, "pièce jointe");
    return p + 4;
  }
  /* a metro station: "M° Châtelet", "M° Anvers (ligne 2)" */
  if (wl == 1 && *p == 'M' && S_starts(q, end, "°") &&
      q + 2 + S_blank(q + 2, end) < end && S_blank(q + 2, end) &&
      S_upper_at(q + 2 + S_blank(q + 2, end), end)) {
    S_sub(st, p, 3, "métro");
    return q + 2;
  }
  /* n° 5, N° 5, "les n°s 4 et 5" */
  if (wl == 1 && (*p == 'n' || *p == 'N') && S_starts(q, end, "°")) {
    int many = q + 2 < end && q[2] == 's' && !S_alnum_at(q + 3, end);
    S_sub(st, p, many ? 4 : 3, many ? "numéros" : "numéro");
    /* an issue's number padded with zeros: "JORF n° 0277" is "numéro deux
     * cent soixante-dix-sept" (not a case number, "n° 0277/2026") */
    const char *z = q + 2 + many;
    z += S_blank(z, end);
    size_t d = S_digits(z, end), zeros = 0;
    while (zeros < d && z[zeros] == '0')
      zeros++;
    if (!many && zeros && zeros < d && d >= 4 && d <= 6 &&
        (z + d >= end || z[d] == ' ' || z[d] == ',' ||
         (z[d] == '.' && !S_alnum_at(z + d + 1, end)) || z[d] == ')')) {
      uint64_t x = 0;
      breve_fr_parse_u64(z + zeros, d - zeros, &x);
      breve_buf w = {0};
      breve_fr_cardinal(&w, x, 0);
      S_say_buf(st, &w);
      return z + d;
    }
    return q + 2 + many;
  }
  /* the codes: "C. civ.", "C. pén.", "C. trav.", "C. com." */
  if (wl == 1 && *p == 'C' && S_starts(q, end, ". ")) {
    static const char *const codes[][2] = {
        {"civ.", "code civil"},        {"p\xc3\xa9n.", "code p\xc3\xa9nal"},
        {"trav.", "code du travail"},  {"com.", "code de commerce"},
        {"consom.", "code de la consommation"}, {NULL, NULL}};
    for (int i = 0; codes[i][0]; i++) {
      size_t k = strlen(codes[i][0]);
      if (S_starts(q + 2, end, codes[i][0])) {
        /* the dot also ends a sentence at the end of a line */
        const char *e = q + 2 + k;
        int stop = e >= end || (*e == ' ' && S_upper_at(e + 1, end));
        S_sub(st, p, (size_t)(e - p) - stop, codes[i][1]);
        return e - stop;
      }
    }
  }
  /* a case: "Dupont c/ Durand" */
  if (wl == 1 && *p == 'c' && q + 1 < end && *q == '/' && q[1] == ' ' &&
      p > st->line && p[-1] == ' ' && S_upper_at(q + 2, end)) {
    S_sub(st, p, 2, "contre");
    return q + 1;
  }
  /* "art. 1240 et s.": and the following ones */
  if (wl == 1 && *p == 's' && q < end && *q == '.' && st->prev_word &&
      S_eq(st->prev_word, st->prev_len, "et") && st->prev_word - st->line >= 2 &&
      S_is_digit(st->prev_word[-2])) {
    int stop = q + 1 >= end || (q[1] == ' ' && S_upper_at(q + 2, end));
    S_sub(st, p, stop ? 1 : 2, "suivants");
    return stop ? q : q + 1;
  }
  /* M. Dupont: monsieur, except after a number, and except the initial
   * of a surname after a first name ("Sonia M., 31 ans"). */
  /* a full stop between the number and M. ends a sentence: "Ils étaient
   * 5. M. Dupont" */
  int after_stop = p - st->line >= 3 && p[-1] == ' ' &&
                   (((p[-2] == '.' || p[-2] == ',' || p[-2] == ';' ||
                      p[-2] == ':') &&
                     (S_is_digit(p[-3]) || p[-2] != '.')) ||
                    /* or a dash: "06 12 34 56 78 – M. Petit" */
                    p[-2] == '-' ||
                    (p - st->line >= 4 && !memcmp(p - 4, "\xe2\x80", 2) &&
                     (p[-2] == '\x93' || p[-2] == '\x94')));
  /* a size: "en taille M." */
  int size = st->prev_word && (S_eq(st->prev_word, st->prev_len, "taille") ||
                               S_eq(st->prev_word, st->prev_len, "tailles"));
  /* "M.Dupont", typed without its space */
  if (S_eq(p, wl, "M") && q + 2 < end && *q == '.' && S_is_upper_ascii(q[1]) &&
      S_letters(q + 1, end) >= 3 && breve_cp_is_lower(S_cp(q + 2, end, NULL)) &&
      !st->prev_number) {
    S_sub(st, p, 2, "monsieur");
    S_copy(st, " ", 1);
    return q + 1;
  }
  /* the singer "M. Pokora" is "M", and so is an initial after another:
   * "I. M. Pei", "J. M. Coetzee" */
  int initial = p - st->line >= 3 && p[-1] == ' ' && p[-2] == '.' &&
                S_is_upper_ascii(p[-3]) &&
                /* (not after a form of address: "S.E. M. Ali") */
                (p - 3 == st->line ||
                 (!S_alnum_at(p - 4, end) && p[-4] != '.'));
  if (S_eq(p, wl, "M") && (S_starts(q, end, ". Pokora") ||
                           (initial && S_starts(q, end, ". ")))) {
    S_sub(st, p, 2, "M");
    return q + 1;
  }
  if (S_eq(p, wl, "M") && q < end && *q == '.' && !size &&
      (!st->prev_number || after_stop) && !S_alnum_at(q + 1, end) &&
      !(q + 1 < end && q[1] == '-') &&
      !(st->prev_word && S_upper_at(st->prev_word, end) &&
        p - (st->prev_word + st->prev_len) == 1 && p[-1] == ' ' &&
        q + 1 < end && strchr(",);:", q[1]))) {
    S_sub(st, p, 2, "monsieur");
    return q + 1;
  }
  /* "M Dupont": monsieur written without its dot, before a name */
  if (wl == 1 && *p == 'M' && !st->prev_number && q + 2 < end && *q == ' ' &&
      !(p > st->line && (p[-1] == '&' || p[-1] == '+')) && /* "A&M" */
      S_is_upper_ascii(q[1]) && S_letters(q + 1, end) >= 3 &&
      breve_cp_is_lower(S_cp(q + 2, end, NULL)) &&
      !S_starts(q + 1, end, "Pokora")) {
    S_sub(st, p, 1, "monsieur");
    return q;
  }
  /* a ruling of the Cour de cassation as law reports cite it: "Cass.
   * crim., 5 janv. 2027", "Cass. 1re civ.", "Cass. soc." */
  if (S_eq(p, wl, "Cass") && q < end && *q == '.') {
    static const char *const rooms[][2] = {
        {"crim.", "chambre criminelle"}, {"civ.", "chambre civile"},
        {"soc.", "chambre sociale"},     {"com.", "chambre commerciale"},
        {NULL, NULL}};
    const char *t = q + 1 + S_blank(q + 1, end);
    breve_buf w = {0};
    breve_buf_puts(&w, "Cour de cassation");
    unsigned ord = 0;
    const char *o = S_small(t, end, 1, 1, 1, 3, &ord);
    if (o && (S_starts(o, end, "re ") || S_starts(o, end, "e ") ||
              S_starts(o, end, "\xc3\xa8re ")))
      o += o[0] == 'r' ? 3 : o[0] == 'e' ? 2 : 4;
    else
      o = NULL, ord = 0;
    const char *rt = o ? o : t;
    for (int i = 0; rooms[i][0]; i++)
      if (rt > q + 1 && S_starts(rt, end, rooms[i][0])) {
        breve_buf_puts(&w, ", ");
        if (ord) {
          S_ordinal_words(&w, ord, 2, 0, 0);
          breve_buf_putc(&w, ' ');
        }
        breve_buf_puts(&w, rooms[i][1]);
        size_t k = strlen(rooms[i][0]);
        int stop = rt + k >= end; /* the dot ends the line */
        S_say_buf(st, &w);
        return rt + k - stop;
      }
    if (t < end && (q[1] == ',' || t >= end)) {
      S_say_buf(st, &w);
      return q + 1;
    }
    breve_buf_free(&w);
  }
  /* "déc. n° 2026-1054 QPC": a decision, not December */
  if (S_eq(p, wl, "d\xc3\xa9" "c") && S_starts(q, end, ". n\xc2\xb0")) {
    S_sub(st, p, wl + 1, "d\xc3\xa9" "cision");
    return q + 1;
  }
  pthread_once(&S_abbr_once, S_abbr_index);
  unsigned char c0 = (unsigned char)*p;
  for (unsigned i = S_abbr_start[c0]; i < S_abbr_start[c0 + 1]; i++) {
    const S_abbr *a = &S_abbrs[S_abbr_order[i]];
    if (!S_eq(p, wl, a->w))
      continue;
    const char *r = q;
    int has_dot = r < end && *r == '.';
    if (a->dot == 1 && !has_dot)
      continue;
    if (a->dot == 0 && has_dot)
      continue;
    if (has_dot && a->dot)
      r++;
    else if (r < end && (S_alnum_at(r, end) || *r == '\''))
      continue;
    const char *s = r + S_blank(r, end);
    /* "le dép. du Gard", not a timetable's "dép. 8 h 15" */
    if (!strcmp(a->w, "d\xc3\xa9p") &&
        !(S_starts(s, end, "du ") || S_starts(s, end, "de ") ||
          S_starts(s, end, "des ") || S_starts(s, end, "d'")))
      continue;
    /* "ex." before a colon or after "par" ("mon ex." is not one) */
    if ((!strcmp(a->w, "ex") || !strcmp(a->w, "Ex")) &&
        !(s < end && *s == ':') &&
        !(st->prev_word && (S_eq(st->prev_word, st->prev_len, "par") ||
                            S_eq(st->prev_word, st->prev_len, "Par"))))
      continue;
    /* a court's chamber: "TJ de Paris, 17e ch.", "pôle 2, ch. 7" */
    if (!strcmp(a->w, "ch") && has_dot) {
      const char *t = p;
      while (t > st->line && t[-1] == ' ')
        t--;
      int ord = t - st->line >= 2 && (t[-1] == 'e' || t[-1] == 'E') &&
                (S_is_digit(t[-2]) ||
                 (t - st->line >= 3 && t[-2] == 'r' && S_is_digit(t[-3])));
      int pole = 0, home = 0;
      for (const char *u = p - st->line > 20 ? p - 20 : st->line; u + 4 < p;
           u++)
        if (!memcmp(u, "p\xc3\xb4le", 5))
          pole = 1;
      /* a room in a residence: "bât. A, ch. 214" */
      for (const char *u = p - st->line > 24 ? p - 24 : st->line; u + 5 < p;
           u++)
        if (!memcmp(u, "b\xc3\xa2t.", 5) || !memcmp(u, "B\xc3\xa2t.", 5))
          home = 1;
      /* a hospital room: "3e étage, ch. 312", "ch. 12 – 2e étage" */
      if (S_has(st->line, (size_t)(end - st->line), "\xc3\xa9tage") &&
          r + 1 < end && S_is_digit(r[r[0] == ' ']))
        home = 1;
      if (ord || pole || home) {
        S_sub(st, p, (size_t)(r - p), "chambre");
        return r;
      }
    }
    /* a deputy after his post: "l'entraîneur adj. des Bleus" is
     * "adjoint" (before a name, "adj." is "adjudant") */
    if (!strcmp(a->w, "adj") && st->prev_word && !st->prev_number) {
      static const char *const posts[] = {
          "entraîneur",  "directeur",     "directrice",  "maire",
          "secrétaire",  "délégué",       "déléguée",    "rédacteur",
          "rédactrice",  "procureur",     "commissaire", "conseiller",
          "conseillère", "sélectionneur", "manager",     "chef",
          "médecin",     "responsable",   NULL};
      if (S_in(st->prev_word, st->prev_len, posts) >= 0) {
        S_sub(st, p, (size_t)(r - p), "adjoint");
        return r;
      }
    }
    /* a reduced fare, "tarif réd." (not "la réd." of a paper) */
    static const char *const fares[] = {"tarif", "Tarif", "tarifs",
                                        "prix",  "Prix",  "taux", NULL};
    if (!strcmp(a->w, "réd") &&
        !(st->prev_word && S_in(st->prev_word, st->prev_len, fares) >= 0))
      return NULL;
    /* a least amount after a duration or what has one: "12 mois min.",
     * "5 ans d'exp. min.", "durée min. de 3 ans" */
    static const char *const least[] = {
        "an",    "ans",   "mois",    "semaine", "semaines",   "jour",
        "jours", "durée", "âge",     "exp",     "expérience", "commande",
        "prix",  "tarif", "salaire", "niveau",  "engagement", "nuit",
        "nuits", "personnes", "participants", "h", "km", "kg", "cm",
        "m", "course", NULL};
    if (!strcmp(a->w, "min") && has_dot) {
      const char *we = p, *wb;
      while (we > st->line && (we[-1] == ' ' || we[-1] == '.'))
        we--;
      wb = we;
      while (wb > st->line && (S_alnum_at(wb - 1, end) ||
                               ((unsigned char)wb[-1] & 0xC0) == 0x80))
        wb--;
      /* (or after anything counted but time: "2 témoins min.") */
      static const char *const times[] = {"h", "heure", "heures", "minute",
                                          "minutes", "s", "sec", "secondes",
                                          "mn", "min", "premières",
                                          "premiers", "dernières",
                                          "derniers", NULL};
      int counted = we > wb && wb - st->line >= 2 && wb[-1] == ' ' &&
                    S_is_digit(wb[-2]) &&
                    S_in(wb, (size_t)(we - wb), times) < 0;
      /* (or before a temperature: "min. -2 °C") */
      const char *tv = s > r ? s : NULL;
      if (tv && tv < end && (*tv == '-' || *tv == '+'))
        tv++;
      else if (tv && S_starts(tv, end, "\xe2\x88\x92")) /* − */
        tv += 3;
      int temp = 0;
      if (tv && tv < end && S_is_digit(*tv)) {
        const char *te = tv + S_digits(tv, end);
        if (te + 1 < end && *te == ',' && S_is_digit(te[1]))
          te += 1 + S_digits(te + 1, end);
        te += S_blank(te, end);
        temp = S_starts(te, end, "°");
      }
      if ((we > wb && S_in(wb, (size_t)(we - wb), least) >= 0) || counted ||
          temp ||
          (s > r && S_starts(s, end, "de ") && s + 3 < end &&
           S_is_digit(s[3]))) { /* "versement min. de 10 €" */
        int stop = s >= end || S_upper_at(s, end);
        S_sub(st, p, (size_t)(r - p) - stop, "minimum");
        return r - stop;
      }
    }
    /* a title before a name, "de" included: "Gal de Gaulle" */
    const char *nm = s;
    if (a->need == 1 && s > r && strcmp(a->w, "St") && strcmp(a->w, "Ste") &&
        strcmp(a->w, "col")) { /* "le col de la Croix-Fry" is a pass */
      /* "av. de la République", "bd du Montparnasse" */
      static const char *const particles[] = {"de la ", "de l'", "de ", "du ",
                                              "des ", "d'", NULL};
      for (int i = 0; particles[i]; i++)
        if (S_starts(s, end, particles[i])) {
          nm = s + strlen(particles[i]);
          break;
        }
    }
    /* (a street named after a title, "place du Gal-de-Gaulle") */
    if (s < end && *s == '-' && S_starts(s, end, "-de-") &&
        S_upper_at(s + 4, end))
      nm = s + 3;
    if (a->need == 1 && !((s > r || (s < end && *s == '-')) &&
                          S_upper_at(nm + (nm < end && *nm == '-'), end)))
      continue;
    /* the codes' articles: "art. L. 1234-5", "art. R. 12", "art. L125-1" */
    int code_ref = s > r && s + 3 < end && (*s == 'L' || *s == 'R' ||
                                            *s == 'D') &&
                   (S_is_digit(s[1]) ||
                    (s[1] == '.' && (S_is_digit(s[2]) ||
                                     (s[2] == ' ' && S_is_digit(s[3])))));
    /* "1980 env.", "à 10 h env.": "environ" after its number too */
    const char *bk = p;
    while (bk > st->line && bk[-1] == ' ')
      bk--;
    if (bk > st->line && bk[-1] == 'h' && bk - 1 > st->line)
      bk -= 1 + (bk - 2 > st->line && bk[-2] == ' '); /* "10 h env." */
    if (a->need == 2 && a->dot && has_dot && !strcmp(a->w, "env") &&
        bk < p && bk > st->line && S_is_digit(bk[-1])) {
      /* (the dot stays where it ends a sentence) */
      int stop = s >= end || S_upper_at(s, end);
      S_sub(st, p, (size_t)(r - 1 - p) + !stop, a->say);
      return r - stop;
    }
    /* (and a work published after its composer's death: "op. posth.") */
    int posth = (!strcmp(a->w, "op") && S_starts(s, end, "posth")) ||
                /* a speed: "vit. moy. 19,4 nœuds" */
                (!strcmp(a->w, "vit") && S_starts(s, end, "moy."));
    if (a->need == 2 &&
        !(s > r && s < end && (S_is_digit(*s) || code_ref || posth))) {
      /* "vol. II", "chap. XII": the part and its number */
      size_t k = S_letters(s, end), rn = 0;
      while (rn < k && strchr("IVXLC", s[rn]))
        rn++;
      unsigned v;
      if (!(s > r && k && rn == k && a->dot && r > q &&
            (!strcmp(a->w, "vol") || !strcmp(a->w, "chap") ||
             !strcmp(a->w, "t")) &&
            (v = breve_fr_roman(s, k)) != 0))
        continue;
      breve_buf w = {0};
      breve_buf_puts(&w, a->say);
      breve_fr_cardinal(&w, v, 0);
      S_say_buf(st, &w);
      return s + k;
    }
    /* one person: "45 € par pers.", "1 pers." */
    if (!strcmp(a->w, "pers") &&
        ((p - st->line >= 2 && p[-1] == ' ' && p[-2] == '1' &&
          (p - st->line == 2 || !S_alnum_at(p - 3, end))) ||
         (st->prev_word && (S_eq(st->prev_word, st->prev_len, "par") ||
                            S_eq(st->prev_word, st->prev_len, "chaque"))))) {
      int stop = s >= end;
      S_sub(st, p, (size_t)(r - p) - stop, "personne");
      return r - stop;
    }
    /* "etc." keeps its full stop at the end of a sentence. */
    if (has_dot && a->dot &&
        (s >= end || (S_upper_at(s, end) && a->need == 0 &&
                      (!strcmp(a->w, "etc") || !strcmp(a->w, "arr") ||
                       !strcmp(a->w, "suiv") || !strcmp(a->w, "max"))))) {
      S_sub(st, p, (size_t)(r - 1 - p), a->say);
      return r - 1;
    }
    /* "le min. de l'Intérieur": the minister, not minutes */
    if (!strcmp(a->w, "min") && st->prev_word && !st->prev_number &&
        (S_eq(st->prev_word, st->prev_len, "le") ||
         S_eq(st->prev_word, st->prev_len, "Le") ||
         S_eq(st->prev_word, st->prev_len, "du") ||
         S_eq(st->prev_word, st->prev_len, "au")) &&
        (S_starts(s, end, "de ") || S_starts(s, end, "de l'") ||
         S_starts(s, end, "des ") || S_starts(s, end, "du "))) {
      S_sub(st, p, (size_t)(r - p), "ministre");
      return r;
    }
    /* "éd. Gallimard": the publisher */
    if (!strcmp(a->w, "éd") && s > r && S_upper_at(s, end)) {
      S_sub(st, p, (size_t)(r - p), "éditions");
      return r;
    }
    S_sub(st, p, (size_t)(r - p), a->say);
    return r;
  }
  return NULL;
}

/* The value of w[0..n) when it is a numeral of I, V and X only, up to
 * 39; else 0. */
static unsigned S_ivx(const char *w, size_t n) {
  if (!n || n > 6 || strspn(w, "IVX") < n)
    return 0;
  unsigned v = breve_fr_roman(w, n);
  return v <= 39 ? v : 0;
}

/* Whether the one letter at p (worth v) is paired by "à", "et" or "ou"
 * with a numeral of two letters or more, greater after it ("de V à VI")
 * or smaller before it ("IV et V"). */
static int S_roman_pair(const S_st *st, const char *p, unsigned v) {
  static const char *const links[] = {"\xc3\xa0", "et", "ou", NULL};
  const char *end = st->end, *t = p + 1 + S_blank(p + 1, end);
  size_t k = t > p + 1 ? S_letters(t, end) : 0;
  if (k && S_in(t, k, links) >= 0 && t + k < end && t[k] == ' ') {
    const char *u = t + k + S_blank(t + k, end);
    size_t n = S_letters(u, end);
    unsigned v2 = n >= 2 ? S_ivx(u, n) : 0;
    if (v2 > v && !S_alnum_at(u + n, end))
      return 1;
  }
  /* before it: "IV et V" */
  if (st->prev_word && S_in(st->prev_word, st->prev_len, links) >= 0 &&
      st->prev_word - st->line >= 4 && st->prev_word[-1] == ' ') {
    const char *e = st->prev_word - 1, *b = e;
    while (b > st->line && S_is_upper_ascii(b[-1]))
      b--;
    unsigned v1 = e - b >= 2 ? S_ivx(b, (size_t)(e - b)) : 0;
    if (v1 && v1 < v && (b == st->line || b[-1] == ' '))
      return 1;
  }
  return 0;
}

/* Whether w[0..n) is all capitals A to Z. */
static int S_caps_run(const char *w, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!S_is_upper_ascii(w[i]))
      return 0;
  return n > 0;
}

/* Roman numerals: XXIe siècle, Ve République, François Ier, Louis XIV. */
static const char *S_rule_roman(S_st *st, const char *p, size_t wl) {
  const char *end = st->end;
  size_t r = 0;
  /* a model's letter before its number is no numeral: "la catégorie
   * X30", "une C4" */
  if (p + wl < end && S_is_digit(p[wl]))
    return NULL;
  /* the phone of 2017: "l'iPhone X" is "dix" */
  if (wl == 1 && *p == 'X' && st->prev_word &&
      S_eq(st->prev_word, st->prev_len, "iPhone") && S_ends_clean(p + 1, end)) {
    S_say(st, "dix");
    return p + 1;
  }
  /* a century typed in small letters: "au xxe siècle", "le xixème" */
  {
    size_t lr = 0;
    while (lr < wl && strchr("ivxlc", p[lr]))
      lr++;
    const char *sv = p + wl + S_blank(p + wl, end);
    if (lr >= 2 && lr < wl && sv > p + wl && S_starts(sv, end, "siècle") &&
        (S_eq(p + lr, wl - lr, "e") || S_eq(p + lr, wl - lr, "ème"))) {
      char up[16];
      for (size_t i = 0; i < lr && i < sizeof up - 1; i++)
        up[i] = (char)(p[i] - 'a' + 'A');
      unsigned cv = lr < sizeof up ? breve_fr_roman(up, lr) : 0;
      if (cv >= 2 && cv <= 21) {
        breve_buf w = {0};
        S_ordinal_words(&w, cv, 1, 0, 0);
        S_say_buf(st, &w);
        return p + wl;
      }
    }
  }
  while (r < wl && strchr("IVXLCDM", p[r]))
    r++;
  if (!r)
    return NULL;
  unsigned v = breve_fr_roman(p, r);
  if (!v)
    return NULL;
  breve_buf w = {0};
  if (r < wl) {
    int plural, second;
    int g = S_ordinal_suffix(p + r, wl - r, &plural, &second);
    if (!g || second)
      return NULL;
    if (r == 1 && *p != 'I' && *p != 'V' && *p != 'X')
      return NULL;
    /* "Ier" is premier only; "Ie" is not a numeral */
    int er = S_eq(p + r, wl - r, "er") || S_eq(p + r, wl - r, "re") ||
             S_eq(p + r, wl - r, "ère") || S_eq(p + r, wl - r, "ers") ||
             S_eq(p + r, wl - r, "res");
    if ((v == 1) != er)
      return NULL;
    if (!plural)
      plural = S_plural_around(st, p + wl);
    S_ordinal_words(&w, v, g, plural, 0);
    S_say_buf(st, &w);
    return p + wl;
  }
  if (r == 1 && *p != 'I' && *p != 'V' && *p != 'X')
    return NULL;
  /* a degree sign for the ordinal's "e": "le XIX° siècle", "XIV°siècle" */
  if (r == wl && v >= 2 && v <= 39 && S_starts(p + wl, end, "\xc2\xb0") &&
      !(p + wl + 2 < end && (S_is_digit(p[wl + 2]) || p[wl + 2] == 'C' ||
                             p[wl + 2] == 'F'))) {
    S_ordinal_words(&w, v, 1, 0, 0);
    S_say_buf(st, &w);
    return p + wl + 2;
  }
  /* a university by its number: "l'université Paris-I", "Lyon-II" */
  if (r == wl && p - st->line >= 2 && v <= 13 &&
      (p[-1] == '-' ||
       (p[-1] == ' ' && st->prev_word && S_upper_at(st->prev_word, end)))) {
    const char *from = p - st->line > 40 ? p - 40 : st->line;
    /* Paris's numbered universities need no "université": "Paris-I
     * Panthéon-Sorbonne", "Paris-VIII" */
    int found = p - st->line >= 6 && !memcmp(p - 6, "Paris-", 6);
    /* and with a space, before a name or nothing: "Paris I Panthéon",
     * (not "Paris I love you") */
    const char *nx = p + wl + S_blank(p + wl, end);
    found |= p - st->line >= 6 && !memcmp(p - 6, "Paris ", 6) &&
             !(nx > p + wl && breve_cp_is_lower(S_cp(nx, end, NULL)));
    for (const char *t = from; t + 10 <= p && !found; t++)
      found = !memcmp(t, "universit\xc3\xa9", 11) ||
              !memcmp(t, "Universit\xc3\xa9", 11);
    if (found) {
      breve_fr_cardinal(&w, v, 0);
      if (st->out->len && st->out->ptr[st->out->len - 1] == '-')
        st->out->ptr[--st->out->len] = '\0'; /* "Paris un" */
      S_say_buf(st, &w);
      return p + wl;
    }
  }
  /* parts of a work or a text: "Chapitre V", "acte I", "saison X" */
  static const char *const parts[] = {
      "chapitre", "Chapitre", "acte", "Acte", "titre", "Titre", "tome",
      "camp", "camps", /* an expedition's "camp II" */
      "Tome", "livre", "Livre", "partie", "Partie", "volume", "Volume",
      "scène", "Scène", "saison", "Saison", "épisode", "Épisode", "phase",
      "Phase", "annexe", "Annexe", "type", "Type", "classe", "Classe",
      "catégorie", "Catégorie", "groupe", "Groupe", "niveau", "Niveau",
      "an", "article", "Article", "section", "Section", "stade", "Stade",
      "division", "Division", /* "le Mondial de Division I" */
      /* car generations: "la Clio V", "la Golf VIII" */
      "Clio", "Mégane", "Twingo", "Scénic", "Golf", "Polo", "Passat",
      "Espace", "Laguna", "Civic", "Corolla",
      /* games: "GTA V" */
      "GTA", NULL};
  /* (not the English pronoun of a title: "le livre I Am a Camera") */
  static const char *const verbs[] = {
      "am",   "Am",   "have", "Have", "will", "Will", "love", "Love", "want",
      "Want", "can",  "Can",  "need", "Need", "feel", "Feel", "like", "Like",
      "was",  "Was",  "do",   "Do",   "got",  "Got",  "know", "Know", NULL};
  const char *nx = p + wl + S_blank(p + wl, end);
  size_t nk = nx > p + wl ? S_letters(nx, end) : 0;
  int pronoun = wl == 1 && *p == 'I' && nk && S_in(nx, nk, verbs) >= 0;
  /* (a word of capitals is not a number: "le groupe MIX") */
  int word = wl == 3 && !memcmp(p, "MIX", 3);
  /* (nor a part numbered in hundreds: "le groupe DCI", "un CDI", but
   * "l'an MMXXVI") */
  if (v >= 400 && st->prev_word && !S_eq(st->prev_word, st->prev_len, "an"))
    word = 1;
  if (r == wl && !pronoun && !word && st->prev_word &&
      S_in(st->prev_word, st->prev_len, parts) >= 0 &&
      st->prev_word + st->prev_len + 1 == p &&
      /* (Mercedes' "Classe V" is a letter, as its "Classe A") */
      !(wl == 1 && *p == 'V' && S_eq(st->prev_word, st->prev_len, "Classe"))) {
    breve_fr_cardinal(&w, v, 0);
    S_say_buf(st, &w);
    return p + wl;
  }
  if (r == 1 && p + wl < end && p[wl] == '.')
    return NULL;
  /* one letter paired with a numeral of two letters or more: "de V à
   * VI", "classes IV et V" (not "de A à Z": both of I, V, X) */
  if (r == 1 && wl == 1 && S_roman_pair(st, p, v)) {
    breve_fr_cardinal(&w, v, 0);
    S_say_buf(st, &w);
    return p + wl;
  }
  /* "Charles I, roi" but not the English "Charles I love": the pronoun is
   * left to espeak-ng, as every token set but one expects */
  if (r == 1 && *p == 'I') {
    const char *t = p + wl + S_blank(p + wl, end);
    if (t > p + wl && S_alnum_at(t, end))
      return NULL;
  }
  if (st->prev_word && S_in(st->prev_word, st->prev_len, S_rulers) >= 0) {
    if (v == 1)
      breve_buf_puts(&w, "premier");
    else
      breve_fr_cardinal(&w, v, 0);
    S_say_buf(st, &w);
    return p + wl;
  }
  return NULL;
}

/* The lexicon's respelling of the word p[0..wl) alone, with no look at
 * what is around it (p may be a copy outside the line: the letters of
 * "I.N.S.E.E."). Returns the end of the word, or NULL. */
static const char *S_lexicon_word(S_st *st, const char *p, size_t wl) {
  if (!st->lex || !st->lex->n)
    return NULL;
  breve_buf_clear(&st->fold);
  breve_utf8_fold(p, wl, &st->fold);
  const S_entry *e = st->fold.ptr ? S_lookup(st->lex, p, wl, st->fold.ptr,
                                             st->fold.len, S_LEX)
                                  : NULL;
  if (!e || S_eq(p, wl, e->value))
    return NULL; /* ("siècle" for the key "siecle": nothing to change) */
  S_sub(st, p, wl, e->value);
  return p + wl;
}

/* Lexicon entries. */
static const char *S_rule_lexicon(S_st *st, const char *p, size_t wl) {
  /* the school "l'X" (Polytechnique): espeak-ng spells the l ("elks") */
  if (wl == 1 && *p == 'X' && p - st->line >= 2 && p[-1] == '\'' &&
      (p[-2] == 'l' || p[-2] == 'L') && !S_alnum_at(p + 1, st->end)) {
    S_sub(st, p, 1, "ixe");
    return p + 1;
  }
  /* "ex aequo", "ex æquo", "ex-aequo" [ɛɡzeko]: espeak-ng says "ex" as
   * a word and "aequo" letter group by letter group */
  if (wl == 2 && (*p == 'e' || *p == 'E') && p[1] == 'x' && p + 2 < st->end &&
      (p[2] == ' ' || p[2] == '-')) {
    const char *a = p + 3;
    /* (the prepass wrote "æ" as "é") */
    size_t k = S_starts(a, st->end, "aequo") ||
                       S_starts(a, st->end, "\xc3\xa9quo")
                   ? 5
                   : 0;
    if (k && !S_alnum_at(a + k, st->end)) {
      S_sub(st, p, (size_t)(a + k - p),
            *p == 'E' ? "Ègzéko" : "ègzéko");
      return a + k;
    }
  }
  /* the east, which espeak-ng reads as the verb "est" [ɛ]: "le Grand
   * Est", "à l'est du pays" (not "Est-ce", "ne l'est pas") */
  if (wl == 3 && (!memcmp(p, "Est", 3) || !memcmp(p, "est", 3)) &&
      !(p + 3 < st->end && (p[3] == '-' || S_alnum_at(p + 3, st->end)))) {
    const char *b = p; /* where "l'" ends */
    int east = 0;
    int elided = b - st->line >= 2 && b[-1] == '\'' &&
                 (b[-2] == 'l' || b[-2] == 'L');
    if (!elided && b - st->line >= 4 && !memcmp(b - 3, "\xe2\x80\x99", 3) &&
        (b[-4] == 'l' || b[-4] == 'L'))
      elided = 1, b -= 2; /* "l’est": the apostrophe is three bytes */
    const char *r = p + 3 + S_blank(p + 3, st->end);
    if (p > st->line && p[-1] == '-') {
      east = 0; /* "Sud-Est" is read right */
    } else if (st->prev_word && st->prev_word + st->prev_len + 1 == p &&
               S_eq(st->prev_word, st->prev_len, "longitude") &&
               (r >= st->end || strchr(",.;:)", *r))) {
      east = 1; /* "par 5° 22′ de longitude est" (not "la longitude est
                   connue") */
    } else if (*p == 'E') {
      /* a capital inside a sentence */
      const char *t = p;
      while (t > st->line && t[-1] == ' ')
        t--;
      east = t > st->line && !strchr(".!?:\"", t[-1]) &&
             !(t - st->line >= 2 && (unsigned char)t[-1] == 0xAB);
    } else if (st->decapped && st->prev_word && p - st->prev_word == 6 &&
               S_eq(st->prev_word, 5, "Grand")) {
      east = 1; /* a shouted "GRAND EST" */
    } else if (elided) {
      static const char *const before[] = {"à", "dans", "vers", "de",
                                           "depuis", "par", NULL};
      const char *e = b - 2;
      while (e > st->line && e[-1] == ' ')
        e--;
      const char *w = e;
      while (w > st->line && w[-1] != ' ')
        w--;
      east = (w < e && S_in(w, (size_t)(e - w), before) >= 0) ||
             S_starts(r, st->end, "du ") || S_starts(r, st->end, "de ") ||
             S_starts(r, st->end, "des ");
    }
    if (east) {
      S_sub(st, p, 3, *p == 'E' ? "Este" : "este");
      return p + 3;
    }
  }
  /* a Breton name ending in "c'h", which espeak-ng reads in English:
   * "Guivarc'h" is said "Guivarc" */
  if (wl >= 3 && p[wl - 1] == 'c' && S_upper_at(p, st->end)) {
    const char *a = p + wl;
    size_t ak = S_starts(a, st->end, "'") ? 1
                : S_starts(a, st->end, "\xe2\x80\x99") ? 3
                                                          : 0;
    if (ak && a + ak < st->end && a[ak] == 'h' &&
        !S_alnum_at(a + ak + 1, st->end)) {
      breve_buf w = {0};
      breve_buf_put(&w, p, wl);
      S_say_buf(st, &w);
      return a + ak + 1;
    }
  }
  /* "oui/non" is a choice */
  if (wl == 3 && st->end - p >= 7 && !memcmp(p, "oui/non", 7) &&
      !S_alnum_at(p + 7, st->end)) {
    S_sub(st, p, 7, "oui ou non");
    return p + 7;
  }
  /* the tide's high and low water before their time: "PM 6 h 05", "BM
   * 12h20" */
  if (wl == 2 && (p[0] == 'P' || p[0] == 'B') && p[1] == 'M' &&
      p + 3 < st->end && p[2] == ' ' && S_is_digit(p[3])) {
    const char *t = p + 3 + S_digits(p + 3, st->end);
    t += S_blank(t, st->end);
    if (S_digits(p + 3, st->end) <= 2 && t < st->end &&
        (*t == 'h' || *t == 'H')) {
      S_sub(st, p, 2, p[0] == 'P' ? "pleine mer" : "basse mer");
      return p + 2;
    }
  }
  /* numbers listed after "nos": "les bouées nos 3 et 4" (not "nos 3
   * enfants") */
  if (wl == 3 && (p[0] == 'n' || p[0] == 'N') && !memcmp(p + 1, "os", 2) &&
      p + 4 < st->end && p[3] == ' ' && S_is_digit(p[4])) {
    static const char *const links[] = {" et ", ", ",   " \xc3\xa0 ",
                                        "-",    " ou ", NULL};
    const char *t = p + 4 + S_digits(p + 4, st->end);
    for (int i = 0; links[i]; i++) {
      size_t k = strlen(links[i]);
      if (S_starts(t, st->end, links[i]) && t + k < st->end &&
          S_is_digit(t[k])) {
        S_sub(st, p, 3, p[0] == 'N' ? "Numéros" : "numéros");
        return p + 3;
      }
    }
  }
  /* a wind's quarter: "vent de NO fort", "vent d'ouest, secteur SO" */
  if (wl >= 1 && wl <= 3 && strspn(p, "NSEO") >= wl && st->prev_word &&
      !S_alnum_at(p + wl, st->end) && !(p + wl < st->end && p[wl] == '.')) {
    const char *pw = st->prev_word;
    /* right after the wind or the swell: "vent NO 30 km/h", "houle O 3 m" */
    static const char *const winds[] = {"vent",  "vents",   "Vent", "houle",
                                        "Houle", "rafales", NULL};
    int direct = S_in(pw, st->prev_len, winds) >= 0 && pw + st->prev_len < p;
    int wind = direct || S_eq(pw, st->prev_len, "secteur");
    if (!wind && (S_eq(pw, st->prev_len, "de") ||
                  S_eq(pw, st->prev_len, "du"))) {
      const char *from = pw - st->line > 12 ? pw - 12 : st->line;
      for (const char *t = from; t + 4 <= pw && !wind; t++)
        wind = !memcmp(t, "vent", 4) || !memcmp(t, "houle", 5);
    }
    if (wind && (direct || !(wl == 1 && (*p == 'E' || *p == 'O')))) {
      static const char *const q4[] = {"nord", "sud", "est", "ouest"};
      breve_buf w = {0};
      for (size_t i = 0; i < wl; i++) {
        if (i)
          breve_buf_putc(&w, '-');
        breve_buf_puts(&w, q4[strchr("NSEO", p[i]) - "NSEO"]);
      }
      S_sub(st, p, wl, w.ptr ? w.ptr : "");
      breve_buf_free(&w);
      return p + wl;
    }
  }
  /* a company's turnover before its period: "CA 2026 : 12,4 Md€", "CA
   * T1 : 4,5 M€" (elsewhere "C A" is kept: a court of appeal, a club) */
  if (wl == 2 && !memcmp(p, "CA", 2) && p + 4 < st->end && p[2] == ' ') {
    const char *t = p + 3;
    size_t d = S_digits(t, st->end);
    if ((d == 4 && (!memcmp(t, "19", 2) || !memcmp(t, "20", 2)) &&
         !S_alnum_at(t + 4, st->end)) ||
        ((*t == 'T' || *t == 'S') && t + 1 < st->end && t[1] >= '1' &&
         t[1] <= '4' && !S_alnum_at(t + 2, st->end))) {
      S_sub(st, p, wl, "chiffre d'affaires");
      return p + wl;
    }
  }
  /* and before one: "un CA de 7 Md$" */
  if (wl == 2 && !memcmp(p, "CA", 2) && S_starts(p + 2, st->end, " de ") &&
      p + 6 < st->end && S_is_digit(p[6])) {
    const char *t = p + 6, *ca;
    while (t < st->end && (S_is_digit(*t) || *t == ',' || *t == ' ' ||
                           (unsigned char)*t == 0xC2 ||
                           (unsigned char)*t == 0xA0))
      t++;
    if (S_currency_at(t, st->end, &ca) ||
        ((*t == 'M' || *t == 'k') && S_currency_at(t + 1, st->end, &ca)) ||
        (S_starts(t, st->end, "Md") &&
         S_currency_at(t + 2 + (t + 2 < st->end && t[2] == 's'), st->end,
                       &ca))) {
      S_sub(st, p, wl, "chiffre d'affaires");
      return p + wl;
    }
  }
  /* and after a sum: "3 M€ de CA", "43,5 Md€ de CA en 2025" */
  if (wl == 2 && !memcmp(p, "CA", 2) && !S_alnum_at(p + 2, st->end) &&
      p - st->line >= 4 && !memcmp(p - 3, "de ", 3) &&
      S_after_money(st, p - 3)) {
    S_sub(st, p, wl, "chiffre d'affaires");
    return p + wl;
  }
  /* and a share of it: "7 % du CA mondial", "CA > 50 M€" */
  if (wl == 2 && !memcmp(p, "CA", 2) && !S_alnum_at(p + 2, st->end)) {
    const breve_buf *o = st->out;
    int share = p - st->line >= 3 && !memcmp(p - 3, "du ", 3) &&
                o->len >= 13 &&
                !memcmp(o->ptr + o->len - 13, "pour cent du ", 13);
    const char *t = p + 2 + S_blank(p + 2, st->end);
    int bound = t > p + 2 && t + 2 < st->end && (*t == '>' || *t == '<') &&
                t[1] == ' ' && S_is_digit(t[2]);
    if (share || bound) {
      S_sub(st, p, wl, "chiffre d'affaires");
      return p + wl;
    }
  }
  /* a listed building: "classé MH en 1840" is "monument historique" */
  if (wl == 2 && !memcmp(p, "MH", 2) && !S_alnum_at(p + 2, st->end) &&
      st->prev_word && st->prev_word + st->prev_len + 1 == p &&
      (S_starts(st->prev_word, st->end, "class") ||
       S_starts(st->prev_word, st->end, "inscrit"))) {
    S_sub(st, p, wl, "monument historique");
    return p + wl;
  }
  /* the towns of Sainte-Foy are [fwa] (the actress Claire Foy is not) */
  if (wl == 3 && !memcmp(p, "Foy", 3) &&
      ((p - st->line >= 7 && !memcmp(p - 7, "Sainte-", 7)) ||
       (p - st->line >= 4 && !memcmp(p - 4, "Ste-", 4)))) {
    S_sub(st, p, wl, "Foi");
    return p + wl;
  }
  /* "un mail", "des e-mails" are French words [mɛl] (espeak-ng reads
   * them in English); the "Daily Mail" keeps its capital and its English */
  if ((S_eq(p, wl, "mail") || S_eq(p, wl, "mails")) &&
      !(p - st->line >= 2 && p[-1] == '-' && p[-2] != 'e')) {
    breve_buf *o = st->out;
    int e = p - st->line >= 2 && p[-1] == '-' && p[-2] == 'e' &&
            (p - st->line == 2 || !S_alnum_at(p - 3, st->end)) &&
            o->len >= 2 && !memcmp(o->ptr + o->len - 2, "e-", 2);
    if (e) /* the "e-" already written */
      o->len -= 2, o->ptr[o->len] = '\0';
    S_sub(st, p, wl, e ? (wl == 4 ? "imèl" : "imèls")
                       : (wl == 4 ? "mèl" : "mèls"));
    return p + wl;
  }
  /* a lot of a sale, "Lot 12", "Lot B", "Lot n° 142", is not the Lot
   * [lɔt] */
  if (wl == 3 && !memcmp(p, "Lot", 3) && p + 4 < st->end && p[3] == ' ' &&
      (S_is_digit(p[4]) ||
       (S_is_upper_ascii(p[4]) && !S_alnum_at(p + 5, st->end)) ||
       S_starts(p + 4, st->end, "n\xc2\xb0") ||
       S_starts(p + 4, st->end, "no ")))
    return NULL;
  /* the plural of an English compound: "des start-ups", "les pop-ups"
   * (espeak-ng spells a lone "ups"; the s is not said) */
  if (wl == 3 && !memcmp(p, "ups", 3) && p - st->line >= 2 && p[-1] == '-' &&
      (p[-2] | 0x20) >= 'a' && (p[-2] | 0x20) <= 'z' &&
      !S_alnum_at(p + 3, st->end) && !(p + 3 < st->end && p[3] == '-')) {
    S_sub(st, p, wl, "up");
    return p + wl;
  }
  /* a grade: "mention TB", "mention AB" */
  if (wl <= 3 && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "mention") ||
       S_eq(st->prev_word, st->prev_len, "Mention"))) {
    static const char *const grades[][2] = {
        {"TB", "très bien"},
        {"AB", "assez bien"},
        {"B", "bien"},
        {"TBF", "très bien avec félicitations"}};
    for (size_t i = 0; i < sizeof grades / sizeof grades[0]; i++)
      if (S_eq(p, wl, grades[i][0])) {
        S_sub(st, p, wl, grades[i][1]);
        return p + wl;
      }
  }
  /* a company's form is spelled, "une SAS", "la SAS" (the British
   * special forces, "le SAS", are [sas]) */
  if (wl == 3 && !memcmp(p, "SAS", 3) && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "la") ||
       S_eq(st->prev_word, st->prev_len, "une") ||
       S_eq(st->prev_word, st->prev_len, "La") ||
       S_eq(st->prev_word, st->prev_len, "Une")))
    return NULL;
  if (!st->lex || !st->lex->n)
    return NULL;
  /* a compound of the lexicon, "best-seller", "e-commerce": its parts are
   * tried whole before the first part alone (three parts at most) */
  if (p + wl + 1 < st->end && p[wl] == '-' && (p == st->line || p[-1] != '-')) {
    const char *ends[2];
    int parts = 0;
    const char *t = p + wl;
    while (parts < 2 && t + 1 < st->end && *t == '-') {
      size_t n = S_letters(t + 1, st->end);
      if (!n)
        break;
      t += 1 + n;
      ends[parts++] = t;
    }
    if (parts && S_alnum_at(t, st->end))
      parts = 0; /* "e-2026": not a compound of words */
    while (parts > 0) {
      const char *e = ends[--parts];
      size_t n = (size_t)(e - p);
      breve_buf_clear(&st->fold);
      breve_utf8_fold(p, n, &st->fold);
      const S_entry *c = st->fold.ptr ? S_lookup(st->lex, p, n, st->fold.ptr,
                                                 st->fold.len, S_LEX)
                                      : NULL;
      if (c && !S_eq(p, n, c->value)) {
        S_sub(st, p, n, c->value);
        return e;
      }
    }
  }
  return S_lexicon_word(st, p, wl);
}

/* Length of the word of capitals (two or more, accents allowed) ending
 * just before `e` (backwards) or starting at `p` (forwards), or 0. */
static size_t S_caps_word_fwd(const char *p, const char *end) {
  size_t n = S_letters(p, end), caps = 0;
  const char *q = p;
  while (q < p + n) {
    size_t k;
    if (!breve_cp_is_upper(S_cp(q, p + n, &k)))
      return 0;
    q += k;
    caps++;
  }
  return caps >= 2 ? n : 0;
}

static const char *S_caps_word_back(const char *line, const char *e) {
  const char *b = e;
  while (b > line) {
    const char *c = b - 1;
    while (c > line && ((unsigned char)*c & 0xC0) == 0x80)
      c--;
    if (!breve_cp_is_letter(S_cp(c, e, NULL)))
      break;
    b = c;
  }
  return b < e && S_caps_word_fwd(b, e) == (size_t)(e - b) ? b : NULL;
}

/* Whether the capitals word [p, e) stands in a run of three or more words
 * in capitals: a shouted phrase, not acronyms. Looks at most two words
 * either side. */
static int S_in_caps_run(const S_st *st, const char *p, const char *e) {
  int run = 1;
  const char *q = e;
  for (int i = 0; i < 2; i++) {
    const char *r = q;
    while (r < st->end && (strchr(" '-", *r) || S_is_digit(*r)))
      r++; /* "PLUS DE 500 MILLIONS" */
    size_t n = r > q ? S_caps_word_fwd(r, st->end) : 0;
    if (!n)
      break;
    run++;
    q = r + n;
  }
  q = p;
  for (int i = 0; i < 2; i++) {
    const char *r = q;
    while (r > st->line && (strchr(" '-", r[-1]) || S_is_digit(r[-1])))
      r--;
    const char *b = r < q ? S_caps_word_back(st->line, r) : NULL;
    if (!b)
      break;
    run++;
    q = b;
  }
  return run >= 3;
}

/* How a run of ASCII letters (either case) can be said: its vowels, its
 * longest run of consonants, the consonants before the first vowel, and
 * whether every three consonants inside it end with a pair that can start
 * a syllable ("JUNGLE", "URSSAF", "intra"; not "OCLCIFF"). Used to tell a
 * word in capitals from an acronym, and a readable piece of an address
 * from one to spell. */
typedef struct S_shape {
  size_t vowels, max_run, first_run;
  int onsets_ok;
} S_shape;

static S_shape S_word_shape(const char *w, size_t n) {
  static const char *const onsets[] = {"BL", "BR", "CL", "CR", "DR", "FL",
                                       "FR", "GL", "GR", "PL", "PR", "TR",
                                       "VR", "CH", "PH", "TH", "GN", "SS",
                                       "LL", "MM", "NN", "TT", "ST", NULL};
  S_shape sh = {0, 0, 0, 1};
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    char c = (char)(w[i] & ~0x20); /* upper case (letters only) */
    int v = c && strchr("AEIOUY", c) != NULL;
    sh.vowels += v;
    run = v ? 0 : run + 1;
    if (run > sh.max_run)
      sh.max_run = run;
    if (!sh.vowels)
      sh.first_run = run;
    if (run == 3 && sh.vowels) {
      char pair[2] = {(char)(w[i - 1] & ~0x20), c};
      if (S_in(pair, 2, onsets) < 0)
        sh.onsets_ok = 0;
    }
  }
  return sh;
}

/* Whether the text just before p (blanks skipped) ends an amount of
 * money: "80 €", "80 euros". */
static int S_after_money(const S_st *st, const char *p) {
  static const char *const cur[] = {"€", "euros", "euro", "$", "dollars",
                                    "£", NULL};
  const char *e = p;
  while (e > st->line && (e[-1] == ' ' || e[-1] == '\t'))
    e--;
  if (e == p)
    return 0;
  /* (a price for a unit: "2,20 €/m³ HT") */
  const char *s = e;
  while (s > st->line && s[-1] != ' ' && s[-1] != '/')
    s--;
  if (s > st->line && s[-1] == '/' && e - s <= 6)
    e = s - 1;
  for (int i = 0; cur[i]; i++) {
    size_t k = strlen(cur[i]);
    if ((size_t)(e - st->line) >= k && !memcmp(e - k, cur[i], k))
      return 1;
  }
  return 0;
}

/* Whether a spelled acronym starting with `first` follows a word that
 * would tie to it ("les ONG", "des SUV", "un SMS"): it is then written
 * letter by letter, which espeak-ng reads after a short stop, as nine
 * cases of the blind token sets expect (five expect the liaison). */
static int S_liaison_before(const S_st *st, char first) {
  static const char *const words[] = {
      "les", "des", "aux", "ces", "mes", "tes", "ses", "nos", "vos", "leurs",
      "deux", "trois", "six", "dix", "quelques", "plusieurs", "un", "en", "Les",
      "Des", "Aux", "Ces", "Un", "chez", "Chez", NULL};
  if (!strchr("AEFHILMNORSUXY", first))
    return 0;
  const breve_buf *o = st->out;
  if (!o->len || o->ptr[o->len - 1] != ' ')
    return 0;
  size_t e = o->len - 1, b = e;
  /* the word before, accented letters too: "les critères ESG" */
  while (b > 0 && ((o->ptr[b - 1] >= 'a' && o->ptr[b - 1] <= 'z') ||
                   (o->ptr[b - 1] >= 'A' && o->ptr[b - 1] <= 'Z') ||
                   ((unsigned char)o->ptr[b - 1] >= 0x80 &&
                    (unsigned char)o->ptr[b - 1] != 0xA0 &&
                    (unsigned char)o->ptr[b - 1] != 0xAF)))
    b--;
  /* and after a word ending in s or x: "à quinze heures UTC", "le Stade
   * Rennais FC" (espeak-ng ties the s of "après" or "Rennais" to dotted
   * letters too) */
  char last = e > b ? o->ptr[e - 1] : 0;
  size_t wn = e - b;
  const char *wd = o->ptr + b;
  return b < e && (S_in(wd, wn, words) >= 0 ||
                   (wn >= 4 && (last == 's' || last == 'x')) ||
                   /* "sommet UE-Chine", "fut EDF": espeak-ng ties a final
                    * t or n to dotted letters ("sommet U.E" is
                    * "sommet-t-U E"), not to spaced ones */
                   (wn >= 2 && (last == 't' || last == 'n' ||
                                last == 'd' || last == 'z')));
}

/* An earthquake's magnitude: "séisme M7,1", "une secousse de Mw 6,4" are
 * "séisme de magnitude sept virgule un", "de magnitude six virgule
 * quatre" (not the channel M6 nor a motorway). */
static const char *S_rule_magnitude(S_st *st, const char *p, size_t wl) {
  static const char *const quake[] = {"séisme",    "Séisme",    "sismique",
                                      "tremblement", "secousse", "réplique",
                                      "Richter",   "épicentre", "profondeur",
                                      "USGS",      "EMSC",      NULL};
  static const char *const noun[] = {"séisme", "Séisme", "secousse",
                                     "terre", "réplique", NULL};
  if (!((wl == 1 && *p == 'M') || (wl == 2 && p[0] == 'M' && p[1] == 'w')))
    return NULL;
  const char *d = p + wl + (p + wl < st->end && p[wl] == ' ');
  if (!(d < st->end && *d >= '1' && *d <= '9') ||
      (d + 1 < st->end && S_is_digit(d[1])))
    return NULL;
  int after_noun = st->prev_word && !st->prev_number &&
                   S_in(st->prev_word, st->prev_len, noun) >= 0;
  int dec = d + 2 < st->end && (d[1] == ',' || d[1] == '.') && S_is_digit(d[2]);
  /* (or after an article with its tenths: "la M 4,6 de 14 h") */
  int art = dec && st->prev_word && !st->prev_number &&
            (S_eq(st->prev_word, st->prev_len, "la") ||
             S_eq(st->prev_word, st->prev_len, "La") ||
             S_eq(st->prev_word, st->prev_len, "une") ||
             S_eq(st->prev_word, st->prev_len, "Une"));
  if (!art && (!S_line_has_any(st, quake) ||
               !(dec || after_noun ||
                 (st->prev_word && S_eq(st->prev_word, st->prev_len, "de")))))
    return NULL;
  S_say(st, after_noun ? "de magnitude" : "magnitude");
  return p + wl;
}

/* Acronyms in capitals: spelled unless said as a word. */
/* Writes the capitals p[0..wl) (ASCII, at most 7) in small letters. */
static const char *S_sub_lower(S_st *st, const char *p, size_t wl) {
  char low[8];
  for (size_t i = 0; i < wl && i < 7; i++)
    low[i] = (char)(p[i] | 0x20);
  low[wl < 7 ? wl : 7] = '\0';
  S_sub(st, p, wl, low);
  return p + wl;
}

/* Says a price's taxes for the letters at p ("HT", "TTC") and the unit
 * the price is for after them: "100 € HT/t" is "hors taxes la tonne". */
static const char *S_say_tax(S_st *st, const char *p, size_t wl,
                             const char *words) {
  breve_buf w = {0};
  breve_buf_puts(&w, words);
  const char *r = S_per_money_at(&w, p + wl, st->end, 0);
  S_sub(st, p, wl, w.ptr);
  breve_buf_free(&w);
  return r;
}

/* Whether the capitals p[0..n) hold "SVP", which espeak-ng reads "s'il
 * vous plaît" when dotted. */
static int S_has_svp(const char *p, size_t n) {
  for (size_t i = 0; i + 3 <= n; i++)
    if (p[i] == 'S' && p[i + 1] == 'V' && p[i + 2] == 'P')
      return 1;
  return 0;
}

static const char *S_rule_acronym(S_st *st, const char *p, size_t wl) {
  const char *end = st->end;
  size_t caps = 0;
  /* road safety's two-wheelers: "les 2RM" are "deux-roues motorisés" */
  if (wl == 2 && S_eq(p, wl, "RM") && p - st->line >= 1 && p[-1] == '2' &&
      (p - st->line == 1 || !S_alnum_at(p - 2, end)) &&
      !S_alnum_at(p + 2, end)) {
    S_sub(st, p, wl, "roues motoris\xc3\xa9s");
    return p + wl;
  }
  /* an acronym with a small letter or two, spelled: "FeLV", "CHPPiL",
   * "DDFiP" (a word with capitals inside has more small letters:
   * "BioNTech", "YouTube") */
  if (wl >= 3 && wl <= 8 && S_is_upper_ascii(*p) &&
      !(p + wl < end &&
        ((p[wl] == '.' && S_alnum_at(p + wl + 1, end)) || S_is_digit(p[wl])))) {
    size_t up = 0, low = 0;
    for (size_t i = 0; i < wl; i++)
      up += S_is_upper_ascii(p[i]), low += p[i] >= 'a' && p[i] <= 'z';
    size_t vow = 0;
    for (size_t i = 0; i < wl; i++)
      vow += strchr("aeiouyAEIOUY", p[i]) != NULL;
    /* (not a plural, "PMEs", nor a word to read, "MiCA") */
    if (up >= 3 && low >= 1 && low <= 2 && up + low == wl && vow <= 1 &&
        !(low == 1 && p[wl - 1] == 's')) {
      char said[24];
      int spaced = 0;
      for (size_t i = 0; i < wl; i++)
        spaced |= (p[i] | 0x20) == 'i' || (p[i] | 0x20) == 'j';
      size_t k = 0;
      for (size_t i = 0; i < wl; i++) {
        if (i)
          said[k++] = spaced ? ' ' : '.';
        said[k++] = (char)(p[i] & ~0x20);
      }
      said[k] = '\0';
      S_sub(st, p, wl, said);
      return p + wl;
    }
  }
  /* a rating or a battery's size: "la note AAA", "des piles AAA" are
   * "triple a" (not "la CCC", a race; a sign after it is spelled: "BBB-"
   * is "B B B moins") */
  if (wl == 3 && (p[0] == 'A' || p[0] == 'B') && p[1] == p[0] &&
      p[2] == p[0] && !S_alnum_at(p + 3, end) &&
      !(p + 4 < end && p[3] == '.' && p[4] != ' ')) {
    S_sub(st, p, 3, p[0] == 'A' ? "triple a" : "triple b");
    return p + 3;
  }
  /* "US$ 200" is "deux cents dollars": the amount says the currency */
  if (S_eq(p, wl, "US") && p + 2 < end && p[2] == '$' &&
      ((p + 3 < end && S_is_digit(p[3])) ||
       (S_blank(p + 3, end) && S_is_digit(p[3 + S_blank(p + 3, end)]))))
    return p + 2;
  /* heavy goods vehicles: "les PL", "1 PL sur 4", "interdit aux PL" are
   * "poids lourds" (not "la PL", the Premier League) */
  if (wl == 2 && S_eq(p, wl, "PL") && !S_alnum_at(p + 2, end) &&
      !(p + 3 < end && (p[2] == '.' || p[2] == '-') &&
        S_alnum_at(p + 3, end))) {
    static const char *const dets[] = {"les", "des", "aux", "de", "un",
                                       "Les", "Des", "ces", "nos", "tarif",
                                       "deux", "trois", NULL};
    const char *e = p;
    while (e > st->line && e[-1] == ' ')
      e--;
    const char *b = e;
    while (b > st->line && ((b[-1] >= 'a' && b[-1] <= 'z') ||
                            (b[-1] >= 'A' && b[-1] <= 'Z')))
      b--;
    /* (spelled beside "VL": "les VL et les PL") */
    static const char *const light[] = {"VL", NULL};
    if (!S_line_has_any(st, light) &&
        ((e > b && e < p && S_in(b, (size_t)(e - b), dets) >= 0 &&
         (b == st->line || !S_alnum_at(b - 1, end))) ||
         (e < p && e > st->line && S_is_digit(e[-1])))) {
      int one = (e - b == 2 && !memcmp(b, "un", 2)) ||
                (e > st->line && e[-1] == '1' &&
                 (e - 1 == st->line || !S_alnum_at(e - 2, end)));
      S_sub(st, p, wl, one ? "poids lourd" : "poids lourds");
      return p + wl;
    }
  }
  /* the tides: "PM à 14h32, coef. 95", "BM : 8h05" are "pleine mer",
   * "basse mer" */
  if (wl == 2 && (S_eq(p, wl, "PM") || S_eq(p, wl, "BM")) &&
      !S_alnum_at(p + 2, end)) {
    static const char *const tides[] = {"coef", "marée", "Marée", NULL};
    static const char *const low[] = {"BM ", NULL}, *const high[] = {"PM ",
                                                                     NULL};
    const char *t = p + 2 + S_blank(p + 2, end);
    if ((S_starts(t, end, "à ") || S_starts(t, end, ": ")) &&
        t + 2 < end && S_is_digit(t[2 + (t[0] == ':' ? 0 : 1)]) &&
        !(st->prev_word && st->prev_word + st->prev_len + 1 == p &&
          (S_eq(st->prev_word, st->prev_len, "le") ||
           S_eq(st->prev_word, st->prev_len, "du"))) &&
        (S_line_has_any(st, tides) ||
         S_line_has_any(st, *p == 'P' ? low : high))) {
      S_sub(st, p, wl, *p == 'P' ? "pleine mer" : "basse mer");
      return p + wl;
    }
  }
  /* "la BAU", "sur la BAU" is the hard shoulder (a scenario "BAU" is
   * spelled) */
  if (wl == 3 && S_eq(p, wl, "BAU") && !S_alnum_at(p + 3, end) &&
      p - st->line >= 3 &&
      !memcmp(p - 3, "la ", 3) &&
      (p - st->line == 3 || !S_alnum_at(p - 4, end))) {
    S_sub(st, p, wl, "bande d'arr\xc3\xaat d'urgence");
    return p + wl;
  }
  /* a climb of a race: "5 cols HC", "le Galibier (HC)" are "hors
   * catégorie" (after a price, "HC" is "hors charges") */
  if (S_eq(p, wl, "HC") && !S_after_money(st, p) &&
      !(p + wl < end && p[wl] == '/') && !(p > st->line && p[-1] == '/')) {
    static const char *const climbs[] = {"col ",     "cols ",   "Col ",
                                         "Galibier", "Tourmalet", "Ventoux",
                                         "montée",   "ascension", "grimp",
                                         NULL};
    if (S_line_has_any(st, climbs)) {
      S_sub(st, p, wl, "hors catégorie");
      return p + wl;
    }
  }
  /* "80 € HT" (but "99 € TTC" is spelled: 50 token-set cases want the
   * letters alone, 28 the words alone) */
  if (S_eq(p, wl, "HT") &&
      (S_after_money(st, p) ||
       /* an auction's fees: "frais acheteur : 25 % HT" */
       (p - st->line >= 2 && p[-1] == ' ' && p[-2] == '%') ||
       /* "le prix HT", "un montant TTC" */
       (st->prev_word && st->prev_word + st->prev_len + 1 == p &&
        !(p + wl < end && p[wl] == '/') &&
        (S_eq(st->prev_word, st->prev_len, "prix") ||
         S_eq(st->prev_word, st->prev_len, "montant") ||
         S_eq(st->prev_word, st->prev_len, "tarif") ||
         S_eq(st->prev_word, st->prev_len, "co\xc3\xbbt"))))) {
    return S_say_tax(st, p, wl, "hors taxes");
  }
  /* "1 200 € HT, 1 440 € TTC": beside a price said "hors taxes", the
   * other is said in words too */
  if (S_eq(p, wl, "TTC") && S_after_money(st, p)) {
    for (const char *q = st->line + 1; q + 2 <= end; q++)
      if (q[0] == 'H' && q[1] == 'T' && q[-1] == ' ' &&
          !S_alnum_at(q + 2, end) && S_after_money(st, q))
        return S_say_tax(st, p, wl, "toutes taxes comprises");
  }
  /* a home's price in a listing: "350 000 € FAI" is "frais d'agence
   * inclus" */
  if (S_eq(p, wl, "FAI") && S_after_money(st, p)) {
    S_sub(st, p, wl, "frais d'agence inclus");
    return p + wl;
  }
  /* a variant by its letters and numbers: "BA.2", "BQ.1.1", "XBB.1.5"
   * are "B A point deux", "B Q point un point un" */
  if (wl >= 2 && wl <= 4 && p + wl + 1 < end && p[wl] == '.' &&
      S_is_digit(p[wl + 1])) {
    size_t c = 0;
    while (c < wl && S_is_upper_ascii(p[c]))
      c++;
    const char *e = p + wl;
    int parts = 0;
    while (e + 1 < end && *e == '.' && S_is_digit(e[1]) &&
           S_digits(e + 1, end) <= 2)
      e += 1 + S_digits(e + 1, end), parts++;
    static const char *const variant[] = {"variant", "variants",
                                          "sous-variant", "sous-variants",
                                          "lignée", "Omicron", NULL};
    int named = st->prev_word && !st->prev_number &&
                S_in(st->prev_word, st->prev_len, variant) >= 0;
    /* (Volkswagen's "ID.3" is "I D trois", without the point) */
    if (S_eq(p, wl, "ID") && parts == 1 && S_ends_clean(e, end)) {
      uint64_t v;
      breve_buf w = {0};
      breve_buf_puts(&w, "I D ");
      breve_fr_parse_u64(p + 3, (size_t)(e - p - 3), &v);
      breve_fr_cardinal(&w, v, 0);
      S_say_buf(st, &w);
      return e;
    }
    if (c == wl && (parts >= 2 || named) && S_ends_clean(e, end) &&
        !(e < end && (*e == '.' || *e == ',') && e + 1 < end &&
          S_is_digit(e[1]))) {
      breve_buf w = {0};
      for (size_t i = 0; i < wl; i++) {
        if (i)
          breve_buf_putc(&w, ' ');
        breve_buf_putc(&w, p[i]);
      }
      for (const char *t = p + wl; t < e;) {
        size_t d = S_digits(t + 1, end);
        uint64_t v;
        breve_fr_parse_u64(t + 1, d, &v);
        breve_buf_puts(&w, " point");
        breve_fr_cardinal(&w, v, 0);
        t += 1 + d;
      }
      S_say_buf(st, &w);
      return e;
    }
  }
  /* a registration plate: "FG-456-HJ" is "F G quatre cent cinquante-six
   * H J" */
  if (wl == 2 && S_is_upper_ascii(p[0]) && S_is_upper_ascii(p[1]) &&
      p + 9 <= end && p[2] == '-' && S_digits(p + 3, end) == 3 &&
      p[6] == '-' && S_is_upper_ascii(p[7]) && S_is_upper_ascii(p[8]) &&
      !S_alnum_at(p + 9, end)) {
    breve_buf w = {0};
    char l[4] = {p[0], ' ', p[1], '\0'};
    uint64_t v;
    breve_buf_puts(&w, l);
    breve_fr_parse_u64(p + 3, 3, &v);
    if (p[3] == '0')
      breve_fr_digits(&w, p + 3, 3);
    else
      breve_fr_cardinal(&w, v, 0);
    l[0] = p[7], l[2] = p[8];
    breve_buf_putc(&w, ' ');
    breve_buf_puts(&w, l);
    S_say_buf(st, &w);
    return p + 9;
  }
  /* a mass of carbon dioxide: "45 kg CO2" is "de C O deux" */
  if (S_eq(p, wl, "CO") && p + 2 < end && S_is_digit(p[2]) && st->out->len >= 8) {
    const breve_buf *o = st->out;
    size_t n = o->len;
    while (n && o->ptr[n - 1] == ' ')
      n--;
    static const char *const masses[] = {"grammes", "gramme", "tonnes",
                                         "tonne",   "kilos",  NULL};
    for (int i = 0; masses[i]; i++) {
      size_t k = strlen(masses[i]);
      if (n >= k && !memcmp(o->ptr + n - k, masses[i], k)) {
        S_say(st, "de");
        break;
      }
    }
  }
  /* carbon dioxide equivalent: "450 t CO2e", "Mt CO2eq" */
  if (S_eq(p, wl, "CO") && p + 3 < end && p[2] == '2') {
    static const char *const eq[] = {"e", "eq", "\xc3\xa9q", NULL};
    size_t k = S_letters(p + 3, end);
    if (k && S_in(p + 3, k, eq) >= 0) {
      size_t n = 3 + k;
      S_sub(st, p, n, "C O deux \xc3\xa9quivalent");
      return p + n;
    }
  }
  /* a floor: "au RDC" (the Congo is "la RDC", "en RDC") */
  if (S_eq(p, wl, "RDC") && st->prev_word &&
      st->prev_word + st->prev_len + 1 == p &&
      (S_eq(st->prev_word, st->prev_len, "au") ||
       S_eq(st->prev_word, st->prev_len, "Au"))) {
    S_sub(st, p, 3, "rez-de-chaussée");
    return p + 3;
  }
  /* a car's first registration in a listing: "MEC 03/2019" */
  if (S_eq(p, wl, "MEC") && p + 4 < end && p[3] == ' ' && S_is_digit(p[4])) {
    S_sub(st, p, 3, "mise en circulation");
    return p + 3;
  }
  /* a race: "le GP de Monaco", "GP du Japon", "le 22e GP" */
  if (S_eq(p, wl, "GP") && !S_alnum_at(p + 2, end) &&
      ((p + 4 < end && p[2] == ' ' &&
        (S_starts(p + 3, end, "de ") || S_starts(p + 3, end, "du ") ||
         S_starts(p + 3, end, "d'") ||
         S_starts(p + 3, end, "d\xe2\x80\x99"))) ||
       (p - st->line >= 3 && p[-1] == ' ' && p[-2] == 'e' &&
        S_is_digit(p[-3])))) {
    S_sub(st, p, 2, "grand prix");
    return p + 2;
  }
  /* and counted: "24 GP en 2026" */
  if (S_eq(p, wl, "GP") && !S_alnum_at(p + 2, end) && p - st->line >= 2 &&
      p[-1] == ' ' && S_is_digit(p[-2]) &&
      S_number_before(st->line, p) >= 2) {
    S_sub(st, p, 2, "grands prix");
    return p + 2;
  }
  /* an electricity meter's peak and off-peak hours: "option HP/HC",
   * "index HC : 8 901", and on a line about electricity "0,27 €/kWh en
   * HC" (after a price "HC" is a rent's "hors charges"; "l'AP-HP" is
   * spelled) */
  if ((S_eq(p, wl, "HP") || S_eq(p, wl, "HC")) && !S_alnum_at(p + 2, end)) {
    static const char *const power[] = {"kWh", "kVA", "Linky", "compteur",
                                        "électricité", "EDF", "tarif",
                                        NULL};
    int pair = p + 5 <= end && p[2] == '/' &&
               (S_eq(p + 3, 2, p[1] == 'P' ? "HC" : "HP")) &&
               !S_alnum_at(p + 5, end);
    int index = st->prev_word && st->prev_word + st->prev_len + 1 == p &&
                (S_eq(st->prev_word, st->prev_len, "index") ||
                 S_eq(st->prev_word, st->prev_len, "Index"));
    int meter = !S_after_money(st, p) && !(p > st->line && p[-1] == '-') &&
                S_line_has_any(st, power);
    /* (or with its hours, "HC de 22h à 6h", or both of them, "HP + HC") */
    int hours = S_starts(p + 2, end, " de ") && p + 6 < end &&
                S_is_digit(p[6]);
    char other = p[1] == 'P' ? 'C' : 'P';
    const char *o = S_starts(p + 2, end, " + ")    ? p + 5
                    : S_starts(p + 2, end, " et ") ? p + 6
                                                   : NULL;
    int both = (o && o + 2 <= end && o[0] == 'H' && o[1] == other &&
                !S_alnum_at(o + 2, end)) ||
               (p - st->line >= 5 && !memcmp(p - 3, " + ", 3) &&
                p[-5] == 'H' && p[-4] == other &&
                !(p - st->line >= 6 && p[-6] == '-')) ||
               (p - st->line >= 6 && !memcmp(p - 4, " et ", 4) &&
                p[-6] == 'H' && p[-5] == other &&
                !(p - st->line >= 7 && p[-7] == '-'));
    if (pair || index || meter ||
        ((hours || both) && !(p > st->line && p[-1] == '-'))) {
      static const char *const say[] = {"heures pleines", "heures creuses"};
      breve_buf w = {0};
      breve_buf_puts(&w, say[p[1] == 'C']);
      if (pair) {
        breve_buf_puts(&w, ", ");
        breve_buf_puts(&w, say[p[1] == 'P']);
      }
      S_say_buf(st, &w);
      return p + (pair ? 5 : 2);
    }
  }
  /* amperes on a circuit breaker, a hook-up or a socket: "un disjoncteur
   * de 45 A", "électricité 10 A", "une prise 16 A" */
  if (wl == 1 && *p == 'A' && st->prev_number && p > st->line &&
      p[-1] == ' ' && S_is_digit(p[-2]) && !S_alnum_at(p + 1, end) &&
      !(p + 1 < end && (p[1] == '.' || p[1] == '-') &&
        S_alnum_at(p + 2, end))) {
    const char *from = p - st->line > 40 ? p - 40 : st->line;
    if (S_has(from, (size_t)(p - from), "disjoncteur") ||
        S_has(from, (size_t)(p - from), "fusible") ||
        S_has(from, (size_t)(p - from), "branchement") ||
        S_has(from, (size_t)(p - from), "prise") ||
        S_has(from, (size_t)(p - from), "borne") ||
        S_has(from, (size_t)(p - from), "chargeur") ||
        S_has(from, (size_t)(p - from), "recharge") ||
        S_has(from, (size_t)(p - from), "lectricit\xc3\xa9") ||
        S_has(from, (size_t)(p - from), "\xc3\xa9lec.")) {
      int one = p[-2] == '1' && (p - 2 == st->line || !S_is_digit(p[-3]));
      S_say(st, one ? "amp\xc3\xa8re" : "amp\xc3\xa8res");
      return p + 1;
    }
  }
  /* a rent: "850 € CC", "700 € HC" */
  if ((S_eq(p, wl, "CC") || S_eq(p, wl, "HC")) &&
      (S_after_money(st, p) ||
       (st->prev_word && (S_eq(st->prev_word, st->prev_len, "loyer") ||
                          S_eq(st->prev_word, st->prev_len, "loyers")))) &&
      !S_alnum_at(p + wl, end) && !(p + wl < end && p[wl] == '.')) {
    S_sub(st, p, wl, *p == 'C' ? "charges comprises" : "hors charges");
    return p + wl;
  }
  while (caps < wl && S_is_upper_ascii(p[caps]))
    caps++;
  /* a small word in a title in capitals: "EN DIRECT", "LA UNE" */
  if (caps == wl && wl <= 3) {
    static const char *const small[] = {"EN", "LE", "LA", "LES", "DE", "DU",
                                        "DES", "ET", "UN", "AU", "AUX",
                                        "SUR", "PAR", "POUR", NULL};
    const char *nx = p + wl + S_blank(p + wl, end);
    size_t nk = 0;
    while (nx + nk < end && S_is_upper_ascii(nx[nk]))
      nk++;
    if (S_in(p, wl, small) >= 0 && nx > p + wl && nk >= 4 &&
        !S_alnum_at(nx + nk, end))
      return S_sub_lower(st, p, wl);
  }
  /* a number in capitals before a word in small letters: "DIX
   * réacteurs à l'arrêt" */
  static const char *const numbers[] = {"DEUX", "TROIS", "QUATRE", "CINQ",
                                        "SIX",  "SEPT",  "HUIT",   "NEUF",
                                        "DIX",  "ONZE",  "DOUZE",  "VINGT",
                                        "CENT", "MILLE", NULL};
  if (wl >= 3 && S_is_upper_ascii(p[0]) && S_is_upper_ascii(p[1]) &&
      S_in(p, wl, numbers) >= 0 && p + wl + 1 < end &&
      p[wl] == ' ' && p[wl + 1] >= 'a' && p[wl + 1] <= 'z')
    return S_sub_lower(st, p, wl);
  /* a month in capitals after a day: "le 1ER MAI" */
  static const char *const months[] = {"MARS", "AVRIL", "MAI", "JUIN",
                                       "JUILLET", "JANVIER", "SEPTEMBRE",
                                       "OCTOBRE", "NOVEMBRE", NULL};
  if (st->prev_number && S_in(p, wl, months) >= 0) {
    S_open(st);
    for (size_t i = 0; i < wl; i++)
      breve_buf_putc(st->out, (char)(p[i] | 0x20));
    st->pending = 1;
    return p + wl;
  }
  /* (a year may be longer: "MDCCCLXXXIX") */
  int long_year = caps > 8 && caps == wl && strspn(p, "IVXLCDM") >= caps &&
                  breve_fr_roman(p, caps) >= 1000;
  if (caps < 2 || (caps > 8 && !long_year) ||
      !(caps == wl || (caps + 1 == wl && p[caps] == 's')))
    return NULL;
  if (st->shouting || S_in_caps_run(st, p, p + wl))
    return NULL;
  int roman_after_name =
      caps == wl && strspn(p, "IVXLCDM") >= caps && breve_fr_roman(p, caps) &&
      st->prev_word &&
      breve_cp_is_upper(S_cp(st->prev_word, st->prev_word + st->prev_len,
                             NULL));
  if (caps >= 5 && !roman_after_name) {
    /* Long capitals are names or words ("SOLEUVRE") unless they cannot
     * be read: "FNSEA". Roman numerals go on ("LVIII"). */
    S_shape sh = S_word_shape(p, caps);
    /* "FNSEA" (three consonants to start) and "CGPME" (one vowel) are
     * spelled */
    /* and "ONISR" (two consonants to end that no word ends with) */
    static const char *const codas[] = {
        "RS", "RT", "RD", "NT", "ND", "NS", "ST", "SK", "CK", "LT", "PT", "CT",
        "RN", "RK", "RG", "RM", "RC", "RP", "LD", "LK", "LM", "NK", "NG", "SS",
        "LL", "TT", "FF", "MS", "PS", "TS", "KS", "CH", "TH", "SH", "PH", "GH",
        "RL", "NC", "MP", "MB", "RF", "LF", "LP", "LS", "NN", "MM", "ZZ", "DS",
        "GS", "BS", "FT", "SC", "WN", "WS", "NH", "CS", NULL};
    char c1 = p[caps - 2], c2 = p[caps - 1];
    int coda = strchr("AEIOUY", c1) || strchr("AEIOUY", c2) ||
               S_in(p + caps - 2, 2, codas) >= 0;
    if (sh.vowels >= 2 && sh.onsets_ok && sh.max_run <= 3 &&
        sh.first_run <= 2 && coda)
      return NULL;
  }
  const char *q = p + wl;
  /* Part of a dotted or hyphenated name: leave it. */
  if (q < end && *q == '.' && S_alnum_at(q + 1, end))
    return NULL;
  if (!st->lex)
    return NULL;
  breve_buf_clear(&st->fold);
  breve_utf8_fold(p, caps, &st->fold);
  if (st->fold.ptr &&
      S_lookup(st->lex, p, caps, st->fold.ptr, st->fold.len, S_ACRONYM)) {
    /* Said as a word. espeak-ng spells three capitals inside a phrase
     * ("le CAC quarante"), so the word is written as a name: "Cac". */
    if (st->ssml || caps > 3)
      return NULL;
    S_open(st);
    breve_buf_putc(st->out, p[0]);
    for (size_t i = 1; i < wl; i++)
      breve_buf_putc(st->out, (char)(p[i] | 0x20));
    st->pending = 1;
    return p + wl;
  }
  /* Roman numerals of I, V and X: "le XV de France", "Vatican II" */
  unsigned rv = caps == wl ? breve_fr_roman(p, caps) : 0;
  /* and years: "MMXXIV" */
  if (rv && (strspn(p, "IVX") >= caps ||
             (caps >= 4 && memchr(p, 'M', caps) && rv >= 1000))) {
    /* "Paris-VIII": a hyphen before the number makes espeak-ng glide
     * ("Par-yuit") */
    if (st->out->len && st->out->ptr[st->out->len - 1] == '-' && p > st->line &&
        p[-1] == '-')
      st->out->ptr[st->out->len - 1] = ' ';
    breve_buf w = {0};
    breve_fr_cardinal(&w, rv, 0);
    S_say_buf(st, &w);
    return p + wl;
  }
  /* a numeral after a name: "Super Bowl LIV" (but "Le CM1", "La CDC") */
  static const char *const dets[] = {"Le", "La", "Les", "L", "Un", "Une",
                                     "Des", "Du", "Au", "Aux", "En", NULL};
  /* (a size is spelled: "le Pixel 10 Pro XL", where espeak-ng would say
   * "quarante romain") */
  int bowl = st->prev_word && S_eq(st->prev_word, st->prev_len, "Bowl");
  int size = wl == 2 && !memcmp(p, "XL", 2) && !bowl;
  /* nor a car's model after its maker: "la Citroën CX" is "c x" */
  static const char *const makers[] = {
      "Citroën", "Citroen", "Peugeot", "Renault", "Volvo", "Mazda", "Lexus",
      "Audi",    "Honda",   "Toyota",  "Nissan",  "Kia",   "Hyundai",
      "Alpine",  "Lancia",  "Fiat",    "Ford",    "Opel",  NULL};
  if (st->prev_word && S_in(st->prev_word, st->prev_len, makers) >= 0)
    size = 1;
  /* nor after initials: "CDD + CDI", "CDD, CDI" are two contracts */
  if (st->prev_word && st->prev_len >= 2) {
    size_t up = 0;
    while (up < st->prev_len && S_is_upper_ascii(st->prev_word[up]))
      up++;
    if (up == st->prev_len &&
        !breve_fr_roman(st->prev_word, st->prev_len)) /* (not "II, III") */
      size = 1;
  }
  if (!size && breve_fr_roman(p, caps) && st->prev_word &&
      breve_cp_is_upper(S_cp(st->prev_word, st->prev_word + st->prev_len,
                             NULL)) &&
      S_in(st->prev_word, st->prev_len, dets) < 0 &&
      !(p + wl < end && S_is_digit(p[wl]))) {
    /* said as a number when it ends like one ("Super Bowl LVIII"), left
     * alone otherwise ("Washington DC", "Monte-Carlo MC") */
    /* (up to a hundred: "Dupont CDI" is no 401st) */
    if (caps == wl && caps >= 2 && (strchr("IVX", p[caps - 1]) || bowl) &&
        breve_fr_roman(p, caps) <= 100) {
      breve_buf w = {0};
      breve_fr_cardinal(&w, breve_fr_roman(p, caps), 0);
      S_say_buf(st, &w);
      return p + wl;
    }
    return NULL;
  }
  /* after an elided article ("l'OMS") espeak-ng reads the "l'" before a
   * say-as element as the letter L: the letters are then written out */
  int elided = st->out->len && st->out->ptr[st->out->len - 1] == '\'';
  if (st->ssml && !elided) {
    S_open(st);
    breve_buf_puts(st->out, "<say-as interpret-as=\"characters\">");
    breve_buf_put(st->out, p, caps);
    breve_buf_puts(st->out, "</say-as>");
  } else {
    /* Letters joined by dots are said as one spelled word ("S.N.C.F").
     * No dot after the last letter: espeak-ng would read a following "à"
     * as "a accent grave". An I or a J glides into the next letter when
     * joined ("V.I.H" is "véyache", "J.O" "jio"), and "P.S" is read
     * "post-scriptum": those are written letter by letter. */
    int spaced = memchr(p, 'I', caps) || memchr(p, 'J', caps) ||
                 (caps == 2 && p[0] == 'P' && p[1] == 'S') ||
                 /* (also a final "P.S" after an elision: "l'E.P.S") */
                 (elided && caps >= 2 && p[caps - 2] == 'P' &&
                  p[caps - 1] == 'S') ||
                 /* (and "S.V.P" is "s'il vous plaît": "l'A S V P") */
                 (caps >= 3 && S_has_svp(p, caps)) ||
                 S_liaison_before(st, p[0]);
    S_open(st);
    for (size_t i = 0; i < caps; i++) {
      /* (a lone "Y" is the word "y" to espeak-ng) */
      if (spaced && p[i] == 'Y')
        breve_buf_puts(st->out, "igrec");
      else
        breve_buf_putc(st->out, p[i]);
      if (i + 1 < caps)
        breve_buf_putc(st->out, spaced ? ' ' : '.');
    }
  }
  st->pending = 1;
  return p + caps + (caps < wl);
}

/* Capitals written with dots, "J.O.", "V.I.H.", "I.N.S.E.E.", "O.N.U.":
 * espeak-ng glides an I or a J into the next letter ("jio") and reads an
 * E as a schwa, so the letters go through the acronym writer; a name's
 * initials ("J.R.R. Tolkien") are left alone. */
static const char *S_rule_dotted(S_st *st, const char *p, size_t wl) {
  const char *end = st->end, *t = p;
  char letters[9];
  size_t n = 0;
  if (wl != 1 || !S_is_upper_ascii(*p))
    return NULL;
  /* "18 € H.T." is "hors taxes", as "HT" after a price is (the last dot
   * kept where it ends the sentence) */
  if (*p == 'H' && S_starts(p, end, "H.T.") && !S_alnum_at(p + 4, end) &&
      S_after_money(st, p)) {
    int stop = p + 4 >= end || (p[4] == ' ' && S_upper_at(p + 5, end));
    S_sub(st, p, stop ? 3 : 4, "hors taxes");
    return p + (stop ? 3 : 4);
  }
  while (n < 8 && t + 1 < end && S_is_upper_ascii(*t) && t[1] == '.' &&
         !(t + 2 < end && S_is_upper_ascii(t[2]) && t + 3 < end &&
           S_alnum_at(t + 3, end))) {
    letters[n++] = *t;
    t += 2;
  }
  if (n < 2 || S_alnum_at(t, end) || (t < end && (*t == '-' || *t == '.')))
    return NULL;
  letters[n] = '\0';
  size_t bl = S_blank(t, end);
  /* before a capitalised name (not an acronym), two or three letters are
   * initials */
  if (bl && n <= 3 && S_upper_at(t + bl, end)) {
    static const char *const starts[] = {
        "Le", "La", "Les", "Il", "Elle", "Ils", "Elles", "Et", "Mais", "Un",
        "Une", "Des", "Ce", "Cette", "Ces", "On", "Nous", "Vous", "En", "Au",
        "Aux", "Du", "De", "Dans", "Pour", "Par", "Sur", "Selon", "Depuis",
        "Après", "Avant", "Alors", "Puis", "Si", "Quand", "Lors", "Pas", NULL};
    size_t k = S_letters(t + bl, end);
    if (k >= 2 && !S_is_upper_ascii(t[bl + 1]) &&
        S_in(t + bl, k, starts) < 0)
      return NULL;
  }
  /* the last dot also ends the sentence at the end of a line or before a
   * capital */
  int stop = t >= end || (bl && S_upper_at(t + bl, end)) ||
             (t < end && strchr("!?", *t));
  /* a respelling of the lexicon: "I.N.S.E.E." is "insé" (the word alone:
   * the letters are a copy, not in the line) */
  if (S_lexicon_word(st, letters, n))
    return stop ? t - 1 : t;
  S_open(st);
  breve_buf_clear(&st->fold);
  breve_utf8_fold(letters, n, &st->fold);
  if (st->lex && st->fold.ptr &&
      S_lookup(st->lex, letters, n, st->fold.ptr, st->fold.len, S_ACRONYM)) {
    /* said as a word: "O.T.A.N." is "OTAN", "O.N.U." "Onu" */
    breve_buf_putc(st->out, letters[0]);
    for (size_t i = 1; i < n; i++)
      breve_buf_putc(st->out, n > 3 ? letters[i] : (char)(letters[i] | 0x20));
  } else {
    int elided = st->out->len && st->out->ptr[st->out->len - 1] == '\'';
    int spaced = memchr(letters, 'I', n) || memchr(letters, 'J', n) ||
                 (n == 2 && letters[0] == 'P' && letters[1] == 'S') ||
                 (elided && letters[n - 2] == 'P' && letters[n - 1] == 'S') ||
                 S_liaison_before(st, letters[0]);
    for (size_t i = 0; i < n; i++) {
      if (spaced && letters[i] == 'Y')
        breve_buf_puts(st->out, "igrec");
      else
        breve_buf_putc(st->out, letters[i]);
      if (i + 1 < n)
        breve_buf_putc(st->out, spaced ? ' ' : '.');
    }
  }
  st->pending = 1;
  return stop ? t - 1 : t;
}

/* ------------------------------------------------------------------ */
/* E-mail addresses and web addresses                                 */

static const char *const S_web_words[] = {
    "com",  "org",  "net",  "info", "gouv", "mail", "blog", "news",
    "actu", "shop", "site", "data", "tech", "free", "web",  "app",
    "www",  "gov",  "int",  NULL};

/* Short French words that are words in an address too ("prenom.nom"). */
static const char *const S_web_short[] = {
    "nom", "mon", "sud", "bio", "eau", "vin", "art", "pro", "job", "vie", "bon",
    "jeu", "top", "tri", "zen", "oui", "non", "bus", "ski", "dons", "don",
    "aide", "vote", "club", "hub", "feu", "les", "des", "une", "nos", "vos",
    "loi", "lois",
    "ici", "mag", "au", "aux", "ne", "pas", "lynx", "corp", "gal",
    /* first names in addresses: "jean-marc.dupont@" */
    "marc", "luc", "yves", "yann", "eric", "max", "leo", "lea", "tom", "eva",
    "ana", "noe", "zoe", "ines", "theo",
    /* said as words: "courir-en-ville" ("europa.eu" ends "e u", "un.org" "u n")
     */
    "en", "de", "la", "le", "du", "nord", "est", "ouest", "plus", "ma", "mon",
    "co", "dax", "lot", "ain", "jazz", "art", "bio", "vin", "sud", "mer", "lac",
    "eau", "aux", "sur", "sous", "bit", "run", "lan", "tam", "aya", "rex",
    "lux", "et", "moi", "vet", "fan", "nef", "vol", "qui", NULL};

/* Whether a piece of four letters with one vowel reads as a word: a
 * French onset before it ("stop", "club", "plan", "prix") or a French
 * ending after it ("park", "film", "golf", "port"); "ratp", "ansm" and
 * "cnes" do not. */
static int S_web_word4(const char *w) {
  static const char *const onsets[] = {
      "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr",
      "tr", "vr", "ch", "ph", "th", "st", "sp", "sk", "sc", "sh", NULL};
  static const char *const codas[] = {
      "rk", "rc", "rt", "rd", "rs", "rn", "rm", "rf", "lm", "lf",
      "lt", "ld", "ls", "st", "sk", "nd", "nt", "ns", "ng", "nk",
      "ck", "ch", "sh", "th", "ft", "mp", "ct", "ps", "ts", "bs",
      "ms", "tt", "ff", "ll", "nn", "ss", NULL};
  int v[4];
  for (int i = 0; i < 4; i++)
    v[i] = strchr("aeiouy", w[i] | 0x20) != NULL;
  if (!v[0] && !v[1] && v[2] && !v[3])
    return S_in(w, 2, onsets) >= 0;
  if (!v[0] && v[1] && !v[2] && !v[3])
    return S_in(w + 2, 2, codas) >= 0;
  return 0;
}

/* Short or vowelless pieces of an address are spelled: "abc", "asdf". */
static int S_spell_web(const char *w, size_t n) {
  if (S_in(w, n, S_web_words) >= 0 || S_in(w, n, S_web_short) >= 0)
    return 0;
  S_shape sh = S_word_shape(w, n);
  /* "afpfr", "bfmtv": four consonants in a row cannot be read */
  /* "fnsea", "cfdt": three consonants first that no French word starts
   * with */
  static const char *const starts3[] = {"str", "spr", "scr", "sch", "chr",
                                        "phr", "thr", "spl", NULL};
  /* "cnosf", "lfp": two consonants first that no French word starts
   * with (not a word of two syllables and more: "psychologie") */
  static const char *const onsets[] = {
      "bl", "br", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "pl", "pr", "tr",
      "vr", "ch", "ph", "th", "st", "sp", "sk", "sc", "sh", "gn", "ps", "pn",
      "kr", "kl", "wh", "sl", "sm", "sn", "sv", "ts", "dj", "tw", "sw", "zh",
      NULL};
  int v0 = strchr("aeiouy", w[0]) != NULL, v1 = strchr("aeiouy", w[1]) != NULL;
  if (n <= 6 && sh.vowels <= 1 && !v0 && !v1 && S_in(w, 2, onsets) < 0)
    return 1;
  int hard = sh.first_run >= 3 && S_in(w, 3, starts3) < 0;
  return n <= 3 || sh.vowels == 0 || hard ||
         (n == 4 && sh.vowels <= 1 && !S_web_word4(w)) ||
         (sh.max_run >= 4 && sh.vowels * 10 < n * 3);
}

/* What an address piece says, from data/address-words.txt: "elysee" is
 * "Élysée", "www" is "w w w". The piece is folded, the keys are too.
 * S_web_word() adds the words of four letters or more that the word list
 * spells with accents: "meteo" is "météo" ("the" stays English). Glued
 * pieces are split on the listed words only: the word list would cut
 * "registres" into "régis très". */
static const char *S_web_listed(const breve_lexicon *lex, const char *f,
                                size_t n) {
  const S_entry *e = S_lookup(lex, f, n, f, n, S_WEB);
  return e ? e->value : NULL;
}

static const char *S_web_word(const breve_lexicon *lex, const char *f,
                              size_t n) {
  const char *said = S_web_listed(lex, f, n);
  return said || n < 4 ? said : breve_accented(f, n);
}

/* Whether a piece of an address is an acronym said as a word ("ina.fr",
 * "unesco.org"): then it is not spelled. */
static int S_web_acronym_word(const breve_lexicon *lex, const char *f,
                              size_t n) {
  char up[9];
  if (n < 2 || n > 8)
    return 0;
  for (size_t i = 0; i < n; i++) {
    if (f[i] < 'a' || f[i] > 'z')
      return 0;
    up[i] = (char)(f[i] - 'a' + 'A');
  }
  up[n] = '\0';
  return S_lookup(lex, up, n, f, n, S_ACRONYM) != NULL;
}

/* Whether the n letters at p hold no vowel: "hbc", "lfb". */
static int S_no_vowel(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (strchr("aeiouy", p[i]))
      return 0;
  return 1;
}

/* Small words that glue the words of a name together: "operadeparis",
 * "foireauxvins", "lestroisbaudets"; the prepositions first, then the
 * articles and possessives (which may follow them: "maisondelaradio"). */
static const char *const S_glue_words[] = {
    "de",   "du",   "des", "d",     "au",   "aux",   "en",   "et",   "sur",
    "sous", "pour", "par", "dans",  "avec", "sans",  "chez", "le",   "la",
    "les",  "l",    "un",  "une",   "mon",  "ma",    "mes",  "ton",  "ta",
    "son",  "sa",   "ses", "notre", "nos",  "votre", "vos",  "leur", NULL};
/* the index of "le"; and the mark of a run of consonants spelled */
enum { S_GLUE_ARTICLES = 16, S_GLUE_SPELLED = -2 };

/* Splits a piece of an address glued from words ("operadeparis" is "opéra
 * de paris", "lebonmarche" "le bon marché") into the fewest words of
 * data/address-words.txt, with the small words between them, and says it
 * into w. The piece needs a word of three letters or more; a small word
 * never ends it; two small words follow each other only as a preposition
 * and an article ("de la"); "l" and "d" stand only before a word of four
 * letters or more that starts with a vowel or an h ("deauville" is not
 * "d'eau ville"); the last word has four letters or more ("transporteur" is not
 * "transport" and "eur"); and a surname's particle before one word that
 * needs no accent is left glued ("dupont", "latour"). Returns 0, saying
 * nothing, when the piece is not made of such words. */
static int S_web_glued(breve_buf *w, const breve_lexicon *lex, const char *f,
                       size_t n) {
  enum { MAX = 48 };
  /* best: the pieces from i on; cost: what they cost, a word found only
   * in the language's word list three times a listed one, so that
   * "messervices" is "mes services", not "messer vices" */
  unsigned char best[MAX + 1], len[MAX + 1], cost[MAX + 1];
  signed char glue[MAX + 1];
  if (n < 6 || n > MAX)
    return 0;
  for (size_t i = 0; i < n; i++)
    if (f[i] < 'a' || f[i] > 'z')
      return 0;
  /* (a word of the language is one: "vinaigre" is no "vin aigre") */
  if (breve_fr_known(f, n))
    return 0;
  best[n] = 0;
  cost[n] = 0;
  glue[n] = -1;
  for (size_t i = n; i-- > 0;) {
    best[i] = 255;
    cost[i] = 255;
    len[i] = 0;
    glue[i] = -1;
    for (size_t l = n - i; l >= 1; l--) {
      if (best[i + l] == 255 || cost[i + l] + 1 >= cost[i])
        continue;
      unsigned c = 1;
      int g = S_in(f + i, l, S_glue_words);
      if (g >= 0) {
        if (i + l == n || glue[i + l] == S_GLUE_SPELLED ||
            (l == 1 && (!strchr("aeiouyh", f[i + 1]) || glue[i + 1] >= 0 ||
                        len[i + 1] < 4)))
          continue;
        if (glue[i + l] >= 0 &&
            (g >= S_GLUE_ARTICLES || glue[i + l] < S_GLUE_ARTICLES))
          continue;
      } else if (l >= 2 && l <= 4 && l < n && (i == 0 || i + l == n) &&
                 S_no_vowel(f + i, l)) {
        /* an acronym before or after: "hbcnantes", "parisfc"; not the
         * onset of a syllable ("chasse", "grasse") nor the end of one */
        g = S_GLUE_SPELLED;
        if (i + l < n &&
            (glue[i + l] == S_GLUE_SPELLED || strchr("aeiouyh", f[i + l])))
          continue;
        if (i > 0 && strchr("aeiouy", f[i - 1]))
          continue;
      } else if (l < 3 || l == n || (i + l == n && l < 4)) {
        continue;
      } else if (!S_web_listed(lex, f + i, l)) {
        /* or a word of the language: "meilleursprenoms" */
        if (l < 6 || l > 20 || cost[i + l] + 3 >= cost[i] ||
            !breve_fr_known(f + i, l))
          continue;
        /* (not when its final s may start the next word: "intersport"
         * is no "inters port") */
        size_t nl = i + l < n ? len[i + l] : 0;
        if (nl && f[i + l - 1] == 's' &&
            (S_web_listed(lex, f + i + l - 1, nl + 1) ||
             breve_fr_known(f + i + l - 1, nl + 1)))
          continue;
        c = 3;
      }
      best[i] = (unsigned char)(best[i + l] + 1);
      cost[i] = (unsigned char)(cost[i + l] + c);
      len[i] = (unsigned char)l;
      glue[i] = (signed char)g;
    }
  }
  if (best[0] == 255 || best[0] < 2)
    return 0;
  int content = 0;
  for (size_t i = 0; i < n; i += len[i])
    content |= glue[i] == -1;
  if (!content)
    return 0;
  if (best[0] == 2 && glue[0] >= 0) {
    static const char *const particles[] = {"de", "du",  "des", "d", "le",
                                            "la", "les", "l",   NULL};
    const char *said = S_web_listed(lex, f + len[0], n - len[0]);
    /* (but "les" before a plural is an article: "lesrosiers",
     * "ehpad-lesglycines") */
    int plural = len[0] == 3 && !memcmp(f, "les", 3) &&
                 (f[n - 1] == 's' || f[n - 1] == 'x');
    if (S_in(f, len[0], particles) >= 0 && said &&
        strlen(said) == n - len[0] &&
        !memcmp(said, f + len[0], n - len[0]) && !plural)
      return 0;
  }
  int elided = 0;
  for (size_t i = 0; i < n; i += len[i]) {
    if (w->len && !elided)
      breve_buf_putc(w, ' ');
    elided = 0;
    if (glue[i] == S_GLUE_SPELLED) {
      for (size_t k = 0; k < len[i]; k++) {
        if (k)
          breve_buf_putc(w, ' ');
        breve_buf_putc(w, f[i + k]);
      }
    } else if (glue[i] >= 0) {
      breve_buf_put(w, f + i, len[i]);
      if (len[i] == 1) {
        breve_buf_putc(w, '\'');
        elided = 1;
      }
    } else {
      const char *said = S_web_listed(lex, f + i, len[i]);
      if (!said)
        said = breve_accented(f + i, len[i]);
      if (said)
        breve_buf_puts(w, said);
      else
        breve_buf_put(w, f + i, len[i]);
    }
  }
  return 1;
}

/* Says one address piece: short letter runs spelled, digits one by one. */
static int S_frenchify(const char *p, size_t n, breve_buf *out);
static int S_foreign(S_st *st, const char *w, size_t n);

static void S_web_piece(breve_buf *w, S_st *st, const char *p, size_t n) {
  const breve_lexicon *lex = st->lex;
  size_t i = 0;
  /* a word written with its accents is said as written: "/intérim" */
  if (memchr(p, 0xC3, n) && !S_digits(p, p + n) && S_letters(p, p + n) == n) {
    if (w->len)
      breve_buf_putc(w, ' ');
    breve_buf_put(w, p, n);
    return;
  }
  while (i < n) {
    size_t j = i;
    if (S_is_digit(p[i])) {
      while (j < n && S_is_digit(p[j]))
        j++;
      uint64_t year;
      /* an ordinal in a name: "@la1ere" is "la première" */
      static const char *const ords[] = {"er", "re", "ere", "eme", NULL};
      size_t sl = 0;
      while (j + sl < n && !S_is_digit(p[j + sl]))
        sl++;
      int o = sl ? S_in(p + j, sl, ords) : -1;
      if (o >= 0 && j - i <= 2 && p[i] != '0' &&
          (o >= 2 || (j - i == 1 && p[i] == '1')) &&
          breve_fr_parse_u64(p + i, j - i, &year)) {
        breve_fr_ordinal(w, year, o == 1 || o == 2, 0);
        i = j + sl;
        continue;
      }
      /* "1jeune1solution": one before a feminine noun */
      if (j - i == 1 && p[i] == '1' && sl >= 4 &&
          S_feminine_noun(p + j, sl, 1)) {
        if (w->len)
          breve_buf_putc(w, ' ');
        breve_buf_puts(w, "une");
        i = j;
        continue;
      }
      /* (and older years: "revolution1789", "versailles.fr/1789") */
      if (((j - i == 4 &&
            (!memcmp(p + i, "19", 2) || !memcmp(p + i, "20", 2) ||
             (p[i] == '1' && p[i + 1] >= '0' && p[i + 1] <= '8'))) ||
           (j - i == 2 && p[i] != '0') ||
           /* "350.org", "opex360.com" */
           (j - i == 3 && j == n && p[i] != '0')) &&
          breve_fr_parse_u64(p + i, j - i, &year)) {
        breve_fr_cardinal(w, year, 0); /* "france24.com", "20minutes.fr" */
      } else if (j - i == 4 && i == 0 && j == n && p[0] != '0') {
        /* a service number as it is said: "3114.fr" is "trente et un
         * quatorze" */
        for (size_t h = 0; h < 4; h += 2) {
          if (p[h] == '0')
            breve_fr_digits(w, p + h, 2); /* "3605": "zéro cinq" */
          else
            breve_fr_cardinal(w, (uint64_t)((p[h] - '0') * 10 + p[h + 1] - '0'),
                              0);
        }
      } else {
        breve_fr_digits(w, p + i, j - i);
      }
    } else {
      while (j < n && !S_is_digit(p[j]))
        j++;
      /* words in camel case, each read on its own: "/StadeFrancais",
       * "/SalonDesVins" */
      size_t cut = 0;
      for (size_t k = i + 2; k + 1 < j && !cut; k++)
        if (p[k] >= 'A' && p[k] <= 'Z' && p[k + 1] >= 'a' && p[k + 1] <= 'z' &&
            ((p[k - 1] >= 'a' && p[k - 1] <= 'z') ||
             /* initials before a word: "x.com/BHVMarais" */
             (p[k - 1] >= 'A' && p[k - 1] <= 'Z' && p[k - 2] >= 'A' &&
              p[k - 2] <= 'Z' && k - i <= 5)))
          cut = k;
      if (cut) {
        /* a small word that ends the first part goes with it:
         * "@NotairesdeFrance" is "notaires de France" */
        static const char *const tails[] = {"de",  "du", "des", "la", "le",
                                            "les", "et", "aux", "en", NULL};
        size_t tl = 0;
        for (size_t t = 0; tails[t] && !tl; t++) {
          size_t l = strlen(tails[t]);
          if (cut - i >= l + 4 && !memcmp(p + cut - l, tails[t], l) &&
              p[cut - l - 1] >= 'a' && p[cut - l - 1] <= 'z')
            tl = l;
        }
        S_web_piece(w, st, p + i, cut - i - tl);
        if (tl) {
          breve_buf_putc(w, ' ');
          breve_buf_put(w, p + cut - tl, tl);
        }
        S_web_piece(w, st, p + cut, j - cut);
        i = j;
        continue;
      }
      breve_buf f = {0}, fr = {0};
      const char *said;
      /* a town's page: "mairiedemorlaix", "villedelyon" */
      static const char *const towns[][2] = {{"mairiede", "mairie de"},
                                             {"mairiedu", "mairie du"},
                                             {"villede", "ville de"},
                                             {"villedu", "ville du"}};
      size_t tl = 0;
      for (size_t t = 0; t < sizeof towns / sizeof towns[0] && !tl; t++)
        if (j - i >= strlen(towns[t][0]) + 3 &&
            !memcmp(p + i, towns[t][0], strlen(towns[t][0]))) {
          tl = strlen(towns[t][0]);
          if (w->len)
            breve_buf_putc(w, ' ');
          breve_buf_puts(w, towns[t][1]);
        }
      if (tl) {
        S_web_piece(w, st, p + i + tl, j - i - tl);
        i = j;
        continue;
      }
      breve_utf8_fold(p + i, j - i, &f);
      /* an address word first ("rdv@" is spelled, not "rendez-vous"),
       * then a word of the lexicon in lower case ("wikipedia.org"), a name
       * with its capital ("@Bercy") */
      const S_entry *e =
          f.ptr ? S_lookup(lex, p + i, j - i, f.ptr, f.len, S_LEX | S_LOWER)
                : NULL;
      if (f.ptr && (said = S_web_word(lex, f.ptr, f.len))) {
        if (w->len)
          breve_buf_putc(w, ' ');
        breve_buf_puts(w, said);
      } else if (e && e->value && strncmp(e->value, "[[", 2) != 0 &&
                 !e->exact) {
        if (w->len)
          breve_buf_putc(w, ' ');
        breve_buf_puts(w, e->value);
      } else if (f.ptr && st->check && S_capitalised(p + i, j - i) &&
                 S_frenchify(p + i, j - i, &fr) &&
                 S_foreign(st, p + i, j - i) &&
                 !S_foreign(st, fr.ptr, fr.len)) {
        /* a name of a handle the engine would read in English, respelled
         * as in running text: "@Bercy" */
        if (w->len)
          breve_buf_putc(w, ' ');
        breve_buf_put(w, fr.ptr, fr.len);
      } else if (f.ptr && f.len >= 5 && f.ptr[0] == 'f' && f.ptr[1] == 'f' &&
                 (!S_spell_web(f.ptr + 2, f.len - 2) ||
                  S_web_word(lex, f.ptr + 2, f.len - 2))) {
        /* a federation: "ffnatation" is "f f natation" */
        if (w->len)
          breve_buf_putc(w, ' ');
        breve_buf_puts(w, "f f ");
        said = S_web_word(lex, f.ptr + 2, f.len - 2);
        if (said)
          breve_buf_puts(w, said);
        else
          breve_buf_put(w, f.ptr + 2, f.len - 2);
      } else if (f.ptr && S_web_glued(w, lex, f.ptr, f.len)) {
        /* said word by word */
      } else if (f.ptr && (!S_spell_web(f.ptr, f.len) ||
                           S_web_acronym_word(lex, f.ptr, f.len) ||
                           /* a word of the language: "sacs-promo.com" */
                           (f.len >= 4 && breve_fr_known(f.ptr, f.len)))) {
        if (w->len)
          breve_buf_putc(w, ' ');
        breve_buf_put(w, f.ptr, f.len);
      } else if (f.ptr) {
        for (size_t k = 0; k < f.len; k++) {
          if (w->len)
            breve_buf_putc(w, ' ');
          if (f.ptr[k] == 'y') /* espeak-ng says a lone "y" [i] */
            breve_buf_puts(w, "i grec");
          else
            breve_buf_putc(w, f.ptr[k]);
        }
      }
      breve_buf_free(&f);
      breve_buf_free(&fr);
    }
    i = j;
  }
}

static int S_web_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || S_is_digit(c) ||
         c == '.' || c == '-' || c == '_' || c == '@' || c == '/' ||
         c == ':' || c == '+' || c == '%' || c == '?' || c == '=' ||
         c == '&' || c == '~' || c == '#';
}

/* A bare domain name, as news cite their sites: lower-case labels and a
 * known top-level domain ("lemonde.fr", "service-public.gouv.fr"),
 * optionally followed by a path. */
static int S_bare_domain(const char *p, const char *q) {
  static const char *const tlds[] = {
      "fr",     "com",     "org",     "net", "eu", "info", "io",  "be",
      "ch",     "ca",      "de",      "uk",  "tv", "re",   "gov", "int",
      "ai",     "fm",      "pf",      "nc",  "gp", "mq",   "yt",  "lu",
      "it",     "es",      "us",      "me",  "co", "app",  "bzh", "paris",
      "alsace", "corsica", "va",      "edu", "ma", "sn",   "tn",  "dz",
      "gouv", /* an app named by its address: "l'appli impots.gouv" */
      "ci",     "br",      "mc",      "ly",  "az", "ru",   "ua",  "cn",
      "jp",     "au",      "nl",      "pt",  "pl", "dk",   "fi",  "gr",
      "ie",     "cz",      "ro",      "hu",  "mx", "za",   "ng",  "ke",
      "eg",     "tr",      "il",      "ae",  "qa", "kr",   "tw",  "hk",
      "sg",     "nz",      "ht",      "cm",  "ga", "cd",   "cg",  "bj",
      "mg",     "mu",      "lb",      "ir",  "gf", "pm",   "bf",  "cern",
      "gg",     "aero",    "science", "sncf", "social", "basketball", "ski",
      "sport",  "swiss",
      "tech",   "dev",     "news",    "shop", "online", "store",
      "group",  "cab",     "eco",     "coop",    "link",    "at",
      "se",     "bio",     "xyz",     "top",     "site",    "club",
      "live",   "biz",     "global",  "pro",     "world",   "is",
      NULL};
  /* a name with capitals ("YouTube.com", "Mediapart.fr") only before a
   * suffix that is not a French word ("de", "re"...) */
  static const char *const plain[] = {"fr", "com", "org", "net", "info", "io",
                                      "eu", "tv",  "gov", "int", "ai",   NULL};
  const char *slash = memchr(p, '/', (size_t)(q - p));
  /* (or a query: "cnes.fr?page=3") */
  const char *ask = memchr(p, '?', (size_t)((slash ? slash : q) - p));
  const char *e = ask ? ask : slash ? slash : q, *dot = NULL;
  int caps = 0;
  for (const char *c = p; c < e; c++) {
    if (*c == '.') {
      if (c == p || c[-1] == '.' || c[-1] == '-')
        return 0;
      dot = c;
    } else if (S_is_upper_ascii(*c)) {
      if (dot)
        return 0; /* "juge-t-il.Shaadi.com" is a glued sentence */
      caps = 1;
    } else if (!((*c >= 'a' && *c <= 'z') || S_is_digit(*c) || *c == '-')) {
      return 0;
    }
  }
  if (!dot || S_in(dot + 1, (size_t)(e - dot - 1), caps ? plain : tlds) < 0)
    return 0;
  /* a name starting with digits ("20minutes.fr", "3114.fr", the Swiss
   * "24heures.ch"), not a number before a glued word ("en 2.fr") */
  static const char *const neighbours[] = {"ch", "be", "lu", "ca", NULL};
  const char *first = memchr(p, '.', (size_t)(e - p));
  size_t tl = (size_t)(e - dot - 1);
  return !S_is_digit(*p) ||
         (first - p >= 3 && (S_in(dot + 1, tl, plain) >= 0 ||
                             S_in(dot + 1, tl, neighbours) >= 0));
}

/* A domain typed in capitals: "EXEMPLE.COM", "SERVICE-PUBLIC.FR". */
static int S_caps_domain(const char *p, const char *q) {
  static const char *const tlds[] = {"COM", "FR", "ORG", "NET", "EU", NULL};
  const char *dot = NULL;
  for (const char *c = p; c < q; c++) {
    if (*c == '.') {
      if (c == p || c[-1] == '.')
        return 0;
      dot = c;
    } else if (!S_is_upper_ascii(*c) && !S_is_digit(*c) && *c != '-') {
      return 0;
    }
  }
  return dot && dot - p >= 3 && S_in(dot + 1, (size_t)(q - dot - 1), tlds) >= 0;
}

/* A file cited by its name: "rapport.pdf", "photo_2026.jpg"; with `any`
 * (after "fichier"), any extension of two to four small letters:
 * "le fichier ronde5.pgn". */
static int S_file_name(const char *p, const char *q, int any) {
  static const char *const exts[] = {
      "pdf", "doc", "docx", "xls",  "xlsx", "ppt", "pptx", "odt",
      "ods", "txt", "csv",  "jpg",  "jpeg", "png", "gif",  "mp3",
      "mp4", "zip", "exe",  "html", "epub", "gpx", "kml",  "json",
      "xml", "odp", "rtf",  "svg",  "webp", "mov", "ics",  NULL};
  const char *dot = NULL;
  for (const char *c = p; c < q; c++) {
    if (*c == '.')
      dot = c;
    else if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
               S_is_digit(*c) || *c == '-' || *c == '_' ||
               /* (a name with accents: "rançon.txt") */
               ((unsigned char)*c >= 0x80 && !dot)))
      return 0;
  }
  if (!dot)
    return 0;
  /* each part after the name is an extension: "facture.pdf.exe" */
  const char *first = memchr(p, '.', (size_t)(q - p)), *e = q;
  if (first == p)
    return 0;
  for (const char *c = dot; c >= first; c--) {
    if (*c != '.')
      continue;
    size_t n = (size_t)(e - c - 1), low = 0;
    while (low < n && c[1 + low] >= 'a' && c[1 + low] <= 'z')
      low++;
    if (S_in(c + 1, n, exts) < 0 && !(any && n >= 2 && n <= 4 && low == n))
      return 0;
    e = c;
  }
  return 1;
}

/* Two-letter domains said as a word. */
static const char *const S_tld_words[] = {"co", NULL};

static const char *S_rule_web(S_st *st, const char *p) {
  const char *end = st->end, *q = p;
  int in_path = 0, at_seen = 0;
  while (q < end && q - p < 512) {
    if (S_web_char(*q)) {
      in_path |= *q == '/';
      at_seen |= *q == '@';
      q++;
      continue;
    }
    /* letters with accents in a path, "/marché-de-noël", and before the
     * "@" of an e-mail address, "réservation@piscine.fr" */
    size_t k;
    if ((!in_path && at_seen) || (unsigned char)*q < 0x80 ||
        !breve_cp_is_letter(S_cp(q, end, &k)))
      break;
    q += k;
  }
  while (q > p && strchr(".,;:!?)", q[-1]))
    q--;
  if (q - p < 5)
    return NULL;
  /* (every address but a bare scheme has a dot: most words stop here) */
  if (!memchr(p, '.', (size_t)(q - p)) && !S_starts(p, q, "http"))
    return NULL;
  const char *at = memchr(p, '@', (size_t)(q - p));
  const char *slash = memchr(p, '/', (size_t)(q - p));
  if (at && slash && slash < at)
    at = NULL; /* a handle in a path: "tiktok.com/@compte" */
  int url = S_starts(p, q, "http://") || S_starts(p, q, "https://") ||
            S_starts(p, q, "www.") || (!at && S_bare_domain(p, q)) ||
            (!at && S_file_name(p, q, st->prev_word && !st->prev_number &&
                                          (S_eq(st->prev_word, st->prev_len,
                                                "fichier") ||
                                           S_eq(st->prev_word, st->prev_len,
                                                "fichiers")))) ||
            (!at && S_caps_domain(p, q));
  if (at) {
    if (at == p || !memchr(at, '.', (size_t)(q - at)) || q[-1] == '.' ||
        memchr(at + 1, '@', (size_t)(q - at - 1)))
      return NULL;
  } else if (!url) {
    return NULL;
  }
  const char *s = p;
  breve_buf w = {0};
  /* the scheme is said as printed: 2,954 of the 3,251 token-set cases
   * with one accept it said, 856 of them only so */
  if (S_starts(s, q, "https://")) {
    breve_buf_puts(&w, "h t t p s deux points slash slash");
    s += 8;
  } else if (S_starts(s, q, "http://")) {
    breve_buf_puts(&w, "h t t p deux points slash slash");
    s += 7;
  }
  const char *stop = q;
  if (stop > s && stop[-1] == '/')
    stop--;
  while (s < stop) {
    const char *t = s;
    while (t < stop && ((*t >= 'a' && *t <= 'z') || (*t >= 'A' && *t <= 'Z') ||
                        S_is_digit(*t) || (unsigned char)*t >= 0x80))
      t++;
    if (t > s) {
      /* a country's domain is spelled: ".de", ".es" are not words */
      if (t - s == 2 && s > p && s[-1] == '.' && (t == stop || *t == '/') &&
          s[0] >= 'a' && s[1] >= 'a' &&
          !memchr(p, '/', (size_t)(s - p)) && S_in(s, 2, S_tld_words) < 0) {
        for (int k = 0; k < 2; k++) {
          breve_buf_putc(&w, ' ');
          if (s[k] == 'y') /* ".yt": Mayotte */
            breve_buf_puts(&w, "i grec");
          else
            breve_buf_putc(&w, s[k]);
        }
        s = t;
        continue;
      }
      S_web_piece(&w, st, s, (size_t)(t - s));
      s = t;
      continue;
    }
    const char *say = *s == '.'   ? " point"
                      : *s == '@' ? " arobase"
                      : *s == '-' ? " tiret"
                      : *s == '_' ? " tiret bas"
                      : *s == '/' ? " slash"
                      : *s == '+' ? " plus"
                      /* a query: "?q=climat&page=2" */
                      : *s == '?' ? " point d'interrogation"
                      : *s == '=' ? " égal"
                      : *s == '&' ? " et"
                                  : "";
    breve_buf_puts(&w, w.len ? say : say + (*say == ' '));
    s++;
  }
  S_say_buf(st, &w);
  return q;
}

/* A top-level domain cited alone: "le domaine .fr", "en .gouv.fr" is
 * "point f r", "point gouv point f r". */
static const char *S_rule_tld(S_st *st, const char *p) {
  const char *end = st->end, *q = p;
  while (q < end && ((*q >= 'a' && *q <= 'z') || *q == '.') && q - p < 24)
    q++;
  while (q > p && q[-1] == '.')
    q--;
  if (q - p < 3 || S_alnum_at(q, end) ||
      (q < end && S_web_char(*q) &&
       /* (a sentence's dot after it: "en .fr.") */
       !(*q == '.' && (q + 1 == end || q[1] == ' '))))
    return NULL;
  const char *last = q;
  while (last[-1] != '.')
    last--;
  for (const char *c = p + 1; c < q; c++)
    if (*c == '.' && c[-1] == '.')
      return NULL;
  /* "fr" is the name, "fr.x" a domain: checked as "x.fr" would be */
  char name[32] = "x";
  memcpy(name + 1, last - 1, (size_t)(q - last + 1));
  /* or a file's extension: "un fichier .pdf", "l'extension .lockbit" */
  static const char *const exts[] = {
      "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "txt",
      "csv", "zip", "rar", "exe", "apk", "jpg", "jpeg", "png", "gif",
      "svg", "mp3", "mp4", "mov", "avi", "epub", "html", "iso", "onion",
      NULL};
  static const char *const file[] = {"fichier",   "fichiers", "extension",
                                     "extensions", "format",  "formats",
                                     NULL};
  int ext = last == p + 1 &&
            (S_in(last, (size_t)(q - last), exts) >= 0 ||
             (st->prev_word && !st->prev_number &&
              S_in(st->prev_word, st->prev_len, file) >= 0));
  if (!ext && !S_bare_domain(name, name + 1 + (q - last + 1)))
    return NULL;
  breve_buf w = {0};
  for (const char *s = p; s < q;) {
    if (*s == '.') {
      breve_buf_puts(&w, w.len ? " point" : "point");
      s++;
      continue;
    }
    const char *t = s;
    while (t < q && *t != '.')
      t++;
    S_web_piece(&w, st, s, (size_t)(t - s));
    s = t;
  }
  S_say_buf(st, &w);
  return q;
}

/* ------------------------------------------------------------------ */
/* Symbols                                                            */

/* Whether a '+' closing a quote inside a quote follows q on the line: one
 * written right after a word or a mark and not before a letter or digit
 * ("a dit +non merci+."). An opening '+' is dropped even without one. The
 * last such '+' of the line is found once, so a line full of '+' stays
 * linear. */
static int S_inner_close(S_st *st, const char *q) {
  const char *end = st->end;
  if (!st->close_known) {
    st->close_known = 1;
    st->last_close = NULL;
    for (const char *r = end; r-- > st->line + 1;)
      if (*r == '+' && r[-1] != ' ' && r[-1] != '+' &&
          !S_alnum_at(r + 1, end)) {
        st->last_close = r;
        break;
      }
  }
  return st->last_close && st->last_close > q;
}

/* What a multiplication sign says: "fois", but "par" after the verb that
 * says it: "des appels multipliés x 3", "le prix multiplié ×2". */
static const char *S_times_word(const S_st *st) {
  static const char *const mult[] = {"multiplié", "multipliée",
                                     "multipliés", "multipliées", NULL};
  return st->prev_word && !st->prev_number &&
                 S_in(st->prev_word, st->prev_len, mult) >= 0
             ? "par"
             : "fois";
}

/* Whether the n bytes at p are all small ASCII letters. */
static int S_lower_run(const char *p, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (p[i] < 'a' || p[i] > 'z')
      return 0;
  return 1;
}

/* Whether the small letters at the start of w[0..n) are a word that ends
 * handles after an acronym: "info" in "@RTBFinfo". */
static int S_handle_tail(const char *w, size_t n) {
  static const char *const tails[] = {
      "info",  "infos",     "actu",  "news",      "sport", "sports",
      "officiel", "direct", "live",  "fr",        "tv",    "radio",
      "group", "groupe",    "national", "voyageurs", "france", "presse",
      "mobilites", /* "@IDFmobilites" */
      /* "@CHUdeNantes" */
      "de",    "du",        "des",   "et",        NULL};
  size_t k = 0;
  while (k < n && w[k] >= 'a' && w[k] <= 'z')
    k++;
  return k && (k == n || !(w[k] >= 'a' && w[k] <= 'z')) &&
         S_in(w, k, tails) >= 0;
}

/* Whether the capitals w[0..n) are an acronym said as a word: "UEFA" in
 * "@UEFAcom" is not split before its A. */
static int S_caps_known(const breve_lexicon *lex, const char *w, size_t n) {
  char low[9];
  if (n < 2 || n > 8)
    return 0;
  for (size_t i = 0; i < n; i++)
    low[i] = (char)(w[i] | 0x20);
  return S_web_acronym_word(lex, low, n);
}

/* Words before "24/24", "7/7": open every hour, every day. */
static const char *const S_open_words[] = {
    "ouvert", "ouverte", "ouverts", "ouvertes", "disponible", "disponibles",
    "joignable", "joignables", "accessible", "accessibles", "service",
    "assistance", "surveillance", "le", NULL};

/* Whether the word before the blanks at p (the start of a token) is one
 * of `words`. */
static int S_word_before(const S_st *st, const char *p,
                         const char *const *words) {
  const char *e = p;
  while (e > st->line && e[-1] == ' ')
    e--;
  const char *b = e;
  while (b > st->line && ((b[-1] >= 'a' && b[-1] <= 'z') ||
                          (b[-1] >= 'A' && b[-1] <= 'Z') ||
                          (unsigned char)b[-1] >= 0x80))
    b--;
  return e > b && e < p && S_in(b, (size_t)(e - b), words) >= 0;
}

/* Whether the word before w is a brand's name, w then a model: "une
 * Gibson J-45" (not "Le J-7", "Dès J-30"). */
static int S_model_before(const S_st *st, const char *w) {
  const char *e = w;
  while (e > st->line && e[-1] == ' ')
    e--;
  const char *b = e;
  while (b > st->line && S_alnum_at(b - 1, st->end))
    b--;
  static const char *const not_brands[] = {"Dès", "Jusqu", "Depuis", "Avant",
                                           "Après", NULL};
  return e - b >= 4 && e < w && S_is_upper_ascii(*b) &&
         S_in(b, (size_t)(e - b), not_brands) < 0;
}

/* A sport's classes by age and sex, before a weight: "les cadettes -52
 * kg". */
static const char *const S_age_classes[] = {
    "cadets",  "cadettes", "juniors", "seniors", "minimes", "benjamins",
    "hommes",  "femmes",   "dames",   "messieurs", "vétérans", NULL};

/* Words after which "– de 20 ans" is "moins de": "ont – de 20 ans",
 * "tarif - de 26 ans" */
static const char *const S_less_of[] = {
    "ont",    "a",       "ayant",    "aux",     "pour",     "les",
    "des",    "chez",    "tarif",    "Tarif",   "gratuit",  "gratuite",
    "Gratuit", "réservé", "réservée", "interdit", "interdite", NULL};

/* Elides a "le" just written before a word that starts with a vowel: "le"
 * then "€" is "l'euro", "le" then "@" "l'arobase". Returns 1 when it did
 * (the output then ends with "l'"). */
static int S_elide_le(S_st *st) {
  breve_buf *o = st->out;
  size_t e = o->len;
  while (e && o->ptr[e - 1] == ' ')
    e--;
  if (e < 2 || (o->ptr[e - 2] != 'l' && o->ptr[e - 2] != 'L') ||
      o->ptr[e - 1] != 'e' ||
      !(e == 2 || o->ptr[e - 3] == ' ' || o->ptr[e - 3] == '\n'))
    return 0;
  o->len = e - 1;
  breve_buf_putc(o, '\'');
  st->pending = 0;
  return 1;
}

static const char *S_rule_symbol(S_st *st, const char *p, uint32_t cp,
                                 size_t k, uint32_t prev) {
  const char *end = st->end, *q = p + k;
  int after_word = S_alnum_cp(prev);
  /* an underscore inside a handle or a file's name: "zen_92",
   * "ballet_garnier" are "zen tiret bas quatre-vingt-douze" */
  if (cp == '_' && after_word && q < end && S_alnum_at(q, end) &&
      !(q + 1 < end && *q == '_')) {
    /* (a hashtag's words are read without it: "#Partir_en_livre") */
    const char *b = p;
    while (b > st->line && (S_alnum_at(b - 1, end) || b[-1] == '_'))
      b--;
    if (!(b > st->line && b[-1] == '#')) {
      S_say(st, "tiret bas");
      return q;
    }
  }
  /* a year cut to its last two digits: "une Mustang '67", "l'été '69"
   * (the apostrophe is not said) */
  if (cp == '\'' && (prev == ' ' || p == st->line) && q + 2 <= end &&
      S_digits(q, end) == 2 && !S_alnum_at(q + 2, end) &&
      !(q + 2 < end && (q[2] == ',' || q[2] == '.') && q + 3 < end &&
        S_is_digit(q[3]))) {
    /* (not a quote opening: "il dit '12 fois'") */
    const char *c = q + 2;
    while (c < end && !(*c == '\'' && S_alnum_at(c - 1, end) &&
                        !S_alnum_at(c + 1, end)))
      c++;
    if (c >= end)
      return q;
  }
  /* carbon 14 written as chemists do: "le ¹⁴C" */
  if (cp == 0xB9 &&
      S_starts(q, end,
               "\xe2\x81\xb4"
               "C") &&
      !S_alnum_at(q + 4, end)) {
    S_say(st, "carbone quatorze");
    return q + 4;
  }
  /* a phone's service code: "#31#", "*#06#" are "dièse trente et un
   * dièse", "étoile dièse zéro six dièse" */
  if ((cp == '#' || cp == '*') && (p == st->line || !S_alnum_at(p - 1, end))) {
    const char *e = p;
    int hashes = 0, digits = 0;
    while (e < end && (*e == '#' || *e == '*' || S_is_digit(*e))) {
      hashes += *e == '#';
      digits += S_is_digit(*e);
      e++;
    }
    if (hashes && digits && e[-1] == '#' && !S_alnum_at(e, end)) {
      breve_buf w = {0};
      for (const char *c = p; c < e;) {
        if (w.len)
          breve_buf_putc(&w, ' ');
        if (*c == '#' || *c == '*') {
          breve_buf_puts(&w, *c == '#' ? "di\xc3\xa8se" : "\xc3\xa9toile");
          c++;
          continue;
        }
        size_t d = S_digits(c, e);
        uint64_t v;
        if (*c == '0' || d > 3 || !breve_fr_parse_u64(c, d, &v))
          breve_fr_digits(&w, c, d);
        else
          breve_fr_cardinal(&w, v, 0);
        c += d;
      }
      S_say_buf(st, &w);
      return e;
    }
  }
  /* two signed values joined by a slash: "-66 kg/-73 kg" */
  if (cp == '/' && q + 1 < end && (*q == '-' || *q == '+') &&
      S_is_digit(q[1]) && p > st->line && !S_is_digit(p[-1])) {
    S_pause(st);
    S_say(st, *q == '-' ? "moins" : S_plus(st));
    return q + 1;
  }
  /* a telephone before its number: "☎ 05 56 14 15 16" (the emoji's
   * variation selector after it is dropped) */
  if (cp == 0x260E) {
    S_say(st, "t\xc3\xa9l\xc3\xa9phone");
    return S_starts(q, end, "\xef\xb8\x8f") ? q + 3 : q;
  }
  /* a dash for "moins" before "de" and an age, or opening brackets:
   * "(- de 26 ans)", "22 % ont – de 20 ans" */
  if ((cp == '-' || cp == 0x2013 || cp == 0x2212) &&
      (prev == ' ' || prev == '(' || p == st->line) && q + 4 < end &&
      *q == ' ' && S_starts(q + 1, end, "de ") && S_is_digit(q[4]) &&
      S_digits(q + 4, end) <= 3 &&
      (prev == '(' || (S_starts(q + 4 + S_digits(q + 4, end), end, " ans") &&
                       S_word_before(st, p, S_less_of)))) {
    S_say(st, "moins"); /* elsewhere a pause: "augmenté – de 4 % –",
                           "professeur – de 52 ans" */
    return q;
  }
  /* a sign set apart before a temperature: "Il fera – 2 °C" (not a
   * range, "5 – 2 °C", nor a dash after a name, "Perpignan – 42 °C") */
  if ((cp == '-' || cp == 0x2013 || cp == 0x2212) && prev == ' ' &&
      q + 1 < end && *q == ' ' && S_is_digit(q[1]) && st->prev_word &&
      !st->prev_number && !S_upper_at(st->prev_word, end) &&
      st->prev_word + st->prev_len + 1 == p) {
    const char *te = q + 1 + S_digits(q + 1, end);
    if (te + 1 < end && *te == ',' && S_is_digit(te[1]))
      te += 1 + S_digits(te + 1, end);
    te += S_blank(te, end);
    if (S_starts(te, end, "°")) {
      S_say(st, "moins");
      return q;
    }
  }
  /* and an age in brackets, spaced: "Enfant (- 7 ans)" */
  if ((cp == '-' || cp == 0x2013 || cp == 0x2212) && prev == '(' &&
      q + 1 < end && *q == ' ' && S_is_digit(q[1]) &&
      S_digits(q + 1, end) <= 2 &&
      S_starts(q + 1 + S_digits(q + 1, end), end, " ans")) {
    S_say(st, "moins de");
    return q;
  }
  /* the sign as a noun after an article: "le % de protéines" is "le
   * pourcentage" */
  if (cp == '%' && prev == ' ' && st->prev_word && !st->prev_number &&
      p == st->prev_word + st->prev_len + 1 && q + 1 < end && *q == ' ' &&
      (S_eq(st->prev_word, st->prev_len, "le") ||
       S_eq(st->prev_word, st->prev_len, "Le") ||
       S_eq(st->prev_word, st->prev_len, "du") ||
       S_eq(st->prev_word, st->prev_len, "ce") ||
       /* ("en % du PIB" is "en pourcentage du", "en %" alone "en pour
        * cent") */
       (S_eq(st->prev_word, st->prev_len, "en") &&
        (S_starts(q, end, " du ") || S_starts(q, end, " des ") ||
         S_starts(q, end, " de "))))) {
    S_say(st, "pourcentage"); /* (not "au % près") */
    return q;
  }
  /* time zones: "UTC-5", "GMT+1" */
  if ((cp == '-' || cp == '+') && q < end && S_is_digit(*q) && st->prev_word &&
      p == st->prev_word + st->prev_len &&
      (S_eq(st->prev_word, st->prev_len, "UTC") ||
       S_eq(st->prev_word, st->prev_len, "GMT"))) {
    S_say(st, cp == '-' ? "moins" : S_plus(st));
    return q;
  }
  /* music: "do♯ mineur" is "do dièse mineur", "mi♭" "mi bémol" */
  if (cp == 0x266F || cp == 0x266D || cp == 0x266E) {
    S_say(st, cp == 0x266F ? "dièse" : cp == 0x266D ? "bémol" : "bécarre");
    return q;
  }
  /* a square root: "√2" is "racine carrée de deux" */
  if (cp == 0x221A && q < end && (S_is_digit(*q) || *q == '(' ||
                                  breve_cp_is_letter(S_cp(q, end, NULL)))) {
    S_say(st, "racine carrée de");
    return q;
  }
  /* Signs before numbers */
  /* a film's age rating: "film -12", "interdit -16" */
  if (cp == '-' && prev == ' ' && q + 1 < end && S_is_digit(*q) &&
      st->prev_word && !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "film") ||
       S_eq(st->prev_word, st->prev_len, "films") ||
       S_eq(st->prev_word, st->prev_len, "interdit") ||
       S_eq(st->prev_word, st->prev_len, "série"))) {
    unsigned age;
    const char *e = S_small(q, end, 2, 2, 10, 18, &age);
    if (e && (age == 10 || age == 12 || age == 16 || age == 18) &&
        S_ends_clean(e, end) && !S_starts(e + S_blank(e, end), end, "ans") &&
        !S_starts(e + S_blank(e, end), end, "%")) {
      breve_buf w = {0};
      breve_buf_puts(&w, "moins de");
      breve_fr_cardinal(&w, age, 0);
      breve_buf_puts(&w, " ans");
      S_say_buf(st, &w);
      return e;
    }
  }
  if ((cp == '-' || cp == '+' || cp == 0xB1 || cp == 0x2013) && q < end &&
      S_is_digit(*q) && !after_word && prev != ')' && prev != '/' &&
      prev != '%') {
    if (cp == 0x2013)
      cp = '-';
    if (cp == '+') {
      /* +33 6 12 34 56 78 */
      size_t d = S_digits(q, end);
      size_t b = S_blank(q + d, end);
      const char *r;
      uint64_t code;
      if (b && (r = S_intl_phone(st, S_plus(st), q, d, q + d + b)))
        return r;
      /* "(+33) 6 01 02 03 04": the bracket is not said */
      if (prev == '(' && q + d + 1 < end && q[d] == ')' &&
          S_blank(q + d + 1, end) && st->out->len &&
          st->out->ptr[st->out->len - 1] == '(') {
        st->out->ptr[--st->out->len] = '\0';
        if ((r = S_intl_phone(st, S_plus(st), q, d,
                              q + d + 1 + S_blank(q + d + 1, end))))
          return r;
        breve_buf_putc(st->out, '(');
      }
      /* "+33612345678": a French number written without spaces */
      if (d == 11 && q[0] == '3' && q[1] == '3' && q[2] != '0' &&
          S_ends_clean(q + d, end)) {
        breve_buf w = {0};
        breve_buf_puts(&w, S_plus(st));
        breve_buf_puts(&w, " trente-trois");
        S_phone_words(&w, q + 2, 9);
        S_say_buf(st, &w);
        return q + d;
      }
      if (d >= 1 && d <= 3 && b && breve_fr_parse_u64(q, d, &code)) {
        breve_buf w = {0};
        breve_buf_puts(&w, S_plus(st));
        breve_fr_cardinal(&w, code, 0);
        if ((r = S_intl_groups(q + d + b, end, &w))) {
          S_say_buf(st, &w);
          return r;
        }
        breve_buf_free(&w);
      }
    }
    /* "les +65 ans" are "les plus de soixante-cinq ans" */
    int more = cp == '+' && st->prev_word && !st->prev_number &&
               (S_eq(st->prev_word, st->prev_len, "les") ||
                S_eq(st->prev_word, st->prev_len, "des") ||
                S_eq(st->prev_word, st->prev_len, "aux") ||
                S_eq(st->prev_word, st->prev_len, "Les"));
    /* "les -12 ans", "tarif -26 ans": an age is "moins de" */
    size_t dd = S_digits(q, end);
    /* (and "+18 ans" opening a line or in brackets, a public's age: not
     * "+5 ans d'espérance de vie") */
    if (cp == '+' && (p == st->line || p[-1] == '(') && dd == 2 &&
        S_starts(q + dd, end, " ans") && !S_starts(q + dd, end, " ans d"))
      more = 1;
    /* (after a plural noun: "ménages +65 ans" are "de plus de") */
    int of = 0;
    if (cp == '+' && !more && dd == 2 && st->prev_word && !st->prev_number &&
        st->prev_word + st->prev_len + 1 == p && p[-1] == ' ' &&
        st->prev_len >= 4 && st->prev_word[st->prev_len - 1] == 's' &&
        breve_cp_is_lower((unsigned char)st->prev_word[0]) &&
        S_starts(q + dd, end, " ans") && !S_alnum_at(q + dd + 4, end))
      more = of = 1;
    int less = cp == '-' && dd <= 3 &&
               (S_starts(q + dd, end, " ans") ||
                S_starts(q + dd, end, "\xc2\xa0" "ans")) &&
               !S_alnum_at(q + dd + (q[dd] == ' ' ? 4 : 5), end);
    /* a weight category: "le tournoi des -60 kg", "en +100 kg" */
    int cat = st->prev_word && !st->prev_number &&
              (S_eq(st->prev_word, st->prev_len, "les") ||
               S_eq(st->prev_word, st->prev_len, "des") ||
               S_eq(st->prev_word, st->prev_len, "aux") ||
               S_eq(st->prev_word, st->prev_len, "en") ||
               /* "1er titre pour la -52 kg" */
               S_eq(st->prev_word, st->prev_len, "la") ||
               S_eq(st->prev_word, st->prev_len, "Les") ||
               S_eq(st->prev_word, st->prev_len, "catégorie") ||
               /* "les cadettes -52 kg" */
               S_in(st->prev_word, st->prev_len, S_age_classes) >= 0) &&
              dd <= 3 && S_starts(q + dd, end, " kg") &&
              !S_alnum_at(q + dd + 3, end);
    /* (or a class's weight heading a line or set apart: "-60 kg :
     * Boukli 3e", "Dicko (+78 kg)"; not a loss, "-8 kg en un mois", nor
     * a bare "-66 kg", which NeMo reads "moins soixante-six
     * kilogrammes") */
    if (!cat && (dd == 2 || dd == 3) && S_starts(q + dd, end, " kg") &&
        !S_alnum_at(q + dd + 3, end) && (*q >= '4' || dd == 3) &&
        (dd == 2 || (*q == '1' && q[1] <= '3')) &&
        ((p == st->line && q + dd + 3 < end) || p[-1] == '(' ||
         (p - st->line >= 2 && p[-1] == ' ' &&
          (p[-2] == ',' || p[-2] == ':'))))
      cat = q + dd + 3 >= end || q[dd + 3] != '/';
    less = less || (cp == '-' && cat);
    more = more || (cp == '+' && cat);
    S_say(st, cp == '-'   ? (less ? "moins de" : "moins")
              : cp == '+' ? (of     ? "de plus de"
                             : more ? "plus de"
                                    : S_plus(st))
                          : "plus ou moins");
    /* a weight class is said in kilos, as sport news says it: "les -73
     * kg" (a bare "-66 kg" keeps its kilogrammes) */
    if (cat &&
        !S_alnum_at(q + dd + 3, end) &&
        !(q + dd + 3 < end && q[dd + 3] == '/')) {
      uint64_t v;
      breve_buf w = {0};
      breve_fr_parse_u64(q, dd, &v);
      S_put_count(&w, v, 0, "kilo");
      S_say_buf(st, &w);
      return q + dd + 3;
    }
    st->signed_num = 1;
    st->glued = 0; /* (a sign stands apart: not the digit of a name) */
    const char *r = S_rule_number(st, q);
    st->signed_num = 0;
    return r ? r : q;
  }
  /* a change typed with a space after its sign: "Vivendi : - 0,6 %",
   * "(+ 2 %)" */
  if ((cp == '-' || cp == '+' || cp == 0x2013 || cp == 0x2212) &&
      q + 1 < end && *q == ' ' && S_is_digit(q[1]) &&
      (p == st->line || p[-1] == '(' ||
       (p - st->line >= 2 && p[-1] == ' ' &&
        (p[-2] == ':' || p[-2] == ';' || p[-2] == ',')))) {
    const char *e = q + 1;
    while (e < end && (S_is_digit(*e) || *e == ',' || *e == '.'))
      e++;
    /* (and a minus sign opening a line: "− 5 h avec Paris"; a hyphen or
     * an en dash there is a bullet: "– 5 morts") */
    if (S_starts(e + S_blank(e, end), end, "%") ||
        S_starts(e + S_blank(e, end), end, "\xc2\xb0") || /* "- 2°C" */
        (p == st->line && cp == 0x2212)) {
      S_say(st, cp == '+' ? S_plus(st) : "moins");
      return q + 1;
    }
  }
  /* a temperature after "à" or "de" with a spaced sign: "jusqu'à – 5 °C",
   * "de - 3 °C" */
  if ((cp == '-' || cp == '+' || cp == 0x2013 || cp == 0x2212) &&
      q + 1 < end && *q == ' ' && S_is_digit(q[1]) && st->prev_word &&
      st->prev_word + st->prev_len + 1 == p &&
      (S_eq(st->prev_word, st->prev_len, "à") ||
       S_eq(st->prev_word, st->prev_len, "de"))) {
    const char *e = q + 1;
    while (e < end && (S_is_digit(*e) || *e == ','))
      e++;
    /* (and a change: "une chute de - 4 %", "recule de - 2,7 points") */
    const char *u = e + S_blank(e, end);
    if (S_starts(u, end, "\xc2\xb0") || S_starts(u, end, "%") ||
        (u > e && S_starts(u, end, "point") &&
         (u + 5 == end || u[5] == 's' || !S_alnum_at(u + 5, end)))) {
      S_say(st, cp == '+' ? S_plus(st) : "moins");
      return q + 1;
    }
  }
  /* "les - de 12 ans", "les + de 65 ans", "(+ de 25 ans)": the sign for
   * "moins", "plus" */
  if ((cp == '-' || cp == '+') && !after_word && (prev == ' ' || prev == '(') &&
      S_starts(q, end, " de ") && q + 4 < end && S_is_digit(q[4]) &&
      (p == st->line || prev == '(' ||
       (st->prev_word && st->prev_word + st->prev_len + 1 == p &&
        (S_eq(st->prev_word, st->prev_len, "les") ||
         S_eq(st->prev_word, st->prev_len, "des") ||
         S_eq(st->prev_word, st->prev_len, "aux") ||
         S_eq(st->prev_word, st->prev_len, "Les"))))) {
    S_say(st, cp == '-' ? "moins" : S_plus(st));
    return q;
  }
  /* and without "de" before an age: "chez les - 25 ans", "gratuit - 12
   * ans" */
  if ((cp == '-' || cp == '+') && !after_word && prev == ' ' && q + 1 < end &&
      *q == ' ' && S_is_digit(q[1]) && st->prev_word &&
      st->prev_word + st->prev_len + 1 == p &&
      (S_eq(st->prev_word, st->prev_len, "les") ||
       S_eq(st->prev_word, st->prev_len, "des") ||
       S_eq(st->prev_word, st->prev_len, "aux") ||
       S_eq(st->prev_word, st->prev_len, "gratuit") ||
       S_eq(st->prev_word, st->prev_len, "gratuite") ||
       S_eq(st->prev_word, st->prev_len, "Gratuit"))) {
    const char *e = q + 1 + S_digits(q + 1, end);
    if (S_starts(e + S_blank(e, end), end, "ans")) {
      S_say(st, cp == '-' ? "moins de" : "plus de");
      return q;
    }
  }
  /* a diameter before its size: "⌀ 2 m" */
  if (cp == 0x2300 && q + S_blank(q, end) < end &&
      S_is_digit(q[S_blank(q, end)])) {
    S_say(st, "diam\xc3\xa8tre");
    return q;
  }
  /* a form's edition: "Cerfa n° 16146*03" */
  if (cp == '*' && p > st->line && S_is_digit(p[-1]) && q + 1 < end &&
      S_is_digit(*q) && S_is_digit(q[1]) &&
      !(q + 2 < end && S_is_digit(q[2])) &&
      S_has(st->line, (size_t)(end - st->line), "erfa")) {
    S_say(st, "\xc3\xa9toile");
    return q;
  }
  /* "±", and "+/-" or "+-" typed for it before a number */
  if (cp == 0xB1 || (cp == '+' && q + 1 < end && *q == '/' && q[1] == '-' &&
                     (q + 2 >= end || q[2] == ' ' || S_is_digit(q[2])))) {
    S_say(st, "plus ou moins");
    return cp == 0xB1 ? q : q + 2;
  }
  /* Currency first: $7, €20, £5, ¥500, ₹2 000, ₩5 000, ₽300, ₿2 */
  int sign = cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 ||
             cp == 0x20A9 || cp == 0x20B9 || cp == 0x20BD || cp == 0x20BF;
  if (sign && q < end &&
      (S_is_digit(*q) || (!st->prev_number && S_blank(q, end) &&
                          S_is_digit(q[S_blank(q, end)])))) {
    S_num n;
    const char *after;
    /* the symbol written before the amount: p up to q; "€ 15" too */
    const S_cur *c = S_currency_at(p, q, &after);
    if (c && S_parse_num(q + S_blank(q, end), end, &n)) {
      /* English thousands after $ or £: "$1,800", "£450,000" */
      if (cp != 0x20AC && n.has_dec && n.dpn == 3 && n.ipn <= 3 &&
          n.start[n.ipn] == ',' && n.ip[0] != '0' &&
          !(n.end < end && (*n.end == ',' || *n.end == '.') &&
            n.end + 1 < end && S_is_digit(n.end[1]))) {
        memcpy(n.ip + n.ipn, n.dp, 3);
        n.ipn += 3;
        n.has_dec = 0;
        n.dpn = 0;
        n.grouped = 1;
      }
      const char *r = n.end + S_blank(n.end, end);
      int scale = S_scale_at(r, end, &after);
      /* the English billion is a milliard: "$2.5 billion" */
      if (scale == 12 && cp != 0x20AC && S_starts(r, end, "billion"))
        scale = 9;
      /* English style, glued: "£12m", "$3bn" (and "bn" spaced: "$40
       * bn") */
      if (!scale && r < end && (*r == 'm' || *r == 'b') &&
          (r == n.end || *r == 'b')) {
        size_t k = *r == 'm' ? 1 : S_starts(r, end, "bn") ? 2 : 0;
        if (k && !S_alnum_at(r + k, end)) {
          scale = k == 1 ? 6 : 9;
          after = r + k;
        }
      }
      breve_buf w = {0};
      S_money_words(&w, &n, scale, c);
      S_say_buf(st, &w);
      return scale ? after : n.end;
    }
  }
  /* "50 %+1": a majority, "plus un" */
  if (cp == '+' && prev == '%' && q < end && S_is_digit(*q)) {
    S_say(st, S_plus(st));
    return q;
  }
  /* a currency alone, as a unit: "un prix en €/ml", "en $", and per
   * head: "€/habitant" */
  size_t kper = q + 1 < end && *q == '/' ? S_letters(q + 1, end) : 0;
  int per_head = kper && S_in(q + 1, kper, S_per_words) >= 0 &&
                 S_ends_clean(q + 1 + kper, end) &&
                 !(p > st->line && S_is_digit(p[-1])) &&
                 !(p - st->line >= 2 && p[-1] == ' ' && S_is_digit(p[-2]));
  if ((cp == '$' || cp == 0x20AC || cp == 0xA3) &&
      (per_head ||
       (prev == ' ' && st->prev_word && !st->prev_number &&
        (S_eq(st->prev_word, st->prev_len, "en") ||
         S_eq(st->prev_word, st->prev_len, "En"))))) {
    const char *cur = cp == '$' ? "dollars" : cp == 0xA3 ? "livres" : "euros";
    const char *after;
    const S_unit *u = q + 1 < end && *q == '/'
                          ? S_unit_at(q + 1, end, 0, &after)
                          : NULL;
    if (per_head) {
      breve_buf w = {0};
      breve_buf_puts(&w, cur);
      breve_buf_puts(&w, " par ");
      breve_buf_put(&w, q + 1, kper);
      S_say_buf(st, &w);
      return q + 1 + kper;
    }
    if (u && S_ends_clean(after, end)) {
      breve_buf w = {0};
      breve_buf_puts(&w, cur);
      breve_buf_puts(&w, " par ");
      /* (a price is per "kilo") */
      breve_buf_puts(&w, strcmp(u->one, "kilogramme") ? u->one : "kilo");
      S_say_buf(st, &w);
      return after;
    }
    if (!S_alnum_at(q, end) && !(q < end && *q == '/')) {
      S_say(st, cur);
      return q;
    }
  }
  /* the other signs with no amount: "le prix en ₹" */
  if (sign && cp != '$' && cp != 0x20AC && cp != 0xA3 && prev == ' ' &&
      !S_alnum_at(q, end) && st->prev_word && !st->prev_number &&
      (S_eq(st->prev_word, st->prev_len, "en") ||
       S_eq(st->prev_word, st->prev_len, "En"))) {
    const char *after;
    const S_cur *c = S_currency_at(p, q, &after);
    if (c) {
      S_say(st, c->many);
      return q;
    }
  }
  /* the currency named after "de": "60 milliards d'€" */
  if (cp == 0x20AC && p - st->line >= 2 && p[-1] == '\'' &&
      (p[-2] == 'd' || p[-2] == 'D') && !S_alnum_at(q, end)) {
    S_say(st, "euros");
    return q;
  }
  /* a sum: "(5+5)", "protection+blancheur" */
  if (cp == '+' && after_word && S_alnum_at(q, end) &&
      (st->prev_number ? S_is_digit(*q) : !S_is_digit(*q))) {
    S_say(st, S_plus(st));
    return q;
  }
  /* (or on a line about a launch: "compte à rebours : T-10") */
  static const char *const launch[] = {"rebours", "lancement", "décollage",
                                       "fusée", "lanceur", NULL};
  /* Countdowns and levels: "J-7", "H-24", "T-10 min" (a launch), "J+1",
   * "Bac+5", "R+2" */
  const char *cd = q + S_digits(q, end);
  cd += S_blank(cd, end); /* the unit after a countdown */
  if ((cp == '+' || cp == '-') && after_word && q < end &&
      S_is_digit(*q) && S_ends_clean(q + S_digits(q, end), end) &&
      st->prev_word && st->prev_word + st->prev_len == p &&
      (cp == '+' ||
       (st->prev_len == 1 &&
        ((*st->prev_word == 'J' && !S_model_before(st, st->prev_word)) ||
         *st->prev_word == 'H' ||
         /* a year counted from this one: "l'avis d'imposition N-2" */
         (*st->prev_word == 'N' && S_digits(q, end) == 1) ||
         /* a launch, "T-10 min", "T-10 s" (not the tank T-72) */
         (*st->prev_word == 'T' &&
          (S_starts(cd, end, "min") ||
           (*cd == 's' && !S_alnum_at(cd + 1, end)) ||
           S_line_has_any(st, launch))))))) {
    S_say(st, cp == '+' ? S_plus(st) : "moins");
    return q;
  }
  /* News agencies quote inside quotes with plus signs: "il a dit +non+".
   * The marks are not said. */
  if (cp == '+' && !after_word && q < end &&
      breve_cp_is_letter(S_cp(q, end, NULL))) {
    st->inner_quote = S_inner_close(st, q);
    return q;
  }
  if (cp == '+' && st->inner_quote && prev != ' ' && !S_alnum_at(q, end)) {
    st->inner_quote = 0;
    return q;
  }
  /* a star opening brackets before a year is a birth: "Jean Roux (*
   * 1940)"; alone in brackets, a footnote's mark: "Martin (*)" */
  if (cp == '*' && prev == '(') {
    const char *r = q + S_blank(q, end);
    if (r < end && *r == ')') {
      S_say(st, "ast\xc3\xa9risque");
      return q;
    }
    if (S_digits(r, end) == 4 && (r[0] == '1' || r[0] == '2')) {
      S_say(st, "n\xc3\xa9 en");
      return q;
    }
  }
  /* A footnote mark ("Karim*", "* Les prénoms ont été changés") is not
   * said; between numbers it multiplies. */
  if (cp == '*') {
    /* named: "les champs marqués d'un *", "l'* renvoie à la note" */
    if (st->prev_word && !st->prev_number && prev == ' ' &&
        (S_eq(st->prev_word, st->prev_len, "un") ||
         S_eq(st->prev_word, st->prev_len, "d'un") ||
         S_eq(st->prev_word, st->prev_len, "l'")) &&
        !(q + S_blank(q, end) < end && S_is_digit(q[S_blank(q, end)]))) {
      S_say(st, "ast\xc3\xa9risque");
      return q;
    }
    /* a phone's key: "tapez * puis 1", "la touche *" */
    static const char *const keys[] = {"tapez", "touche", "composez",
                                       "Tapez", NULL};
    if (prev == ' ' && st->prev_word && !st->prev_number &&
        !S_alnum_at(q, end) && S_word_before(st, p, keys)) {
      S_say(st, "\xc3\xa9toile");
      return q;
    }
    const char *r = q + S_blank(q, end);
    if (st->prev_number && r < end && S_is_digit(*r)) {
      S_say(st, "fois");
      return q;
    }
    /* a hotel's stars: "un 4* à Nice", "le 3*" */
    if (st->prev_number && p > st->line && p[-1] >= '1' && p[-1] <= '5' &&
        (p - st->line == 1 || !S_alnum_at(p - 2, end)) && !S_alnum_at(q, end) &&
        st->prev_word == NULL) {
      S_say(st, p[-1] == '1' ? "\xc3\xa9toile" : "\xc3\xa9toiles");
      return q;
    }
    return S_blank(q, end) && !after_word ? r : q;
  }
  /* Polls: "(=)" is unchanged; "R=2" is "R égale deux". */
  if (cp == '=' && q < end &&
      ((*q == ')' && (prev == '(' || prev == ' ')) ||
       (prev == '(' && S_blank(q, end)) ||
       (prev == ' ' && p - 2 >= st->line && (p[-2] == ',' || p[-2] == ';') &&
        S_blank(q, end)))) {
    S_say(st, "stable"); /* "(46 %, =)", "(= par rapport à mai)" */
    return q;
  }
  if (cp == '=' && after_word && S_alnum_at(q, end)) {
    S_say(st, "égale");
    return q;
  }
  /* a climb or a descent: "3 000 m D+" is "de dénivelé positif", and
   * "1 800 m de D+", "D+ 950 m" "dénivelé positif" */
  if ((cp == '+' || cp == '-') && p > st->line && p[-1] == 'D' &&
      st->out->len >= 1 && st->out->ptr[st->out->len - 1] == 'D' &&
      (st->out->len == 1 || st->out->ptr[st->out->len - 2] == ' ' ||
       st->out->ptr[st->out->len - 2] == '\n')) {
    int after_height = p - st->line >= 5 && !memcmp(p - 4, " m D", 4) &&
                       !S_alnum_at(q, end);
    /* (and after an article: "le D+ cumulé", "du D+") */
    int art = p - st->line >= 4 &&
              (!memcmp(p - 4, "le D", 4) || !memcmp(p - 4, "Le D", 4) ||
               !memcmp(p - 4, "du D", 4) || !memcmp(p - 4, "au D", 4)) &&
              (p - st->line == 4 || p[-5] == ' ');
    int after_de = p - st->line >= 4 &&
                   (!memcmp(p - 4, "de D", 4) || art) && !S_alnum_at(q, end);
    int before = (p - 1 == st->line || !S_alnum_at(p - 2, end)) &&
                 q + 1 < end && *q == ' ' && S_is_digit(q[1]);
    if (after_height || after_de || before) {
      st->out->len -= 1;
      st->out->ptr[st->out->len] = '\0';
      st->pending = 0;
      if (after_height)
        breve_buf_puts(st->out, "de ");
      breve_buf_puts(st->out,
                     cp == '+' ? "dénivelé positif" : "dénivelé négatif");
      return q;
    }
  }
  if (cp == '+' && after_word && !S_alnum_at(q, end)) {
    /* "C++", "Canal+": said "plusse", which espeak-ng reads "plu" unless
     * it is so written */
    /* and an energy class "A+++": each plus said */
    const char *e = q;
    while (e < end && *e == '+')
      e++;
    for (const char *c = p; c < e; c = c == p ? q : c + 1)
      S_say(st, S_plus(st));
    return e;
  }
  /* the language "C#", the note "fa#": "dièse" */
  static const char *const notes[] = {"ré", "Ré", "sol", "Sol", NULL};
  if (cp == '#' && !S_alnum_at(q, end) && after_word && st->prev_word &&
      st->prev_word + st->prev_len == p &&
      (st->prev_len <= 2 || S_in(st->prev_word, st->prev_len, notes) >= 0)) {
    S_say(st, "dièse");
    return q;
  }
  /* inches after a size of wheels or screens: "jantes 17\"", "un écran
   * 6,1\"" */
  if ((cp == '"' || cp == 0x2033) && p > st->line && S_is_digit(p[-1]) &&
      !S_alnum_at(q, end)) {
    static const char *const sized[] = {"jante", "écran", "roue", "pouce",
                                        "TV", "téléviseur", "moniteur",
                                        "tablette", "smartphone", "diagonale",
                                        "OLED", "LCD", "QLED", "tuyau",
                                        "raccord", "robinet", "vanne", NULL};
    if (S_line_has_any(st, sized)) {
      const char *b = p;
      while (b > st->line && S_is_digit(b[-1]))
        b--;
      int one = p - b == 1 && *b == '1' &&
                (b == st->line || (b[-1] != ',' && b[-1] != '.'));
      S_say(st, one ? "pouce" : "pouces");
      return q;
    }
  }
  /* a dollar, pound or cent sign with no amount, before the unit priced:
   * "en $/t" is "en dollars la tonne", "en ¢/lb" "en sèntes la livre" */
  if ((cp == '$' || cp == 0xA3 || cp == 0xA2) && q < end && *q == '/' &&
      prev == ' ' && !S_is_digit(*S_skip_back_blank(st->line, p))) {
    breve_buf w = {0};
    breve_buf_puts(&w, cp == '$'    ? "dollars"
                       : cp == 0xA3 ? "livres"
                                    : "s\xc3\xa8ntes");
    const char *r = S_per_money_at(&w, q, end, 1);
    if (r != q) {
      S_say_buf(st, &w);
      return r;
    }
    breve_buf_free(&w);
  }
  /* the euro sign with no amount: "€/kg" in a table's head is "euros le
   * kilo", "le cours de l'€" "l'euro" */
  if (cp == 0x20AC && !S_is_digit(*S_skip_back_blank(st->line, p))) {
    breve_buf w = {0};
    int elided = p > st->line && (p[-1] == '\'' ||
                                  (p - st->line >= 3 &&
                                   !memcmp(p - 3, "\xe2\x80\x99", 3)));
    /* "le € au plus haut" is "l'euro" */
    if (!elided && !S_alnum_at(q, end) && !(q < end && *q == '/') &&
        S_elide_le(st)) {
      breve_buf_puts(st->out, "euro");
      breve_buf_free(&w);
      return q;
    }
    /* ("la zone €" is the euro's) */
    if (st->prev_word && !st->prev_number &&
        S_eq(st->prev_word, st->prev_len, "zone"))
      elided = 1;
    breve_buf_puts(&w, elided ? "euro" : "euros");
    const char *r = S_per_money_at(&w, q, end, 1);
    if (elided) {
      S_copy(st, "euro", 4);
      breve_buf_free(&w);
      return q;
    }
    S_say_buf(st, &w);
    return r;
  }
  /* a rank set apart: "le # 1 des ventes" is "le numéro un" */
  if (cp == '#' && prev == ' ' && q + 1 < end && *q == ' ' &&
      S_is_digit(q[1]) && st->prev_word && !st->prev_number &&
      !S_eq(st->prev_word, st->prev_len, "touche")) {
    S_say(st, "num\xc3\xa9ro");
    return q;
  }
  if (cp == '#' && !S_alnum_at(q, end) && (prev == ' ' || prev == 0xA0)) {
    S_say(st, "dièse"); /* "touche #" */
    return q;
  }
  /* "les enfants de - de 12 ans": a minus sign set apart before "de"
   * (not a dash: "professeur d'histoire - de 52 ans") */
  static const char *const less_of[] = {"de", "des", "les", "aux", "pour",
                                        NULL};
  if (cp == '-' && prev == ' ' && S_starts(q, end, " de ") &&
      q + 4 < end && S_is_digit(q[4]) && st->prev_word &&
      S_in(st->prev_word, st->prev_len, less_of) >= 0) {
    S_say(st, "moins");
    return q;
  }
  /* a hashtag: "#MeToo" */
  if (cp == '#' && !after_word && q < end && S_alnum_at(q, end)) {
    /* not twice: "le hashtag #MeToo" (but "le mot-dièse #MeToo" is read
     * "le mot-dièse hashtag MeToo", as on air) */
    static const char *const named[] = {"hashtag", "hashtags", "Hashtag", NULL};
    int named_before = st->prev_word &&
                       S_in(st->prev_word, st->prev_len, named) >= 0;
    /* "#1 des ventes" is a rank, "#5septembre" a hashtag; "numéro #1"
     * says it once */
    size_t d = S_digits(q, end);
    /* (but "#5G", "#3D" are hashtags) */
    /* (after "suivez", "avec", "mot-clé", a hashtag: "suivez #112") */
    static const char *const tagging[] = {"suivez", "Suivez", "avec",
                                          "mot-clé", "sous", NULL};
    int rank = d && !named_before && S_letters(q + d, end) < 3 &&
               !(q + d < end && S_is_upper_ascii(q[d])) &&
               !(st->prev_word && st->prev_word + st->prev_len + 1 == p &&
                 S_in(st->prev_word, st->prev_len, tagging) >= 0);
    if (rank && st->prev_word && st->prev_word + st->prev_len + 1 == p &&
        S_eq(st->prev_word, st->prev_len, "num\xc3\xa9ro"))
      return q;
    if (!named_before)
      S_say(st, rank ? "num\xc3\xa9ro" : "hashtag");
    /* a number opening words in camel case: "#100PourCentSanté" */
    size_t ud =
        d && d <= 4 && !rank && *q != '0' ? S_latin_len(q + d, end, 1) : 0;
    if (ud && S_latin_len(q + d + ud, end, 0)) {
      breve_buf w = {0};
      uint64_t v = 0;
      for (size_t i = 0; i < d; i++)
        v = v * 10 + (uint64_t)(q[i] - '0');
      breve_fr_cardinal(&w, v, 0);
      S_say_buf(st, &w);
      q += d;
    }
    /* "#1erMai", "#1reFois" */
    if (d == 1 && *q == '1' && q + 3 < end &&
        (!memcmp(q + 1, "er", 2) || !memcmp(q + 1, "re", 2)) &&
        q[3] >= 'A' && q[3] <= 'Z') {
      S_say(st, q[1] == 'e' ? "premier" : "premi\xc3\xa8re");
      return q + 3;
    }
    /* a hashtag that is an address word as a whole, whatever its
     * capitals: "#XVdeFrance" */
    {
      size_t n = 0;
      char low[32];
      while (n < sizeof low && q + n < end &&
             ((q[n] >= 'a' && q[n] <= 'z') || (q[n] >= 'A' && q[n] <= 'Z'))) {
        low[n] = (char)(q[n] | 0x20);
        n++;
      }
      const char *said = n >= 4 && !S_alnum_at(q + n, end)
                             ? S_web_word(st->lex, low, n)
                             : NULL;
      if (said) {
        S_say(st, said);
        return q + n;
      }
    }
    /* a hashtag in small letters and digits is read as an address is:
     * "#greve5decembre" is "grève cinq décembre" */
    {
      size_t n = 0, letters = 0;
      while (q + n < end && ((q[n] >= 'a' && q[n] <= 'z') || S_is_digit(q[n])))
        letters += q[n] >= 'a', n++;
      /* (letters, digits, then letters again; "#tgv8538" keeps its
       * number) */
      size_t l1 = S_letters(q, end), d1 = l1 < n ? S_digits(q + l1, end) : 0;
      if (n >= 6 && letters && l1 && d1 && l1 + d1 < n &&
          !S_alnum_at(q + n, end)) {
        breve_buf w = {0};
        S_web_piece(&w, st, q, n);
        S_say_buf(st, &w);
        return q + n;
      }
    }
    /* words in camel case, typed without their accents: "#ZeroDechet"
     * is "zéro déchet" (when one of its words is an address word) */
    {
      size_t n = 0, pieces = 0, known = 0, caps = 0, u;
      int ok = S_latin_len(q, end, 1) != 0;
      while (ok && (u = S_latin_len(q + n, end, 1)) != 0) {
        size_t k2 = u, l;
        int accent = u == 2; /* (a word typed with its accents is French) */
        while ((l = S_latin_len(q + n + k2, end, 0)) != 0)
          k2 += l, accent |= l == 2;
        known += accent;
        if (k2 == 1 && (q[n] == 'D' || q[n] == 'L') && q + n + 2 < end &&
            strchr("AEIOUH", q[n + 1]) && q[n + 2] >= 'a' && q[n + 2] <= 'z') {
          n++, known++; /* an elision: "#FraisDInscription" */
          continue;
        }
        if (k2 == 1 && q[n] == 'A' && pieces && q + n + 2 < end &&
            S_is_upper_ascii(q[n + 1]) && q[n + 2] >= 'a' && q[n + 2] <= 'z') {
          n++, known++; /* "à" without its accent: "#JeRouleAVelo" */
          continue;
        }
        if (k2 == u) {
          /* initials ending it: "#GreveSNCF" is "grève s n c f" */
          while (q + n + caps < end && q[n + caps] >= 'A' &&
                 q[n + caps] <= 'Z')
            caps++;
          if (!pieces || caps < 2 || caps > 6 || S_alnum_at(q + n + caps, end))
            ok = 0, caps = 0;
          break;
        }
        char low[32];
        if (k2 < sizeof low) {
          memcpy(low, q + n, k2);
          low[u - 1] = (char)(low[u - 1] | 0x20); /* "É" is "é" */
          known += S_web_word(st->lex, low, k2) != NULL;
        }
        pieces++;
        n += k2;
      }
      /* (a number may end it: "#GreveDu5" is "grève du cinq") */
      size_t tail = caps ? 0 : S_digits(q + n, end);
      if (ok && (pieces >= 2 || caps || (pieces == 1 && tail)) && known &&
          !S_alnum_at(q + n + caps + tail, end)) {
        breve_buf w = {0};
        int elided = 0;
        for (size_t i = 0; i < n;) {
          size_t u2 = S_latin_len(q + i, end, 1), k2 = u2, l;
          while (i + k2 < n && (l = S_latin_len(q + i + k2, end, 0)) != 0)
            k2 += l;
          if (k2 == 1 && (q[i] == 'D' || q[i] == 'L') && i + 1 < n &&
              S_is_upper_ascii(q[i + 1])) {
            if (w.len)
              breve_buf_putc(&w, ' ');
            breve_buf_putc(&w, (char)(q[i] | 0x20));
            breve_buf_putc(&w, '\'');
            i++;
            elided = 1;
            continue;
          }
          if (k2 == 1 && q[i] == 'A' && i && i + 1 < n &&
              S_is_upper_ascii(q[i + 1])) {
            if (w.len)
              breve_buf_putc(&w, ' ');
            breve_buf_puts(&w, "\xc3\xa0");
            i++;
            continue;
          }
          char low[32];
          const char *say = NULL;
          if (k2 < sizeof low) {
            memcpy(low, q + i, k2);
            low[u2 - 1] = (char)(low[u2 - 1] | 0x20);
            low[k2] = '\0';
            say = S_web_word(st->lex, low, k2);
            /* or a word of the lexicon: "#ParkingGratuit" */
            const S_entry *e =
                say ? NULL
                    : S_lookup(st->lex, low, k2, low, k2, S_LEX | S_LOWER);
            if (e && e->value && strncmp(e->value, "[[", 2) != 0)
              say = e->value;
          }
          if (w.len && !elided)
            breve_buf_putc(&w, ' ');
          elided = 0;
          if (say)
            breve_buf_puts(&w, say);
          else
            breve_buf_put(&w, q + i, k2);
          i += k2;
        }
        for (size_t i = 0; i < caps; i++) {
          breve_buf_putc(&w, ' ');
          breve_buf_putc(&w, (char)(q[n + i] | 0x20));
        }
        S_say_buf(st, &w);
        return q + n + caps;
      }
    }
    /* a word typed without its accents, as in an address:
     * "#presidentielle2027" */
    size_t k = 0;
    while (q + k < end && q[k] >= 'a' && q[k] <= 'z')
      k++;
    const char *say;
    if (k >= 4 &&
        (q + k == end || S_is_digit(q[k]) || !S_alnum_at(q + k, end)) &&
        (say = S_web_word(st->lex, q, k)) != NULL) {
      S_say(st, say);
      return q + k;
    }
    /* or several glued, as in an address: "#logementetudiant" */
    if (k >= 6 && !S_alnum_at(q + k, end)) {
      breve_buf w = {0};
      if (S_web_glued(&w, st->lex, q, k)) {
        S_say_buf(st, &w);
        return q + k;
      }
      breve_buf_free(&w);
    }
    return q;
  }
  /* "au 1er/2e trimestre", "la 5e-6e place": two ordinals, said one
   * after the other */
  if ((cp == '/' || cp == '-' || cp == 0x2013) && after_word && q < end &&
      S_is_digit(*q)) {
    const char *b = p;
    while (b > st->line && ((b[-1] >= 'a' && b[-1] <= 'z') ||
                            (unsigned char)b[-1] >= 0x80))
      b--;
    size_t d = S_digits(q, end), k2 = S_letters(q + d, end);
    int pl, sec;
    if (b < p && b > st->line && S_is_digit(b[-1]) &&
        S_ordinal_suffix(b, (size_t)(p - b), &pl, &sec) && k2 &&
        S_ordinal_suffix(q + d, k2, &pl, &sec) &&
        S_ends_clean(q + d + k2, end)) {
      S_copy(st, ",", 1);
      return q;
    }
  }
  /* Ranges after a number or a time: "8h-12h", "10–12"; "entre 15h-17h"
   * is "entre quinze heures et dix-sept heures" */
  if ((cp == '-' || cp == 0x2013) && st->prev_number && after_word && q < end &&
      S_is_digit(*q)) {
    const char *b = p;
    while (b > st->line && (S_is_digit(b[-1]) || strchr("hH:", b[-1])))
      b--;
    /* a span of days from the first: "1er-3 octobre" is "premier au
     * trois octobre" */
    size_t dq = S_digits(q, end);
    if (b == p && p - st->line >= 3 && p[-1] == 'r' && p[-2] == 'e' &&
        p[-3] == '1' && dq <= 2 && S_blank(q + dq, end) &&
        S_month_word(q + dq + S_blank(q + dq, end), end) >= 0) {
      S_say(st, "au");
      return q;
    }
    int between = b - st->line >= 6 && b[-1] == ' ' &&
                  (S_starts(b - 6, end, "entre") || S_starts(b - 6, end, "Entre")) &&
                  (b - 6 == st->line || !breve_cp_is_letter((unsigned char)b[-7]));
    S_say(st, between ? "et" : "à");
    return q;
  }
  if (cp == '+' && prev == '(' && S_blank(q, end) &&
      S_is_digit(*(q + S_blank(q, end)))) {
    S_say(st, S_plus(st)); /* "(+ 30 %)" */
    return q;
  }
  /* a sum: "10 – 2 = 8", "7 - 3 = 4", and a line that is only one,
   * "10 - 4" */
  if ((cp == '-' || cp == 0x2013 || cp == 0x2212) && st->prev_number &&
      prev == ' ' && q + 1 < end && *q == ' ' && S_is_digit(q[1])) {
    const char *e = q + 1 + S_digits(q + 1, end);
    const char *b = p - 1;
    while (b > st->line && S_is_digit(b[-1]))
      b--;
    if (S_starts(e + S_blank(e, end), end, "=") ||
        (b == st->line && b < p - 1 && e + S_blank(e, end) == end)) {
      S_say(st, "moins");
      return q;
    }
    /* a score set apart: "Brest 1 - 1 Reims" is "un à un" */
    /* (between names: not a list "7 - 3 - 12", a span of days "du 3 – 5
     * juin" or of dates "01/10 - 31/03") */
    const char *ne = e + S_blank(e, end);
    if (cp == '-' && b - st->line >= 2 && b[-1] == ' ' &&
        breve_cp_is_letter((unsigned char)b[-2]) && b < p - 1 &&
        p - 1 - b <= 2 && e - (q + 1) <= 2 && S_ends_clean(e, end) &&
        !(ne < end && *ne == '-') && S_month_word(ne, end) < 0) {
      int entre = b - st->line >= 6 && !memcmp(b - 6, "entre ", 6);
      S_say(st, entre ? "et" : "\xc3\xa0");
      return q;
    }
  }
  /* a rate typed glued: "1 €=1,08 $" */
  if (cp == '=' && (prev == 0x20AC || prev == '$' || prev == 0xA3 ||
                    prev == '%') &&
      q < end && S_is_digit(*q)) {
    S_say(st, "égale");
    return q;
  }
  if ((cp == '+' || cp == '=') &&
      (prev == ' ' || prev == 0xA0 || prev == 0x202F ||
       (cp == '+' && prev == '%')) && /* "50 %+" */
      (S_blank(q, end) || (cp == '+' && S_ends_clean(q, end)))) {
    /* an age and over: "jeune public, 6 ans +" is "six ans et plus" */
    const char *nx = q + S_blank(q, end);
    if (cp == '+' && st->prev_word && !st->prev_number &&
        S_eq(st->prev_word, st->prev_len, "ans") &&
        st->prev_word + st->prev_len + 1 == p &&
        st->prev_word - st->line >= 2 && S_is_digit(st->prev_word[-2]) &&
        (nx >= end || *nx == ',' || *nx == ')' || *nx == ';' || *nx == '.')) {
      S_say(st, "et plus");
      return q;
    }
    S_say(st, cp == '+' ? S_plus(st) : "égale");
    return q;
  }
  if (cp == '&') {
    /* the music "R&B" is "R N B" */
    int rnb = p > st->line && p[-1] == 'R' &&
              (p - st->line == 1 || !S_alnum_at(p - 2, end)) && q < end &&
              *q == 'B' && !S_alnum_at(q + 1, end);
    /* a film or a photo "en N&B" is in black and white */
    breve_buf *o = st->out;
    if (p > st->line && p[-1] == 'N' &&
        (p - st->line == 1 || !S_alnum_at(p - 2, end)) && q < end &&
        *q == 'B' && !S_alnum_at(q + 1, end) && o->len &&
        o->ptr[o->len - 1] == 'N' &&
        (o->len == 1 || o->ptr[o->len - 2] == ' ')) {
      o->len--;
      breve_buf_puts(o, "noir et blanc");
      return q + 1;
    }
    S_say(st, rnb ? "N" : "et");
    return q;
  }
  /* the unit alone: "en °C" */
  if (cp == 0xB0 && q < end && (*q == 'C' || *q == 'F') &&
      S_ends_clean(q + 1, end) && !(p > st->line && S_is_digit(p[-1]))) {
    S_say(st, *q == 'C' ? "degrés Celsius" : "degrés Fahrenheit");
    return q + 1;
  }
  /* the signs of the sexes after a count: "2 ♂ et 3 ♀" */
  if (cp == 0x2642 || cp == 0x2640) {
    /* (or after an animal's name or a noun: "Rex ♂ 3 ans", "un loup ♂ de
     * 3 ans") */
    if (!st->prev_number && st->prev_word &&
        st->prev_word + st->prev_len + 1 == p && p[-1] == ' ' &&
        (S_capitalised(st->prev_word, st->prev_len) ||
         (st->prev_len >= 3 && !S_eq(st->prev_word, st->prev_len, "les") &&
          !S_eq(st->prev_word, st->prev_len, "des")))) {
      S_say(st, cp == 0x2642 ? "mâle" : "femelle");
      return q;
    }
    if (!st->prev_number)
      return q; /* a pictograph elsewhere, left unsaid */
    /* one or more, from the number written before */
    const char *d = p;
    while (d > st->line && d[-1] == ' ')
      d--;
    int one = d > st->line && d[-1] == '1' &&
              (d - 1 == st->line || !S_alnum_at(d - 2, end));
    /* "1 ♀", "21 ♀": the "un" said before agrees ("une femelle") */
    breve_buf *o = st->out;
    size_t e = o->len;
    while (e && o->ptr[e - 1] == ' ')
      e--;
    if (cp == 0x2640 && e >= 2 && !memcmp(o->ptr + e - 2, "un", 2) &&
        (e == 2 || !S_alnum_at(o->ptr + e - 3, o->ptr + e))) {
      o->len = e;
      breve_buf_putc(o, 'e');
    }
    S_say(st, cp == 0x2642 ? (one ? "mâle" : "mâles")
                           : (one ? "femelle" : "femelles"));
    return q;
  }
  /* the suits of cards, after a bid or a card: "4♠", "1 ♣", "l'as de ♥"
   * (elsewhere, as in "merci ♥", they are dropped as pictographs) */
  if (cp >= 0x2660 && cp <= 0x2667) {
    static const char *const suits[8][2] = {
        {"pique", "piques"},     {"cœur", "cœurs"},    {"carreau", "carreaux"},
        {"trèfle", "trèfles"},   {"pique", "piques"},  {"cœur", "cœurs"},
        {"carreau", "carreaux"}, {"trèfle", "trèfles"}};
    const char *d = p;
    while (d > st->line && d[-1] == ' ')
      d--;
    /* a card, its rank glued to its suit: "A♠" is "as de pique", "R♥"
     * "roi de cœur"; a number too on a line about a hand of poker, "une
     * paire de 10♥" (a bid at bridge, "4♠", is "quatre piques") */
    static const char ranks[] = "AKQJRDV";
    static const char *const rank_words[] = {"as",   "roi",   "dame", "valet",
                                             "roi",  "dame",  "valet"};
    const char *rk = d == p && d > st->line && d[-1] ? strchr(ranks, d[-1])
                                                     : NULL;
    breve_buf *o = st->out;
    if (rk && (d - 1 == st->line || d[-2] == ' ' || d[-2] == '(') &&
        o->len && o->ptr[o->len - 1] == d[-1] &&
        (o->len == 1 || o->ptr[o->len - 2] == ' ' ||
         o->ptr[o->len - 2] == '\n' || o->ptr[o->len - 2] == '(')) {
      o->ptr[--o->len] = '\0';
      breve_buf_puts(o, rank_words[rk - ranks]);
      breve_buf_puts(o, " de ");
      breve_buf_puts(o, suits[cp - 0x2660][0]);
      return q;
    }
    static const char *const poker[] = {"paire", "brelan", "flop", "river",
                                        "poker", "tapis",  NULL};
    if (st->prev_number && d == p && S_line_has_any(st, poker)) {
      S_say(st, "de");
      S_say(st, suits[cp - 0x2660][0]);
      return q;
    }
    int one =
        !st->prev_number || (d > st->line && d[-1] == '1' &&
                             (d - 1 == st->line || !S_alnum_at(d - 2, end)));
    S_say(st, suits[cp - 0x2660][!one]);
    return q;
  }
  /* a metronome mark: "♩ = 60" is "noire égale soixante" (a note
   * elsewhere is a decoration, "♪ La Marseillaise ♪") */
  if ((cp == 0x2669 || cp == 0x266A) &&
      S_starts(q + S_blank(q, end), end, "=")) {
    S_say(st, cp == 0x2669 ? "noire" : "croche");
    return q;
  }
  /* a dagger before a year is a death: "Mallory († 1924)"; before a
   * day, "le": "† 28.11.2026", "† 3 mars 1998" */
  if (cp == 0x2020) {
    const char *r = q + S_blank(q, end);
    size_t d = S_digits(r, end);
    S_say(st, !d ? "mort" : d <= 2 ? "mort le" : "mort en");
    return q;
  }
  /* an arrow up or down is a rise or a fall: "trafic ↓ de 30 %", "↑ 5 %" */
  if (cp == 0x2191 || cp == 0x2193 || cp == 0x2197 || cp == 0x2198) {
    const char *r = q + S_blank(q, end);
    int num = r < end && (S_is_digit(*r) || *r == '+' || *r == '-');
    S_say(st, cp == 0x2191 || cp == 0x2197 ? (num ? "en hausse de" : "en hausse")
                                           : (num ? "en baisse de" : "en baisse"));
    return q;
  }
  /* arrows between two names are a pause: "Paris ↔ Lyon" */
  if (cp == 0x2192 || cp == 0x2190 || cp == 0x2194 || cp == 0x21D2 ||
      cp == 0x21D4 || cp == 0x27F6) {
    /* between two numbers, a change: "62 → 64 ans" is "soixante-deux à
     * soixante-quatre ans" */
    if (cp == 0x2192 && st->prev_number && q + 1 < end &&
        S_is_digit(q[S_blank(q, end)])) {
      S_say(st, "\xc3\xa0");
      return q;
    }
    S_pause(st);
    return q;
  }
  /* the numero sign: "le lot № 7" */
  if (cp == 0x2116) {
    S_say(st, "num\xc3\xa9ro");
    return q;
  }
  /* "§ 2", "≈ 30 %", "~200", "≥ 18 ans", "< 5 km" */
  if (cp == 0xA7) {
    int two = S_starts(q, end, "§"); /* "§§ 3 et 4" */
    S_say(st, two ? "paragraphes" : "paragraphe");
    return two ? q + 2 : q;
  }
  {
    const char *r = q + S_blank(q, end);
    int num_follows = r < end && S_is_digit(*r);
    /* (and the sign of "asymptotically equal", typed for it: "≃ 200 km") */
    if (((cp == 0x2248 || cp == 0x2243) && (num_follows || r > q)) ||
        (cp == '~' && !after_word && num_follows)) {
      S_say(st, "environ");
      return q;
    }
    /* "vélo ≠ trottinette" (espeak-ng says it in English) */
    if (cp == 0x2260) {
      S_say(st, num_follows || r > q ? "différent de" : "différent");
      return q;
    }
    /* between two letters or two names, a comparison: "a < b", "Nantes <
     * Rennes" */
    size_t kr = r > q ? S_letters(r, end) : 0;
    if ((cp == '<' || cp == '>') && prev == ' ' && r > q && st->prev_word &&
        st->prev_word + st->prev_len + 1 == p &&
        ((st->prev_len == 1 && kr == 1 && !S_alnum_at(r + 1, end)) ||
         (st->prev_len >= 2 && kr >= 2 &&
          S_capitalised(st->prev_word, st->prev_len) &&
          S_capitalised(r, kr)))) {
      /* (but a route or a ranking, two arrows or more, is a list:
       * "Lyon > Marseille > Nice") */
      int arrows = 0;
      for (const char *a = st->line + 1; a + 3 < end; a++)
        arrows += a[0] == ' ' && (uint32_t)a[1] == cp && a[2] == ' ';
      if (arrows >= 2 && kr >= 2) {
        S_pause(st);
        return q;
      }
      S_say(st, cp == '<' ? "inférieur à" : "supérieur à");
      return q;
    }
    if ((cp == 0x2265 || cp == 0x2264 || cp == '<' || cp == '>') &&
        num_follows && !after_word) {
      /* after a noun, "de plus de": "des températures > 35 °C" */
      static const char *const plain[] = {
          "de", "des", "du", "d", "à", "au", "aux", "est", "sont", "soit",
          "était", "étaient", "et", "ou", "par", "pour", "avec", "sur",
          "en", "si", "dès", "les", "le", "la", "l", "un", "une", "entre",
          "ont", "a", "sera", "seront", "atteint", "dépasse", "dépassent",
          "mais", "donc", "or", "ni", "car", "que", "qu", "dont", "où",
          "chez", "contre", "vers", "après", "avant", "depuis", "pendant",
          "sous", "jusqu", "environ", "parfois", "souvent", "toujours",
          "jamais", "déjà", "encore", "plus", "moins", "très", "bien",
          "trop", "assez", "tous", "toutes", "ces", "ses", "leurs",
          /* (and a verb of measure: "il doit peser < 60 kg") */
          "peser", "pèse", "pèsent", "mesurent", "mesurer", "coûte",
          "coûtent", "durent", "gagnent", NULL};
      int noun = st->prev_word &&
                 !st->prev_number && st->prev_len >= 2 &&
                 (!S_upper_at(st->prev_word, end) ||
                  S_eq(st->prev_word, st->prev_len, "Elo")) &&
                 st->prev_word + st->prev_len + 1 == p && p[-1] == ' ' &&
                 S_in(st->prev_word, st->prev_len, plain) < 0;
      /* between two values, a comparison: "10 > 5", "x < 3" */
      /* (or after an acronym: "QF < 600 €" is "inférieur à") */
      int caps = st->prev_word && !st->prev_number && st->prev_len >= 2 &&
                 st->prev_len <= 5 && st->prev_word + st->prev_len + 1 == p &&
                 S_is_upper_ascii(st->prev_word[0]) &&
                 S_is_upper_ascii(st->prev_word[st->prev_len - 1]);
      int compare = (cp == '<' || cp == '>') &&
                    (st->prev_number || caps ||
                     (st->prev_word && st->prev_len == 1 &&
                      st->prev_word + 2 == p && p[-1] == ' '));
      /* an age group: "les ≥ 80 ans" are "les quatre-vingts ans et plus" */
      if (cp == 0x2265 && st->prev_word && !st->prev_number &&
          (S_eq(st->prev_word, st->prev_len, "les") ||
           S_eq(st->prev_word, st->prev_len, "des") ||
           S_eq(st->prev_word, st->prev_len, "aux"))) {
        size_t dg = S_digits(r, end);
        uint64_t v;
        if (dg && dg <= 3 && S_starts(r + dg, end, " ans") &&
            !S_alnum_at(r + dg + 4, end) && breve_fr_parse_u64(r, dg, &v)) {
          breve_buf w = {0};
          breve_fr_cardinal(&w, v, 0);
          breve_buf_puts(&w, " ans et plus");
          S_say_buf(st, &w);
          return r + dg + 4;
        }
      }
      /* after a noun, a threshold agrees with it: "une moyenne > 10" is
       * "une moyenne supérieure à dix" (but an age is "des enfants de
       * moins de six ans") */
      const char *t = r + S_digits(r, end);
      t += S_blank(t, end);
      /* (and a young animal's or a baby's: "les chiots < 6 mois") */
      int age = (S_starts(t, end, "ans") || S_starts(t, end, "an ") ||
                 S_starts(t, end, "mois") || S_starts(t, end, "semaines")) &&
                !(noun && S_eq(st->prev_word, st->prev_len, "\xc3\xa2ge"));
      /* ("âge > 18 ans" is "âge supérieur à dix-huit ans") */
      /* (but people and things sorted by a size are "de plus de": "les
       * véhicules < 3,5 t", "des navires > 12 m", where "un taux > 4 %"
       * is "supérieur à") */
      static const char *const sorted_things[] = {
          "v\xc3\xa9hicules", "v\xc3\xa9hicule", "navires", "bateaux",
          "voitures", "camions", "motos", "moteurs", "convois", "avions",
          "enfants", "patients", "adultes", "jeunes", "joueurs", "joueuses",
          "m\xc3\xa8res", "femmes", "hommes", "personnes", "salari\xc3\xa9s",
          "entreprises", "soci\xc3\xa9t\xc3\xa9s", "communes", "villes",
          "logements", "maisons", "appartements", "b\xc3\xa2timents",
          "unit\xc3\xa9s", "vins", "cuv\xc3\xa9" "es", "drives", "poutres",
          "chiens", "chatons", "chats", "animaux", "arbres", "installations",
          "exploitations", "\xc3\xa9tablissements", "\xc3\xa9l\xc3\xa8ves",
          "candidats", "retrait\xc3\xa9s", "foyers", "colis", "objets",
          "lots", "biens", "studios", "sites", "projets", "plis",
          "lettres", "drones", "drone", "athlètes", "sportifs",
          "judokas", "combattants", "lutteurs", "boxeurs", "trajets",
          /* "nouveau-nés < 2 500 g", "des bols < 10 €", "des pentes >
           * 10 %" */
          "n\xc3\xa9s", "b\xc3\xa9" "b\xc3\xa9s", "nourrissons",
          "bols", "pentes", "c\xc3\xb4tes", "routes", "parcelles",
          "terrains", "bouteilles", "fromages", NULL};
      if (noun && !age && (cp == '<' || cp == '>') &&
          S_in(st->prev_word, st->prev_len, sorted_things) >= 0) {
        S_say(st, cp == '<' ? "de moins de" : "de plus de");
        return q;
      }
      if (noun && !age) {
        breve_buf w = {0};
        const char *nw = st->prev_word;
        size_t nn = st->prev_len;
        breve_buf_puts(&w, cp == '<' || cp == 0x2264 ? "inf\xc3\xa9rieur"
                                                     : "sup\xc3\xa9rieur");
        /* a plural is heard in the liaison: "des vents supérieurs à" */
        static const char *const same[] = {
            "cas",   "poids", "temps", "corps", "pays",  "mois",  "fois",
            "cours", "bus",   "virus", "campus", "bonus", "accès", "succès",
            "procès", "progrès", "repas", "avis", "permis", "excès", NULL};
        /* ("des poids > 3,5 t": the article says it) */
        const char *aw = nw;
        while (aw > st->line && aw[-1] == ' ')
          aw--;
        const char *aw0 = aw;
        while (aw0 > st->line && S_alnum_at(aw0 - 1, end))
          aw0--;
        static const char *const pl_art[] = {"des", "les", "ces", "Des", "Les",
                                             "Ces", "mes", "ses", "nos", "vos",
                                             "leurs", "aux", NULL};
        int pl_det = aw > aw0 && S_in(aw0, (size_t)(aw - aw0), pl_art) >= 0;
        int plural = (nw[nn - 1] == 's' &&
                      (S_in(nw, nn, same) < 0 || pl_det)) ||
                     /* "des eaux", "des animaux" (not "un taux") */
                     (S_ends_with(nw, nn, "aux") &&
                      (!S_eq(nw, nn, "taux") || pl_det));
        int fem = S_feminine_noun(nw, nn, 1);
        if (fem)
          breve_buf_putc(&w, 'e');
        if (plural)
          breve_buf_putc(&w, 's');
        /* "des revenus ≤ 28 797 €" are "inférieurs ou égaux à" */
        if (cp == 0x2264 || cp == 0x2265)
          breve_buf_puts(&w, fem ? (plural ? " ou \xc3\xa9gales"
                                           : " ou \xc3\xa9gale")
                                 : (plural ? " ou \xc3\xa9gaux"
                                           : " ou \xc3\xa9gal"));
        breve_buf_puts(&w, " \xc3\xa0");
        S_say_buf(st, &w);
        return q;
      }
      /* (a fare by age is named without "de": "tarif < 26 ans") */
      /* (nor after a word that says what the fare is: "gratuit < 26
       * ans", "tarif senior > 65 ans") */
      static const char *const fares[] = {
          "tarif",   "tarifs",  "gratuit", "gratuite", "gratuits",
          "senior",  "seniors", "sénior",  "séniors",  "réduit",
          "réduits", NULL};
      if (noun && age && S_in(st->prev_word, st->prev_len, fares) >= 0)
        noun = 0;
      S_say(st, cp == 0x2265   ? "supérieur ou égal à"
                : cp == 0x2264 ? "inférieur ou égal à"
                : compare      ? (cp == '<' ? "inférieur à" : "supérieur à")
                : cp == '<'    ? (noun ? "de moins de" : "moins de")
                               : (noun ? "de plus de" : "plus de"));
      return q;
    }
  }
  /* any other spaced comparison: "1,40 m < taille < 1,90 m"; "à" and
   * an article make one word: "le gaz > le charbon" is "supérieur au
   * charbon" */
  if ((cp == '<' || cp == '>') && prev == ' ' && q + 1 < end && *q == ' ' &&
      st->out->len) {
    int le = S_starts(q + 1, end, "le "), les = S_starts(q + 1, end, "les ");
    S_say(st, cp == '<' ? "inférieur" : "supérieur");
    S_say(st, le ? "au" : les ? "aux" : "à");
    return le ? q + 3 : les ? q + 4 : q;
  }
  /* the multiplication sign: "2 × 3", "×2" */
  if (cp == 0xD7) {
    /* a length before it: "30 m ×", "16 cm ×" */
    const char *b = p;
    while (b > st->line && b[-1] == ' ')
      b--;
    const char *c = b;
    while (c > st->line && (c[-1] == 'm' || c[-1] == 'c' || c[-1] == 'k') &&
           b - c < 2)
      c--;
    int length = c < b && b[-1] == 'm' && c > st->line && c[-1] == ' ' &&
                 c - st->line >= 2 && S_is_digit(c[-2]);
    S_say(st, st->prev_number && S_dims_follow(q, end, length,
                                               S_number_before(st->line, p))
                  ? "sur"
                  : S_times_word(st));
    return q;
  }
  /* a place or a time after a spaced "@": "la météo @ Cognac", "rdv @ la
   * Bastille", "rdv @ 20h", and anything after "rdv": "rdv @ la
   * mairie" */
  static const char *const meet[] = {"rdv", "RDV", "Rdv", NULL};
  /* (and after "rendez-vous" written out: "rendez-vous @ la salle des
   * fêtes" is "à la salle") */
  int rdv = cp == '@' && st->prev_word &&
            (S_in(st->prev_word, st->prev_len, meet) >= 0 ||
             (S_eq(st->prev_word, st->prev_len, "vous") &&
              st->prev_word - st->line >= 7 &&
              (!memcmp(st->prev_word - 7, "rendez-", 7) ||
               !memcmp(st->prev_word - 7, "Rendez-", 7)) &&
              q + 1 < end &&
              (S_starts(q + 1, end, "la ") || S_starts(q + 1, end, "le ") ||
               S_starts(q + 1, end, "l'") || S_starts(q + 1, end, "les "))));
  /* and an infinitive of the small ads: "des lots @ gagner" */
  static const char *const to[] = {"gagner", "vendre", "louer", "saisir",
                                   "découvrir", "venir", "bord", "bientôt",
                                   NULL};
  size_t tk = cp == '@' && q + 1 < end ? S_letters(q + 1, end) : 0;
  if (cp == '@' && (prev == ' ' || p == st->line) && q + 1 < end &&
      *q == ' ' &&
      (st->prev_word || st->prev_number || S_starts(q + 1, end, "bientôt") ||
       /* (a caption's place: "@ Annecy ce samedi") */
       (p == st->line && memchr(q + 1, ' ', (size_t)(end - q - 1)))) &&
      (S_upper_at(q + 1, end) || S_is_digit(q[1]) ||
       (S_in(q + 1, tk, to) >= 0 && !S_alnum_at(q + 1 + tk, end)) ||
       (rdv && breve_cp_is_letter((unsigned char)q[1])) ||
       ((S_starts(q + 1, end, "la ") || S_starts(q + 1, end, "le ") ||
         S_starts(q + 1, end, "l'")) &&
        S_upper_at(q + 1 + (q[2] == '\'' ? 2 : 3), end) &&
        !S_upper_at(q + 2 + (q[2] == '\'' ? 2 : 3), end)))) {
    S_say(st, "\xc3\xa0");
    return q;
  }
  if (cp == '@') {
    /* the sign itself: "le @ de la coopérative" is "l'arobase" */
    if ((q >= end || *q == ' ') && (prev == ' ' || p == st->line) &&
        S_elide_le(st)) {
      breve_buf_puts(st->out, "arobase");
      return q;
    }
    S_say(st, "arobase");
    /* a domain after it: "les adresses en @orange.fr" */
    if (!after_word && q < end && *q >= 'a' && *q <= 'z') {
      const char *e = q;
      while (e < end && S_web_char(*e) && *e != '@')
        e++;
      while (e > q && strchr(".,;:!?)", e[-1]))
        e--;
      const char *r = S_bare_domain(q, e) ? S_rule_web(st, q) : NULL;
      if (r)
        return r;
    }
    /* a handle: "@afpfr" is spelled as an address piece would be */
    size_t k = 0;
    while (q + k < end && (S_is_digit(q[k]) || (q[k] >= 'a' && q[k] <= 'z') ||
                           (q[k] >= 'A' && q[k] <= 'Z') || q[k] == '_' ||
                           /* "@lea.justice" (not a full stop after it) */
                           (q[k] == '.' && k && q[k - 1] != '.' &&
                            q + k + 1 < end && S_alnum_at(q + k + 1, end))))
      k++;
    if (!after_word && k >= 2 && k < 32 && S_ends_clean(q + k, end) &&
        q[0] != '_' && q[k - 1] != '_' && !S_has(q, k, "__")) {
      /* a handle listed whole, whatever its capitals, as a hashtag is:
       * "@XVdeFrance" */
      char low[32];
      for (size_t i = 0; i < k; i++)
        low[i] = (char)(q[i] >= 'A' && q[i] <= 'Z' ? q[i] | 0x20 : q[i]);
      const char *listed = k >= 4 ? S_web_listed(st->lex, low, k) : NULL;
      if (listed) {
        S_say(st, listed);
        return q + k;
      }
      /* "@EmmanuelMacron": the words of a handle in camel case */
      breve_buf w = {0};
      size_t from = 0;
      for (size_t i = 1; i <= k; i++)
        if (i == k || q[i] == '_' || q[i] == '.' ||
            (q[i] >= 'A' && q[i] <= 'Z' && q[i - 1] >= 'a' &&
             q[i - 1] <= 'z') ||
            /* an initial before a name: "@CVasseur", "@VLille" (not
             * capitals before a word: "@OLfeminin") */
            (i == 1 && k >= 5 && q[0] >= 'A' && q[0] <= 'Z' &&
             q[1] >= 'A' && q[1] <= 'Z' && S_lower_run(q + 2, k - 2) &&
             !S_handle_tail(q + 2, k - 2) &&
             !S_web_word(st->lex, q + 2, k - 2)) ||
            /* capitals before a capitalised word: "@FFRugby" is "FF" and
             * "Rugby" */
            (i >= 2 && i + 1 < k && q[i] >= 'A' && q[i] <= 'Z' &&
             q[i - 1] >= 'A' && q[i - 1] <= 'Z' && q[i + 1] >= 'a' &&
             q[i + 1] <= 'z' && i - from >= 2 &&
             !S_handle_tail(q + i + 1, k - i - 1) &&
             !(k - i - 1 >= 5 &&
               S_lower_run(q + i + 1, k - i - 1) &&
               S_web_word(st->lex, q + i + 1, k - i - 1)) &&
             !S_caps_known(st->lex, q + from, i + 1 - from)) ||
            /* capitals before a word in small letters: "@RTBFinfo",
             * "@UFCquechoisir" */
            (i >= 2 && i - from >= 2 && q[i] >= 'a' && q[i] <= 'z' &&
             q[i - 1] >= 'A' && q[i - 1] <= 'Z' && q[i - 2] >= 'A' &&
             q[i - 2] <= 'Z' &&
             (S_handle_tail(q + i, k - i) ||
              (k - i >= 5 &&
               S_lower_run(q + i, k - i) &&
               S_web_word(st->lex, q + i, k - i))))) {
          /* a short capitalised word of the handle is a word: "Les" */
          const char *g = q + from;
          size_t gl = i - from, low = 1;
          while (low < gl && g[low] >= 'a' && g[low] <= 'z')
            low++;
          int vowel = strchr("AEIOUY", g[0]) != NULL;
          for (size_t j = 1; j < gl; j++)
            vowel |= strchr("aeiouy", g[j]) != NULL;
          if (k > gl && gl >= 2 && gl <= 3 && low == gl && g[0] >= 'A' &&
              g[0] <= 'Z' && vowel) {
            if (w.len)
              breve_buf_putc(&w, ' ');
            breve_buf_putc(&w, (char)(g[0] | 0x20));
            breve_buf_put(&w, g + 1, gl - 1);
          } else if (gl) {
            /* "@VilledeLyon": a place word glued to "de" */
            static const char *const places[] = {
                "Ville", "Mairie", "Maison", "Musee", "Region", "Centre",
                "Theatre", "Palais", "Office", "Conseil", "Prefecture",
                "Departement", "Port", "Chateau", "Banque", "Caisse",
                "Ministere", "Cite", "Agence", "Societe", "Institut",
                "Chambre", "Fondation", "Parc", "Opera", "Cour", "Tour",
                "Ecole", "Universite", "Gare", "Festival", "Salon",
                "Academie", "Bibliotheque", "Federation", "Comite",
                "Marche", "Jardin", "Foire", "Hotel", "Place", NULL};
            size_t cut = 0;
            for (size_t t = 2; t <= 3 && !cut; t++)
              if (gl > t + 3 &&
                  (!memcmp(g + gl - t, "de", 2) ||
                   !memcmp(g + gl - t, "du", 2)) &&
                  (t == 2 || g[gl - 1] == 's')) {
                /* (or any address word: "@NotairesdeFrance") */
                char low[32];
                for (size_t c = 0; c < gl - t; c++)
                  low[c] = (char)(g[c] | 0x20);
                if (S_in(g, gl - t, places) >= 0 ||
                    S_web_word(st->lex, low, gl - t))
                  cut = gl - t;
              }
            if (cut) {
              S_web_piece(&w, st, g, cut);
              breve_buf_putc(&w, ' ');
              breve_buf_put(&w, g + cut, gl - cut);
            } else {
              S_web_piece(&w, st, g, gl);
            }
          }
          if (i < k && q[i] == '_') {
            breve_buf_puts(&w, " tiret bas"); /* "@OMS_fr" */
            i++;
          } else if (i < k && q[i] == '.') {
            breve_buf_puts(&w, " point");
            i++;
          }
          from = i;
        }
      S_say_buf(st, &w);
      return q + k;
    }
    return q;
  }
  /* a span of hours with a spaced hyphen: "20 h - 22 h", "9 h 30 - 12 h"
   * (the "de" was said before the first) */
  if (cp == '-' && (prev == ' ' || prev == 0xA0) && S_blank(q, end)) {
    const char *b = p;
    while (b > st->line && b[-1] == ' ')
      b--;
    const char *t = b;
    if (t - st->line >= 2 && S_is_digit(t[-1]) && S_is_digit(t[-2]))
      t -= 2; /* the minutes */
    while (t > st->line && t[-1] == ' ')
      t--;
    int hour = t > st->line && t[-1] == 'h' && t - 1 > st->line &&
               (S_is_digit(t[-2]) || (t[-2] == ' ' && t - 2 > st->line &&
                                      S_is_digit(t[-3])));
    const char *r = q + S_blank(q, end);
    size_t dr = S_digits(r, end);
    const char *z = r + dr + S_blank(r + dr, end);
    if (hour && dr && dr <= 2 && z < end && (*z == 'h' || *z == 'H') &&
        (!S_alnum_at(z + 1, end) || S_is_digit(z[1]))) { /* "12h30" */
      S_say(st, "\xc3\xa0");
      return q;
    }
  }
  /* a ratio or a score: "un taux de compression de 8,5:1", "2:1" (a
   * time has two digits after its colon) */
  if (cp == ':' && p > st->line && S_is_digit(p[-1]) && q < end &&
      S_is_digit(*q) && !S_alnum_at(q + 1, end) &&
      !(p - st->line >= 2 && p[-2] == ':') &&
      !(q + 2 < end && (q[1] == ':' || ((q[1] == ',' || q[1] == '.') &&
                                        S_is_digit(q[2]))))) {
    /* (a format or a compression ratio has a decimal: "1,85:1" is "pour
     * un") */
    const char *d = p - 1;
    while (d > st->line && S_is_digit(d[-1]))
      d--;
    int ratio = *q == '1' && d - st->line >= 2 && d[-1] == ',' &&
                S_is_digit(d[-2]);
    S_say(st, ratio ? "pour" : "\xc3\xa0");
    return q;
  }
  /* an aside set off by em dashes with no spaces: "Nakamura—qui joue
   * pour les États-Unis—a gagné" (not "Paris—Roubaix") */
  if (cp == 0x2014 && after_word && q < end && *q >= 'a' && *q <= 'z') {
    S_copy(st, ", ", 2);
    return q;
  }
  /* "20 % – 30 %": a range of percentages, spaced */
  if (cp == 0x2013 && prev == ' ' && p - st->line >= 2 && p[-2] == '%' &&
      S_blank(q, end) && S_is_digit(q[S_blank(q, end)])) {
    S_say(st, "\xc3\xa0");
    return q;
  }
  /* a dash opening a line of dialogue: "– Oui, répond-elle." */
  if ((cp == 0x2013 || cp == 0x2014) && p == st->line && S_blank(q, end))
    return q + S_blank(q, end);
  if ((cp == 0x2013 || cp == 0x2014) && (prev == ' ' || prev == 0xA0) &&
      S_blank(q, end)) {
    /* "de 2020 – 2025", "de 9 h – 12 h": a span, "de… à" */
    const char *b = p;
    while (b > st->line && b[-1] == ' ')
      b--;
    const char *nb = b;
    while (b > st->line && (S_is_digit(b[-1]) || b[-1] == ' ' || b[-1] == 'h'))
      b--;
    int du = b - st->line >= 2 && b[-1] == 'u' &&
             (b[-2] == 'd' || b[-2] == 'D'); /* "du 3 – 5 juin" */
    if (cp == 0x2013 && nb > b && (S_is_digit(nb[-1]) || nb[-1] == 'h') &&
        S_is_digit(q[S_blank(q, end)]) && b - st->line >= 2 &&
        (du || (b[-1] == 'e' && (b[-2] == 'd' || b[-2] == 'D'))) &&
        (b - st->line == 2 || !S_alnum_at(b - 3, end)) && *b == ' ' &&
        S_is_digit(b[S_blank(b, end)])) {
      S_say(st, du ? "au" : "\xc3\xa0");
      return q;
    }
    /* a span of hours, with or without "de" written: "15 h – 17 h" (the
     * "de" was said before the first) */
    if (cp == 0x2013 && nb > b && memchr(b, 'h', (size_t)(nb - b))) {
      const char *r = q + S_blank(q, end);
      size_t dr = S_digits(r, end);
      if (dr && dr <= 2 && r + dr + S_blank(r + dr, end) < end &&
          (r[dr + S_blank(r + dr, end)] == 'h' ||
           r[dr + S_blank(r + dr, end)] == 'H')) {
        S_say(st, "\xc3\xa0");
        return q;
      }
    }
    /* a span of a count: "20 – 30 minutes", "7 – 9 trains", "3 – 4 %" (not
     * "10 – 2", a subtraction, nor a score) */
    /* (nor a length and then a price: "1h45 – 22 €") */
    if (cp == 0x2013 && nb > st->line && S_is_digit(nb[-1]) &&
        !memchr(b, 'h', (size_t)(nb - b)) &&
        !(b > st->line && (b[-1] == '.' || b[-1] == ':' ||
                           (unsigned char)b[-1] == 0xB0))) {
      const char *r = q + S_blank(q, end), *ua;
      size_t dr = S_digits(r, end);
      const char *z = r + dr + S_blank(r + dr, end);
      size_t kz = z > r + dr ? S_letters(z, end) : 0;
      if (dr && z > r + dr && z < end &&
          (*z == '%' || S_unit_at(z, end, 1, &ua) || S_currency_at(z, end, &ua) ||
           (kz >= 3 && strchr("sx", z[kz - 1]) && z[0] >= 'a' && z[0] <= 'z'))) {
        S_say(st, "\xc3\xa0");
        return q;
      }
    }
    S_pause(st);
    return q;
  }
  /* one every so often: "1 tram/10 min" is "un tram toutes les dix
   * minutes", "1 rappel/5 ans" "tous les cinq ans" */
  if (cp == '/' && after_word && q < end && S_is_digit(*q) && st->prev_word &&
      !st->prev_number && st->prev_word + st->prev_len == p &&
      st->prev_word - st->line >= 2 && st->prev_word[-1] == ' ' &&
      st->prev_word[-2] == '1' &&
      (st->prev_word - st->line == 2 || !S_alnum_at(st->prev_word - 3, end))) {
    static const char *const every[] = {"min", "mn", "minutes", "heures",
                                        "h", "jours", "ans", "mois", NULL};
    size_t d = S_digits(q, end);
    const char *hw = q + d + S_blank(q + d, end);
    size_t hk = hw > q + d ? S_letters(hw, end) : 0;
    int e = hk ? S_in(hw, hk, every) : -1;
    if (e >= 0 && S_ends_clean(hw + hk, end) && !(d == 1 && *q == '1')) {
      S_say(st, e <= 4 ? "toutes les" : "tous les");
      return q;
    }
  }
  /* a quantity for another: "250 mg/5 ml", "500 UFC/100 ml", "100
   * MW/200 MWh" are "pour cinq millilitres" (the slash was read "sur",
   * or lost after capitals) */
  if (cp == '/' && p > st->line && q < end && S_is_digit(*q) &&
      (S_is_upper_ascii(p[-1]) || (p[-1] >= 'a' && p[-1] <= 'z')) &&
      (st->prev_number ||
       (st->prev_word && st->prev_word + st->prev_len == p &&
        st->prev_word - st->line >= 2 && st->prev_word[-1] == ' ' &&
        S_is_digit(st->prev_word[-2])))) {
    const char *e = q + S_digits(q, end), *ua;
    const S_unit *u = S_blank(e, end) && S_digits(q, end) <= 4
                          ? S_unit_at(e + S_blank(e, end), end, 1, &ua)
                          : NULL;
    /* (a density stays "par": "1 loup/100 km²") */
    if (u && S_ends_clean(ua, end) && strcmp(u->abbr, "h") != 0 &&
        strcmp(u->one, "kilomètre carré") != 0) {
      S_say(st, "pour");
      return q;
    }
  }
  /* a ratio: "le ratio dette/PIB" is "dette sur P I B", and after the
   * word "ratio" "dette/revenus" (but "clim/GPS" is two things) */
  static const char *const denom[] = {"PIB", "EBITDA", "Ebitda", NULL};
  if (cp == '/' && after_word && st->prev_word &&
      st->prev_word + st->prev_len == p && st->prev_len >= 3 &&
      !S_upper_at(st->prev_word, end) && S_letters(q, end) >= 3 &&
      (S_in(q, S_letters(q, end), denom) >= 0 ||
       (st->prev_word - st->line >= 6 &&
        (!memcmp(st->prev_word - 6, "ratio ", 6) ||
         /* "le rapport signal/bruit" (the price and the quality are
          * two things: "rapport qualité/prix") */
         (st->prev_word - st->line >= 8 &&
          !memcmp(st->prev_word - 8, "rapport ", 8) &&
          !S_eq(st->prev_word, st->prev_len, "prix") &&
          !S_eq(st->prev_word, st->prev_len, "qualit\xc3\xa9"))) &&
        /* (what a count is for stays "par": "places/habitant") */
        S_in(q, S_letters(q, end), S_per_words) < 0))) {
    S_say(st, "sur");
    return q;
  }
  /* "la 4G/5G": two codes of a digit and capitals, said one after the
   * other */
  if (cp == '/' && p > st->line && S_is_upper_ascii(p[-1]) && q < end &&
      S_is_digit(*q)) {
    const char *b = p;
    while (b > st->line && S_is_upper_ascii(b[-1]))
      b--;
    int left = b > st->line && S_is_digit(b[-1]) && p - b <= 2;
    size_t d = S_digits(q, end), u = 0;
    while (q + d + u < end && S_is_upper_ascii(q[d + u]))
      u++;
    if (left && d <= 2 && u >= 1 && u <= 2 && S_ends_clean(q + d + u, end)) {
      S_copy(st, ",", 1);
      return q;
    }
  }
  /* "5,25 %-5,5 %": a range of percentages, said with a pause */
  if (cp == '-' && p > st->line && p[-1] == '%' && q < end && S_is_digit(*q)) {
    S_copy(st, ",", 1);
    return q;
  }
  /* "1 agent / 8 enfants": a ratio of two counts, "pour" */
  if (cp == '/' && p >= st->line + 2 && p[-1] == ' ' && q + 1 < end &&
      *q == ' ' && S_is_digit(q[1]) && st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p && st->prev_len >= 3 &&
      !S_upper_at(st->prev_word, end) && st->prev_word - st->line >= 2 &&
      st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2])) {
    /* (a grouped number too: "5 cas / 100 000 hab.") */
    S_num nv;
    const char *v =
        S_parse_num(q + 1, end, &nv) ? nv.end : q + 1 + S_digits(q + 1, end);
    size_t k = v < end && *v == ' ' ? S_letters(v + 1, end) : 0;
    if (k >= 3 && !S_upper_at(v + 1, end)) {
      /* a ratio counts one of a thing, or per ten, a hundred, a thousand
       * of another; two other counts are a list: "5 pièces / 3 chambres",
       * "2 800 debout / 1 900 assis", "1 jour / 3 jours" */
      const char *c = st->prev_word - 2;
      int one = *c == '1' &&
                (c == st->line || (!S_alnum_at(c - 1, end) && c[-1] != ','));
      int round = q[1] == '1';
      for (const char *t = q + 2; t < v && round; t++)
        round = *t == '0' || *t == ' ' || *t == '.' ||
                (unsigned char)*t >= 0x80;
      int same = k >= 4 && st->prev_len >= 4 &&
                 !memcmp(st->prev_word, v + 1, 4);
      if ((one || round) && !same)
        S_say(st, "pour");
      else
        S_pause(st);
      return q;
    }
  }
  /* "le 7/7", "ouvert 7/7": every day */
  if (cp == '/' && p - st->line >= 1 && p[-1] == '7' &&
      (p - st->line == 1 || !S_alnum_at(p - 2, end)) && q < end && *q == '7' &&
      !S_alnum_at(q + 1, end) && S_word_before(st, p - 1, S_open_words)) {
    S_say(st, "jours sur sept");
    return q + 1;
  }
  /* a delivery time: "en 24/48 h" is "vingt-quatre, quarante-huit heures" */
  if (cp == '/' && st->prev_number && p > st->line && S_is_digit(p[-1]) &&
      S_digits(q, end) == 2) {
    const char *h = q + 2 + S_blank(q + 2, end);
    if (h < end && *h == 'h' && !S_alnum_at(h + 1, end)) {
      S_copy(st, ",", 1);
      return q;
    }
  }
  /* a case number: "dossier n° 24/01523", "affaire n° 2026/118" */
  if (cp == '/' && st->prev_number && p > st->line && S_is_digit(p[-1]) &&
      q < end && S_is_digit(*q)) {
    const char *d = p;
    while (d > st->line && S_is_digit(d[-1]))
      d--;
    const char *c = d;
    while (c > st->line && c[-1] == ' ')
      c--;
    int numbered = (c - st->line >= 3 && !memcmp(c - 3, "n\xc2\xb0", 3)) ||
                   (c - st->line >= 3 && !memcmp(c - 3, "N\xc2\xb0", 3)) ||
                   (c - st->line >= 7 && !memcmp(c - 7, "num\xc3\xa9ro", 7));
    size_t dq = S_digits(q, end);
    if (numbered && c < d && dq >= 2 && S_ends_clean(q + dq, end)) {
      breve_buf w = {0};
      S_copy(st, ",", 1);
      size_t z = 0;
      while (z < dq && q[z] == '0')
        z++;
      if (z) { /* "01523": "zéro quinze vingt-trois" */
        breve_fr_digits(&w, q, z);
        if ((dq - z) % 2 == 0)
          S_say_pairs(&w, q + z, dq - z);
        else
          breve_fr_digits(&w, q + z, dq - z);
      } else {
        uint64_t v;
        breve_fr_parse_u64(q, dq, &v);
        breve_fr_cardinal(&w, v, 0);
      }
      S_say_buf(st, &w);
      return q + dq;
    }
  }
  /* a second "per" after a unit: "CO2/m²/an", "€/m²/mois" */
  if (cp == '/' && p - st->line >= 2 && (unsigned char)p[-2] == 0xC2 &&
      ((unsigned char)p[-1] == 0xB2 || (unsigned char)p[-1] == 0xB3)) {
    size_t k = S_letters(q, end);
    if (k && S_in(q, k, S_per_words) >= 0 && !S_alnum_at(q + k, end)) {
      S_say(st, "par");
      return q;
    }
  }
  /* a rate after its noun: "412 cas/100 000 hab." is "pour cent mille" */
  if (cp == '/' && after_word && q < end && *q == '1' && st->prev_word &&
      !st->prev_number) {
    S_num rn;
    uint64_t rv;
    if (S_parse_num(q, end, &rn) && !rn.has_dec &&
        (((rv = S_ival(&rn)) >= 1000 &&
          (rv == 1000 || rv == 10000 || rv == 100000 || rv == 1000000)) ||
         /* (and a density: "12 loups/100 km²", "3 varroas/100
          * abeilles") */
         (rv == 100 && (S_starts(rn.end, end, " km\xc2\xb2") ||
                        S_starts(rn.end, end, " km2") ||
                        S_starts(rn.end, end, "km\xc2\xb2") ||
                        S_starts(rn.end, end, " ha") ||
                        (rn.end + 4 < end && rn.end[0] == ' ' &&
                         S_letters(rn.end + 1, end) >= 4 &&
                         strchr("sx", rn.end[S_letters(rn.end + 1, end)]) &&
                         breve_cp_is_lower(S_cp(rn.end + 1, end, NULL))))))) {
      S_say(st, "pour");
      return q;
    }
  }
  /* "ouvert 24/7", "24/24": every hour of every day */
  if (cp == '/' && p - st->line >= 2 && p[-1] == '4' && p[-2] == '2' &&
      (p - st->line == 2 || !S_alnum_at(p - 3, end)) && q < end &&
      (*q == '7' ||
       (S_starts(q, end, "24") &&
        (S_word_before(st, p - 2, S_open_words) || p - 2 == st->line))) &&
      !S_alnum_at(q + (*q == '7' ? 1 : 2), end)) {
    /* ("24/7" says the days too: 101 cases of the token sets accept
     * that, 25 only the hours) */
    if (*q == '7') {
      S_say(st, "heures sur vingt-quatre, sept jours sur sept");
      return q + 1;
    }
    S_say(st, "heures sur vingt-quatre");
    /* and the days with it: "24/24 et 7/7" */
    if (*q == '2' && S_starts(q + 2, end, " et 7/7") &&
        !S_alnum_at(q + 9, end)) {
      S_say(st, "et sept jours sur sept");
      return q + 9;
    }
    return q + (*q == '7' ? 1 : 2);
  }
  /* a mark out of a total: "note /20", "noté /31" */
  static const char *const marked[] = {"note",  "Note",  "noté", "notée",
                                       "notés", "moyenne", NULL};
  if (cp == '/' && prev == ' ' && q < end && S_is_digit(*q) &&
      st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p &&
      S_in(st->prev_word, st->prev_len, marked) >= 0) {
    S_say(st, "sur");
    return q;
  }
  /* "10 / 2": a division */
  if (cp == '/' && p >= st->line + 2 && p[-1] == ' ' && S_is_digit(p[-2]) &&
      q + 1 < end && *q == ' ' && S_is_digit(q[1])) {
    S_say(st, "sur");
    return q;
  }
  /* "-2/+5 °C": a range of signed numbers */
  if (cp == '/' && p > st->line && S_is_digit(p[-1]) && q + 1 < end &&
      (*q == '+' || *q == '-') && S_is_digit(q[1])) {
    S_say(st, *q == '+' ? "à plus" : "à moins");
    return q + 1;
  }
  /* a spaced slash after a counted noun: "1 médecin / 2 000 habitants" is
   * "pour deux mille habitants", "élèves / enseignant" "par enseignant" */
  if (cp == '/' && p > st->line && p[-1] == ' ' && q + 1 < end &&
      *q == ' ' && st->prev_word && !st->prev_number &&
      st->prev_word + st->prev_len + 1 == p && st->prev_len >= 4 &&
      !S_upper_at(st->prev_word, end)) {
    int counted = st->prev_word - st->line >= 2 &&
                  st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2]);
    size_t k = S_letters(q + 1, end);
    if (counted && S_is_digit(q[1])) {
      S_say(st, "pour");
      return q;
    }
    /* (a plural or a count before it: "tarif enfant / adulte" is two
     * fares) */
    char last = st->prev_word[st->prev_len - 1];
    if (k && S_in(q + 1, k, S_per_words) >= 0 &&
        S_ends_clean(q + 1 + k, end) &&
        (counted || last == 's' || last == 'x')) {
      S_say(st, "par");
      return q;
    }
  }
  /* "120 habitants/km²", "3 morts/an", "4 bus/h": per unit after a noun */
  if (cp == '/' && q < end && st->prev_word &&
      (st->prev_len >= 4 ||
       (st->prev_len == 3 && st->prev_word - st->line >= 2 &&
        st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2])) ||
       /* "2,5 l d'eau/pers." */
       (st->prev_len == 3 && st->prev_word - st->line >= 1 &&
        (st->prev_word[-1] == '\'' ||
         (st->prev_word - st->line >= 3 &&
          !memcmp(st->prev_word - 3, "\xe2\x80\x99", 3))))) &&
      (st->prev_word + st->prev_len == p ||
       (st->prev_word + st->prev_len + 1 == p && p[-1] == ' ' && *q == ' ') ||
       /* a word cut short: "2 500 pers./jour" */
       (st->prev_word + st->prev_len + 1 == p && p[-1] == '.')) &&
      !S_upper_at(st->prev_word, end)) {
    const char *after, *v = q + (*q == ' ' && q + 1 < end && q[1] != ' ');
    const S_unit *u = S_unit_at(v, end, 1, &after);
    static const char *const words[] = {"an",       "mois",  "jour",
                                        "semaine",  "habitant", "heure",
                                        "pers",     "hab",      NULL};
    size_t k = S_letters(v, end);
    int i = k ? S_in(v, k, words) : -1;
    if (u) {
      breve_buf w = {0};
      const char *room = S_per_room(&w, u, after, end); /* "4 pers./ch." */
      if (room) {
        S_say_buf(st, &w);
        return room;
      }
      breve_buf_free(&w);
    }
    if ((u && S_ends_clean(after, end)) || (i >= 0 && S_ends_clean(v + k, end))) {
      breve_buf w = {0};
      breve_buf_puts(&w, "par ");
      /* ("d'eau/pers." is "par personne", its dot gone) */
      int pers = !u && i == 6;
      breve_buf_puts(&w, pers ? "personne"
                         : !u && i == 7 ? "habitant" /* "5 l/j/hab" */
                         : !u ? words[i]
                         : !strcmp(u->one, "kilogramme") ? "kilo" : u->one);
      S_say_buf(st, &w);
      const char *nx = v + k + 1 + (v + k < end ? S_blank(v + k + 1, end) : 0);
      return u ? after
               : v + k + (pers && v + k < end && v[k] == '.' &&
                          !(nx > v + k + 1 && S_upper_at(nx, end)));
    }
    /* a count of things for each of another, glued: "12 enfants/animateur",
     * "50 places/car" (a plural counted, then a noun in the singular) */
    int counted = st->prev_word - st->line >= 2 &&
                  st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2]);
    char last = st->prev_word[st->prev_len - 1];
    /* (and people counted short: "2 pers./bateau") */
    int pers = st->prev_word + st->prev_len + 1 == p && p[-1] == '.' &&
               S_eq(st->prev_word, st->prev_len, "pers");
    if (counted && (st->prev_word + st->prev_len == p || pers) && v == q &&
        (last == 's' || last == 'x') && k >= 3 && v[0] >= 'a' &&
        !S_eq(v, k, "sem") && !S_eq(v, k, "pers") && /* (below) */
        v[0] <= 'z' && v[k - 1] != 's' && v[k - 1] != 'x' &&
        S_ends_clean(v + k, end) && !(v + k < end && v[k] == '/')) {
      S_say(st, "par");
      return q;
    }
  }
  /* "un jour/2", "une semaine/2": one in so many */
  if (cp == '/' && after_word && q < end && S_is_digit(*q) && st->prev_word &&
      st->prev_word + st->prev_len == p && st->prev_word - st->line >= 3 &&
      (!memcmp(st->prev_word - 3, "un ", 3) ||
       (st->prev_word - st->line >= 4 &&
        !memcmp(st->prev_word - 4, "une ", 4))) &&
      S_digits(q, end) <= 2 && S_ends_clean(q + S_digits(q, end), end)) {
    static const char *const times[] = {"jour", "semaine", "mois", "an",
                                        "week-end", "soir", NULL};
    if (S_in(st->prev_word, st->prev_len, times) >= 0) {
      S_say(st, "sur");
      return q;
    }
  }
  /* a painting's medium on its support, as a catalogue lists it:
   * "huile/toile" is "huile sur toile" */
  if (cp == '/' && after_word && st->prev_word && q < end) {
    static const char *const media[] = {"huile", "Huile", "acrylique",
                                        "Acrylique", "gouache", "Gouache",
                                        "aquarelle", "Aquarelle", "encre",
                                        "Encre", "tempera", "pastel",
                                        "fusain", NULL};
    static const char *const supports[] = {"toile", "panneau", "papier",
                                           "bois", "carton", "vélin",
                                           "cuivre", "soie", NULL};
    size_t k = S_letters(q, end);
    if (S_in(st->prev_word, st->prev_len, media) >= 0 && k &&
        S_in(q, k, supports) >= 0 && !S_alnum_at(q + k, end)) {
      S_say(st, "sur");
      return q;
    }
  }
  if (cp == '/' && after_word && q < end) {
    /* one in so many: "un dossier/2 refusé" is "un dossier sur deux" */
    if (S_is_digit(*q) && S_digits(q, end) <= 3 && !st->prev_number &&
        st->prev_word && st->prev_word + st->prev_len == p &&
        !S_upper_at(st->prev_word, end) && st->prev_word - st->line >= 3 &&
        ((st->prev_word[-3] | 0x20) == 'u' &&
         !memcmp(st->prev_word - 2, "n ", 2)
             ? st->prev_word - 3 == st->line || st->prev_word[-4] == ' '
             : st->prev_word - st->line >= 4 &&
                   (st->prev_word[-4] | 0x20) == 'u' &&
                   !memcmp(st->prev_word - 3, "ne ", 3) &&
                   (st->prev_word - 4 == st->line ||
                    st->prev_word[-5] == ' ')) &&
        S_ends_clean(q + S_digits(q, end), end) &&
        !S_unit_at(q + S_digits(q, end) + S_blank(q + S_digits(q, end), end),
                   end, 1, &(const char *){NULL})) {
      /* (a price for so many: "un repas/2 personnes" is "pour") */
      const char *hw = q + S_digits(q, end);
      hw += S_blank(hw, end);
      size_t hk = S_letters(hw, end);
      S_say(st, hk && (S_eq(hw, hk, "personnes") || S_eq(hw, hk, "adultes") ||
                       S_eq(hw, hk, "enfants"))
                    ? "pour"
                    : "sur");
      return q;
    }
    /* a count out of a total: "5 élus/29" */
    if (S_is_digit(*q) && !st->prev_number && st->prev_word &&
        st->prev_word + st->prev_len == p && st->prev_word - st->line >= 2 &&
        st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2]) &&
        !S_upper_at(st->prev_word, end) &&
        S_ends_clean(q + S_digits(q, end), end)) {
      /* (a density: "1 loup/100 km²" is "par cent kilomètres carrés";
       * a price for so many: "1 nuit/2 personnes" is "pour") */
      const char *dn = q + S_digits(q, end), *ua;
      int per = S_blank(dn, end) &&
                S_unit_at(dn + S_blank(dn, end), end, 1, &ua) &&
                S_ends_clean(ua, end);
      static const char *const heads[] = {"personnes", "adultes", "enfants",
                                          "pers", NULL};
      const char *hw = dn + S_blank(dn, end);
      size_t hk = S_letters(hw, end);
      /* (and one of a thing for so many others: "1 guide/10 marcheurs") */
      const char *c1 = st->prev_word - 2;
      int one = *c1 == '1' && (c1 == st->line || !S_alnum_at(c1 - 1, end));
      int pour = hw > dn && hk &&
                 (S_in(hw, hk, heads) >= 0 ||
                  (one && hk >= 3 && *hw >= 'a' && *hw <= 'z'));
      /* (days and nights of a stay are listed: "3 jours/2 nuits") */
      static const char *const stays[] = {"jours", "nuits", "nuit", NULL};
      if (hw > dn && S_in(hw, hk, stays) >= 0 &&
          S_in(st->prev_word, st->prev_len, stays) >= 0) {
        S_pause(st);
        return q;
      }
      S_say(st, per ? "par" : pour ? "pour" : "sur");
      return q;
    }
    if (S_is_digit(*q) && st->prev_number) {
      /* opening hours: "8h/12h", "8h30/12h" */
      const char *h = p - 1;
      if (h > st->line && S_is_digit(*h) && h - 2 > st->line && h[-2] == 'h')
        h -= 2;
      size_t dq = S_digits(q, end);
      if (h > st->line && *h == 'h' && S_is_digit(h[-1]) && dq <= 2 &&
          q + dq < end && (q[dq] == 'h' || q[dq] == 'H')) {
        if (dq == 2 && h == p - 1 && h - 2 >= st->line && h[-2] == q[0] &&
            h[-1] == q[1] && S_ends_clean(q + 3, end)) {
          /* "24h/24h" is "vingt-quatre heures sur vingt-quatre" */
          breve_buf w = {0};
          uint64_t v;
          breve_fr_parse_u64(q, 2, &v);
          breve_buf_puts(&w, "sur");
          breve_fr_cardinal(&w, v, 0);
          S_say_buf(st, &w);
          return q + 3;
        }
        S_say(st, "à");
        return q;
      }
      /* a European act by its year and number: "la directive
       * 2019/790", "le règlement (UE) 2023/1670" are "deux mille
       * dix-neuf barre sept cent quatre-vingt-dix" */
      {
        const char *y0 = p;
        while (y0 > st->line && S_is_digit(y0[-1]))
          y0--;
        const char *from = y0 - st->line > 24 ? y0 - 24 : st->line;
        size_t fl = (size_t)(y0 - from);
        if (p - y0 == 4 && (*y0 == '1' || *y0 == '2') &&
            (S_has(from, fl, "directive") || S_has(from, fl, "règlement") ||
             S_has(from, fl, "Règlement") || S_has(from, fl, "(UE)") ||
             S_has(from, fl, "(CE)") || S_has(from, fl, "Directive"))) {
          S_say(st, "barre");
          return q;
        }
      }
      /* a season: "2025/2026", "2025/26" are two years said with a
       * pause */
      const char *y = p;
      while (y > st->line && S_is_digit(y[-1]))
        y--;
      size_t d1 = (size_t)(p - y), d2 = S_digits(q, end);
      uint64_t y1, y2;
      if (d1 == 4 && (y == st->line || !S_alnum_at(y - 1, end)) &&
          (d2 == 4 || d2 == 2) && S_ends_clean(q + d2, end) &&
          breve_fr_parse_u64(y, 4, &y1) && breve_fr_parse_u64(q, d2, &y2) &&
          y1 >= 1800 && y1 < 2200 &&
          (d2 == 4 ? y2 == y1 + 1 : y2 == (y1 + 1) % 100)) {
        breve_buf w = {0};
        if (S_year_keeps_pause(y1))
          S_copy(st, ",", 1);
        breve_fr_cardinal(&w, y1 + 1, 0);
        S_say_buf(st, &w);
        return q + d2;
      }
      /* a rate: "13,5/100.000" is "pour cent mille" */
      S_num n;
      uint64_t d = 0;
      int parsed = S_parse_num(q, end, &n) && n.end;
      int per = parsed && !n.has_dec && (d = S_ival(&n)) >= 1000 &&
                d <= 1000000 &&
                (d == 1000 || d == 10000 || d == 100000 || d == 1000000);
      /* "1/1000" alone is a thousandth; "4,2/100 000" a rate (but a
       * part of something, "1/100 000 de la lumière", is "un cent
       * millième") */
      uint64_t d10 = parsed && !n.has_dec ? S_ival(&n) : 0;
      while (d10 >= 10 && d10 % 10 == 0)
        d10 /= 10;
      int part = parsed && !n.has_dec && d10 == 1 && S_ival(&n) >= 1000 &&
                 S_ival(&n) <= 1000000000 && n.end < end && *n.end == ' ' &&
                 (S_starts(n.end + 1, end, "de ") ||
                  S_starts(n.end + 1, end, "du ") ||
                  S_starts(n.end + 1, end, "d'"));
      if (part)
        d = S_ival(&n);
      if (((per && d == 1000) || part) && p[-1] == '1' &&
          (p - st->line == 1 ||
           (!S_alnum_at(p - 2, end) && p[-2] != ',' && p[-2] != '.'))) {
        /* (a scale, "une carte au 1/1000", is "au millième") */
        breve_buf *o = st->out;
        /* (and "un 1/1000 s" is "un millième de seconde") */
        if (!st->ssml && o->len >= 5 &&
            (!memcmp(o->ptr + o->len - 5, "au un", 5) ||
             !memcmp(o->ptr + o->len - 5, "un un", 5) ||
             !memcmp(o->ptr + o->len - 5, "Un un", 5)) &&
            (o->len == 5 || o->ptr[o->len - 6] == ' ' ||
             o->ptr[o->len - 6] == '\n')) {
          o->len -= 3;
          o->ptr[o->len] = '\0';
        }
        breve_buf wo = {0};
        breve_fr_ordinal(&wo, d, 0, 0);
        /* (after the "un" already said: "un millionième" once) */
        if (wo.len > 3 && !memcmp(wo.ptr, "un ", 3)) {
          memmove(wo.ptr, wo.ptr + 3, wo.len - 2);
          wo.len -= 3;
        }
        S_say_buf(st, &wo);
        const char *e = n.end;
        if (e < end && *e == 'e' && !S_alnum_at(e + 1, end))
          e++; /* "1/1000e de seconde" */
        /* (a shutter's speed: "une pose de 1/1000 s") */
        if (S_starts(e, end, " s") && !S_alnum_at(e + 2, end)) {
          S_say(st, "de seconde");
          e += 2;
        }
        return e;
      }
      /* and "3/1000", "125/10 000" whole numbers of thousandths (a
       * co-ownership's shares, an alcohol level): "trois millièmes" */
      if (per && (d == 1000 || d == 10000) && !(p - y == 1 && *y == '1') &&
          (y == st->line || (y[-1] != ',' && y[-1] != '.'))) {
        S_say(st, d == 1000 ? "millièmes" : "dix-millièmes");
        const char *e = n.end;
        if (e < end && *e == 'e' && !S_alnum_at(e + 1, end))
          e++;
        return e;
      }
      /* a map's scale: "au 1/25 000" is "au vingt-cinq millième" (the
       * "un" already said is taken back: writers of the token sets put
       * the scale alone first) */
      if (parsed && !per && !n.has_dec && p[-1] == '1' &&
          (p - st->line == 1 || !S_alnum_at(p - 2, end)) &&
          (d = S_ival(&n)) >= 5000 && d <= 1000000 && d % 1000 == 0 &&
          !S_alnum_at(n.end, end)) {
        breve_buf *o = st->out;
        if (!st->ssml && o->len >= 3 && !memcmp(o->ptr + o->len - 2, "un", 2) &&
            o->ptr[o->len - 3] == ' ') {
          o->len -= 3;
          o->ptr[o->len] = '\0';
        }
        breve_buf w = {0};
        breve_fr_ordinal(&w, d, 0, 0);
        S_say_buf(st, &w);
        return n.end;
      }
      /* a price's range: "estimation : 4 000/6 000 €" is "quatre mille à
       * six mille euros" */
      const char *a = parsed ? n.end + S_blank(n.end, end) : NULL, *ca;
      if (parsed && !per && !n.has_dec && S_currency_at(a, end, &ca)) {
        uint64_t v1 = 0;
        const char *b1 = p; /* the first price, its groups too */
        while (b1 > st->line &&
               (S_is_digit(b1[-1]) ||
                (b1[-1] == ' ' && b1 - 1 > st->line && S_is_digit(b1[-2]))))
          b1--;
        for (const char *c = b1; c < p && v1 < UINT64_MAX / 10; c++)
          if (S_is_digit(*c))
            v1 = v1 * 10 + (uint64_t)(*c - '0');
        if (v1 >= 10 && S_ival(&n) > v1 &&
            !(b1 > st->line && (b1[-1] == ',' || b1[-1] == '.'))) {
          S_say(st, "\xc3\xa0");
          return q;
        }
      }
      /* a tyre's size: "205/55 R16" is "deux cent cinq, cinquante-cinq,
       * R seize" */
      if (parsed && a > n.end && a + 1 < end && *a == 'R' &&
          S_is_digit(a[1])) {
        S_pause(st);
        return q;
      }
      /* ages: "les 20/29 ans" are "vingt à vingt-neuf ans" */
      int ages = parsed && !per && a > n.end && S_starts(a, end, "ans") &&
                 !S_alnum_at(a + 3, end);
      /* a wind's force: "un vent de 25/30 nœuds" is "vingt-cinq à
       * trente" */
      const char *ua;
      const S_unit *wu = parsed && !per && !ages && !n.has_dec && a > n.end
                             ? S_unit_at(a, end, 1, &ua)
                             : NULL;
      uint64_t w1 = 0;
      if (((wu && !strcmp(wu->many, "n\xc5\x93uds")) ||
           (a > n.end && S_starts(a, end, "n\xc5\x93uds"))) && p - y <= 2 &&
          breve_fr_parse_u64(y, (size_t)(p - y), &w1) && S_ival(&n) > w1)
        ages = 1;
      /* a rough count: "entre 3/4.000 manifestants" is "entre trois et
       * quatre mille" */
      int span = 0;
      if (parsed && !per && !ages && n.grouped && !n.has_dec &&
          (size_t)(p - y) <= 2 && S_ival(&n) % 1000 == 0) {
        const char *b = y;
        while (b > st->line && b[-1] == ' ')
          b--;
        int entre = b - st->line >= 5 && (b[-5] == 'e' || b[-5] == 'E') &&
                    !memcmp(b - 4, "ntre", 4) &&
                    (b - 5 == st->line || !S_alnum_at(b - 6, end));
        span = entre ? 2 : 1;
      }
      /* odds of a race: "la cote anglaise 11/4" is "onze contre quatre" */
      int odds = 0;
      {
        const char *from = y - st->line > 30 ? y - 30 : st->line;
        for (const char *t = from; t + 4 <= y && !odds; t++)
          odds = (!memcmp(t, "cote", 4) ||
                  (t + 5 <= y && !memcmp(t, "cot\xc3\xa9", 5))) &&
                 (t == st->line || t[-1] == ' '); /* (and "coté 9/4") */
        /* "le favori à 9/2", "à 11/4" alone: more than one against one,
         * after "à" in a race's line or opening the line */
        uint64_t a1;
        const char *b = y;
        while (b > st->line && b[-1] == ' ')
          b--;
        int at = b < y && b - st->line >= 2 && !memcmp(b - 2, "\xc3\xa0", 2) &&
                 (b - st->line == 2 || b[-3] == ' ');
        if (!odds && at && parsed && !n.has_dec && !n.grouped && d1 <= 2 &&
            breve_fr_parse_u64(y, d1, &a1) && S_ival(&n) >= 1 &&
            S_ival(&n) <= 4 && a1 > S_ival(&n) && a1 <= 50) {
          static const char *const race[] = {
              "favori", "gagnant", "partant", "cheval", "PMU",
              "turf",   "placé",   "course",  "jument", "outsider",
              "bookmaker", NULL};
          odds = b - st->line == 2;
          for (int i = 0; race[i] && !odds; i++) {
            size_t k = strlen(race[i]);
            for (const char *t = st->line; t + k <= end && !odds; t++)
              odds = !memcmp(t, race[i], k);
          }
        }
        /* (a mark out of ten or twenty is no odds: "une cote de 10/10") */
        uint64_t mk, of = parsed && !n.has_dec ? S_ival(&n) : 0;
        if (odds && (of == 10 || of == 20 || of == 100) && d1 <= 3 &&
            breve_fr_parse_u64(y, d1, &mk) && mk <= of)
          odds = 0;
      }
      /* an age group of adults is named by its bounds, as with a dash:
       * "les 18/25 ans" are "les dix-huit vingt-cinq ans" */
      if (ages && d1 == 2 && n.end - q == 2 && !n.has_dec && *y >= '1' &&
          (*y > '1' || y[1] >= '5') && memcmp(q, y, 2) > 0) {
        static const char *const group[] = {"les", "Les", "des", "aux", NULL};
        if (S_word_before(st, y, group)) {
          S_copy(st, " ", 1);
          return q;
        }
      }
      S_say(st, per               ? "pour"
                : ages || span == 1 ? "à"
                : span              ? "et"
                : odds              ? "contre"
                                    : "sur");
      return q;
    }
    size_t k2 = S_letters(q, end);
    /* shortened: "3 fois/sem.", "2 séances/sem", "95 € TTC/pers.", "5
     * l/j/hab" */
    if ((k2 == 3 && (!memcmp(q, "sem", 3) || !memcmp(q, "hab", 3))) ||
        (k2 == 4 && !memcmp(q, "pers", 4))) {
      S_say(st, k2 == 4 ? "par personne"
                : *q == 's' ? "par semaine"
                            : "par habitant");
      int dot = q + k2 < end && q[k2] == '.' &&
                (q + k2 + 1 >= end || q[k2 + 1] == ' ' || q[k2 + 1] == ',');
      return q + k2 + (dot && q + k2 + 1 < end);
    }
    /* (two people side by side are a pair: "la relation parent/enfant") */
    static const char *const people[] = {
        "parent",  "parents",      "maître",    "professeur",
        "employeur", "employeurs", "soignant",  "aidant",
        "client",  "propriétaire", "locataire", "tuteur",
        "père",    "mère",         "formateur", NULL};
    if (k2 && S_in(q, k2, S_per_words) >= 0 && !S_alnum_at(q + k2, end) &&
        !(st->prev_word && S_in(st->prev_word, st->prev_len, S_per_words) >= 0 &&
          /* "jour/nuit", but "1 enfant/famille" */
          !(st->prev_word - st->line >= 2 && st->prev_word[-1] == ' ' &&
            S_is_digit(st->prev_word[-2]))) &&
        !(st->prev_word && S_in(st->prev_word, st->prev_len, people) >= 0)) {
      S_say(st, "par");
      return q;
    }

    /* a count per day: "4 h/j", "3 repas/j" */
    const char *w0 = p;
    while (w0 > st->line && ((w0[-1] >= 'a' && w0[-1] <= 'z') ||
                             (unsigned char)w0[-1] >= 0x80))
      w0--;
    if (w0 > st->line && w0[-1] == ' ' && w0 - st->line >= 2)
      w0--;
    if (k2 == 1 && *q == 'j' && !S_alnum_at(q + 1, end) && w0 < p &&
        w0 > st->line && S_is_digit(w0[-1])) {
      S_say(st, "par jour");
      return q + 1;
    }
    /* two words set side by side: "ski/snowboard" takes a pause (not
     * "et/ou", nor two names, a route or a match: "Paris/Orléans"); after
     * a count, a thing for each: "1 point/jeu" is "par jeu" */
    if (k2 >= 2 && st->prev_word && !st->prev_number && st->prev_len >= 2 &&
        st->prev_word + st->prev_len == p &&
        !(S_upper_at(st->prev_word, end) && S_upper_at(q, end)) &&
        !(S_eq(st->prev_word, st->prev_len, "et") && S_eq(q, k2, "ou"))) {
      int counted = st->prev_word - st->line >= 2 &&
                    st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2]);
      if (counted && !S_upper_at(q, end) && q[k2 - 1] != 's' &&
          q[k2 - 1] != 'x' && !S_alnum_at(q + k2, end)) {
        S_say(st, "par");
        return q;
      }
      S_copy(st, ", ", 2);
      return q;
    }
    /* two sets of initials side by side take a pause too: "CDI/CDD",
     * "AOP/IGP" */
    if (k2 >= 2 && k2 <= 5 && st->prev_word && !st->prev_number &&
        st->prev_word + st->prev_len == p && st->prev_len >= 2 &&
        st->prev_len <= 5 && S_caps_run(st->prev_word, st->prev_len) &&
        S_caps_run(q, k2) && !S_alnum_at(q + k2, end)) {
      S_copy(st, ", ", 2);
      return q;
    }
    /* a share of the wealth produced: "l'intensité CO2/PIB" */
    if (S_starts(q, end, "PIB") && !S_alnum_at(q + 3, end)) {
      S_say(st, "sur");
      return q;
    }
    if (S_alnum_at(q, end)) {
      S_copy(st, " ", 1);
      return q;
    }
  }
  /* a day's hours, spaced: "ouvert 24 h / 24" */
  if (cp == '/' && p - st->line >= 5 && p[-1] == ' ' && q + 2 < end &&
      *q == ' ' && S_starts(q + 1, end, "24") && !S_alnum_at(q + 3, end) &&
      (!memcmp(p - 5, "24 h ", 5) || !memcmp(p - 4, "24h ", 4))) {
    S_say(st, "sur");
    return q;
  }
  /* a spaced slash between two phrases is a pause: "sport / météo",
   * "8h-12h / 14h-18h" */
  if (cp == '/' && p > st->line && p[-1] == ' ' && q + 1 < end && *q == ' ' &&
      q[1] != ' ' && st->out->len) {
    S_pause(st);
    return q;
  }
  /* "la ½ des sièges" is "la moitié" */
  if (cp == 0xBD && !after_word && !st->prev_number && st->prev_word &&
      (S_eq(st->prev_word, st->prev_len, "la") ||
       S_eq(st->prev_word, st->prev_len, "La")) &&
      st->prev_word + st->prev_len + 1 == p &&
      (S_starts(q, end, " de") || S_starts(q, end, " du ") ||
       S_starts(q, end, " d'"))) {
    S_say(st, "moiti\xc3\xa9");
    return q;
  }
  if (cp == 0xBD && !(after_word && st->prev_number)) {
    const char *h = S_half_noun(st, q); /* "un ½ litre" */
    if (h)
      return h;
  }
  /* "les ¼ de finale": "les quarts de finale" */
  if (cp == 0xBC && S_starts(q + S_blank(q, end), end, "de finale") &&
      st->prev_word && !st->prev_number) {
    int many = S_eq(st->prev_word, st->prev_len, "les") ||
               S_eq(st->prev_word, st->prev_len, "des") ||
               S_eq(st->prev_word, st->prev_len, "Les") ||
               S_eq(st->prev_word, st->prev_len, "aux");
    S_say(st, many ? "quarts" : "quart");
    return q;
  }
  /* "1 h ½", "2 ans ½": "une heure et demie", "deux ans et demi" */
  if (cp == 0xBD) {
    const breve_buf *o = st->out;
    size_t n = o->len;
    while (n && o->ptr[n - 1] == ' ')
      n--;
    static const char *const fem_end[] = {
        " heure",     " heures",    " semaine", " semaines", " tonne",
        " tonnes",    " minute",    " minutes", " journée",  " journées",
        " longueur",  " longueurs", " tasse",   " tasses",   " cuillère",
        " cuillères", NULL};
    static const char *const masc_end[] = {
        " an",      " ans",   " mois",   " jour",  " jours",  " kilo",
        " kilos",   " litre", " litres", " mètre", " mètres", " siècle",
        " siècles", " verre", " verres", " tour",  " tours",
        " kilomètre", " kilomètres", NULL};
    for (int g = 0; g < 2; g++) {
      const char *const *ends = g ? masc_end : fem_end;
      for (int i = 0; ends[i]; i++) {
        size_t k = strlen(ends[i]);
        int counted = st->prev_number ||
                      (st->prev_word && st->prev_word - st->line >= 2 &&
                       st->prev_word[-1] == ' ' && S_is_digit(st->prev_word[-2]));
        if (n >= k && !memcmp(o->ptr + n - k, ends[i], k) && counted) {
          S_say(st, g ? "et demi" : "et demie");
          return q;
        }
      }
    }
  }
  /* "2 ½" is "deux et demi" */
  const char *bk = p;
  while (bk > st->line && (bk[-1] == ' ' || (unsigned char)bk[-1] == 0xA0 ||
                           (unsigned char)bk[-1] == 0xC2))
    bk--;
  int after_num = bk > st->line && S_is_digit(bk[-1]);
  if (cp == 0xBD && after_num) {
    /* "2 ½ heures" is "deux heures et demie" */
    static const char *const fem[] = {"heures", "heure", "tonnes", "tonne",
                                      "journées", "pages", "bouteilles", NULL};
    static const char *const masc[] = {
        "ans",      "an",       "jours",    "jour",      "mois",
        "kilos",    "litres",   "mètres",   "points",    "point",
        "tours",    "tour",     "litre",    "kilo",      "million",
        "millions", "milliard", "milliards", "kilomètres", "siècles",
        NULL};
    const char *r = q + S_blank(q, end);
    size_t k = S_letters(r, end);
    /* (or a noun of known gender: "1 ½ journée") */
    char gk = k ? S_gender(r, k) : 0;
    int is_fem = S_in(r, k, fem) >= 0 || gk == 'f';
    /* (or any plural noun: "2 ½ nœuds", "2 ½ longueurs") */
    static const char *const not_nouns[] = {
        "sous", "dans", "vers", "plus", "moins", "depuis", "après", "mais",
        "très", "jamais", "toujours", "contre", "parmi", NULL};
    int plural = k >= 4 && strchr("sx", r[k - 1]) &&
                 (unsigned char)r[0] >= 'a' && S_in(r, k, not_nouns) < 0;
    if (plural && !gk && !is_fem)
      is_fem = S_feminine_noun(r, k, 1);
    if (r > q && k && S_ends_clean(r + k, end) &&
        (is_fem || plural || S_in(r, k, masc) >= 0 || gk == 'm')) {
      /* "1 ½ heure": the "un" already said is "une" */
      size_t ol = st->out->len;
      while (ol && st->out->ptr[ol - 1] == ' ')
        ol--;
      if (is_fem && bk[-1] == '1' && ol >= 2 &&
          !memcmp(st->out->ptr + ol - 2, "un", 2) &&
          (ol == 2 || st->out->ptr[ol - 3] == ' ' ||
           st->out->ptr[ol - 3] == '-' || st->out->ptr[ol - 3] == '\n')) {
        st->out->len = ol;
        breve_buf_putc(st->out, 'e');
      }
      breve_buf w = {0};
      breve_buf_put(&w, r, k);
      breve_buf_puts(&w, is_fem ? " et demie" : " et demi");
      S_say_buf(st, &w);
      return r + k;
    }
    /* "2 ½ kg" is "deux kilogrammes et demi" */
    const char *ua;
    const S_unit *u = r > q ? S_unit_at(r, end, 1, &ua) : NULL;
    if (u && S_ends_clean(ua, end)) {
      int one = bk[-1] == '1' && !(bk - 1 > st->line && S_is_digit(bk[-2]));
      breve_buf w = {0};
      breve_buf_puts(&w, one ? u->one : u->many);
      breve_buf_puts(&w, S_unit_fem(u) ? " et demie" : " et demi");
      S_say_buf(st, &w);
      return ua;
    }
  }
  if (cp == 0xBD || cp == 0xBC || cp == 0xBE) {
    /* "un ¼ d'heure", "le ½ litre": the article is the one */
    static const char *const dets[] = {
        "un", "Un", "le", "Le", "ce", "Ce", "du", "au", "chaque",
        "dernier", "premier", "second", "deuxième", "troisième", NULL};
    int det = !after_num && st->prev_word && !st->prev_number &&
              st->prev_word + st->prev_len + 1 == p &&
              S_in(st->prev_word, st->prev_len, dets) >= 0;
    /* after a noun counted in words: "une heure ½" is "une heure et
     * demie", "deux heures ¼" "deux heures et quart" */
    if (!after_num && !det && cp != 0xBE && st->prev_word &&
        !st->prev_number && st->prev_word + st->prev_len + 1 == p &&
        breve_cp_is_lower((unsigned char)st->prev_word[0])) {
      static const char *const counts[] = {
          "un",   "une",  "deux", "trois", "quatre", "cinq", "six",
          "sept", "huit", "neuf", "dix",   "onze",   "douze", NULL};
      const char *e = st->prev_word;
      while (e > st->line && e[-1] == ' ')
        e--;
      const char *b = e;
      while (b > st->line && S_alnum_at(b - 1, end))
        b--;
      if (e < st->prev_word && S_in(b, (size_t)(e - b), counts) >= 0) {
        int fem = S_feminine_noun(st->prev_word, st->prev_len, 1);
        S_say(st, cp == 0xBC ? "et quart" : fem ? "et demie" : "et demi");
        return q;
      }
    }
    const char *say = cp == 0xBD ? (after_num ? "et demi"
                                    : det     ? "demi"
                                              : "un demi")
                      : cp == 0xBC
                          ? (after_num ? "et un quart"
                             : det     ? "quart"
                                       : "un quart")
                          : (after_num ? "et trois quarts" : "trois quarts");
    S_say(st, say);
    return q;
  }
  /* ⅓ ⅔ ⅕ ⅛... */
  if (cp >= 0x2153 && cp <= 0x215E) {
    static const char *const vulgar[] = {
        "un tiers",      "deux tiers",   "un cinquième",   "deux cinquièmes",
        "trois cinquièmes", "quatre cinquièmes", "un sixième", "cinq sixièmes",
        "un huitième",   "trois huitièmes", "cinq huitièmes", "sept huitièmes"};
    if (after_num)
      S_say(st, "et");
    /* "un ⅓ de la course", "le premier ⅕": the article is the one */
    static const char *const dets[] = {"un", "Un", "le", "Le", "ce", "Ce",
                                       "du", "au", "chaque", "premier",
                                       "dernier", "second", NULL};
    const char *v = vulgar[cp - 0x2153];
    if (!after_num && !memcmp(v, "un ", 3) && st->prev_word &&
        !st->prev_number && st->prev_word + st->prev_len + 1 == p &&
        S_in(st->prev_word, st->prev_len, dets) >= 0)
      v += 3;
    S_say(st, v);
    return q;
  }
  return NULL;
}

/* ------------------------------------------------------------------ */
/* Words espeak-ng reads as English                                   */

/* espeak-ng 1.51's French rules switch to English for a word holding "th"
 * or ending in a consonant and "y", unless its dictionary lists it:
 * "rythme", "enthousiasme", "Éthiopie", "Nancy", "Chambéry", "Rémy",
 * "Mathilde", "Mohamed" came out in an English voice. French reads "th" as
 * t and a final y as i, so such words get a French spelling: "thi" before
 * a vowel becomes "ty" ("Matyas", not the "ti" of "nation"), a final "th"
 * is said ("Judite", "Élisabette"), "-illy" keeps its French sound after a
 * vowel ("Neuilli") and loses it after a consonant ("Bili"), and a final
 * "-hed"/"-med" is "ède" ("Ahmède"). Words of two capitals or more are
 * left to the acronym rules; a few English words keep their spelling.
 * The respelling is used only when the lexicon's check (the engine) says
 * the word would be read in English and its respelling in French, so
 * words espeak-ng knows ("sympathie", "Mathieu") are never touched. */
static const char *const S_english_words[] = {
    "the", "The", "with", "With", "Smith", "Brother", "Brothers", "Sotheby", "Truth", "Earth", "Youth", "Keith",
    "North", "South", "Worth", "this", "This", "that", "That", "these", "those",
    "think", "thing", "things", "thank", "thanks", "Thanks", "three", "Three",
    "third", "they", "them", "then", "there", "There", "though", "through",
    "both", "Both", "month", "months", "death", "Death", "health", "Health",
    "truth", "Smith's", "faith", "Faith", "birth", "Birth", "Thanksgiving",
    "thriller", "Thriller", "Heathrow",
    /* English nouns in titles: "Daily Mail", "Lady Gaga", "Manchester
     * City" keep the English voice */
    "Daily", "City", "Lady", "Academy", "Comedy", "Society", "Story", "Party",
    "Happy", "Money", "Army", "Navy", "Valley", "Family", "Country", "Energy",
    "Technology", "University", "Gallery", "Library", "Company", "Agency",
    "Ministry", "Industry", "Liberty", "Century", "Holy", "Body", "Baby",
    "Sexy", "Funny", "Lucky", "Sunny", "Crazy", "Dirty", "Pretty", "Twenty",
    "Sorry", "Glory", "Victory", "History", "Factory", "Monday", "Friday",
    "Sunday", "Birthday", "Holiday", "Ready", "Every", "Gravity", "Reality",
    "Security", "Community", "Recovery", "Discovery", "Delivery", "Memory",
    "Mystery", "Strategy", "Policy", "Safety", "Charity", "Beauty",
    "Solidarity", "Fantasy", "penthouse", "Penthouse", "Jerry", NULL};

static int S_vowel_byte(const char *p, const char *end) {
  if (p >= end)
    return 0;
  if (strchr("aeiouyAEIOUY", *p) && *p)
    return 1;
  /* é è ê ë à â î ï ô û ù (UTF-8, two bytes from 0xC3) */
  return (unsigned char)*p == 0xC3 && p + 1 < end &&
         strchr("\xA0\xA2\xA8\xA9\xAA\xAB\xAE\xAF\xB4\xB9\xBB\x89\x88",
                p[1]) && p[1];
}

static int S_frenchify(const char *p, size_t n, breve_buf *out) {
  const char *end = p + n;
  size_t caps = 0;
  if (n < 4)
    return 0;
  for (size_t i = 0; i < n; i++)
    caps += S_is_upper_ascii(p[i]);
  if (caps >= 2)
    return 0;
  /* A word without a capital is respelled only when it looks French: an
   * accent or a French ending ("rythme", "sympathisants", "ethnies");
   * loanwords in -y are in the lexicon ("jury"), other strings (ending in
   * a, i, o, u or y) are left as written. */
  int name = S_capitalised(p, n);
  int french = name;
  for (size_t i = 0; i < n && !french; i++)
    french = (unsigned char)p[i] >= 0x80;
  if (!french)
    french = !strchr("aiouyAIOUY", p[n - 1]);
  if (!french)
    return 0;
  /* Endings of French words read in English, looked for once: verbs in
   * "-sons" after r, l or p ("bouleversons", "expulsons"), "calife",
   * "blanc-seing", "il coud", "il s'assied", "polygame" */
  const char *tail = NULL, *tail_say = NULL;
  int tail_plural = 0;
  char last = end[-1] == 's' ? end[-2] : end[-1];
  if (!name && (last == 'e' || last == 'g' || last == 'd' || last == 'n')) {
    static const char *const ends[][2] = {
        {"ife", "iffe"}, {"seing", "sein"}, {"oud", "ou"}, {"ied", "ié"},
        {"game", "gamme"}, {NULL, NULL}};
    if (n >= 5 && !memcmp(end - 4, "sons", 4) && strchr("rlp", end[-5])) {
      tail = end - 4, tail_say = "çons";
    } else {
      int plural = end[-1] == 's';
      const char *stem_end = end - plural;
      for (int i = 0; ends[i][0] && !tail; i++) {
        size_t k = strlen(ends[i][0]);
        const char *t = stem_end - k;
        if ((size_t)(stem_end - p) < k + (i == 4 ? 2 : 0) ||
            memcmp(t, ends[i][0], k))
          continue; /* "polygame", but not the English "game" */
        /* "sied" but not the "lied"; "coud", "moud" but not "cloud" */
        if (i == 3 && !(t > p && t[-1] == 's'))
          continue;
        if (i == 2 && !(t > p && (t[-1] == 'c' || t[-1] == 'm') &&
                        !(t - 1 > p && t[-2] == 'l')))
          continue;
        tail = t, tail_say = ends[i][1], tail_plural = plural;
      }
    }
  }
  int changed = 0;
  for (const char *c = p; c < end;) {
    if ((*c == 't' || *c == 'T') && c + 1 < end && c[1] == 'h') {
      const char *a = c + 2;
      if (c > p && (c[-1] == 's' || c[-1] == 'S') && a < end && *a == 'm') {
        breve_buf_put(out, c, 2); /* "asthme", "isthme" */
        c += 2;
        continue;
      }
      if (a + 1 < end && *a == 'i' && S_vowel_byte(a + 1, end)) {
        breve_buf_putc(out, *c);
        breve_buf_putc(out, 'y'); /* "Mathias" -> "Matyas" */
        c = a + 1;
      } else if ((end - a == 2 || (end - a == 3 && end[-1] == 's')) &&
                 a[0] == 'e' && a[1] == 'r' && c - p >= 2 &&
                 (c[-1] == 'u' || (c[-2] == '\xc3' && c[-1] == '\xa9'))) {
        /* a final "-ther" is said [tɛʁ], not the [te] of "-ter": "éther",
         * "Luther" (not the English "brother", "together") */
        breve_buf_putc(out, *c);
        breve_buf_puts(out, "\xc3\xa8re");
        if (end - a == 3)
          breve_buf_putc(out, 's');
        c = end;
      } else if (a == end) {
        breve_buf_puts(out, *c == 'T' ? "T" : "t"); /* a final "th" is said */
        breve_buf_puts(out, c > p && c[-1] == 'e' ? "te" : "e");
        c = a;
      } else {
        breve_buf_putc(out, *c);
        c = a;
      }
      changed = 1;
      continue;
    }
    if (name && (*c == 'y' || *c == 'Y') && c + 1 == end && c > p &&
        !(c - p >= 3 && c[-1] == 't' && c[-2] == 'i') && /* "Curiosity" */
        !S_vowel_byte(c - 1, end) && breve_cp_is_letter(S_cp(c - 1, end, NULL)) &&
        !((unsigned char)c[-1] & 0x80)) {
      /* a final y after a consonant */
      if (c - p >= 4 && c[-1] == 'l' && c[-2] == 'l' && c[-3] == 'i' &&
          !S_vowel_byte(c - 4, end)) {
        out->len -= 1; /* "Billy" -> "Bili" (the second l goes) */
        breve_buf_putc(out, 'i');
      } else {
        breve_buf_putc(out, 'i');
      }
      c++;
      changed = 1;
      continue;
    }
    if (c + 3 == end && (c[0] == 'h' || c[0] == 'm') && c[1] == 'e' &&
        c[2] == 'd' && S_is_upper_ascii(*p)) {
      breve_buf_putc(out, c[0]);
      breve_buf_puts(out, "ède"); /* "Ahmed", "Mohamed" */
      c = end;
      changed = 1;
      continue;
    }
    /* "ipède", "ipide": the English "i" of "iPad" ("insipide", "bipède",
     * "lipides") is kept French by a double p */
    if (*c == 'i' && c + 3 < end && c[1] == 'p' && S_vowel_byte(c + 2, end)) {
      const char *d = c + 2 + ((unsigned char)c[2] >= 0x80 ? 2 : 1);
      if (d < end && *d == 'd') {
        breve_buf_puts(out, "ipp");
        c += 2;
        changed = 1;
        continue;
      }
    }
    /* "Maghreb", "maghrébin": gh is g */
    if (*c == 'g' && c + 1 < end && c[1] == 'h' && c > p &&
        (c[-1] == 'a' || c[-1] == 'A') && c + 2 < end && c[2] == 'r') {
      breve_buf_putc(out, 'g');
      c += 2;
      changed = 1;
      continue;
    }
    if (c == tail) {
      breve_buf_puts(out, tail_say);
      if (tail_plural)
        breve_buf_putc(out, 's');
      c = end;
      changed = 1;
      continue;
    }
    breve_buf_putc(out, *c++);
  }
  /* the English words kept as they are, looked up only for a word that
   * would change */
  return changed && !out->oom && S_in(p, n, S_english_words) < 0;
}

/* Whether the engine reads w[0..n) in another language, remembered for
 * words of fewer than 32 bytes. */
static int S_foreign(S_st *st, const char *w, size_t n) {
  if (n >= sizeof st->asked[0].word)
    return st->check(st->check_ctx, w, n);
  size_t slot = (size_t)(S_hash(w, n) & 255);
  if (st->asked[slot].len == n && memcmp(st->asked[slot].word, w, n) == 0)
    return st->asked[slot].foreign;
  int foreign = st->check(st->check_ctx, w, n) != 0;
  memcpy(st->asked[slot].word, w, n);
  st->asked[slot].len = (unsigned char)n;
  st->asked[slot].foreign = (unsigned char)foreign;
  return foreign;
}

/* A word no rule changed: copied, or respelled when the engine would read
 * it as English and reads the respelling as French. */
static void S_plain_word(S_st *st, const char *p, size_t wl) {
  if (st->check) {
    breve_buf_clear(&st->fold);
    if (S_frenchify(p, wl, &st->fold) && S_foreign(st, p, wl) &&
        !S_foreign(st, st->fold.ptr, st->fold.len)) {
      char *alias = breve_strndup(st->fold.ptr, st->fold.len);
      if (alias) {
        S_sub(st, p, wl, alias);
        breve_free(alias);
        return;
      }
    }
  }
  S_copy(st, p, wl);
}

/* ------------------------------------------------------------------ */
/* Driver                                                             */

/* Whether b ends with an elided word and its apostrophe: "l'", "d'",
 * "qu'", "jusqu'" (not the closing quote of "'gilet jaune'"). */
static int S_elision_before(const breve_buf *b) {
  size_t n = b->len;
  if (n < 2 || b->ptr[n - 1] != '\'')
    return 0;
  char c = b->ptr[n - 2];
  int start = n < 3 || !(((b->ptr[n - 3] | 0x20) >= 'a' &&
                          (b->ptr[n - 3] | 0x20) <= 'z') ||
                         (unsigned char)b->ptr[n - 3] >= 0x80);
  if (start && strchr("ldjmnstcLDJMNSTC", c))
    return 1;
  return n >= 3 && (c == 'u' && (b->ptr[n - 3] == 'q' || b->ptr[n - 3] == 'Q'));
}

/* Inclusive writing: "les étudiant·e·s", "salarié(e)s", "directeur·rice·s",
 * "citoyen.ne.s". espeak-ng says the dots ("point") and spells the endings;
 * an anchor says both forms, "étudiantes et étudiants", or one when they
 * sound the same ("salariés"). At text[i], a separator after the letters
 * that end b; writes the forms in place of the word and returns the bytes
 * read, or 0 when the word is not written so. */
static size_t S_inclusive(const char *text, size_t len, size_t i,
                          breve_buf *b) {
  uint32_t sep;
  size_t k = breve_utf8_decode(text + i, len - i, &sep);
  if (!k || !(sep == 0xB7 || sep == 0x2022 || sep == '.' || sep == '-' ||
              sep == '('))
    return 0;
  /* the word before: two letters or more, lower case after its first */
  size_t ws = b->len, chars = 0;
  while (ws > 0) {
    unsigned char c = (unsigned char)b->ptr[ws - 1];
    if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
      ws--, chars += (c & 0xC0) != 0x80;
    else
      break;
  }
  if (chars < 2 || (ws > 0 && (b->ptr[ws - 1] == '.' || b->ptr[ws - 1] == '@' ||
                               b->ptr[ws - 1] == '/' || b->ptr[ws - 1] == '_')))
    return 0;
  /* lower case after a capital (a capital first only with a middle dot:
   * "les Français·es", not the name "Louis(e)") */
  int dot = sep == 0xB7 || sep == 0x2022;
  /* (or the first word of a letter: "Cher(e) abonné(e)") */
  int opening = ws == 0 || b->ptr[ws - 1] == '\n';
  for (size_t q = ws; q < b->len; q++)
    if ((b->ptr[q] >= 'A' && b->ptr[q] <= 'Z' &&
         (q > ws || (!dot && !opening))) ||
        (q == ws && !dot && !opening && (unsigned char)b->ptr[q] == 0xC3 &&
         q + 1 < b->len && (unsigned char)b->ptr[q + 1] < 0xA0))
      return 0;
  const char *w = b->ptr + ws;
  size_t wn = b->len - ws;
  /* the ending, then a plural: "·e·s", "·es", "(e)s", "(es)", ".e.s" */
  char f[8];
  size_t fn = 0, j = i + k;
  while (j < len && text[j] >= 'a' && text[j] <= 'z' && fn < 6)
    f[fn++] = text[j++];
  if (j + 1 < len && (unsigned char)text[j] == 0xC3 &&
      (unsigned char)text[j + 1] == 0xA8 && fn < 5) { /* "·ère" */
    f[fn++] = text[j++];
    f[fn++] = text[j++];
    while (j < len && text[j] >= 'a' && text[j] <= 'z' && fn < 6)
      f[fn++] = text[j++];
  }
  f[fn] = '\0';
  int plural = 0, seps = 1;
  if (sep == '(') {
    if (j >= len || text[j] != ')')
      return 0;
    j++;
  }
  if (!strcmp(f, "es")) {
    f[--fn] = '\0';
    plural = 1;
  } else if (sep != '(' && fn >= 3 && f[fn - 1] == 's' &&
             !(j < len && text[j] == (char)text[i])) {
    /* the plural after one separator: "chasseur·euses", "citoyen·nes" */
    f[--fn] = '\0';
    plural = 1;
  } else if (sep == '(') {
    if (j < len && text[j] == 's')
      j++, plural = 1;
  } else if (j + k < len && !memcmp(text + j, text + i, k) &&
             text[j + k] == 's') {
    j += k + 1;
    plural = 1;
    seps = 2;
  }
  if (j < len && (breve_cp_is_letter((unsigned char)text[j]) ||
                  (unsigned char)text[j] >= 0x80 ||
                  (text[j] >= '0' && text[j] <= '9')))
    return 0;
  /* a dot or a hyphen is a separator only twice: "étudiant.e.s" */
  if ((sep == '.' || sep == '-') && seps < 2)
    return 0;
  char fem[96];
  if (wn + 8 > sizeof fem)
    return 0;
  size_t mn = wn, same = 0;
  if (!strcmp(f, "s") && sep == '(') { /* "le(s) salarié(s)" */
    breve_buf_putc(b, 's');
    return j - i;
  }
  if (!strcmp(f, "e") && S_ends_with(w, wn, "er") && wn >= 4) {
    /* "usager·e", "premier·e": the feminine takes a grave accent */
    memcpy(fem, w, wn - 2);
    memcpy(fem + wn - 2, "\xc3\xa8re", 5);
  } else if (!strcmp(f, "e")) {
    memcpy(fem, w, wn);
    memcpy(fem + wn, "e", 2);
    unsigned char l = (unsigned char)w[wn - 1];
    same = S_ends_with(w, wn, "\xc3\xa9") || l == 'i' || l == 'u' ||
           l == 'l' || (l == 'r' && wn >= 2 && w[wn - 2] != 'e') ||
           S_ends_with(w, wn, "eur");
  } else if (fn == 2 && f[1] == 'e' && strchr("lnt", f[0])) {
    /* "citoyen·ne", "personnel·le", "tou·te" */
    memcpy(fem, w, wn);
    memcpy(fem + wn, f, 3);
    same = f[0] == 'l';
  } else if ((!strcmp(f, "rice") || !strcmp(f, "ice") || !strcmp(f, "trice")) &&
             S_ends_with(w, wn, "teur")) {
    memcpy(fem, w, wn - 3);
    memcpy(fem + wn - 3, "rice", 5);
  } else if (!strcmp(f, "euse") && S_ends_with(w, wn, "eur")) {
    memcpy(fem, w, wn - 3);
    memcpy(fem + wn - 3, "euse", 5);
  } else if ((!strcmp(f, "\xc3\xa8re") || !strcmp(f, "ere")) &&
             S_ends_with(w, wn, "er")) {
    memcpy(fem, w, wn - 2);
    memcpy(fem + wn - 2, "\xc3\xa8re", 5);
  } else if (!strcmp(f, "ve") && w[wn - 1] == 'f') {
    memcpy(fem, w, wn - 1);
    memcpy(fem + wn - 1, "ve", 3);
  } else if (!strcmp(f, "se") && w[wn - 1] == 'x') {
    memcpy(fem, w, wn - 1);
    memcpy(fem + wn - 1, "se", 3);
  } else {
    return 0;
  }
  /* in brackets the feminine is a footnote to the word, as in a job
   * offer: "un(e) agent(e)" is read "un agent" */
  if (sep == '(')
    same = 1;
  /* the masculine is the word itself, said first: "tou·te·s" is "tous et
   * toutes" */
  char masc[96];
  memcpy(masc, w, mn);
  masc[mn] = '\0';
  /* a preposition before is said again: "à tous et à toutes" (an
   * article is not: "les étudiants et étudiantes") */
  static const char *const again[] = {"à", "de", "pour", "par", "chez",
                                      "avec", "sans", "entre", NULL};
  size_t pe = ws, pw = ws;
  if (pe > 0 && b->ptr[pe - 1] == ' ') {
    pe--;
    pw = pe;
    while (pw > 0 && b->ptr[pw - 1] != ' ' && b->ptr[pw - 1] != '\n' &&
           b->ptr[pw - 1] != '\'')
      pw--;
  }
  char art[8] = "";
  if (pe > pw && pe - pw < sizeof art && S_in(b->ptr + pw, pe - pw, again) >= 0) {
    memcpy(art, b->ptr + pw, pe - pw);
    art[pe - pw] = '\0';
    if (art[0] >= 'A' && art[0] <= 'Z')
      art[0] = (char)(art[0] | 0x20);
  }
  b->len = ws;
  if (plural && !strcmp(masc, "tout")) /* "tout·e·s" */
    breve_buf_puts(b, "tous");
  else
    breve_buf_puts(b, masc);
  if (plural && masc[mn - 1] != 's' && masc[mn - 1] != 'x' &&
      strcmp(masc, "tout"))
    breve_buf_putc(b, 's');
  if (!same) {
    breve_buf_puts(b, " et ");
    if (art[0]) {
      breve_buf_puts(b, art);
      breve_buf_putc(b, ' ');
    }
    breve_buf_puts(b, fem);
    if (plural)
      breve_buf_putc(b, 's');
  }
  return j - i;
}

/* Does a suit of cards written after the text in `b` name a suit: after
 * a number (a bid, "4♠") or after "de" ("l'as de ♥")? */
static int S_suit_at(const breve_buf *b) {
  size_t e = b->len;
  while (e && b->ptr[e - 1] == ' ')
    e--;
  if (e && b->ptr[e - 1] >= '0' && b->ptr[e - 1] <= '9')
    return 1;
  /* a card's rank: "A♠", "R♥" */
  if (e == b->len && e && strchr("AKQJRDV", b->ptr[e - 1]) &&
      (e == 1 || b->ptr[e - 2] == ' ' || b->ptr[e - 2] == '\n' ||
       b->ptr[e - 2] == '('))
    return 1;
  return e >= 2 && b->ptr[e - 2] == 'd' && b->ptr[e - 1] == 'e' &&
         (e == 2 || b->ptr[e - 3] == ' ');
}

/* Emoji, their modifiers and the pictographs of the symbol blocks. */
static int S_pictograph(uint32_t cp) {
  if ((cp >= 0x266D && cp <= 0x266F) || cp == 0x2640 || cp == 0x2642 ||
      cp == 0x260E)
    return 0; /* the flat, natural and sharp signs are said, the signs of
                 the sexes and the telephone */
  return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
         (cp >= 0x2B00 && cp <= 0x2BFF) || (cp >= 0x231A && cp <= 0x23FF) ||
         (cp >= 0x25A0 && cp <= 0x25FF) ||
         cp == 0xFE0F || cp == 0xFE0E || cp == 0x20E3;
}

/* Whether the text written so far ends with a number and its unit (a
 * currency sign or a short unit in letters) that the number at t repeats:
 * "10 \xe2\x82\xac-20 \xe2\x82\xac", "5 km-10 km" are ranges. */
static int S_same_unit_range(const breve_buf *b, const char *t, size_t n) {
  size_t e = b->len, u = e;
  while (u > 0 && u > e - 4 &&
         ((b->ptr[u - 1] >= 'a' && b->ptr[u - 1] <= 'z') ||
          (unsigned char)b->ptr[u - 1] >= 0x80))
    u--;
  if (u == e || e - u > 3 || u == 0)
    return 0;
  /* (not hours, "9h-18h", nor ordinals, "5e-6e": each has its own
   * reading) */
  static const char *const units[] = {
      "\xe2\x82\xac", "km", "m", "cm", "mm", "kg", "g", "mg", "t", "l",
      "cl", "ml", "ha", "ans", NULL};
  if (S_in(b->ptr + u, e - u, units) < 0)
    return 0;
  size_t d = u - (b->ptr[u - 1] == ' ');
  if (d == 0 || !S_is_digit(b->ptr[d - 1]))
    return 0;
  size_t j = 0;
  while (j < n && (S_is_digit(t[j]) || (t[j] == ',' && j + 1 < n &&
                                        S_is_digit(t[j + 1]))))
    j++;
  j += j < n && t[j] == ' ';
  size_t ul = e - u;
  return j + ul <= n && !memcmp(t + j, b->ptr + u, ul) &&
         (j + ul == n || !breve_cp_is_letter((unsigned char)t[j + ul]));
}

/* Rewrites typographic characters and superscript letters. */

/* Whether a byte starts or continues a letter: ASCII letters and the
 * bytes of UTF-8 sequences (accented letters). */
static int S_is_letter_byte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         ((unsigned char)c & 0x80);
}

/* The digits of an area code in brackets opening a French number at
 * text[i]: 2 for "(01) 40 20 50 50", 4 for an overseas "(0590) 41 55 55"
 * (ten digits in all, in pairs after the brackets), or 0. */
static size_t S_area_code(const char *text, size_t len, size_t i) {
  for (size_t n = 2; n <= 4; n += 2) {
    if (i + 16 > len || text[i] != '(' || text[i + 1] != '0' ||
        text[i + n + 1] != ')' || text[i + n + 2] != ' ')
      continue;
    int ok = text[i + 2] >= '1' && text[i + 2] <= '9';
    for (size_t g = 3; g <= n && ok; g++)
      ok = text[i + g] >= '0' && text[i + g] <= '9';
    size_t pairs = (10 - n) / 2;
    for (size_t g = 0; g < pairs && ok; g++) {
      const char *d = text + i + n + 3 + g * 3;
      ok = d[0] >= '0' && d[0] <= '9' && d[1] >= '0' && d[1] <= '9' &&
           (g == pairs - 1 || d[2] == ' ');
    }
    if (ok && (i + 16 == len || !(text[i + 16] >= '0' && text[i + 16] <= '9')))
      return n;
  }
  return 0;
}

static int S_prepass(const char *text, size_t len, breve_buf *b) {
  size_t i = 0;
  uint32_t prev = 0, close = 0;
  int quoting = 0;
  while (i < len) {
    uint32_t cp;
    /* letters and digits of ASCII need no rule here: copied a run at a
     * time (no rule below looks at them but through what is written) */
    if ((text[i] >= 'a' && text[i] <= 'z') || (text[i] >= 'A' && text[i] <= 'Z') ||
        (text[i] >= '0' && text[i] <= '9')) {
      size_t j = i + 1;
      while (j < len && ((text[j] >= 'a' && text[j] <= 'z') ||
                         (text[j] >= 'A' && text[j] <= 'Z') ||
                         (text[j] >= '0' && text[j] <= '9')))
        j++;
      breve_buf_put(b, text + i, j - i);
      prev = (unsigned char)text[j - 1];
      i = j;
      continue;
    }
    /* a web page's tag in capitals, "[MISE À JOUR]", "[EN DIRECT]", is
     * words, not initials to spell (but "[AFP]" is) */
    if (text[i] == '[') {
      size_t j = i + 1, letters = 0, run = 0, longest = 0, vowels = 0;
      while (j < len && j - i < 48 && text[j] != ']') {
        unsigned char c = (unsigned char)text[j];
        if (c >= 'A' && c <= 'Z') {
          letters++, run++;
          vowels += strchr("AEIOUY", c) != NULL;
        } else if (c == 0xC3 && j + 1 < len &&
                   (unsigned char)text[j + 1] >= 0x80 &&
                   (unsigned char)text[j + 1] <= 0x9E) {
          letters++, run++, vowels++, j++; /* "À", "É" */
        } else if (c == ' ' || c == '-' || c == '\'') {
          run = 0;
        } else {
          break;
        }
        if (run > longest)
          longest = run;
        j++;
      }
      /* (with the vowels of words: "[SNCF]" stays spelled) */
      if (j < len && text[j] == ']' && letters >= 4 && longest >= 4 &&
          vowels * 10 >= letters * 3) {
        breve_buf_putc(b, '[');
        for (size_t k = i + 1; k < j; k++) {
          unsigned char c = (unsigned char)text[k];
          if (c >= 'A' && c <= 'Z')
            breve_buf_putc(b, (char)(c | 0x20));
          else if (c == 0xC3) {
            breve_buf_putc(b, (char)c);
            breve_buf_putc(b, (char)((unsigned char)text[++k] + 0x20));
          } else
            breve_buf_putc(b, (char)c);
        }
        breve_buf_putc(b, ']');
        prev = ']';
        i = j + 1;
        continue;
      }
    }
    /* "+33 (0)1 23 45 67 89", "+33 (0) 1 23...": the trunk zero is not
     * dialled from abroad and not said */
    if (text[i] == '(' && i + 3 < len && text[i + 1] == '0' &&
        text[i + 2] == ')' && i >= 2 && text[i - 1] == ' ' &&
        text[i - 2] >= '0' && text[i - 2] <= '9') {
      size_t d = text[i + 3] == ' ' && i + 4 < len ? i + 4 : i + 3;
      size_t j = i - 2;
      while (j > 0 && text[j - 1] >= '0' && text[j - 1] <= '9')
        j--;
      if (text[d] >= '1' && text[d] <= '9' && j > 0 && text[j - 1] == '+') {
        i = d;
        continue;
      }
    }
    /* "(01) 40 20 50 50", "(0590) 41 55 55": a French number with its
     * area code in brackets is read as the number it is */
    size_t area = text[i] == '(' ? S_area_code(text, len, i) : 0;
    if (area) {
      breve_buf_put(b, text + i + 1, area);
      i += area + 2;
      prev = '0';
      continue;
    }
    size_t k = breve_utf8_decode(text + i, len - i, &cp);
    if (!k) {
      breve_buf_putc(b, text[i]);
      i++;
      continue;
    }
    if ((cp == 0xB7 || cp == 0x2022 || cp == '.' || cp == '-' || cp == '(') &&
        b->len && (unsigned char)b->ptr[b->len - 1] > ' ') {
      size_t used = S_inclusive(text, len, i, b);
      if (used) {
        i += used;
        prev = 's';
        continue;
      }
    }
    /* a note's number in brackets after a word: "le rapport[3]" */
    if (cp == '[' && b->len && breve_cp_is_letter((unsigned char)b->ptr[b->len - 1]) &&
        i + 2 < len && text[i + 1] >= '0' && text[i + 1] <= '9') {
      size_t j = i + 1;
      while (j < len && j < i + 4 && text[j] >= '0' && text[j] <= '9')
        j++;
      if (j < len && text[j] == ']') {
        i = j + 1;
        continue;
      }
    }
    /* ligatures of PDF text: "le ﬁnancement", "un eﬀort" */
    if (cp >= 0xFB00 && cp <= 0xFB04) {
      static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl"};
      breve_buf_puts(b, lig[cp - 0xFB00]);
      prev = 'f';
      i += k;
      continue;
    }
    /* letters espeak-ng reads as "a" and "o": the Norwegian "Bø" and
     * "Klæbo", the Latin "ex æquo", "Lætitia", the "å" of "Ålesund"
     * (a lone "ø" before a figure is a diameter) */
    if (cp == 0xE6 || cp == 0xC6 || cp == 0xF8 || cp == 0xD8 || cp == 0xE5 ||
        cp == 0xC5) {
      uint32_t nx = 0;
      if (i + k < len)
        breve_utf8_decode(text + i + k, len - i - k, &nx);
      if ((b->len && breve_cp_is_letter((unsigned char)b->ptr[b->len - 1])) ||
          breve_cp_is_letter(nx)) {
        breve_buf_puts(b, cp == 0xE6   ? "\xc3\xa9"
                          : cp == 0xC6 ? "\xc3\x89"
                          : cp == 0xF8 ? "eu"
                          : cp == 0xD8 ? "Eu"
                          : cp == 0xE5 ? "o"
                                       : "O");
        prev = 'e';
        i += k;
        continue;
      }
    }
    /* a footnote's mark after a figure, a bracket, a quote or a full stop
     * is not said: "65 %¹ des Français", "(22 %)²", "350 €¹"; nor at the
     * start of the note */
    if (cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 ||
        (cp >= 0x2074 && cp <= 0x2079)) {
      /* (and after a word of four letters or more: "45 000 visiteurs¹";
       * "m²" and "km²" are units) */
      size_t wl = 0, e = b->len; /* letters, "é" and its kind counted once */
      while (e > 0 && wl < 8) {
        unsigned char c = (unsigned char)b->ptr[e - 1];
        if (c >= 'a' && c <= 'z')
          e--;
        else if (c >= 0x80 && c < 0xC0 && e >= 2 &&
                 (unsigned char)b->ptr[e - 2] == 0xC3)
          e -= 2;
        else
          break;
        wl++;
      }
      int note = !b->len || b->ptr[b->len - 1] == '\n' || wl >= 4 ||
                 strchr("%)].\"", b->ptr[b->len - 1]) ||
                 S_ends_with(b->ptr, b->len, "\xe2\x82\xac") ||
                 S_ends_with(b->ptr, b->len, "\xc2\xbb");
      if (note) {
        i += k;
        if (!b->len || b->ptr[b->len - 1] == '\n')
          while (i < len && text[i] == ' ')
            i++;
        continue;
      }
    }
    /* a middle dot or a plus sign opening an item of a list: "Il faudra
     * compter :· 489 €", ". + Masques obligatoires" (espeak-ng says
     * "point", "plus") */
    if ((cp == 0xB7 || cp == '+') && i + k < len && text[i + k] == ' ') {
      size_t e = b->len;
      while (e > 0 && b->ptr[e - 1] == ' ')
        e--;
      int item = !e || strchr("\n.:!?", b->ptr[e - 1]);
      if (item && cp == '+') { /* "+ 3 %" is a sign */
        size_t j = i + k + 1;
        /* (the first byte of "é" is not a capital "Ã": decode it) */
        item = j < len && (unsigned char)text[j] < 0x80 &&
               breve_cp_is_upper((unsigned char)text[j]);
        if (!item && j + 1 < len && (unsigned char)text[j] >= 0x80) {
          uint32_t v;
          if (breve_utf8_decode(text + j, len - j, &v))
            item = breve_cp_is_upper(v);
        }
      }
      if (item) {
        if (b->len && b->ptr[b->len - 1] != ' ' && b->ptr[b->len - 1] != '\n')
          breve_buf_putc(b, ' ');
        i += k + 1;
        continue;
      }
    }
    if (cp == 0xB7) { /* "col·legi", a dot between words */
      int glued = b->len && (breve_cp_is_letter((unsigned char)b->ptr[b->len - 1]) ||
                             (unsigned char)b->ptr[b->len - 1] >= 0x80);
      if (!glued)
        breve_buf_putc(b, ' ');
      i += k;
      continue;
    }
    /* "prud'hommes" is said as one word, which espeak-ng reads in English
     * with its apostrophe: "prudhommes" */
    if ((cp == '\'' || cp == 0x2019) && i >= 4 && i + k + 3 <= len &&
        !memcmp(text + i - 3, "rud", 3) &&
        (text[i - 4] == 'p' || text[i - 4] == 'P') &&
        !memcmp(text + i + k, "hom", 3)) {
      i += k;
      continue;
    }
    const char *rep = NULL;
    if (cp == '\n') {
      close = 0;
      quoting = 0;
    }
    /* a date or a fraction typed with spaces around its slashes: "le 28
     * / 11 / 2026", "1 /3 des sièges" */
    if (cp == ' ' && b->len && b->ptr[b->len - 1] >= '0' &&
        b->ptr[b->len - 1] <= '9' && i + k + 1 < len && text[i + k] == '/') {
      size_t j = i + k + 1, sp = 0;
      while (j < len && text[j] == ' ')
        j++, sp++;
      size_t d = 0;
      while (j + d < len && text[j + d] >= '0' && text[j + d] <= '9')
        d++;
      /* "28 / 11 / 2026": a second slash and a year after */
      size_t e = j + d, sp2 = 0;
      while (e < len && text[e] == ' ')
        e++, sp2++;
      int date = d >= 1 && d <= 2 && e < len && text[e] == '/' &&
                 e + 1 < len;
      if (date) {
        size_t y = e + 1;
        while (y < len && text[y] == ' ')
          y++;
        size_t yd = 0;
        while (y + yd < len && text[y + yd] >= '0' && text[y + yd] <= '9')
          yd++;
        date = yd == 4 || yd == 2;
        if (date) {
          breve_buf_putc(b, '/');
          breve_buf_put(b, text + j, d);
          breve_buf_putc(b, '/');
          breve_buf_put(b, text + y, yd);
          i = y + yd;
          prev = '0';
          continue;
        }
      }
      if (d >= 1 && sp == 0 && i > 0 && text[i - 1] >= '0' &&
          text[i - 1] <= '9') { /* "1 /3": glued to the second number */
        i += k;
        continue;
      }
    }
    /* spaces typed twice are one: "06  12  34  56  78" */
    if (cp == ' ' && prev == ' ') {
      i += k;
      continue;
    }
    /* nor is one typed after an elision: "l' État" */
    if (cp == ' ' && (prev == '\'' || prev == 0x2019) && i + k < len &&
        breve_cp_is_letter((unsigned char)text[i + k]) &&
        S_elision_before(b) && !(b->len >= 3 && b->ptr[b->len - 3] == '\'')) {
      i += k;
      continue;
    }
    /* a quotation after a word that ties to the next vowel is not marked,
     * so the tie is made as when it is read aloud: "c'est « historique »"
     * is "c'est‿historique" */
    if ((cp == 0xAB || cp == '"' || cp == 0x201C || cp == 0x2018) &&
        prev == ' ' && !close &&
        b->len >= 2 && strchr("stxzn", b->ptr[b->len - 2]) &&
        b->len >= 3 && breve_cp_is_letter((unsigned char)b->ptr[b->len - 3]) &&
        !(b->ptr[b->len - 3] == 'e' && b->ptr[b->len - 2] == 't' &&
          (b->len == 3 || b->ptr[b->len - 4] == ' '))) { /* not "et" */
      size_t j = i + k;
      while (j < len && (text[j] == ' ' ||
                         (j + 1 < len && !memcmp(text + j, "\xc2\xa0", 2)) ||
                         (j + 2 < len && !memcmp(text + j, "\xe2\x80\xaf", 3))))
        j += text[j] == ' ' ? 1 : (unsigned char)text[j] == 0xC2 ? 2 : 3;
      uint32_t v = 0;
      if (j < len)
        breve_utf8_decode(text + j, len - j, &v);
      if (v && ((v < 128 && strchr("aeiouyhAEIOUYH", (int)v)) ||
                v == 0xE9 || v == 0xE8 || v == 0xEA || v == 0xE0 ||
                v == 0xC9 || v == 0xEE || v == 0xF4)) {
        close = cp == 0xAB     ? 0xBB
                : cp == 0x201C ? 0x201D
                : cp == 0x2018 ? 0x2019
                               : '"';
        i = j;
        prev = cp;
        continue;
      }
    }
    /* a quotation mark after an elision is not said, nor its closing
     * one: espeak-ng would spell the lone "l" of "l'« affaire »" */
    /* ("l' «Hexagone»": typed with a space after the apostrophe) */
    if (prev == ' ' && (cp == '"' || cp == 0x201C || cp == 0xAB) &&
        b->len >= 3 && b->ptr[b->len - 1] == ' ' &&
        b->ptr[b->len - 2] == '\'') {
      b->ptr[--b->len] = '\0';
      if (S_elision_before(b))
        prev = '\'';
      else
        breve_buf_putc(b, ' ');
    }
    if ((prev == '\'' || prev == 0x2019) &&
        (cp == '"' || cp == 0x201C || cp == 0xAB || cp == 0x2018) &&
        S_elision_before(b)) {
      close = cp == 0x201C ? 0x201D : cp == 0xAB ? 0xBB
              : cp == 0x2018 ? 0x2019 : '"';
      i += k;
      for (;;) { /* and the spaces after it */
        if (i < len && text[i] == ' ')
          i += 1;
        else if (i + 2 <= len && !memcmp(text + i, "\xc2\xa0", 2))
          i += 2;
        else if (i + 3 <= len && !memcmp(text + i, "\xe2\x80\xaf", 3))
          i += 3;
        else
          break;
      }
      prev = cp;
      continue;
    }
    /* and a closing one before a vowel, after a word that ties to it, when
     * the marks hold a name of one to three words: "les « gilets jaunes »
     * ont" is "les gilets jaunes‿ont" (a quotation keeps its marks: "»
     * a-t-il dit") */
    if (!close &&
        (cp == 0xBB || cp == 0x201D || (cp == '"' && prev != ' ') ||
         (cp == 0x2019 && quoting)) &&
        b->len >= 2 && i + k + 1 < len && text[i + k] == ' ') {
      size_t e = b->len;
      for (;;) { /* the spaces before the mark */
        if (e > 0 && b->ptr[e - 1] == ' ')
          e--;
        else if (e >= 2 && !memcmp(b->ptr + e - 2, "\xc2\xa0", 2))
          e -= 2;
        else if (e >= 3 && !memcmp(b->ptr + e - 3, "\xe2\x80\xaf", 3))
          e -= 3;
        else
          break;
      }
      uint32_t v = 0;
      breve_utf8_decode(text + i + k + 1, len - i - k - 1, &v);
      int vowel = v && ((v < 128 && strchr("aeiouyhAEIOUYH", (int)v)) ||
                        v == 0xE9 || v == 0xE8 || v == 0xEA || v == 0xE0 ||
                        v == 0xC9 || v == 0xEE || v == 0xF4);
      const char *open = cp == 0xBB ? "\xc2\xab" : "\""; /* “ is " */
      size_t on = strlen(open), o = e, words = 0;
      int found = 0;
      if (vowel && e >= 2 && strchr("stxzn", b->ptr[e - 1]) && b->ptr[e - 1] &&
          breve_cp_is_letter((unsigned char)b->ptr[e - 2]) &&
          !(b->ptr[e - 2] == 'e' && b->ptr[e - 1] == 't' &&
            (e == 2 || b->ptr[e - 3] == ' '))) {
        while (o-- > 0 && words <= 3) {
          char c = b->ptr[o];
          if (o + on <= e && !memcmp(b->ptr + o, open, on)) {
            found = 1;
            break;
          }
          if (c == '\n' || strchr(".,;:!?()", c))
            break;
          words += c == ' ';
        }
      }
      if (found && words <= 3) {
        size_t z = o + on; /* the mark and the spaces after it */
        for (;;) {
          if (z < e && b->ptr[z] == ' ')
            z++;
          else if (z + 2 <= e && !memcmp(b->ptr + z, "\xc2\xa0", 2))
            z += 2;
          else if (z + 3 <= e && !memcmp(b->ptr + z, "\xe2\x80\xaf", 3))
            z += 3;
          else
            break;
        }
        memmove(b->ptr + o, b->ptr + z, e - z);
        b->len = e - (z - o);
        b->ptr[b->len] = '\0';
        if (cp == 0x2019)
          quoting = 0;
        prev = cp;
        i += k;
        continue;
      }
    }
    if (close && cp == close) {
      for (;;) { /* the spaces before it too */
        if (b->len && b->ptr[b->len - 1] == ' ')
          b->len -= 1;
        else if (b->len >= 2 && !memcmp(b->ptr + b->len - 2, "\xc2\xa0", 2))
          b->len -= 2;
        else if (b->len >= 3 &&
                 !memcmp(b->ptr + b->len - 3, "\xe2\x80\xaf", 3))
          b->len -= 3;
        else
          break;
      }
      if (b->ptr)
        b->ptr[b->len] = '\0';
      close = 0;
      prev = cp;
      i += k;
      continue;
    }
    /* single quotes used as quotation marks: "le mot ‘crise’"; doubled
     * ones ("‘’roué de coups’’") are one mark */
    if ((cp == 0x2018 || cp == 0x2019) && (prev == 0x2018 || prev == 0x2019) &&
        b->len && b->ptr[b->len - 1] == '"') {
      i += k;
      continue;
    }
    if (cp == 0x2018 || (cp == 0x2019 && quoting)) {
      uint32_t next = 0;
      if (i + k < len)
        breve_utf8_decode(text + i + k, len - i - k, &next);
      int letter_before = i > 0 && breve_cp_is_letter(prev);
      int letter_after = breve_cp_is_letter(next);
      if (cp == 0x2018 && !(letter_before && letter_after)) {
        quoting = 1;
        breve_buf_putc(b, '"');
        prev = cp;
        i += k;
        continue;
      }
      if (cp == 0x2019 && !letter_after) {
        quoting = 0;
        breve_buf_putc(b, '"');
        prev = cp;
        i += k;
        continue;
      }
    }
    /* the sun's mass, after a number: "2 M☉" is "deux masses solaires" */
    if (cp == 0x2609 && b->len >= 3 && b->ptr[b->len - 1] == 'M' &&
        (b->ptr[b->len - 2] == ' ' || S_is_digit(b->ptr[b->len - 2]))) {
      size_t e = b->len - 1;
      while (e > 0 && b->ptr[e - 1] == ' ')
        e--;
      if (e && S_is_digit(b->ptr[e - 1])) {
        int one = b->ptr[e - 1] == '1' &&
                  (e == 1 || !S_is_digit(b->ptr[e - 2]));
        b->len = e;
        breve_buf_puts(b, one ? " masse solaire" : " masses solaires");
        prev = 's';
        i += k;
        continue;
      }
    }
    /* stars typed as asterisks after a hotel or a campsite: "un hôtel
     * ****" is "quatre étoiles" (one alone, "Prix TTC*", is a note) */
    if (cp == '*' && b->len >= 6 && b->ptr[b->len - 1] == ' ' &&
        (S_ends_with(b->ptr, b->len - 1, "h\xc3\xb4tel") ||
         S_ends_with(b->ptr, b->len - 1, "camping") ||
         S_ends_with(b->ptr, b->len - 1, "palace"))) {
      size_t n = 0, j = i;
      while (j < len && text[j] == '*')
        n++, j++;
      if (n >= 2 && n <= 5 && (j == len || !S_is_letter_byte(text[j]))) {
        char num[3] = {(char)('0' + n), ' ', '\0'};
        breve_buf_puts(b, num);
        breve_buf_puts(b, "\xc3\xa9toiles");
        prev = 'e';
        i = j;
        continue;
      }
    }
    /* Emoji and pictographs, as pasted from social networks: espeak-ng
     * says their names ("disque rouge", "main avec index pointant à
     * droite"), which no anchor would. They are dropped with the spaces
     * after them; a star after a number is a rating ("4★"). */
    /* (a note before "=" is a metronome mark, said) */
    int metronome = 0;
    if (cp == 0x2669 || cp == 0x266A) {
      size_t ne = i + k;
      while (ne < len && text[ne] == ' ')
        ne++;
      metronome = ne < len && text[ne] == '=';
    }
    if (S_pictograph(cp) && !metronome &&
        !(cp >= 0x2660 && cp <= 0x2667 && S_suit_at(b))) {
      /* (or after a number and a space: "5 ★") */
      size_t sp = b->len >= 2 && b->ptr[b->len - 1] == ' ' &&
                  b->ptr[b->len - 2] >= '0' && b->ptr[b->len - 2] <= '9';
      if ((cp == 0x2605 || cp == 0x2B50) && b->len > sp &&
          b->ptr[b->len - 1 - sp] >= '0' && b->ptr[b->len - 1 - sp] <= '9') {
        size_t e = b->len - sp; /* just after the number */
        int one = b->ptr[e - 1] == '1' &&
                  (e == 1 || !(b->ptr[e - 2] >= '0' && b->ptr[e - 2] <= '9'));
        b->len = e;
        breve_buf_puts(b, one ? " \xc3\xa9toile" : " \xc3\xa9toiles");
        prev = 'e';
        i += k;
        continue;
      }
      /* a run of stars alone is a rating: "Restaurant Pic ★★★" is "3
       * étoiles", said by the rules on numbers */
      if (cp == 0x2605) {
        size_t n = 0, j = i;
        while (j + 3 <= len && !memcmp(text + j, "\xe2\x98\x85", 3))
          n++, j += 3;
        if (n <= 5 && (j == len || !S_is_letter_byte(text[j]))) {
          char num[4] = {(char)('0' + n), ' ', '\0', '\0'};
          if (b->len && b->ptr[b->len - 1] != ' ' && b->ptr[b->len - 1] != '\n')
            breve_buf_putc(b, ' ');
          breve_buf_puts(b, num);
          breve_buf_puts(b, n == 1 ? "\xc3\xa9toile" : "\xc3\xa9toiles");
          prev = 'e';
          i = j;
          continue;
        }
      }
      i += k;
      if (!b->len || b->ptr[b->len - 1] == ' ' || b->ptr[b->len - 1] == '\n')
        while (i < len && text[i] == ' ')
          i++;
      if (i == len || text[i] == '\n' || text[i] == '\r')
        while (b->len && b->ptr[b->len - 1] == ' ')
          b->ptr[--b->len] = '\0';
      continue;
    }
    /* never said, and no break inside a word: zero-width spaces and
     * joiners, soft hyphens, byte-order marks; the marks of "Nutella®",
     * "Coca-Cola™" */
    if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
        cp == 0xFEFF || cp == 0x00AD || cp == 0x00AE || cp == 0x2122) {
      i += k;
      continue;
    }
    /* an en dash between digits is a hyphen ("02–40–11–76–09" is a phone
     * number, "1914–1918" a span, as with "-") */
    if (cp == 0x2013 && b->len && b->ptr[b->len - 1] >= '0' &&
        b->ptr[b->len - 1] <= '9' && i + k < len && text[i + k] >= '0' &&
        text[i + k] <= '9') {
      breve_buf_putc(b, '-');
      prev = '-';
      i += k;
      continue;
    }
    /* a range between two values with their units: "5°C-10°C",
     * "20 %-25 %" */
    if ((cp == '-' || cp == 0x2013) && i + k < len && text[i + k] >= '0' &&
        text[i + k] <= '9' && b->len >= 3 &&
        ((S_ends_with(b->ptr, b->len, "\xc2\xb0" "C") &&
          b->len >= 4 && b->ptr[b->len - 4] >= '0' && b->ptr[b->len - 4] <= '9') ||
         (b->ptr[b->len - 1] == '%' &&
          ((b->ptr[b->len - 2] >= '0' && b->ptr[b->len - 2] <= '9') ||
           (b->ptr[b->len - 2] == ' ' && b->ptr[b->len - 3] >= '0' &&
            b->ptr[b->len - 3] <= '9'))) ||
         S_same_unit_range(b, text + i + k, len - i - k))) {
      /* "entre 20 %-25 %" is "entre ... et ..." */
      size_t from = b->len > 24 ? b->len - 24 : 0;
      int between = 0;
      for (size_t t = from; t + 6 <= b->len; t++)
        if (b->ptr[t] == '\n') /* (on this line only) */
          between = 0;
        else if ((!memcmp(b->ptr + t, "entre ", 6) ||
                  !memcmp(b->ptr + t, "Entre ", 6)) &&
                 (t == 0 || b->ptr[t - 1] == ' ' || b->ptr[t - 1] == '\'' ||
                  b->ptr[t - 1] == '\n'))
          between = 1;
      breve_buf_puts(b, between ? " et " : " \xc3\xa0 ");
      prev = ' ';
      i += k;
      continue;
    }
    /* inches after a screen's size: "un moniteur 27\"", "un écran de
     * 6,9\"", "une TV 65″" (not the end of a quotation: "le « 27 »") */
    if ((cp == '"' || cp == 0x2033) && b->len && b->ptr[b->len - 1] >= '0' &&
        b->ptr[b->len - 1] <= '9' &&
        !(i + k < len && (S_is_digit(text[i + k]) ||
                          breve_cp_is_letter((unsigned char)text[i + k]) ||
                          (unsigned char)text[i + k] >= 0x80))) {
      size_t quotes = 0, ls = i;
      while (ls > 0 && text[ls - 1] != '\n')
        ls--;
      for (size_t j = ls; j < i; j++) /* (not other inches: 6,9", 27") */
        quotes += text[j] == '"' && !(j > ls && S_is_digit(text[j - 1]));
      /* and not seconds: "9\"58", "1'52\"34" have a minute before */
      size_t e = b->len;
      while (e > 0 && (S_is_digit(b->ptr[e - 1]) || b->ptr[e - 1] == ','))
        e--;
      int minutes = e > 0 && (b->ptr[e - 1] == '\'' || b->ptr[e - 1] == '"');
      /* and only after a screen named just before: a closing quote
       * often follows a number in a quotation opened lines above */
      static const char *const screens[] = {
          "\xc3\xa9" "cran", "moniteur", "TV", "t\xc3\xa9l\xc3\xa9",
          "tablette", "iPad", "MacBook", "iMac", "dalle", "diagonale",
          "smartphone", "portable", "Pro", "Air", "Max", "Ultra",
          /* and plumbing: "un tuyau de 3″" */
          "tuyau", "raccord", "robinet", "vanne", NULL};
      int screen = 0;
      size_t from = e > 40 ? e - 40 : 0;
      for (size_t j = e; j > from; j--) /* (on this line only) */
        if (b->ptr[j - 1] == '\n') {
          from = j;
          break;
        }
      for (int s = 0; screens[s] && !screen; s++) {
        size_t sl = strlen(screens[s]);
        for (size_t j = from; j + sl <= e && !screen; j++)
          screen = !memcmp(b->ptr + j, screens[s], sl) &&
                   (j == 0 || !breve_cp_is_letter((unsigned char)b->ptr[j - 1]));
      }
      /* (a size with a decimal comma is in inches wherever it stands:
       * "un 13,3″"; seconds are written "9″58") */
      for (size_t j = e; j < b->len && !screen; j++)
        screen = b->ptr[j] == ',';
      if (quotes % 2 == 0 && !minutes && screen) {
        int one = b->len - e == 1 && b->ptr[e] == '1';
        breve_buf_puts(b, one ? " pouce" : " pouces");
        prev = 's';
        i += k;
        continue;
      }
      /* seconds without minutes: "avec 38\" d'avance", "à 12″" (no quote
       * left open before it or after it on the line) */
      size_t later = 0;
      for (size_t j = i + k; j < len && text[j] != '\n'; j++)
        later += text[j] == '"' && !S_is_digit(text[j - 1]);
      size_t nd = 0;
      while (e + nd < b->len && S_is_digit(b->ptr[e + nd]))
        nd++;
      static const char *const gaps[] = {
          " d'avance", " de retard", " d'\xc3\xa9" "cart", " du ", " des ",
          " derri\xc3\xa8re", " devant", NULL};
      int gap = 0;
      for (int s = 0; gaps[s] && !gap; s++)
        gap = len - i - k >= strlen(gaps[s]) &&
              !memcmp(text + i + k, gaps[s], strlen(gaps[s]));
      /* or a gap at the end of a phrase: "Dupont à 12"" */
      if (!gap && e >= 3 && !memcmp(b->ptr + e - 3, "\xc3\xa0 ", 3) &&
          (e == 3 || b->ptr[e - 4] == ' ' || b->ptr[e - 4] == '\n') &&
          (i + k == len || strchr("\n,;.)", text[i + k])))
        gap = 1;
      if (quotes % 2 == 0 && later % 2 == 0 && !minutes && !screen && gap &&
          nd >= 1 && nd <= 2 && e >= 2 && b->ptr[e - 1] == ' ' &&
          (b->ptr[e - 2] == '\xa0' || breve_cp_is_letter((unsigned char)b->ptr[e - 2]) ||
           (unsigned char)b->ptr[e - 2] >= 0x80)) {
        int one = b->len - e == 1 && b->ptr[e] == '1';
        breve_buf_puts(b, one ? " seconde" : " secondes");
        prev = 's';
        i += k;
        continue;
      }
    }
    /* a hotel's stars typed with an asterisk: "un hôtel 4*" (after a
     * number that follows such a word; "4*" alone may be a footnote) */
    if (cp == '*' && b->len >= 3 && b->ptr[b->len - 1] >= '1' &&
        b->ptr[b->len - 1] <= '5' &&
        !(i + k < len && (S_is_digit(text[i + k]) ||
                          breve_cp_is_letter((unsigned char)text[i + k])))) {
      size_t e = b->len - 1;
      while (e > 0 && b->ptr[e - 1] == ' ')
        e--;
      size_t w0 = e;
      while (w0 > 0 && b->ptr[w0 - 1] != ' ' && b->ptr[w0 - 1] != '\n')
        w0--;
      static const char *const lodgings[] = {
          "h\xc3\xb4tel", "h\xc3\xb4tels", "H\xc3\xb4tel", "palace",
          "camping", "campings", "r\xc3\xa9sidence", "restaurant",
          "restaurants", "chambre", "chambres", NULL};
      if (e < b->len - 1 && S_in(b->ptr + w0, e - w0, lodgings) >= 0) {
        breve_buf_puts(b, b->ptr[b->len - 1] == '1' ? " \xc3\xa9toile"
                                                     : " \xc3\xa9toiles");
        prev = 's';
        i += k;
        continue;
      }
    }
    /* a price or a share glued to the next sentence: "un litre : 15€Le
     * ministre" */
    if ((cp == 0x20AC || cp == '%') && b->len &&
        ((b->ptr[b->len - 1] >= '0' && b->ptr[b->len - 1] <= '9') ||
         (b->len >= 2 && b->ptr[b->len - 1] == ' ' &&
          b->ptr[b->len - 2] >= '0' && b->ptr[b->len - 2] <= '9')) &&
        i + k + 1 < len &&
        ((text[i + k] >= 'A' && text[i + k] <= 'Z') ||
         ((unsigned char)text[i + k] == 0xC3 &&
          (unsigned char)text[i + k + 1] >= 0x80 &&
          (unsigned char)text[i + k + 1] < 0xA0))) {
      breve_buf_put(b, text + i, k);
      breve_buf_putc(b, ' ');
      prev = ' ';
      i += k;
      continue;
    }
    int prev_sp = prev == ' ';
    prev = cp;
    switch (cp) {
    case 0x2044:
    case 0x2215:
      rep = "/";
      break; /* fraction slash: "1⁄3" */
    case 0x2019: case 0x2018: case 0x02BC: case 0x2032: rep = "'"; break;
    /* a grave accent typed for an apostrophe between letters: "d`abord" */
    case '`':
      if (b->len && S_is_letter_byte(b->ptr[b->len - 1]) && i + 1 < len &&
          S_is_letter_byte(text[i + 1]))
        rep = "'";
      break;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: rep = "\""; break;
    case 0x2033: rep = "''"; break; /* double prime: "9″58" */
    case 0x2026: rep = "..."; break;
    case 0x2212: /* "10 − 4": a subtraction; "− 5 h" opening a line */
      rep = (prev_sp || i == 0 || text[i - 1] == '\n') && i + k < len &&
                    text[i + k] == ' '
                ? "moins"
                : "-";
      break;
    case 0x2010: case 0x2011: rep = "-"; break;
    /* a figure dash or a horizontal bar typed for an en dash */
    case 0x2012: case 0x2015: rep = "\xe2\x80\x93"; break;
    case 0x00BA: rep = "°"; break;
    case 0x1D49: rep = "e"; break;
    case 0x02B3: rep = "r"; break;
    case 0x02E2: rep = "s"; break;
    case 0x1D48: rep = "d"; break;
    case 0x02E1: rep = "l"; break;
    case 0x1D50: rep = "m"; break;
    case 0x1D4D: rep = "g"; break;
    case 0x1D52: rep = "o"; break;
    case 0x207F: rep = "n"; break;
    case 0x2080: rep = "0"; break;
    case 0x2081: rep = "1"; break;
    case 0x2082: rep = "2"; break;
    case 0x2083: rep = "3"; break;
    case 0x2084: rep = "4"; break;
    default: break;
    }
    if (rep)
      breve_buf_puts(b, rep);
    else
      breve_buf_put(b, text + i, k);
    i += k;
  }
  return !b->oom;
}

/* Whether a line is mostly capitals (a shouted headline). */
static int S_shouting(const char *p, const char *end) {
  size_t caps = 0, lower = 0;
  while (p < end) {
    size_t n = S_letters(p, end);
    if (!n) {
      size_t k;
      S_cp(p, end, &k);
      p += k;
      continue;
    }
    int has_lower = 0;
    const char *q = p;
    while (q < p + n) {
      size_t k;
      if (breve_cp_is_lower(S_cp(q, p + n, &k)))
        has_lower = 1;
      q += k;
    }
    if (has_lower)
      lower++;
    else if (n >= 2)
      caps++;
    p += n;
  }
  return caps >= 3 && lower == 0;
}

/* Short words of a shouted headline that are French words, not acronyms
 * ("LES PRIX EN HAUSSE", "DIX BLESSÉS"). */
static const char *const S_caps_words[] = {
    "QU", "JUSQU", "LORSQU", "PUISQU", "IRA", "VIT", "MET", "MIT", "RIT",
    "EU", "VU", "SU", "PU", "NU", "DÛ", "LE", "LA", "LES", "UN", "UNE", "DES", "DU", "DE", "EN", "ET", "AU",
    "AUX", "OU", "OÙ", "PAR", "SUR", "POUR", "AVEC", "DANS", "EST", "SONT",
    "ONT", "SES", "SON", "SA", "CE", "CET", "CES", "QUI", "QUE", "PAS",
    "PLUS", "MORT", "MAI", "JUIN", "AN", "ANS", "FIN", "VERS", "TOUT", "TOUS",
    "SANS", "SOUS", "CHEZ", "DÈS", "DEUX", "SIX", "DIX", "NEUF", "HUIT",
    "SEPT", "CINQ", "ONZE", "CENT", "NON", "OUI", "NE", "NI", "SI", "IL",
    "ILS", "ELLE", "ON", "NOUS", "VOUS", "LUI", "LEUR", "MON", "MA", "MES",
    "TON", "TA", "SE", "ÉTÉ", "FAIT", "VIE", "FOIS", "TÊTE", "PRIX", "LOI",
    "LOIS", "ROI", "ÉTAT", "PAYS", "GARE", "VOTE", "VOIX", "FEU", "FEUX",
    "EAU", "MER", "AIR", "ART", "JOUR", "ÂGE", "BUT", "BUTS", "CAS", "DON",
    "DUR", "FOI", "GAZ", "JEU", "JEUX", "LAC", "MAL", "MOT", "MUR", "NUIT",
    "OR", "PAIN", "PEU", "RUE", "SOL", "SUD", "TAUX", "TAXE", "VENT", "VIN",
    "VOL", "ZONE", "TOUR", "MIX", "CODE", "NORD", "HIER", "DONT", "MAIS",
    "DONC", "CAR", "BIEN", "TRÈS", "MOIS", "ÉLU", "ÉLUS", "FACE", "CLÉ",
    "CLÉS", "RÔLE", "PEUR", "RIEN", "HAUT", "BAS", "PRÈS", "LOIN", "MÊME",
    "NOËL", "PAPE", "FILS", "MÈRE", "PÈRE", "OURS", "LOUP", "CHAT", "CHEF",
    "ÉLAN", "AIDE", "ACTE", "LIRE", "VOIR", "DIRE", "ÊTRE", "VA", "VONT",
    "VEUT", "PEUT", "DOIT", "JE", "TU", "ME", "TE", "NOS", "VOS", "TES",
    "EUX", "MOI", "TOI", "ÇA", "DIT", "TOP", "FOU", "MOU", "NUL", "BON",
    "BOL", "COL", "COU", "COQ", "CRI", "DOS", "FIL", "FIT", "GEL", "LIT",
    "LOT", "MIS", "NEZ", "NID", "OS", "PIN", "PIS", "PLI", "POT", "PUR",
    "RAS", "RIZ", "ROC", "SAC", "SEC", "SEL", "SOI", "TAS", "THÉ", "TIR",
    "TÔT", "TRI", "VIF", "VIS", "VUE", "VUS", "ZÉRO", "TROP", "HORS", "BORD",
    "PORT", "FORT", "SORT", "PART", "CLEF", "PONT", "FOND", "LONG", "BLOC",
    "PRIS", "DENT", "MARS", "VOIE", "MI", "EX", "INFO", "LOTO", "BAC",
    "PIC", "PICS", "BAT", "BATS",
    "END", /* "WEEK-END" */
    NULL};

/* Whether the letters w[0..n) are all capitals (two or more). */
static int S_all_caps(const char *w, size_t n) {
  size_t chars = 0;
  for (const char *q = w; q < w + n; chars++) {
    size_t k;
    if (!breve_cp_is_upper(S_cp(q, w + n, &k)))
      return 0;
    q += k;
  }
  return chars >= 2;
}

/* Writes one word of a shouted run as a name ("Inflation"), unless it
 * looks like an acronym or a Roman numeral (RN, CAC, SNCF, II, XV). "EST"
 * is the verb, written in small letters ("Est" would be the east). */
static void S_decap_word(const char *p, size_t n, breve_buf *out) {
  size_t k, chars = 0, vowels = 0;
  for (const char *q = p; q < p + n; chars++) {
    uint32_t c = S_cp(q, p + n, &k);
    vowels += strchr("AEIOUY", (int)c) || (c >= 0xC0 && c <= 0xDD);
    q += k;
  }
  int keep = 0, small = S_eq(p, n, "EST");
  if (chars >= 2 && S_in(p, n, S_caps_words) < 0) {
    if (strspn(p, "IVXLCDM") >= n && breve_fr_roman(p, n))
      keep = 1;
    else if (chars <= 3)
      keep = 1;
    else if (chars == 4 && (vowels == 0 ||
                            (vowels == 1 && !strchr("AEIOUY", p[n - 1]) &&
                             !strchr("AEIOUY", p[n - 2]) &&
                             !(p[n - 2] == 'R' || p[n - 2] == 'N' ||
                               p[n - 2] == 'S' || p[n - 2] == 'L'))))
      keep = 1; /* SNCF, RATP; not TROP, MORT, VENT */
    else if (chars == 4 && n == 4 && !strchr("AEIOUY", p[2]) &&
             !strchr("AEIOUY", p[3])) {
      /* two last consonants no French word ends with: "EELV", "ANPF" */
      static const char *const codas[] = {
          "RT", "RD", "RS", "RN", "RC", "RF", "RM", "RG", "RP", "RB", "ST",
          "SK", "SP", "SC", "NT", "ND", "NS", "NC", "NG", "NK", "CT", "PT",
          "FT", "XT", "LT", "LS", "LD", "LF", "LK", "LM", "LP", "MP", "MB",
          "MS", "CK", "CH", "PH", "TH", "SH", "GH", "LL", "SS", "TT", "FF",
          "RR", "NN", "MM", "PS", "TS", "KS", NULL};
      keep = S_in(p + 2, 2, codas) < 0;
    }
  }
  const char *q = p;
  for (size_t i = 0; q < p + n; i++) {
    uint32_t c = S_cp(q, p + n, &k);
    if (keep || (i == 0 && !small) || !breve_cp_is_upper(c)) {
      breve_buf_put(out, q, k);
    } else {
      char u[4];
      breve_buf_put(out, u, breve_utf8_encode(breve_cp_to_lower(c), u));
    }
    q += k;
  }
}

/* Shouted text, a whole headline or three words or more in a row ("DES
 * DÉLINQUANTS DE LA ROUTE", "INFLATION : LES PRIX EN HAUSSE DE 2,4 % EN
 * MAI"), is read as words: espeak-ng spells short capitals ("EN" is E N)
 * and reads the plural "-ES" as "é". Its words are written as names, the
 * letters after a number in small ("1ER" is 1er), acronyms and Roman
 * numerals kept. Returns 0 (out untouched) when the line has no such run. */
/* An agency dateline's place in capitals, at the start of a line, before
 * a date or the agency: "LYON, 3 déc (AFP) -", "NEW YORK (Reuters) -".
 * Returns the end of the place, or NULL. */
static const char *S_dateline(const char *line, const char *end) {
  const char *p = line;
  size_t letters = 0;
  int words = 0;
  while (p < end && words < 4) {
    size_t n = S_letters(p, end);
    if (!n || !S_all_caps(p, n))
      return NULL;
    letters += n, words++, p += n;
    if (p + 1 < end && (*p == ' ' || *p == '-')) {
      size_t m = S_letters(p + 1, end);
      if (m && S_all_caps(p + 1, m)) {
        p++;
        continue;
      }
    }
    break;
  }
  if (letters < 4)
    return NULL;
  /* (not an acronym: "SNCF, 3 déc", "RATP (AFP)") */
  for (const char *w = line; words == 1 && w < p;) {
    size_t n = S_letters(w, p);
    if (n >= 4) {
      breve_buf t = {0};
      S_decap_word(w, n, &t);
      int kept = t.len == n && !memcmp(t.ptr, w, n);
      breve_buf_free(&t);
      if (kept)
        return NULL;
    }
    w += n ? n : 1;
  }
  if (S_starts(p, end, ", ") && p + 2 < end && S_is_digit(p[2])) {
    const char *q = p + 2;
    size_t d = S_digits(q, end);
    q += d;
    if (S_starts(q, end, "er"))
      q += 2;
    if (d > 2 || !S_starts(q, end, " "))
      return NULL;
    static const char *const months[] = {
        "jan", "fév", "fev", "mar", "avr", "mai", "jui", "aoû", "aou",
        "sep", "oct", "nov", "déc", "dec", "Jan", "Fév", "Mar", "Avr",
        "Mai", "Jui", "Aoû", "Sep", "Oct", "Nov", "Déc", NULL};
    q++;
    for (int i = 0; months[i]; i++)
      if (S_starts(q, end, months[i]))
        return p;
    return NULL;
  }
  if (S_starts(p, end, " (")) {
    static const char *const agencies[] = {
        "AFP",  "Reuters", "AP",   "Belga", "ATS",       "APS",
        "MAP",  "ANSA",    "DPA",  "dpa",   "Xinhua",    "Bloomberg",
        "Sipa", "EFE",     "Kyodo", "Yonhap", "Interfax", NULL};
    size_t n = S_letters(p + 2, end);
    if (n && p + 2 + n < end && p[2 + n] == ')' &&
        S_in(p + 2, n, agencies) >= 0)
      return p;
  }
  return NULL;
}

static int S_decapitalise(const char *line, const char *end, breve_buf *out) {
  /* find the runs: capital words separated by no lowercase letter */
  const char *run_start = NULL, *last_end = NULL;
  const char *spans[64][2];
  int nspans = 0, words = 0, any_lower = 0, score = 0, listed = 0;
  /* a dateline's place is a name: "LYON" is Lyon, not L Y O N */
  const char *place = S_dateline(line, end);
  if (place) {
    spans[0][0] = line;
    spans[0][1] = place;
    nspans = 1;
  }
  for (const char *p = place ? place : line; p <= end;) {
    if (p < end && run_start && words == 1 && S_is_digit(*p) &&
        !S_is_digit(p[-1])) {
      const char *q = p + S_digits(p, end);
      score |= q < end && *q == '-' && S_digits(q + 1, end);
    }
    size_t n = p < end ? S_letters(p, end) : 0;
    int caps = n && S_all_caps(p, n);
    size_t k1 = 0;
    if (n)
      S_cp(p, end, &k1);
    int lower_word = n && !caps && !(n == k1 && S_upper_at(p, end));
    if (lower_word && run_start) {
      /* a heading glued to the sentence after it: "BESOINSPendant" */
      const char *q = p, *prev_cap = NULL;
      size_t k, ups = 0;
      while (q < p + n && breve_cp_is_upper(S_cp(q, p + n, &k)))
        prev_cap = q, q += k, ups++;
      if (ups >= 4 && q < p + n && breve_cp_is_lower(S_cp(q, p + n, NULL))) {
        words++;
        last_end = prev_cap;
      }
    }
    if (caps) {
      if (!run_start)
        run_start = p, words = 0, score = 0, listed = 0;
      words++;
      last_end = p + n;
    }
    if (lower_word)
      any_lower = 1;
    if ((lower_word || p >= end) && run_start) {
      /* three capital words, or a whole line of two ("CODE CIVIL") */
      /* (not a score between two clubs, "OL 1-1 ASSE", nor two names,
       * "MBDA & KNDS", "CP + CE1") */
      if ((words >= 3 ||
           (words == 2 && p >= end && !any_lower && !score && !listed)) &&
          nspans < 64) {
        spans[nspans][0] = run_start;
        spans[nspans][1] = last_end;
        nspans++;
      }
      run_start = NULL;
    }
    if (p >= end)
      break;
    if (n) {
      p += n;
    } else {
      size_t k;
      if (run_start && (*p == '&' || *p == '+' ||
                        (*p == ',' && p + 1 < end && p[1] == ' ')))
        listed = 1;
      S_cp(p, end, &k);
      p += k;
    }
  }
  if (!nspans)
    return 0;
  const char *p = line;
  for (int i = 0; i < nspans; i++) {
    breve_buf_put(out, p, (size_t)(spans[i][0] - p));
    for (p = spans[i][0]; p < spans[i][1];) {
      size_t k;
      uint32_t cp = S_cp(p, spans[i][1], &k);
      if (S_is_digit(*p)) {
        /* a number and the letters glued to it: "1ER" */
        while (p < spans[i][1] && S_is_digit(*p))
          breve_buf_putc(out, *p++);
        while (p < spans[i][1]) {
          cp = S_cp(p, spans[i][1], &k);
          if (!breve_cp_is_letter(cp))
            break;
          char u[4];
          breve_buf_put(out, u, breve_utf8_encode(breve_cp_to_lower(cp), u));
          p += k;
        }
      } else if (breve_cp_is_letter(cp)) {
        size_t n = S_letters(p, spans[i][1]);
        size_t k1;
        S_cp(p, p + n, &k1);
        if (S_all_caps(p, n) && place && p < place) {
          /* a place: its first letter kept, the rest in small */
          size_t k0;
          S_cp(p, p + n, &k0);
          breve_buf_put(out, p, k0);
          for (const char *q = p + k0; q < p + n;) {
            char u[4];
            uint32_t c = S_cp(q, p + n, &k);
            breve_buf_put(out, u, breve_utf8_encode(breve_cp_to_lower(c), u));
            q += k;
          }
        } else if (S_all_caps(p, n)) {
          S_decap_word(p, n, out);
        } else if (n == k1 && p > line && (p[-1] == '\'' || p[-1] == '\xE2')) {
          /* a lone letter after an elision: "N'A PAS" is "N'a pas" (espeak-ng
           * said "N apostrophe A") */
          char u[4];
          breve_buf_put(out, u, breve_utf8_encode(breve_cp_to_lower(cp), u));
        } else {
          breve_buf_put(out, p, n);
        }
        p += n;
      } else {
        breve_buf_put(out, p, k);
        p += k;
      }
    }
    if (p < end && breve_cp_is_letter(S_cp(p, end, NULL)))
      breve_buf_putc(out, ' ');
  }
  breve_buf_put(out, p, (size_t)(end - p));
  return 1;
}

/* A compound in capitals inside a sentence, "à la MI-TEMPS",
 * "l'ANTI-CORRUPTION", "les SANS-ABRI": words, not acronyms, when every
 * part would be read as a word in a shouted line. "CGT-FO", "PARIS-SG" and
 * "SARS-COV-2" keep their acronyms. */
static const char *S_rule_caps_compound(S_st *st, const char *p, size_t wl) {
  const char *end = st->end, *q = p;
  if (p + wl + 1 >= end || (p[wl] != '-' && p[wl] != '\xe2'))
    return NULL; /* (most words) */
  /* two months joined by a hyphen, "juillet-août": a pause between them
   * (espeak-ng joined them, "juillet-t-août") */
  if (p + wl + 1 < end && p[wl] == '-' && !(p > st->line && p[-1] == '-') &&
      S_month_word(p, end) >= 0 && S_month_word(p + wl + 1, end) >= 0 &&
      !S_upper_at(p + 1, end)) {
    S_copy(st, p, wl);
    S_copy(st, ", ", 2);
    return p + wl + 1;
  }
  /* and by a dash, a span: "avril–novembre" is "avril à novembre"
   * (two months in a row are two: "juillet–août") */
  int m1, m2;
  if (p + wl + 3 < end && S_starts(p + wl, end, "\xe2\x80\x93") &&
      (m1 = S_month_word(p, end)) >= 0 &&
      (m2 = S_month_word(p + wl + 3, end)) >= 0) {
    S_copy(st, p, wl);
    if (m2 == (m1 + 1) % 12)
      S_copy(st, ", ", 2);
    else
      S_say(st, "\xc3\xa0");
    return p + wl + 3;
  }
  if (p + wl + 1 >= end || p[wl] != '-' || (p > st->line && p[-1] == '-'))
    return NULL;
  breve_buf t = {0};
  for (;;) {
    size_t n = S_letters(q, end), from = t.len;
    if (!S_all_caps(q, n))
      break;
    S_decap_word(q, n, &t);
    if (t.len - from == n && !memcmp(t.ptr + from, q, n))
      break; /* an acronym, kept */
    q += n;
    if (q + 1 < end && *q == '-' && S_upper_at(q + 1, end)) {
      breve_buf_putc(&t, *q++);
      continue;
    }
    if (!S_alnum_at(q, end) && !(q < end && *q == '-') && !t.oom) {
      /* (all in small letters: "Est" would be the east) */
      breve_buf low = {0};
      for (const char *c = t.ptr; c < t.ptr + t.len;) {
        size_t k;
        char u[4];
        uint32_t cp = S_cp(c, t.ptr + t.len, &k);
        breve_buf_put(&low, u, breve_utf8_encode(breve_cp_to_lower(cp), u));
        c += k;
      }
      breve_buf_putc(&low, '\0');
      if (!low.oom)
        S_sub(st, p, (size_t)(q - p), low.ptr);
      breve_buf_free(&low);
      breve_buf_free(&t);
      return q;
    }
    break;
  }
  breve_buf_free(&t);
  return NULL;
}

static void S_line(S_st *st) {
  const char *p = st->line, *end = st->end;
  uint32_t prev = ' ';
  st->shouting = S_shouting(p, end);
  st->prev_word = NULL;
  st->prev_len = 0;
  st->prev_number = 0;
  st->inner_quote = 0;
  st->close_known = 0;
  /* (nothing of the line before: "l'A7" then "-3 200 abonnés") */
  st->glued = 0;
  st->det_before = 0;
  st->date_word = 0;
  st->num_list = 0;
  st->in_list = 0;
  int chunk_start = 1;
  while (p < end) {
    size_t k;
    uint32_t cp = S_cp(p, end, &k);
    const char *q = NULL;
    /* a word starts after a space or a symbol, at a number glued to
     * letters ("A320"), and at letters glued to a number ("A320neo") */
    int word_start = !S_alnum_cp(prev) ||
                     (breve_cp_is_digit(cp) && !breve_cp_is_digit(prev)) ||
                     (breve_cp_is_digit(prev) && breve_cp_is_letter(cp));
    if (word_start && S_alnum_cp(cp)) {
      if (chunk_start)
        q = S_rule_web(st, p);
      if (!q && breve_cp_is_digit(cp)) {
        static const char *const dets[] = {"le", "la", "les", "au", "aux",
                                           "du", "Le", "La", "Les", "Au",
                                           "Du", NULL};
        st->det_before = p == st->line ||
                         (st->prev_word && !st->prev_number &&
                          S_in(st->prev_word, st->prev_len, dets) >= 0);
        static const char *const date_words[] = {
            "le",    "du",    "au",     "dès",   "depuis", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "Le", "Du",
            "Au",    "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi",
            "Samedi", "Dimanche", "Lun", "Mar", "Mer", "Jeu", "Ven", "Sam",
            "Dim",   "lun",   "mar",   "ven",  "sam",  "dim",
            NULL};
        st->date_word = st->prev_word && !st->prev_number &&
                        (S_in(st->prev_word, st->prev_len, date_words) >= 0 ||
                         /* "mer. 2/12", "jeu. 3/12" (not the sea) */
                         ((S_eq(st->prev_word, st->prev_len, "mer") ||
                           S_eq(st->prev_word, st->prev_len, "jeu")) &&
                          st->prev_word + st->prev_len < end &&
                          st->prev_word[st->prev_len] == '.'));
        /* the second of two days: "les 2 et 9/12" */
        if (!st->date_word && st->prev_word &&
            S_eq(st->prev_word, st->prev_len, "et") &&
            st->prev_word - st->line >= 6) {
          const char *t = st->prev_word - 1, *d = t;
          while (d > st->line && S_is_digit(d[-1]) && t - d < 3)
            d--;
          const char *w = d - 1;
          while (w > st->line && breve_cp_is_letter((unsigned char)w[-1]))
            w--;
          st->date_word = *t == ' ' && t - d >= 1 && t - d <= 2 &&
                          d - st->line >= 3 && d[-1] == ' ' &&
                          (S_eq(w, (size_t)(d - 1 - w), "les") ||
                           S_eq(w, (size_t)(d - 1 - w), "Les"));
        }
        st->glued = breve_cp_is_letter(prev);
        /* a number joined to a name by a hyphen is said after it, not
         * run into it: "Paris-8" is "Paris huit" (espeak-ng would glide
         * "ri-huit") */
        if (prev == '-' && p - st->line >= 2 &&
            breve_cp_is_letter((unsigned char)p[-2]) && st->out->len &&
            st->out->ptr[st->out->len - 1] == '-')
          st->out->ptr[st->out->len - 1] = ' ';
        q = S_rule_number(st, p);
        if (q) {
          st->prev_number = 1;
          st->prev_word = NULL;
        }
      } else if (!q) {
        size_t wl = S_letters(p, end);
        unsigned times;
        const char *te;
        if (wl == 1 && *p == 'x' && st->prev_number && p - st->line >= 2 &&
            p[-1] == ' ' && S_is_digit(p[-2]) && p + 2 < end && p[1] == '/' &&
            S_in(p + 2, S_letters(p + 2, end), S_per_words) >= 0) {
          /* a dose: "3 x/jour" is "trois fois par jour" */
          S_say(st, "fois");
          q = p + 1;
        } else if (wl == 1 && *p == 'x' && st->prev_number &&
                   p - st->line >= 2 && p[-1] == ' ' &&
                   breve_cp_is_letter((unsigned char)p[-2]) && p + 2 < end &&
                   p[1] == ' ' && S_is_digit(p[2])) {
          /* dimensions: "25 m x 12 m" is "vingt-cinq mètres sur douze"
           * (but "2 h x 25 €" is a product, "fois") */
          S_say(st, p[-2] == 'm' ? "sur" : "fois");
          q = p + 1;
        } else if (wl == 1 && *p == 'x' && st->prev_number && p + 2 < end &&
                   p[1] == ' ' &&
                   (S_is_digit(p[2]) || /* "x l. 50 cm" */
                    (p + 5 < end && strchr("LlHhPp", p[2]) && p[3] == '.' &&
                     p[4] == ' ' && S_is_digit(p[5]))) &&
                   p - st->line >= 2 && p[-1] == ' ' &&
                   !breve_cp_is_letter((unsigned char)p[-2])) {
          /* "200 € x 12 mois", but "73 x 92 cm" is a size (and a
           * labelled one a list: "L. 110 x l. 50 cm" is "longueur cent
           * dix, largeur cinquante centimètres") */
          int dims =
              S_dims_follow(p + 1, end, 0, S_number_before(st->line, p));
          if (dims && !S_is_digit(p[2]))
            S_pause(st);
          else
            S_say(st, dims ? "sur" : "fois");
          q = p + 1;
        } else if (wl == 1 && *p == 'x' && p + 2 < end && p[1] == ' ' &&
                   S_is_digit(p[2]) &&
                   ((st->prev_word && !st->prev_number && st->prev_len >= 3 &&
                     p > st->line && p[-1] == ' ') ||
                    p == st->line)) { /* "x 2" alone */
          S_say(st, S_times_word(st)); /* "le prix x 2" */
          q = p + 1;
        } else if (wl == 1 && *p == 'x' && p + 1 < end && S_is_digit(p[1]) &&
                   (te = S_small(p + 1, end, 1, 4, 2, 1000, &times)) &&
                   S_ends_clean(te, end) &&
                   (times <= 20 || times == 50 || times == 100 ||
                    times == 1000)) {
          /* "x10": ten times (but "x86" is a processor family) */
          S_say(st, S_times_word(st));
          q = p + 1;
        } else if (!(q = S_rule_magnitude(st, p, wl)) &&
                   !(q = S_rule_greek(st, p, wl)) &&
                   !(q = S_rule_code_amount(st, p, wl)) &&
                   !(q = S_rule_blood(st, p, wl)) &&
                   !(q = S_rule_nation(st, p, wl)) &&
                   !(q = S_rule_abbr(st, p, wl)) &&
                   !(q = S_rule_roman(st, p, wl)) &&
                   !(q = S_rule_dotted(st, p, wl)) &&
                   !(q = S_rule_lexicon(st, p, wl)) &&
                   !(p + wl < end && (p[wl] == '-' || p[wl] == '\xe2') &&
                     (q = S_rule_caps_compound(st, p, wl))) &&
                   !(q = S_rule_acronym(st, p, wl))) {
          S_plain_word(st, p, wl);
          q = p + wl;
        }
        st->prev_number = 0;
        st->prev_word = p;
        st->prev_len = wl;
      }
    } else if (!S_alnum_cp(cp)) {
      if (cp == '.' && chunk_start)
        q = S_rule_tld(st, p);
      if (!q)
        q = S_rule_symbol(st, p, cp, k, prev);
    }
    if (!q || q <= p) {
      S_copy(st, p, k);
      q = p + k;
    }
    /* The code point before the next position. */
    const char *b = q - 1;
    while (b > p && ((unsigned char)*b & 0xC0) == 0x80)
      b--;
    prev = S_cp(b, end, NULL);
    chunk_start = breve_cp_is_space(prev) || prev == '(' || prev == '<' ||
                  prev == '[' || prev == '"' || prev == '\'' || prev == 0xAB;
    p = q;
  }
}

/* Nouns with a mute h that follow numbers in the news: espeak-ng 1.51
 * makes the liaison of "deux heures" but not of "vingt heures" or "cent
 * hommes". Nouns with an aspirated h (héros, hausse, haricot) are not
 * here. */
static const char *const S_mute_h[] = {
    "heure",        "heures",       "homme",       "hommes",
    "habitant",     "habitants",    "hectare",     "hectares",
    "hectolitre",   "hectolitres",  "hôpital",     "hôpitaux",
    "hôtel",        "hôtels",       "hiver",       "hivers",
    "hélicoptère",  "hélicoptères", "humain",      "humains",
    "heureux",      "hommage",      "hommages",    "horaire",
    "horaires",     "hypothèse",    "hypothèses",  "histoire",
    "histoires",    "habitation",   "habitations", "hospitalisations",
    "hospitalisés", "homicide",     "homicides",   "humanitaires",
    "héritiers",    "hôtes",        "hôtesses",    "huîtres",
    "hymnes",       "hectomètres",  "hémicycles",  NULL};

/* Whether the word "vingt" or "cent" ends at b->ptr[i] (exclusive) and
 * starts a word. */
static int S_liaison_number(const breve_buf *b, size_t from, size_t i) {
  static const char *const nums[] = {"vingt", "cent", NULL};
  for (size_t k = 0; nums[k]; k++) {
    size_t n = strlen(nums[k]);
    if (i - from < n || memcmp(b->ptr + i - n, nums[k], n) != 0)
      continue;
    if (i - n == from)
      return (int)n;
    char c = b->ptr[i - n - 1];
    if (c == ' ' || c == '-' || c == '\'' || c == '(')
      return (int)n;
  }
  return 0;
}

/* Ends a rewrite of the line from `from`: t holds the new text up to
 * `last` in b; the rest of b is appended and t replaces the line. Nothing
 * changes when t is empty. */
static void S_splice_end(breve_buf *b, size_t from, breve_buf *t,
                         size_t last) {
  if (!t->len && !t->oom)
    return;
  breve_buf_put(t, b->ptr + last, b->len - last);
  b->len = from;
  breve_buf_put(b, t->ptr ? t->ptr : "", t->len);
  if (t->oom)
    b->oom = 1;
  breve_buf_free(t);
}

/* A byte of a word: an ASCII letter or digit, or any byte of a UTF-8
 * sequence (the accented letters). */
static int S_word_byte(char c) {
  unsigned char u = (unsigned char)c;
  return u >= 0x80 || (u >= '0' && u <= '9') ||
         ((u | 0x20) >= 'a' && (u | 0x20) <= 'z');
}

/* Whether "cent" ending at b->ptr[i] (a space) takes its t before the
 * next word, as "cent ans", "cent euros" do [sɑ̃t]: a word from a vowel,
 * not a number ("cent un", "cent onze", "cent huit"), nor a small word
 * after which French makes no liaison, nor after "pour" ("5 pour cent
 * en plus"). */
static int S_cent_liaison(const breve_buf *b, size_t from, size_t i) {
  static const char *const no[] = {
      "un",    "une",    "onze",  "onzième", "unième", "huit",   "huitième",
      "huitièmes", "à",  "a",     "et",      "ou",     "en",     "au",
      "aux",   "est",    "il",    "elle",    "on",     "y",      "ont",
      "environ", "après", "avant", "ici",    "elles",  "ils",
      NULL};
  const char *p = b->ptr + i + 1, *end = b->ptr + b->len;
  size_t n = 0;
  while (p + n < end && S_word_byte(p[n]))
    n++;
  if (!n || S_in(p, n, no) >= 0)
    return 0;
  unsigned char c = (unsigned char)*p;
  int vowel = (c < 0x80 && strchr("aeiouyAEIOUY", c)) ||
              (c == 0xC3 && n >= 2 && /* é, è, ê, â, î, ô, É */
               strchr("\xa9\xa8\xaa\xa2\xae\xb4\x89", p[1]));
  if (!vowel)
    return 0;
  return !(i - from >= 9 && !memcmp(b->ptr + i - 9, "pour cent", 9));
}

/* Whether p starts a subject put after its verb: "il", "elle", "on",
 * "ils", "elles", as a word. */
static int S_inverted_subject(const char *p, const char *end) {
  static const char *const subj[] = {"il", "elle", "on", "ils", "elles",
                                     NULL};
  size_t n = 0;
  while (p + n < end && S_word_byte(p[n]))
    n++;
  return n && S_in(p, n, subj) >= 0;
}

/* With BREVE_OPT_ESPEAK_FIXES, writes around what espeak-ng 1.51 reads
 * wrongly, in every line from `from`:
 * - "tième" after "ui" or "n" is read "sième", like the "ti" of "nation"
 *   ("dix-huissième siècle", "cent-sième"): the t is doubled, "huittième";
 * - "vingt" and "cent" lose their t before a mute h ("vingt heures" is
 *   "vin heures"): written "vinte", "cente"; "cent" loses it before a
 *   vowel too ("cent ans" is "cen ans"): "cente ans";
 * - "Jésus-Christ" gets the st of "le Christ": written "Jésus-Cri";
 * - "dix-neuvième" loses its z ("di-neuvième"): written "diz-neuvième";
 * - "quatre-vingt-deux" to "quatre-vingt-neuf" and "quatre-vingt-onze"
 *   get the t of "vingt": every "quatre-vingt-" is written "quatre-vin-";
 * - "six", "dix", "huit" lose their last sound before "tiret" ("loi n°
 *   2026-87"): a comma keeps it;
 * - "kilomètres-heure", "milliampères-heure" get a z before "heure":
 *   written "kilomètre-heure", "milliampère-heure";
 * - a verb in "-ond", "-erd", "-ord" before its subject ("répond-il",
 *   "perd-elle", "mord-on") loses the t it takes ("prend-il" keeps it):
 *   written "répond-t-il".
 * (The sign "+" is written "plusse" by the symbol rules: S_plus.) */
static void S_fix_espeak(breve_buf *b, size_t from) {
  static const char tieme[] = "ti\xc3\xa8me";
  static const char christ[] = "J\xc3\xa9sus-Christ";
  size_t n = strlen(tieme), nc = strlen(christ);
  if (!b->ptr || b->len - from < n + 1)
    return;
  breve_buf t = {0};
  size_t last = from;
  for (size_t i = from; i < b->len; i++) {
    if (i > from && i + n <= b->len && memcmp(b->ptr + i, tieme, n) == 0) {
      char c = b->ptr[i - 1];
      int after_ui = c == 'i' && i >= from + 2 && b->ptr[i - 2] == 'u';
      if (c == 'n' || after_ui) {
        breve_buf_put(&t, b->ptr + last, i - last);
        breve_buf_putc(&t, 't');
        last = i;
      }
    } else if (i > from && b->ptr[i] == ' ' && i + 1 < b->len &&
               b->ptr[i + 1] == 'h' && S_liaison_number(b, from, i)) {
      size_t e = i + 1;
      while (e < b->len && b->ptr[e] != ' ' && b->ptr[e] != ',' &&
             b->ptr[e] != '.' && b->ptr[e] != '\n' && b->ptr[e] != ')')
        e++;
      if (S_in(b->ptr + i + 1, e - i - 1, S_mute_h) >= 0) {
        int vingt = b->ptr[i - 2] == 'g';
        breve_buf_put(&t, b->ptr + last, i - last - (vingt ? 2 : 0));
        breve_buf_puts(&t, vingt ? "te" : "e"); /* "vinte", "cente" */
        last = i;
      }
    } else if (i > from && b->ptr[i] == ' ' && i + 1 < b->len &&
               S_liaison_number(b, from, i) == 4 &&
               S_cent_liaison(b, from, i)) {
      breve_buf_put(&t, b->ptr + last, i - last);
      breve_buf_putc(&t, 'e'); /* "cente ans" */
      last = i;
    } else if ((b->ptr[i] == 'd' || b->ptr[i] == 'D') &&
               i + 9 <= b->len && memcmp(b->ptr + i + 1, "ix-neuvi", 8) == 0 &&
               (i == from || !S_word_byte(b->ptr[i - 1]))) {
      breve_buf_put(&t, b->ptr + last, i + 2 - last);
      breve_buf_putc(&t, 'z');
      last = i + 3;
    } else if (b->ptr[i] == 'v' && i >= from + 7 && i + 6 <= b->len &&
               memcmp(b->ptr + i - 7, "quatre-vingt-", 13) == 0) {
      breve_buf_put(&t, b->ptr + last, i + 3 - last); /* "vin" */
      last = i + 5;                                   /* from the "-" */
    } else if (b->ptr[i] == ' ' && i >= from + 3 && i + 6 <= b->len &&
               !memcmp(b->ptr + i + 1, "tiret", 5) &&
               (!memcmp(b->ptr + i - 3, "six", 3) ||
                !memcmp(b->ptr + i - 3, "dix", 3) ||
                (i >= from + 4 && !memcmp(b->ptr + i - 4, "huit", 4)))) {
      breve_buf_put(&t, b->ptr + last, i - last);
      breve_buf_putc(&t, ',');
      last = i;
    } else if (b->ptr[i] == 's' && i >= from + 2 && i + 7 <= b->len &&
               b->ptr[i - 1] >= 'a' && b->ptr[i - 1] <= 'z' &&
               !memcmp(b->ptr + i + 1, "-heure", 6)) {
      breve_buf_put(&t, b->ptr + last, i - last);
      last = i + 1;
    } else if (b->ptr[i] == '-' && i >= from + 3 && b->ptr[i - 1] == 'd' &&
               (!memcmp(b->ptr + i - 3, "on", 2) ||
                !memcmp(b->ptr + i - 3, "er", 2) ||
                !memcmp(b->ptr + i - 3, "or", 2)) &&
               S_inverted_subject(b->ptr + i + 1, b->ptr + b->len)) {
      breve_buf_put(&t, b->ptr + last, i + 1 - last);
      breve_buf_puts(&t, "t-"); /* "répond-t-il" */
      last = i + 1;
    } else if (i + nc <= b->len && memcmp(b->ptr + i, christ, nc) == 0 &&
               (i + nc == b->len ||
                !S_alnum_at(b->ptr + i + nc, b->ptr + b->len))) {
      breve_buf_put(&t, b->ptr + last, i - last);
      breve_buf_puts(&t, "J\xc3\xa9sus-Cri");
      last = i + nc;
    }
  }
  S_splice_end(b, from, &t, last);
}

/* espeak-ng reads a capital "L'" before a lone capital letter as "L
 * apostrophe" ("L'O.M.S", "L'A trois cent quatre-vingts"): it is written
 * "l'" there, which changes nothing else. */
static void S_lower_elided_l(breve_buf *b, size_t from) {
  for (size_t i = from; i + 2 < b->len; i++) {
    if (b->ptr[i] != 'L' || b->ptr[i + 1] != '\'' ||
        !S_is_upper_ascii(b->ptr[i + 2]))
      continue;
    if (i > from && breve_cp_is_letter((unsigned char)b->ptr[i - 1]))
      continue;
    char c = i + 3 < b->len ? b->ptr[i + 3] : ' ';
    if (!(c >= 'a' && c <= 'z') && !((unsigned char)c & 0x80))
      b->ptr[i] = 'l';
  }
}

/* espeak-ng 1.51 reads an elided word before the letter H in English
 * ("d'H.L.M" is "der-eitch L M"): the letter is written by its name,
 * "d'ache L.M", "l'ache A.S". */
static void S_fix_elided_h(breve_buf *b, size_t from) {
  breve_buf t = {0};
  size_t last = from;
  for (size_t i = from + 1; i + 1 < b->len; i++) {
    if (b->ptr[i] != '\'' || b->ptr[i + 1] != 'H')
      continue;
    char c = i + 2 < b->len ? b->ptr[i + 2] : ' ';
    if ((c >= 'a' && c <= 'z') || ((unsigned char)c & 0x80))
      continue; /* a word: "l'Hexagone" */
    /* the elided word: one letter at a word's start, or "qu" */
    char e = b->ptr[i - 1] | 0x20;
    int one = strchr("ldjmnstc", e) &&
              (i - 1 == from || !breve_cp_is_letter((unsigned char)b->ptr[i - 2]));
    int qu = e == 'u' && i >= from + 2 && (b->ptr[i - 2] | 0x20) == 'q';
    if (!one && !qu)
      continue;
    breve_buf_put(&t, b->ptr + last, i + 1 - last);
    breve_buf_puts(&t, c == '.' ? "ache " : "ache");
    last = i + 2 + (c == '.');
  }
  S_splice_end(b, from, &t, last);
}

/* espeak-ng 1.51 reads a word with two apostrophes in English:
 * "d'aujourd'hui" is "dodjedhui". Its second apostrophe goes
 * ("d'aujourdhui"), which it reads right; "aujourd'hui" alone is read
 * right and kept. */
static void S_fix_aujourdhui(breve_buf *b, size_t from) {
  static const char word[] = "'aujourd'hui";
  size_t n = sizeof word - 1, o = from;
  /* nothing to do on almost every line (the buffer ends with a NUL; a
   * NUL inside a line only hides a later "aujourd'hui") */
  if (!b->ptr || b->len - from < n || !strstr(b->ptr + from, "ujourd'hui"))
    return;
  for (size_t i = from; i < b->len; i++) {
    if (i + n <= b->len && i > from && (b->ptr[i + 1] | 0x20) == 'a' &&
        memcmp(b->ptr + i + 2, word + 2, n - 2) == 0 && b->ptr[i] == '\'') {
      memmove(b->ptr + o, b->ptr + i, 8); /* "'aujourd" */
      o += 8;
      i += 9; /* the second apostrophe is dropped */
    }
    b->ptr[o++] = b->ptr[i];
  }
  b->len = o;
  if (b->ptr)
    b->ptr[o] = '\0';
}

/* espeak-ng 1.51 reads "qu'" before an h in English: "qu'hier" is
 * "kwhier", "qu'Hollande" "kwholland". The h is dropped ("qu'Ollande",
 * "qu'omme"), and the two words whose ending would then read [e] keep
 * their [ɛʁ]: "qu'ièr", "qu'ivèr". "jusqu'hier" is read right and kept. */
static void S_fix_qu_h(breve_buf *b, size_t from) {
  size_t o = from;
  int any = 0; /* most lines have no "qu'h": leave them at once */
  for (const char *a = b->ptr ? memchr(b->ptr + from, '\'', b->len - from)
                              : NULL;
       a && !any; a = memchr(a + 1, '\'', (size_t)(b->ptr + b->len - a - 1)))
    any = a - b->ptr >= (ptrdiff_t)from + 2 && a[-1] == 'u' &&
          (a[-2] == 'q' || a[-2] == 'Q') && a + 1 < b->ptr + b->len &&
          (a[1] == 'h' || a[1] == 'H');
  if (!any)
    return;
  for (size_t i = from; i < b->len; i++) {
    if (i + 4 < b->len && (b->ptr[i] == 'q' || b->ptr[i] == 'Q') &&
        b->ptr[i + 1] == 'u' && b->ptr[i + 2] == '\'' &&
        (b->ptr[i + 3] == 'h' || b->ptr[i + 3] == 'H') &&
        (i == from || (!breve_cp_is_letter((unsigned char)b->ptr[i - 1]) &&
                       !((unsigned char)b->ptr[i - 1] & 0x80)))) {
      int cap = b->ptr[i + 3] == 'H';
      size_t w = i + 4, e = w;
      while (e < b->len && breve_cp_is_letter((unsigned char)b->ptr[e]))
        e++;
      memmove(b->ptr + o, b->ptr + i, 3); /* "qu'" */
      o += 3;
      if (cap && b->ptr[w] >= 'a' && b->ptr[w] <= 'z')
        b->ptr[w] = (char)(b->ptr[w] - 'a' + 'A');
      const char *say = NULL;
      if (e - w == 3 && !memcmp(b->ptr + w, "ier", 3))
        say = "i\xc3\xa8r";
      else if (e - w == 4 && !memcmp(b->ptr + w, "iver", 4))
        say = "iv\xc3\xa8r";
      else if (e - w == 5 && !memcmp(b->ptr + w, "ivers", 5))
        say = "iv\xc3\xa8rs";
      if (say) { /* one byte longer than what it replaces */
        breve_buf t = {0};
        breve_buf_put(&t, b->ptr + e, b->len - e);
        b->len = o;
        breve_buf_puts(b, say);
        o = b->len;
        breve_buf_put(b, t.ptr ? t.ptr : "", t.len);
        if (t.oom)
          b->oom = 1;
        breve_buf_free(&t);
        i = o - 1;
        continue;
      }
      i += 3; /* the h goes */
      continue;
    }
    b->ptr[o++] = b->ptr[i];
  }
  b->len = o;
  if (b->ptr)
    b->ptr[o] = '\0';
}

/* Typographic spaces become plain ones in what espeak-ng reads, from
 * `from`: espeak-ng 1.51 reads a word after a no-break space as if after
 * a pause, so "cinq\u00A0millions" sounded the q of "cinq". */
static void S_plain_spaces(breve_buf *b, size_t from) {
  size_t w = from, r = from, n = b->len;
  while (r < n) {
    /* the next byte that may start such a space, found with memchr */
    const char *c2 = memchr(b->ptr + r, 0xC2, n - r);
    const char *e2 = memchr(b->ptr + r, 0xE2, n - r);
    size_t next = c2 && (!e2 || c2 < e2) ? (size_t)(c2 - b->ptr)
                  : e2                    ? (size_t)(e2 - b->ptr)
                                          : n;
    if (w != r)
      memmove(b->ptr + w, b->ptr + r, next - r);
    w += next - r;
    r = next;
    if (r >= n)
      break;
    unsigned char c = (unsigned char)b->ptr[r];
    unsigned char c1 = r + 1 < n ? (unsigned char)b->ptr[r + 1] : 0;
    unsigned char c2b = r + 2 < n ? (unsigned char)b->ptr[r + 2] : 0;
    if (c == 0xC2 && c1 == 0xA0) {
      b->ptr[w++] = ' ';
      r += 2;
    } else if (c == 0xE2 && c1 == 0x80 &&
               (c2b == 0xAF || (c2b >= 0x80 && c2b <= 0x8A))) {
      b->ptr[w++] = ' '; /* U+202F and U+2000 to U+200A */
      r += 3;
    } else {
      b->ptr[w++] = b->ptr[r++];
    }
  }
  b->len = w;
  if (b->ptr)
    b->ptr[w] = '\0';
}

breve_status breve_normalize(const char *text, size_t len,
                             const breve_lexicon *lex, unsigned flags,
                             char **out, breve_error *err) {
  return breve_normalize_with(text, len, lex, flags, lex ? lex->check : NULL,
                              lex ? lex->check_ctx : NULL, out, err);
}

breve_status breve_normalize_with(const char *text, size_t len,
                                  const breve_lexicon *lex, unsigned flags,
                                  breve_word_check check, void *check_ctx,
                                  char **out, breve_error *err) {
  breve_buf src = {0}, b = {0};
  *out = NULL;
  if (!text && len)
    return breve_error_set(err, BREVE_ERR_ARG, "no text");
  if (!S_prepass(text ? text : "", len, &src)) {
    breve_buf_free(&src);
    return breve_error_set(err, BREVE_ERR_NOMEM, "out of memory");
  }
  S_st st;
  memset(&st, 0, sizeof st);
  st.out = &b;
  st.lex = lex;
  st.check = check;
  st.check_ctx = check_ctx;
  st.ssml = (flags & BREVE_OPT_SSML) != 0;
  st.espeak_fixes = (flags & BREVE_OPT_ESPEAK_FIXES) != 0;
  const char *p = src.ptr ? src.ptr : "", *end = p + src.len;
  breve_buf_grow(&b, src.len + src.len / 2);
  breve_buf_put(&b, "", 0);
  while (p <= end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    st.line = p;
    st.end = nl ? nl : end;
    st.pending = 0;
    size_t from = b.len;
    st.line_from = from;
    breve_buf head = {0};
    st.decapped = 0;
    if (S_decapitalise(st.line, st.end, &head)) {
      st.decapped = 1;
      if (head.ptr && !head.oom) {
        st.line = head.ptr;
        st.end = head.ptr + head.len;
      }
    }
    S_line(&st);
    breve_buf_free(&head);
    S_plain_spaces(&b, from);
    S_lower_elided_l(&b, from);
    S_fix_elided_h(&b, from);
    S_fix_aujourdhui(&b, from);
    S_fix_qu_h(&b, from);
    if (flags & BREVE_OPT_ESPEAK_FIXES)
      S_fix_espeak(&b, from);
    if (!nl)
      break;
    breve_buf_putc(&b, '\n');
    p = nl + 1;
  }
  breve_buf_free(&src);
  if (st.fold.oom)
    b.oom = 1;
  breve_buf_free(&st.fold);
  *out = breve_buf_detach(&b);
  return *out ? BREVE_OK : breve_error_set(err, BREVE_ERR_NOMEM, "out of memory");
}
