/* The spoken brief: headline, pause, key sentences, in one PCM buffer. */
#include <stdlib.h>
#include <string.h>

#include "audio/audio.h"
#include "core/core.h"

/* Normalises and says one text into a fresh buffer. */
static breve_status S_say(breve_synth *sy, const breve_lexicon *lex,
                          const char *text, size_t segment, breve_audio *out,
                          breve_error *err) {
  char *spoken = NULL;
  breve_status st = breve_normalize(text, strlen(text), lex, 0, &spoken, err);
  if (st != BREVE_OK)
    return st;
  memset(out, 0, sizeof *out);
  out->sample_rate = breve_synth_sample_rate(sy);
  st = breve_synth_say(sy, spoken, 0, segment, out, err);
  breve_free(spoken);
  return st;
}

static int S_cmp_size(const void *a, const void *b) {
  size_t x = *(const size_t *)a, y = *(const size_t *)b;
  return x < y ? -1 : x > y;
}

breve_status breve_brief_render(breve_synth *sy, const breve_voice *voice,
                                const breve_lexicon *lex,
                                const breve_article *article,
                                const breve_sentences *sents,
                                breve_selection *sel,
                                const breve_options *opts, breve_audio *out,
                                breve_error *err) {
  breve_audio title = {0};
  breve_audio *parts = NULL;
  size_t *order = NULL, n_order = 0;
  breve_status st = BREVE_OK;
  int rate = breve_synth_sample_rate(sy);
  int with_title = article && article->title && *article->title &&
                   !(opts->flags & BREVE_OPT_NO_TITLE);

  memset(out, 0, sizeof *out);
  out->sample_rate = rate;
  parts = breve_calloc(sents->count, sizeof *parts);
  order = breve_calloc(sents->count, sizeof *order);
  if (!parts || !order) {
    st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
    goto done;
  }
  if (with_title &&
      (st = S_say(sy, lex, article->title, 0, &title, err)) != BREVE_OK)
    goto done;

  double fixed = (voice->lead_in_ms + voice->tail_ms) / 1000.0;
  if (with_title)
    fixed += breve_audio_seconds(&title) + voice->pause_title_ms / 1000.0;

  if (opts->max_seconds > 0) {
    /* Take sentences in ranking order while the real audio fits; skip one
     * that would overshoot and try the next. Only a bounded number of
     * candidates is synthesised. */
    double used = fixed, budget = opts->max_seconds;
    size_t tried = 0;
    for (size_t k = 0; k < sel->n_ranking && tried < 40; k++) {
      size_t i = sel->ranking[k];
      if (used >= budget * 0.97)
        break;
      tried++;
      if ((st = S_say(sy, lex, sents->items[i].text, 0, &parts[i], err)) !=
          BREVE_OK)
        goto done;
      double d = breve_audio_seconds(&parts[i]) +
                 (n_order ? voice->pause_sentence_ms / 1000.0 : 0);
      if (used + d <= budget) {
        order[n_order++] = i;
        used += d;
      }
    }
    if (n_order == 0) {
      /* nothing fits: the best sentence alone, as with --words */
      size_t i = sel->ranking[0];
      if (!parts[i].samples &&
          (st = S_say(sy, lex, sents->items[i].text, 0, &parts[i], err)) !=
              BREVE_OK)
        goto done;
      order[n_order++] = i;
    }
  } else {
    for (size_t k = 0; k < sel->n_chosen; k++) {
      size_t i = sel->chosen[k];
      if ((st = S_say(sy, lex, sents->items[i].text, 0, &parts[i], err)) !=
          BREVE_OK)
        goto done;
      order[n_order++] = i;
    }
  }
  qsort(order, n_order, sizeof *order, S_cmp_size);

  /* assemble */
  if ((st = breve_audio_silence(out, voice->lead_in_ms)) != BREVE_OK)
    goto nomem;
  if (with_title) {
    if ((st = breve_audio_append(out, &title)) != BREVE_OK ||
        (st = breve_audio_silence(out, voice->pause_title_ms)) != BREVE_OK)
      goto nomem;
  }
  for (size_t k = 0; k < n_order; k++) {
    breve_audio *p = &parts[order[k]];
    for (size_t m = 0; m < p->n_marks; m++)
      p->marks[m].segment = 1 + k;
    if (k && (st = breve_audio_silence(out, voice->pause_sentence_ms)) != BREVE_OK)
      goto nomem;
    if ((st = breve_audio_append(out, p)) != BREVE_OK)
      goto nomem;
  }
  if ((st = breve_audio_silence(out, voice->tail_ms)) != BREVE_OK)
    goto nomem;
  memcpy(sel->chosen, order, n_order * sizeof *order);
  sel->n_chosen = n_order;
  goto done;

nomem:
  st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
done:
  breve_audio_free(&title);
  if (parts)
    for (size_t i = 0; i < sents->count; i++)
      breve_audio_free(&parts[i]);
  breve_free(parts);
  breve_free(order);
  if (st != BREVE_OK)
    breve_audio_free(out);
  return st;
}
