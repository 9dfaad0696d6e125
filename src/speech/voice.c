/* Voice profiles: espeak-ng voice settings plus rate, pitch and pauses,
 * read from small "key = value" files in the voices folder. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/core.h"

static void S_defaults(breve_voice *v) {
  memset(v, 0, sizeof *v);
  snprintf(v->espeak_voice, sizeof v->espeak_voice, "fr");
  snprintf(v->gender, sizeof v->gender, "female");
  v->rate = 160;
  v->pitch = 50;
  v->range = 50;
  v->volume = 100;
  v->pause_title_ms = 700;
  v->pause_sentence_ms = 350;
  v->lead_in_ms = 250;
  v->tail_ms = 500;
}

static int S_int(const char *val, int lo, int hi, int *out) {
  char *end;
  errno = 0;
  long x = strtol(val, &end, 10);
  if (errno || end == val || *end || x < lo || x > hi)
    return 0;
  *out = (int)x;
  return 1;
}

static void S_copy(char *dst, size_t cap, const char *src) {
  snprintf(dst, cap, "%s", src);
}

/* Parses a profile file into `v`. Unknown keys are errors, so a typo does
 * not silently give the default. */
static breve_status S_parse(const char *path, breve_voice *v,
                            breve_error *err) {
  FILE *f = fopen(path, "r");
  char line[512];
  int lineno = 0;
  if (!f)
    return breve_error_set(err, BREVE_ERR_VOICE, "%s: cannot open voice (%s)",
                           path, strerror(errno));
  S_defaults(v);
  {
    /* name defaults to the file name without ".voice" */
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    S_copy(v->name, sizeof v->name, base);
    char *dot = strstr(v->name, ".voice");
    if (dot)
      *dot = '\0';
  }
  while (fgets(line, sizeof line, f)) {
    /* a profile is a few dozen lines: stop on endless input (/dev/zero,
     * a FIFO), where reading would never end */
    if (++lineno > 1000) {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_VOICE,
                             "%s: not a voice profile (over 1000 lines)",
                             path);
    }
    char *s = line;
    while (*s == ' ' || *s == '\t')
      s++;
    s[strcspn(s, "\r\n")] = '\0';
    if (!*s || *s == '#')
      continue;
    char *eq = strchr(s, '=');
    if (!eq) {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_VOICE,
                             "%s:%d: expected 'key = value'", path, lineno);
    }
    char *key = s, *val = eq + 1, *e = eq;
    while (e > key && (e[-1] == ' ' || e[-1] == '\t'))
      e--;
    *e = '\0';
    while (*val == ' ' || *val == '\t')
      val++;
    size_t vl = strlen(val);
    while (vl && (val[vl - 1] == ' ' || val[vl - 1] == '\t'))
      val[--vl] = '\0';
    int ok = 1;
    if (!strcmp(key, "name"))
      S_copy(v->name, sizeof v->name, val);
    else if (!strcmp(key, "description"))
      S_copy(v->description, sizeof v->description, val);
    else if (!strcmp(key, "gender"))
      ok = (!strcmp(val, "female") || !strcmp(val, "male")) &&
           (S_copy(v->gender, sizeof v->gender, val), 1);
    else if (!strcmp(key, "espeak_voice"))
      ok = *val && strlen(val) < sizeof v->espeak_voice &&
           (S_copy(v->espeak_voice, sizeof v->espeak_voice, val), 1);
    else if (!strcmp(key, "rate"))
      ok = S_int(val, 80, 450, &v->rate);
    else if (!strcmp(key, "pitch"))
      ok = S_int(val, 0, 100, &v->pitch);
    else if (!strcmp(key, "range"))
      ok = S_int(val, 0, 100, &v->range);
    else if (!strcmp(key, "volume"))
      ok = S_int(val, 0, 200, &v->volume);
    else if (!strcmp(key, "word_gap"))
      ok = S_int(val, 0, 100, &v->word_gap);
    else if (!strcmp(key, "pause_title_ms"))
      ok = S_int(val, 0, 10000, &v->pause_title_ms);
    else if (!strcmp(key, "pause_sentence_ms"))
      ok = S_int(val, 0, 10000, &v->pause_sentence_ms);
    else if (!strcmp(key, "lead_in_ms"))
      ok = S_int(val, 0, 10000, &v->lead_in_ms);
    else if (!strcmp(key, "tail_ms"))
      ok = S_int(val, 0, 10000, &v->tail_ms);
    else {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_VOICE, "%s:%d: unknown key '%s'",
                             path, lineno, key);
    }
    if (!ok) {
      fclose(f);
      return breve_error_set(err, BREVE_ERR_VOICE,
                             "%s:%d: invalid value '%s' for '%s'", path,
                             lineno, val, key);
    }
  }
  fclose(f);
  return BREVE_OK;
}

static int S_is_path(const char *s) {
  size_t n = strlen(s);
  return strchr(s, '/') || (n > 6 && strcmp(s + n - 6, ".voice") == 0);
}

breve_status breve_voice_load(const char *name, breve_voice *out,
                              breve_error *err) {
  char path[4096];
  if (!name || !*name)
    name = "claire";
  if (S_is_path(name))
    return S_parse(name, out, err);
  for (const char *c = name; *c; c++)
    if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
          (*c >= '0' && *c <= '9') || *c == '-' || *c == '_'))
      return breve_error_set(err, BREVE_ERR_VOICE,
                             "%s: unknown voice (see 'breve voices')", name);
  snprintf(path, sizeof path, "%s/%s.voice", breve_voices_dir(), name);
  FILE *f = fopen(path, "r");
  if (!f)
    return breve_error_set(err, BREVE_ERR_VOICE,
                           "%s: unknown voice (see 'breve voices')", name);
  fclose(f);
  return S_parse(path, out, err);
}

static int S_cmp_voice(const void *a, const void *b) {
  return strcmp(((const breve_voice *)a)->name, ((const breve_voice *)b)->name);
}

breve_status breve_voice_list(breve_voice **voices, size_t *count,
                              breve_error *err) {
  const char *dir = breve_voices_dir();
  DIR *d = opendir(dir);
  size_t n = 0, cap = 8;
  breve_voice *v;
  *voices = NULL;
  *count = 0;
  if (!d)
    return breve_error_set(err, BREVE_ERR_IO, "%s: cannot open voices folder",
                           dir);
  if (!(v = breve_malloc(cap * sizeof *v))) {
    closedir(d);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t len = strlen(e->d_name);
    if (len <= 6 || strcmp(e->d_name + len - 6, ".voice") != 0)
      continue;
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (n == cap) {
      breve_voice *p = breve_realloc(v, 2 * cap * sizeof *v);
      if (!p) {
        breve_free(v);
        closedir(d);
        return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
      }
      v = p, cap *= 2;
    }
    breve_status st = S_parse(path, &v[n], err);
    if (st != BREVE_OK) {
      breve_free(v);
      closedir(d);
      return st;
    }
    n++;
  }
  closedir(d);
  qsort(v, n, sizeof *v, S_cmp_voice);
  *voices = v;
  *count = n;
  return BREVE_OK;
}
