/* Key-sentence selection: describes each sentence by features (position,
 * length, centrality, overlap with the headline and the lead, numbers,
 * names, quotes, ...), scores it with a linear model learned from news
 * articles and their abstracts (data/summary-model.txt, built-in weights
 * when absent), then picks the best within a budget, skipping sentences
 * that repeat one already chosen. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

#include "core/core.h"
#include "text/summary_model.h"

#define S_X_NAME(name) #name,
const char *const breve_summary_feature_names[BREVE_SUMMARY_NFEAT] = {
    BREVE_SUMMARY_FEATURES(S_X_NAME)};

static const char *const S_stopwords[] = {
    "a", "afin", "ai", "ainsi", "alors", "an", "ans", "apres", "as", "au",
    "aussi", "autre", "autres", "aux", "avait", "avant", "avec", "avez",
    "avons", "bien", "c", "ca", "car", "ce", "ceci", "cela", "celle", "celui",
    "cependant", "ces", "cet", "cette", "ceux", "chez", "comme", "d", "dans",
    "de", "deja", "depuis", "des", "dit", "doit", "donc", "dont", "du",
    "egalement", "elle", "elles", "en", "encore", "entre", "est", "et",
    "etait", "ete", "etre", "eux", "faire", "fait", "il", "ils", "j", "je",
    "l", "la", "le", "les", "leur", "leurs", "lors", "lui", "m", "ma", "mais",
    "me", "meme", "mes", "moi", "moins", "mon", "n", "ne", "ni", "nos",
    "notamment", "notre", "nous", "on", "ont", "or", "ou", "par", "pas", "peu",
    "peut", "plus", "pour", "pourrait", "qu", "quand", "que", "qui", "s", "sa",
    "sans", "se", "selon", "sera", "serait", "seront", "ses", "si", "son",
    "sont", "sous", "sur", "t", "ta", "te", "tes", "toi", "ton", "tous",
    "tout", "toute", "toutefois", "toutes", "tres", "tu", "un", "une", "vers",
    "vos", "votre", "vous", "y",
};

/* Stopwords are looked up for every word of every sentence: an open
 * hash table over S_stopwords, built once per process. */
#define S_STOP_SLOTS 512
static unsigned char S_stop_slot[S_STOP_SLOTS]; /* index + 1, 0: empty */
static once_flag S_stop_once = ONCE_FLAG_INIT;

static uint32_t S_stop_hash(const char *w, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)w[i]) * 16777619u;
  return h;
}

static void S_stop_build(void) {
  size_t count = sizeof S_stopwords / sizeof S_stopwords[0];
  for (size_t k = 0; k < count; k++) {
    size_t i = S_stop_hash(S_stopwords[k], strlen(S_stopwords[k])) &
               (S_STOP_SLOTS - 1);
    while (S_stop_slot[i])
      i = (i + 1) & (S_STOP_SLOTS - 1);
    S_stop_slot[i] = (unsigned char)(k + 1);
  }
}

static int S_is_stop(const char *w, size_t n) {
  if (n > 9) /* the longest stopword */
    return 0;
  call_once(&S_stop_once, S_stop_build);
  size_t i = S_stop_hash(w, n) & (S_STOP_SLOTS - 1);
  for (; S_stop_slot[i]; i = (i + 1) & (S_STOP_SLOTS - 1)) {
    const char *s = S_stopwords[S_stop_slot[i] - 1];
    if (strncmp(s, w, n) == 0 && s[n] == '\0')
      return 1;
  }
  return 0;
}

/* A bag of word stems with weights, sorted by hash for merging. */
typedef struct {
  uint32_t *hash;
  float *weight;
  size_t n;
  double norm2; /* sum of squared weights, when norm_set */
  int norm_set;
} S_bag;

