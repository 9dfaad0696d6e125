/* Internal interface of the summarizer's scorer: the sentence features and
 * the learned linear model (data/summary-model.txt) that weighs them. */
#ifndef BREVE_SUMMARY_MODEL_H
#define BREVE_SUMMARY_MODEL_H

#include "core/core.h"

/* The features, in the order of the rows breve_summary_features fills.
 * X(name) for each; names are those of the model file. */
#define BREVE_SUMMARY_FEATURES(X)                                            \
  X(bias) X(pos_0) X(pos_1) X(pos_2) X(pos_3) X(pos_4) X(pos_inv)          \
  X(pos_rel)                                                                \
  X(pos_0_logn) X(par_first) X(len_short) X(len_long) X(len_log)            \
  X(len_lin) X(centrality) X(title) X(lead_sim) X(numbers) X(names)         \
  X(quote_start) X(quote_inside) X(question) X(colon) X(anaphora)           \
  X(weekday) X(speech) X(no_final) X(paren) X(doc_logn) X(pos0_len)        \
  X(pos1_len) X(pos2_len) X(cent_len) X(lead_len) X(title_len)          \
  X(quote_odd) X(density) X(first_sim) X(pos0_cent) X(pos1_cent)         \
  X(lead_names) X(lead_numbers) X(lead_speech) X(lead_quote)              \
  X(lead_leadsim) X(pos_5_9) X(peer_mean) X(peer_max) X(lead_peer)

#define BREVE_SUMMARY_X_ENUM(name) BREVE_SF_##name,
enum { BREVE_SUMMARY_FEATURES(BREVE_SUMMARY_X_ENUM) BREVE_SUMMARY_NFEAT };

/* Names of the features, indexed by BREVE_SF_*. */
extern const char *const breve_summary_feature_names[BREVE_SUMMARY_NFEAT];

/* A scorer: the weights predict how many words of a sentence a human
 * abstract of the article would use; a sentence's score is that minus a
 * cost per word of the sentence, which depends on the budget (a summary
 * of one sentence, of several, or of a number of words): summaries of a
 * few sentences score best in ROUGE F1 when the sum over their sentences
 * of (overlap - cost * length) is largest. */
typedef struct breve_summary_weights {
  double w[BREVE_SUMMARY_NFEAT];
  /* cost per word: of a summary of one sentence, of the first sentence of
   * a summary of several (cost_lead) and of the others (cost_many), of
   * any sentence of a budget in words */
  double cost_one, cost_lead, cost_many, cost_words;
  /* cost, in a budget of several sentences, of each word stem a sentence
   * shares with those chosen before it: the abstract counts its words
   * once, so what a second sentence repeats of the first adds length and
   * little else */
  double cost_shared;
  /* how much the lexicon of the model counts (1: its weights as learned,
   * 0: not used) */
  double lexicon;
  /* how much the trees of the model count (1: as learned, 0: not used) */
  double trees;
  int rate; /* the weights predict the share of the sentence's words in
             * the abstract: the score is words * (w.x - cost) */
} breve_summary_weights;

/* A word of the lexicon: each occurrence of `word` (folded, as
 * breve_utf8_fold gives it, a run of a-z and 0-9) in a sentence adds
 * `weight` to its score. */
#define BREVE_SUMMARY_MAXLEX 600
#define BREVE_SUMMARY_LEXLEN 24
#define BREVE_SUMMARY_LEXSLOTS 2048 /* a power of 2 above 2 * MAXLEX */
typedef struct breve_summary_lex {
  char word[BREVE_SUMMARY_LEXLEN];
  double weight;
} breve_summary_lex;

/* A regression tree of depth BREVE_SUMMARY_TREE_DEPTH, complete, in heap
 * order: node k sends a sentence whose feature feat[k] is at most
 * thresh[k] to node 2k+1, others to node 2k+2; past the last node, the
 * sentence's leaf adds its value to the score. The feature
 * BREVE_SUMMARY_NFEAT is the score of the linear model and the lexicon
 * (named "score" in the model file). */
#define BREVE_SUMMARY_TREE_DEPTH 3
#define BREVE_SUMMARY_TREE_NODES 7  /* 2^depth - 1 */
#define BREVE_SUMMARY_TREE_LEAVES 8 /* 2^depth */
#define BREVE_SUMMARY_MAXTREES 128
typedef struct breve_summary_tree {
  unsigned char feat[BREVE_SUMMARY_TREE_NODES];
  double thresh[BREVE_SUMMARY_TREE_NODES];
  double leaf[BREVE_SUMMARY_TREE_LEAVES];
} breve_summary_tree;

/* Weights for articles with a headline and for articles without one, the
 * lexicon (sorted by word, strcmp order) and the trees (boosted on what
 * the linear score misses), which each weighs by its `lexicon` and
 * `trees` factors. */
typedef struct breve_summary_model {
  breve_summary_weights with_title;
  breve_summary_weights without_title;
  size_t n_lex;
  breve_summary_lex lex[BREVE_SUMMARY_MAXLEX];
  size_t n_trees;
  breve_summary_tree tree[BREVE_SUMMARY_MAXTREES];
  /* open hash table of the lexicon (index + 1, 0: empty), filled by
   * breve_summary_model_load */
  unsigned short lex_slot[BREVE_SUMMARY_LEXSLOTS];
} breve_summary_model;

/* The sum of the values the trees of `m` give to a sentence of features
 * x[0..BREVE_SUMMARY_NFEAT) and linear score `score`. */
double breve_summary_tree_score(const breve_summary_model *m,
                                const double *x, double score);

/* The sum of the lexicon weights of the words of the folded text f[0..n). */
double breve_summary_lex_score(const breve_summary_model *m, const char *f,
                               size_t n);

/* Fills `m` with the built-in weights, then, when `path` names a readable
 * model file, with the weights it holds ("model title" or "model notitle"
 * lines start a section; then "NAME WEIGHT" lines, where NAME is a feature
 * or cost_one, cost_lead, cost_many, cost_words, cost_shared, lexicon (the
 * factor of the lexicon), or "rate 1" for a model of rates;
 * "word WORD WEIGHT" lines give the lexicon, which replaces the built-in
 * one; "tree F:T ... V ..." lines (BREVE_SUMMARY_TREE_NODES splits, a
 * feature name or "score" and a threshold, then BREVE_SUMMARY_TREE_LEAVES
 * values) give the trees, which replace the built-in ones; "trees F"
 * sets a section's factor of the trees; '#' starts a comment; unknown
 * names are ignored). Returns
 * BREVE_OK, BREVE_ERR_IO when the file cannot be opened (m keeps the
 * built-in weights) or BREVE_ERR_PARSE for a malformed line. */
breve_status breve_summary_model_load(const char *path,
                                      breve_summary_model *m);

/* Computes the features of every sentence of `sents` (of `article`, whose
 * title is used when present) into a row-major array of
 * sents->count * BREVE_SUMMARY_NFEAT values that the caller frees with
 * breve_free(); *nfeat receives BREVE_SUMMARY_NFEAT. */
breve_status breve_summary_features(const breve_article *article,
                                    const breve_sentences *sents,
                                    double **out, size_t *nfeat);

#endif
