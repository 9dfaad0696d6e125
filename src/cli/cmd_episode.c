/* breve episode and breve feed: articles to a podcast episode in a feed
 * folder, and the feed rebuilt from that folder. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"

/* Options of these two commands only: values from 0x200 up. */
enum {
  OPT_SET = 0x200,
  OPT_VOICES,
  OPT_RETENTION,
  OPT_BASE_URL,
  OPT_INTRO_MUSIC,
  OPT_OUTRO_MUSIC,
  OPT_TRUE_PEAK,
  OPT_WAIT,
  OPT_SHOW_TITLE
};

static const struct option S_long[] = {
    {"output", required_argument, NULL, 'o'},
    {"config", required_argument, NULL, OPT_CONFIG},
    {"set", required_argument, NULL, OPT_SET},
    {"title", required_argument, NULL, OPT_SHOW_TITLE},
    {"date", required_argument, NULL, OPT_DATE},
    {"voice", required_argument, NULL, OPT_VOICE},
    {"voices", required_argument, NULL, OPT_VOICES},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"loudness", required_argument, NULL, OPT_LOUDNESS},
    {"true-peak", required_argument, NULL, OPT_TRUE_PEAK},
    {"bitrate", required_argument, NULL, OPT_BITRATE},
    {"retention", required_argument, NULL, OPT_RETENTION},
    {"base-url", required_argument, NULL, OPT_BASE_URL},
    {"intro-music", required_argument, NULL, OPT_INTRO_MUSIC},
    {"outro-music", required_argument, NULL, OPT_OUTRO_MUSIC},
    {"sentences", required_argument, NULL, OPT_SENTENCES},
    {"words", required_argument, NULL, OPT_WORDS},
    {"seconds", required_argument, NULL, OPT_SECONDS},
    {"lexicon", required_argument, NULL, OPT_LEXICON},
    {"input", required_argument, NULL, OPT_INPUT},
    {"max-input", required_argument, NULL, OPT_MAX_INPUT},
    {"wait", required_argument, NULL, OPT_WAIT},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

static const char S_episode_help[] =
    "Usage: breve episode ARTICLE|FOLDER... -o DIR [options]\n"
    "Publish the articles not yet published as one podcast episode in DIR:\n"
    "DIR/DATE.mp3 (or .opus, .flac, .wav), DATE.chapters.json, DATE.vtt,\n"
    "DATE.meta, then DIR/feed.xml. An ARTICLE is a text or HTML file, or an\n"
    "RSS/Atom feed (one article per item); a FOLDER gives its .txt, .html\n"
    "and feed files.\n"
    "\n"
    "  -o, --output DIR           the feed folder (created if missing)\n"
    "  --config FILE              show settings, 'key = value' (see "
    "docs/podcast.md)\n"
    "  --set KEY=VALUE            one show setting, over the file\n"
    "  --title NAME               show name\n"
    "  --date YYYY-MM-DD          the episode's date (default: today)\n"
    "  --voice NAME|FILE          voice; twice (or --voices A,B) to alternate\n"
    "  --format mp3|opus|flac|wav default mp3\n"
    "  --loudness LUFS            integrated loudness target (default -16)\n"
    "  --true-peak DBTP           true-peak ceiling (default -1)\n"
    "  --bitrate KBPS             MP3/Opus bit rate (default 96)\n"
    "  --retention N              episodes kept (default 30; 0: all)\n"
    "  --base-url URL             where DIR is served (enclosure URLs)\n"
    "  --intro-music FILE         music before the intro, faded\n"
    "  --outro-music FILE         music after the outro, faded\n"
    "  --sentences N | --words N | --seconds S   budget per article\n"
    "  --lexicon FILE             extra pronunciation lexicon\n"
    "  --wait SECONDS             wait this long for another run's lock "
    "(default 600)\n"
    "  -q, --quiet                print nothing on success\n"
    "\n"
    "Exit status: 0 success (also when nothing is new), 1 failure (2 usage).\n";

static const char S_feed_help[] =
    "Usage: breve feed DIR [--config FILE] [--set KEY=VALUE] [--base-url URL]\n"
    "Rebuild DIR/feed.xml from the episodes recorded in DIR (DIR/*.meta),\n"
    "with the settings of the last run (DIR/show.conf) unless given.\n";

int cli_parse_loudness(const char *arg, double *out) {
  char *end;
  errno = 0;
  double v = strtod(arg, &end);
  if (errno || end == arg || *end || !(v >= -70 && v <= -5)) {
    cli_usage_error("--loudness: expected LUFS from -70 to -5, not '%s'", arg);
    return 0;
  }
  *out = v;
  return 1;
}

