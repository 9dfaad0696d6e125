/* Intro and outro music: any file libsndfile reads, mixed to mono,
 * resampled to the speech rate, trimmed, faded and levelled. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <samplerate.h>
#include <sndfile.h>

#include "audio/audio.h"
#include "podcast/podcast.h"

breve_status breve_music_load(const char *path, int rate, double max_seconds,
                              double lufs, breve_audio *out, breve_error *err) {
  SF_INFO info;
  memset(&info, 0, sizeof info);
  memset(out, 0, sizeof *out);
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path,
                           sf_strerror(NULL));
  size_t want = (size_t)(max_seconds * info.samplerate);
  if (info.frames > 0 && (size_t)info.frames < want)
    want = (size_t)info.frames;
  int ch = info.channels;
  float *in = breve_malloc((want ? want : 1) * sizeof *in);
  float *buf = breve_malloc(4096 * (size_t)ch * sizeof *buf);
  if (!in || !buf) {
    breve_free(in);
    breve_free(buf);
    sf_close(sf);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  size_t n = 0;
  sf_count_t got;
  while (n < want &&
         (got = sf_readf_float(
              sf, buf, (sf_count_t)(want - n < 4096 ? want - n : 4096))) > 0)
    for (sf_count_t i = 0; i < got; i++) {
      double s = 0;
      for (int c = 0; c < ch; c++)
        s += buf[i * ch + c];
      in[n++] = (float)(s / ch);
    }
  breve_free(buf);
  sf_close(sf);
  if (n == 0) {
    breve_free(in);
    return breve_error_set(err, BREVE_ERR_INPUT, "%s: no audio in the file",
                           path);
  }
  /* resample to the speech rate */
  float *res = NULL;
  size_t resampled = 0;
  breve_status rst = breve_resample(in, n, info.samplerate, rate,
                                    SRC_SINC_MEDIUM_QUALITY, &res, &resampled,
                                    err);
  breve_free(in);
  if (rst != BREVE_OK) {
    if (err && rst == BREVE_ERR_ENCODE) {
      char msg[sizeof err->message];
      snprintf(msg, sizeof msg, "%.200s: %.300s", path, err->message);
      memcpy(err->message, msg, sizeof msg);
    }
    return rst;
  }
  n = resampled;
  /* level, then fades: 0.5 s in, 2 s out (or a third of it each) */
  double lu;
  breve_status st = breve_loudness_measure(res, n, rate, &lu, NULL, err);
  if (st != BREVE_OK) {
    breve_free(res);
    return st;
  }
  double g = isfinite(lu) ? pow(10.0, (lufs - lu) / 20.0) : 1.0;
  size_t fin = (size_t)(0.5 * rate), fout = (size_t)(2.0 * rate);
  if (fin > n / 3)
    fin = n / 3;
  if (fout > n / 3)
    fout = n / 3;
  out->sample_rate = rate;
  if (!breve_audio_reserve(out, n)) {
    breve_free(res);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  for (size_t i = 0; i < n; i++) {
    double v = res[i] * g;
    if (i < fin)
      v *= (double)i / fin;
    if (i >= n - fout)
      v *= (double)(n - i) / fout;
    v = floor(v * 32768.0 + 0.5);
    out->samples[i] = (int16_t)(v > 32767 ? 32767 : v < -32768 ? -32768 : v);
  }
  out->frames = n;
  breve_free(res);
  return BREVE_OK;
}
