/* breve summarize, normalize and extract: the text stages on stdout, for
 * text, HTML pages and feeds. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const struct option S_long[] = {
    CLI_ARTICLE_OPTIONS,
    {"ssml", no_argument, NULL, OPT_SSML},
    {"lines", no_argument, NULL, OPT_LINES},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

/* Parses the options and the one input argument; returns -1 to go on,
 * otherwise the exit code. */
static int S_parse(const char *cmd, int argc, char **argv, cli_args *a,
                   const char **input, int *lines) {
  int c;
  cli_args_init(a);
  while ((c = getopt_long(argc, argv, "h", S_long, NULL)) != -1) {
    if (c == 'h') {
      printf("Usage: breve %s [OPTIONS] FILE|-\nSee 'breve --help'.\n", cmd);
      return EXIT_OK;
    }
    if (c == OPT_LINES) {
      if (!lines)
        return cli_usage_error("%s: --lines is an option of summarize", cmd);
      *lines = 1;
      continue;
    }
    int r = cli_common_option(c, optarg, a);
    if (r < 0)
      return EXIT_USAGE;
    if (r == 0)
      return cli_usage_error("%s: unknown option", cmd);
  }
  if (optind >= argc)
    *input = "-";
  else if (optind + 1 < argc)
    return cli_usage_error("%s: one input at a time ('%s' is extra)", cmd,
                           argv[optind + 1]);
  else
    *input = argv[optind];
  return -1;
}

/* Prints the key sentences of one article; BREVE_ERR_EMPTY when it has
 * none. */
static breve_status S_print_summary(const breve_article *art,
                                    const breve_options *opts,
                                    breve_error *err) {
  breve_sentences sents = {0};
  breve_selection sel = {0};
  breve_status st = breve_split(art, opts, &sents, err);
  if (st == BREVE_OK)
    st = breve_summarize(art, &sents, opts, &sel, err);
  if (st == BREVE_OK)
    for (size_t k = 0; k < sel.n_chosen; k++)
      printf("%s\n", sents.items[sel.chosen[k]].text);
  breve_selection_free(&sel);
  breve_sentences_free(&sents);
  return st;
}

/* breve summarize on a feed: each item as "# title" then its key
 * sentences, items separated by a blank line. Fails only when no item
 * has a sentence. */
static int S_summarize_feed(const char *input, const breve_feed *feed,
                            const breve_options *opts) {
  size_t spoken = 0;
  for (size_t i = 0; i < feed->n_items; i++) {
    const breve_article *it = &feed->items[i];
    breve_error err = {0};
    if (i)
      putchar('\n');
    printf("# %s\n", it->title ? it->title : "(untitled)");
    if (it->n_paragraphs && S_print_summary(it, opts, &err) == BREVE_OK)
      spoken++;
  }
  if (!spoken) {
    cli_error("%s: no item of the feed has a sentence to speak",
              strcmp(input, "-") ? input : "<stdin>");
    return EXIT_FAIL;
  }
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}

/* Prints s with tabs and line breaks as spaces. */
static void S_put_flat(const char *s) {
  while (*s) {
    size_t n = strcspn(s, "\t\n\r"); /* the runs between them whole */
    fwrite(s, 1, n, stdout);
    s += n;
    if (*s) {
      putchar(' ');
      s++;
    }
  }
}

/* breve summarize --lines: every input line is one article (a corpus in
 * one process); each gives one output line, its key sentences joined by
 * spaces. A blank line gives a blank line; a line that cannot be
 * summarised gives a blank line and a message naming it, and the exit
 * status is 1. */
static int S_summarize_lines(const char *input, const cli_args *a) {
  const char *shown = strcmp(input, "-") ? input : "<stdin>";
  FILE *f = strcmp(input, "-") ? fopen(input, "rb") : stdin;
  if (!f) {
    cli_error("%s: %s", shown, strerror(errno));
    return EXIT_FAIL;
  }
  breve_options opts = a->opts;
  if (opts.input_kind == BREVE_INPUT_AUTO || opts.input_kind == BREVE_INPUT_FEED)
    opts.input_kind = BREVE_INPUT_TEXT;
  char *line = NULL;
  size_t cap = 0, lineno = 0, failed = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, f)) >= 0) {
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
      line[--n] = '\0';
    size_t k = 0;
    while (k < (size_t)n && (line[k] == ' ' || line[k] == '\t'))
      k++;
    if (k < (size_t)n) {
      breve_error err = {0};
      breve_article art = {0};
      breve_sentences sents = {0};
      breve_selection sel = {0};
      breve_status st =
          (size_t)n > opts.max_input_bytes
              ? BREVE_ERR_LIMIT
              : breve_article_parse(line, (size_t)n, &opts, &art, &err);
      if (st == BREVE_OK)
        st = breve_split(&art, &opts, &sents, &err);
      if (st == BREVE_OK)
        st = breve_summarize(&art, &sents, &opts, &sel, &err);
      if (st == BREVE_OK)
        for (size_t j = 0; j < sel.n_chosen; j++) {
          if (j)
            putchar(' ');
          S_put_flat(sents.items[sel.chosen[j]].text);
        }
      else if (failed++ < 10)
        cli_error("%s:%zu: %s", shown, lineno,
                  st == BREVE_ERR_EMPTY ? "no sentence to speak"
                  : st == BREVE_ERR_LIMIT ? "line longer than --max-input"
                                          : err.message);
      breve_selection_free(&sel);
      breve_sentences_free(&sents);
      breve_article_free(&art);
    }
    putchar('\n');
  }
  int read_error = ferror(f);
  free(line);
  if (f != stdin)
    fclose(f);
  if (read_error) {
    cli_error("%s: read error", shown);
    return EXIT_FAIL;
  }
  if (failed > 10)
    cli_error("%s: %zu lines without a summary", shown, failed);
  if (fflush(stdout) != 0)
    return EXIT_FAIL;
  return failed ? EXIT_FAIL : EXIT_OK;
}

