/* WebVTT transcripts timed by espeak-ng's word and sentence marks. */
#include <stdlib.h>
#include <string.h>

#include "podcast/podcast.h"

typedef struct {
  size_t segment;
  size_t start;
  size_t end;
} S_cue;

static int S_cmp_cue(const void *a, const void *b) {
  const S_cue *x = a, *y = b;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return x->segment < y->segment ? -1 : x->segment > y->segment;
}

static void S_time(breve_buf *b, size_t frame, int rate) {
  unsigned long long ms = (unsigned long long)frame * 1000ULL / (unsigned)rate;
  breve_buf_printf(b, "%02llu:%02llu:%02llu.%03llu", ms / 3600000ULL,
                   ms / 60000ULL % 60, ms / 1000ULL % 60, ms % 1000ULL);
}

/* Cue text: WebVTT forbids '&', '<' and '>' raw, and a blank line ends a
 * cue, so new lines become spaces. */
static void S_text(breve_buf *b, const char *s) {
  for (; *s; s++) {
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

breve_status breve_transcript_vtt(const breve_audio *a,
                                  const char *const *texts,
                                  const char *const *speakers,
                                  size_t n_segments, char **out,
                                  breve_error *err) {
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
  for (size_t s = 0; s < n_segments; s++) {
    if (!texts[s] || !*texts[s])
      continue;
    size_t word = (size_t)-1, other = (size_t)-1;
    for (size_t k = 0; k < a->n_marks; k++) {
      const breve_mark *m = &a->marks[k];
      if (m->segment != s)
        continue;
      if (m->kind == 1 && m->frame < word)
        word = m->frame;
      else if (m->kind != 1 && m->frame < other)
        other = m->frame;
    }
    size_t start = word != (size_t)-1 ? word : other;
    if (start == (size_t)-1)
      continue;
    cues[n].segment = s;
    cues[n].start = start < a->frames ? start : a->frames;
    n++;
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
      S_text(&b, who);
      breve_buf_putc(&b, '>');
    }
    S_text(&b, texts[cues[i].segment]);
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
