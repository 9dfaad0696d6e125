/* In-memory PCM: growth, silence, concatenation, timing marks. */
#include <string.h>

#include "audio/audio.h"

int breve_audio_reserve(breve_audio *a, size_t frames) {
  if (frames > SIZE_MAX / 4 - a->frames)
    return 0;
  if (a->frames + frames <= a->capacity)
    return 1;
  size_t cap = a->capacity ? a->capacity : 22050;
  while (cap < a->frames + frames)
    cap *= 2;
  int16_t *p = breve_realloc(a->samples, cap * sizeof *p);
  if (!p)
    return 0;
  a->samples = p;
  a->capacity = cap;
  return 1;
}

int breve_audio_mark_add(breve_audio *a, breve_mark m) {
  if (a->n_marks == a->marks_capacity) {
    size_t cap = a->marks_capacity ? 2 * a->marks_capacity : 64;
    breve_mark *p = breve_realloc(a->marks, cap * sizeof *p);
    if (!p)
      return 0;
    a->marks = p;
    a->marks_capacity = cap;
  }
  a->marks[a->n_marks++] = m;
  return 1;
}

breve_status breve_audio_append(breve_audio *dst, const breve_audio *src) {
  if (!dst->sample_rate)
    dst->sample_rate = src->sample_rate;
  if (src->sample_rate != dst->sample_rate)
    return BREVE_ERR_ARG;
  if (!breve_audio_reserve(dst, src->frames))
    return BREVE_ERR_NOMEM;
  size_t base = dst->frames;
  if (src->frames)
    memcpy(dst->samples + base, src->samples, src->frames * sizeof *src->samples);
  dst->frames += src->frames;
  for (size_t i = 0; i < src->n_marks; i++) {
    breve_mark m = src->marks[i];
    m.frame += base;
    if (!breve_audio_mark_add(dst, m))
      return BREVE_ERR_NOMEM;
  }
  return BREVE_OK;
}

void breve_audio_free(breve_audio *a) {
  if (!a)
    return;
  breve_free(a->samples);
  breve_free(a->marks);
  memset(a, 0, sizeof *a);
}

breve_status breve_audio_silence(breve_audio *a, int ms) {
  if (ms <= 0)
    return BREVE_OK;
  if (!a->sample_rate)
    return BREVE_ERR_ARG;
  size_t n = (size_t)ms * (size_t)a->sample_rate / 1000;
  if (!breve_audio_reserve(a, n))
    return BREVE_ERR_NOMEM;
  memset(a->samples + a->frames, 0, n * sizeof *a->samples);
  a->frames += n;
  return BREVE_OK;
}

double breve_audio_seconds(const breve_audio *a) {
  return a->sample_rate ? (double)a->frames / a->sample_rate : 0;
}
