/* Internal interface of the audio stage. */
#ifndef BREVE_AUDIO_H
#define BREVE_AUDIO_H

#include "core/core.h"

/* Makes room for `frames` more samples; 0 on allocation failure. */
int breve_audio_reserve(breve_audio *a, size_t frames);
/* Appends a timing mark; 0 on allocation failure. */
int breve_audio_mark_add(breve_audio *a, breve_mark m);
/* Appends `src` (same sample rate) to `dst`, marks shifted. */
breve_status breve_audio_append(breve_audio *dst, const breve_audio *src);

/* Integrated loudness (LUFS, -HUGE_VAL when silent) and true peak (dBTP;
 * not measured when `true_peak` is NULL) of mono float samples, with
 * libebur128. */
breve_status breve_loudness_measure(const float *x, size_t n, int rate,
                                    double *lufs, double *true_peak,
                                    breve_error *err);
/* Writes into y[0..n) the mono float samples x[0..n) brought to `target`
 * LUFS with their true peak at most `max_true_peak` dBTP: gain, then the
 * lookahead limiter, measured again and corrected until both hold (a few
 * passes). Silence is copied unchanged. x and y must not overlap. */
breve_status breve_loudness_apply(const float *x, float *y, size_t n,
                                  int rate, double target,
                                  double max_true_peak,
                                  breve_loudness_report *rep,
                                  breve_error *err);

/* Resamples mono float samples from `from` Hz to `to` Hz with libsamplerate
 * (`converter` is one of its SRC_* converters). On success the caller
 * frees `*out` with breve_free(); BREVE_ERR_NOMEM or BREVE_ERR_ENCODE
 * otherwise. */
breve_status breve_resample(const float *in, size_t n, int from, int to,
                            int converter, float **out, size_t *out_n,
                            breve_error *err);

#endif
