/* Key-sentence selection: scores each sentence on position, centrality,
 * overlap with the headline and content, then picks the best within a
 * budget, avoiding sentences that repeat one already chosen. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"

static const char *const S_stopwords[] = {
    "a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de", "des",
    "du", "elle", "elles", "en", "et", "eux", "il", "ils", "je", "la", "le",
    "les", "leur", "leurs", "lui", "ma", "mais", "me", "meme", "mes", "moi",
    "mon", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour",
    "qu", "que", "qui", "sa", "se", "ses", "son", "sur", "ta", "te", "tes",
    "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "c", "d", "j",
    "l", "m", "n", "s", "t", "y", "ete", "etre", "est", "sont", "etait",
    "ont", "avait", "a", "as", "ai", "avons", "avez", "fait", "plus", "moins",
    "tres", "aussi", "comme", "si", "tout", "tous", "toute", "toutes", "cela",
    "ca", "ceci", "celui", "celle", "ceux", "dont", "ou", "alors", "donc",
    "car", "ni", "or", "sans", "sous", "entre", "vers", "chez", "depuis",
    "apres", "avant", "lors", "selon", "encore", "deja", "bien", "peu",
    "autre", "autres", "aussi", "ainsi", "quand", "leur", "sera", "seront",
    "serait", "pourrait", "peut", "doit", "faire", "fait", "dit", "selon",
    "afin", "notamment", "egalement", "cependant", "toutefois", "an", "ans",
    NULL};

static int S_is_stop(const char *w, size_t n) {
  for (const char *const *p = S_stopwords; *p; p++)
    if (strlen(*p) == n && memcmp(*p, w, n) == 0)
      return 1;
  return 0;
}

/* A bag of word stems with counts, kept sorted by hash for merging. */
typedef struct {
  uint32_t *hash;
  float *weight;
  size_t n;
} S_bag;

static uint32_t S_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static int S_cmp_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* Crude French stem: folded word, plural mark dropped, cut to 7 bytes. */
static size_t S_stem(const char *w, size_t n) {
  if (n > 4 && (w[n - 1] == 's' || w[n - 1] == 'x'))
    n--;
  if (n > 5 && w[n - 1] == 'e')
    n--;
  return n > 7 ? 7 : n;
}

/* Tokenises a sentence into content-word stems (folded, no stopwords);
 * the hashes come back sorted with duplicates counted. Also reports the
 * number of digits tokens and capitalised words not at the start. */
static int S_bag_make(const char *text, S_bag *bag, int *numbers,
                      int *names) {
  breve_buf f = {0};
  size_t cap = 16;
  uint32_t *tmp = breve_malloc(cap * sizeof *tmp);
  size_t count = 0;
  if (!tmp)
    return 0;
  if (numbers)
    *numbers = 0;
  if (names)
    *names = 0;
  /* capitalised words (names) on the original text */
  if (names) {
    const char *s = text;
    size_t n = strlen(text), i = 0;
    int first = 1;
    while (i < n) {
      uint32_t cp;
      size_t k = breve_utf8_decode(s + i, n - i, &cp);
      if (!k)
        k = 1;
      if ((i == 0 || s[i - 1] == ' ') && breve_cp_is_upper(cp)) {
        if (!first)
          (*names)++;
      }
      if (breve_cp_is_letter(cp))
        first = 0;
      i += k;
    }
  }
  breve_utf8_fold(text, strlen(text), &f);
  if (f.oom) {
    breve_free(tmp);
    return 0;
  }
  const char *s = f.ptr ? f.ptr : "";
  size_t n = f.len, i = 0;
  while (i < n) {
    while (i < n && !((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
                      (unsigned char)s[i] >= 0x80))
      i++;
    size_t start = i;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
                     (unsigned char)s[i] >= 0x80))
      i++;
    size_t len = i - start;
    if (!len)
      continue;
    if (s[start] >= '0' && s[start] <= '9') {
      if (numbers)
        (*numbers)++;
    }
    if (len < 2 || S_is_stop(s + start, len))
      continue;
    if (count == cap) {
      uint32_t *p = breve_realloc(tmp, 2 * cap * sizeof *tmp);
      if (!p) {
        breve_free(tmp);
        breve_buf_free(&f);
        return 0;
      }
      tmp = p, cap *= 2;
    }
    tmp[count++] = S_hash(s + start, S_stem(s + start, len));
  }
  breve_buf_free(&f);
  qsort(tmp, count, sizeof *tmp, S_cmp_u32);
  bag->hash = breve_malloc((count ? count : 1) * sizeof *bag->hash);
  bag->weight = breve_malloc((count ? count : 1) * sizeof *bag->weight);
  bag->n = 0;
  if (!bag->hash || !bag->weight) {
    breve_free(tmp);
    return 0;
  }
  for (size_t j = 0; j < count; j++) {
    if (bag->n && bag->hash[bag->n - 1] == tmp[j]) {
      bag->weight[bag->n - 1] += 1;
    } else {
      bag->hash[bag->n] = tmp[j];
      bag->weight[bag->n] = 1;
      bag->n++;
    }
  }
  breve_free(tmp);
  return 1;
}

