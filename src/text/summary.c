/* Key-sentence selection: describes each sentence by features (position,
 * length, centrality, overlap with the headline, the lead and the other
 * sentences, numbers, names, quotes, ...) and its words, scores it with a
 * linear model, a lexicon of word weights and small regression trees
 * learned from news articles and their abstracts (data/summary-model.txt,
 * built-in weights when absent), then picks the best within a budget,
 * skipping sentences that repeat one already chosen and, in a budget of
 * sentences, weighing what each repeats of those before it. */
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
  float *count; /* how many times each stem occurs (sentence bags) */
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
  return breve_byte_class[(unsigned char)c] & BREVE_BYTE_STEM;
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
  bag->count = breve_malloc((count ? count : 1) * sizeof *bag->count);
  bag->n = 0;
  if (!bag->hash || !bag->weight || !bag->count) {
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
  memcpy(bag->count, bag->weight, bag->n * sizeof *bag->count);
  breve_free(tmp);
  return 1;
}

static void S_bag_free(S_bag *b) {
  breve_free(b->hash);
  breve_free(b->weight);
  breve_free(b->count);
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

/* The occurrences of word stems that two sentence bags share: of each
 * stem both use, the smaller count. */
static double S_shared(const S_bag *a, const S_bag *b) {
  double shared = 0;
  size_t i = 0, j = 0;
  if (!a->count || !b->count)
    return 0;
  while (i < a->n && j < b->n) {
    if (a->hash[i] == b->hash[j]) {
      shared += a->count[i] < b->count[j] ? a->count[i] : b->count[j];
      i++, j++;
    } else if (a->hash[i] < b->hash[j]) {
      i++;
    } else {
      j++;
    }
  }
  return shared;
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
        {.w = {[BREVE_SF_bias] = -2.56963, [BREVE_SF_pos_0] = -0.280857,
               [BREVE_SF_pos_1] = -0.12174, [BREVE_SF_pos_2] = 0.237847,
               [BREVE_SF_pos_3] = 0.341893, [BREVE_SF_pos_4] = 0.198536,
               [BREVE_SF_pos_inv] = 0.106604,
               [BREVE_SF_pos_rel] = -0.421072,
               [BREVE_SF_pos_0_logn] = 0.0545189,
               [BREVE_SF_par_first] = -0.295474,
               [BREVE_SF_len_short] = 0.302343,
               [BREVE_SF_len_long] = -0.224334,
               [BREVE_SF_len_log] = 1.72225, [BREVE_SF_len_lin] = 1.70766,
               [BREVE_SF_centrality] = 1.87149, [BREVE_SF_title] = 1.76208,
               [BREVE_SF_lead_sim] = 0.388728,
               [BREVE_SF_numbers] = -0.119394,
               [BREVE_SF_names] = -0.0274242,
               [BREVE_SF_quote_start] = -0.293694,
               [BREVE_SF_quote_inside] = -0.0121374,
               [BREVE_SF_question] = 0.056217, [BREVE_SF_colon] = -0.323463,
               [BREVE_SF_anaphora] = -0.172727,
               [BREVE_SF_weekday] = 0.465278, [BREVE_SF_speech] = 0.150292,
               [BREVE_SF_no_final] = -0.219834,
               [BREVE_SF_paren] = -0.0426348,
               [BREVE_SF_doc_logn] = -0.00126338,
               [BREVE_SF_pos0_len] = 0.125906,
               [BREVE_SF_pos1_len] = 0.195559,
               [BREVE_SF_pos2_len] = 0.424886,
               [BREVE_SF_cent_len] = 1.80162, [BREVE_SF_lead_len] = 0.53007,
               [BREVE_SF_title_len] = 2.41528,
               [BREVE_SF_quote_odd] = -0.200818,
               [BREVE_SF_density] = 0.286322,
               [BREVE_SF_first_sim] = -0.734479,
               [BREVE_SF_pos0_cent] = -0.952075,
               [BREVE_SF_pos1_cent] = 0.736105,
               [BREVE_SF_lead_names] = 0.446521,
               [BREVE_SF_lead_numbers] = 0.0957086,
               [BREVE_SF_lead_speech] = -0.137772,
               [BREVE_SF_lead_quote] = -0.137163,
               [BREVE_SF_lead_leadsim] = 0.0891043,
               [BREVE_SF_pos_5_9] = 0.0559143,
               [BREVE_SF_peer_mean] = 0.308527,
               [BREVE_SF_peer_max] = -0.568292,
               [BREVE_SF_lead_peer] = 0.0739998},
         .cost_one = 0.125,
         .cost_lead = 0.2,
         .cost_many = 0.15,
         .cost_words = 0.125,
         .cost_shared = 0.5,
         .lexicon = 0,
         .trees = 0},
    .without_title =
        {.w = {[BREVE_SF_bias] = -2.068, [BREVE_SF_pos_0] = -0.215382,
               [BREVE_SF_pos_1] = -0.338909, [BREVE_SF_pos_2] = 0.242042,
               [BREVE_SF_pos_3] = 0.335754, [BREVE_SF_pos_4] = 0.194323,
               [BREVE_SF_pos_inv] = 0.0160665,
               [BREVE_SF_pos_rel] = -0.510427,
               [BREVE_SF_pos_0_logn] = -0.0585083,
               [BREVE_SF_par_first] = -0.210596,
               [BREVE_SF_len_short] = 0.23376,
               [BREVE_SF_len_long] = -0.244839,
               [BREVE_SF_len_log] = 1.63891, [BREVE_SF_len_lin] = 0.135794,
               [BREVE_SF_centrality] = 2.53646, [BREVE_SF_title] = 0,
               [BREVE_SF_lead_sim] = 0.685577,
               [BREVE_SF_numbers] = -0.0454147, [BREVE_SF_names] = 0.253105,
               [BREVE_SF_quote_start] = -0.123774,
               [BREVE_SF_quote_inside] = 0.0612631,
               [BREVE_SF_question] = 0.0790961,
               [BREVE_SF_colon] = -0.0799576,
               [BREVE_SF_anaphora] = -0.0779492,
               [BREVE_SF_weekday] = 0.512255, [BREVE_SF_speech] = 0.148588,
               [BREVE_SF_no_final] = -0.224288,
               [BREVE_SF_paren] = -0.0494939,
               [BREVE_SF_doc_logn] = -0.0186303,
               [BREVE_SF_pos0_len] = 0.0225191,
               [BREVE_SF_pos1_len] = 0.0678734,
               [BREVE_SF_pos2_len] = 0.408382,
               [BREVE_SF_cent_len] = 1.96022,
               [BREVE_SF_lead_len] = 0.451995, [BREVE_SF_title_len] = 0,
               [BREVE_SF_quote_odd] = -0.114105,
               [BREVE_SF_density] = 0.0437979,
               [BREVE_SF_first_sim] = -0.555373,
               [BREVE_SF_pos0_cent] = -0.552725,
               [BREVE_SF_pos1_cent] = 0.985899,
               [BREVE_SF_lead_names] = 0.702201,
               [BREVE_SF_lead_numbers] = 0.265597,
               [BREVE_SF_lead_speech] = -0.040264,
               [BREVE_SF_lead_quote] = -0.14209,
               [BREVE_SF_lead_leadsim] = 0.245026,
               [BREVE_SF_pos_5_9] = 0.0427302,
               [BREVE_SF_peer_mean] = 0.425759,
               [BREVE_SF_peer_max] = -0.606276,
               [BREVE_SF_lead_peer] = 0.23673},
         .cost_one = 0.125,
         .cost_lead = 0.15,
         .cost_many = 0.225,
         .cost_words = 0.15,
         .cost_shared = 0.25,
         .lexicon = 1,
         .trees = 1},
    .n_lex = 300,
    .lex = {{"000", -0.001898}, {"1", -0.07096}, {"10", -0.2104},
            {"15", -0.1715}, {"19", 0.06908}, {"2", -0.07719},
            {"20", -0.009892}, {"2017", -0.02702}, {"2018", -0.01785},
            {"2019", -0.05187}, {"3", -0.002504}, {"30", -0.03591},
            {"4", 0.02461}, {"5", -0.05325}, {"6", 0.01486}, {"7", -0.02066},
            {"a", 0.000802}, {"affirme", 0.03305}, {"afp", -0.01585},
            {"ai", -0.09091}, {"ailleurs", -0.002076}, {"ainsi", -0.0475},
            {"ajoute", -0.02136}, {"alors", 0.009896}, {"ancien", 0.1447},
            {"annee", 0.05578}, {"annees", 0.05456}, {"annonce", 0.08039},
            {"ans", 0.08892}, {"aout", 0.2294}, {"apres", 0.3274},
            {"assure", 0.01758}, {"au", 0.05873}, {"aujourd", -0.009512},
            {"aupres", 0.1471}, {"aurait", -0.07081}, {"aussi", -0.1422},
            {"autorites", 0.1729}, {"autre", -0.1061}, {"autres", -0.1213},
            {"aux", 0.006144}, {"avaient", -0.07669}, {"avait", -0.06847},
            {"avant", -0.03719}, {"avec", -0.1061}, {"avoir", 0.02287},
            {"avons", -0.1116}, {"avril", 0.2627}, {"beaucoup", -0.1186},
            {"bien", -0.02119}, {"c", 0.0009777}, {"ca", 0.03783},
            {"car", -0.01406}, {"cas", -0.05262}, {"cause", 0.07672},
            {"ce", 0.04794}, {"cela", -0.08186}, {"centre", -0.1076},
            {"certains", -0.09323}, {"ces", -0.007763}, {"cet", -0.1618},
            {"cette", -0.02109}, {"ceux", -0.1643}, {"chaque", -0.1189},
            {"chef", 0.1073}, {"chez", -0.1584}, {"comme", -0.0597},
            {"communique", 0.02044}, {"compte", -0.02252},
            {"confinement", -0.09765}, {"contre", 0.09172},
            {"coronavirus", 0.07742}, {"cote", -0.09562}, {"cours", 0.01705},
            {"covid", 0.178}, {"crise", -0.02909}, {"d", 0.2536},
            {"dans", 0.1498}, {"de", 0.2993}, {"debut", 0.2512},
            {"decembre", 0.4292}, {"declare", 0.1663}, {"deja", 0.2458},
            {"demande", 0.001843}, {"depuis", 0.04333}, {"dernier", -0.1283},
            {"des", 0.1083}, {"deux", -0.004314}, {"devant", 0.05196},
            {"dimanche", -0.09267}, {"dire", -0.07625}, {"dit", -0.07465},
            {"doit", -0.07261}, {"donc", 0.1186}, {"dont", -0.0705},
            {"du", 0.1185}, {"egalement", 0.001339}, {"elle", -0.01921},
            {"elles", -0.1053}, {"emmanuel", 0.007292}, {"en", 0.08092},
            {"encore", -0.1224}, {"enfants", 0.03494}, {"enquete", 0.3204},
            {"entre", -0.08448}, {"epidemie", 0.1863}, {"est", 0.03482},
            {"estime", -0.1649}, {"et", -0.005276}, {"etaient", -0.1778},
            {"etait", -0.0798}, {"etat", 0.1161}, {"etats", -0.03869},
            {"ete", 0.2781}, {"etre", 0.01242}, {"eu", 0.0321},
            {"europe", 0.06114}, {"euros", -0.1314}, {"eux", -0.1102},
            {"explique", -0.2102}, {"face", -0.09195}, {"faire", -0.0008381},
            {"fait", 0.04328}, {"famille", -0.04118}, {"faut", -0.2061},
            {"femme", -0.03441}, {"fin", -0.06033}, {"fois", -0.006414},
            {"forces", 0.3218}, {"francais", 0.1439}, {"france", 0.09273},
            {"francois", 0.3548}, {"garde", 0.1152}, {"gens", -0.1741},
            {"gouvernement", 0.08425}, {"grand", 0.05934}, {"grande", 0.03453},
            {"groupe", -0.0814}, {"heures", -0.1951}, {"homme", 0.00378},
            {"hui", -0.004019}, {"il", -0.03908}, {"ils", -0.1469},
            {"indique", -0.2366}, {"j", -0.1354}, {"jamais", 0.002794},
            {"janvier", 0.1658}, {"jaunes", 0.2471}, {"je", -0.201},
            {"jean", 0.1198}, {"jeudi", -0.06249}, {"jeune", -0.07232},
            {"jour", -0.09691}, {"jours", -0.09378}, {"juillet", 0.04177},
            {"juin", 0.01844}, {"jusqu", -0.118}, {"justice", 0.07446},
            {"l", 0.2623}, {"la", 0.2189}, {"lance", -0.1199}, {"le", 0.1917},
            {"les", 0.07687}, {"leur", -0.0181}, {"leurs", -0.03398},
            {"lieu", -0.04272}, {"loi", 0.2262}, {"lors", 0.1643},
            {"lui", -0.0226}, {"lundi", -0.02104}, {"m", 0.03493},
            {"macron", -0.04363}, {"mai", 0.07487}, {"maire", -0.01563},
            {"mais", -0.06593}, {"mardi", -0.1037}, {"mars", 0.1364},
            {"matin", 0.1569}, {"me", -0.1653}, {"meme", 0.02879},
            {"mercredi", -0.09119}, {"mesures", 0.1014},
            {"millions", -0.02628}, {"ministere", 0.08462},
            {"ministre", 0.2393}, {"mis", -0.05303}, {"moins", -0.01931},
            {"mois", -0.0746}, {"moment", -0.00523}, {"mon", -0.1099},
            {"monde", -0.0539}, {"mort", 0.2178}, {"mouvement", -0.07219},
            {"n", 0.04112}, {"national", 0.2952}, {"nationale", 0.3144},
            {"ne", -0.07345}, {"nombre", -0.1197}, {"non", 0.07495},
            {"nord", -0.06381}, {"nos", -0.1431}, {"notamment", -0.03989},
            {"notre", -0.05647}, {"nous", -0.1792}, {"nouveau", -0.1001},
            {"nouvelle", 0.03227}, {"novembre", 0.1476}, {"on", -0.2124},
            {"ont", 0.01729}, {"ordre", -0.1755}, {"ou", -0.2028},
            {"par", 0.05207}, {"paris", 0.09377}, {"parisien", 0.0579},
            {"part", -0.1047}, {"parti", 0.003936}, {"partie", -0.07037},
            {"pas", 0.1012}, {"passe", -0.1165}, {"pays", -0.121},
            {"pendant", -0.0747}, {"personne", -0.15}, {"personnes", -0.1001},
            {"peu", 0.03297}, {"peut", -0.08754}, {"philippe", -0.1634},
            {"place", -0.02182}, {"plus", -0.03527}, {"plusieurs", -0.02106},
            {"police", -0.07754}, {"politique", -0.01564}, {"porte", -0.01055},
            {"pour", 0.08422}, {"pourrait", 0.1161}, {"pouvoir", 0.01291},
            {"precise", -0.03313}, {"premier", -0.04978}, {"premiere", 0.1528},
            {"pres", 0.2832}, {"president", 0.3424}, {"pris", -0.1251},
            {"pu", -0.1264}, {"public", -0.0888}, {"qu", 0.1781},
            {"quand", -0.1797}, {"quatre", 0.03809}, {"que", 0.05499},
            {"quelques", -0.00672}, {"qui", 0.00502}, {"raison", 0.06899},
            {"region", 0.3315}, {"republique", 0.198}, {"reste", -0.1448},
            {"rien", -0.04917}, {"s", 0.2076}, {"sa", -0.02918},
            {"samedi", -0.08781}, {"sans", -0.09393}, {"sante", -0.0509},
            {"se", 0.001443}, {"securite", 0.177}, {"selon", -0.03763},
            {"semaine", -0.1151}, {"semaines", -0.1215},
            {"septembre", -0.03003}, {"sera", -0.1906}, {"serait", -0.03382},
            {"seront", -0.1498}, {"ses", 0.03032}, {"si", -0.06905},
            {"situation", 0.04609}, {"soir", 0.04058}, {"soit", -0.005175},
            {"son", 0.02935}, {"sont", -0.06319}, {"souligne", -0.07549},
            {"sous", -0.0837}, {"sud", 0.08839}, {"suis", -0.05067},
            {"sur", 0.09427}, {"t", 0.3166}, {"temps", -0.15},
            {"toujours", -0.09049}, {"tous", -0.07283}, {"tout", -0.09816},
            {"toute", 0.03326}, {"toutes", -0.1762}, {"travail", -0.02188},
            {"tres", 0.1752}, {"trois", -0.004771}, {"un", 0.06593},
            {"une", 0.06843}, {"unis", 0.07003}, {"va", -0.08504},
            {"vendredi", 0.05922}, {"vers", -0.128}, {"vie", -0.019},
            {"ville", -0.02623}, {"vous", -0.1125}, {"y", -0.02175}},
    .n_trees = 60,
    .tree = {
        {.feat = {BREVE_SF_len_log, BREVE_SF_peer_mean, BREVE_SF_quote_inside, BREVE_SF_len_lin, BREVE_SF_pos0_cent, BREVE_SF_bias, BREVE_SF_names},
         .thresh = {4.43675, 0.0286365, 0.5, 0.116665, 0.38183, 2, 0.033803},
         .leaf = {0.078185, -0.00734729, 0.0181526, -0.0662685, -0.328254, 0, -0.235663, -0.0803631}},
        {.feat = {BREVE_SF_len_lin, BREVE_SUMMARY_NFEAT, BREVE_SF_names, BREVE_SF_len_lin, BREVE_SF_names, BREVE_SUMMARY_NFEAT, BREVE_SF_bias},
         .thresh = {2.28335, 5.31174, 0.163455, 0.116665, 0.016261, 10.1335, 2},
         .leaf = {0.0672046, -0.00827908, -0.0145367, 0.0176703, 0.0734012, -0.0874389, -0.471035, 0}},
        {.feat = {BREVE_SF_len_lin, BREVE_SF_cent_len, BREVE_SF_names, BREVE_SF_pos_rel, BREVE_SF_pos_rel, BREVE_SF_pos_rel, BREVE_SF_bias},
         .thresh = {2.28335, 0.133375, 0.1406, 0.48436, 0.459165, 0.552175, 2},
         .leaf = {-0.01846, 0.00261229, 0.0221772, -0.00163238, -0.0235957, -0.141526, -0.305792, 0}},
        {.feat = {BREVE_SF_len_log, BREVE_SF_pos1_len, BREVE_SF_quote_inside, BREVE_SF_names, BREVE_SF_first_sim, BREVE_SF_bias, BREVE_SF_doc_logn},
         .thresh = {4.4716, 1.91665, 0.5, 0.021508, 0.054259, 2, 2.5249},
         .leaf = {-0.00666497, 0.00606762, -0.0349945, -0.279831, -0.379189, 0, -0.25944, -0.0641071}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SF_lead_peer, BREVE_SF_centrality, BREVE_SF_lead_sim, BREVE_SF_pos0_cent, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.01665, 0.026399, 0.27476, 0.533755, 0.3336, 2, 2},
         .leaf = {0.000776761, -0.0263886, 0.0370842, -0.0510003, -0.0688165, 0, -0.284795, 0}},
        {.feat = {BREVE_SF_len_log, BREVE_SF_peer_mean, BREVE_SF_doc_logn, BREVE_SF_len_log, BREVE_SF_doc_logn, BREVE_SF_bias, BREVE_SF_centrality},
         .thresh = {4.43675, 0.027049, 2.5249, 1.7006, 2.2499, 2, 0.22639},
         .leaf = {0.0426661, -0.00574922, -0.0203034, 0.0142329, -0.279774, 0, -0.197914, -0.00378193}},
        {.feat = {BREVE_SF_len_log, BREVE_SF_peer_mean, BREVE_SF_numbers, BREVE_SUMMARY_NFEAT, BREVE_SF_lead_leadsim, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {4.5591, 0.021508, 0.833335, 1.16017, 0.86128, 2, 2},
         .leaf = {0.0262417, -0.00843327, 0.00322652, 0.0604294, -0.0441999, 0, -0.215211, 0}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SUMMARY_NFEAT, BREVE_SF_numbers, BREVE_SF_pos_rel, BREVE_SF_pos_rel, BREVE_SF_lead_sim, BREVE_SF_bias},
         .thresh = {1.71665, 5.73551, 0.5, 0.48436, 0.552175, 0.0467365, 2},
         .leaf = {-0.0147986, 0.00542884, 0.023878, -0.0161446, -0.0528409, -0.262356, 0.0011681, 0}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_names, BREVE_SF_bias, BREVE_SF_lead_names, BREVE_SF_lead_len, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.05, 0.320715, 2, 0.091751, 0.131915, 2, 2},
         .leaf = {-0.00221561, 0.033699, -0.0521025, -0.195828, -0.18847, 0, 0, 0}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SF_len_log, BREVE_SF_peer_mean, BREVE_SUMMARY_NFEAT, BREVE_SF_doc_logn, BREVE_SF_peer_mean, BREVE_SF_names},
         .thresh = {0.40557, 4.4716, 0.068281, 4.92943, 2.6736, 0.051326, 0.046225},
         .leaf = {-0.00339062, 0.00871126, -0.291012, -0.0145956, -0.148782, 0.0162767, -0.0740031, -0.215825}},
        {.feat = {BREVE_SF_centrality, BREVE_SUMMARY_NFEAT, BREVE_SF_lead_leadsim, BREVE_SF_len_long, BREVE_SF_names, BREVE_SF_doc_logn, BREVE_SF_bias},
         .thresh = {0.423675, 10.1335, 0.88986, 0.5, 0.211035, 2.8029, 2},
         .leaf = {-0.000933407, 0.0339775, -0.0215449, -0.333838, -0.0735941, 0.0123295, 0.188084, 0}},
        {.feat = {BREVE_SUMMARY_NFEAT, BREVE_SF_len_log, BREVE_SF_len_lin, BREVE_SF_names, BREVE_SF_pos_inv, BREVE_SF_density, BREVE_SF_names},
         .thresh = {10.1335, 4.2268, 1.95, 0.320715, 0.105555, 0.56286, 0.17922},
         .leaf = {0.00226571, -0.0482682, 0.0569726, 0.201309, -0.0194337, 0.0917879, -0.0535031, -0.290173}},
        {.feat = {BREVE_SF_lead_peer, BREVE_SF_lead_peer, BREVE_SF_len_lin, BREVE_SF_len_log, BREVE_SF_first_sim, BREVE_SF_peer_max, BREVE_SF_first_sim},
         .thresh = {0.077424, 0.037914, 1.05, 4.5591, 0.11639, 0.343475, 0.11639},
         .leaf = {-0.00138543, -0.122143, 0.0336807, -0.0658686, 0.0789947, -0.17587, -0.108068, -0.275782}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SF_first_sim, BREVE_SF_weekday, BREVE_SUMMARY_NFEAT, BREVE_SUMMARY_NFEAT, BREVE_SF_peer_max, BREVE_SF_pos_0_logn},
         .thresh = {0.40557, 0.21276, 0.5, 5.73551, 8.27263, 0.246795, 2.4414},
         .leaf = {-0.00180719, 0.010652, -0.0250584, -0.192842, 0.0410593, -0.101619, -0.255129, -0.056774}},
        {.feat = {BREVE_SF_cent_len, BREVE_SF_pos_inv, BREVE_SF_pos_rel, BREVE_SF_weekday, BREVE_SF_pos1_cent, BREVE_SF_peer_max, BREVE_SUMMARY_NFEAT},
         .thresh = {0.171975, 0.183335, 0.552175, 0.5, 0.31589, 0.343475, 8.979},
         .leaf = {0.0038205, -0.0336338, -0.0150038, -0.134111, 0.0176753, -0.0501423, 0.00294166, -0.0711084}},
        {.feat = {BREVE_SF_first_sim, BREVE_SF_pos0_cent, BREVE_SF_pos_inv, BREVE_SF_peer_mean, BREVE_SF_pos0_len, BREVE_SF_density, BREVE_SF_cent_len},
         .thresh = {0.21276, 0.48292, 0.0954545, 0.027049, 1.01665, 0.49342, 0.200975},
         .leaf = {-0.00146019, 0.00844054, -0.0472553, -0.195563, 0.115361, 0.0070266, -0.0085038, -0.11786}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_pos0_cent, BREVE_SF_lead_leadsim, BREVE_SF_lead_peer, BREVE_SF_lead_leadsim, BREVE_SF_doc_logn, BREVE_SF_density},
         .thresh = {1.35, 0.350205, 0.88986, 0.026399, 0.68668, 2.8029, 0.517755},
         .leaf = {-0.00186437, 0.0165619, 0.0147625, -0.0876943, -0.0772259, -0.211969, 0.299982, -0.0275395}},
        {.feat = {BREVE_SF_len_lin, BREVE_SF_pos_rel, BREVE_SF_peer_max, BREVE_SF_peer_mean, BREVE_SF_centrality, BREVE_SF_peer_mean, BREVE_SF_lead_len},
         .thresh = {0.116665, 0.68357, 0.343475, 0.0058153, 0.035774, 0.0286365, 0.267325},
         .leaf = {0.0523299, 0.0156916, 0.106911, 0.060416, -0.0031035, 0.00791125, -0.0189725, -0.126887}},
        {.feat = {BREVE_SF_lead_leadsim, BREVE_SF_lead_leadsim, BREVE_SF_quote_odd, BREVE_SF_len_lin, BREVE_SF_first_sim, BREVE_SF_pos_0_logn, BREVE_SF_centrality},
         .thresh = {0.874575, 0.583935, 0.5, 0.116665, 0.091135, 3.0201, 0.250095},
         .leaf = {0.0443535, 0.00150111, -0.0105624, -0.121972, 0.0655674, -0.101585, -0.000364522, -0.196183}},
        {.feat = {BREVE_SF_lead_names, BREVE_SUMMARY_NFEAT, BREVE_SF_first_sim, BREVE_SF_len_long, BREVE_SF_pos0_cent, BREVE_SF_quote_odd, BREVE_SF_bias},
         .thresh = {0.104715, 10.1335, 0.14612, 0.5, 0.294325, 0.5, 2},
         .leaf = {-0.0017701, 0.0342761, -0.0190767, -0.170811, 0.0392075, -0.0531952, -0.174915, 0}},
        {.feat = {BREVE_SF_names, BREVE_SF_lead_peer, BREVE_SF_len_lin, BREVE_SF_pos_inv, BREVE_SF_first_sim, BREVE_SF_pos_rel, BREVE_SF_bias},
         .thresh = {0.382785, 0.077424, 0.716665, 0.051316, 0.091135, 0.294785, 2},
         .leaf = {0.01331, -0.00138451, -0.0057603, -0.172987, -0.0953143, -0.00919797, -0.175855, 0}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SF_lead_peer, BREVE_SF_density, BREVE_SF_lead_leadsim, BREVE_SF_names, BREVE_SF_first_sim, BREVE_SF_centrality},
         .thresh = {1.21665, 0.027953, 0.54399, 0.583935, 0.0275875, 0.0846525, 0.194825},
         .leaf = {0.00123288, -0.0228152, -0.0248134, 0.0262895, -0.0382354, -0.192656, -0.0725276, 0.0933195}},
        {.feat = {BREVE_SF_lead_names, BREVE_SF_pos1_cent, BREVE_SF_paren, BREVE_SF_lead_leadsim, BREVE_SF_bias, BREVE_SF_quote_odd, BREVE_SF_len_lin},
         .thresh = {0.0289915, 0.393155, 0.5, 0.672495, 2, 0.5, 2.05},
         .leaf = {0.000173842, -0.0372208, -0.196441, 0, 0.0144973, -0.0525417, 0.0859907, -0.13444}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SUMMARY_NFEAT, BREVE_SF_speech, BREVE_SF_cent_len, BREVE_SF_names, BREVE_SF_lead_leadsim, BREVE_SF_weekday},
         .thresh = {0.319645, 1.16017, 0.5, 0.014162, 0.021508, 0.86128, 0.5},
         .leaf = {0.026104, -0.00243308, -0.00766639, 0.00231463, -0.000197841, -0.0873272, 0.0069765, -0.199877}},
        {.feat = {BREVE_SF_numbers, BREVE_SF_lead_numbers, BREVE_SF_names, BREVE_SF_pos1_len, BREVE_SF_lead_peer, BREVE_SF_lead_names, BREVE_SF_bias},
         .thresh = {0.833335, 0.5, 0.251925, 2.05, 0.0539695, 0.1222, 2},
         .leaf = {0.00112786, -0.147649, 0.0130426, 0.165244, -0.0196404, 0.117678, -0.187715, 0}},
        {.feat = {BREVE_SF_doc_logn, BREVE_SF_centrality, BREVE_SF_peer_mean, BREVE_SF_speech, BREVE_SF_pos_3, BREVE_SUMMARY_NFEAT, BREVE_SUMMARY_NFEAT},
         .thresh = {2.5249, 0.205615, 0.037896, 0.5, 0.5, 10.1335, 7.03506},
         .leaf = {-0.000716032, 0.0289321, -0.0302106, 0.0157286, -0.000215611, -0.0541208, 0.00520986, 0.0431844}},
        {.feat = {BREVE_SF_lead_peer, BREVE_SF_doc_logn, BREVE_SF_numbers, BREVE_SF_density, BREVE_SF_len_log, BREVE_SF_peer_max, BREVE_SUMMARY_NFEAT},
         .thresh = {0.077424, 1.7006, 0.5, 0.517755, 4.5591, 0.343475, 10.1335},
         .leaf = {-0.0271496, 0.176716, 0.000111031, -0.107663, 0.0262247, -0.143449, -0.0720174, -0.319923}},
        {.feat = {BREVE_SF_lead_peer, BREVE_SF_names, BREVE_SF_quote_odd, BREVE_SF_first_sim, BREVE_SF_len_lin, BREVE_SF_len_log, BREVE_SF_peer_max},
         .thresh = {0.044348, 0.2934, 0.5, 0.0120265, 1.05, 4.33725, 0.127615},
         .leaf = {-0.00308654, 0.00536859, -0.0226352, -0.189057, 0.0277759, 0.244944, 0.0844045, -0.100137}},
        {.feat = {BREVE_SF_lead_names, BREVE_SF_lead_leadsim, BREVE_SF_bias, BREVE_SF_pos1_len, BREVE_SF_pos1_len, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {0.371475, 0.88986, 2, 1.81665, 1.51665, 2, 2},
         .leaf = {0.000250486, -0.139864, 0.0204678, 0.191523, -0.179681, 0, 0, 0}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SF_lead_names, BREVE_SF_first_sim, BREVE_SUMMARY_NFEAT, BREVE_SF_pos0_cent, BREVE_SF_pos_rel, BREVE_SF_doc_logn},
         .thresh = {1.71665, 0.313785, 0.0426995, 10.1335, 0.0496605, 0.173495, 2.5249},
         .leaf = {0.00176355, -0.0188821, -0.176565, 0.00580163, 0.0828508, -0.0596938, -0.132042, -0.273387}},
        {.feat = {BREVE_SF_pos_inv, BREVE_SF_weekday, BREVE_SF_pos1_len, BREVE_SF_lead_sim, BREVE_SF_len_lin, BREVE_SF_lead_peer, BREVE_SF_numbers},
         .thresh = {0.0488095, 0.5, 2.05, 0.0635485, 0.716665, 0.044348, 0.5},
         .leaf = {0.0120954, 0.0552602, 0.0404537, -0.0688038, -0.00280163, 0.0154241, -0.181246, -0.0141928}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SF_lead_peer, BREVE_SF_lead_sim, BREVE_SF_lead_leadsim, BREVE_SF_quote_odd, BREVE_SF_first_sim, BREVE_SF_peer_max},
         .thresh = {1.71665, 0.026399, 0.0745945, 0.68668, 0.5, 0.0160385, 0.150315},
         .leaf = {-0.00122055, -0.0289836, 0.0196328, -0.0443443, -0.107465, 0.0514943, -0.270357, -0.100038}},
        {.feat = {BREVE_SF_names, BREVE_SF_pos_inv, BREVE_SF_pos_inv, BREVE_SUMMARY_NFEAT, BREVE_SF_lead_quote, BREVE_SF_weekday, BREVE_SF_lead_sim},
         .thresh = {0.021508, 0.183335, 0.13393, 10.1335, 0.5, 0.5, 0.12217},
         .leaf = {0.00146269, -0.146893, -0.0219921, 0.0199274, -0.000231196, -0.0385143, 0.0212456, -0.00243867}},
        {.feat = {BREVE_SF_pos0_len, BREVE_SF_pos0_len, BREVE_SF_bias, BREVE_SF_pos0_cent, BREVE_SF_pos_0_logn, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.45, 1.25, 2, 0.350205, 3.0201, 2, 2},
         .leaf = {0.000310216, -0.0362667, 0.0555721, -0.0606549, 0.158537, 0, 0, 0}},
        {.feat = {BREVE_SF_names, BREVE_SUMMARY_NFEAT, BREVE_SF_len_lin, BREVE_SF_pos_rel, BREVE_SF_doc_logn, BREVE_SF_pos2_len, BREVE_SF_bias},
         .thresh = {0.17922, 4.18968, 2.11665, 0.431295, 4.119, 0.816665, 2},
         .leaf = {-0.0138755, 0.00439416, 0.00575854, 0.161345, -0.00858384, -0.124833, -0.249463, 0}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SF_pos2_len, BREVE_SF_lead_leadsim, BREVE_SF_len_log, BREVE_SF_numbers, BREVE_SF_names, BREVE_SF_lead_names},
         .thresh = {0.30714, 1.71665, 0.75831, 4.73615, 0.166665, 0.072949, 0.114835},
         .leaf = {0.000700191, 0.158706, -0.163417, -0.0109529, -0.0422167, 0.0374004, -0.126417, -0.00561716}},
        {.feat = {BREVE_SF_centrality, BREVE_SF_peer_mean, BREVE_SF_peer_max, BREVE_SF_len_lin, BREVE_SF_pos2_len, BREVE_SF_doc_logn, BREVE_SF_lead_len},
         .thresh = {0.37523, 0.057381, 0.343475, 0.116665, 0.983335, 2.8029, 0.20009},
         .leaf = {0.0373438, -0.000498005, 0.02446, 0.178734, -0.0234767, 0.0352182, -0.0540964, -0.126422}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SF_density, BREVE_SF_quote_inside, BREVE_SF_pos1_cent, BREVE_SF_pos_inv, BREVE_SF_lead_peer, BREVE_SF_lead_sim},
         .thresh = {0.716665, 0.552435, 0.5, 0.439445, 0.105555, 0.044348, 0.0873765},
         .leaf = {0.00279748, -0.137317, -0.0161318, -0.000900149, 0.0267585, 0.17304, 0.0160148, -0.075826}},
        {.feat = {BREVE_SF_len_log, BREVE_SF_lead_numbers, BREVE_SF_bias, BREVE_SUMMARY_NFEAT, BREVE_SF_quote_inside, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {4.73615, 0.833335, 2, 3.61551, 0.5, 2, 2},
         .leaf = {-0.00565829, 0.00255884, -0.0646868, 0.0147601, -0.166237, 0, 0, 0}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_pos2_len, BREVE_SF_weekday, BREVE_SF_first_sim, BREVE_SF_lead_peer, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {1.98335, 1.55, 0.5, 0.11639, 0.0539695, 2, 2},
         .leaf = {7.56625e-05, -0.0170903, 0.0412606, 0.191418, -0.209291, 0, -0.0286451, 0}},
        {.feat = {BREVE_SF_density, BREVE_SF_len_long, BREVE_SF_peer_max, BREVE_SF_lead_len, BREVE_SUMMARY_NFEAT, BREVE_SF_pos1_len, BREVE_SF_pos2_len},
         .thresh = {0.59632, 0.5, 0.0897985, 1.0919, 7.37032, 0.483335, 0.883335},
         .leaf = {0.00138799, -0.0521842, 0.0759153, 0.00505476, -0.0156434, -0.0920716, -0.0018451, 0.0802214}},
        {.feat = {BREVE_SF_pos1_cent, BREVE_SF_lead_numbers, BREVE_SF_peer_max, BREVE_SF_pos0_cent, BREVE_SF_doc_logn, BREVE_SF_peer_max, BREVE_SF_pos1_len},
         .thresh = {0.393155, 0.166665, 0.222175, 0.189545, 2.5249, 0.169025, 1.11665},
         .leaf = {-0.000229716, 0.0386659, -0.040631, 0.00042135, 0.0678183, -0.0716824, 0.0500252, 0.314548}},
        {.feat = {BREVE_SF_len_log, BREVE_SUMMARY_NFEAT, BREVE_SF_pos1_cent, BREVE_SF_lead_leadsim, BREVE_SF_first_sim, BREVE_SF_pos_rel, BREVE_SF_bias},
         .thresh = {3.62425, 7.78423, 0.439445, 0.784165, 0.0653385, 0.75379, 2},
         .leaf = {0.00214985, -0.0218884, 0.0526722, -0.022804, -0.00141897, -0.0297946, 0.172421, 0}},
        {.feat = {BREVE_SF_lead_leadsim, BREVE_SF_pos1_cent, BREVE_SF_pos1_len, BREVE_SF_lead_len, BREVE_SF_first_sim, BREVE_SF_quote_start, BREVE_SF_quote_odd},
         .thresh = {0.820765, 0.115625, 0.55, 1.0919, 0.097855, 0.5, 0.5},
         .leaf = {-0.000155625, 0.0720344, -0.019895, -0.100917, -0.0437451, 0.109157, 0.0686667, -0.0618223}},
        {.feat = {BREVE_SF_names, BREVE_SF_lead_leadsim, BREVE_SF_numbers, BREVE_SF_lead_leadsim, BREVE_SF_density, BREVE_SF_centrality, BREVE_SUMMARY_NFEAT},
         .thresh = {0.193995, 0.93281, 0.833335, 0.908575, 0.569755, 0.110075, 7.37032},
         .leaf = {0.000979187, 0.0671602, -0.111195, 0.0162171, -0.0400034, 0.000227597, -0.0271202, -0.227834}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_len_log, BREVE_SF_numbers, BREVE_SF_pos2_len, BREVE_SF_bias, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.05, 4.73615, 0.5, 2.31665, 2, 2, 2},
         .leaf = {-0.000831507, 0.114508, -0.128305, 0, -0.197103, 0, -0.026907, 0}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SF_pos_0_logn, BREVE_SF_lead_leadsim, BREVE_SF_cent_len, BREVE_SF_lead_leadsim, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {0.48292, 3.0201, 0.720885, 0.307325, 0.672495, 2, 2},
         .leaf = {-0.000318456, 0.0097129, 0.0280791, -0.0679514, -0.0285135, 0, -0.133844, 0}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_pos1_cent, BREVE_SF_weekday, BREVE_SF_lead_len, BREVE_SF_len_log, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {1.91665, 0.439445, 0.5, 0.850285, 3.38425, 2, 2},
         .leaf = {0.000545165, -0.01845, -0.0533809, 0.212582, -0.154073, 0, 0.00240586, 0}},
        {.feat = {BREVE_SF_pos1_cent, BREVE_SF_lead_len, BREVE_SF_centrality, BREVE_SF_peer_max, BREVE_SF_doc_logn, BREVE_SF_bias, BREVE_SF_first_sim},
         .thresh = {0.31589, 0.039032, 0.32346, 0.0399545, 2.5249, 2, 0.12853},
         .leaf = {0.0120859, -0.00412912, -0.0061004, 0.010225, -0.163305, 0, -0.00251066, -0.127766}},
        {.feat = {BREVE_SF_cent_len, BREVE_SUMMARY_NFEAT, BREVE_SF_first_sim, BREVE_SF_pos1_len, BREVE_SF_pos_rel, BREVE_SF_pos_rel, BREVE_SF_lead_len},
         .thresh = {0.38483, 7.03506, 0.11639, 0.783335, 0.48436, 0.552175, 0.38638},
         .leaf = {0.00190347, -0.0439944, -0.0049242, -0.0441116, 0.0324134, -0.00589517, 0.00650488, -0.129252}},
        {.feat = {BREVE_SF_pos_inv, BREVE_SF_density, BREVE_SF_len_log, BREVE_SF_first_sim, BREVE_SF_cent_len, BREVE_SF_first_sim, BREVE_SF_doc_logn},
         .thresh = {0.051316, 0.535045, 4.4716, 0.0120265, 0.3421, 0.0616265, 3.06775},
         .leaf = {0.0164727, 0.0432359, -0.00205696, 0.0695486, 0.000979959, -0.00875126, 0.084467, -0.0849293}},
        {.feat = {BREVE_SF_doc_logn, BREVE_SF_pos2_len, BREVE_SF_lead_len, BREVE_SF_names, BREVE_SF_bias, BREVE_SF_peer_mean, BREVE_SF_pos_0_logn},
         .thresh = {3.1568, 2.01665, 0.38638, 0.033803, 2, 0.057381, 3.51145},
         .leaf = {-0.00124752, 0.00692255, -0.0961333, 0, -0.00435089, 0.123713, -0.0754337, 0.0774086}},
        {.feat = {BREVE_SF_names, BREVE_SF_len_log, BREVE_SF_cent_len, BREVE_SF_len_long, BREVE_SF_centrality, BREVE_SF_pos_rel, BREVE_SF_numbers},
         .thresh = {0.131365, 4.3882, 0.55908, 0.5, 0.30527, 0.0805405, 0.5},
         .leaf = {0.000867436, 0.0201323, 0.01079, -0.1704, 0.0159937, -0.0135602, -0.03367, -0.189315}},
        {.feat = {BREVE_SF_centrality, BREVE_SF_lead_names, BREVE_SF_density, BREVE_SF_pos1_cent, BREVE_SF_quote_inside, BREVE_SF_len_log, BREVE_SF_pos2_len},
         .thresh = {0.423675, 0.114835, 0.49342, 0.393155, 0.5, 3.62425, 0.816665},
         .leaf = {-0.000958452, -0.128879, 0.0349502, -0.0126937, -0.0410575, -0.133262, -0.0155194, 0.182937}},
        {.feat = {BREVE_SF_pos2_len, BREVE_SF_pos1_len, BREVE_SF_doc_logn, BREVE_SF_doc_logn, BREVE_SF_weekday, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.01665, 1.41665, 2.5249, 2.5249, 0.5, 2, 2},
         .leaf = {-0.00583924, 0.00255329, -0.038113, 0.196795, 0.0370925, 0, -0.255261, 0}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SF_pos1_len, BREVE_SF_quote_start, BREVE_SF_pos2_len, BREVE_SF_weekday, BREVE_SF_doc_logn, BREVE_SF_pos0_len},
         .thresh = {0.263515, 1.11665, 0.5, 2.01665, 0.5, 2.6736, 1.18335},
         .leaf = {0.00176172, -0.0969917, -0.0632551, 0.0311236, -0.0639682, 0.00734229, 0.00711576, 0.190705}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_pos_inv, BREVE_SF_bias, BREVE_SUMMARY_NFEAT, BREVE_SUMMARY_NFEAT, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.35, 0.13393, 2, 7.37032, 4.55638, 2, 2},
         .leaf = {-2.72865e-05, -0.0392509, -0.00951351, 0.0114692, 0.163818, 0, 0, 0}},
        {.feat = {BREVE_SF_pos1_len, BREVE_SF_weekday, BREVE_SF_bias, BREVE_SF_first_sim, BREVE_SF_names, BREVE_SF_bias, BREVE_SF_bias},
         .thresh = {2.26665, 0.5, 2, 0.10688, 0.033803, 2, 2},
         .leaf = {5.57446e-05, 0.0154861, -0.0521776, -0.00169964, 0.138167, 0, 0, 0}},
        {.feat = {BREVE_SF_len_lin, BREVE_SF_pos_inv, BREVE_SF_first_sim, BREVE_SF_centrality, BREVE_SF_pos_0_logn, BREVE_SF_pos1_len, BREVE_SF_lead_sim},
         .thresh = {0.116665, 0.183335, 0.0120265, 0.166625, 2.2499, 1.65, 0.12217},
         .leaf = {0.0527705, 0.00233159, -0.0103291, 0.0428591, -0.00394845, 0.276253, 0.00902968, -0.0143963}},
        {.feat = {BREVE_SF_pos0_cent, BREVE_SF_lead_numbers, BREVE_SF_speech, BREVE_SF_pos1_len, BREVE_SF_peer_max, BREVE_SF_anaphora, BREVE_SF_weekday},
         .thresh = {0.319645, 0.5, 0.5, 1.35, 0.158825, 0.5, 0.5},
         .leaf = {0.000834024, -0.059897, 0.000603795, 0.0905198, 0.0114028, -0.103755, 6.10946e-05, -0.156132}},
    },
};

