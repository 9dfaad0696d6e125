/* breve batch: many articles to briefs over a pool of worker processes,
 * with a JSON-lines report, resumable, and shardable across machines. */
#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* The longest manifest line taken as a path (PATH_MAX on Linux). */
#define S_MAX_PATH 4096

enum { OPT_FORCE = OPT_LAST + 0x40, OPT_REPORT };

static const struct option S_long[] = {
    CLI_ARTICLE_OPTIONS,
    {"output", required_argument, NULL, 'o'},
    {"jobs", required_argument, NULL, 'j'},
    {"shard", required_argument, NULL, OPT_SHARD},
    {"format", required_argument, NULL, OPT_FORMAT},
    {"loudness", required_argument, NULL, OPT_LOUDNESS},
    {"bitrate", required_argument, NULL, OPT_BITRATE},
    {"force", no_argument, NULL, OPT_FORCE},
    {"report", required_argument, NULL, OPT_REPORT},
    {"quiet", no_argument, NULL, 'q'},
    {"help", no_argument, NULL, 'h'},
    {NULL, 0, NULL, 0}};

static const char S_usage[] =
    "Usage: breve batch MANIFEST|DIR|- -o OUTDIR [--jobs N] [--shard K/N]\n"
    "                   [budget, --voice, --rate, --format, --no-title,\n"
    "                    --lexicon, --loudness, --bitrate: as 'breve brief']\n"
    "                   [--force] [--report FILE] [-q]\n"
    "One brief per article. MANIFEST lists one article path per line ('#'\n"
    "comments; relative paths are relative to the manifest's folder); DIR\n"
    "takes its regular files in name order. OUTDIR/NAME.EXT is named after\n"
    "the article's file. Outputs already complete are skipped (--force redoes\n"
    "them). --jobs N worker processes (default: the number of processors);\n"
    "--shard K/N does only the items whose index modulo N is K-1.\n"
    "Report: OUTDIR/report.jsonl (report-K-of-N.jsonl with --shard).\n"
    "Exit status: 0 all done, 1 some article failed, 2 usage error.\n";

enum { S_TODO, S_SKIPPED, S_DONE, S_FAILED, S_INTERRUPTED, S_OTHER_SHARD };

typedef struct S_item {
  char *input;   /* path opened */
  char *output;  /* OUTDIR/NAME.EXT */
  int state;
  double seconds;   /* audio duration */
  double elapsed;   /* wall time of the work */
  long sentences;
  char *error;
} S_item;

/* What a worker sends back for one item; smaller than PIPE_BUF, so each
 * write is atomic. */
typedef struct S_result {
  int64_t index;
  int32_t status;
  int32_t pad;
  double seconds;
  double elapsed;
  int64_t sentences;
  char error[512];
} S_result;

typedef struct S_ctx {
  cli_args a;
  breve_voice voice;
  breve_lexicon *lex;
  breve_format format;
  int bitrate;
  S_item *items;
  size_t n_items;
} S_ctx;

typedef struct S_worker {
  pid_t pid;
  int cmd_fd;  /* parent writes item indices */
  int res_fd;  /* parent reads results */
  long busy;   /* item in progress, -1 when idle */
} S_worker;

/* SIGINT, SIGTERM, SIGHUP: the parent passes the signal on to its workers
 * (each removes the file it was writing and dies of it), waits for them,
 * writes the report of what was done, then dies of the same signal. */
static const int S_stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
static volatile sig_atomic_t S_stop;
static S_worker *S_workers;
static size_t S_n_workers;

static void S_on_stop(int sig) {
  S_stop = sig;
  for (size_t j = 0; j < S_n_workers; j++)
    if (S_workers[j].pid > 0)
      kill(S_workers[j].pid, sig);
}

static void S_worker_on_signal(int sig) {
  breve_cleanup_on_signal();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* Installs `fn` for the stop signals not ignored; `old` (may be NULL)
 * receives the previous actions. */
static void S_catch_stop(void (*fn)(int), struct sigaction *old) {
  for (size_t i = 0; i < 3; i++) {
    struct sigaction sa, prev;
    if (sigaction(S_stop_signals[i], NULL, &prev) != 0)
      continue;
    if (old)
      old[i] = prev;
    if (prev.sa_handler == SIG_IGN) /* nohup, background jobs */
      continue;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = fn;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: poll() returns at once */
    sigaction(S_stop_signals[i], &sa, NULL);
  }
}

static double S_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *S_strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (p)
    memcpy(p, s, n);
  return p;
}

static char *S_join(const char *dir, const char *name) {
  size_t a = strlen(dir), b = strlen(name);
  char *p = malloc(a + b + 2);
  if (!p)
    return NULL;
  memcpy(p, dir, a);
  p[a] = '/';
  memcpy(p + a + 1, name, b + 1);
  return p;
}