int cli_parse_bitrate(const char *arg, int *out) {
  char *end;
  errno = 0;
  long v = strtol(arg, &end, 10);
  if (errno || end == arg || *end || v < 8 || v > 320) {
    cli_usage_error("--bitrate: expected kbit/s from 8 to 320, not '%s'", arg);
    return 0;
  }
  *out = (int)v;
  return 1;
}

breve_status cli_write_brief_transcript(
    const char *path, const breve_audio *audio, const breve_article *art,
    const breve_sentences *sents, const breve_selection *sel,
    const breve_options *opts, const breve_lexicon *lex, const char *speaker,
    breve_error *err) {
  size_t n = 1 + sel->n_chosen;
  const char **texts = calloc(n, sizeof *texts);
  const char **who = calloc(n, sizeof *who);
  char **spoken = calloc(n, sizeof *spoken);
  char *vtt = NULL;
  breve_status st;
  if (!texts || !who || !spoken) {
    free(texts);
    free(who);
    free(spoken);
    err->status = BREVE_ERR_NOMEM;
    snprintf(err->message, sizeof err->message, "out of memory");
    return BREVE_ERR_NOMEM;
  }
  if (art->title && *art->title && !(opts->flags & BREVE_OPT_NO_TITLE))
    texts[0] = art->title;
  for (size_t k = 0; k < sel->n_chosen; k++)
    texts[1 + k] = sents->items[sel->chosen[k]].text;
  for (size_t k = 0; k < n; k++) {
    who[k] = speaker;
    /* what the brief said: the same normalisation as breve_brief_render */
    if (texts[k] && breve_normalize(texts[k], strlen(texts[k]), lex,
                                    opts->flags & BREVE_OPT_ESPEAK_FIXES,
                                    &spoken[k], NULL) != BREVE_OK)
      spoken[k] = NULL;
  }
  st = breve_transcript_vtt(audio, texts, (const char *const *)spoken, who, n,
                            &vtt, err);
  if (st == BREVE_OK)
    st = breve_file_write_atomic(path, vtt, strlen(vtt), 0, NULL, err);
  breve_free(vtt);
  for (size_t k = 0; k < n; k++)
    breve_free(spoken[k]);
  free(spoken);
  free(texts);
  free(who);
  return st;
}

/* Settings given on the command line, applied over the show file. */
typedef struct {
  const char *key;
  const char *value;
} S_override;

typedef struct {
  S_override items[64];
  size_t n;
  char voices[600];
  int n_voices;
  char owned[8][64]; /* numbers turned into text */
  size_t n_owned;
} S_overrides;

static int S_push(S_overrides *o, const char *key, const char *value) {
  if (o->n == sizeof o->items / sizeof o->items[0]) {
    cli_usage_error("too many settings on the command line");
    return 0;
  }
  o->items[o->n].key = key;
  o->items[o->n].value = value;
  o->n++;
  return 1;
}

static int S_apply(breve_show *show, const char *config, const S_overrides *o) {
  breve_error err = {0};
  breve_status st;
  if (config && (st = breve_show_load(config, show, &err)) != BREVE_OK)
    return cli_fail(&err, st), 0;
  for (size_t i = 0; i < o->n; i++)
    if ((st = breve_show_set(show, o->items[i].key, o->items[i].value, &err)) !=
        BREVE_OK) {
      cli_usage_error("%s", err.message);
      return 0;
    }
  if (o->n_voices &&
      (st = breve_show_set(show, "voices", o->voices, &err)) != BREVE_OK) {
    cli_usage_error("%s", err.message);
    return 0;
  }
  return 1;
}

/* Handles the show options both commands share; 1 handled, 0 not ours,
 * -1 bad (reported). */
