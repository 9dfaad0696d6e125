/* The spoken brief: headline, pause, key sentences, in one PCM buffer. */
#include <stdlib.h>
#include <string.h>

#include "audio/audio.h"
#include "core/core.h"
#include "text/normalize.h"

/* Limits on what is handed to espeak-ng. A "word" longer than
 * S_MAX_TOKEN bytes is no French word (a URL, a hash, a run of letters in a
 * hostile input): espeak-ng would spell it letter by letter for minutes, so
 * it is blanked out. Text longer than S_MAX_CHUNK bytes is said in pieces cut
 * at a comma, semicolon or colon (else a space), so no single call gets an
 * unbounded utterance. */
#define S_MAX_TOKEN 100
#define S_MAX_CHUNK 4000
#define S_CHUNK_PAUSE_MS 150

static int S_is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}

/* Blanks out the over-long tokens of `text` in place (spaces, so the
 * byte offsets of espeak-ng's marks still match the text). */
static void S_drop_long_tokens(char *text) {
  char *p = text;
  while (*p) {
    char *q = p;
    while (*q && !S_is_space(*q))
      q++;
    if (q - p > S_MAX_TOKEN)
      memset(p, ' ', (size_t)(q - p));
    while (*q && S_is_space(*q))
      q++;
    p = q;
  }
}

/* Length of the next piece of s[0..n): all of it when short, else up to
 * the last clause mark or space within S_MAX_CHUNK, never inside a UTF-8
 * sequence. */
static size_t S_chunk_len(const char *s, size_t n) {
  if (n <= S_MAX_CHUNK)
    return n;
  size_t cut = 0;
  for (size_t i = S_MAX_CHUNK; i > S_MAX_CHUNK / 2 && !cut; i--)
    if ((s[i - 1] == ',' || s[i - 1] == ';' || s[i - 1] == ':') &&
        S_is_space(s[i]))
      cut = i;
  for (size_t i = S_MAX_CHUNK; i > 0 && !cut; i--)
    if (S_is_space(s[i]))
      cut = i;
  if (!cut) {
    cut = S_MAX_CHUNK;
    while (cut > 1 && ((unsigned char)s[cut] & 0xC0) == 0x80)
      cut--;
  }
  return cut;
}

/* Normalises and says one text at the end of `out`. */
static breve_status S_say_append(breve_synth *sy, const breve_lexicon *lex,
                                 unsigned flags, const char *text,
                                 size_t segment, breve_audio *out,
                                 breve_error *err) {
  char *spoken = NULL;
  breve_status st = breve_normalize_with(
      text, strlen(text), lex, flags & BREVE_OPT_ESPEAK_FIXES,
      breve_synth_reads_foreign, sy, &spoken, err);
  if (st != BREVE_OK)
    return st;
  S_drop_long_tokens(spoken);
  if (!out->sample_rate)
    out->sample_rate = breve_synth_sample_rate(sy);
  size_t len = strlen(spoken), off = 0;
  int said = 0;
  while (st == BREVE_OK && (off < len || len == 0)) {
    size_t n = S_chunk_len(spoken + off, len - off);
    char saved = spoken[off + n];
    size_t first_mark = out->n_marks, blank = 0;
    while (blank < n && S_is_space(spoken[off + blank]))
      blank++;
    if (len && blank == n) {
      off += n; /* only blanks (a dropped token): nothing to say */
      continue;
    }
    if (said && (st = breve_audio_silence(out, S_CHUNK_PAUSE_MS)) != BREVE_OK)
      break;
    said = 1;
    spoken[off + n] = '\0';
    st = breve_synth_say(sy, spoken + off, 0, segment, out, err);
    spoken[off + n] = saved;
    for (size_t m = first_mark; m < out->n_marks; m++)
      out->marks[m].text_pos += off; /* offsets into the whole text */
    off += n;
    if (len == 0)
      break;
  }
  breve_free(spoken);
  return st;
}

/* Normalises and says one text into a fresh buffer. */
static breve_status S_say(breve_synth *sy, const breve_lexicon *lex,
                          unsigned flags, const char *text, size_t segment,
                          breve_audio *out, breve_error *err) {
  memset(out, 0, sizeof *out);
  return S_say_append(sy, lex, flags, text, segment, out, err);
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
  if (!(opts->max_seconds > 0)) {
    /* No duration to check: the headline and the chosen sentences (in
     * document order) are said straight into `out`, without a buffer and
     * a copy per sentence (found by bench/perf/brief_vs_espeak: the copies
     * cost a short brief more page faults than espeak-ng's whole run). */
    if ((st = breve_audio_silence(out, voice->lead_in_ms)) != BREVE_OK)
      goto nomem;
    if (with_title) {
      if ((st = S_say_append(sy, lex, opts->flags, article->title, 0, out,
                             err)) != BREVE_OK)
        goto done;
      if ((st = breve_audio_silence(out, voice->pause_title_ms)) != BREVE_OK)
        goto nomem;
    }
    for (size_t k = 0; k < sel->n_chosen; k++) {
      if (k && (st = breve_audio_silence(out, voice->pause_sentence_ms)) !=
                   BREVE_OK)
        goto nomem;
      if ((st = S_say_append(sy, lex, opts->flags,
                             sents->items[sel->chosen[k]].text, 1 + k, out,
                             err)) != BREVE_OK)
        goto done;
    }
    if ((st = breve_audio_silence(out, voice->tail_ms)) != BREVE_OK)
      goto nomem;
    goto done;
  }
  parts = breve_calloc(sents->count, sizeof *parts);
  order = breve_calloc(sents->count, sizeof *order);
  if (!parts || !order) {
    st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
    goto done;
  }
  if (with_title && (st = S_say(sy, lex, opts->flags, article->title, 0,
                                &title, err)) != BREVE_OK)
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
      if ((st = S_say(sy, lex, opts->flags, sents->items[i].text, 0,
                      &parts[i], err)) != BREVE_OK)
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
          (st = S_say(sy, lex, opts->flags, sents->items[i].text, 0,
                      &parts[i], err)) != BREVE_OK)
        goto done;
      order[n_order++] = i;
    }
  } else {
    for (size_t k = 0; k < sel->n_chosen; k++) {
      size_t i = sel->chosen[k];
      if ((st = S_say(sy, lex, opts->flags, sents->items[i].text, 0,
                      &parts[i], err)) != BREVE_OK)
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