static const char *S_ext(breve_format f) {
  switch (f) {
  case BREVE_FORMAT_FLAC:
    return "flac";
  case BREVE_FORMAT_OPUS:
    return "opus";
  case BREVE_FORMAT_MP3:
    return "mp3";
  default:
    return "wav";
  }
}

/* Length of the valid UTF-8 sequence at `s` (at most `n` bytes), 0 when
 * invalid. Overlong forms, surrogates and values past U+10FFFF are
 * invalid. Sets *cp to the code point. */
static size_t S_utf8_len(const unsigned char *s, size_t n, uint32_t *cp) {
  if (n == 0)
    return 0;
  unsigned c = s[0];
  size_t len;
  uint32_t v, min;
  if (c < 0x80) {
    *cp = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0)
    len = 2, v = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    len = 3, v = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    len = 4, v = c & 0x07, min = 0x10000;
  else
    return 0;
  if (len > n)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80)
      return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
    return 0;
  *cp = v;
  return len;
}

/* A code point that must not appear in a file name breve makes: C0 and C1
 * controls, DEL, bidirectional overrides and isolates, line and paragraph
 * separators, the BOM. */
static int S_bad_cp(uint32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) ||
         (cp >= 0x200E && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
}

/* The output name (without extension) for the article file `path`: its
 * base name without the last extension, with every character other than
 * ASCII letters, digits, '-', '_', '.', '+' and printable non-ASCII UTF-8
 * turned into '_' (runs collapsed), no leading '.', '_' or '-' and no
 * trailing '.' or '_' (so no hidden file, no "..", no way out of OUTDIR,
 * nothing a command would take for an option), at most 100 bytes,
 * "article" when nothing is left. The caller frees it. */
static char *S_output_stem(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  size_t n = strlen(base);
  const char *dot = strrchr(base, '.');
  if (dot && dot > base)
    n = (size_t)(dot - base);
  char *out = malloc(n + 8 + 1);
  if (!out)
    return NULL;
  size_t k = 0, i = 0;
  int last_sub = 0;
  while (i < n && k < 100) {
    const unsigned char *s = (const unsigned char *)base + i;
    uint32_t cp = 0;
    size_t len = S_utf8_len(s, n - i, &cp);
    int keep;
    if (len == 1)
      keep = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
             (cp >= '0' && cp <= '9') || cp == '-' || cp == '_' ||
             cp == '.' || cp == '+';
    else
      keep = len > 1 && !S_bad_cp(cp) && k + len <= 100;
    if (keep) {
      memcpy(out + k, s, len);
      k += len;
      last_sub = 0;
      i += len;
    } else {
      if (!last_sub)
        out[k++] = '_';
      last_sub = 1;
      i += len ? len : 1;
    }
  }
  size_t start = 0;
  while (start < k &&
         (out[start] == '.' || out[start] == '_' || out[start] == '-'))
    start++; /* no hidden file, nothing read as an option */
  while (k > start && (out[k - 1] == '.' || out[k - 1] == '_'))
    k--;
  memmove(out, out + start, k - start);
  k -= start;
  if (k == 0) {
    strcpy(out, "article");
    k = 7;
  }
  out[k] = '\0';
  return out;
}

/* A set of names compared without ASCII case (so that outputs stay
 * distinct on case-insensitive file systems), open addressing. */
typedef struct S_nameset {
  char **slots;
  size_t cap;
} S_nameset;

static uint64_t S_hash(const char *s) {
  uint64_t h = 1469598103934665603ull;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c >= 'A' && c <= 'Z')
      c = (unsigned char)(c - 'A' + 'a');
    h = (h ^ c) * 1099511628211ull;
  }
  return h;
}