static int S_show_option(int c, const char *arg, S_overrides *o,
                         const char **config) {
  switch (c) {
  case OPT_CONFIG:
    *config = arg;
    return 1;
  case OPT_SET: {
    const char *eq = strchr(arg, '=');
    if (!eq || eq == arg || eq - arg >= 60)
      return cli_usage_error("--set: expected KEY=VALUE, not '%s'", arg), -1;
    if (o->n_owned == 8)
      return cli_usage_error("--set: at most 8 of them"), -1;
    char *k = o->owned[o->n_owned++];
    memcpy(k, arg, (size_t)(eq - arg));
    k[eq - arg] = '\0';
    return S_push(o, k, eq + 1) ? 1 : -1;
  }
  case OPT_SHOW_TITLE:
    return S_push(o, "title", arg) ? 1 : -1;
  case OPT_BASE_URL:
    return S_push(o, "base_url", arg) ? 1 : -1;
  case OPT_RETENTION:
    return S_push(o, "retention", arg) ? 1 : -1;
  case OPT_INTRO_MUSIC:
    return S_push(o, "intro_music", arg) ? 1 : -1;
  case OPT_OUTRO_MUSIC:
    return S_push(o, "outro_music", arg) ? 1 : -1;
  case OPT_TRUE_PEAK:
    return S_push(o, "true_peak", arg) ? 1 : -1;
  case OPT_WAIT:
    return S_push(o, "lock_timeout", arg) ? 1 : -1;
  case OPT_FORMAT:
    if (breve_format_parse(arg, 0) < 0)
      return cli_usage_error("--format: expected wav, flac, opus or mp3, not "
                             "'%s'",
                             arg),
             -1;
    return S_push(o, "format", arg) ? 1 : -1;
  case OPT_LOUDNESS: {
    double d;
    if (!cli_parse_loudness(arg, &d))
      return -1;
    return S_push(o, "loudness", arg) ? 1 : -1;
  }
  case OPT_BITRATE: {
    int b;
    if (!cli_parse_bitrate(arg, &b))
      return -1;
    return S_push(o, "bitrate", arg) ? 1 : -1;
  }
  case OPT_VOICE:
  case OPT_VOICES: {
    size_t l = strlen(o->voices);
    if (o->n_voices >= 2 || l + strlen(arg) + 2 >= sizeof o->voices)
      return cli_usage_error("--voice: at most two voices"), -1;
    snprintf(o->voices + l, sizeof o->voices - l, "%s%s", l ? "," : "", arg);
    o->n_voices += c == OPT_VOICES ? 2 : 1;
    return 1;
  }
  case OPT_LEXICON:
    return S_push(o, "lexicon", arg) ? 1 : -1;
  default:
    return 0;
  }
}

static int S_has_ext(const char *name, const char *ext) {
  size_t l = strlen(name), e = strlen(ext);
  return l > e && !strcmp(name + l - e, ext);
}

static int S_cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends one article (or none, with a warning, when it has nothing to
 * read) to the list. Returns 0 on a hard failure. */
static int S_load(const char *path, const cli_args *a, breve_article **arts,
                  size_t *n, size_t *cap) {
  if (*n == *cap) {
    size_t c = *cap ? 2 * *cap : 16;
    breve_article *p = realloc(*arts, c * sizeof *p);
    if (!p) {
      cli_error("out of memory");
      return 0;
    }
    *arts = p;
    *cap = c;
  }
  breve_error err = {0};
  breve_status st;
  /* a feed gives one article per item */
  breve_input_kind kind = a->opts.input_kind;
  if (kind == BREVE_INPUT_AUTO || kind == BREVE_INPUT_FEED) {
    char *data = NULL;
    size_t len = 0;
    const char *shown = strcmp(path, "-") ? path : "<stdin>";
    if ((st = breve_file_read(path, a->opts.max_input_bytes, &data, &len,
                              &err)) != BREVE_OK) {
      cli_fail(&err, st);
      return 0;
    }
    if (kind == BREVE_INPUT_FEED ||
        breve_input_detect(data, len) == BREVE_INPUT_FEED) {
      breve_feed feed;
      st = breve_feed_parse(data, len, &a->opts, &feed, &err);
      breve_free(data);
      if (st != BREVE_OK) {
        cli_error("%s: %s", shown,
                  err.message[0] ? err.message : breve_strerror(st));
        return st == BREVE_ERR_EMPTY; /* an empty feed: nothing new */
      }
      if (*n + feed.n_items > *cap) {
        size_t c = *n + feed.n_items + 16;
        breve_article *p = realloc(*arts, c * sizeof *p);
        if (!p) {
          breve_feed_free(&feed);
          cli_error("out of memory");
          return 0;
        }
        *arts = p;
        *cap = c;
      }
      for (size_t i = 0; i < feed.n_items; i++) {
        (*arts)[(*n)++] = feed.items[i];
        memset(&feed.items[i], 0, sizeof feed.items[i]);
      }
      breve_feed_free(&feed);
      return 1;
    }
    if (strcmp(path, "-") == 0) {
      /* stdin cannot be read twice: parse what was read */
      memset(&(*arts)[*n], 0, sizeof **arts);
      st = breve_article_parse(data, len, &a->opts, &(*arts)[*n], &err);
      breve_free(data);
      if (st != BREVE_OK) {
        cli_error("%s: %s", shown,
                  err.message[0] ? err.message : breve_strerror(st));
        return st == BREVE_ERR_EMPTY || st == BREVE_ERR_INPUT ||
               st == BREVE_ERR_PARSE;
      }
      (*n)++;
      return 1;
    }
    breve_free(data);
  }
  memset(&(*arts)[*n], 0, sizeof **arts);
  st = cli_load_article(path, a, &(*arts)[*n], &err);
  if (st != BREVE_OK) {
    cli_fail(&err, st);
    return st == BREVE_ERR_EMPTY || st == BREVE_ERR_INPUT ||
           st == BREVE_ERR_PARSE; /* left out, the show goes on */
  }
  (*n)++;
  return 1;
}

