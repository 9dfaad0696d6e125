/* Key-sentence selection: document order, redundancy, budgets, noise,
 * determinism, the model file. The article was written for this test. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "core/core.h"
#include "harness.h"
#include "text/summary_model.h"

static const char *S_article =
    "Le conseil municipal de Valbonne-sur-Loire a voté lundi soir la "
    "construction d'une nouvelle médiathèque dans le quartier de la gare. "
    "Le projet, estimé à 4,2 millions d'euros, doit ouvrir ses portes au "
    "printemps 2027. "
    "La médiathèque de Valbonne-sur-Loire, votée lundi soir par le conseil "
    "municipal, sera construite dans le quartier de la gare. "
    "Les travaux commenceront en septembre. "
    "L'opposition a dénoncé un coût trop élevé pour une commune de 9 000 "
    "habitants. "
    "Le maire, Claire Fontaine, a répondu que la région financerait un tiers "
    "de la dépense. "
    "Les associations de lecteurs se sont réjouies de la décision. "
    "Il fait beau. "
    "Une réunion publique aura lieu le 14 mars à la salle des fêtes pour "
    "présenter les plans aux habitants.";

static void S_prepare(breve_article *a, breve_sentences *s) {
  breve_options o;
  breve_options_init(&o);
  o.input_kind = BREVE_INPUT_TEXT;
  memset(a, 0, sizeof *a);
  memset(s, 0, sizeof *s);
  INT_EQ(breve_article_parse(S_article, strlen(S_article), &o, a, NULL),
         BREVE_OK, "parse");
  INT_EQ(breve_split(a, &o, s, NULL), BREVE_OK, "split");
  INT_EQ(s->count, 9, "sentences of the article");
}

static size_t S_words(const breve_sentences *s, const breve_selection *sel) {
  size_t w = 0;
  for (size_t k = 0; k < sel->n_chosen; k++)
    w += s->items[sel->chosen[k]].words;
  return w;
}

static void test_sentences_budget(void) {
  breve_article a;
  breve_sentences s;
  breve_options o;
  S_prepare(&a, &s);
  for (int n = 1; n <= 4; n++) {
    breve_selection sel = {0};
    breve_options_init(&o);
    o.max_sentences = n;
    INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "summarize");
    INT_EQ(sel.n_chosen, n, "as many sentences as asked");
    for (size_t k = 1; k < sel.n_chosen; k++)
      OK(sel.chosen[k - 1] < sel.chosen[k], "document order (%zu)", k);
    INT_EQ(sel.n_ranking, s.count, "every sentence ranked");
    breve_selection_free(&sel);
  }
  /* the default budget */
  breve_selection sel = {0};
  INT_EQ(breve_summarize(&a, &s, NULL, &sel, NULL), BREVE_OK, "defaults");
  INT_EQ(sel.n_chosen, BREVE_DEFAULT_SENTENCES, "default budget");
  breve_selection_free(&sel);
  breve_selection_free(&sel); /* freeing twice is harmless */
  breve_sentences_free(&s);
  breve_article_free(&a);
}

static void test_redundancy(void) {
  breve_article a;
  breve_sentences s;
  breve_options o;
  breve_selection sel = {0};
  S_prepare(&a, &s);
  breve_options_init(&o);
  o.max_sentences = 3;
  INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "summarize");
  /* sentences 0 and 2 say the same thing: never both */
  int has0 = 0, has2 = 0;
  for (size_t k = 0; k < sel.n_chosen; k++) {
    has0 |= sel.chosen[k] == 0;
    has2 |= sel.chosen[k] == 2;
  }
  OK(!(has0 && has2), "the restatement is skipped");
  OK(has0 || has2, "one of them is kept");
  breve_selection_free(&sel);
  breve_sentences_free(&s);
  breve_article_free(&a);
}

