/* Show settings: defaults, "key = value" files, one key at a time. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "podcast/podcast.h"

void breve_show_init(breve_show *s) {
  memset(s, 0, sizeof *s);
  snprintf(s->title, sizeof s->title, "Flash info");
  snprintf(s->author, sizeof s->author, "breve");
  snprintf(s->description, sizeof s->description,
           "Les brèves du jour, lues par une voix de synthèse.");
  snprintf(s->language, sizeof s->language, "fr");
  snprintf(s->category, sizeof s->category, "News");
  snprintf(s->voices[0], sizeof s->voices[0], "claire");
  s->sentences = BREVE_DEFAULT_SENTENCES;
  s->format = BREVE_FORMAT_MP3;
  s->loudness = BREVE_DEFAULT_LOUDNESS;
  s->true_peak = BREVE_DEFAULT_TRUE_PEAK;
  s->bitrate = 96;
  s->retention = 30;
  s->music_seconds = 8;
  s->lock_timeout = 600;
}

static int S_num(const char *v, double lo, double hi, double *out) {
  char *end;
  errno = 0;
  double d = strtod(v, &end);
  if (errno || end == v || *end || !(d >= lo && d <= hi))
    return 0;
  *out = d;
  return 1;
}

static int S_copy(char *dst, size_t cap, const char *v) {
  if (strlen(v) >= cap)
    return 0;
  memcpy(dst, v, strlen(v) + 1);
  return 1;
}

/* "claire, paul" into voices[0..1]. */
static int S_voices(breve_show *s, const char *v) {
  char tmp[600];
  if (!S_copy(tmp, sizeof tmp, v))
    return 0;
  s->voices[0][0] = s->voices[1][0] = '\0';
  int n = 0;
  for (char *p = strtok(tmp, ", \t"); p; p = strtok(NULL, ", \t")) {
    if (n == 2 || !S_copy(s->voices[n], sizeof s->voices[n], p))
      return 0;
    n++;
  }
  return n > 0;
}

breve_status breve_show_set(breve_show *s, const char *key, const char *v,
                            breve_error *err) {
  double d;
  int ok = 1;
  struct {
    const char *key;
    char *dst;
    size_t cap;
  } strs[] = {{"title", s->title, sizeof s->title},
              {"name", s->title, sizeof s->title},
              {"author", s->author, sizeof s->author},
              {"description", s->description, sizeof s->description},
              {"language", s->language, sizeof s->language},
              {"link", s->link, sizeof s->link},
              {"image", s->image, sizeof s->image},
              {"base_url", s->base_url, sizeof s->base_url},
              {"category", s->category, sizeof s->category},
              {"intro_music", s->intro_music, sizeof s->intro_music},
              {"outro_music", s->outro_music, sizeof s->outro_music},
              {"lexicon", s->lexicon, sizeof s->lexicon}};
  for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
    if (!strcmp(key, strs[i].key)) {
      if (!S_copy(strs[i].dst, strs[i].cap, v))
        return breve_error_set(err, BREVE_ERR_ARG, "%s: value too long", key);
      return BREVE_OK;
    }
  if (!strcmp(key, "voice") || !strcmp(key, "voices"))
    ok = S_voices(s, v);
  else if (!strcmp(key, "explicit")) {
    if (!strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcmp(v, "1"))
      s->explicit_content = 1;
    else if (!strcasecmp(v, "false") || !strcasecmp(v, "no") || !strcmp(v, "0"))
      s->explicit_content = 0;
    else
      ok = 0;
  } else if (!strcmp(key, "sentences")) {
    if ((ok = S_num(v, 0, 1000, &d) && d == floor(d)))
      s->sentences = (int)d;
  } else if (!strcmp(key, "words")) {
    if ((ok = S_num(v, 0, 100000, &d) && d == floor(d)))
      s->words = (int)d;
  } else if (!strcmp(key, "seconds")) {
    if ((ok = S_num(v, 0, 3600, &d)))
      s->seconds = d;
  } else if (!strcmp(key, "format")) {
    int f = breve_format_parse(v, 0);
    if ((ok = f >= 0))
      s->format = f;
  } else if (!strcmp(key, "loudness")) {
    if ((ok = S_num(v, -70, -5, &d)))
      s->loudness = d;
  } else if (!strcmp(key, "true_peak")) {
    if ((ok = S_num(v, -20, 0, &d)))
      s->true_peak = d;
  } else if (!strcmp(key, "bitrate")) {
    if ((ok = S_num(v, 0, 320, &d) && d == floor(d) && (d == 0 || d >= 8)))
      s->bitrate = (int)d;
  } else if (!strcmp(key, "retention")) {
    if ((ok = S_num(v, 0, 100000, &d) && d == floor(d)))
      s->retention = (int)d;
  } else if (!strcmp(key, "music_seconds")) {
    if ((ok = S_num(v, 0, 600, &d)))
      s->music_seconds = d;
  } else if (!strcmp(key, "lock_timeout")) {
    if ((ok = S_num(v, 0, 86400, &d)))
      s->lock_timeout = d;
  } else
    return breve_error_set(err, BREVE_ERR_ARG, "unknown show setting '%s'",
                           key);
  if (!ok)
    return breve_error_set(err, BREVE_ERR_ARG, "%s: bad value '%s'", key, v);
  return BREVE_OK;
}

