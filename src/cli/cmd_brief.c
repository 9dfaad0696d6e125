/* breve brief: an article to a spoken audio file. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static const struct option S_long[] = {
    CLI_ARTICLE_OPTIONS,
    {"output", required_argument, NULL, 'o'},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"title", required_argument, NULL, OPT_TITLE},
    {"loudness", required_argument, NULL, OPT_LOUDNESS},
    {"bitrate", required_argument, NULL, OPT_BITRATE},
    {"transcript", required_argument, NULL, OPT_TRANSCRIPT},
    {"quiet", no_argument, NULL, 'q'},
    {"dump", required_argument, NULL, OPT_DUMP},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

/* --dump=split|summary|normalize: the text of that stage, one line per
 * sentence, instead of audio: every sentence as split (never-spoken ones
 * marked "# heading" or "# noise"), or the headline and the sentences
 * the brief says, as written or as handed to espeak-ng. With --seconds
 * the choice shown is the summarizer's, before the audio is measured. */
static int S_dump(const char *what, const breve_article *art,
                  const breve_sentences *sents, const breve_selection *sel,
                  const breve_options *opts, const breve_lexicon *lex,
                  breve_error *err) {
  if (strcmp(what, "split") == 0) {
    for (size_t i = 0; i < sents->count; i++) {
      unsigned f = sents->items[i].flags;
      printf("%s%s\n",
             f & BREVE_SENT_NOISE     ? "# noise: "
             : f & BREVE_SENT_HEADING ? "# heading: "
                                      : "",
             sents->items[i].text);
    }
    return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
  }
  int norm = strcmp(what, "normalize") == 0;
  int with_title = art->title && *art->title &&
                   !(opts->flags & BREVE_OPT_NO_TITLE);
  for (size_t k = 0; k < sel->n_chosen + (size_t)with_title; k++) {
    const char *text = with_title && k == 0
                           ? art->title
                           : sents->items[sel->chosen[k - (size_t)with_title]]
                                 .text;
    if (!norm) {
      printf("%s\n", text);
      continue;
    }
    char *out = NULL;
    breve_status st =
        breve_normalize(text, strlen(text), lex,
                        opts->flags & BREVE_OPT_ESPEAK_FIXES, &out, err);
    if (st != BREVE_OK)
      return cli_fail(err, st);
    printf("%s\n", out);
    breve_free(out);
  }
  return fflush(stdout) == 0 ? EXIT_OK : EXIT_FAIL;
}

/* espeak-ng is started in a second thread while the article is read,
 * split and summarised: the two do not depend on each other, and on a
 * long article the text work was no longer small beside a short brief's
 * synthesis (bench/perf/brief_vs_espeak.sh). espeak-ng is only ever used
 * by one thread at a time: the main thread waits for this one before it
 * speaks. */
typedef struct {
  const breve_voice *voice;
  breve_synth *synth;
  breve_error err;
  breve_status st;
} S_start;

static void *S_start_synth(void *arg) {
  S_start *s = arg;
  s->st = breve_synth_new(s->voice, &s->synth, &s->err);
  return NULL;
}

