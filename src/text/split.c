/* French sentence splitter. */
#include <string.h>

#include "core/core.h"

/* Abbreviations that take a full stop and do not end a sentence when a
 * capitalised word follows (compared case-sensitively, without the dot). */
static const char *const S_abbrev[] = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Mgr", "Me", "Dr", "Drs", "Pr",
    "Prof", "St", "Ste", "Sts", "Stes", "p", "pp", "n", "no", "No", "vol",
    "chap", "art", "al", "cf", "Cf", "env", "av", "apr", "ex", "fig", "éd",
    "coll", "hab", "tél", "Tél", "bd", "boul", "c.-à-d", "c-à-d", "janv",
    "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Cie", "Sté", "Jr",
    "Sr", "gén", "Gén", "col", "Col", "lt", "Lt", "sgt", "cdt", "Cdt", "adj",
    "réf", "suiv", "vs", "resp", "ca", "approx", "ibid", "op", "cit", "éds",
    "dir", "trad", "Vve", "Me", "Mes", "ss", "sq", "cap", "ch", "etc.-",
    "S.A", "S.A.S", "inf", "sup", "Inc", "Ltd", "Co", "Corp", "Bros", "Mr",
    "Mrs", "Ms", "vers", "t", "dép", "boulev", "arr", "Arr", "fl", "mgr",
    "cad", "pers", "tel", "mm", NULL};

static int S_is_abbrev(const char *w, size_t n) {
  for (const char *const *a = S_abbrev; *a; a++)
    if (n && (*a)[0] == w[0] && strlen(*a) == n && memcmp(*a, w, n) == 0)
      return 1;
  return 0;
}

static uint32_t S_cp_at(const char *s, size_t n, size_t i, size_t *k) {
  uint32_t cp;
  if ((unsigned char)s[i] < 0x80) { /* most of French text */
    if (k)
      *k = 1;
    return (unsigned char)s[i];
  }
  size_t len = breve_utf8_decode(s + i, n - i, &cp);
  if (!len)
    len = 1, cp = (unsigned char)s[i];
  if (k)
    *k = len;
  return cp;
}

static int S_is_terminal(uint32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026;
}

static int S_is_closing(uint32_t cp) {
  return cp == 0xBB || cp == '"' || cp == 0x201D || cp == ')' || cp == ']' ||
         cp == 0x2019 || cp == '\'';
}

/* Can a sentence start with this code point? */
static int S_is_starter(uint32_t cp) {
  return breve_cp_is_upper(cp) || breve_cp_is_digit(cp) || cp == 0xAB ||
         cp == '"' || cp == 0x201C || cp == 0x2014 || cp == 0x2013 ||
         cp == '-' || cp == '(' || cp == '[' || cp == 0xBF || cp == 0xA1 ||
         cp == 0x2018 || cp == '\'';
}

/* The token (run of non-space) ending at s[end) exclusive. */
static size_t S_token_start(const char *s, size_t end) {
  size_t i = end;
  while (i > 0 && s[i - 1] != ' ' && s[i - 1] != '\t' && s[i - 1] != '\n' &&
         !((unsigned char)s[i - 1] == 0xA0 && i >= 2 &&
           (unsigned char)s[i - 2] == 0xC2) &&
         s[i - 1] != '(' && s[i - 1] != '\'' && !(i >= 3 &&
         (unsigned char)s[i - 3] == 0xE2 && (unsigned char)s[i - 2] == 0x80 &&
         (unsigned char)s[i - 1] == 0x99))
    i--;
  return i;
}

/* Is the full stop at s[dot] part of a word that keeps it: an
 * abbreviation, an initial, an acronym with dots, a URL or a number? */
