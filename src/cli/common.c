/* Options shared by the commands, and article loading. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void cli_args_init(cli_args *a) {
  memset(a, 0, sizeof *a);
  breve_options_init(&a->opts);
  a->format = -1;
}

int cli_parse_long(const char *s, long lo, long hi, long *out) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, 10);
  if (errno || end == s || *end || v < lo || v > hi)
    return 0;
  *out = v;
  return 1;
}

static int S_parse_double(const char *s, double lo, double hi, double *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || end == s || *end || !(v >= lo && v <= hi))
    return 0;
  *out = v;
  return 1;
}

/* "65536", "64k", "16M" */
static int S_parse_size(const char *s, size_t *out) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (errno || end == s || *s == '-')
    return 0;
  if (*end == 'k' || *end == 'K')
    v *= 1024, end++;
  else if (*end == 'M' || *end == 'm')
    v *= 1024 * 1024, end++;
  else if (*end == 'G' || *end == 'g')
    v *= 1024ULL * 1024 * 1024, end++;
  if (*end || v == 0)
    return 0;
  *out = (size_t)v;
  return 1;
}

int cli_common_option(int c, const char *arg, cli_args *a) {
  long v;
  double d;
  switch (c) {
  case OPT_SENTENCES:
    if (!cli_parse_long(arg, 1, 1000, &v))
      return cli_usage_error("--sentences: expected a number from 1 to 1000, "
                             "not '%s'", arg), -1;
    a->opts.max_sentences = (int)v;
    return 1;
  case OPT_WORDS:
    if (!cli_parse_long(arg, 1, 1000000, &v))
      return cli_usage_error("--words: expected a positive number, not '%s'",
                             arg), -1;
    a->opts.max_words = (int)v;
    return 1;
  case OPT_SECONDS:
    if (!S_parse_double(arg, 1, 86400, &d))
      return cli_usage_error("--seconds: expected a duration from 1 to 86400, "
                             "not '%s'", arg), -1;
    a->opts.max_seconds = d;
    return 1;
  case OPT_FULL:
    a->opts.flags |= BREVE_OPT_FULL;
    return 1;
  case OPT_VOICE:
    a->voice = arg;
    return 1;
  case OPT_RATE:
    if (!cli_parse_long(arg, 80, 450, &v))
      return cli_usage_error("--rate: expected words per minute from 80 to "
                             "450, not '%s'", arg), -1;
    a->rate = (int)v;
    return 1;
  case OPT_FORMAT:
    if ((a->format = breve_format_parse(arg, 0)) < 0)
      return cli_usage_error("--format: expected wav, flac, opus or mp3, not "
                             "'%s'", arg), -1;
    return 1;
  case OPT_TITLE:
    a->title = arg;
    return 1;
  case OPT_NO_TITLE:
    a->opts.flags |= BREVE_OPT_NO_TITLE;
    return 1;
  case OPT_ESPEAK_FIXES:
    a->opts.flags |= BREVE_OPT_ESPEAK_FIXES;
    return 1;
  case OPT_LEXICON:
    a->lexicon = arg;
    return 1;
  case OPT_MAX_INPUT:
    if (!S_parse_size(arg, &a->opts.max_input_bytes))
      return cli_usage_error("--max-input: expected a size such as 65536, "
                             "512k or 16M, not '%s'", arg), -1;
    return 1;
  case OPT_INPUT:
    if (!strcmp(arg, "text"))
      a->opts.input_kind = BREVE_INPUT_TEXT;
    else if (!strcmp(arg, "html"))
      a->opts.input_kind = BREVE_INPUT_HTML;
    else if (!strcmp(arg, "feed"))
      a->opts.input_kind = BREVE_INPUT_FEED;
    else if (!strcmp(arg, "auto"))
      a->opts.input_kind = BREVE_INPUT_AUTO;
    else
      return cli_usage_error("--input: expected text, html or feed, not '%s'",
                             arg), -1;
    return 1;
  case OPT_SSML:
    a->opts.flags |= BREVE_OPT_SSML;
    return 1;
  case OPT_QUIET:
    a->quiet = 1;
    return 1;
  case OPT_TRANSCRIPT:
    a->transcript = arg;
    return 1;
  case OPT_DUMP:
    a->dump = arg;
    return 1;
  case 'o':
    a->output = arg;
    return 1;
  default:
    return 0;
  }
}

void cli_name_file(breve_error *err, const char *path) {
  if (!err)
    return;
  char msg[sizeof err->message];
  int k = snprintf(msg, sizeof msg, "%.200s: ",
                   strcmp(path, "-") == 0 ? "<stdin>" : path);
  snprintf(msg + k, sizeof msg - (size_t)k, "%.300s", err->message);
  memcpy(err->message, msg, sizeof msg);
}

breve_status cli_load_input(const char *path, const cli_args *a,
                            breve_article *art, breve_feed *feed,
                            int *is_feed, breve_error *err) {
  char *data = NULL;
  size_t len = 0;
  breve_status st =
      breve_file_read(path, a->opts.max_input_bytes, &data, &len, err);
  if (st != BREVE_OK)
    return st;
  int as_feed = 0;
  if (feed) {
    breve_input_kind kind = a->opts.input_kind;
    if (kind == BREVE_INPUT_AUTO)
      kind = breve_input_detect(data, len);
    as_feed = kind == BREVE_INPUT_FEED;
  }
  if (is_feed)
    *is_feed = as_feed;
  st = as_feed ? breve_feed_parse(data, len, &a->opts, feed, err)
               : breve_article_parse(data, len, &a->opts, art, err);
  breve_free(data);
  if (st != BREVE_OK)
    cli_name_file(err, path);
  return st;
}

int cli_load_article(const char *path, const cli_args *a, breve_article *art,
                     breve_error *err) {
  return cli_load_input(path, a, art, NULL, NULL, err);
}
