/* WebVTT transcripts timed by espeak-ng's word and sentence marks. */
#include <stdlib.h>
#include <string.h>

#include "podcast/podcast.h"

typedef struct {
  size_t segment;
  size_t start;
  size_t end;
  size_t text_pos; /* the cue's part of texts[segment] */
  size_t text_len;
} S_cue;

static int S_cmp_cue(const void *a, const void *b) {
  const S_cue *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->segment != y->segment)
    return x->segment < y->segment ? -1 : 1;
  return x->text_pos < y->text_pos ? -1 : x->text_pos > y->text_pos;
}

/* Offsets just after each clause break (", " or "; ") of s, at most
 * `max`; returns how many. */
static size_t S_clauses(const char *s, size_t *out, size_t max) {
  size_t n = 0;
  for (size_t i = 0; s[i] && n < max; i++)
    if ((s[i] == ',' || s[i] == ';') && s[i + 1] == ' ')
      out[n++] = i + 2;
  return n;
}

/* A clause break is a cue break only where the speech pauses: a run of at
 * least 120 ms quieter than -55 dBFS ending between 120 ms before and 50 ms
 * after the word mark `frame`. On success *onset is the first frame after
 * the pause, where the next words start. */
static int S_pause_at(const breve_audio *a, size_t frame, size_t *onset) {
  size_t r = (size_t)a->sample_rate;
  size_t lo = frame > r * 12 / 100 ? frame - r * 12 / 100 : 0;
  size_t hi = frame + r / 20 < a->frames ? frame + r / 20 : a->frames;
  size_t from = lo > r / 5 ? lo - r / 5 : 0, run = 0;
  for (size_t i = from; i < hi; i++) {
    if (abs(a->samples[i]) < 60) {
      run++;
      continue;
    }
    if (run >= r * 12 / 100 && i >= lo) {
      *onset = i;
      return 1;
    }
    run = 0;
  }
  return 0;
}

/* Cues shorter than this are not cut further; a sentence is cut only
 * when longer than S_CUT_FROM. In seconds. */
#define S_CUT_MIN 2.0
#define S_CUT_FROM 5.0
#define S_MAX_CLAUSES 32

static void S_time(breve_buf *b, size_t frame, int rate) {
  unsigned long long ms = (unsigned long long)frame * 1000ULL / (unsigned)rate;
  breve_buf_printf(b, "%02llu:%02llu:%02llu.%03llu", ms / 3600000ULL,
                   ms / 60000ULL % 60, ms / 1000ULL % 60, ms % 1000ULL);
}

/* Cue text: WebVTT forbids '&', '<' and '>' raw, and a blank line ends a
 * cue, so new lines become spaces. */
static void S_text(breve_buf *b, const char *s, size_t n) {
  for (const char *e = s + n; s < e && *s; s++) {
    if (*s == '&')
      breve_buf_puts(b, "&amp;");
    else if (*s == '<')
      breve_buf_puts(b, "&lt;");
    else if (*s == '>')
      breve_buf_puts(b, "&gt;");
    else if (*s == '\n' || *s == '\r')
      breve_buf_putc(b, ' ');
    else
      breve_buf_putc(b, *s);
  }
}

/* The speech of a cue ends at the last frame louder than a whisper before
 * `limit` (the next cue's start), plus 20 ms. */
static size_t S_speech_end(const breve_audio *a, size_t start, size_t limit) {
  size_t e = limit;
  while (e > start && abs(a->samples[e - 1]) < 200)
    e--;
  e += (size_t)a->sample_rate / 50;
  return e < limit ? e : limit;
}

