/* Bench driver: summarises many articles in one process, one article per
 * input line, one summary per output line, and reports the CPU time.
 *
 *   summarize_many [--sentences N | --words N | --lead N | --split] [--titled]
 *                  [--features] < articles.txt > summaries.txt
 *
 * With --titled each line is "TITLE<TAB>ARTICLE". With --features it
 * prints, instead of summaries, one line per sentence: the article number,
 * the sentence index, the feature values the summarizer scores, the
 * sentence text and its folded text (breve_utf8_fold, which the lexicon
 * of the model matches), tab-separated, for the training script. --lead
 * N prints the first N sentences worth speaking (the LEAD-N baseline, on
 * breve's own cleaning and splitting). --split prints the sentences of each line
 * (breve_split_text), tab-separated, for the sentence-boundary bench. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "breve.h"
#include "core/core.h"
#include "text/summary_model.h"

static void S_usage(void) {
  fprintf(stderr, "usage: summarize_many [--sentences N | --words N | "
                  "--lead N | --split] [--titled] [--features] < ARTICLES > "
                  "SUMMARIES\n");
}

/* Reads one line of any length from `f` into *buf; returns its length or
 * -1 at the end. */
static long S_getline(FILE *f, char **buf, size_t *cap) {
  size_t n = 0;
  int c;
  while ((c = getc(f)) != EOF) {
    if (n + 2 > *cap) {
      size_t ncap = *cap ? *cap * 2 : 65536;
      char *p = realloc(*buf, ncap);
      if (!p)
        return -1;
      *buf = p, *cap = ncap;
    }
    if (c == '\n')
      break;
    (*buf)[n++] = (char)c;
  }
  if (c == EOF && n == 0)
    return -1;
  (*buf)[n] = '\0';
  return (long)n;
}

static void S_print_clean(const char *s) {
  for (; *s; s++)
    putchar(*s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

int main(int argc, char **argv) {
  breve_options opts;
  int titled = 0, features = 0, lead = 0, split = 0;
  breve_options_init(&opts);
  opts.input_kind = BREVE_INPUT_TEXT;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--sentences") == 0 && i + 1 < argc)
      opts.max_sentences = atoi(argv[++i]);
    else if (strcmp(argv[i], "--words") == 0 && i + 1 < argc)
      opts.max_words = atoi(argv[++i]);
    else if (strcmp(argv[i], "--lead") == 0 && i + 1 < argc)
      lead = atoi(argv[++i]);
    else if (strcmp(argv[i], "--split") == 0)
      split = 1;
    else if (strcmp(argv[i], "--titled") == 0)
      titled = 1;
    else if (strcmp(argv[i], "--features") == 0)
      features = 1;
    else {
      S_usage();
      return 2;
    }
  }
  char *line = NULL;
  breve_buf fold = {0};
  size_t cap = 0, doc = 0, failed = 0;
  long n;
  clock_t t0 = clock();
  while ((n = S_getline(stdin, &line, &cap)) >= 0) {
    char *body = line, *title = NULL;
    if (split) {
      breve_sentences ss = {0};
      if (breve_split_text(line, (size_t)n, &ss, NULL) == BREVE_OK)
        for (size_t i = 0; i < ss.count; i++) {
          if (i)
            putchar('\t');
          S_print_clean(ss.items[i].text);
        }
      putchar('\n');
      breve_sentences_free(&ss);
      doc++;
      continue;
    }
    if (titled) {
      char *tab = strchr(line, '\t');
      if (tab) {
        *tab = '\0';
        title = line;
        body = tab + 1;
      }
    }
    breve_article art = {0};
    breve_sentences sents = {0};
    breve_selection sel = {0};
    breve_status st = breve_article_parse(body, strlen(body), &opts, &art,
                                          NULL);
    if (st == BREVE_OK && title && !art.title) {
      art.title = breve_strdup(title);
    }
    if (st == BREVE_OK)
      st = breve_split(&art, &opts, &sents, NULL);
    if (features) {
      if (st == BREVE_OK) {
        double *f = NULL;
        size_t nf = 0;
        if (breve_summary_features(&art, &sents, &f, &nf) == BREVE_OK) {
          for (size_t i = 0; i < sents.count; i++) {
            printf("%zu\t%zu\t", doc, i);
            for (size_t j = 0; j < nf; j++)
              printf(j ? " %.5g" : "%.5g", f[i * nf + j]);
            putchar('\t');
            S_print_clean(sents.items[i].text);
            breve_buf_clear(&fold);
            breve_utf8_fold(sents.items[i].text, strlen(sents.items[i].text),
                            &fold);
            putchar('\t');
            S_print_clean(fold.ptr && !fold.oom ? fold.ptr : "");
            putchar('\n');
          }
          breve_free(f);
        }
      }
    } else if (lead > 0) {
      int got = 0;
      for (size_t i = 0; st == BREVE_OK && i < sents.count && got < lead; i++)
        if (!(sents.items[i].flags & (BREVE_SENT_NOISE | BREVE_SENT_HEADING))) {
          if (got++)
            putchar(' ');
          S_print_clean(sents.items[i].text);
        }
      if (st != BREVE_OK || !got)
        failed++;
      putchar('\n');
    } else {
      if (st == BREVE_OK)
        st = breve_summarize(&art, &sents, &opts, &sel, NULL);
      if (st == BREVE_OK) {
        for (size_t k = 0; k < sel.n_chosen; k++) {
          if (k)
            putchar(' ');
          S_print_clean(sents.items[sel.chosen[k]].text);
        }
      } else {
        failed++;
      }
      putchar('\n');
    }
    breve_selection_free(&sel);
    breve_sentences_free(&sents);
    breve_article_free(&art);
    doc++;
  }
  double cpu = (double)(clock() - t0) / CLOCKS_PER_SEC;
  free(line);
  breve_buf_free(&fold);
  fprintf(stderr, "summarize_many: %zu articles, %zu without summary, "
                  "%.3f s CPU\n", doc, failed, cpu);
  return 0;
}
