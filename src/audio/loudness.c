/* Loudness: EBU R128 measurement with libebur128, gain to a target
 * integrated loudness and a lookahead limiter that keeps the true peak
 * under a ceiling, all at float precision. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <ebur128.h>
#include <sndfile.h>

#include "audio/audio.h"

/* Limiter timing: the gain reaches its floor over the lookahead, before
 * the peak, and recovers over the release. */
#define S_LOOKAHEAD_MS 5.0
#define S_RELEASE_MS 80.0

void breve_loudness_report_init(breve_loudness_report *r) {
  memset(r, 0, sizeof *r);
  r->input_lufs = r->output_lufs = -HUGE_VAL;
  r->input_true_peak = r->output_true_peak = -HUGE_VAL;
}

static double S_db(double lin) {
  return lin > 0 ? 20.0 * log10(lin) : -HUGE_VAL;
}

breve_status breve_loudness_measure(const float *x, size_t n, int rate,
                                    double *lufs, double *true_peak,
                                    breve_error *err) {
  ebur128_state *st =
      ebur128_init(1, (unsigned long)rate,
                   EBUR128_MODE_I | (true_peak ? EBUR128_MODE_TRUE_PEAK : 0));
  if (!st)
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  size_t done = 0;
  while (done < n) {
    size_t chunk = n - done > 65536 ? 65536 : n - done;
    if (ebur128_add_frames_float(st, x + done, chunk) != EBUR128_SUCCESS) {
      ebur128_destroy(&st);
      return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
    }
    done += chunk;
  }
  double i = -HUGE_VAL, tp = 0;
  ebur128_loudness_global(st, &i);
  if (true_peak)
    ebur128_true_peak(st, 0, &tp);
  ebur128_destroy(&st);
  *lufs = i;
  if (true_peak)
    *true_peak = S_db(tp);
  return BREVE_OK;
}

/* The gain sample `v` needs to stay under `c`. */
static inline float S_need(float v, float c) {
  float a = fabsf(v);
  return a > c ? c / a : 1.0f;
}

/* Lookahead gain limiter: after the call no sample of x[0..n) exceeds
 * `ceiling` (linear) in magnitude. The gain is the sliding minimum, over
 * the lookahead, of the gain each sample needs, smoothed by a moving
 * average of the same length (so it has reached the minimum when the peak
 * comes) and released exponentially. The needs are computed from samples
 * not yet limited (the window only looks ahead), so no buffer the size of
 * the signal is needed. Returns the deepest reduction in dB (<= 0), or 1
 * on allocation failure. */
static double S_limit(float *x, size_t n, int rate, double ceiling) {
  size_t la = (size_t)(rate * S_LOOKAHEAD_MS / 1000.0);
  float c = (float)ceiling;
  if (la < 1)
    la = 1;
  if (n == 0)
    return 0;
  size_t cap = la + 2, head = 0, count = 0;
  size_t *dq = breve_malloc(cap * sizeof *dq);       /* window indices */
  float *dv = breve_malloc(cap * sizeof *dv);        /* and their needs */
  float *box = breve_malloc((la + 1) * sizeof *box); /* ring of minima */
  if (!dq || !dv || !box) {
    breve_free(dq);
    breve_free(dv);
    breve_free(box);
    return 1;
  }
  for (size_t k = 0; k <= la; k++)
    box[k] = 1.0f;
  double sum = (double)(la + 1), g = 1.0, deepest = 1.0;
  double rel = exp(-1.0 / (rate * S_RELEASE_MS / 1000.0));
  size_t next = 0; /* next index pushed into the window */
  for (size_t i = 0; i < n; i++) {
    size_t end = i + la < n - 1 ? i + la : n - 1;
    while (next <= end) {
      float nv = S_need(x[next], c);
      while (count && dv[(head + count - 1) % cap] >= nv)
        count--;
      dq[(head + count) % cap] = next;
      dv[(head + count) % cap] = nv;
      count++;
      next++;
    }
    while (dq[head] < i) {
      head = (head + 1) % cap;
      count--;
    }
    float m = dv[head];
    /* moving average of the last la+1 minima */
    size_t slot = i % (la + 1);
    sum += m - box[slot];
    box[slot] = m;
    double target = sum / (double)(la + 1);
    if (target < g)
      g = target;
    else
      g = target + (g - target) * rel;
    float here = S_need(x[i], c);
    if (g > here)
      g = here;
    x[i] = (float)(x[i] * g);
    if (g < deepest)
      deepest = g;
  }
  breve_free(dq);
  breve_free(dv);
  breve_free(box);
  return S_db(deepest);
}

