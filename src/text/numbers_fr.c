/* French number words: cardinals, ordinals, fractions, Roman numerals. */
#include <string.h>

#include "text/normalize.h"

static const char *const S_units[20] = {
    "zéro",     "un",       "deux",     "trois",    "quatre",
    "cinq",     "six",      "sept",     "huit",     "neuf",
    "dix",      "onze",     "douze",    "treize",   "quatorze",
    "quinze",   "seize",    "dix-sept", "dix-huit", "dix-neuf"};

static const char *const S_tens[10] = {"",         "dix",      "vingt",
                                       "trente",   "quarante", "cinquante",
                                       "soixante", "soixante", "quatre-vingt",
                                       "quatre-vingt"};

/* Appends a space unless the buffer is empty or already ends in one. */
static void S_sep(breve_buf *b) {
  if (b->len && b->ptr[b->len - 1] != ' ')
    breve_buf_putc(b, ' ');
}

/* 1..99. `final` says whether nothing follows, for "quatre-vingts". */
static void S_below100(breve_buf *b, unsigned n, int fem, int final) {
  S_sep(b);
  if (n < 20) {
    breve_buf_puts(b, n == 1 && fem ? "une" : S_units[n]);
    return;
  }
  unsigned t = n / 10, u = n % 10;
  if (t == 7 || t == 9)
    u += 10;
  breve_buf_puts(b, S_tens[t]);
  if (u == 0) {
    if (t == 8 && final)
      breve_buf_putc(b, 's');
    return;
  }
  if ((u == 1 || u == 11) && t != 8 && t != 9)
    breve_buf_puts(b, " et ");
  else
    breve_buf_putc(b, '-');
  breve_buf_puts(b, u == 1 && fem ? "une" : S_units[u]);
}

/* 1..999. `final`: nothing follows except a noun (million...), so
 * "deux cents" and "quatre-vingts" keep their s. */
static void S_below1000(breve_buf *b, unsigned n, int fem, int final) {
  unsigned h = n / 100, r = n % 100;
  if (h) {
    S_sep(b);
    if (h > 1) {
      breve_buf_puts(b, S_units[h]);
      breve_buf_putc(b, ' ');
    }
    breve_buf_puts(b, "cent");
    if (h > 1 && r == 0 && final)
      breve_buf_putc(b, 's');
  }
  if (r)
    S_below100(b, r, fem, final);
}

const char *breve_fr_month(int m) {
  static const char *const names[] = {
      "janvier", "février", "mars",      "avril",   "mai",      "juin",
      "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  return m >= 1 && m <= 12 ? names[m - 1] : "";
}

const char *breve_fr_weekday(int wd) {
  static const char *const names[] = {"dimanche", "lundi",    "mardi",
                                      "mercredi", "jeudi",    "vendredi",
                                      "samedi"};
  return wd >= 0 && wd <= 6 ? names[wd] : "";
}

void breve_fr_cardinal(breve_buf *b, uint64_t n, int fem) {
  static const struct {
    uint64_t value;
    const char *name;
  } scales[] = {{1000000000000000ULL, "billiard"},
                {1000000000000ULL, "billion"},
                {1000000000ULL, "milliard"},
                {1000000ULL, "million"}};
  if (n == 0) {
    S_sep(b);
    breve_buf_puts(b, "zéro");
    return;
  }
  if (n > BREVE_FR_MAX) {
    char tmp[24];
    int k = 0;
    while (n && k < 23) {
      tmp[k++] = (char)('0' + n % 10);
      n /= 10;
    }
    for (int i = 0; i < k / 2; i++) {
      char c = tmp[i];
      tmp[i] = tmp[k - 1 - i];
      tmp[k - 1 - i] = c;
    }
    breve_fr_digits(b, tmp, (size_t)k);
    return;
  }
  for (size_t i = 0; i < sizeof scales / sizeof scales[0]; i++) {
    uint64_t q = n / scales[i].value;
    if (!q)
      continue;
    n %= scales[i].value;
    S_below1000(b, (unsigned)q, 0, 1);
    S_sep(b);
    breve_buf_puts(b, scales[i].name);
    if (q > 1)
      breve_buf_putc(b, 's');
  }
  unsigned th = (unsigned)(n / 1000), r = (unsigned)(n % 1000);
  if (th) {
    if (th > 1)
      S_below1000(b, th, 0, 0);
    S_sep(b);
    breve_buf_puts(b, "mille");
  }
  if (r)
    S_below1000(b, r, fem, 1);
}

void breve_fr_ordinal(breve_buf *b, uint64_t n, int fem, int plural) {
  if (n == 1) {
    S_sep(b);
    breve_buf_puts(b, fem ? "première" : "premier");
    if (plural)
      breve_buf_putc(b, 's');
    return;
  }
  if (n == 1001) { /* "la 1001e nuit", after "Les Mille et Une Nuits" */
    S_sep(b);
    breve_buf_puts(b, plural ? "mille et unièmes" : "mille et unième");
    return;
  }
  breve_buf w = {0};
  breve_fr_cardinal(&w, n, 0);
  if (w.oom || !w.ptr) {
    b->oom = 1;
    breve_buf_free(&w);
    return;
  }
  /* The last word of the cardinal takes the suffix. */
  size_t end = w.len;
  if (end && w.ptr[end - 1] == 's' && end >= 2 &&
      (end < 5 || memcmp(w.ptr + end - 5, "trois", 5) != 0) &&
      (end < 3 || memcmp(w.ptr + end - 3, "six", 3) != 0))
    end--; /* deux cents -> deux centième, quatre-vingts, millions */
  w.len = end;
  w.ptr[end] = '\0';
  if (end >= 4 && memcmp(w.ptr + end - 4, "cinq", 4) == 0) {
    breve_buf_puts(&w, "uième");
  } else if (end >= 4 && memcmp(w.ptr + end - 4, "neuf", 4) == 0) {
    w.len = end - 1;
    breve_buf_puts(&w, "vième");
  } else if (end && w.ptr[end - 1] == 'e') {
    w.len = end - 1;
    breve_buf_puts(&w, "ième");
  } else {
    breve_buf_puts(&w, "ième");
  }
  S_sep(b);
  breve_buf_put(b, w.ptr, w.len);
  if (plural)
    breve_buf_putc(b, 's');
  breve_buf_free(&w);
}

void breve_fr_digits(breve_buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      continue;
    S_sep(b);
    breve_buf_puts(b, S_units[s[i] - '0']);
  }
}

