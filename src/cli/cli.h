/* Shared pieces of the breve command: options common to the commands,
 * diagnostics and exit codes. Uses only the public header. */
#ifndef BREVE_CLI_H
#define BREVE_CLI_H

#include <getopt.h>

#include "breve.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

/* Long-only options start at 0x100, as espeak-ng's command does. */
enum {
  OPT_SENTENCES = 0x100,
  OPT_WORDS,
  OPT_SECONDS,
  OPT_VOICE,
  OPT_RATE,
  OPT_FORMAT,
  OPT_TITLE,
  OPT_NO_TITLE,
  OPT_ESPEAK_FIXES,
  OPT_LEXICON,
  OPT_MAX_INPUT,
  OPT_INPUT,
  OPT_SSML,
  OPT_FULL,
  OPT_QUIET,
  OPT_LOUDNESS,
  OPT_TRANSCRIPT,
  OPT_DUMP,
  OPT_HELP,
  OPT_DATE,
  OPT_CONFIG,
  OPT_JOBS,
  OPT_SHARD,
  OPT_BITRATE,
  OPT_LINES,
  OPT_LAST
};

/* The long options every article command shares: budget, voice, lexicon
 * and input. Commands list them in their getopt_long table with
 * CLI_ARTICLE_OPTIONS, then their own. */
#define CLI_ARTICLE_OPTIONS                                                    \
  {"sentences", required_argument, NULL, OPT_SENTENCES},                      \
      {"words", required_argument, NULL, OPT_WORDS},                          \
      {"seconds", required_argument, NULL, OPT_SECONDS},                      \
      {"full", no_argument, NULL, OPT_FULL},                                  \
      {"voice", required_argument, NULL, OPT_VOICE},                          \
      {"rate", required_argument, NULL, OPT_RATE},                            \
      {"no-title", no_argument, NULL, OPT_NO_TITLE},                          \
      {"espeak-fixes", no_argument, NULL, OPT_ESPEAK_FIXES},                  \
      {"say-tieme", no_argument, NULL, OPT_ESPEAK_FIXES},                     \
      {"lexicon", required_argument, NULL, OPT_LEXICON},                      \
      {"max-input", required_argument, NULL, OPT_MAX_INPUT},                  \
      {"input", required_argument, NULL, OPT_INPUT}

/* Settings gathered from the command line. */
typedef struct cli_args {
  breve_options opts;
  const char *output;
  const char *voice;
  const char *lexicon;
  const char *title;
  const char *transcript;
  const char *dump;
  int format;       /* -1: from the output name, else WAV */
  int rate;         /* 0: the voice's */
  int quiet;
  double loudness;  /* 0: none */
} cli_args;

/* Prints "breve: MSG" on stderr. */
void cli_error(const char *fmt, ...);
/* Prints a usage error and the hint; returns EXIT_USAGE. */
int cli_usage_error(const char *fmt, ...);
/* Prints `err` (or the status text) and returns EXIT_FAIL. */
int cli_fail(const breve_error *err, breve_status st);

/* Handles an option common to several commands; returns 1 when handled, 0
 * when not ours, -1 on a bad value (already reported). */
int cli_common_option(int c, const char *arg, cli_args *a);
void cli_args_init(cli_args *a);

/* Parses a whole decimal number within [lo, hi]; 1 on success. */
int cli_parse_long(const char *s, long lo, long hi, long *out);

/* Puts "PATH: " ("<stdin>" for "-") before err's message. */
void cli_name_file(breve_error *err, const char *path);

/* Reads one input (path or "-"); with `feed`, a feed (detected, or
 * --input feed) fills it and sets *is_feed, anything else fills `art`.
 * Messages name the file. */
breve_status cli_load_input(const char *path, const cli_args *a,
                            breve_article *art, breve_feed *feed,
                            int *is_feed, breve_error *err);

/* Reads and parses one article (path or "-"); a feed gives its first
 * item with text. */
int cli_load_article(const char *path, const cli_args *a, breve_article *art,
                     breve_error *err);

int cmd_brief(int argc, char **argv);
int cmd_summarize(int argc, char **argv);
int cmd_normalize(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_voices(int argc, char **argv);
int cmd_batch(int argc, char **argv);
int cmd_episode(int argc, char **argv);
int cmd_feed(int argc, char **argv);

/* Parses --loudness LUFS (-70 to -5) and --bitrate KBPS (8 to 320); 0 and
 * a usage message on a bad value. (cmd_episode.c) */
int cli_parse_loudness(const char *arg, double *out);
int cli_parse_bitrate(const char *arg, int *out);
/* Writes the WebVTT transcript of a brief rendered by breve_brief_render:
 * the headline (unless not spoken), then the chosen sentences. */
breve_status cli_write_brief_transcript(const char *path,
                                        const breve_audio *audio,
                                        const breve_article *art,
                                        const breve_sentences *sents,
                                        const breve_selection *sel,
                                        const breve_options *opts,
                                        const breve_lexicon *lex,
                                        const char *speaker, breve_error *err);

#endif