int cmd_summarize(int argc, char **argv) {
  cli_args a;
  const char *input;
  int lines = 0;
  int r = S_parse("summarize", argc, argv, &a, &input, &lines);
  if (r >= 0)
    return r;
  breve_error err = {0};
  breve_article art = {0};
  breve_status st;
  if (a.rate)
    a.opts.words_per_minute = a.rate;
  else if (a.opts.max_seconds > 0) {
    breve_voice v;
    if ((st = breve_voice_load(a.voice, &v, &err)) != BREVE_OK)
      return cli_fail(&err, st);
    a.opts.words_per_minute = v.rate;
  }
  if (lines)
    return S_summarize_lines(input, &a);
  breve_feed feed = {0};
  int is_feed = 0;
  if ((st = cli_load_input(input, &a, &art, &feed, &is_feed, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if (is_feed) {
    r = S_summarize_feed(input, &feed, &a.opts);
    breve_feed_free(&feed);
    return r;
  }
  st = S_print_summary(&art, &a.opts, &err);
  breve_article_free(&art);
  if (st != BREVE_OK) {
    cli_error("%s: %s", strcmp(input, "-") ? input : "<stdin>",
              st == BREVE_ERR_EMPTY ? "no sentence to speak" : err.message);
    return EXIT_FAIL;
  }
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}

int cmd_normalize(int argc, char **argv) {
  cli_args a;
  const char *input;
  int r = S_parse("normalize", argc, argv, &a, &input, NULL);
  if (r >= 0)
    return r;
  breve_error err = {0};
  breve_lexicon *lex = NULL;
  char *data = NULL, *out = NULL;
  size_t len = 0;
  breve_status st;
  if ((st = breve_lexicon_load(a.lexicon, &lex, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if ((st = breve_file_read(input, a.opts.max_input_bytes, &data, &len,
                            &err)) != BREVE_OK) {
    breve_lexicon_free(lex);
    return cli_fail(&err, st);
  }
  if (memchr(data, '\0', len)) {
    cli_error("%s: binary data, not text", strcmp(input, "-") ? input : "<stdin>");
    breve_free(data);
    breve_lexicon_free(lex);
    return EXIT_FAIL;
  }
  /* the same question to espeak-ng as a brief asks: which words it would
   * read in English (without espeak-ng, words are left as they are) */
  breve_voice voice;
  breve_synth *synth = NULL;
  if (breve_voice_load(a.voice, &voice, NULL) == BREVE_OK &&
      breve_synth_new(&voice, &synth, NULL) == BREVE_OK)
    breve_lexicon_set_check(lex, breve_synth_reads_foreign, synth);
  st = breve_normalize(data, len, lex,
                       a.opts.flags & (BREVE_OPT_SSML | BREVE_OPT_ESPEAK_FIXES),
                       &out, &err);
  breve_free(data);
  breve_lexicon_free(lex);
  breve_synth_free(synth);
  if (st != BREVE_OK) {
    cli_error("%s: %s", strcmp(input, "-") ? input : "<stdin>", err.message);
    return EXIT_FAIL;
  }
  fputs(out, stdout);
  if (*out && out[strlen(out) - 1] != '\n')
    fputc('\n', stdout);
  breve_free(out);
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}

/* Header lines (those found), a blank line, the paragraphs. */
static void S_print_article(const breve_article *art) {
  if (art->title)
    printf("title: %s\n", art->title);
  if (art->byline)
    printf("byline: %s\n", art->byline);
  if (art->date)
    printf("date: %s\n", art->date);
  if (art->lang)
    printf("lang: %s\n", art->lang);
  if (art->link)
    printf("link: %s\n", art->link);
  putchar('\n');
  for (size_t i = 0; i < art->n_paragraphs; i++)
    printf("%s\n", art->paragraphs[i]);
}

int cmd_extract(int argc, char **argv) {
  cli_args a;
  const char *input;
  int r = S_parse("extract", argc, argv, &a, &input, NULL);
  if (r >= 0)
    return r;
  breve_error err = {0};
  breve_article art = {0};
  breve_feed feed = {0};
  int is_feed = 0;
  breve_status st;
  if ((st = cli_load_input(input, &a, &art, &feed, &is_feed, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if (is_feed) {
    /* the feed's own lines, then each item as an article, blank lines
     * between them */
    if (feed.title)
      printf("feed: %s\n", feed.title);
    if (feed.link)
      printf("link: %s\n", feed.link);
    printf("items: %zu\n", feed.n_items);
    for (size_t i = 0; i < feed.n_items; i++) {
      putchar('\n');
      S_print_article(&feed.items[i]);
    }
    breve_feed_free(&feed);
  } else {
    S_print_article(&art);
    breve_article_free(&art);
  }
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}
