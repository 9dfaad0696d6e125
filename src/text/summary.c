/* Key-sentence selection: describes each sentence by features (position,
 * length, centrality, overlap with the headline and the lead, numbers,
 * names, quotes, ...) and its words, scores it with a linear model and a
 * lexicon of word weights learned from news articles and their abstracts
 * (data/summary-model.txt, built-in weights when absent), then picks the
 * best within a budget, skipping sentences that repeat one already
 * chosen. */
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
         .cost_lead = 0.15,
         .cost_many = 0.275,
         .cost_words = 0.15,
         .lexicon = 0},
    .without_title =
        {.w = {[BREVE_SF_bias] = -2.55457, [BREVE_SF_pos_0] = -0.224012,
               [BREVE_SF_pos_1] = -0.310136, [BREVE_SF_pos_2] = 0.273693,
               [BREVE_SF_pos_3] = 0.363869, [BREVE_SF_pos_4] = 0.20355,
               [BREVE_SF_pos_inv] = 0.0267696,
               [BREVE_SF_pos_rel] = -0.535352,
               [BREVE_SF_pos_0_logn] = -0.0817105,
               [BREVE_SF_par_first] = -0.170097,
               [BREVE_SF_len_short] = 0.296948,
               [BREVE_SF_len_long] = -0.260536,
               [BREVE_SF_len_log] = 1.76533, [BREVE_SF_len_lin] = 0.415197,
               [BREVE_SF_centrality] = 2.44311, [BREVE_SF_title] = 0,
               [BREVE_SF_lead_sim] = 0.645863,
               [BREVE_SF_numbers] = -0.0380402, [BREVE_SF_names] = 0.363702,
               [BREVE_SF_quote_start] = -0.132329,
               [BREVE_SF_quote_inside] = 0.0635772,
               [BREVE_SF_question] = 0.0902141,
               [BREVE_SF_colon] = -0.0884258,
               [BREVE_SF_anaphora] = -0.0702647,
               [BREVE_SF_weekday] = 0.525677, [BREVE_SF_speech] = 0.164986,
               [BREVE_SF_no_final] = -0.265387,
               [BREVE_SF_paren] = -0.0851743,
               [BREVE_SF_doc_logn] = 0.00465214,
               [BREVE_SF_pos0_len] = 0.194371,
               [BREVE_SF_pos1_len] = 0.187565,
               [BREVE_SF_pos2_len] = 0.421643,
               [BREVE_SF_cent_len] = 2.30702,
               [BREVE_SF_lead_len] = 0.387863, [BREVE_SF_title_len] = 0,
               [BREVE_SF_quote_odd] = -0.104136,
               [BREVE_SF_density] = 0.0964852,
               [BREVE_SF_first_sim] = -0.702327,
               [BREVE_SF_pos0_cent] = -0.629848,
               [BREVE_SF_pos1_cent] = 0.892172,
               [BREVE_SF_lead_names] = 0.760643,
               [BREVE_SF_lead_numbers] = 0.223487,
               [BREVE_SF_lead_speech] = -0.0604975,
               [BREVE_SF_lead_quote] = -0.106301,
               [BREVE_SF_lead_leadsim] = 0.27811,
               [BREVE_SF_pos_5_9] = 0.0482072},
         .cost_one = 0.15,
         .cost_lead = 0.15,
         .cost_many = 0.275,
         .cost_words = 0.15,
         .lexicon = 1},
    .n_lex = 300,
    .lex = {{"000", -0.03981}, {"1", -0.07126}, {"10", -0.1602},
            {"15", -0.1972}, {"19", 0.01242}, {"2", -0.08837},
            {"20", -0.01615}, {"2017", 0.008993}, {"2018", -0.04633},
            {"2019", 0.01621}, {"3", -0.003687}, {"30", -0.05655},
            {"4", 0.01426}, {"5", -0.05064}, {"6", -0.002091},
            {"7", -0.003671}, {"a", 0.003186}, {"affirme", 0.03799},
            {"afp", -0.02217}, {"ai", -0.09377}, {"ailleurs", 0.02013},
            {"ainsi", -0.08494}, {"ajoute", -0.007059}, {"alors", 0.01163},
            {"ancien", 0.1464}, {"annee", 0.07406}, {"annees", 0.05354},
            {"annonce", 0.08848}, {"ans", 0.07481}, {"aout", 0.2392},
            {"apres", 0.3829}, {"assure", 0.009627}, {"au", 0.07523},
            {"aujourd", 0.002493}, {"aupres", 0.1572}, {"aurait", -0.1031},
            {"aussi", -0.1552}, {"autorites", 0.2091}, {"autre", -0.1297},
            {"autres", -0.1147}, {"aux", 0.02162}, {"avaient", -0.0509},
            {"avait", -0.05798}, {"avant", -0.05099}, {"avec", -0.1021},
            {"avoir", 0.003246}, {"avons", -0.1113}, {"avril", 0.267},
            {"beaucoup", -0.14}, {"bien", -0.00629}, {"c", 0.006364},
            {"ca", 0.04757}, {"car", -0.009138}, {"cas", -0.06146},
            {"cause", 0.1008}, {"ce", 0.06549}, {"cela", -0.1175},
            {"centre", -0.09639}, {"certains", -0.08309}, {"ces", -0.01845},
            {"cet", -0.152}, {"cette", 0.005579}, {"ceux", -0.1463},
            {"chaque", -0.1472}, {"chef", 0.08191}, {"chez", -0.2319},
            {"comme", -0.05064}, {"communique", 0.06596},
            {"compte", -0.006762}, {"confinement", -0.1449},
            {"contre", 0.07041}, {"coronavirus", 0.1586}, {"cote", -0.06117},
            {"cours", -0.02892}, {"covid", 0.2619}, {"crise", -0.0181},
            {"d", 0.2893}, {"dans", 0.1676}, {"de", 0.3198}, {"debut", 0.2807},
            {"decembre", 0.4293}, {"declare", 0.2423}, {"deja", 0.2994},
            {"demande", -0.03668}, {"depuis", 0.07877}, {"dernier", -0.1108},
            {"des", 0.1355}, {"deux", -0.008565}, {"devant", 0.06346},
            {"dimanche", -0.07695}, {"dire", -0.08541}, {"dit", -0.07859},
            {"doit", -0.1159}, {"donc", 0.1091}, {"dont", -0.07171},
            {"du", 0.1461}, {"egalement", 0.01985}, {"elle", -0.003897},
            {"elles", -0.1125}, {"emmanuel", 0.03735}, {"en", 0.1015},
            {"encore", -0.1635}, {"enfants", 0.02303}, {"enquete", 0.2964},
            {"entre", -0.1256}, {"epidemie", 0.2265}, {"est", 0.04597},
            {"estime", -0.2195}, {"et", -0.008299}, {"etaient", -0.177},
            {"etait", -0.06019}, {"etat", 0.1126}, {"etats", -0.007395},
            {"ete", 0.3111}, {"etre", 0.004043}, {"eu", 0.02769},
            {"europe", 0.04299}, {"euros", -0.1581}, {"eux", -0.07857},
            {"explique", -0.2418}, {"face", -0.09197}, {"faire", -0.03622},
            {"fait", 0.03292}, {"famille", -0.03447}, {"faut", -0.2361},
            {"femme", -0.03046}, {"fin", -0.04606}, {"fois", 0.0219},
            {"forces", 0.2791}, {"francais", 0.1407}, {"france", 0.1173},
            {"francois", 0.4233}, {"garde", 0.05466}, {"gens", -0.1725},
            {"gouvernement", 0.08809}, {"grand", 0.06399}, {"grande", -0.0394},
            {"groupe", -0.08382}, {"heures", -0.2277}, {"homme", -0.03369},
            {"hui", 0.005408}, {"il", -0.04621}, {"ils", -0.1674},
            {"indique", -0.2646}, {"j", -0.1487}, {"jamais", 0.04306},
            {"janvier", 0.1491}, {"je", -0.2272}, {"jean", 0.1229},
            {"jeudi", -0.05417}, {"jeune", -0.07632}, {"jour", -0.1369},
            {"jours", -0.0893}, {"juillet", 0.01177}, {"juin", 0.006086},
            {"jusqu", -0.1618}, {"justice", 0.04409}, {"l", 0.3009},
            {"la", 0.256}, {"lance", -0.1358}, {"le", 0.2197}, {"les", 0.1023},
            {"leur", -0.043}, {"leurs", -0.0397}, {"lieu", -0.03711},
            {"loi", 0.2221}, {"lors", 0.18}, {"lui", -0.01717},
            {"lundi", -0.02285}, {"m", 0.06895}, {"macron", -0.07617},
            {"mai", 0.02242}, {"maire", -0.0294}, {"mais", -0.06633},
            {"mardi", -0.1136}, {"mars", 0.167}, {"matin", 0.1761},
            {"me", -0.1793}, {"meme", 0.04269}, {"mercredi", -0.07308},
            {"mesures", 0.05772}, {"millions", -0.02977},
            {"ministere", 0.08606}, {"ministre", 0.2613}, {"mis", -0.05276},
            {"moins", 0.004121}, {"mois", -0.09973}, {"moment", -0.008644},
            {"mon", -0.1577}, {"monde", -0.0393}, {"mort", 0.1984},
            {"mouvement", -0.06603}, {"n", 0.03893}, {"national", 0.2626},
            {"nationale", 0.2402}, {"ne", -0.07836}, {"nombre", -0.1111},
            {"non", 0.09389}, {"nord", -0.04571}, {"nos", -0.1504},
            {"notamment", -0.05778}, {"notre", -0.08117}, {"nous", -0.2014},
            {"nouveau", -0.06695}, {"nouvelle", 0.03028}, {"novembre", 0.1214},
            {"on", -0.2257}, {"ont", 0.03823}, {"ordre", -0.1637},
            {"ou", -0.2307}, {"par", 0.07452}, {"paris", 0.0387},
            {"parisien", 0.06131}, {"part", -0.05544}, {"parti", 0.002904},
            {"partie", -0.03057}, {"pas", 0.1084}, {"passe", -0.1071},
            {"pays", -0.1075}, {"pendant", -0.03203}, {"personne", -0.2096},
            {"personnes", -0.1281}, {"peu", 0.002638}, {"peut", -0.09033},
            {"philippe", -0.2218}, {"place", -0.002832}, {"plus", -0.03058},
            {"plusieurs", -0.02232}, {"police", -0.06183},
            {"politique", -0.01878}, {"porte", -0.04804}, {"pour", 0.09649},
            {"pourrait", 0.1079}, {"pouvoir", -0.02227}, {"precise", -0.04839},
            {"premier", -0.02579}, {"premiere", 0.1681}, {"prendre", -0.01454},
            {"pres", 0.3283}, {"president", 0.395}, {"pris", -0.1251},
            {"pu", -0.1503}, {"public", -0.1151}, {"qu", 0.1942},
            {"quand", -0.1963}, {"quatre", 0.03954}, {"que", 0.06821},
            {"quelques", -0.0273}, {"qui", 0.01712}, {"raison", 0.07305},
            {"region", 0.3794}, {"republique", 0.175}, {"reste", -0.1639},
            {"rien", -0.0555}, {"s", 0.2534}, {"sa", -0.01511},
            {"samedi", -0.07277}, {"sans", -0.08762}, {"sante", -0.07078},
            {"se", 0.0121}, {"securite", 0.1495}, {"selon", -0.05073},
            {"semaine", -0.08528}, {"semaines", -0.1795},
            {"septembre", -0.05329}, {"sera", -0.2033}, {"serait", -0.009713},
            {"seront", -0.157}, {"ses", 0.05562}, {"si", -0.07237},
            {"situation", 0.02902}, {"soir", 0.07162}, {"soit", -0.01463},
            {"son", 0.06527}, {"sont", -0.05618}, {"souligne", -0.06947},
            {"sous", -0.08327}, {"sud", 0.05713}, {"suis", -0.07523},
            {"sur", 0.1119}, {"t", 0.349}, {"temps", -0.166},
            {"toujours", -0.08637}, {"tous", -0.07688}, {"tout", -0.1014},
            {"toute", 0.005718}, {"toutes", -0.1801}, {"travail", -0.027},
            {"tres", 0.2038}, {"trois", 0.01266}, {"un", 0.07545},
            {"une", 0.09622}, {"unis", 0.1082}, {"va", -0.1044},
            {"vendredi", 0.1022}, {"vers", -0.1531}, {"vie", -0.09185},
            {"ville", -0.02081}, {"vous", -0.1164}, {"y", -0.03407}},
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

