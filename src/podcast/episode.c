/* Episodes: several articles become one spoken show with intro, segments,
 * transitions and outro, levelled and encoded, with chapters, transcript,
 * a record in DIR and the rebuilt feed, under the folder's lock. */
#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "audio/audio.h"
#include "podcast/podcast.h"
#include "text/normalize.h"

/* Silences between the parts of a show, in milliseconds. */
#define S_GAP_AFTER_INTRO 700
#define S_GAP_TRANSITION 350
#define S_GAP_SEGMENT 800
#define S_MUSIC_LEVEL (-26.0) /* LUFS before the episode is levelled */

/* What is said and shown: texts by global segment, chapters. */
typedef struct {
  char **texts;
  char **spoken; /* as said by espeak-ng (normalised) */
  char **speakers;
  size_t n, cap;
  double *chap_start;
  char **chap_title;
  size_t n_chap, chap_cap;
} S_show_text;

static void S_text_free(S_show_text *t) {
  for (size_t i = 0; i < t->n; i++) {
    breve_free(t->texts[i]);
    breve_free(t->spoken[i]);
    breve_free(t->speakers[i]);
  }
  for (size_t i = 0; i < t->n_chap; i++)
    breve_free(t->chap_title[i]);
  breve_free(t->texts);
  breve_free(t->spoken);
  breve_free(t->speakers);
  breve_free(t->chap_start);
  breve_free(t->chap_title);
  memset(t, 0, sizeof *t);
}

/* Reserves segment numbers [t->n, t->n + k) with their texts unset. */
static int S_text_reserve(S_show_text *t, size_t k) {
  if (t->n + k > t->cap) {
    size_t cap = t->cap ? t->cap : 32;
    while (cap < t->n + k)
      cap *= 2;
    char **a = breve_realloc(t->texts, cap * sizeof *a);
    if (!a)
      return 0;
    t->texts = a;
    char **b = breve_realloc(t->speakers, cap * sizeof *b);
    if (!b)
      return 0;
    t->speakers = b;
    char **c = breve_realloc(t->spoken, cap * sizeof *c);
    if (!c)
      return 0;
    t->spoken = c;
    t->cap = cap;
  }
  for (size_t i = t->n; i < t->n + k; i++)
    t->texts[i] = t->speakers[i] = t->spoken[i] = NULL;
  t->n += k;
  return 1;
}

static int S_chapter(S_show_text *t, double start, const char *title) {
  if (t->n_chap == t->chap_cap) {
    size_t cap = t->chap_cap ? 2 * t->chap_cap : 16;
    double *a = breve_realloc(t->chap_start, cap * sizeof *a);
    if (!a)
      return 0;
    t->chap_start = a;
    char **b = breve_realloc(t->chap_title, cap * sizeof *b);
    if (!b)
      return 0;
    t->chap_title = b;
    t->chap_cap = cap;
  }
  if (!(t->chap_title[t->n_chap] = breve_strdup(title)))
    return 0;
  t->chap_start[t->n_chap++] = start;
  return 1;
}

/* An article's identity: its link when it has one, else its text. 64-bit
 * FNV-1a, as 16 hex digits. */