static void test_words_budget(void) {
  breve_article a;
  breve_sentences s;
  breve_options o;
  S_prepare(&a, &s);
  size_t longest = 0, shortest = (size_t)-1;
  for (size_t i = 0; i < s.count; i++) {
    if (s.items[i].words > longest)
      longest = s.items[i].words;
    if (s.items[i].words < shortest)
      shortest = s.items[i].words;
  }
  for (int n = (int)shortest; n <= 80; n += 3) {
    breve_selection sel = {0};
    breve_options_init(&o);
    o.max_words = n;
    INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "summarize");
    OK(sel.n_chosen >= 1, "at least one sentence (%d words)", n);
    OK(S_words(&s, &sel) <= (size_t)n, "%zu words within %d",
       S_words(&s, &sel), n);
    breve_selection_free(&sel);
  }
  /* below every sentence: one sentence alone */
  breve_selection sel = {0};
  breve_options_init(&o);
  o.max_words = 2;
  INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "tiny budget");
  INT_EQ(sel.n_chosen, 1, "a single sentence when none fits");
  breve_selection_free(&sel);
  /* a time budget is a word budget at the speaking rate */
  breve_options_init(&o);
  o.max_seconds = 15;
  o.words_per_minute = 160;
  INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "seconds");
  OK(S_words(&s, &sel) <= 40, "15 s at 160 wpm: %zu words",
     S_words(&s, &sel));
  breve_selection_free(&sel);
  /* the full article */
  breve_options_init(&o);
  o.flags |= BREVE_OPT_FULL;
  INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "full");
  INT_EQ(sel.n_chosen, s.count, "every sentence");
  breve_selection_free(&sel);
  breve_sentences_free(&s);
  breve_article_free(&a);
}

static void test_deterministic(void) {
  breve_article a;
  breve_sentences s;
  breve_options o;
  breve_selection x = {0}, y = {0};
  S_prepare(&a, &s);
  breve_options_init(&o);
  o.max_sentences = 2;
  INT_EQ(breve_summarize(&a, &s, &o, &x, NULL), BREVE_OK, "first run");
  INT_EQ(breve_summarize(&a, &s, &o, &y, NULL), BREVE_OK, "second run");
  INT_EQ(x.n_chosen, y.n_chosen, "same size");
  for (size_t k = 0; k < x.n_chosen && k < y.n_chosen; k++)
    INT_EQ(x.chosen[k], y.chosen[k], "same choice");
  /* the short filler sentence is not chosen over the facts */
  for (size_t k = 0; k < x.n_chosen; k++)
    OK(strcmp(s.items[x.chosen[k]].text, "Il fait beau.") != 0,
       "filler skipped");
  breve_selection_free(&x);
  breve_selection_free(&y);
  breve_sentences_free(&s);
  breve_article_free(&a);
}

static void test_noise_and_empty(void) {
  /* script leftovers inside a paragraph, removed by the input stage */
  const char *t = "Les pompiers sont intervenus dans la nuit à Montbrison. "
                  "window.pvp_3f2a = new Pvp('lecteur', {id: \"x\"}); "
                  "La route a rouvert au matin.";
  breve_article a = {0};
  breve_sentences s = {0};
  breve_selection sel = {0};
  breve_options o;
  breve_error err = {0};
  breve_options_init(&o);
  o.input_kind = BREVE_INPUT_TEXT;
  o.max_sentences = 3;
  INT_EQ(breve_article_parse(t, strlen(t), &o, &a, NULL), BREVE_OK, "parse");
  INT_EQ(breve_split(&a, &o, &s, NULL), BREVE_OK, "split");
  INT_EQ(breve_summarize(&a, &s, &o, &sel, NULL), BREVE_OK, "summarize");
  INT_EQ(sel.n_chosen, 2, "both sentences");
  for (size_t k = 0; k < sel.n_chosen; k++)
    OK(!strstr(s.items[sel.chosen[k]].text, "Pvp"),
       "script leftovers never spoken");
  breve_selection_free(&sel);
  breve_sentences_free(&s);
  breve_article_free(&a);
  /* a piece of script the splitter sees is flagged and never chosen */
  t = "Le marché ouvre à 8 heures. document.getElementById(\"lecteur\")."
      "play(); Les étals ferment à midi.";
  INT_EQ(breve_split_text(t, strlen(t), &s, NULL), BREVE_OK, "split");
  INT_EQ(breve_summarize(NULL, &s, &o, &sel, NULL), BREVE_OK, "summarize");
  for (size_t k = 0; k < sel.n_chosen; k++)
    OK(!strstr(s.items[sel.chosen[k]].text, "document."),
       "code never chosen");
  OK(sel.n_chosen >= 2, "the sentences are kept");
  breve_selection_free(&sel);
  breve_sentences_free(&s);
  breve_sentences none = {0};
  INT_EQ(breve_summarize(NULL, &none, &o, &sel, &err), BREVE_ERR_EMPTY,
         "nothing to summarise");
  OK(err.message[0] != '\0', "with a message");
}