breve_status
breve_transcript_vtt(const breve_audio *a, const char *const *texts,
                     const char *const *spoken, const char *const *speakers,
                     size_t n_segments, char **out, breve_error *err) {
  breve_buf b = {0};
  S_cue *cues = NULL;
  size_t n = 0;
  *out = NULL;
  if (!a || !a->sample_rate)
    return breve_error_set(err, BREVE_ERR_ARG, "transcript: no audio");
  if (n_segments && !(cues = breve_calloc(n_segments, sizeof *cues)))
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  /* a cue starts at the first word espeak-ng reports for its segment; the
   * sentence and utterance marks stand in when there is no word mark */
  size_t cap = n_segments;
  for (size_t s = 0; s < n_segments; s++) {
    if (!texts[s] || !*texts[s])
      continue;
    size_t word = (size_t)-1, other = (size_t)-1, last = 0;
    for (size_t k = 0; k < a->n_marks; k++) {
      const breve_mark *m = &a->marks[k];
      if (m->segment != s)
        continue;
      if (m->kind == 1 && m->frame < word)
        word = m->frame;
      else if (m->kind != 1 && m->frame < other)
        other = m->frame;
      if (m->kind == 1 && m->frame > last)
        last = m->frame;
    }
    size_t start = word != (size_t)-1 ? word : other;
    if (start == (size_t)-1)
      continue;
    if (start > a->frames)
      start = a->frames;
    size_t tl = strlen(texts[s]);
    /* a long sentence is cut at its commas: the clause breaks of the text
     * shown and of the text spoken match one to one when they are as
     * many, and the first word spoken after each break times it */
    size_t ob[S_MAX_CLAUSES], sb[S_MAX_CLAUSES], nb = 0;
    size_t bf[S_MAX_CLAUSES];
    double rate = a->sample_rate;
    if (spoken && spoken[s] && word != (size_t)-1 &&
        (last - start) / rate > S_CUT_FROM) {
      nb = S_clauses(texts[s], ob, S_MAX_CLAUSES);
      if (S_clauses(spoken[s], sb, S_MAX_CLAUSES) != nb)
        nb = 0;
      for (size_t j = 0; j < nb; j++) {
        size_t best = (size_t)-1, best_pos = (size_t)-1;
        for (size_t k = 0; k < a->n_marks; k++) {
          const breve_mark *m = &a->marks[k];
          if (m->segment == s && m->kind == 1 && m->text_pos >= sb[j] &&
              m->text_pos < best_pos) {
            best_pos = m->text_pos;
            best = m->frame;
          }
        }
        if (best == (size_t)-1 || best <= start || (j && best <= bf[j - 1])) {
          nb = 0;
          break;
        }
        size_t onset;
        bf[j] = S_pause_at(a, best, &onset) ? onset : 0; /* 0: no pause */
      }
    }
    /* greedy: a new cue at a break when the current one is long enough
     * and what remains too */
    size_t cue_start = start, cue_pos = 0;
    for (size_t j = 0; j < nb; j++) {
      if (bf[j] <= cue_start || (bf[j] - cue_start) / rate < S_CUT_MIN ||
          (last - bf[j]) / rate < S_CUT_MIN * 0.75)
        continue;
      if (n == cap) {
        cap *= 2;
        S_cue *p = breve_realloc(cues, cap * sizeof *p);
        if (!p) {
          breve_free(cues);
          return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
        }
        cues = p;
      }
      cues[n++] = (S_cue){s, cue_start, 0, cue_pos, ob[j] - 1 - cue_pos};
      cue_start = bf[j];
      cue_pos = ob[j];
    }
    if (n == cap) {
      cap = cap ? cap * 2 : 16;
      S_cue *p = breve_realloc(cues, cap * sizeof *p);
      if (!p) {
        breve_free(cues);
        return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
      }
      cues = p;
    }
    cues[n++] = (S_cue){s, cue_start, 0, cue_pos, tl - cue_pos};
  }
  qsort(cues, n, sizeof *cues, S_cmp_cue);
  for (size_t i = 0; i < n; i++) {
    size_t limit = i + 1 < n ? cues[i + 1].start : a->frames;
    cues[i].end = S_speech_end(a, cues[i].start, limit);
    if (cues[i].end <= cues[i].start) /* a cue lasts at least 1 ms */
      cues[i].end = cues[i].start + (size_t)a->sample_rate / 1000 + 1;
  }
  breve_buf_puts(&b, "WEBVTT\n");
  for (size_t i = 0; i < n; i++) {
    breve_buf_printf(&b, "\n%zu\n", i + 1);
    S_time(&b, cues[i].start, a->sample_rate);
    breve_buf_puts(&b, " --> ");
    S_time(&b, cues[i].end, a->sample_rate);
    breve_buf_putc(&b, '\n');
    const char *who = speakers ? speakers[cues[i].segment] : NULL;
    if (who && *who) {
      /* voice names are lower-case file names: "claire" says Claire */
      breve_buf_puts(&b, "<v ");
      if (*who >= 'a' && *who <= 'z') {
        breve_buf_putc(&b, (char)(*who - 'a' + 'A'));
        who++;
      }
      S_text(&b, who, strlen(who));
      breve_buf_putc(&b, '>');
    }
    S_text(&b, texts[cues[i].segment] + cues[i].text_pos, cues[i].text_len);
    breve_buf_putc(&b, '\n');
  }
  breve_free(cues);
  if (b.oom) {
    breve_buf_free(&b);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  *out = breve_buf_detach(&b);
  return BREVE_OK;
}