static uint32_t S_hash(const char *s, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* Crude French stem: folded word, plural mark dropped, cut to 7 bytes. */
static size_t S_stem(const char *w, size_t n) {
  if (n > 4 && (w[n - 1] == 's' || w[n - 1] == 'x'))
    n--;
  if (n > 5 && w[n - 1] == 'e')
    n--;
  return n > 7 ? 7 : n;
}

static int S_is_wordc(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
         (unsigned char)c >= 0x80;
}

/* Fills `bag` with the content-word stems of the folded text f[0..n)
 * (no stopwords, counts merged); *numbers receives the count of tokens
 * starting with a digit. Returns 0 when out of memory. */
static int S_bag_make(const char *f, size_t n, S_bag *bag, int *numbers) {
  size_t cap = 16, count = 0, i = 0;
  uint32_t *tmp = breve_malloc(cap * sizeof *tmp);
  if (!tmp)
    return 0;
  *numbers = 0;
  while (i < n) {
    while (i < n && !S_is_wordc(f[i]))
      i++;
    size_t start = i;
    while (i < n && S_is_wordc(f[i]))
      i++;
    size_t len = i - start;
    if (!len)
      continue;
    if (f[start] >= '0' && f[start] <= '9')
      (*numbers)++;
    if (len < 2 || S_is_stop(f + start, len))
      continue;
    if (count == cap) {
      uint32_t *p = breve_realloc(tmp, 2 * cap * sizeof *tmp);
      if (!p) {
        breve_free(tmp);
        return 0;
      }
      tmp = p, cap *= 2;
    }
    tmp[count++] = S_hash(f + start, S_stem(f + start, len));
  }
  breve_sort_u32(tmp, count);
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
  memset(b, 0, sizeof *b);
}

static double S_norm2(const S_bag *b) {
  double s = 0;
  for (size_t k = 0; k < b->n; k++)
    s += (double)b->weight[k] * b->weight[k];
  return s;
}

/* Cosine similarity of two bags. The document's big bags (centroid,
 * lead, title) carry their norm, and a small bag is looked up in a much
 * larger one by binary search, so comparing every sentence with the
 * centroid stays linear in the article's length. */
static double S_cosine(const S_bag *a, const S_bag *b) {
  double dot = 0;
  double na = a->norm_set ? a->norm2 : S_norm2(a);
  double nb = b->norm_set ? b->norm2 : S_norm2(b);
  size_t i = 0, j = 0;
  if (b->n > 16 * a->n) {
    for (; i < a->n; i++) {
      size_t lo = 0, hi = b->n;
      while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (b->hash[mid] < a->hash[i])
          lo = mid + 1;
        else
          hi = mid;
      }
      if (lo < b->n && b->hash[lo] == a->hash[i])
        dot += (double)a->weight[i] * b->weight[lo];
    }
  } else {
    while (i < a->n && j < b->n) {
      if (a->hash[i] == b->hash[j])
        dot += (double)a->weight[i++] * b->weight[j++];
      else if (a->hash[i] < b->hash[j])
        i++;
      else
        j++;
    }
  }
  return na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
}

/* Adds the bag `b` into `acc` (both sorted), growing `acc`. */
static int S_bag_add(S_bag *acc, const S_bag *b) {
  size_t n = acc->n + b->n, i = 0, j = 0, k = 0;
  uint32_t *h = breve_malloc((n ? n : 1) * sizeof *h);
  float *w = breve_malloc((n ? n : 1) * sizeof *w);
  if (!h || !w) {
    breve_free(h);
    breve_free(w);
    return 0;
  }
  while (i < acc->n || j < b->n) {
    if (j >= b->n || (i < acc->n && acc->hash[i] < b->hash[j])) {
      h[k] = acc->hash[i], w[k++] = acc->weight[i++];
    } else if (i >= acc->n || b->hash[j] < acc->hash[i]) {
      h[k] = b->hash[j], w[k++] = b->weight[j++];
    } else {
      h[k] = acc->hash[i], w[k++] = acc->weight[i++] + b->weight[j++];
    }
  }
  S_bag_free(acc);
  acc->hash = h, acc->weight = w, acc->n = k;
  return 1;
}

double breve_estimate_seconds(size_t words, double wpm) {
  if (wpm <= 0)
    wpm = 160;
  return (double)words * 60.0 / wpm;
}

/* ------------------------------------------------------------------ */
/* Model                                                              */

/* Built-in weights: a copy of data/summary-model.txt as shipped (learned
 * by bench/train_summary.py), used when the file is absent. */