/* The model breve_summarize uses: data/summary-model.txt, read once. */
static once_flag S_model_once = ONCE_FLAG_INIT;
static breve_summary_model S_model;
static breve_status S_model_status;
static char S_model_path[4200];

static void S_model_read(void);

static int S_cmp_lex(const void *a, const void *b) {
  return strcmp(((const breve_summary_lex *)a)->word,
                ((const breve_summary_lex *)b)->word);
}

/* Fills the hash table of the lexicon of `m`: the lexicon is looked up
 * for every word of every sentence. */
static void S_lex_index(breve_summary_model *m) {
  memset(m->lex_slot, 0, sizeof m->lex_slot);
  for (size_t k = 0; k < m->n_lex; k++) {
    size_t i = S_hash(m->lex[k].word, strlen(m->lex[k].word)) &
               (BREVE_SUMMARY_LEXSLOTS - 1);
    while (m->lex_slot[i])
      i = (i + 1) & (BREVE_SUMMARY_LEXSLOTS - 1);
    m->lex_slot[i] = (unsigned short)(k + 1);
  }
}

/* The next blank-separated token of *p into out (cut to cap - 1 bytes,
 * as sscanf's %63s would stop); 0 when there is none. */
static int S_token(char **p, char *out, size_t cap) {
  char *s = *p;
  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  size_t n = 0;
  while (*s && *s != ' ' && *s != '\t' && *s != '\n' && *s != '\r') {
    if (n + 1 < cap)
      out[n++] = *s;
    else
      break;
    s++;
  }
  out[n] = '\0';
  *p = s;
  return n > 0;
}