static int S_keeps_dot(const char *s, size_t dot) {
  size_t start = S_token_start(s, dot);
  const char *w = s + start;
  size_t n = dot - start;
  if (n == 0)
    return 0;
  /* skip an opening quote or bracket */
  while (n && (w[0] == '"' || w[0] == '(' || w[0] == '['))
    w++, n--;
  if (n >= 2 && (unsigned char)w[0] == 0xC2 && (unsigned char)w[1] == 0xAB)
    w += 2, n -= 2;
  if (n == 0)
    return 0;
  if (S_is_abbrev(w, n))
    return 1;
  uint32_t cp;
  size_t k = breve_utf8_decode(w, n, &cp);
  /* a single capital letter: an initial (J. Dupont) */
  if (k == n && breve_cp_is_upper(cp))
    return 1;
  /* initials joined by a hyphen or dots: J.-C, U.S.A, J.-P */
  if (n >= 3 && breve_cp_is_upper(cp)) {
    int dotted = 1;
    for (size_t i = 0; i < n; i++)
      if (!((w[i] >= 'A' && w[i] <= 'Z') || w[i] == '.' || w[i] == '-'))
        dotted = 0;
    if (dotted && memchr(w, '.', n))
      return 1;
  }
  /* URLs and addresses */
  if (memchr(w, '@', n) || memchr(w, '/', n) ||
      (n > 4 && memcmp(w, "www.", 4) == 0))
    return 1;
  return 0;
}

/* Is the token before s[dot] a lower-case word (for glued sentences such
 * as "américains.Au")? */
static int S_lower_word_before(const char *s, size_t dot) {
  size_t start = S_token_start(s, dot);
  size_t lower = 0, end = dot;
  /* quotes or brackets around the word: "jaunes".Officiellement */
  for (;;) {
    if (end > start && (s[end - 1] == '"' || s[end - 1] == ')' ||
                        s[end - 1] == ']'))
      end--;
    else if (end >= start + 2 && (unsigned char)s[end - 2] == 0xC2 &&
             (unsigned char)s[end - 1] == 0xBB)
      end -= 2;
    else if (end >= start + 3 && (unsigned char)s[end - 3] == 0xE2 &&
             (unsigned char)s[end - 2] == 0x80 &&
             (unsigned char)s[end - 1] == 0x9D)
      end -= 3;
    else
      break;
  }
  if (start < end && (s[start] == '"' || s[start] == '(' || s[start] == '['))
    start++;
  /* a closing quote alone before the stop: "inquiétante ».Tente" */
  if (start >= end)
    return end < dot;
  for (size_t i = start; i < end;) {
    size_t k;
    uint32_t cp = S_cp_at(s, end, i, &k);
    if (breve_cp_is_lower(cp))
      lower++;
    else if (!(breve_cp_is_upper(cp) && i == start) && cp != '-' &&
             cp != '\'' && cp != 0x2019)
      return 0; /* digits, dots, slashes: a number, a domain, a URL */
    i += k;
  }
  return lower >= 2;
}

/* Words that often open a sentence (compared case-sensitively; those
 * ending in an apostrophe take a letter after it, the others a space or a
 * comma). Used to find sentences glued to an intertitle or a teaser with
 * nothing between them, as scraped pages carry: "avec le FNLa proximité",
 * "sur BFMTVLe ministre". */
static const char *const S_glued_starters[] = {
    "Le", "La", "Les", "L'", "L\xE2\x80\x99", "Un", "Une", "Des", "Il", "Ils",
    "Elle", "Elles", "Ce", "Cet", "Cette", "Ces", "C'", "C\xE2\x80\x99",
    "Selon", "Pour", "Dans", "En", "Au", "Aux", "Après", "Avant", "Depuis",
    "Alors", "Mais", "Si", "Par", "Sur", "Outre", "Lors", "Du", "D'",
    "D\xE2\x80\x99", "Quant", "Face", "Pourtant", "Cependant", "Enfin",
    "Ainsi", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
    "Dimanche", "On", "Nous", "Avec", "Sans", "Comme", "Tout", "Certains",
    "Plusieurs", "Jusqu'", "De", NULL};

/* Length of the glued starter at s[i..n), or 0. */
static size_t S_glued_starter(const char *s, size_t n, size_t i) {
  for (const char *const *w = S_glued_starters; *w; w++) {
    if (i >= n || (*w)[0] != s[i])
      continue; /* cheap first-byte test before the full compare */
    size_t k = strlen(*w);
    if (i + k >= n || memcmp(s + i, *w, k) != 0)
      continue;
    unsigned char last = (unsigned char)(*w)[k - 1], next = (unsigned char)s[i + k];
    if (last == '\'' || last == 0x99) {
      if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') ||
          next >= 0xC3)
        return k;
    } else if (next == ' ' || next == ',') {
      return k;
    }
  }
  return 0;
}

/* Is s[i] (an upper-case letter) the start of a sentence glued to the word
 * before it? The word before has at least two letters or digits. */