static const breve_summary_model S_builtin = {
    .with_title =
        {.w = {[BREVE_SF_bias] = -3.06567, [BREVE_SF_pos_0] = -0.314462,
               [BREVE_SF_pos_1] = -0.0633635, [BREVE_SF_pos_2] = 0.267947,
               [BREVE_SF_pos_3] = 0.36728, [BREVE_SF_pos_4] = 0.206744,
               [BREVE_SF_pos_inv] = 0.111661,
               [BREVE_SF_pos_rel] = -0.446959,
               [BREVE_SF_pos_0_logn] = 0.055801,
               [BREVE_SF_par_first] = -0.271877,
               [BREVE_SF_len_short] = 0.370679,
               [BREVE_SF_len_long] = -0.233437,
               [BREVE_SF_len_log] = 1.85775, [BREVE_SF_len_lin] = 2.23928,
               [BREVE_SF_centrality] = 1.72685, [BREVE_SF_title] = 1.9072,
               [BREVE_SF_lead_sim] = 0.323097,
               [BREVE_SF_numbers] = -0.149472, [BREVE_SF_names] = 0.0417029,
               [BREVE_SF_quote_start] = -0.322126,
               [BREVE_SF_quote_inside] = -0.0271638,
               [BREVE_SF_question] = 0.0601984,
               [BREVE_SF_colon] = -0.352349,
               [BREVE_SF_anaphora] = -0.178315,
               [BREVE_SF_weekday] = 0.482092, [BREVE_SF_speech] = 0.162863,
               [BREVE_SF_no_final] = -0.270425,
               [BREVE_SF_paren] = -0.0823335,
               [BREVE_SF_doc_logn] = 0.0212099,
               [BREVE_SF_pos0_len] = 0.315859,
               [BREVE_SF_pos1_len] = 0.328001,
               [BREVE_SF_pos2_len] = 0.437792,
               [BREVE_SF_cent_len] = 2.14092,
               [BREVE_SF_lead_len] = 0.471724,
               [BREVE_SF_title_len] = 2.5795,
               [BREVE_SF_quote_odd] = -0.194304,
               [BREVE_SF_density] = 0.33301,
               [BREVE_SF_first_sim] = -0.892045,
               [BREVE_SF_pos0_cent] = -1.08351,
               [BREVE_SF_pos1_cent] = 0.621668,
               [BREVE_SF_lead_names] = 0.475218,
               [BREVE_SF_lead_numbers] = 0.0266514,
               [BREVE_SF_lead_speech] = -0.161108,
               [BREVE_SF_lead_quote] = -0.103835,
               [BREVE_SF_lead_leadsim] = 0.0957432,
               [BREVE_SF_pos_5_9] = 0.0604019},
         .cost_one = 0.15,
         .cost_many = 0.275,
         .cost_words = 0.15},
    .without_title =
        {.w = {[BREVE_SF_bias] = -2.83475, [BREVE_SF_pos_0] = -0.200028,
               [BREVE_SF_pos_1] = -0.246145, [BREVE_SF_pos_2] = 0.284347,
               [BREVE_SF_pos_3] = 0.400115, [BREVE_SF_pos_4] = 0.224118,
               [BREVE_SF_pos_inv] = 0.144586,
               [BREVE_SF_pos_rel] = -0.497349,
               [BREVE_SF_pos_0_logn] = -0.0914659,
               [BREVE_SF_par_first] = -0.146308,
               [BREVE_SF_len_short] = 0.371874,
               [BREVE_SF_len_long] = -0.241822,
               [BREVE_SF_len_log] = 1.84326, [BREVE_SF_len_lin] = 2.24508,
               [BREVE_SF_centrality] = 2.28536, [BREVE_SF_title] = 0,
               [BREVE_SF_lead_sim] = 0.675897,
               [BREVE_SF_numbers] = -0.156004, [BREVE_SF_names] = 0.42911,
               [BREVE_SF_quote_start] = -0.338595,
               [BREVE_SF_quote_inside] = -0.0127751,
               [BREVE_SF_question] = 0.105206, [BREVE_SF_colon] = -0.323034,
               [BREVE_SF_anaphora] = -0.1923, [BREVE_SF_weekday] = 0.553135,
               [BREVE_SF_speech] = 0.154957,
               [BREVE_SF_no_final] = -0.308939, [BREVE_SF_paren] = -0.08717,
               [BREVE_SF_doc_logn] = -0.0356481,
               [BREVE_SF_pos0_len] = 0.166131,
               [BREVE_SF_pos1_len] = 0.11715,
               [BREVE_SF_pos2_len] = 0.505147,
               [BREVE_SF_cent_len] = 2.88906, [BREVE_SF_lead_len] = 0.77426,
               [BREVE_SF_title_len] = 0, [BREVE_SF_quote_odd] = -0.211641,
               [BREVE_SF_density] = 0.294259,
               [BREVE_SF_first_sim] = -0.669266,
               [BREVE_SF_pos0_cent] = -0.601672,
               [BREVE_SF_pos1_cent] = 0.938455,
               [BREVE_SF_lead_names] = 0.666819,
               [BREVE_SF_lead_numbers] = 0.139834,
               [BREVE_SF_lead_speech] = -0.0649064,
               [BREVE_SF_lead_quote] = -0.12153,
               [BREVE_SF_lead_leadsim] = 0.112193,
               [BREVE_SF_pos_5_9] = 0.0560894},
         .cost_one = 0.15,
         .cost_many = 0.25,
         .cost_words = 0.2},
};