static int S_same(const char *a, const char *b) {
  for (;; a++, b++) {
    unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
    if (x >= 'A' && x <= 'Z')
      x = (unsigned char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z')
      y = (unsigned char)(y - 'A' + 'a');
    if (x != y)
      return 0;
    if (!x)
      return 1;
  }
}

/* Adds `name` unless present; returns 1 when added. */
static int S_nameset_add(S_nameset *set, const char *name) {
  size_t i = (size_t)S_hash(name) & (set->cap - 1);
  while (set->slots[i]) {
    if (S_same(set->slots[i], name))
      return 0;
    i = (i + 1) & (set->cap - 1);
  }
  set->slots[i] = (char *)name;
  return 1;
}

/* For each stem, the suffix to try next: every smaller one is taken, so
 * a crawl of a thousand "index.html" is named in linear time, with the
 * same names as trying "-2", "-3"... from the start. */
typedef struct S_hint {
  char *stem;
  unsigned long next;
} S_hint;

static S_hint *S_hint_find(S_hint *slots, size_t cap, const char *stem) {
  size_t i = (size_t)S_hash(stem) & (cap - 1);
  while (slots[i].stem && !S_same(slots[i].stem, stem))
    i = (i + 1) & (cap - 1);
  return &slots[i];
}

/* Gives every item its output path: the stem of its file name, and when
 * an earlier item already has that stem, "-2", "-3"... The names depend
 * only on the list, so every shard computes the same ones. */
static int S_name_items(S_ctx *c, const char *outdir) {
  S_nameset set = {NULL, 16};
  while (set.cap < 2 * c->n_items + 2)
    set.cap *= 2;
  char **stems = calloc(c->n_items ? c->n_items : 1, sizeof *stems);
  set.slots = calloc(set.cap, sizeof *set.slots);
  S_hint *hints = calloc(set.cap, sizeof *hints);
  int ok = stems && set.slots && hints;
  for (size_t i = 0; ok && i < c->n_items; i++) {
    char *stem = S_output_stem(c->items[i].input);
    if (!stem) {
      ok = 0;
      break;
    }
    size_t sl = strlen(stem);
    char *cand = malloc(sl + 24);
    if (!cand) {
      free(stem);
      ok = 0;
      break;
    }
    memcpy(cand, stem, sl + 1);
    S_hint *h = S_hint_find(hints, set.cap, stem);
    if (!h->stem) {
      h->stem = stem; /* kept until the end */
      h->next = 2;
    }
    if (!S_nameset_add(&set, cand)) {
      unsigned long k = h->next;
      do
        snprintf(cand, sl + 24, "%s-%lu", stem, k++);
      while (!S_nameset_add(&set, cand));
      h->next = k;
    }
    if (h->stem != stem)
      free(stem);
    stems[i] = cand;
    size_t ol = strlen(outdir) + strlen(cand) + 8;
    if (!(c->items[i].output = malloc(ol)))
      ok = 0;
    else
      snprintf(c->items[i].output, ol, "%s/%s.%s", outdir, cand,
               S_ext(c->format));
  }
  for (size_t i = 0; stems && i < c->n_items; i++)
    free(stems[i]);
  for (size_t i = 0; hints && i < set.cap; i++)
    free(hints[i].stem);
  free(stems);
  free(set.slots);
  free(hints);
  return ok;
}

static int S_add_item(S_ctx *c, size_t *cap, char *input) {
  if (!input)
    return 0;
  if (c->n_items == *cap) {
    size_t ncap = *cap ? *cap * 2 : 64;
    S_item *p = realloc(c->items, ncap * sizeof *p);
    if (!p) {
      free(input);
      return 0;
    }
    c->items = p, *cap = ncap;
  }
  memset(&c->items[c->n_items], 0, sizeof c->items[0]);
  c->items[c->n_items++].input = input;
  return 1;
}

static int S_cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The regular, non-hidden files of `dir`, sorted by name (bytes). */
static breve_status S_list_dir(S_ctx *c, const char *dir) {
  DIR *d = opendir(dir);
  if (!d) {
    cli_error("%s: %s", dir, strerror(errno));
    return BREVE_ERR_IO;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  breve_status st = BREVE_OK;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    char *p = S_join(dir, e->d_name);
    struct stat sb;
    if (!p) {
      st = BREVE_ERR_NOMEM;
      break;
    }
    if (stat(p, &sb) != 0 || !S_ISREG(sb.st_mode)) {
      free(p);
      continue;
    }
    if (n == cap) {
      size_t ncap = cap ? cap * 2 : 64;
      char **q = realloc(names, ncap * sizeof *q);
      if (!q) {
        free(p);
        st = BREVE_ERR_NOMEM;
        break;
      }
      names = q, cap = ncap;
    }
    names[n++] = p;
  }
  closedir(d);
  if (n)
    qsort(names, n, sizeof *names, S_cmp_str);
  size_t icap = 0;
  for (size_t i = 0; i < n; i++) {
    if (st == BREVE_OK && !S_add_item(c, &icap, names[i]))
      st = BREVE_ERR_NOMEM;
    else if (st != BREVE_OK)
      free(names[i]);
  }
  free(names);
  if (st == BREVE_ERR_NOMEM)
    cli_error("%s: out of memory", dir);
  return st;
}

/* The article paths of a manifest: one per line, surrounding blanks and
 * '\r' trimmed, empty lines and '#' comments skipped; relative paths are
 * taken from the manifest's folder ("-": the current folder). Read line by
 * line: a line longer than a path can be (binary data, /dev/zero) stops
 * the reading at once. */
static breve_status S_read_manifest(S_ctx *c, const char *path) {
  const char *shown = strcmp(path, "-") ? path : "<stdin>";
  FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  struct stat sb;
  if (!f) {
    cli_error("%s: %s", shown, strerror(errno));
    return BREVE_ERR_IO;
  }
  if (fstat(fileno(f), &sb) == 0 && S_ISDIR(sb.st_mode)) {
    fclose(f);
    cli_error("%s: is a folder", shown);
    return BREVE_ERR_IO;
  }
  char *dir = NULL;
  const char *slash = strrchr(path, '/');
  if (strcmp(path, "-") != 0 && slash) {
    size_t dl = slash == path ? 1 : (size_t)(slash - path);
    if ((dir = malloc(dl + 1))) {
      memcpy(dir, path, dl);
      dir[dl] = '\0';
    }
  }
  breve_status st = BREVE_OK;
  size_t cap = 0, lineno = 0, len = 0;
  char line[S_MAX_PATH + 2];
  int ch;
  do {
    ch = getc(f);
    if (ch != '\n' && ch != EOF) {
      if (ch == '\0') {
        st = BREVE_ERR_INPUT;
        cli_error("%s: line %zu holds a NUL byte: not a list of paths", shown,
                  lineno + 1);
        break;
      }
      if (len > S_MAX_PATH) {
        st = BREVE_ERR_INPUT;
        cli_error("%s: line %zu is longer than %d bytes: not a list of "
                  "paths",
                  shown, lineno + 1, S_MAX_PATH);
        break;
      }
      line[len++] = (char)ch;
      continue;
    }
    if (ch == EOF && len == 0)
      break;
    lineno++;
    char *p = line, *e = line + len;
    len = 0;
    while (p < e && (*p == ' ' || *p == '\t'))
      p++;
    while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
      e--;
    if (e > p && *p != '#') {
      *e = '\0';
      char *item = (dir && *p != '/') ? S_join(dir, p) : S_strdup(p);
      if (!S_add_item(c, &cap, item)) {
        st = BREVE_ERR_NOMEM;
        cli_error("%s: out of memory", shown);
      }
    }
  } while (ch != EOF && st == BREVE_OK);
  if (st == BREVE_OK && ferror(f)) {
    st = BREVE_ERR_IO;
    cli_error("%s: read error", shown);
  }
  free(dir);
  if (f != stdin)
    fclose(f);
  return st;
}

/* 1 when `path` holds a whole file of `format`: a regular file whose
 * header is the format's (and, for WAV, whose RIFF size matches the file
 * size). Outputs are written under a temporary name and renamed, so a
 * file that is there is normally whole; this also catches files truncated
 * by copies. */
static int S_output_complete(const char *path, breve_format format) {
  struct stat sb;
  if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size < 44)
    return 0;
  FILE *f = fopen(path, "rb");
  unsigned char h[12];
  if (!f)
    return 0;
  size_t got = fread(h, 1, sizeof h, f);
  fclose(f);
  if (got != sizeof h)
    return 0;
  switch (format) {
  case BREVE_FORMAT_WAV: {
    if (memcmp(h, "RIFF", 4) || memcmp(h + 8, "WAVE", 4))
      return 0;
    uint64_t riff = (uint64_t)h[4] | (uint64_t)h[5] << 8 |
                    (uint64_t)h[6] << 16 | (uint64_t)h[7] << 24;
    return riff + 8 == (uint64_t)sb.st_size;
  }
  case BREVE_FORMAT_FLAC:
    return memcmp(h, "fLaC", 4) == 0;
  case BREVE_FORMAT_OPUS:
    return memcmp(h, "OggS", 4) == 0;
  case BREVE_FORMAT_MP3:
    return memcmp(h, "ID3", 3) == 0 || (h[0] == 0xFF && (h[1] & 0xE0) == 0xE0);
  }
  return 0;
}