static int S_glued_at(const char *s, size_t n, size_t i) {
  if (i < 2 || !S_glued_starter(s, n, i))
    return 0;
  size_t letters = 0, j = i;
  while (j > 0 && letters < 2) {
    size_t b = j - 1;
    while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
      b--;
    uint32_t cp;
    if (!breve_utf8_decode(s + b, j - b, &cp) ||
        !(breve_cp_is_letter(cp) || breve_cp_is_digit(cp)))
      break;
    letters++;
    j = b;
  }
  return letters >= 2;
}

/* A full stop then a lower-case "à" opening the next sentence, as texts
 * typed without capital accents have it ("existait. à peu près"): the
 * word before the stop ends in a lower-case letter or a bracket and is
 * not an abbreviation. */
static int S_lower_a_start(const char *s, size_t n, size_t dot, size_t q) {
  if (q + 2 >= n || (unsigned char)s[q] != 0xC3 ||
      (unsigned char)s[q + 1] != 0xA0 || s[q + 2] != ' ' || dot < 2)
    return 0;
  size_t b = dot - 1;
  while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
    b--;
  uint32_t cp;
  if (!breve_utf8_decode(s + b, dot - b, &cp))
    return 0;
  if (!breve_cp_is_lower(cp) && cp != ')')
    return 0;
  return !S_keeps_dot(s, dot);
}

/* Does a script statement start at s[q..n)? (Leftovers of a page's
 * JavaScript: they become sentences of their own, flagged as noise.) */
static int S_code_start(const char *s, size_t n, size_t q) {
  static const char *const heads[] = {
      "window.", "document.get", "document.write", "document.query", "var ",
      "function(", "function ", "googletag.", "jQuery(", "$(", NULL};
  for (const char *const *h = heads; *h; h++) {
    if (q >= n || (*h)[0] != s[q])
      continue;
    size_t k = strlen(*h);
    if (q + k <= n && memcmp(s + q, *h, k) == 0)
      return 1;
  }
  return 0;
}

/* Words that open a French sentence, followed by a space and a lower-case
 * word ("Le maire", "Il semble") or, for those ending in an apostrophe, by
 * a lower-case letter ("L'enquête"). In running text they appear with a
 * capital inside a sentence only in names and titles, which mostly go on
 * with a capital ("à La Rochelle", "Les Républicains") or follow a word
 * that announces them ("de", "le film"). */
static const char *const S_openers[] = {
    "Le", "La", "Les", "L'", "L\xE2\x80\x99", "Un", "Une", "Il", "Ils",
    "Elle", "Elles", "Ce", "Cet", "Cette", "Ces", "C'", "C\xE2\x80\x99",
    "Au", "Aux", "Pour", "Que", "Qu'", "Qu\xE2\x80\x99", "Selon", "Dans",
    "Depuis", "Après", "Avant", "Lors", "Mais", "Nous", "On", NULL};

/* Lower-case words after which a capitalised opener is part of a name or
 * a title, not a new sentence: articles, prepositions, conjunctions,
 * verbs that introduce a name, nouns that announce a title. */
static const char *const S_name_heralds[] = {
    "de", "du", "des", "d'", "à", "au", "aux", "le", "la", "les", "l'",
    "un", "une", "en", "et", "ou", "par", "pour", "sur", "avec", "dans",
    "chez", "vers", "sous", "entre", "contre", "que", "qu'", "qui", "dont",
    "selon", "comme",
    "est", "sont", "était", "a", "ont", "nommé", "nommée", "appelé",
    "appelée", "intitulé", "intitulée", "baptisé", "baptisée", "film",
    "films", "série", "roman", "livre", "ouvrage", "pièce", "chanson",
    "album", "titre", "émission", "magazine", "journal", "quotidien",
    "hebdomadaire", "revue", "spectacle", "opéra", "tableau", "jeu",
    "feuilleton", "association", "groupe", "club", "troupe", "parti",
    "mouvement", "restaurant", "hôtel", "café", "rubrique", "opération",
    "collectif", "ensemble", "comédie", "programme", "site", "blog",
    "compagnie", "société", "entreprise", "marque", "enseigne", "lieu-dit",
    "avenue", "rue", "place", "boulevard", "quai", "chemin", "impasse",
    "allée", "cours", NULL};