/* A folder gives its .txt, .html, .htm and feed (.xml, .rss, .atom)
 * files in name order. */
static int S_load_arg(const char *path, const cli_args *a, breve_article **arts,
                      size_t *n, size_t *cap) {
  struct stat sb;
  if (strcmp(path, "-") && stat(path, &sb) == 0 && S_ISDIR(sb.st_mode)) {
    DIR *d = opendir(path);
    struct dirent *e;
    char **names = NULL;
    size_t nn = 0, nc = 0;
    int ok = 1;
    if (!d) {
      cli_error("%s: %s", path, strerror(errno));
      return 0;
    }
    while ((e = readdir(d)))
      if (e->d_name[0] != '.' &&
          (S_has_ext(e->d_name, ".txt") || S_has_ext(e->d_name, ".html") ||
           S_has_ext(e->d_name, ".htm") || S_has_ext(e->d_name, ".xml") ||
           S_has_ext(e->d_name, ".rss") || S_has_ext(e->d_name, ".atom"))) {
        if (nn == nc) {
          nc = nc ? 2 * nc : 16;
          char **p = realloc(names, nc * sizeof *p);
          if (!p) {
            ok = 0;
            break;
          }
          names = p;
        }
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        if (!(names[nn] = malloc(l))) {
          ok = 0;
          break;
        }
        snprintf(names[nn++], l, "%s/%s", path, e->d_name);
      }
    closedir(d);
    if (names)
      qsort(names, nn, sizeof *names, S_cmp_str);
    for (size_t i = 0; i < nn; i++) {
      if (ok)
        ok = S_load(names[i], a, arts, n, cap);
      free(names[i]);
    }
    free(names);
    if (!ok)
      cli_error("%s: cannot read the folder", path);
    return ok;
  }
  return S_load(path, a, arts, n, cap);
}