/* The model breve_summarize uses: data/summary-model.txt, read once. */
static once_flag S_model_once = ONCE_FLAG_INIT;
static breve_summary_model S_model;
static breve_status S_model_status;
static char S_model_path[4200];

static void S_model_read(void);

breve_status breve_summary_model_load(const char *path,
                                      breve_summary_model *m) {
  *m = S_builtin;
  FILE *f = path ? fopen(path, "r") : NULL;
  if (!f)
    return BREVE_ERR_IO;
  char line[256];
  breve_summary_weights *w = &m->without_title;
  breve_status st = BREVE_OK;
  while (fgets(line, sizeof line, f)) {
    char name[64];
    double v;
    char *hash = strchr(line, '#');
    if (hash)
      *hash = '\0';
    if (sscanf(line, " %63s", name) != 1)
      continue;
    if (strcmp(name, "model") == 0) {
      char which[64];
      if (sscanf(line, " model %63s", which) != 1) {
        st = BREVE_ERR_PARSE;
        break;
      }
      w = strcmp(which, "title") == 0 ? &m->with_title : &m->without_title;
      continue;
    }
    if (sscanf(line, " %63s %lf", name, &v) != 2) {
      st = BREVE_ERR_PARSE;
      break;
    }
    if (strcmp(name, "cost_one") == 0)
      w->cost_one = v;
    else if (strcmp(name, "cost_many") == 0)
      w->cost_many = v;
    else if (strcmp(name, "cost_words") == 0)
      w->cost_words = v;
    else if (strcmp(name, "rate") == 0)
      w->rate = v != 0;
    for (int k = 0; k < BREVE_SUMMARY_NFEAT; k++)
      if (strcmp(name, breve_summary_feature_names[k]) == 0)
        w->w[k] = v;
  }
  fclose(f);
  if (st != BREVE_OK)
    *m = S_builtin;
  return st;
}

static void S_model_read(void) {
  snprintf(S_model_path, sizeof S_model_path, "%s/summary-model.txt",
           breve_data_dir());
  S_model_status = breve_summary_model_load(S_model_path, &S_model);
}

/* ------------------------------------------------------------------ */
/* Features                                                           */

/* What the features need of the whole article. */
typedef struct {
  size_t n;
  S_bag *bags;    /* idf-weighted stems of each sentence */
  int *numbers;   /* tokens starting with a digit, per sentence */
  S_bag centroid; /* stems used in several sentences */
  S_bag title;    /* stems of the headline (empty without one) */
  S_bag lead;     /* stems of the first two candidate sentences */
  size_t first;   /* index of the first candidate sentence (n: none) */
  int has_title;
  breve_buf folded;  /* every sentence folded, each ending with a NUL */
  size_t *fold_off;  /* where sentence i starts in `folded` */
} S_doc;

static void S_doc_free(S_doc *d) {
  if (d->bags)
    for (size_t i = 0; i < d->n; i++)
      S_bag_free(&d->bags[i]);
  breve_free(d->bags);
  breve_free(d->numbers);
  S_bag_free(&d->centroid);
  S_bag_free(&d->title);
  S_bag_free(&d->lead);
  breve_buf_free(&d->folded);
  breve_free(d->fold_off);
  memset(d, 0, sizeof *d);
}

static int S_is_candidate(const breve_sentence *s) {
  return !(s->flags & (BREVE_SENT_NOISE | BREVE_SENT_HEADING));
}