static int S_word_in(const char *w, size_t n, const char *const *list) {
  for (const char *const *a = list; *a; a++)
    if (n && (*a)[0] == w[0] && strlen(*a) == n && memcmp(*a, w, n) == 0)
      return 1;
  return 0;
}

/* Is s[i] (after a space) a capitalised opener starting a sentence that
 * follows a heading, a list item or a sentence with no final punctuation?
 * `start` is where the current sentence began. */
static int S_unpunctuated_at(const char *s, size_t n, size_t start,
                             size_t i) {
  if (i < start + 2 || s[i - 1] != ' ')
    return 0;
  /* the opener and the lower-case word after it */
  size_t k = 0;
  for (const char *const *w = S_openers; *w; w++) {
    if (i >= n || (*w)[0] != s[i])
      continue;
    size_t m = strlen(*w);
    if (i + m + 1 >= n || memcmp(s + i, *w, m) != 0)
      continue;
    unsigned char last = (unsigned char)(*w)[m - 1];
    size_t q = i + m;
    if (last == '\'' || last == 0x99) {
      if (!breve_cp_is_lower(S_cp_at(s, n, q, NULL)))
        continue;
    } else {
      if (s[q] != ' ' || q + 1 >= n)
        continue;
      uint32_t c = S_cp_at(s, n, q + 1, NULL);
      if (!breve_cp_is_lower(c) || c == 0xE0) /* "Le à" is no sentence */
        continue;
    }
    k = m;
    break;
  }
  if (!k)
    return 0;
  /* the word before: ends in a letter, a digit or a closing bracket */
  size_t e = i - 1;
  while (e > start && s[e - 1] == ' ')
    e--;
  if (e <= start)
    return 0;
  size_t b = e - 1;
  while (b > start && ((unsigned char)s[b] & 0xC0) == 0x80)
    b--;
  uint32_t last = S_cp_at(s, e, b, NULL);
  if (!(breve_cp_is_letter(last) || breve_cp_is_digit(last) || last == ')'))
    return 0;
  size_t ws = S_token_start(s, e);
  if (ws < start)
    ws = start;
  if (S_word_in(s + ws, e - ws, S_name_heralds))
    return 0;
  /* "le président Macron Le..." is rare; "La Rochelle" is handled by the
   * lower-case word required after the opener. An abbreviation or an
   * initial before (no stop) is not a sentence end either. */
  uint32_t first = S_cp_at(s, e, ws, NULL);
  if (e - ws == 1 && breve_cp_is_upper(first))
    return 0;
  return 1;
}

/* A semicolon that ends a list item or a clause standing as a sentence:
 * ';' then a space and a lower-case word ("président : X ; trésorière :
 * Y"). Before a capital or a figure it stays inside the sentence (a list
 * of names, of amounts). */
/* Brackets and quotes left open in the current sentence, counted as the
 * walk goes (so that many semicolons in one sentence stay linear). */
typedef struct {
  size_t from, pos;
  int paren, guil, straight;
} S_nest;

static int S_semicolon_end(const char *s, size_t n, size_t start, size_t i,
                           S_nest *nest) {
  if (s[i] != ';' || i + 2 >= n || s[i + 1] != ' ')
    return 0;
  /* not inside brackets or quotes opened in this sentence: "(47 % ;
   * stable)", "« d'un côté ; de l'autre »" */
  if (nest->from != start || nest->pos < start || nest->pos > i) {
    memset(nest, 0, sizeof *nest);
    nest->from = nest->pos = start;
  }
  for (size_t j = nest->pos; j < i; j++) {
    unsigned char c = (unsigned char)s[j];
    if (c == '(')
      nest->paren++;
    else if (c == ')' && nest->paren)
      nest->paren--;
    else if (c == '"')
      nest->straight ^= 1;
    else if (c == 0xC2 && s[j + 1] == (char)0xAB)
      nest->guil++;
    else if (c == 0xC2 && s[j + 1] == (char)0xBB && nest->guil)
      nest->guil--;
  }
  nest->pos = i;
  if (nest->paren || nest->guil || nest->straight)
    return 0;
  size_t q = i + 1;
  while (q < n && s[q] == ' ')
    q++;
  if (q >= n)
    return 0;
  uint32_t c = S_cp_at(s, n, q, NULL);
  return breve_cp_is_lower(c);
}