static void S_bag_free(S_bag *b) {
  breve_free(b->hash);
  breve_free(b->weight);
  b->hash = NULL;
  b->weight = NULL;
  b->n = 0;
}

/* Cosine similarity of two bags (weights already idf-scaled). */
static double S_cosine(const S_bag *a, const S_bag *b) {
  double dot = 0, na = 0, nb = 0;
  size_t i = 0, j = 0;
  for (size_t k = 0; k < a->n; k++)
    na += (double)a->weight[k] * a->weight[k];
  for (size_t k = 0; k < b->n; k++)
    nb += (double)b->weight[k] * b->weight[k];
  while (i < a->n && j < b->n) {
    if (a->hash[i] == b->hash[j])
      dot += (double)a->weight[i++] * b->weight[j++];
    else if (a->hash[i] < b->hash[j])
      i++;
    else
      j++;
  }
  return na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
}

/* Document frequencies: how many sentences hold each stem. */
typedef struct {
  uint32_t *hash;
  size_t *df;
  size_t n;
} S_df;

static size_t S_df_get(const S_df *d, uint32_t h) {
  size_t lo = 0, hi = d->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (d->hash[mid] < h)
      lo = mid + 1;
    else if (d->hash[mid] > h)
      hi = mid;
    else
      return d->df[mid];
  }
  return 0;
}

double breve_estimate_seconds(size_t words, double wpm) {
  if (wpm <= 0)
    wpm = 160;
  return (double)words * 60.0 / wpm;
}

/* Weights of the scoring features. */
typedef struct {
  double position, centrality, title, length, numbers, names, quote;
} S_weights;

static const S_weights S_default_weights = {
    .position = 1.0, .centrality = 0.6, .title = 0.5, .length = 0.15,
    .numbers = 0.05, .names = 0.03, .quote = -0.1};

typedef struct {
  size_t index;
  double score;
} S_scored;