breve_status breve_loudness_apply(const float *x, float *y, size_t n, int rate,
                                  double target, double max_true_peak,
                                  breve_loudness_report *rep,
                                  breve_error *err) {
  double i0, tp0;
  breve_status st;
  breve_loudness_report_init(rep);
  rep->sample_rate = rate;
  rep->seconds = rate ? (double)n / rate : 0;
  /* the input's true peak is only reported: the cheaper gated loudness
   * alone decides the gain */
  if ((st = breve_loudness_measure(x, n, rate, &i0, NULL, err)) != BREVE_OK)
    return st;
  float peak = 0;
  for (size_t k = 0; k < n; k++)
    if (fabsf(x[k]) > peak)
      peak = fabsf(x[k]);
  tp0 = S_db(peak);
  rep->input_lufs = rep->output_lufs = i0;
  rep->input_true_peak = rep->output_true_peak = tp0;
  if (!isfinite(i0)) { /* silence or too short to gate: leave it */
    if (y != x)
      memcpy(y, x, n * sizeof *y);
    return BREVE_OK;
  }
  double gain = target - i0;
  double ceiling = max_true_peak - 0.3; /* sample peaks, below true peaks */
  double lim = 0, i1 = i0, tp1 = tp0;
  for (int pass = 0; pass < 8; pass++) {
    double g = pow(10.0, gain / 20.0);
    for (size_t k = 0; k < n; k++)
      y[k] = (float)(x[k] * g);
    lim = S_limit(y, n, rate, pow(10.0, ceiling / 20.0));
    if (lim > 0)
      return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
    if ((st = breve_loudness_measure(y, n, rate, &i1, &tp1, err)) != BREVE_OK)
      return st;
    int loud_ok = fabs(i1 - target) <= 0.15;
    int peak_ok = tp1 <= max_true_peak;
    if (loud_ok && peak_ok)
      break;
    if (!peak_ok)
      ceiling -= tp1 - max_true_peak + 0.05;
    gain += target - i1;
    if (gain > 40) /* nearly silent input: do not blow up the noise */
      gain = 40;
  }
  rep->output_lufs = i1;
  rep->output_true_peak = tp1;
  rep->gain_db = gain;
  rep->limited_db = lim;
  return BREVE_OK;
}

breve_status breve_audio_loudness(breve_audio *a, double target_lufs,
                                  double max_true_peak_db,
                                  breve_loudness_report *out,
                                  breve_error *err) {
  breve_loudness_report local;
  if (!out)
    out = &local;
  breve_loudness_report_init(out);
  if (!a || !a->sample_rate || !a->frames)
    return breve_error_set(err, BREVE_ERR_ARG, "no audio to process");
  if (!(target_lufs < 0 && target_lufs > -70) || max_true_peak_db > 0)
    return breve_error_set(err, BREVE_ERR_ARG,
                           "loudness target %.1f LUFS or peak %.1f dBTP out of "
                           "range",
                           target_lufs, max_true_peak_db);
  float *x = breve_malloc(a->frames * sizeof *x);
  float *y = breve_malloc(a->frames * sizeof *y);
  if (!x || !y) {
    breve_free(x);
    breve_free(y);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  for (size_t i = 0; i < a->frames; i++)
    x[i] = a->samples[i] / 32768.0f;
  /* 16-bit rounding may add a hair to the peaks: keep a small margin */
  breve_status st =
      breve_loudness_apply(x, y, a->frames, a->sample_rate, target_lufs,
                           max_true_peak_db - 0.1, out, err);
  if (st == BREVE_OK)
    for (size_t i = 0; i < a->frames; i++) {
      double v = floor(y[i] * 32768.0 + 0.5);
      a->samples[i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
    }
  breve_free(x);
  breve_free(y);
  return st;
}

breve_status breve_loudness_measure_file(const char *path,
                                         breve_loudness_report *out,
                                         breve_error *err) {
  SF_INFO info;
  breve_loudness_report_init(out);
  memset(&info, 0, sizeof info);
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path,
                           sf_strerror(NULL));
  ebur128_state *st =
      ebur128_init((unsigned)info.channels, (unsigned long)info.samplerate,
                   EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
  float *buf = breve_malloc(4096 * (size_t)info.channels * sizeof *buf);
  if (!st || !buf) {
    if (st)
      ebur128_destroy(&st);
    breve_free(buf);
    sf_close(sf);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  sf_count_t got, total = 0;
  while ((got = sf_readf_float(sf, buf, 4096)) > 0) {
    ebur128_add_frames_float(st, buf, (size_t)got);
    total += got;
  }
  double i = -HUGE_VAL, tp = 0;
  ebur128_loudness_global(st, &i);
  for (int c = 0; c < info.channels; c++) {
    double p = 0;
    ebur128_true_peak(st, (unsigned)c, &p);
    if (p > tp)
      tp = p;
  }
  ebur128_destroy(&st);
  breve_free(buf);
  sf_close(sf);
  out->input_lufs = out->output_lufs = i;
  out->input_true_peak = out->output_true_peak = S_db(tp);
  out->sample_rate = info.samplerate;
  out->seconds = info.samplerate ? (double)total / info.samplerate : 0;
  return BREVE_OK;
}