breve_status breve_summary_model_load(const char *path,
                                      breve_summary_model *m) {
  *m = S_builtin;
  S_lex_index(m);
  FILE *f = path ? fopen(path, "r") : NULL;
  if (!f)
    return BREVE_ERR_IO;
  char line[256];
  breve_summary_weights *w = &m->without_title;
  breve_status st = BREVE_OK;
  m->n_lex = 0; /* the file's lexicon replaces the built-in one */
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
    while (i < n && !((f[i] >= 'a' && f[i] <= 'z') ||
                      (f[i] >= '0' && f[i] <= '9')))
      i++;
    size_t start = i;
    while (i < n && ((f[i] >= 'a' && f[i] <= 'z') ||
                     (f[i] >= '0' && f[i] <= '9')))
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
/* Budgets take sentences from the top of the ranking: the check stops
 * once S_REDUNDANT_KEEP sentences are ranked (more than any budget of
 * sentences, words or seconds takes), or after S_REDUNDANT_SCAN
 * candidates; the others follow in score order. */
#define S_REDUNDANT_KEEP 64
#define S_REDUNDANT_SCAN 1000

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
    for (size_t c = 0; c < candidates; c++) {
      size_t i = scored[c].index;
      int redundant = 0;
      /* against the sentences ranked so far, at most S_REDUNDANT_KEEP:
       * comparing every pair of a long input is quadratic (minutes for
       * 40,000 one-line paragraphs) */
      for (size_t k = 0;
           c < S_REDUNDANT_SCAN && r < S_REDUNDANT_KEEP && k < r && !redundant;
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