void breve_fr_denominator(breve_buf *b, uint64_t d, int plural) {
  const char *w = d == 2 ? "demi" : d == 3 ? "tiers" : d == 4 ? "quart" : NULL;
  if (!w) {
    breve_fr_ordinal(b, d, 0, plural);
    return;
  }
  S_sep(b);
  breve_buf_puts(b, w);
  if (plural && d != 3)
    breve_buf_putc(b, 's');
}

static unsigned S_roman_digit(char c) {
  switch (c) {
  case 'I': return 1;
  case 'V': return 5;
  case 'X': return 10;
  case 'L': return 50;
  case 'C': return 100;
  case 'D': return 500;
  case 'M': return 1000;
  default: return 0;
  }
}

unsigned breve_fr_roman(const char *s, size_t n) {
  static const char *const ones[] = {"", "I", "II", "III", "IV",
                                     "V", "VI", "VII", "VIII", "IX"};
  static const char *const tens[] = {"", "X", "XX", "XXX", "XL",
                                     "L", "LX", "LXX", "LXXX", "XC"};
  static const char *const hundreds[] = {"", "C", "CC", "CCC", "CD",
                                         "D", "DC", "DCC", "DCCC", "CM"};
  unsigned v = 0;
  if (n == 0 || n > 15)
    return 0;
  for (size_t i = 0; i < n; i++) {
    unsigned d = S_roman_digit(s[i]);
    if (!d)
      return 0;
    unsigned next = i + 1 < n ? S_roman_digit(s[i + 1]) : 0;
    if (next > d)
      v -= d;
    else
      v += d;
  }
  if (v == 0 || v > 3999)
    return 0;
  /* Only the canonical spelling counts. */
  char canon[24];
  size_t k = 0;
  for (unsigned m = v / 1000; m; m--)
    canon[k++] = 'M';
  const char *parts[3] = {hundreds[(v / 100) % 10], tens[(v / 10) % 10],
                          ones[v % 10]};
  for (int i = 0; i < 3; i++) {
    size_t l = strlen(parts[i]);
    memcpy(canon + k, parts[i], l);
    k += l;
  }
  return k == n && memcmp(canon, s, n) == 0 ? v : 0;
}

int breve_fr_parse_u64(const char *s, size_t n, uint64_t *v) {
  uint64_t x = 0;
  if (n == 0 || n > 18)
    return 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9')
      return 0;
    x = x * 10 + (uint64_t)(s[i] - '0');
  }
  *v = x;
  return 1;
}