/* emit(ctx, s, n, glued): one sentence; `glued` 1 when it ended at a glued
 * sentence start with no punctuation (an intertitle or teaser, mostly), 2
 * when it ended with no punctuation before a spaced sentence opener. */
typedef breve_status (*S_emit_fn)(void *ctx, const char *s, size_t n,
                                  int glued);

/* Walks `text` and calls `emit` for each sentence. */
static breve_status S_split(const char *s, size_t n, S_emit_fn emit,
                            void *ctx) {
  size_t start = 0, i = 0;
  S_nest nest = {(size_t)-1, 0, 0, 0, 0};
  breve_status st;
  while (i < n) {
    /* most bytes of French text are ASCII that cannot end or start a
     * sentence: lower-case letters, digits, spaces, commas */
    if (breve_byte_class[(unsigned char)s[i]] & BREVE_BYTE_QUIET) {
      i++;
      continue;
    }
    size_t k;
    uint32_t cp = S_cp_at(s, n, i, &k);
    if (cp == ';' && i > start && (s[i - 1] == ')' || s[i - 1] == '}') &&
        i + 2 < n && s[i + 1] == ' ') {
      /* the end of a script statement: "...play(); Les étals" */
      uint32_t next = S_cp_at(s, n, i + 2, NULL);
      if (S_is_starter(next) || S_code_start(s, n, i + 2)) {
        if ((st = emit(ctx, s + start, i + 1 - start, 0)) != BREVE_OK)
          return st;
        start = i + 2;
        i = start;
        continue;
      }
    }
    if (cp == ';' && S_semicolon_end(s, n, start, i, &nest)) {
      if ((st = emit(ctx, s + start, i + 1 - start, 0)) != BREVE_OK)
        return st;
      start = i + 1;
      i = start;
      continue;
    }
    if (!S_is_terminal(cp)) {
      int upper = cp < 0x80 ? cp >= 'A' && cp <= 'Z' : breve_cp_is_upper(cp);
      if (upper && i > start && S_glued_at(s, n, i)) {
        if ((st = emit(ctx, s + start, i - start, 1)) != BREVE_OK)
          return st;
        start = i;
      } else if (upper && S_unpunctuated_at(s, n, start, i)) {
        if ((st = emit(ctx, s + start, i - start, 2)) != BREVE_OK)
          return st;
        start = i;
      }
      i += k;
      continue;
    }
    size_t p = i, end;
    int run = 0, only_dots = 1;
    /* the run of terminal punctuation */
    while (p < n) {
      uint32_t c = S_cp_at(s, n, p, &k);
      if (!S_is_terminal(c))
        break;
      if (c != '.')
        only_dots = 0;
      run++;
      p += k;
    }
    /* closing quotes or brackets, possibly after a (no-break) space */
    end = p;
    for (;;) {
      size_t q = end;
      while (q < n) {
        uint32_t c = S_cp_at(s, n, q, &k);
        if (!breve_cp_is_space(c))
          break;
        q += k;
      }
      if (q < n) {
        uint32_t c = S_cp_at(s, n, q, &k);
        if (S_is_closing(c) && !(c == '\'' || c == 0x2019 || c == '"') ) {
          end = q + k;
          continue;
        }
        if ((c == '"' || c == 0x2019 || c == '\'') && q == end) {
          /* a straight or curly quote glued after the stop closes it */
          end = q + k;
          continue;
        }
      }
      break;
    }
    /* what follows */
    size_t q = end;
    int spaced = 0;
    while (q < n) {
      uint32_t c = S_cp_at(s, n, q, &k);
      if (!breve_cp_is_space(c))
        break;
      spaced = 1;
      q += k;
    }
    int boundary = 0;
    if (q >= n) {
      boundary = 1;
    } else {
      size_t k2;
      uint32_t next = S_cp_at(s, n, q, &k2);
      if (spaced) {
        boundary = S_is_starter(next) || S_code_start(s, n, q) ||
                   (only_dots && run == 1 && S_lower_a_start(s, n, i, q));
        /* "à savoir... 30 F": a pause before a figure */
        if (boundary && (run > 1 || cp == 0x2026) && end == p &&
            breve_cp_is_digit(next))
          boundary = 0;
        if (boundary && only_dots && run == 1 && S_keeps_dot(s, i))
          boundary = 0;
        /* "p. 12", "n. 5": an abbreviation before a number */
      } else if (end == p && breve_cp_is_upper(next)) {
        /* glued: "américains.Au lendemain", "vraiment?Oui" */
        size_t k3;
        uint32_t after = q + k2 < n ? S_cp_at(s, n, q + k2, &k3) : 0;
        if (!only_dots)
          boundary = 1;
        else if (run == 1 && breve_cp_is_lower(after) &&
                 S_lower_word_before(s, i))
          boundary = 1;
      } else if (end > p && (breve_cp_is_upper(next) || next == 0xAB)) {
        boundary = 1; /* "fini.»Puis" */
      }
    }
    if (boundary) {
      if ((st = emit(ctx, s + start, end - start, 0)) != BREVE_OK)
        return st;
      start = q;
      i = q;
    } else {
      i = p;
    }
  }
  if (start < n)
    return emit(ctx, s + start, n - start, 0);
  return BREVE_OK;
}