/* Makes `dir` and its missing parents. */
static int S_mkdirs(const char *dir) {
  char *p = S_strdup(dir);
  if (!p)
    return -1;
  for (char *s = p + 1; *s; s++) {
    if (*s != '/')
      continue;
    *s = '\0';
    if (mkdir(p, 0777) != 0 && errno != EEXIST) {
      free(p);
      return -1;
    }
    *s = '/';
  }
  int r = mkdir(p, 0777) != 0 && errno != EEXIST ? -1 : 0;
  free(p);
  struct stat sb;
  if (r == 0 && (stat(dir, &sb) != 0 || !S_ISDIR(sb.st_mode))) {
    errno = ENOTDIR;
    r = -1;
  }
  return r;
}

/* One article to one brief, as 'breve brief' does it. */
static void S_brief(const S_ctx *c, breve_synth *synth, const S_item *it,
                    S_result *r) {
  breve_error err = {0};
  breve_article art = {0};
  breve_sentences sents = {0};
  breve_selection sel = {0};
  breve_audio audio = {0};
  breve_options opts = c->a.opts;
  breve_status st = cli_load_article(it->input, &c->a, &art, &err);
  if (st == BREVE_OK &&
      ((st = breve_split(&art, &opts, &sents, &err)) != BREVE_OK ||
       (st = breve_summarize(&art, &sents, &opts, &sel, &err)) != BREVE_OK)) {
    if (st == BREVE_ERR_EMPTY)
      snprintf(err.message, sizeof err.message, "no sentence to speak");
  }
  if (st == BREVE_OK)
    st = breve_brief_render(synth, &c->voice, c->lex, &art, &sents, &sel,
                            &opts, &audio, &err);
  if (st == BREVE_OK) {
    char artist[160];
    snprintf(artist, sizeof artist, "breve (voix %s)", c->voice.name);
    breve_tags tags = {art.title, artist, NULL, art.date, NULL};
    breve_write_options wo;
    breve_write_options_init(&wo);
    wo.loudness = c->a.loudness;
    wo.bitrate = c->bitrate;
    st = breve_audio_write_opts(&audio, it->output, c->format, &tags, &wo,
                                NULL, &err);
  }
  r->status = st;
  if (st == BREVE_OK) {
    r->seconds = breve_audio_seconds(&audio);
    r->sentences = (int64_t)sel.n_chosen;
  } else {
    /* the report names the input beside the error: not twice */
    const char *msg = err.message[0] ? err.message : breve_strerror(st);
    size_t il = strlen(it->input);
    if (!strncmp(msg, it->input, il) && msg[il] == ':' && msg[il + 1] == ' ')
      msg += il + 2;
    snprintf(r->error, sizeof r->error, "%s", msg);
  }
  breve_audio_free(&audio);
  breve_selection_free(&sel);
  breve_sentences_free(&sents);
  breve_article_free(&art);
}