/* A number after the token (strtod, as sscanf's %lf reads it). */
static int S_number(char **p, double *v) {
  char *e;
  *v = strtod(*p, &e);
  if (e == *p)
    return 0;
  *p = e;
  return 1;
}

/* Reads the splits and leaves of a "tree" line after its keyword into the
 * next tree of `m` (kept only while there is room); 0 when malformed. */
static int S_tree_parse(char **p, breve_summary_model *m) {
  breve_summary_tree t;
  char tok[64];
  for (int k = 0; k < BREVE_SUMMARY_TREE_NODES; k++) {
    if (!S_token(p, tok, sizeof tok))
      return 0;
    char *colon = strchr(tok, ':'), *e;
    if (!colon)
      return 0;
    *colon = '\0';
    int f = -1;
    if (strcmp(tok, "score") == 0)
      f = BREVE_SUMMARY_NFEAT;
    for (int j = 0; j < BREVE_SUMMARY_NFEAT && f < 0; j++)
      if (strcmp(tok, breve_summary_feature_names[j]) == 0)
        f = j;
    t.thresh[k] = strtod(colon + 1, &e);
    if (f < 0 || e == colon + 1 || *e)
      return 0;
    t.feat[k] = (unsigned char)f;
  }
  for (int k = 0; k < BREVE_SUMMARY_TREE_LEAVES; k++)
    if (!S_number(p, &t.leaf[k]))
      return 0;
  if (m->n_trees < BREVE_SUMMARY_MAXTREES)
    m->tree[m->n_trees++] = t;
  return 1;
}