static int S_doc_build(const breve_article *article,
                       const breve_sentences *sents, S_doc *d) {
  size_t n = sents->count, total = 0;
  breve_buf f = {0};
  memset(d, 0, sizeof *d);
  d->n = n;
  d->bags = breve_calloc(n ? n : 1, sizeof *d->bags);
  d->numbers = breve_calloc(n ? n : 1, sizeof *d->numbers);
  d->fold_off = breve_calloc(n ? n : 1, sizeof *d->fold_off);
  if (!d->bags || !d->numbers || !d->fold_off)
    goto fail;
  /* each sentence is folded once, for its stems here and its features */
  for (size_t i = 0; i < n; i++) {
    size_t at = d->fold_off[i] = d->folded.len;
    breve_utf8_fold(sents->items[i].text, strlen(sents->items[i].text),
                    &d->folded);
    size_t len = d->folded.len - at;
    breve_buf_putc(&d->folded, '\0');
    if (d->folded.oom || !S_bag_make(d->folded.ptr + at, len, &d->bags[i],
                                     &d->numbers[i]))
      goto fail;
    total += d->bags[i].n;
  }
  /* document frequencies: the sorted multiset of every sentence's stems */
  uint32_t *all = breve_malloc((total ? total : 1) * sizeof *all);
  if (!all)
    goto fail;
  size_t k = 0;
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < d->bags[i].n; j++)
      all[k++] = d->bags[i].hash[j];
  breve_sort_u32(all, k);
  d->centroid.hash = breve_malloc((k ? k : 1) * sizeof *d->centroid.hash);
  d->centroid.weight = breve_malloc((k ? k : 1) * sizeof *d->centroid.weight);
  if (!d->centroid.hash || !d->centroid.weight) {
    breve_free(all);
    goto fail;
  }
  size_t m = 0;
  for (size_t j = 0; j < k; j++) {
    if (m && d->centroid.hash[m - 1] == all[j]) {
      d->centroid.weight[m - 1] += 1;
    } else {
      d->centroid.hash[m] = all[j];
      d->centroid.weight[m++] = 1;
    }
  }
  d->centroid.n = m;
  breve_free(all);
  /* idf scaling of the sentences; the centroid keeps the stems found in
   * more than one sentence: the article's topic */
  for (size_t i = 0; i < n; i++)
    for (size_t j = 0; j < d->bags[i].n; j++) {
      size_t lo = 0, hi = m;
      uint32_t h = d->bags[i].hash[j];
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->centroid.hash[mid] < h)
          lo = mid + 1;
        else
          hi = mid;
      }
      double df = lo < m ? d->centroid.weight[lo] : 1;
      d->bags[i].weight[j] *= (float)log(1.0 + (double)n / df);
    }
  /* the norms once: the redundancy check compares each sentence with up
   * to S_REDUNDANT_TOP others */
  for (size_t i = 0; i < n; i++) {
    d->bags[i].norm2 = S_norm2(&d->bags[i]);
    d->bags[i].norm_set = 1;
  }
  for (size_t j = 0; j < m; j++)
    d->centroid.weight[j] =
        d->centroid.weight[j] > 1 ? d->centroid.weight[j] - 1 : 0;
  /* the lead: the first two sentences worth speaking */
  d->first = n;
  for (size_t i = 0, got = 0; i < n && got < 2; i++)
    if (S_is_candidate(&sents->items[i])) {
      if (d->first == n)
        d->first = i;
      if (!S_bag_add(&d->lead, &d->bags[i]))
        goto fail;
      got++;
    }
  if (article && article->title && *article->title) {
    int dummy;
    breve_buf_clear(&f);
    breve_utf8_fold(article->title, strlen(article->title), &f);
    if (f.oom || !S_bag_make(f.ptr ? f.ptr : "", f.len, &d->title, &dummy))
      goto fail;
    d->has_title = 1;
  }
  d->centroid.norm2 = S_norm2(&d->centroid);
  d->title.norm2 = S_norm2(&d->title);
  d->lead.norm2 = S_norm2(&d->lead);
  d->centroid.norm_set = d->title.norm_set = d->lead.norm_set = 1;
  breve_buf_free(&f);
  return 1;
fail:
  breve_buf_free(&f);
  S_doc_free(d);
  return 0;
}

/* Does `s` start with one of the words of `list` (followed by a non-letter)? */
static int S_starts_with_word(const char *s, const char *const *list) {
  for (; *list; list++) {
    if ((*list)[0] != s[0])
      continue;
    size_t n = strlen(*list);
    if (strncmp(s, *list, n) == 0) {
      unsigned char c = (unsigned char)s[n];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80))
        return 1;
    }
  }
  return 0;
}

/* Words that open a sentence leaning on the one before. */
static const char *const S_anaphora[] = {
    "Il", "Elle", "Ils", "Elles", "Ce", "Cet", "Cette", "Ces", "Mais",
    "Pourtant", "Cependant", "Et", "Or", "Donc", "Alors", "Lui", "Celui",
    "Celle", "Ceux", "Cela", "Ça", "Puis", "Ensuite", "Enfin", "Car",
    "Toutefois", "Néanmoins", "En revanche", "De plus", "Par ailleurs", NULL};

static int S_contains_any(const char *hay, const char *const *needles) {
  for (; *needles; needles++)
    if (strstr(hay, *needles))
      return 1;
  return 0;
}

static const char *const S_weekdays[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche", NULL};
static const char *const S_speech[] = {
    "a-t-il", "a-t-elle", "selon ", "a declare", "a affirme", "a explique",
    "a indique", "a assure", "a annonce", "a ajoute", "a precise",
    "estime ", "a-t-on", "ont-ils", NULL};

/* Capitalised words that do not open the sentence, per word. */
static double S_names_ratio(const char *s, size_t words) {
  size_t n = strlen(s), i = 0, names = 0;
  int first = 1;
  while (i < n) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    if (!k)
      k = 1;
    if ((i == 0 || s[i - 1] == ' ') && breve_cp_is_upper(cp) && !first)
      names++;
    if (breve_cp_is_letter(cp))
      first = 0;
    i += k;
  }
  return words ? (double)names / (double)words : 0;
}