int cmd_brief(int argc, char **argv) {
  cli_args a;
  int c, bitrate = 0;
  cli_args_init(&a);
  while ((c = getopt_long(argc, argv, "o:qh", S_long, NULL)) != -1) {
    if (c == 'q') {
      a.quiet = 1;
      continue;
    }
    if (c == 'h') {
      puts("Usage: breve brief ARTICLE|- -o OUT [--sentences N | --words N | "
           "--seconds S] [--voice NAME|FILE] [--format wav|flac|opus|mp3]\n"
           "       [--loudness LUFS] [--bitrate KBPS] [--transcript OUT.vtt]\n"
           "       breve brief ARTICLE|- --dump=split|summary|normalize\n"
           "See 'breve --help' for every option.");
      return EXIT_OK;
    }
    if (c == OPT_LOUDNESS) {
      if (!cli_parse_loudness(optarg, &a.loudness))
        return EXIT_USAGE;
      continue;
    }
    if (c == OPT_BITRATE) {
      if (!cli_parse_bitrate(optarg, &bitrate))
        return EXIT_USAGE;
      continue;
    }
    int r = cli_common_option(c, optarg, &a);
    if (r < 0)
      return EXIT_USAGE;
    if (r == 0)
      return cli_usage_error("brief: unknown option");
  }
  if (optind >= argc)
    return cli_usage_error("brief: missing ARTICLE (a file, or - for stdin)");
  if (optind + 1 < argc)
    return cli_usage_error("brief: one ARTICLE at a time ('%s' is extra)",
                           argv[optind + 1]);
  if (a.dump && strcmp(a.dump, "split") && strcmp(a.dump, "summary") &&
      strcmp(a.dump, "normalize"))
    return cli_usage_error("--dump: expected split, summary or normalize, "
                           "not '%s'",
                           a.dump);
  if (a.dump)
    a.output = "-"; /* no audio is written */
  if (!a.output)
    return cli_usage_error("brief: missing -o OUT");
  const char *input = argv[optind];
  int to_stdout = strcmp(a.output, "-") == 0;
  int format = a.format;
  if (format < 0 && a.dump)
    format = BREVE_FORMAT_WAV;
  if (format < 0) {
    if (to_stdout)
      return cli_usage_error("brief: writing to stdout needs --format");
    format = breve_format_parse(a.output, 1);
    if (format < 0)
      format = BREVE_FORMAT_WAV;
  }

  breve_error err = {0};
  breve_voice voice;
  breve_article art = {0};
  breve_sentences sents = {0};
  breve_selection sel = {0};
  breve_lexicon *lex = NULL;
  breve_synth *synth = NULL;
  breve_audio audio = {0};
  breve_status st;
  int rc = EXIT_FAIL;
  S_start start = {&voice, NULL, {0}, BREVE_OK};
  pthread_t starter;
  int starting = 0;

  if ((st = breve_voice_load(a.voice, &voice, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if (a.rate)
    voice.rate = a.rate;
  a.opts.words_per_minute = voice.rate;
  if (!a.dump)
    starting = pthread_create(&starter, NULL, S_start_synth, &start) == 0;
  if ((st = breve_lexicon_load(a.lexicon, &lex, &err)) != BREVE_OK)
    goto fail;
  if ((st = cli_load_article(input, &a, &art, &err)) != BREVE_OK)
    goto fail;
  if (a.title) {
    /* the headline given on the command line is borrowed from argv */
    breve_free(art.title);
    art.title = (char *)a.title;
  }
  if ((st = breve_split(&art, &a.opts, &sents, &err)) != BREVE_OK ||
      (st = breve_summarize(&art, &sents, &a.opts, &sel, &err)) != BREVE_OK) {
    if (!strchr(err.message, ':') || st == BREVE_ERR_EMPTY)
      snprintf(err.message, sizeof err.message, "%s: %s",
               strcmp(input, "-") ? input : "<stdin>",
               st == BREVE_ERR_EMPTY ? "no sentence to speak"
                                     : breve_strerror(st));
    goto fail;
  }
  if (a.dump) {
    /* what a brief hands to espeak-ng asks espeak-ng about English words */
    if (strcmp(a.dump, "normalize") == 0 &&
        breve_synth_new(&voice, &synth, NULL) == BREVE_OK)
      breve_lexicon_set_check(lex, breve_synth_reads_foreign, synth);
    rc = S_dump(a.dump, &art, &sents, &sel, &a.opts, lex, &err);
    goto done;
  }
  if (starting) {
    pthread_join(starter, NULL);
    starting = 0;
    synth = start.synth;
    if ((st = start.st) != BREVE_OK) {
      err = start.err;
      goto fail;
    }
  } else if ((st = breve_synth_new(&voice, &synth, &err)) != BREVE_OK) {
    goto fail;
  }
  breve_lexicon_set_check(lex, breve_synth_reads_foreign, synth);
  if ((st = breve_brief_render(synth, &voice, lex, &art, &sents, &sel, &a.opts,
                               &audio, &err)) != BREVE_OK)
    goto fail;

  breve_tags tags = {art.title, voice.name, NULL, art.date, NULL};
  char artist[160];
  snprintf(artist, sizeof artist, "breve (voix %s)", voice.name);
  tags.artist = artist;
  breve_write_options wo;
  breve_loudness_report lr;
  breve_write_options_init(&wo);
  wo.loudness = a.loudness;
  wo.bitrate = bitrate;
  if ((st = breve_audio_write_opts(&audio, a.output, (breve_format)format,
                                   &tags, &wo, a.loudness != 0 ? &lr : NULL,
                                   &err)) != BREVE_OK)
    goto fail;
  if (a.transcript &&
      (st = cli_write_brief_transcript(a.transcript, &audio, &art, &sents,
                                       &sel, &a.opts, lex, voice.name,
                                       &err)) != BREVE_OK)
    goto fail;
  if (!a.quiet && !to_stdout)
    printf("%s: %.1f s, %zu sentence%s, %d Hz\n", a.output,
           breve_audio_seconds(&audio), sel.n_chosen,
           sel.n_chosen == 1 ? "" : "s",
           format == BREVE_FORMAT_OPUS ? 48000
           : format == BREVE_FORMAT_MP3 ? 44100
                                        : audio.sample_rate);
  if (!a.quiet && !to_stdout && a.loudness != 0)
    printf("%s: %.1f LUFS, true peak %.1f dBTP\n", a.output, lr.output_lufs,
           lr.output_true_peak);
  rc = EXIT_OK;
  goto done;

fail:
  cli_fail(&err, st);
done:
  if (starting) {
    /* the article failed while espeak-ng was starting */
    pthread_join(starter, NULL);
    synth = start.synth;
  }
  if (a.title)
    art.title = NULL; /* borrowed */
  breve_audio_free(&audio);
  breve_synth_free(synth);
  breve_selection_free(&sel);
  breve_sentences_free(&sents);
  breve_article_free(&art);
  breve_lexicon_free(lex);
  return rc;
}