double breve_summary_tree_score(const breve_summary_model *m,
                                const double *x, double score) {
  double sum = 0;
  for (size_t t = 0; t < m->n_trees; t++) {
    const breve_summary_tree *tr = &m->tree[t];
    size_t k = 0;
    while (k < BREVE_SUMMARY_TREE_NODES) {
      double v = tr->feat[k] < BREVE_SUMMARY_NFEAT ? x[tr->feat[k]] : score;
      k = v <= tr->thresh[k] ? 2 * k + 1 : 2 * k + 2;
    }
    sum += tr->leaf[k - BREVE_SUMMARY_TREE_NODES];
  }
  return sum;
}

breve_status breve_summary_model_load(const char *path,
                                      breve_summary_model *m) {
  *m = S_builtin;
  S_lex_index(m);
  FILE *f = path ? fopen(path, "r") : NULL;
  if (!f)
    return BREVE_ERR_IO;
  char line[512];
  breve_summary_weights *w = &m->without_title;
  breve_status st = BREVE_OK;
  m->n_lex = 0; /* the file's lexicon replaces the built-in one */
  m->n_trees = 0; /* and so do its trees */
  while (fgets(line, sizeof line, f)) {
    char name[64], *p = line;
    double v;
    char *hash = strchr(line, '#');
    if (hash)
      *hash = '\0';
    /* tokens and numbers read by hand: sscanf made loading the model a
     * tenth of a short article's text work */
    if (!S_token(&p, name, sizeof name))
      continue;
    if (strcmp(name, "word") == 0) {
      char word[64];
      if (!S_token(&p, word, sizeof word) || !S_number(&p, &v) ||
          strlen(word) >= BREVE_SUMMARY_LEXLEN) {
        st = BREVE_ERR_PARSE;
        break;
      }
      if (m->n_lex < BREVE_SUMMARY_MAXLEX) {
        memcpy(m->lex[m->n_lex].word, word, strlen(word) + 1);
        m->lex[m->n_lex++].weight = v;
      }
      continue;
    }
    if (strcmp(name, "tree") == 0) {
      if (!S_tree_parse(&p, m)) {
        st = BREVE_ERR_PARSE;
        break;
      }
      continue;
    }
    if (strcmp(name, "model") == 0) {
      char which[64];
      if (!S_token(&p, which, sizeof which)) {
        st = BREVE_ERR_PARSE;
        break;
      }
      w = strcmp(which, "title") == 0 ? &m->with_title : &m->without_title;
      continue;
    }
    if (!S_number(&p, &v)) {
      st = BREVE_ERR_PARSE;
      break;
    }
    if (strcmp(name, "cost_one") == 0)
      w->cost_one = v;
    else if (strcmp(name, "cost_lead") == 0)
      w->cost_lead = v;
    else if (strcmp(name, "lexicon") == 0)
      w->lexicon = v;
    else if (strcmp(name, "cost_many") == 0)
      w->cost_many = v;
    else if (strcmp(name, "cost_words") == 0)
      w->cost_words = v;
    else if (strcmp(name, "cost_shared") == 0)
      w->cost_shared = v;
    else if (strcmp(name, "trees") == 0)
      w->trees = v;
    else if (strcmp(name, "rate") == 0)
      w->rate = v != 0;
    for (int k = 0; k < BREVE_SUMMARY_NFEAT; k++)
      if (strcmp(name, breve_summary_feature_names[k]) == 0)
        w->w[k] = v;
  }
  fclose(f);
  if (st != BREVE_OK)
    *m = S_builtin;
  else
    qsort(m->lex, m->n_lex, sizeof *m->lex, S_cmp_lex);
  S_lex_index(m);
  return st;
}