breve_status breve_show_load(const char *path, breve_show *s,
                             breve_error *err) {
  FILE *f = fopen(path, "r");
  char line[2048];
  int lineno = 0;
  if (!f)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
  while (fgets(line, sizeof line, f)) {
    /* settings are a few dozen lines: stop on endless input (/dev/zero) */
    if (++lineno > 10000) {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_PARSE,
                             "%s: not a settings file (over 10000 lines)",
                             path);
    }
    char *p = line;
    while (*p == ' ' || *p == '\t')
      p++;
    p[strcspn(p, "\r\n")] = '\0';
    if (!*p || *p == '#')
      continue;
    char *eq = strchr(p, '=');
    if (!eq) {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_PARSE,
                             "%s:%d: expected 'key = value'", path, lineno);
    }
    char *ke = eq;
    while (ke > p && (ke[-1] == ' ' || ke[-1] == '\t'))
      ke--;
    *ke = '\0';
    char *v = eq + 1;
    while (*v == ' ' || *v == '\t')
      v++;
    size_t vl = strlen(v);
    while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t'))
      v[--vl] = '\0';
    breve_error e = {0};
    if (breve_show_set(s, p, v, &e) != BREVE_OK) {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_PARSE, "%s:%d: %s", path, lineno,
                             e.message);
    }
  }
  fclose(f);
  return BREVE_OK;
}

char *breve_show_format(const breve_show *s) {
  breve_buf b = {0};
  breve_buf_puts(&b, "# Show settings of the last run (breve episode).\n");
  breve_buf_printf(&b, "title = %s\n", s->title);
  breve_buf_printf(&b, "author = %s\n", s->author);
  breve_buf_printf(&b, "description = %s\n", s->description);
  breve_buf_printf(&b, "language = %s\n", s->language);
  breve_buf_printf(&b, "link = %s\n", s->link);
  breve_buf_printf(&b, "image = %s\n", s->image);
  breve_buf_printf(&b, "base_url = %s\n", s->base_url);
  breve_buf_printf(&b, "category = %s\n", s->category);
  breve_buf_printf(&b, "explicit = %s\n",
                   s->explicit_content ? "true" : "false");
  breve_buf_printf(&b, "voices = %s%s%s\n", s->voices[0],
                   s->voices[1][0] ? ", " : "", s->voices[1]);
  breve_buf_printf(&b, "sentences = %d\n", s->sentences);
  breve_buf_printf(&b, "words = %d\n", s->words);
  breve_buf_printf(&b, "seconds = %g\n", s->seconds);
  breve_buf_printf(&b, "format = %s\n", breve_format_ext(s->format));
  breve_buf_printf(&b, "loudness = %g\n", s->loudness);
  breve_buf_printf(&b, "true_peak = %g\n", s->true_peak);
  breve_buf_printf(&b, "bitrate = %d\n", s->bitrate);
  breve_buf_printf(&b, "retention = %d\n", s->retention);
  breve_buf_printf(&b, "intro_music = %s\n", s->intro_music);
  breve_buf_printf(&b, "outro_music = %s\n", s->outro_music);
  breve_buf_printf(&b, "music_seconds = %g\n", s->music_seconds);
  breve_buf_printf(&b, "lexicon = %s\n", s->lexicon);
  breve_buf_printf(&b, "lock_timeout = %g\n", s->lock_timeout);
  return b.oom ? (breve_buf_free(&b), NULL) : breve_buf_detach(&b);
}