static int S_read_full(int fd, void *buf, size_t n) {
  char *p = buf;
  size_t got = 0;
  while (got < n) {
    ssize_t k = read(fd, p + got, n - got);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return got == 0 && k == 0 ? 0 : -1;
    got += (size_t)k;
  }
  return 1;
}

static int S_write_full(int fd, const void *buf, size_t n) {
  const char *p = buf;
  while (n) {
    ssize_t k = write(fd, p, n);
    if (k < 0 && errno == EINTR)
      continue;
    if (k <= 0)
      return -1;
    p += k, n -= (size_t)k;
  }
  return 0;
}

/* A worker process: its own speech engine (espeak-ng is process-wide),
 * then one item per index read, until the parent closes the pipe. */
static void S_worker_main(const S_ctx *c, int cmd_fd, int res_fd) {
  breve_error err = {0};
  breve_synth *synth = NULL;
  breve_status st0 = breve_synth_new(&c->voice, &synth, &err);
  if (st0 == BREVE_OK) /* this process's copy of the lexicon */
    breve_lexicon_set_check(c->lex, breve_synth_reads_foreign, synth);
  int64_t idx;
  while (S_read_full(cmd_fd, &idx, sizeof idx) == 1) {
    S_result r;
    memset(&r, 0, sizeof r);
    r.index = idx;
    double t0 = S_now();
    if (st0 != BREVE_OK) {
      r.status = st0;
      snprintf(r.error, sizeof r.error, "%s",
               err.message[0] ? err.message : breve_strerror(st0));
    } else if (idx >= 0 && (size_t)idx < c->n_items) {
      S_brief(c, synth, &c->items[idx], &r);
    }
    r.elapsed = S_now() - t0;
    if (S_write_full(res_fd, &r, sizeof r) != 0)
      break;
  }
  breve_synth_free(synth);
  breve_lexicon_free(c->lex);
  _exit(0);
}

static int S_spawn(const S_ctx *c, S_worker *w, S_worker *all, size_t n_all) {
  int cmd[2], res[2];
  if (pipe(cmd) != 0)
    return -1;
  if (pipe(res) != 0) {
    close(cmd[0]), close(cmd[1]);
    return -1;
  }
  fflush(stdout);
  fflush(stderr);
  pid_t pid = fork();
  if (pid < 0) {
    close(cmd[0]), close(cmd[1]), close(res[0]), close(res[1]);
    return -1;
  }
  if (pid == 0) {
    /* only this worker's ends stay open, so that each worker sees the end
     * of its own command pipe */
    for (size_t j = 0; j < n_all; j++)
      if (all[j].pid > 0) {
        close(all[j].cmd_fd);
        close(all[j].res_fd);
      }
    close(cmd[1]);
    close(res[0]);
    S_catch_stop(S_worker_on_signal, NULL);
    S_worker_main(c, cmd[0], res[1]);
  }
  close(cmd[0]);
  close(res[1]);
  w->pid = pid;
  w->cmd_fd = cmd[1];
  w->res_fd = res[0];
  w->busy = -1;
  return 0;
}

static void S_fail_item(S_item *it, const char *msg) {
  it->state = S_FAILED;
  free(it->error);
  it->error = S_strdup(msg);
}

/* Runs the items in `todo` over `jobs` workers, handing each idle worker
 * the next item; a worker that dies fails its item and is replaced. */