double breve_summary_lex_score(const breve_summary_model *m, const char *f,
                               size_t n) {
  double score = 0;
  size_t i = 0;
  while (i < n && m->n_lex) {
    while (i < n && !(breve_byte_class[(unsigned char)f[i]] & BREVE_BYTE_LEX))
      i++;
    size_t start = i;
    while (i < n && (breve_byte_class[(unsigned char)f[i]] & BREVE_BYTE_LEX))
      i++;
    size_t len = i - start;
    if (!len || len >= BREVE_SUMMARY_LEXLEN)
      continue;
    size_t h = S_hash(f + start, len) & (BREVE_SUMMARY_LEXSLOTS - 1);
    for (; m->lex_slot[h]; h = (h + 1) & (BREVE_SUMMARY_LEXSLOTS - 1)) {
      const breve_summary_lex *e = &m->lex[m->lex_slot[h] - 1];
      if (memcmp(e->word, f + start, len) == 0 && e->word[len] == '\0') {
        score += e->weight;
        break;
      }
    }
  }
  return score;
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
  uint32_t *ids;     /* of each sentence's stems, their index in the
                        centroid (bags[i]'s from id_off[i] on) */
  size_t *id_off;
  double *pc; /* cosines of the peers (see S_features_all) */
  size_t n_peers;
  size_t *peer_of; /* sentence i is peer peer_of[i], or >= n_peers */
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
  breve_free(d->ids);
  breve_free(d->id_off);
  breve_free(d->pc);
  breve_free(d->peer_of);
  memset(d, 0, sizeof *d);
}