int cmd_episode(int argc, char **argv) {
  cli_args a;
  S_overrides ov;
  const char *config = NULL, *date = NULL;
  int c;
  cli_args_init(&a);
  memset(&ov, 0, sizeof ov);
  while ((c = getopt_long(argc, argv, "o:qh", S_long, NULL)) != -1) {
    if (c == 'h') {
      fputs(S_episode_help, stdout);
      return EXIT_OK;
    }
    if (c == 'q') {
      a.quiet = 1;
      continue;
    }
    if (c == OPT_DATE) {
      date = optarg;
      continue;
    }
    int r = S_show_option(c, optarg, &ov, &config);
    if (r < 0)
      return EXIT_USAGE;
    if (r > 0)
      continue;
    if (c == OPT_SENTENCES || c == OPT_WORDS || c == OPT_SECONDS) {
      cli_args tmp;
      cli_args_init(&tmp);
      if (cli_common_option(c, optarg, &tmp) < 0)
        return EXIT_USAGE;
      /* one budget: the others are cleared */
      if (!S_push(&ov, "sentences", c == OPT_SENTENCES ? optarg : "0") ||
          !S_push(&ov, "words", c == OPT_WORDS ? optarg : "0") ||
          !S_push(&ov, "seconds", c == OPT_SECONDS ? optarg : "0"))
        return EXIT_USAGE;
      continue;
    }
    r = cli_common_option(c, optarg, &a);
    if (r < 0)
      return EXIT_USAGE;
    if (r == 0)
      return cli_usage_error("episode: unknown option");
  }
  if (!a.output)
    return cli_usage_error("episode: missing -o DIR (the feed folder)");
  if (optind >= argc)
    return cli_usage_error("episode: missing ARTICLE (files, folders, or -)");

  breve_show show;
  breve_show_init(&show);
  if (!S_apply(&show, config, &ov))
    return config ? EXIT_FAIL : EXIT_USAGE;
  if (!show.base_url[0] && !a.quiet)
    cli_error("warning: no base_url: the feed's enclosure URLs are relative");
  if (!show.image[0] && !a.quiet)
    cli_error("warning: no image: the feed has no itunes:image (podcast "
              "directories want one)");

  breve_article *arts = NULL;
  size_t n = 0, cap = 0;
  int rc = EXIT_FAIL;
  breve_error err = {0};
  breve_lexicon *lex = NULL;
  breve_status st;
  int only_folders = 1;
  for (int i = optind; i < argc; i++) {
    struct stat sb;
    if (strcmp(argv[i], "-") == 0 || stat(argv[i], &sb) != 0 ||
        !S_ISDIR(sb.st_mode))
      only_folders = 0;
    if (!S_load_arg(argv[i], &a, &arts, &n, &cap))
      goto done;
  }
  if (n == 0) {
    /* an empty inbox is a normal morning for a scheduled run */
    if (only_folders) {
      if (!a.quiet)
        printf("%s: nothing new (no article in the input folders)\n", a.output);
      rc = EXIT_OK;
    } else
      cli_error("episode: no article to read");
    goto done;
  }
  if ((st = breve_lexicon_load(show.lexicon[0] ? show.lexicon : NULL, &lex,
                               &err)) != BREVE_OK) {
    cli_fail(&err, st);
    goto done;
  }
  breve_publish_report rep;
  st = breve_episode_publish(a.output, &show, date, arts, n, lex, &rep, &err);
  if (st != BREVE_OK) {
    cli_fail(&err, st);
    goto done;
  }
  if (!a.quiet) {
    if (rep.id[0])
      printf("%s/%s.%s: %.1f s, %zu article%s, %.1f LUFS, true peak %.1f "
             "dBTP, %lld bytes\n",
             a.output, rep.id,
             show.format == BREVE_FORMAT_MP3    ? "mp3"
             : show.format == BREVE_FORMAT_OPUS ? "opus"
             : show.format == BREVE_FORMAT_FLAC ? "flac"
                                                : "wav",
             rep.seconds, rep.n_new, rep.n_new == 1 ? "" : "s",
             rep.loudness.output_lufs, rep.loudness.output_true_peak,
             rep.bytes);
    else
      printf("%s: nothing new (%zu article%s already published)\n", a.output,
             rep.n_skipped, rep.n_skipped == 1 ? "" : "s");
    if (rep.n_skipped && rep.id[0])
      printf("%s: %zu article%s already published, left out\n", a.output,
             rep.n_skipped, rep.n_skipped == 1 ? "" : "s");
    if (rep.n_empty)
      printf("%s: %zu article%s with nothing to say, left out\n", a.output,
             rep.n_empty, rep.n_empty == 1 ? "" : "s");
    if (rep.n_removed)
      printf("%s: %zu old episode%s removed\n", a.output, rep.n_removed,
             rep.n_removed == 1 ? "" : "s");
  }
  rc = EXIT_OK;
done:
  for (size_t i = 0; i < n; i++)
    breve_article_free(&arts[i]);
  free(arts);
  breve_lexicon_free(lex);
  return rc;
}

int cmd_feed(int argc, char **argv) {
  S_overrides ov;
  const char *config = NULL;
  int c, quiet = 0;
  memset(&ov, 0, sizeof ov);
  while ((c = getopt_long(argc, argv, "qh", S_long, NULL)) != -1) {
    if (c == 'h') {
      fputs(S_feed_help, stdout);
      return EXIT_OK;
    }
    if (c == 'q') {
      quiet = 1;
      continue;
    }
    int r = S_show_option(c, optarg, &ov, &config);
    if (r < 0)
      return EXIT_USAGE;
    if (r == 0)
      return cli_usage_error("feed: unknown option");
  }
  if (optind >= argc)
    return cli_usage_error("feed: missing DIR");
  if (optind + 1 < argc)
    return cli_usage_error("feed: one DIR at a time");
  const char *dir = argv[optind];
  struct stat sb;
  if (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) {
    cli_error("%s: not a folder", dir);
    return EXIT_FAIL;
  }
  breve_show show;
  breve_show_init(&show);
  char saved[4096];
  snprintf(saved, sizeof saved, "%s/show.conf", dir);
  breve_error err = {0};
  breve_status st;
  if (stat(saved, &sb) == 0 &&
      (st = breve_show_load(saved, &show, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if (!S_apply(&show, config, &ov))
    return config ? EXIT_FAIL : EXIT_USAGE;
  if ((st = breve_feed_rebuild(dir, &show, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if (!quiet)
    printf("%s/feed.xml\n", dir);
  return EXIT_OK;
}