static int S_run_pool(S_ctx *c, const size_t *todo, size_t n_todo,
                      size_t jobs) {
  if (n_todo == 0)
    return 0;
  if (jobs > n_todo)
    jobs = n_todo;
  S_worker *w = calloc(jobs, sizeof *w);
  struct pollfd *pf = calloc(jobs, sizeof *pf);
  if (!w || !pf) {
    free(w), free(pf);
    cli_error("out of memory");
    return -1;
  }
  size_t next = 0, live = 0;
  int rc = 0;
  S_workers = w;
  S_n_workers = jobs;
  for (size_t j = 0; j < jobs && !S_stop; j++) {
    if (S_spawn(c, &w[j], w, jobs) != 0) {
      cli_error("cannot start a worker: %s", strerror(errno));
      break;
    }
    live++;
  }
  if (live == 0)
    rc = -1;
  /* first items */
  for (size_t j = 0; j < jobs; j++) {
    if (w[j].pid <= 0)
      continue;
    if (next < n_todo) {
      int64_t idx = (int64_t)todo[next];
      if (S_write_full(w[j].cmd_fd, &idx, sizeof idx) == 0)
        w[j].busy = (long)todo[next++];
    } else {
      close(w[j].cmd_fd);
      w[j].cmd_fd = -1;
    }
  }
  while (live > 0 && !S_stop) {
    for (size_t j = 0; j < jobs; j++) {
      pf[j].fd = w[j].pid > 0 ? w[j].res_fd : -1;
      pf[j].events = POLLIN;
      pf[j].revents = 0;
    }
    if (poll(pf, jobs, -1) < 0) {
      if (errno == EINTR)
        continue;
      cli_error("poll: %s", strerror(errno));
      rc = -1;
      break;
    }
    for (size_t j = 0; j < jobs; j++) {
      if (!pf[j].revents || w[j].pid <= 0)
        continue;
      S_result r;
      int got = S_read_full(w[j].res_fd, &r, sizeof r);
      if (got == 1 && r.index >= 0 && (size_t)r.index < c->n_items) {
        S_item *it = &c->items[r.index];
        it->elapsed = r.elapsed;
        if (r.status == BREVE_OK) {
          it->state = S_DONE;
          it->seconds = r.seconds;
          it->sentences = (long)r.sentences;
        } else {
          r.error[sizeof r.error - 1] = '\0';
          S_fail_item(it, r.error);
        }
        w[j].busy = -1;
        if (next < n_todo) {
          int64_t idx = (int64_t)todo[next];
          if (S_write_full(w[j].cmd_fd, &idx, sizeof idx) == 0)
            w[j].busy = (long)todo[next++];
        }
        if (w[j].busy < 0 && w[j].cmd_fd >= 0) {
          close(w[j].cmd_fd); /* no more work: the worker ends */
          w[j].cmd_fd = -1;
        }
        continue;
      }
      /* the worker ended (normally once its command pipe is closed) */
      int status = 0;
      close(w[j].res_fd);
      if (w[j].cmd_fd >= 0)
        close(w[j].cmd_fd);
      waitpid(w[j].pid, &status, 0);
      w[j].pid = 0;
      live--;
      if (w[j].busy >= 0) {
        char msg[96];
        if (WIFSIGNALED(status))
          snprintf(msg, sizeof msg, "the worker process was killed by "
                                    "signal %d", WTERMSIG(status));
        else
          snprintf(msg, sizeof msg, "the worker process ended (status %d)",
                   WIFEXITED(status) ? WEXITSTATUS(status) : -1);
        S_fail_item(&c->items[w[j].busy], msg);
        w[j].busy = -1;
        if (next < n_todo && !S_stop) {
          if (S_spawn(c, &w[j], w, jobs) == 0) {
            live++;
            int64_t idx = (int64_t)todo[next];
            if (S_write_full(w[j].cmd_fd, &idx, sizeof idx) == 0)
              w[j].busy = (long)todo[next++];
          }
        }
      }
    }
  }
  if (S_stop) {
    /* the workers got the signal too: wait for them */
    for (size_t j = 0; j < jobs; j++) {
      if (w[j].pid <= 0)
        continue;
      if (w[j].cmd_fd >= 0)
        close(w[j].cmd_fd);
      close(w[j].res_fd);
      while (waitpid(w[j].pid, NULL, 0) < 0 && errno == EINTR)
        ;
      w[j].pid = 0;
      if (w[j].busy >= 0)
        c->items[w[j].busy].state = S_INTERRUPTED;
    }
    for (; next < n_todo; next++)
      c->items[todo[next]].state = S_INTERRUPTED;
  }
  /* items never handed out (no worker left) */
  for (; next < n_todo; next++)
    S_fail_item(&c->items[todo[next]], "no worker process left to do it");
  S_workers = NULL;
  S_n_workers = 0;
  free(w);
  free(pf);
  return rc;
}

