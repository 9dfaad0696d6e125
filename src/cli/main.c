/* The breve command: dispatches to the sub-commands. */
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char S_help[] =
    "Usage: breve COMMAND [OPTIONS] [ARTICLE|-]\n"
    "Turn French news articles into spoken audio briefs, offline.\n"
    "\n"
    "Commands:\n"
    "  brief ARTICLE|- -o OUT     speak the headline and key sentences into "
    "an audio file\n"
    "  summarize ARTICLE|-        print the key sentences, one per line, in "
    "document order\n"
    "  normalize TEXT|-           print the text as handed to espeak-ng, line "
    "for line\n"
    "  extract ARTICLE|-          print the title, byline, date and body "
    "paragraphs breve reads\n"
    "  episode ARTICLE... -o DIR  publish the new articles as a podcast "
    "episode in DIR\n"
    "                             (see 'breve episode --help')\n"
    "  feed DIR                   rebuild DIR/feed.xml from the episodes in "
    "DIR\n"
    "  voices                     list the voice profiles\n"
    "  batch MANIFEST|DIR -o DIR  one brief per article, over --jobs N "
    "processes,\n"
    "                             resumable, --shard K/N for several "
    "machines\n"
    "\n"
    "Budget (brief, summarize; default: 3 sentences):\n"
    "  --sentences N              at most N sentences\n"
    "  --words N                  at most N words (one longer sentence is "
    "kept alone)\n"
    "  --seconds S                about S seconds of speech (checked against "
    "the audio)\n"
    "  --full                     every sentence of the article\n"
    "\n"
    "Options:\n"
    "  -o, --output FILE          output file for brief ('-' = stdout, needs "
    "--format)\n"
    "  --format wav|flac|opus|mp3 audio format (default: from the file name, "
    "else wav)\n"
    "  --voice NAME|FILE          voice profile (default: claire; see 'breve "
    "voices')\n"
    "  --rate WPM                 speaking rate in words per minute "
    "(80-450)\n"
    "  --loudness LUFS            brief: bring the audio to this loudness "
    "(e.g. -16),\n"
    "                             true peak limited to -1 dBTP\n"
    "  --bitrate KBPS             brief: MP3/Opus bit rate\n"
    "  --transcript OUT.vtt       brief: also write a WebVTT transcript\n"
    "  --title TEXT               headline to speak instead of the article's\n"
    "  --no-title                 do not speak the headline\n"
    "  --espeak-fixes             write around espeak-ng 1.51's misreadings:\n"
    "                             huitième (it says huissième), vingt heures\n"
    "                             (no t), Jésus-Christ, Canal+; off: the NeMo\n"
    "                             cases expect its readings (--say-tieme:\n"
    "                             the same)\n"
    "  --lexicon FILE             extra pronunciation lexicon\n"
    "  --ssml                     normalize: print SSML instead of text\n"
    "  --dump=STAGE               brief: print the text of a stage instead of audio:\n"
    "                             split, summary or normalize (what espeak-ng says)\n"
    "  --lines                    summarize: each input line is an article, each\n"
    "                             output line its key sentences (one process)\n"
    "  --input text|html|feed     input kind (default: detected)\n"
    "  --max-input BYTES          refuse larger inputs (default: 16 MiB; "
    "suffixes k, M)\n"
    "  -q, --quiet                brief: print nothing on success\n"
    "  -h, --help                 this help\n"
    "  -V, --version              versions of breve, espeak-ng and "
    "libsndfile\n"
    "\n"
    "Exit status: 0 success, 1 bad input or failed run, 2 usage error.\n"
    "Diagnostics go to stderr as 'breve: FILE: problem'.\n";

static int S_version(void) {
  printf("breve %s\nespeak-ng %s\n%s\n", breve_version_string(),
         breve_espeak_version_string(), breve_sndfile_version_string());
  return EXIT_OK;
}

/* SIGINT, SIGTERM, SIGHUP: remove the temporary file being written (the
 * previous output, if any, is untouched), then die of the same signal so
 * the caller sees it (exit status 130, 143 or 129 in a shell). */
static void S_on_signal(int sig) {
  breve_cleanup_on_signal();
  signal(sig, SIG_DFL);
  raise(sig);
}

static void S_catch_signals(void) {
  static const int sigs[] = {SIGINT, SIGTERM, SIGHUP};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
    struct sigaction sa;
    /* a signal ignored by the parent (nohup, background jobs) stays so */
    if (sigaction(sigs[i], NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
      continue;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = S_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    sigaction(sigs[i], &sa, NULL);
  }
}

/* Data on stdout that could not be written (a full disk, a closed pipe)
 * is a failure, reported once: `rc` becomes EXIT_FAIL. */
static int S_close_stdout(int rc) {
  int bad = fflush(stdout) != 0 || ferror(stdout);
  int e = errno;
  if (bad && rc != EXIT_USAGE) {
    cli_error("<stdout>: write error (%s)", strerror(e ? e : EIO));
    return EXIT_FAIL;
  }
  return rc;
}

int main(int argc, char **argv) {
  S_catch_signals();
  if (argc < 2)
    return cli_usage_error("missing command");
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help") || !strcmp(cmd, "help")) {
    fputs(S_help, stdout);
    return S_close_stdout(EXIT_OK);
  }
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version") ||
      !strcmp(cmd, "version"))
    return S_close_stdout(S_version());
  static const struct {
    const char *name;
    int (*fn)(int, char **);
  } cmds[] = {{"brief", cmd_brief},         {"summarize", cmd_summarize},
              {"summarise", cmd_summarize}, {"normalize", cmd_normalize},
              {"normalise", cmd_normalize}, {"extract", cmd_extract},
              {"voices", cmd_voices},       {"batch", cmd_batch},
              {"episode", cmd_episode},     {"feed", cmd_feed}};
  for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
    if (!strcmp(cmd, cmds[i].name))
      return S_close_stdout(cmds[i].fn(argc - 1, argv + 1));
  return cli_usage_error("unknown command '%s'", cmd);
}

void cli_error(const char *fmt, ...) {
  va_list ap;
  fputs("breve: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

int cli_usage_error(const char *fmt, ...) {
  va_list ap;
  fputs("breve: ", stderr);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputs("\ntry 'breve --help'\n", stderr);
  return EXIT_USAGE;
}

int cli_fail(const breve_error *err, breve_status st) {
  if (err && err->message[0])
    cli_error("%s", err->message);
  else
    cli_error("%s", breve_strerror(st));
  return EXIT_FAIL;
}