static int S_cmp_scored(const void *a, const void *b) {
  const S_scored *x = a, *y = b;
  if (x->score != y->score)
    return x->score > y->score ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static int S_cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

breve_status breve_summarize(const breve_article *article,
                             const breve_sentences *sents,
                             const breve_options *opts, breve_selection *out,
                             breve_error *err) {
  breve_options defaults;
  const S_weights *w = &S_default_weights;
  size_t n = sents->count;
  S_bag *bags = NULL, title = {0}, doc = {0};
  S_df df = {0};
  S_scored *scored = NULL;
  int *numbers = NULL, *names = NULL;
  breve_status st = BREVE_ERR_NOMEM;

  if (!opts) {
    breve_options_init(&defaults);
    opts = &defaults;
  }
  memset(out, 0, sizeof *out);
  if (n == 0)
    return breve_error_set(err, BREVE_ERR_EMPTY, "no sentence to summarise");

  bags = breve_calloc(n, sizeof *bags);
  numbers = breve_calloc(n, sizeof *numbers);
  names = breve_calloc(n, sizeof *names);
  scored = breve_calloc(n, sizeof *scored);
  out->scores = breve_calloc(n, sizeof *out->scores);
  out->ranking = breve_calloc(n, sizeof *out->ranking);
  out->chosen = breve_calloc(n, sizeof *out->chosen);
  if (!bags || !numbers || !names || !scored || !out->scores ||
      !out->ranking || !out->chosen)
    goto done;
  out->n_sentences = n;

  size_t total = 0;
  for (size_t i = 0; i < n; i++) {
    if (!S_bag_make(sents->items[i].text, &bags[i], &numbers[i], &names[i]))
      goto done;
    total += bags[i].n;
  }
  /* document frequencies */
  df.hash = breve_malloc((total ? total : 1) * sizeof *df.hash);
  df.df = breve_malloc((total ? total : 1) * sizeof *df.df);
  if (!df.hash || !df.df)
    goto done;
  {
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
      for (size_t j = 0; j < bags[i].n; j++)
        df.hash[k++] = bags[i].hash[j];
    qsort(df.hash, k, sizeof *df.hash, S_cmp_u32);
    size_t m = 0;
    for (size_t j = 0; j < k; j++) {
      if (m && df.hash[m - 1] == df.hash[j]) {
        df.df[m - 1]++;
      } else {
        df.hash[m] = df.hash[j];
        df.df[m++] = 1;
      }
    }
    df.n = m;
  }
  /* idf scaling, and the document's centroid */
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < bags[i].n; j++) {
      double d = (double)S_df_get(&df, bags[i].hash[j]);
      bags[i].weight[j] *= (float)log(1.0 + (double)n / (d > 0 ? d : 1));
    }
  doc.hash = breve_malloc((df.n ? df.n : 1) * sizeof *doc.hash);
  doc.weight = breve_malloc((df.n ? df.n : 1) * sizeof *doc.weight);
  if (!doc.hash || !doc.weight)
    goto done;
  doc.n = df.n;
  for (size_t j = 0; j < df.n; j++) {
    doc.hash[j] = df.hash[j];
    /* stems used in several sentences make the article's topic */
    doc.weight[j] = (float)(df.df[j] > 1 ? df.df[j] - 1 : 0);
  }
  if (article && article->title) {
    if (!S_bag_make(article->title, &title, NULL, NULL))
      goto done;
  }

  /* score */
  size_t candidates = 0;
  for (size_t i = 0; i < n; i++) {
    const breve_sentence *s = &sents->items[i];
    double words = (double)s->words;
    double pos = 1.0 / (1.0 + 0.6 * (double)i);
    double cent = S_cosine(&bags[i], &doc);
    double tit = title.n ? S_cosine(&bags[i], &title) : 0;
    double len = words < 6 ? -1.0 : words > 60 ? -0.5 : words >= 12 ? 0.3 : 0;
    double score = w->position * pos + w->centrality * cent +
                   w->title * tit + w->length * len +
                   w->numbers * (numbers[i] > 3 ? 3 : numbers[i]) +
                   w->names * (names[i] > 4 ? 4 : names[i]) +
                   ((s->flags & BREVE_SENT_QUOTE) ? w->quote : 0);
    if (s->flags & (BREVE_SENT_NOISE | BREVE_SENT_HEADING))
      score = -1e9;
    out->scores[i] = score;
    if (score > -1e8) {
      scored[candidates].index = i;
      scored[candidates].score = score;
      candidates++;
    }
  }
  if (!candidates) {
    st = breve_error_set(err, BREVE_ERR_EMPTY, "no sentence worth speaking");
    goto done;
  }
  qsort(scored, candidates, sizeof *scored, S_cmp_scored);

  /* Ranking with redundancy removed: a sentence too close to a better one
   * goes to the end of the ranking. */
  {
    size_t r = 0, tail = candidates;
    size_t *late = breve_malloc(candidates * sizeof *late);
    size_t n_late = 0;
    if (!late)
      goto done;
    for (size_t c = 0; c < candidates; c++) {
      size_t i = scored[c].index;
      int redundant = 0;
      for (size_t k = 0; k < r && !redundant; k++)
        if (S_cosine(&bags[i], &bags[out->ranking[k]]) > 0.55)
          redundant = 1;
      if (redundant)
        late[n_late++] = i;
      else
        out->ranking[r++] = i;
    }
    for (size_t k = 0; k < n_late; k++)
      out->ranking[r++] = late[k];
    (void)tail;
    breve_free(late);
    out->n_ranking = r;
  }

  /* budget */
  {
    int max_sent = opts->max_sentences;
    double max_words = opts->max_words;
    if (opts->max_seconds > 0)
      max_words = opts->max_seconds * opts->words_per_minute / 60.0;
    if (max_sent <= 0 && max_words <= 0)
      max_sent = BREVE_DEFAULT_SENTENCES;
    if (opts->flags & BREVE_OPT_FULL) {
      max_sent = (int)(n > 1000000 ? 1000000 : n);
      max_words = 0;
    }
    double used = 0;
    for (size_t k = 0; k < out->n_ranking; k++) {
      size_t i = out->ranking[k];
      if ((opts->flags & BREVE_OPT_FULL)) {
        out->chosen[out->n_chosen++] = i;
        continue;
      }
      if (max_sent > 0 && out->n_chosen >= (size_t)max_sent)
        break;
      if (max_words > 0) {
        double wds = (double)sents->items[i].words;
        if (used + wds > max_words) {
          if (out->n_chosen == 0 && k == 0) {
            out->chosen[out->n_chosen++] = i; /* one sentence, even long */
            break;
          }
          continue; /* a shorter one further down may fit */
        }
        used += wds;
      }
      out->chosen[out->n_chosen++] = i;
    }
    if (out->n_chosen == 0)
      out->chosen[out->n_chosen++] = out->ranking[0];
    qsort(out->chosen, out->n_chosen, sizeof *out->chosen, S_cmp_size);
  }
  st = BREVE_OK;

done:
  if (bags)
    for (size_t i = 0; i < n; i++)
      S_bag_free(&bags[i]);
  breve_free(bags);
  S_bag_free(&title);
  S_bag_free(&doc);
  breve_free(df.hash);
  breve_free(df.df);
  breve_free(numbers);
  breve_free(names);
  breve_free(scored);
  if (st != BREVE_OK) {
    breve_selection_free(out);
    if (st == BREVE_ERR_NOMEM)
      breve_error_set(err, st, NULL);
  }
  return st;
}

void breve_selection_free(breve_selection *sel) {
  if (!sel)
    return;
  breve_free(sel->chosen);
  breve_free(sel->ranking);
  breve_free(sel->scores);
  memset(sel, 0, sizeof *sel);
}