/* Writes `s` as a JSON string; invalid UTF-8 bytes become U+FFFD. */
static void S_json_str(FILE *f, const char *s) {
  const unsigned char *p = (const unsigned char *)s;
  size_t n = strlen(s);
  putc('"', f);
  while (n) {
    uint32_t cp;
    size_t len = S_utf8_len(p, n, &cp);
    if (len == 0) {
      fputs("\\ufffd", f);
      p++, n--;
      continue;
    }
    if (cp == '"' || cp == '\\')
      fprintf(f, "\\%c", (char)cp);
    else if (cp == '\n')
      fputs("\\n", f);
    else if (cp == '\t')
      fputs("\\t", f);
    else if (cp < 0x20 || cp == 0x7F)
      fprintf(f, "\\u%04x", (unsigned)cp);
    else
      fwrite(p, 1, len, f);
    p += len, n -= len;
  }
  putc('"', f);
}

/* Writes the report, one JSON object per item of this shard in list
 * order, under a temporary name renamed into place. */
static int S_write_report(const S_ctx *c, const char *path) {
  size_t pl = strlen(path);
  char *tmp = malloc(pl + 16);
  if (!tmp)
    return -1;
  snprintf(tmp, pl + 16, "%s.tmp%ld", path, (long)getpid());
  FILE *f = fopen(tmp, "w");
  if (!f) {
    free(tmp);
    return -1;
  }
  static const char *const names[] = {"todo", "skipped", "done", "failed",
                                      "interrupted"};
  for (size_t i = 0; i < c->n_items; i++) {
    const S_item *it = &c->items[i];
    if (it->state == S_OTHER_SHARD)
      continue;
    fputs("{\"input\":", f);
    S_json_str(f, it->input);
    fputs(",\"output\":", f);
    S_json_str(f, it->output);
    fprintf(f, ",\"status\":\"%s\"", names[it->state]);
    if (it->state == S_DONE)
      fprintf(f, ",\"seconds\":%.3f,\"sentences\":%ld", it->seconds,
              it->sentences);
    else
      fputs(",\"seconds\":null,\"sentences\":null", f);
    fprintf(f, ",\"elapsed\":%.3f,\"error\":", it->elapsed);
    if (it->error)
      S_json_str(f, it->error);
    else
      fputs("null", f);
    fputs("}\n", f);
  }
  int bad = ferror(f);
  if (fclose(f) != 0 || bad || rename(tmp, path) != 0) {
    unlink(tmp);
    free(tmp);
    return -1;
  }
  free(tmp);
  return 0;
}