/* Cosine of sentences i and j of a document: read from the matrix of
 * the peers' cosines when both are peers (see S_features_all). */
static double S_cosine_sent(const S_doc *d, size_t i, size_t j) {
  size_t a = d->peer_of ? d->peer_of[i] : SIZE_MAX;
  size_t b = d->peer_of ? d->peer_of[j] : SIZE_MAX;
  if (a < d->n_peers && b < d->n_peers)
    return d->pc[a * d->n_peers + b];
  return S_cosine(&d->bags[i], &d->bags[j]);
}

/* Cosine of sentence i with the centroid, whose stems are all of the
 * document's: the weight of each of the sentence's stems is read at its
 * index, the products added in the same order as S_cosine's merge. */
static double S_cosine_centroid(const S_doc *d, size_t i) {
  const S_bag *a = &d->bags[i];
  const uint32_t *id = d->ids + d->id_off[i];
  double dot = 0;
  for (size_t s = 0; s < a->n; s++)
    dot += (double)a->weight[s] * d->centroid.weight[id[s]];
  double na = a->norm2, nb = d->centroid.norm2;
  return na > 0 && nb > 0 ? dot / sqrt(na * nb) : 0;
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
  d->id_off = breve_calloc(n ? n : 1, sizeof *d->id_off);
  d->peer_of = breve_calloc(n ? n : 1, sizeof *d->peer_of);
  if (!d->bags || !d->numbers || !d->fold_off || !d->id_off || !d->peer_of)
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
  float *idf = breve_malloc((m ? m : 1) * sizeof *idf);
  d->ids = breve_malloc((total ? total : 1) * sizeof *d->ids);
  if (!idf || !d->ids) {
    breve_free(idf);
    goto fail;
  }
  for (size_t j = 0; j < m; j++)
    idf[j] = (float)log(1.0 + (double)n / d->centroid.weight[j]);
  size_t at = 0;
  for (size_t i = 0; i < n; i++) {
    d->id_off[i] = at;
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
      /* every stem is in the centroid, with its document frequency */
      d->bags[i].weight[j] *= idf[lo];
      d->ids[at + j] = (uint32_t)lo;
    }
    at += d->bags[i].n;
  }
  breve_free(idf);
  /* the norms once: the redundancy check compares each sentence with up
   * to S_REDUNDANT_KEEP others */
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
  /* up to the sentence's first letter, which is never counted */
  while (i < n) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    i += k ? k : 1;
    if (breve_cp_is_letter(cp))
      break;
  }
  /* then each word that starts after a space with a capital */
  for (const char *p; i < n && (p = memchr(s + i, ' ', n - i));) {
    i = (size_t)(p - s) + 1;
    uint32_t cp;
    if (i < n && breve_utf8_decode(s + i, n - i, &cp) && breve_cp_is_upper(cp))
      names++;
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
  row[BREVE_SF_centrality] = S_cosine_centroid(d, i);
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
      d->first < d->n && d->first != i ? S_cosine_sent(d, i, d->first) : 0;
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

/* How much the other sentences of the article say what sentence i says:
 * the mean and the largest cosine with each of the first S_PEERS
 * candidate sentences (listed in peers[0..n_peers)) other than i. When i
 * is one of them (the p-th), the cosines are read from the row p of
 * `pc`, the symmetric matrix of the peers' cosines (each pair computed
 * once: the cosines were a quarter of the time of summarising). */
#define S_PEERS 64

/* The stems of the peers, sorted by stem: for a sentence that is not a
 * peer (past the first S_PEERS of a long article), its cosines with all
 * the peers come from one walk of its own stems through these postings
 * instead of a merge with each peer. For each peer the products are added
 * in the same (ascending stem) order as S_cosine adds them, so the values
 * are the same to the bit. */
typedef struct {
  uint32_t hash;
  uint32_t peer;
  float weight;
} S_posting;

static int S_cmp_posting(const void *a, const void *b) {
  const S_posting *x = a, *y = b;
  if (x->hash != y->hash)
    return x->hash < y->hash ? -1 : 1;
  return x->peer < y->peer ? -1 : x->peer > y->peer;
}

static void S_peer_cosines(const S_doc *d, size_t i, const size_t *peers,
                           size_t n_peers, const S_posting *post,
                           size_t n_post, double *cos) {
  const S_bag *a = &d->bags[i];
  double dot[S_PEERS] = {0};
  size_t lo = 0;
  for (size_t s = 0; s < a->n && lo < n_post; s++) {
    uint32_t h = a->hash[s];
    size_t l = lo, r = n_post; /* first posting of stem h, from lo on */
    while (l < r) {
      size_t mid = l + (r - l) / 2;
      if (post[mid].hash < h)
        l = mid + 1;
      else
        r = mid;
    }
    lo = l;
    for (size_t j = l; j < n_post && post[j].hash == h; j++)
      dot[post[j].peer] += (double)a->weight[s] * post[j].weight;
  }
  double na = a->norm_set ? a->norm2 : S_norm2(a);
  for (size_t k = 0; k < n_peers; k++) {
    const S_bag *b = &d->bags[peers[k]];
    double nb = b->norm_set ? b->norm2 : S_norm2(b);
    cos[k] = na > 0 && nb > 0 ? dot[k] / sqrt(na * nb) : 0;
  }
}

static void S_peer_features(const S_doc *d, size_t i, const size_t *peers,
                            size_t n_peers, const double *pc, size_t p,
                            const S_posting *post, size_t n_post,
                            size_t rank, double *row) {
  double sum = 0, max = 0, far[S_PEERS];
  size_t count = 0;
  if (p >= n_peers)
    S_peer_cosines(d, i, peers, n_peers, post, n_post, far);
  for (size_t k = 0; k < n_peers; k++) {
    if (peers[k] == i)
      continue;
    double c = p < n_peers ? pc[p * n_peers + k] : far[k];
    sum += c;
    if (c > max)
      max = c;
    count++;
  }
  row[BREVE_SF_peer_mean] = count ? sum / (double)count : 0;
  row[BREVE_SF_peer_max] = max;
  row[BREVE_SF_lead_peer] = rank < 3 ? row[BREVE_SF_peer_mean] : 0;
}

/* Features of every sentence into rows[n * NFEAT]; non-candidates get a
 * zero row. */
static int S_features_all(S_doc *d, const breve_sentences *sents,
                          double *rows) {
  size_t n_cand = 0, rank = 0, n_peers = 0;
  size_t peers[S_PEERS];
  for (size_t i = 0; i < sents->count; i++) {
    d->peer_of[i] = S_PEERS;
    if (S_is_candidate(&sents->items[i])) {
      if (n_peers < S_PEERS)
        d->peer_of[i] = n_peers, peers[n_peers++] = i;
      n_cand++;
    }
  }
  breve_free(d->pc);
  d->n_peers = 0;
  double *pc = d->pc =
      breve_malloc((n_peers ? n_peers * n_peers : 1) * sizeof *pc);
  float *dense = breve_calloc(d->centroid.n ? d->centroid.n : 1, sizeof *dense);
  if (!pc || !dense) {
    breve_free(dense);
    return 0;
  }
  d->n_peers = n_peers;
  /* each peer's weights spread over the centroid's stems, for the dot
   * products with the peers after it: the same products, added in the
   * same (ascending stem) order as S_cosine adds them, plus zeros */
  for (size_t a = 0; a < n_peers; a++) {
    const S_bag *x = &d->bags[peers[a]];
    const uint32_t *xid = d->ids + d->id_off[peers[a]];
    for (size_t s = 0; s < x->n; s++)
      dense[xid[s]] = x->weight[s];
    pc[a * n_peers + a] = 1;
    for (size_t b = a + 1; b < n_peers; b++) {
      const S_bag *y = &d->bags[peers[b]];
      const uint32_t *yid = d->ids + d->id_off[peers[b]];
      double dot = 0;
      for (size_t s = 0; s < y->n; s++)
        dot += (double)dense[yid[s]] * y->weight[s];
      pc[a * n_peers + b] = pc[b * n_peers + a] =
          x->norm2 > 0 && y->norm2 > 0 ? dot / sqrt(x->norm2 * y->norm2) : 0;
    }
    for (size_t s = 0; s < x->n; s++)
      dense[xid[s]] = 0;
  }
  breve_free(dense);
  /* postings of the peers' stems, for the candidates after them */
  S_posting *post = NULL;
  size_t n_post = 0;
  if (n_cand > n_peers) {
    size_t total = 0;
    for (size_t k = 0; k < n_peers; k++)
      total += d->bags[peers[k]].n;
    post = breve_malloc((total ? total : 1) * sizeof *post);
    if (!post)
      return 0;
    for (size_t k = 0; k < n_peers; k++) {
      const S_bag *b = &d->bags[peers[k]];
      for (size_t s = 0; s < b->n; s++) {
        post[n_post].hash = b->hash[s];
        post[n_post].peer = (uint32_t)k;
        post[n_post].weight = b->weight[s];
        n_post++;
      }
    }
    qsort(post, n_post, sizeof *post, S_cmp_posting);
  }
  for (size_t i = 0; i < sents->count; i++) {
    double *row = rows + i * BREVE_SUMMARY_NFEAT;
    if (!S_is_candidate(&sents->items[i])) {
      memset(row, 0, BREVE_SUMMARY_NFEAT * sizeof *row);
      continue;
    }
    S_features_of(d, sents, i, rank, n_cand, d->folded.ptr + d->fold_off[i],
                  row);
    /* the candidates are the peers in order, up to S_PEERS */
    S_peer_features(d, i, peers, n_peers, pc, rank, post, n_post, rank, row);
    rank++;
  }
  breve_free(post);
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
/* Budgets take sentences from the top of the ranking: the check stops
 * once S_REDUNDANT_KEEP sentences are ranked (more than any budget of
 * sentences, words or seconds takes), or after S_REDUNDANT_SCAN
 * candidates; the others follow in score order. */
#define S_REDUNDANT_KEEP 64
#define S_REDUNDANT_SCAN 1000
/* A budget of sentences weighs what a sentence repeats of those taken
 * before it for its first S_GREEDY sentences. */
#define S_GREEDY 16

breve_status breve_summarize(const breve_article *article,
                             const breve_sentences *sents,
                             const breve_options *opts, breve_selection *out,
                             breve_error *err) {
  breve_options defaults;
  const breve_summary_model *model;
  size_t n = sents->count;
  S_doc d = {0};
  S_scored *scored = NULL;
  double *rows = NULL;
  size_t *late = NULL;
  unsigned char *taken = NULL;
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
  model = &S_model;

  scored = breve_calloc(n, sizeof *scored);
  rows = breve_calloc(n, BREVE_SUMMARY_NFEAT * sizeof *rows);
  late = breve_calloc(n, sizeof *late);
  taken = breve_calloc(n, sizeof *taken);
  out->scores = breve_calloc(n, sizeof *out->scores);
  out->ranking = breve_calloc(n, sizeof *out->ranking);
  out->chosen = breve_calloc(n, sizeof *out->chosen);
  if (!scored || !rows || !late || !taken || !out->scores ||
      !out->ranking || !out->chosen)
    goto done;
  out->n_sentences = n;
  if (!S_doc_build(article, sents, &d) || !S_features_all(&d, sents, rows))
    goto done;

  const breve_summary_weights *w =
      d.has_title ? &model->with_title : &model->without_title;
  /* A budget in sentences takes first the best sentence alone (cost_one
   * for a summary of one sentence, cost_lead for more), then the best
   * companions to it (cost_many); a budget in words or seconds weighs
   * every sentence with cost_words. */
  int by_sentences = opts->max_sentences > 0 ||
                     (opts->max_words <= 0 && opts->max_seconds <= 0);
  double cost = !by_sentences               ? w->cost_words
                : opts->max_sentences == 1 ? w->cost_one
                                           : w->cost_many;
  double cost_lead =
      opts->max_sentences == 1 ? w->cost_one : w->cost_lead;
  size_t candidates = 0, lead = n;
  double lead_score = 0;
  for (size_t i = 0; i < n; i++) {
    double words = (double)sents->items[i].words, score = 0;
    const double *row = rows + i * BREVE_SUMMARY_NFEAT;
    for (int k = 0; k < BREVE_SUMMARY_NFEAT; k++)
      score += w->w[k] * row[k];
    if (model->n_lex && w->lexicon != 0 &&
        S_is_candidate(&sents->items[i])) {
      const char *f = d.folded.ptr + d.fold_off[i];
      score += w->lexicon * breve_summary_lex_score(model, f, strlen(f));
    }
    if (model->n_trees && w->trees != 0 && S_is_candidate(&sents->items[i]))
      score += w->trees * breve_summary_tree_score(model, row, score);
    if (by_sentences && S_is_candidate(&sents->items[i])) {
      double one = w->rate ? words * (score - cost_lead)
                           : score - cost_lead * words;
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
    /* A budget of several sentences takes them one at a time: after the
     * first, each time the best of the sentences not too close to those
     * taken, once its score pays cost_shared for every word stem it
     * shares with them (the first S_GREEDY sentences; the others follow
     * in score order). */
    size_t greedy = 0;
    if (by_sentences && w->cost_shared != 0) {
      greedy = opts->max_sentences > 0 ? (size_t)opts->max_sentences
                                        : BREVE_DEFAULT_SENTENCES;
      if (greedy > S_GREEDY)
        greedy = S_GREEDY;
      if (greedy > candidates)
        greedy = candidates;
    }
    for (size_t p = 0; p < greedy; p++) {
      size_t best = candidates;
      double best_score = 0;
      for (size_t c = 0; c < candidates && c < S_REDUNDANT_SCAN; c++) {
        if (taken[c])
          continue;
        size_t i = scored[c].index;
        double v = scored[c].score;
        int redundant = 0;
        for (size_t k = 0; k < r && !redundant; k++) {
          if (S_cosine_sent(&d, i, out->ranking[k]) > S_REDUNDANT)
            redundant = 1;
          v -= w->cost_shared * S_shared(&d.bags[i], &d.bags[out->ranking[k]]);
        }
        if (!redundant && (best == candidates || v > best_score))
          best = c, best_score = v;
        if (p == 0)
          break; /* the first is the best sentence alone */
      }
      if (best == candidates)
        break;
      taken[best] = 1;
      out->ranking[r++] = scored[best].index;
    }
    for (size_t c = 0; c < candidates; c++) {
      size_t i = scored[c].index;
      int redundant = 0;
      if (taken[c])
        continue;
      /* against the sentences ranked so far, at most S_REDUNDANT_KEEP:
       * comparing every pair of a long input is quadratic (minutes for
       * 40,000 one-line paragraphs) */
      for (size_t k = 0;
           c < S_REDUNDANT_SCAN && r < S_REDUNDANT_KEEP && k < r && !redundant;
           k++)
        if (S_cosine_sent(&d, i, out->ranking[k]) > S_REDUNDANT)
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
  breve_free(taken);
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