static void S_article_id(const breve_article *a, char out[17]) {
  uint64_t h = 1469598103934665603ULL;
#define S_MIX(s)                                                               \
  for (const unsigned char *p = (const unsigned char *)(s); p && *p; p++) {    \
    h ^= *p;                                                                   \
    h *= 1099511628211ULL;                                                     \
  }                                                                            \
  h ^= 0xff;                                                                   \
  h *= 1099511628211ULL;
  if (a->link && *a->link) {
    S_MIX("link");
    S_MIX(a->link);
  } else {
    S_MIX(a->title);
    for (size_t i = 0; i < a->n_paragraphs; i++) {
      S_MIX(a->paragraphs[i]);
    }
  }
#undef S_MIX
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long long S_days(int y, int m, int d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

/* RFC 822 date in English whatever the locale: "Sat, 28 Nov 2026
 * 06:00:00 +0000". */
static void S_rfc822(long long t, char out[64]) {
  static const char *const wd[] = {"Thu", "Fri", "Sat", "Sun",
                                   "Mon", "Tue", "Wed"};
  static const char *const mo[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  long long days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  long long secs = t - days * 86400;
  /* civil from days (Howard Hinnant's algorithm) */
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  long long d = doy - (153 * mp + 2) / 5 + 1;
  long long m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  snprintf(out, 64, "%s, %02d %s %04d %02d:%02d:%02d +0000",
           wd[((days % 7) + 7) % 7], (int)d, mo[m - 1], (int)y,
           (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60));
}

/* Normalises and says `text` into `ep` as global segment `seg`, keeping
 * what was said in t->spoken[seg]. */
static breve_status S_say(breve_synth *sy, const breve_lexicon *lex,
                          const char *text, size_t seg, breve_audio *ep,
                          S_show_text *t, breve_error *err) {
  char *spoken = NULL;
  breve_status st = breve_normalize_with(text, strlen(text), lex, 0,
                                         breve_synth_reads_foreign, sy,
                                         &spoken, err);
  if (st != BREVE_OK)
    return st;
  st = breve_synth_say(sy, spoken, 0, seg, ep, err);
  breve_free(t->spoken[seg]);
  t->spoken[seg] = spoken;
  return st;
}

static const char *S_transition(size_t k, size_t n) {
  static const char *const t[] = {"Sujet suivant.", "Autre sujet.",
                                  "On continue avec cette information.",
                                  "Autre actualité."};
  if (k + 1 == n && n > 2)
    return "Enfin, dernier sujet.";
  return t[(k - 1) % (sizeof t / sizeof t[0])];
}

static breve_status S_add_music(const char *path, const breve_show *show,
                                breve_audio *ep, breve_error *err) {
  breve_audio music = {0};
  breve_status st = breve_music_load(path, ep->sample_rate, show->music_seconds,
                                     S_MUSIC_LEVEL, &music, err);
  if (st == BREVE_OK && breve_audio_append(ep, &music) != BREVE_OK)
    st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  breve_audio_free(&music);
  return st;
}

/* The chapters file: Podcasting 2.0 JSON chapters, version 1.2.0. */
static char *S_chapters_json(const S_show_text *t, const char *title) {
  breve_buf b = {0};
  breve_buf_puts(&b, "{\n  \"version\": \"1.2.0\",\n  \"title\": ");
  breve_json_string(&b, title);
  breve_buf_puts(&b, ",\n  \"chapters\": [");
  for (size_t i = 0; i < t->n_chap; i++) {
    breve_buf_printf(&b,
                     "%s\n    {\"startTime\": %.3f, \"title\": ", i ? "," : "",
                     t->chap_start[i]);
    breve_json_string(&b, t->chap_title[i]);
    breve_buf_putc(&b, '}');
  }
  breve_buf_puts(&b, "\n  ]\n}\n");
  return b.oom ? (breve_buf_free(&b), NULL) : breve_buf_detach(&b);
}

/* Renders the show into `ep` and its texts and chapters into `t`. */
static breve_status S_render(const breve_show *show, int y, int mo, int d,
                             const breve_article *const *arts, size_t n,
                             const breve_lexicon *lex, breve_audio *ep,
                             S_show_text *t, size_t *n_empty,
                             breve_error *err) {
  breve_voice voices[2];
  int n_voices = show->voices[1][0] ? 2 : 1;
  breve_synth *sy = NULL;
  breve_status st;
  breve_buf text = {0}, when = {0};
  size_t spoken_articles = 0;

  breve_sentences *sents = NULL;
  breve_selection *sel = NULL;
  breve_options *opts = NULL;
  memset(ep, 0, sizeof *ep);

  for (int v = 0; v < n_voices; v++)
    if ((st = breve_voice_load(show->voices[v], &voices[v], err)) != BREVE_OK)
      return st;
  sents = breve_calloc(n, sizeof *sents);
  sel = breve_calloc(n, sizeof *sel);
  opts = breve_calloc(n, sizeof *opts);
  if (!sents || !sel || !opts) {
    st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
    goto done;
  }
  if ((st = breve_synth_new(&voices[0], &sy, err)) != BREVE_OK)
    goto done;
  memset(ep, 0, sizeof *ep);
  ep->sample_rate = breve_synth_sample_rate(sy);
  double rate = ep->sample_rate;

  if (show->intro_music[0] &&
      (st = S_add_music(show->intro_music, show, ep, err)) != BREVE_OK)
    goto done;
  if ((st = breve_audio_silence(ep, voices[0].lead_in_ms)) != BREVE_OK)
    goto nomem;

  /* what each article has to say, before anything is spoken: the intro
   * announces how many subjects follow */
  size_t n_ok = 0;
  for (size_t k = 0; k < n; k++) {
    const breve_voice *vo = &voices[k % (size_t)n_voices];
    breve_options_init(&opts[k]);
    opts[k].max_sentences = show->sentences;
    opts[k].max_words = show->words;
    opts[k].max_seconds = show->seconds;
    opts[k].words_per_minute = vo->rate;
    if (breve_split(arts[k], &opts[k], &sents[k], NULL) != BREVE_OK ||
        breve_summarize(arts[k], &sents[k], &opts[k], &sel[k], NULL) !=
            BREVE_OK) {
      /* nothing to say in this one: leave it out of the show */
      breve_sentences_free(&sents[k]);
      breve_selection_free(&sel[k]);
      (*n_empty)++;
      continue;
    }
    n_ok++;
  }
  if (n_ok == 0) {
    st = breve_error_set(err, BREVE_ERR_EMPTY,
                         "no article has a sentence to speak");
    goto done;
  }

  /* intro */
  static const char *const counts[] = {"",
                                       "un sujet",
                                       "deux sujets",
                                       "trois sujets",
                                       "quatre sujets",
                                       "cinq sujets",
                                       "six sujets",
                                       "sept sujets",
                                       "huit sujets",
                                       "neuf sujets",
                                       "dix sujets",
                                       "onze sujets",
                                       "douze sujets"};
  breve_date_spoken(y, mo, d, &when);
  breve_buf_printf(&text, "Bonjour, et bienvenue dans %s, édition du %s. ",
                   show->title, when.ptr ? when.ptr : "");
  if (n_ok < sizeof counts / sizeof counts[0])
    breve_buf_printf(&text, "Au sommaire, %s.", counts[n_ok]);
  else
    breve_buf_printf(&text, "Au sommaire, %zu sujets.", n_ok);
  if (text.oom || !S_text_reserve(t, 1) || !S_chapter(t, 0, "Introduction"))
    goto nomem;
  size_t seg = t->n - 1;
  if (!(t->texts[seg] = breve_strdup(text.ptr)) ||
      !(t->speakers[seg] = breve_strdup(voices[0].name)))
    goto nomem;
  if ((st = S_say(sy, lex, text.ptr, seg, ep, t, err)) != BREVE_OK)
    goto done;
  if ((st = breve_audio_silence(ep, S_GAP_AFTER_INTRO)) != BREVE_OK)
    goto nomem;

  int cur_voice = 0;
  for (size_t k = 0; k < n; k++) {
    const breve_article *a = arts[k];
    if (!sents[k].count || !sel[k].n_chosen)
      continue;
    /* voices alternate by spoken segment */
    int which = (int)(spoken_articles % (size_t)n_voices);
    const breve_voice *vo = &voices[which];
    breve_audio part = {0};
    opts[k].words_per_minute = vo->rate;
    if (which != cur_voice) {
      cur_voice = which;
      if ((st = breve_synth_set_voice(sy, vo, err)) != BREVE_OK)
        goto article_fail;
    }
    if (spoken_articles > 0) {
      /* a short spoken transition, in the voice of what follows */
      const char *tr = S_transition(spoken_articles, n_ok);
      if (!S_text_reserve(t, 1))
        goto article_nomem;
      seg = t->n - 1;
      if (!(t->texts[seg] = breve_strdup(tr)) ||
          !(t->speakers[seg] = breve_strdup(vo->name)))
        goto article_nomem;
      if ((st = S_say(sy, lex, tr, seg, ep, t, err)) != BREVE_OK)
        goto article_fail;
      if (breve_audio_silence(ep, S_GAP_TRANSITION) != BREVE_OK)
        goto article_nomem;
    }
    if ((st = breve_brief_render(sy, vo, lex, a, &sents[k], &sel[k], &opts[k],
                                 &part, err)) != BREVE_OK)
      goto article_fail;
    /* the brief's own segments (0 headline, 1 + k sentences) become
     * global ones */
    size_t base = t->n;
    if (!S_text_reserve(t, 1 + sel[k].n_chosen))
      goto article_nomem;
    if (a->title && *a->title &&
        (!(t->texts[base] = breve_strdup(a->title)) ||
         !(t->speakers[base] = breve_strdup(vo->name))))
      goto article_nomem;
    for (size_t j = 0; j < sel[k].n_chosen; j++)
      if (!(t->texts[base + 1 + j] =
                breve_strdup(sents[k].items[sel[k].chosen[j]].text)) ||
          !(t->speakers[base + 1 + j] = breve_strdup(vo->name)))
        goto article_nomem;
    /* what breve_brief_render said: the same normalisation again */
    for (size_t j = 0; j <= sel[k].n_chosen; j++) {
      const char *shown = t->texts[base + j];
      if (shown && breve_normalize_with(shown, strlen(shown), lex, 0,
                                        breve_synth_reads_foreign, sy,
                                        &t->spoken[base + j],
                                        NULL) != BREVE_OK)
        t->spoken[base + j] = NULL; /* one cue for the sentence then */
    }
    /* the chapter starts where its first words (the headline) start, so
     * a listener who jumps to it hears the headline at once */
    size_t first = part.frames;
    for (size_t m = 0; m < part.n_marks; m++) {
      if (part.marks[m].frame < first)
        first = part.marks[m].frame;
      part.marks[m].segment += base;
    }
    double chapter_at = (ep->frames + first) / rate;
    if (breve_audio_append(ep, &part) != BREVE_OK)
      goto article_nomem;
    if (!S_chapter(t, chapter_at,
                   a->title && *a->title
                       ? a->title
                       : sents[k].items[sel[k].chosen[0]].text))
      goto article_nomem;
    if (breve_audio_silence(ep, S_GAP_SEGMENT - vo->tail_ms > 0
                                    ? S_GAP_SEGMENT - vo->tail_ms
                                    : 0) != BREVE_OK)
      goto article_nomem;
    spoken_articles++;
    breve_audio_free(&part);
    continue;
  article_nomem:
    st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  article_fail:
    breve_audio_free(&part);
    goto done;
  }

  /* outro, in the first voice */
  if (cur_voice != 0 &&
      (st = breve_synth_set_voice(sy, &voices[0], err)) != BREVE_OK)
    goto done;
  breve_buf_clear(&text);
  breve_buf_printf(&text, "C'était %s. Merci de votre écoute, et à demain.",
                   show->title);
  if (text.oom || !S_text_reserve(t, 1))
    goto nomem;
  seg = t->n - 1;
  if (!(t->texts[seg] = breve_strdup(text.ptr)) ||
      !(t->speakers[seg] = breve_strdup(voices[0].name)))
    goto nomem;
  if ((st = S_say(sy, lex, text.ptr, seg, ep, t, err)) != BREVE_OK)
    goto done;
  if ((st = breve_audio_silence(ep, voices[0].tail_ms)) != BREVE_OK)
    goto nomem;
  if (show->outro_music[0] &&
      (st = S_add_music(show->outro_music, show, ep, err)) != BREVE_OK)
    goto done;
  st = BREVE_OK;
  goto done;
nomem:
  st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
done:
  for (size_t k = 0; sents && sel && k < n; k++) {
    breve_sentences_free(&sents[k]);
    breve_selection_free(&sel[k]);
  }
  breve_free(sents);
  breve_free(sel);
  breve_free(opts);
  breve_synth_free(sy);
  breve_buf_free(&text);
  breve_buf_free(&when);
  if (st != BREVE_OK)
    breve_audio_free(ep);
  return st;
}

/* The ids already published: every record's articles, and the
 * published list that outlives removed episodes. */
typedef struct {
  char (*ids)[17];
  size_t n, cap;
} S_idset;

static int S_idset_has(const S_idset *s, const char *id) {
  for (size_t i = 0; i < s->n; i++)
    if (!strcmp(s->ids[i], id))
      return 1;
  return 0;
}

static int S_idset_add(S_idset *s, const char *id) {
  if (S_idset_has(s, id))
    return 1;
  if (s->n == s->cap) {
    size_t cap = s->cap ? 2 * s->cap : 64;
    char(*p)[17] = breve_realloc(s->ids, cap * sizeof *p);
    if (!p)
      return 0;
    s->ids = p;
    s->cap = cap;
  }
  snprintf(s->ids[s->n++], 17, "%s", id);
  return 1;
}

/* Removes the temporary files (".breve-XXXXXX") a killed run left in
 * `dir`. Called under the lock, so no other episode run is writing; an
 * hour of age keeps clear of an unlocked `breve brief -o DIR/...`. */
static void S_sweep_temporaries(const char *dir) {
  DIR *d = opendir(dir);
  struct dirent *e;
  time_t now = time(NULL);
  char path[4096];
  struct stat sb;
  if (!d)
    return;
  while ((e = readdir(d)))
    if (!strncmp(e->d_name, ".breve-", 7)) {
      snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
      if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
          now - sb.st_mtime > 3600)
        unlink(path);
    }
  closedir(d);
}

/* Removes an episode's files from `dir`, the record last. */
static void S_remove_episode(const char *dir, const breve_meta *m) {
  const char *files[] = {m->audio, m->chapters, m->transcript};
  char path[4096];
  for (size_t i = 0; i < 3; i++)
    if (files[i] && *files[i] && !strchr(files[i], '/')) {
      snprintf(path, sizeof path, "%s/%s", dir, files[i]);
      unlink(path);
    }
  snprintf(path, sizeof path, "%s/%s.meta", dir, m->id);
  unlink(path);
}

/* Writes show.conf (the settings used) and feed.xml from the records,
 * keeping `retention` of them; removes the older ones afterwards. */
static breve_status S_feed_and_retention(const char *dir,
                                         const breve_show *show,
                                         size_t *n_removed, breve_error *err) {
  breve_meta *eps = NULL;
  size_t n = 0;
  char *feed = NULL;
  char path[4096];
  breve_status st = breve_meta_list(dir, &eps, &n, err);
  if (st != BREVE_OK)
    return st;
  size_t keep = show->retention > 0 && (size_t)show->retention < n
                    ? (size_t)show->retention
                    : n;
  if ((st = breve_feed_format(show, eps, keep, &feed, err)) != BREVE_OK)
    goto done;
  snprintf(path, sizeof path, "%s/feed.xml", dir);
  if ((st = breve_file_write_atomic(path, feed, strlen(feed), 1, NULL, err)) !=
      BREVE_OK)
    goto done;
  /* the feed no longer names them: now the files can go */
  for (size_t i = keep; i < n; i++)
    S_remove_episode(dir, &eps[i]);
  if (n_removed)
    *n_removed = n - keep;
done:
  breve_free(feed);
  breve_meta_list_free(eps, n);
  return st;
}

static breve_status S_save_show(const char *dir, const breve_show *show,
                                breve_error *err) {
  char path[4096];
  char *text = breve_show_format(show);
  if (!text)
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  snprintf(path, sizeof path, "%s/show.conf", dir);
  breve_status st =
      breve_file_write_atomic(path, text, strlen(text), 1, NULL, err);
  breve_free(text);
  return st;
}

breve_status breve_feed_rebuild(const char *dir, const breve_show *show,
                                breve_error *err) {
  breve_show saved;
  char path[4096];
  int fd = -1;
  breve_status st;
  if (!show) {
    breve_show_init(&saved);
    snprintf(path, sizeof path, "%s/show.conf", dir);
    if (access(path, F_OK) == 0 &&
        (st = breve_show_load(path, &saved, err)) != BREVE_OK)
      return st;
    show = &saved;
  }
  if ((st = breve_dir_lock(dir, show->lock_timeout, &fd, err)) != BREVE_OK)
    return st;
  st = S_feed_and_retention(dir, show, NULL, err);
  breve_dir_unlock(fd);
  return st;
}

static int S_parse_date(const char *s, int *y, int *m, int *d) {
  char extra;
  breve_buf tmp = {0};
  if (!s || sscanf(s, "%4d-%2d-%2d%c", y, m, d, &extra) != 3 || strlen(s) != 10)
    return 0;
  int ok = breve_date_spoken(*y, *m, *d, &tmp);
  breve_buf_free(&tmp);
  return ok;
}

breve_status breve_episode_publish(const char *dir, const breve_show *show,
                                   const char *date,
                                   const breve_article *articles,
                                   size_t n_articles, const breve_lexicon *lex,
                                   breve_publish_report *rep,
                                   breve_error *err) {
  breve_publish_report local;
  int y, mo, d, fd = -1;
  long long pubtime;
  breve_status st;
  breve_meta *eps = NULL, meta;
  size_t n_eps = 0;
  S_idset seen = {0};
  const breve_article **fresh = NULL;
  char(*fresh_ids)[17] = NULL;
  size_t n_fresh = 0;
  breve_audio ep = {0};
  S_show_text t = {0};
  char path[4096], id[64];
  char *text = NULL;
  struct stat sb;

  if (!rep)
    rep = &local;
  memset(rep, 0, sizeof *rep);
  breve_loudness_report_init(&rep->loudness);
  memset(&meta, 0, sizeof meta);
  if (date) {
    if (!S_parse_date(date, &y, &mo, &d))
      return breve_error_set(err, BREVE_ERR_ARG,
                             "date '%s': expected YYYY-MM-DD", date);
    pubtime = S_days(y, mo, d) * 86400LL + 6 * 3600; /* 06:00 UTC */
  } else {
    time_t now = time(NULL);
    struct tm lt;
    localtime_r(&now, &lt);
    y = lt.tm_year + 1900;
    mo = lt.tm_mon + 1;
    d = lt.tm_mday;
    pubtime = (long long)now;
  }
  if (stat(dir, &sb) != 0 && mkdir(dir, 0777) != 0 && errno != EEXIST)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", dir, strerror(errno));
  if ((st = breve_dir_lock(dir, show->lock_timeout, &fd, err)) != BREVE_OK)
    return st;

  S_sweep_temporaries(dir);

  /* what is already out */
  if ((st = breve_meta_list(dir, &eps, &n_eps, err)) != BREVE_OK)
    goto done;
  for (size_t i = 0; i < n_eps; i++)
    for (size_t j = 0; j < eps[i].n_articles; j++)
      if (!S_idset_add(&seen, eps[i].articles[j]))
        goto nomem;
  snprintf(path, sizeof path, "%s/published.txt", dir);
  if ((text = breve_file_slurp(path, NULL))) {
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
      if (strlen(line) >= 16) {
        line[16] = '\0';
        if (!S_idset_add(&seen, line))
          goto nomem;
      }
    breve_free(text);
    text = NULL;
  }
  fresh = breve_calloc(n_articles ? n_articles : 1, sizeof *fresh);
  fresh_ids = breve_calloc(n_articles ? n_articles : 1, sizeof *fresh_ids);
  if (!fresh || !fresh_ids)
    goto nomem;
  for (size_t i = 0; i < n_articles; i++) {
    char aid[17];
    S_article_id(&articles[i], aid);
    int dup = S_idset_has(&seen, aid);
    for (size_t j = 0; j < n_fresh && !dup; j++)
      dup = !strcmp(fresh_ids[j], aid);
    if (dup) {
      rep->n_skipped++;
      continue;
    }
    memcpy(fresh_ids[n_fresh], aid, 17);
    fresh[n_fresh++] = &articles[i];
  }
  if (n_fresh == 0) {
    /* nothing new: the settings and the feed are rewritten only if they
     * would differ (a changed show file still reaches the feed) */
    if ((st = S_save_show(dir, show, err)) == BREVE_OK)
      st = S_feed_and_retention(dir, show, &rep->n_removed, err);
    goto done;
  }

  /* the episode's id: the date, then -2, -3 for more runs that day */
  snprintf(id, sizeof id, "%04d-%02d-%02d", y, mo, d);
  for (int k = 2;; k++) {
    int taken = 0;
    for (size_t i = 0; i < n_eps && !taken; i++)
      taken = !strcmp(eps[i].id, id);
    if (!taken)
      break;
    snprintf(id, sizeof id, "%04d-%02d-%02d-%d", y, mo, d, k);
    if (date)
      pubtime += 60; /* keep the order of the runs of a given date */
  }
  for (size_t i = 0; i < n_eps; i++)
    if (eps[i].pubtime >= pubtime && !strncmp(eps[i].id, id, 10))
      pubtime = eps[i].pubtime + 60;

  if ((st = S_render(show, y, mo, d, fresh, n_fresh, lex, &ep, &t,
                     &rep->n_empty, err)) != BREVE_OK)
    goto done;

  /* audio, levelled at the output rate and checked after encoding */
  const char *ext = breve_format_ext(show->format);
  breve_buf title = {0}, desc = {0};
  breve_buf_printf(&title, "%s du %s %d %s %d", show->title,
                   breve_fr_weekday(breve_weekday(y, mo, d)), d,
                   breve_fr_month(mo), y);
  for (size_t i = 0; i < n_fresh; i++)
    if (fresh[i]->title && *fresh[i]->title) {
      if (desc.len)
        breve_buf_putc(&desc, '\n');
      breve_buf_puts(&desc, fresh[i]->title);
    }
  char date_tag[16];
  snprintf(date_tag, sizeof date_tag, "%04d-%02d-%02d", y, mo, d);
  meta.id = breve_strdup(id);
  meta.title = breve_buf_detach(&title);
  meta.description = breve_buf_detach(&desc);
  if (!meta.id || !meta.title || !meta.description)
    goto nomem;
  breve_tags tags = {meta.title, show->author, show->title, date_tag,
                     meta.description};
  breve_write_options wo;
  breve_write_options_init(&wo);
  wo.loudness = show->loudness;
  wo.true_peak = show->true_peak;
  wo.bitrate = show->bitrate;
  char name[128];
  snprintf(name, sizeof name, "%s.%s", id, ext);
  snprintf(path, sizeof path, "%s/%s", dir, name);
  if ((st = breve_audio_write_opts(&ep, path, (breve_format)show->format, &tags,
                                   &wo, &rep->loudness, err)) != BREVE_OK)
    goto done;
  if (stat(path, &sb) != 0) {
    st = breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
    goto done;
  }
  meta.audio = breve_strdup(name);
  meta.mime = breve_strdup(breve_format_mime(show->format));
  meta.bytes = (long long)sb.st_size;
  meta.seconds = rep->loudness.seconds;
  meta.lufs = rep->loudness.output_lufs;
  meta.true_peak = rep->loudness.output_true_peak;

  /* chapters and transcript */
  snprintf(name, sizeof name, "%s.chapters.json", id);
  meta.chapters = breve_strdup(name);
  snprintf(name, sizeof name, "%s.vtt", id);
  meta.transcript = breve_strdup(name);
  if (!meta.audio || !meta.mime || !meta.chapters || !meta.transcript)
    goto nomem;
  if (!(text = S_chapters_json(&t, meta.title)))
    goto nomem;
  snprintf(path, sizeof path, "%s/%s", dir, meta.chapters);
  if ((st = breve_file_write_atomic(path, text, strlen(text), 0, NULL, err)) !=
      BREVE_OK)
    goto done;
  breve_free(text);
  text = NULL;
  if ((st = breve_transcript_vtt(
           &ep, (const char *const *)t.texts, (const char *const *)t.spoken,
           (const char *const *)t.speakers, t.n, &text, err)) != BREVE_OK)
    goto done;
  snprintf(path, sizeof path, "%s/%s", dir, meta.transcript);
  if ((st = breve_file_write_atomic(path, text, strlen(text), 0, NULL, err)) !=
      BREVE_OK)
    goto done;
  breve_free(text);
  text = NULL;

  /* the record: guid, date, the articles it carries */
  {
    char pd[64], guid[128];
    S_rfc822(pubtime, pd);
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n_fresh; i++)
      for (const char *p = fresh_ids[i]; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ULL;
      }
    snprintf(guid, sizeof guid, "breve:%s:%016llx", id, (unsigned long long)h);
    meta.pubdate = breve_strdup(pd);
    meta.guid = breve_strdup(guid);
    meta.pubtime = pubtime;
    meta.chapter_start =
        breve_calloc(t.n_chap ? t.n_chap : 1, sizeof *meta.chapter_start);
    meta.chapter_title =
        breve_calloc(t.n_chap ? t.n_chap : 1, sizeof *meta.chapter_title);
    if (!meta.chapter_start || !meta.chapter_title)
      goto nomem;
    for (size_t i = 0; i < t.n_chap; i++) {
      if (!(meta.chapter_title[i] = breve_strdup(t.chap_title[i])))
        goto nomem;
      meta.chapter_start[i] = t.chap_start[i];
      meta.n_chapters++;
    }
    meta.articles = breve_calloc(n_fresh, sizeof *meta.articles);
    if (!meta.pubdate || !meta.guid || !meta.articles)
      goto nomem;
    for (size_t i = 0; i < n_fresh; i++) {
      if (!(meta.articles[i] = breve_strdup(fresh_ids[i])))
        goto nomem;
      meta.n_articles++;
    }
  }
  if (!(text = breve_meta_format(&meta)))
    goto nomem;
  snprintf(path, sizeof path, "%s/%s.meta", dir, id);
  if ((st = breve_file_write_atomic(path, text, strlen(text), 0, NULL, err)) !=
      BREVE_OK)
    goto done;
  breve_free(text);
  text = NULL;

  /* the published list, so a removed episode's articles stay out */
  {
    breve_buf pl = {0};
    snprintf(path, sizeof path, "%s/published.txt", dir);
    char *old = breve_file_slurp(path, NULL);
    if (old)
      breve_buf_puts(&pl, old);
    breve_free(old);
    for (size_t i = 0; i < n_fresh; i++)
      breve_buf_printf(&pl, "%s %s\n", fresh_ids[i], id);
    if (pl.oom) {
      breve_buf_free(&pl);
      goto nomem;
    }
    st = breve_file_write_atomic(path, pl.ptr, pl.len, 0, NULL, err);
    breve_buf_free(&pl);
    if (st != BREVE_OK)
      goto done;
  }
  if ((st = S_save_show(dir, show, err)) != BREVE_OK)
    goto done;
  /* the feed last */
  if ((st = S_feed_and_retention(dir, show, &rep->n_removed, err)) != BREVE_OK)
    goto done;
  snprintf(rep->id, sizeof rep->id, "%s", id);
  rep->n_new = n_fresh - rep->n_empty;
  rep->seconds = meta.seconds;
  rep->bytes = meta.bytes;
  st = BREVE_OK;
  goto done;
nomem:
  st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
done:
  breve_free(text);
  breve_meta_free(&meta);
  breve_meta_list_free(eps, n_eps);
  breve_free(seen.ids);
  breve_free(fresh);
  breve_free(fresh_ids);
  breve_audio_free(&ep);
  S_text_free(&t);
  breve_dir_unlock(fd);
  return st;
}