int cmd_batch(int argc, char **argv) {
  S_ctx c;
  const char *report = NULL;
  long jobs = 0, shard_k = 1, shard_n = 1;
  int force = 0, ch;
  memset(&c, 0, sizeof c);
  cli_args_init(&c.a);
  while ((ch = getopt_long(argc, argv, "o:j:qh", S_long, NULL)) != -1) {
    switch (ch) {
    case 'q':
      c.a.quiet = 1;
      continue;
    case 'h':
      fputs(S_usage, stdout);
      return EXIT_OK;
    case 'j':
      if (!cli_parse_long(optarg, 1, 1024, &jobs))
        return cli_usage_error("--jobs: expected a number from 1 to 1024, "
                               "not '%s'", optarg);
      continue;
    case OPT_SHARD: {
      char *slash = strchr(optarg, '/');
      int ok = slash != NULL;
      if (ok) {
        *slash = '\0';
        ok = cli_parse_long(optarg, 1, 1000000, &shard_k) &&
             cli_parse_long(slash + 1, 1, 1000000, &shard_n) &&
             shard_k <= shard_n;
        *slash = '/';
      }
      if (!ok)
        return cli_usage_error("--shard: expected K/N with 1 <= K <= N, not "
                               "'%s'", optarg);
      continue;
    }
    case OPT_LOUDNESS:
      if (!cli_parse_loudness(optarg, &c.a.loudness))
        return EXIT_USAGE;
      continue;
    case OPT_BITRATE:
      if (!cli_parse_bitrate(optarg, &c.bitrate))
        return EXIT_USAGE;
      continue;
    case OPT_FORCE:
      force = 1;
      continue;
    case OPT_REPORT:
      report = optarg;
      continue;
    default: {
      int r = cli_common_option(ch, optarg, &c.a);
      if (r < 0)
        return EXIT_USAGE;
      if (r == 0)
        return cli_usage_error("batch: unknown option");
    }
    }
  }
  if (optind >= argc)
    return cli_usage_error("batch: missing MANIFEST or DIR");
  if (optind + 1 < argc)
    return cli_usage_error("batch: one MANIFEST or DIR ('%s' is extra)",
                           argv[optind + 1]);
  if (!c.a.output || !*c.a.output)
    return cli_usage_error("batch: missing -o OUTDIR");
  if (!strcmp(c.a.output, "-"))
    return cli_usage_error("batch: -o takes a folder, not '-'");
  const char *src = argv[optind];
  c.format = c.a.format < 0 ? BREVE_FORMAT_WAV : (breve_format)c.a.format;
  if (jobs == 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? n : 1;
  }

  breve_error err = {0};
  breve_status st;
  if ((st = breve_voice_load(c.a.voice, &c.voice, &err)) != BREVE_OK)
    return cli_fail(&err, st);
  if (c.a.rate)
    c.voice.rate = c.a.rate;
  c.a.opts.words_per_minute = c.voice.rate;

  struct stat sb;
  if (strcmp(src, "-") != 0 && stat(src, &sb) == 0 && S_ISDIR(sb.st_mode))
    st = S_list_dir(&c, src);
  else
    st = S_read_manifest(&c, src);
  if (st != BREVE_OK)
    return EXIT_FAIL;
  if (S_mkdirs(c.a.output) != 0) {
    cli_error("%s: cannot make the folder: %s", c.a.output, strerror(errno));
    return EXIT_FAIL;
  }
  if (!S_name_items(&c, c.a.output)) {
    cli_error("out of memory");
    return EXIT_FAIL;
  }
  if ((st = breve_lexicon_load(c.a.lexicon, &c.lex, &err)) != BREVE_OK)
    return cli_fail(&err, st);

  /* this shard's items, those already done skipped */
  size_t *todo = malloc((c.n_items ? c.n_items : 1) * sizeof *todo);
  size_t n_todo = 0, n_mine = 0;
  if (!todo) {
    cli_error("out of memory");
    return EXIT_FAIL;
  }
  for (size_t i = 0; i < c.n_items; i++) {
    S_item *it = &c.items[i];
    if ((long)(i % (size_t)shard_n) != shard_k - 1) {
      it->state = S_OTHER_SHARD;
      continue;
    }
    n_mine++;
    if (!force && S_output_complete(it->output, c.format))
      it->state = S_SKIPPED;
    else
      todo[n_todo++] = i;
  }

  double t0 = S_now();
  struct sigaction old_stop[3];
  void (*old_pipe)(int) = signal(SIGPIPE, SIG_IGN);
  S_catch_stop(S_on_stop, old_stop);
  int pool = S_run_pool(&c, todo, n_todo, (size_t)jobs);
  signal(SIGPIPE, old_pipe);
  double wall = S_now() - t0;

  size_t n_done = 0, n_skipped = 0, n_failed = 0;
  for (size_t i = 0; i < c.n_items; i++) {
    S_item *it = &c.items[i];
    if (it->state == S_TODO)
      S_fail_item(it, "not done");
    if (it->state == S_DONE)
      n_done++;
    else if (it->state == S_SKIPPED)
      n_skipped++;
    else if (it->state == S_FAILED) {
      n_failed++;
      cli_error("%s: %s", it->input, it->error ? it->error : "failed");
    }
  }

  char *rpath = NULL;
  if (report)
    rpath = S_strdup(report);
  else {
    char name[64];
    if (shard_n > 1)
      snprintf(name, sizeof name, "report-%ld-of-%ld.jsonl", shard_k,
               shard_n);
    else
      snprintf(name, sizeof name, "report.jsonl");
    rpath = S_join(c.a.output, name);
  }
  int rep_ok = rpath && S_write_report(&c, rpath) == 0;
  if (!rep_ok)
    cli_error("%s: cannot write the report: %s", rpath ? rpath : "report",
              strerror(errno));
  if (S_stop) {
    /* reported; now die of the signal as the caller expects */
    for (size_t i = 0; i < 3; i++)
      sigaction(S_stop_signals[i], &old_stop[i], NULL);
    cli_error("%s: interrupted; run again to resume", c.a.output);
    fflush(stdout);
    signal(S_stop, SIG_DFL);
    raise(S_stop);
  }
  for (size_t i = 0; i < 3; i++)
    sigaction(S_stop_signals[i], &old_stop[i], NULL);
  if (!c.a.quiet)
    printf("%s: %zu article%s: %zu done, %zu skipped, %zu failed in %.2f s "
           "(%ld job%s)\n",
           c.a.output, n_mine, n_mine == 1 ? "" : "s", n_done, n_skipped,
           n_failed, wall, jobs, jobs == 1 ? "" : "s");

  free(rpath);
  free(todo);
  for (size_t i = 0; i < c.n_items; i++) {
    free(c.items[i].input);
    free(c.items[i].output);
    free(c.items[i].error);
  }
  free(c.items);
  breve_lexicon_free(c.lex);
  return n_failed || pool != 0 || !rep_ok ? EXIT_FAIL : EXIT_OK;
}