/* Fills row[] with the features of sentence i. `rank` is its index among
 * the candidate sentences, `n_cand` their number. `f` is its folded
 * text. */
static void S_features_of(const S_doc *d, const breve_sentences *sents,
                          size_t i, size_t rank, size_t n_cand,
                          const char *f, double *row) {
  const breve_sentence *s = &sents->items[i];
  const char *t = s->text;
  size_t tn = strlen(t);
  double words = (double)s->words;
  double logn = log(1.0 + (double)n_cand);
  memset(row, 0, BREVE_SUMMARY_NFEAT * sizeof *row);
  row[BREVE_SF_bias] = 1;
  row[BREVE_SF_pos_0] = rank == 0;
  row[BREVE_SF_pos_1] = rank == 1;
  row[BREVE_SF_pos_2] = rank == 2;
  row[BREVE_SF_pos_3] = rank == 3;
  row[BREVE_SF_pos_4] = rank == 4;
  row[BREVE_SF_pos_inv] = 1.0 / (1.0 + (double)rank);
  row[BREVE_SF_pos_rel] =
      n_cand > 1 ? (double)rank / (double)(n_cand - 1) : 0;
  row[BREVE_SF_pos_0_logn] = rank == 0 ? logn : 0;
  row[BREVE_SF_par_first] =
      i == 0 || sents->items[i - 1].paragraph != s->paragraph;
  row[BREVE_SF_len_short] = words < 8;
  row[BREVE_SF_len_long] = words > 45;
  row[BREVE_SF_len_log] = log(1.0 + words);
  row[BREVE_SF_len_lin] = (words > 80 ? 80 : words) / 30.0;
  row[BREVE_SF_centrality] = S_cosine(&d->bags[i], &d->centroid);
  row[BREVE_SF_title] = d->has_title ? S_cosine(&d->bags[i], &d->title) : 0;
  row[BREVE_SF_lead_sim] = S_cosine(&d->bags[i], &d->lead);
  row[BREVE_SF_numbers] = (d->numbers[i] > 3 ? 3 : d->numbers[i]) / 3.0;
  row[BREVE_SF_names] = S_names_ratio(t, s->words);
  row[BREVE_SF_quote_start] = (s->flags & BREVE_SENT_QUOTE) != 0;
  row[BREVE_SF_quote_inside] =
      strstr(t, "\xC2\xAB") || strchr(t, '"') || strstr(t, "\xE2\x80\x9C");
  row[BREVE_SF_question] = tn && t[tn - 1] == '?';
  row[BREVE_SF_colon] = strchr(t, ':') != NULL;
  row[BREVE_SF_anaphora] = S_starts_with_word(t, S_anaphora);
  row[BREVE_SF_weekday] = S_contains_any(f, S_weekdays);
  row[BREVE_SF_speech] = S_contains_any(f, S_speech);
  {
    /* ends without . ! ? … or a closing quote or bracket after them */
    size_t e = tn;
    while (e && (t[e - 1] == '"' || t[e - 1] == ')' || t[e - 1] == ' ' ||
                 (e >= 2 && (unsigned char)t[e - 2] == 0xC2 &&
                  (unsigned char)t[e - 1] == 0xBB)))
      e -= (e >= 2 && (unsigned char)t[e - 1] == 0xBB) ? 2 : 1;
    int final = e && (t[e - 1] == '.' || t[e - 1] == '!' || t[e - 1] == '?' ||
                      (e >= 3 && (unsigned char)t[e - 1] == 0xA6 &&
                       (unsigned char)t[e - 2] == 0x80));
    row[BREVE_SF_no_final] = !final;
  }
  row[BREVE_SF_paren] = strchr(t, '(') != NULL;
  {
    /* quotes that open or close outside the sentence: it starts or ends
     * inside someone's words */
    int straight = 0, open = 0, close = 0;
    for (const char *p = t; *p; p++) {
      if (*p == '"')
        straight++;
      else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xAB)
        open++;
      else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xBB)
        close++;
    }
    row[BREVE_SF_quote_odd] = (straight & 1) || open != close;
  }
  row[BREVE_SF_doc_logn] = logn;
  /* length interactions: a sentence's overlap with an abstract grows with
   * its length at a rate that depends on where it stands and what it says */
  double len = row[BREVE_SF_len_lin];
  row[BREVE_SF_pos0_len] = row[BREVE_SF_pos_0] * len;
  row[BREVE_SF_pos1_len] = row[BREVE_SF_pos_1] * len;
  row[BREVE_SF_pos2_len] = row[BREVE_SF_pos_2] * len;
  row[BREVE_SF_cent_len] = row[BREVE_SF_centrality] * len;
  row[BREVE_SF_lead_len] = row[BREVE_SF_lead_sim] * len;
  row[BREVE_SF_title_len] = row[BREVE_SF_title] * len;
  /* content words per word: a sentence dense in names and facts, not in
   * function words */
  row[BREVE_SF_density] = words > 0 ? (double)d->bags[i].n / words : 0;
  /* what the article's first sentence says, which the abstract often
   * restates (0 for that sentence itself) */
  row[BREVE_SF_first_sim] =
      d->first < d->n && d->first != i
          ? S_cosine(&d->bags[i], &d->bags[d->first])
          : 0;
  row[BREVE_SF_pos0_cent] = row[BREVE_SF_pos_0] * row[BREVE_SF_centrality];
  row[BREVE_SF_pos1_cent] = row[BREVE_SF_pos_1] * row[BREVE_SF_centrality];
  /* the same clues weigh differently in the first two sentences */
  double in_lead = rank < 2;
  row[BREVE_SF_lead_names] = in_lead * row[BREVE_SF_names];
  row[BREVE_SF_lead_numbers] = in_lead * row[BREVE_SF_numbers];
  row[BREVE_SF_lead_speech] = in_lead * row[BREVE_SF_speech];
  row[BREVE_SF_lead_quote] = in_lead * row[BREVE_SF_quote_inside];
  row[BREVE_SF_lead_leadsim] = in_lead * row[BREVE_SF_lead_sim];
  row[BREVE_SF_pos_5_9] = rank >= 5 && rank < 10;
}