typedef struct {
  breve_sentences *out;
  size_t cap;
  size_t paragraph;
} S_ctx;

static int S_looks_like_code(const char *s) {
  return strstr(s, "window.") || strstr(s, "function(") || strstr(s, "});") ||
         strstr(s, "= new ") || strstr(s, "document.getElement");
}

static breve_status S_push(void *vctx, const char *s, size_t n, int glued) {
  S_ctx *c = vctx;
  /* trim */
  while (n) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s, n, &cp);
    if (!k || !breve_cp_is_space(cp))
      break;
    s += k, n -= k;
  }
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' ||
               s[n - 1] == '\r'))
    n--;
  if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xA0)
    n -= 2;
  if (!n)
    return BREVE_OK;
  size_t words = breve_count_words(s, n);
  if (!words)
    return BREVE_OK;
  if (c->out->count == c->cap) {
    size_t cap = c->cap ? 2 * c->cap : 32;
    breve_sentence *p = breve_realloc(c->out->items, cap * sizeof *p);
    if (!p)
      return BREVE_ERR_NOMEM;
    c->out->items = p;
    c->cap = cap;
  }
  breve_sentence *it = &c->out->items[c->out->count];
  memset(it, 0, sizeof *it);
  if (!(it->text = breve_strndup(s, n)))
    return BREVE_ERR_NOMEM;
  it->paragraph = c->paragraph;
  it->index = c->out->count;
  it->words = words;
  if (S_looks_like_code(it->text))
    it->flags |= BREVE_SENT_NOISE;
  /* a short piece with no final punctuation glued to the next sentence:
   * an intertitle or a teaser */
  if (glued == 1 && words <= 20)
    it->flags |= BREVE_SENT_HEADING;
  /* a short piece with no final punctuation before a sentence opener: a
   * heading, a list item, a byline */
  if (glued == 2 && words <= 12)
    it->flags |= BREVE_SENT_HEADING;
  if ((n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xAB) ||
      s[0] == '"')
    it->flags |= BREVE_SENT_QUOTE;
  c->out->count++;
  return BREVE_OK;
}

breve_status breve_split(const breve_article *article,
                         const breve_options *opts, breve_sentences *out,
                         breve_error *err) {
  S_ctx c = {out, 0, 0};
  (void)opts;
  memset(out, 0, sizeof *out);
  for (size_t p = 0; p < article->n_paragraphs; p++) {
    c.paragraph = p;
    const char *t = article->paragraphs[p];
    breve_status st = S_split(t, strlen(t), S_push, &c);
    if (st != BREVE_OK) {
      breve_sentences_free(out);
      return breve_error_set(err, st, NULL);
    }
  }
  if (out->count == 0)
    return breve_error_set(err, BREVE_ERR_EMPTY, "no sentence in the text");
  return BREVE_OK;
}

breve_status breve_split_text(const char *text, size_t len,
                              breve_sentences *out, breve_error *err) {
  S_ctx c = {out, 0, 0};
  memset(out, 0, sizeof *out);
  breve_status st = S_split(text, len, S_push, &c);
  if (st != BREVE_OK) {
    breve_sentences_free(out);
    return breve_error_set(err, st, NULL);
  }
  return BREVE_OK;
}

void breve_sentences_free(breve_sentences *s) {
  if (!s)
    return;
  for (size_t i = 0; i < s->count; i++)
    breve_free(s->items[i].text);
  breve_free(s->items);
  memset(s, 0, sizeof *s);
}