static void test_model_file(void) {
  breve_summary_model m;
  char path[] = "/tmp/breve-test-model-XXXXXX";
  int fd = mkstemp(path);
  OK(fd >= 0, "temporary file");
  if (fd < 0)
    return;
  FILE *f = fdopen(fd, "w");
  fputs("# a test model\nmodel notitle\nbias 0.5\npos_0 2 # lead\n"
        "cost_many 0.25\nunknown_feature 9\nmodel title\nlen_lin -1\n"
        "rate 1\nlexicon 0.5\nword maire 0.5\nword conseil -0.25\n"
        "word 2027 1\ncost_shared 0.375\ntrees 0.5\n"
        "tree score:1 len_lin:0.5 bias:2 pos_0:0.5 pos_0:0.5 bias:2 bias:2 "
        "1 2 3 4 5 6 7 8\n",
        f);
  fclose(f);
  INT_EQ(breve_summary_model_load(path, &m), BREVE_OK, "load");
  OK(m.without_title.w[BREVE_SF_bias] == 0.5, "bias read");
  INT_EQ(m.n_lex, 3, "the file's lexicon replaces the built-in one");
  if (m.n_lex == 3) {
    STR_EQ(m.lex[0].word, "2027", "lexicon sorted");
    STR_EQ(m.lex[2].word, "maire", "lexicon sorted (last)");
  }
  {
    /* each occurrence of a lexicon word counts, whole words only */
    const char *t = "le maire et le conseil, maire adjoint; maires 2027";
    OK(fabs(breve_summary_lex_score(&m, t, strlen(t)) - 1.75) < 1e-9,
       "lexicon score");
    OK(breve_summary_lex_score(&m, "", 0) == 0, "lexicon score of nothing");
  }
  OK(m.without_title.w[BREVE_SF_pos_0] == 2, "comment after a value");
  OK(m.without_title.cost_many == 0.25, "cost read");
  OK(m.with_title.w[BREVE_SF_len_lin] == -1, "second section");
  OK(m.with_title.rate == 1 && m.without_title.rate == 0, "rate flag");
  OK(m.with_title.lexicon == 0.5, "lexicon factor");
  OK(m.with_title.cost_shared == 0.375, "cost of shared stems");
  OK(m.with_title.trees == 0.5, "trees factor");
  INT_EQ(m.n_trees, 1, "the file's trees replace the built-in ones");
  {
    /* score <= 1 goes left (node 1: len_lin), then len_lin <= 0.5 left
     * (node 3: pos_0 <= 0.5 to leaf 1, else leaf 2) or right (node 4:
     * pos_0 again, leaves 3 and 4); score > 1 goes right (node 2: the
     * bias, always left, node 5: leaf 5) */
    double x[BREVE_SUMMARY_NFEAT] = {0};
    x[BREVE_SF_bias] = 1;
    x[BREVE_SF_len_lin] = 0.25;
    OK(breve_summary_tree_score(&m, x, 0.5) == 1, "leaf: short, not lead");
    x[BREVE_SF_pos_0] = 1;
    OK(breve_summary_tree_score(&m, x, 0.5) == 2, "leaf: short, lead");
    x[BREVE_SF_len_lin] = 1;
    OK(breve_summary_tree_score(&m, x, 1) == 4, "leaf: long, lead");
    OK(breve_summary_tree_score(&m, x, 1.5) == 5, "leaf: high score");
  }
  f = fopen(path, "w");
  fputs("model notitle\nbias not-a-number\n", f);
  fclose(f);
  INT_EQ(breve_summary_model_load(path, &m), BREVE_ERR_PARSE, "malformed");
  f = fopen(path, "w");
  fputs("model notitle\nword maire\n", f);
  fclose(f);
  INT_EQ(breve_summary_model_load(path, &m), BREVE_ERR_PARSE,
         "word without weight");
  f = fopen(path, "w");
  fputs("tree score:1 nope:2 bias:2 bias:2 bias:2 bias:2 bias:2 "
        "1 2 3 4 5 6 7 8\n", f);
  fclose(f);
  INT_EQ(breve_summary_model_load(path, &m), BREVE_ERR_PARSE,
         "tree on an unknown feature");
  f = fopen(path, "w");
  fputs("tree score:1 bias:2 bias:2 bias:2 bias:2 bias:2 bias:2 1 2 3\n",
        f);
  fclose(f);
  INT_EQ(breve_summary_model_load(path, &m), BREVE_ERR_PARSE,
         "tree without all its leaves");
  unlink(path);
  INT_EQ(breve_summary_model_load(path, &m), BREVE_ERR_IO, "absent");
  /* the shipped model loads */
  char shipped[4200];
  snprintf(shipped, sizeof shipped, "%s/summary-model.txt", breve_data_dir());
  breve_status st = breve_summary_model_load(shipped, &m);
  OK(st == BREVE_OK || st == BREVE_ERR_IO, "shipped model: %d", (int)st);
  if (st == BREVE_OK) {
    /* the built-in weights are a copy of the shipped file */
    breve_summary_model builtin;
    breve_summary_model_load(NULL, &builtin);
    for (int k = 0; k < BREVE_SUMMARY_NFEAT; k++) {
      OK(fabs(builtin.without_title.w[k] - m.without_title.w[k]) < 1e-9,
         "built-in weight %s", breve_summary_feature_names[k]);
      OK(fabs(builtin.with_title.w[k] - m.with_title.w[k]) < 1e-9,
         "built-in weight %s (title)", breve_summary_feature_names[k]);
    }
    INT_EQ(builtin.n_lex, m.n_lex, "built-in lexicon size");
    size_t differ = 0;
    for (size_t k = 0; k < builtin.n_lex && k < m.n_lex; k++)
      differ += strcmp(builtin.lex[k].word, m.lex[k].word) != 0 ||
                fabs(builtin.lex[k].weight - m.lex[k].weight) >= 1e-9;
    INT_EQ(differ, 0, "built-in lexicon words and weights");
    INT_EQ(builtin.n_trees, m.n_trees, "built-in trees");
    differ = 0;
    for (size_t t = 0; t < builtin.n_trees && t < m.n_trees; t++) {
      const breve_summary_tree *x = &builtin.tree[t], *y = &m.tree[t];
      for (int k = 0; k < BREVE_SUMMARY_TREE_NODES; k++)
        differ += x->feat[k] != y->feat[k] || x->thresh[k] != y->thresh[k];
      for (int k = 0; k < BREVE_SUMMARY_TREE_LEAVES; k++)
        differ += x->leaf[k] != y->leaf[k];
    }
    INT_EQ(differ, 0, "built-in trees' splits and leaves");
    OK(builtin.without_title.cost_shared == m.without_title.cost_shared &&
           builtin.with_title.cost_shared == m.with_title.cost_shared &&
           builtin.without_title.trees == m.without_title.trees &&
           builtin.with_title.trees == m.with_title.trees,
       "built-in cost of shared stems and trees factors");
    OK(builtin.without_title.cost_many == m.without_title.cost_many &&
           builtin.with_title.cost_one == m.with_title.cost_one &&
           builtin.with_title.cost_lead == m.with_title.cost_lead &&
           builtin.with_title.lexicon == m.with_title.lexicon &&
           builtin.without_title.lexicon == m.without_title.lexicon &&
           builtin.without_title.cost_lead == m.without_title.cost_lead &&
           builtin.without_title.cost_words == m.without_title.cost_words,
       "built-in costs");
  }
  /* features: one row per sentence */
  breve_article a;
  breve_sentences s;
  double *rows = NULL;
  size_t nf = 0;
  S_prepare(&a, &s);
  INT_EQ(breve_summary_features(&a, &s, &rows, &nf), BREVE_OK, "features");
  INT_EQ(nf, BREVE_SUMMARY_NFEAT, "feature count");
  if (rows) {
    OK(rows[BREVE_SF_pos_0] == 1, "first sentence at position 0");
    OK(rows[nf + BREVE_SF_pos_1] == 1, "second at position 1");
    OK(rows[BREVE_SF_bias] == 1, "bias");
  }
  breve_free(rows);
  breve_sentences_free(&s);
  breve_article_free(&a);
}

int main(void) {
  test_sentences_budget();
  test_redundancy();
  test_words_budget();
  test_deterministic();
  test_noise_and_empty();
  test_model_file();
  return harness_summary("test_summary");
}