/* Features of every sentence into rows[n * NFEAT]; non-candidates get a
 * zero row. */
static int S_features_all(const S_doc *d, const breve_sentences *sents,
                          double *rows) {
  size_t n_cand = 0, rank = 0;
  for (size_t i = 0; i < sents->count; i++)
    n_cand += S_is_candidate(&sents->items[i]);
  for (size_t i = 0; i < sents->count; i++) {
    double *row = rows + i * BREVE_SUMMARY_NFEAT;
    if (!S_is_candidate(&sents->items[i])) {
      memset(row, 0, BREVE_SUMMARY_NFEAT * sizeof *row);
      continue;
    }
    S_features_of(d, sents, i, rank++, n_cand, d->folded.ptr + d->fold_off[i],
                  row);
  }
  return 1;
}

breve_status breve_summary_features(const breve_article *article,
                                    const breve_sentences *sents,
                                    double **out, size_t *nfeat) {
  S_doc d;
  *out = NULL;
  *nfeat = BREVE_SUMMARY_NFEAT;
  if (!S_doc_build(article, sents, &d))
    return BREVE_ERR_NOMEM;
  double *rows = breve_calloc(sents->count ? sents->count : 1,
                              BREVE_SUMMARY_NFEAT * sizeof *rows);
  if (!rows || !S_features_all(&d, sents, rows)) {
    breve_free(rows);
    S_doc_free(&d);
    return BREVE_ERR_NOMEM;
  }
  S_doc_free(&d);
  *out = rows;
  return BREVE_OK;
}

/* ------------------------------------------------------------------ */
/* Selection                                                          */

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

/* Two sentences this close (cosine of their stems) say the same thing. */
#define S_REDUNDANT 0.5
#define S_REDUNDANT_TOP 200
/* Only the best S_REDUNDANT_SCAN candidates are checked; the others (an
 * article of more than a thousand sentences) follow in score order. */
#define S_REDUNDANT_SCAN 1000

breve_status breve_summarize(const breve_article *article,
                             const breve_sentences *sents,
                             const breve_options *opts, breve_selection *out,
                             breve_error *err) {
  breve_options defaults;
  breve_summary_model model;
  size_t n = sents->count;
  S_doc d = {0};
  S_scored *scored = NULL;
  double *rows = NULL;
  size_t *late = NULL;
  breve_status st = BREVE_ERR_NOMEM;

  if (!opts) {
    breve_options_init(&defaults);
    opts = &defaults;
  }
  memset(out, 0, sizeof *out);
  if (n == 0)
    return breve_error_set(err, BREVE_ERR_EMPTY, "no sentence to summarise");
  /* the model file is read once per process, not once per article
   * (bench/perf/summarize_vs_ots: parsing it was a fifth of the time of
   * summarising a corpus in one process) */
  call_once(&S_model_once, S_model_read);
  if (S_model_status == BREVE_ERR_PARSE)
    return breve_error_set(err, BREVE_ERR_PARSE,
                           "%s: malformed summary model", S_model_path);
  model = S_model;

  scored = breve_calloc(n, sizeof *scored);
  rows = breve_calloc(n, BREVE_SUMMARY_NFEAT * sizeof *rows);
  late = breve_calloc(n, sizeof *late);
  out->scores = breve_calloc(n, sizeof *out->scores);
  out->ranking = breve_calloc(n, sizeof *out->ranking);
  out->chosen = breve_calloc(n, sizeof *out->chosen);
  if (!scored || !rows || !late || !out->scores || !out->ranking ||
      !out->chosen)
    goto done;
  out->n_sentences = n;
  if (!S_doc_build(article, sents, &d) || !S_features_all(&d, sents, rows))
    goto done;

  const breve_summary_weights *w =
      d.has_title ? &model.with_title : &model.without_title;
  /* A budget in sentences takes first the best sentence alone (cost_one),
   * then the best companions to it (cost_many); a budget in words or
   * seconds weighs every sentence with cost_words. */
  int by_sentences = opts->max_sentences > 0 ||
                     (opts->max_words <= 0 && opts->max_seconds <= 0);
  double cost = !by_sentences               ? w->cost_words
                : opts->max_sentences == 1 ? w->cost_one
                                           : w->cost_many;
  size_t candidates = 0, lead = n;
  double lead_score = 0;
  for (size_t i = 0; i < n; i++) {
    double words = (double)sents->items[i].words, score = 0;
    const double *row = rows + i * BREVE_SUMMARY_NFEAT;
    for (int k = 0; k < BREVE_SUMMARY_NFEAT; k++)
      score += w->w[k] * row[k];
    if (by_sentences && S_is_candidate(&sents->items[i])) {
      double one = w->rate ? words * (score - w->cost_one)
                           : score - w->cost_one * words;
      if (lead == n || one > lead_score)
        lead = i, lead_score = one;
    }
    score = w->rate ? words * (score - cost) : score - cost * words;
    if (!S_is_candidate(&sents->items[i]))
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
  for (size_t c = 0; by_sentences && lead < n && c < candidates; c++)
    if (scored[c].index == lead) {
      S_scored best = scored[c];
      memmove(scored + 1, scored, c * sizeof *scored);
      scored[0] = best;
      break;
    }

  /* Ranking with redundancy removed: a sentence too close to a better one
   * goes to the end of the ranking. */
  {
    size_t r = 0, n_late = 0;
    for (size_t c = 0; c < candidates; c++) {
      size_t i = scored[c].index;
      int redundant = 0;
      /* against the best S_REDUNDANT_TOP only: budgets take sentences
       * from the top, and comparing every pair of a long input is
       * quadratic (minutes for 40,000 one-line paragraphs) */
      for (size_t k = 0;
           c < S_REDUNDANT_SCAN && k < r && k < S_REDUNDANT_TOP && !redundant;
           k++)
        if (S_cosine(&d.bags[i], &d.bags[out->ranking[k]]) > S_REDUNDANT)
          redundant = 1;
      if (redundant)
        late[n_late++] = i;
      else
        out->ranking[r++] = i;
    }
    for (size_t k = 0; k < n_late; k++)
      out->ranking[r++] = late[k];
    out->n_ranking = r;
  }

  /* Budget: in ranking order, the sentences that fit. With a word (or
   * time) budget a sentence too long is passed over for shorter ones
   * further down; when none fits, the best one is taken alone. */
  {
    int max_sent = opts->max_sentences;
    double max_words = opts->max_words;
    if (opts->max_seconds > 0)
      max_words = opts->max_seconds *
                  (opts->words_per_minute > 0 ? opts->words_per_minute : 160) /
                  60.0;
    if (max_sent <= 0 && max_words <= 0)
      max_sent = BREVE_DEFAULT_SENTENCES;
    double used = 0;
    for (size_t k = 0; k < out->n_ranking; k++) {
      size_t i = out->ranking[k];
      if (opts->flags & BREVE_OPT_FULL) {
        out->chosen[out->n_chosen++] = i;
        continue;
      }
      if (max_sent > 0 && out->n_chosen >= (size_t)max_sent)
        break;
      if (max_words > 0) {
        double wds = (double)sents->items[i].words;
        if (used + wds > max_words)
          continue;
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
  S_doc_free(&d);
  breve_free(scored);
  breve_free(rows);
  breve_free(late);
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
