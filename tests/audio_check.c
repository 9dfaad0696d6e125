/* Reads an audio file back with libsndfile and checks it as a listener
 * would: sample rate, channels, duration, speech present (not silence),
 * tags. Usage:
 *   audio_check FILE [--rate HZ] [--channels N] [--min S] [--max S]
 *               [--title TEXT|--has-title] [--major wav|flac|ogg|mpeg]
 * Prints what it measured; exits 1 on the first failed check. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sndfile.h>

static int S_fail(const char *path, const char *what) {
  fprintf(stderr, "audio_check: %s: %s\n", path, what);
  return 1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: audio_check FILE [checks]\n");
    return 2;
  }
  const char *path = argv[1];
  SF_INFO info;
  memset(&info, 0, sizeof info);
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return S_fail(path, sf_strerror(NULL));
  double seconds = (double)info.frames / info.samplerate;
  /* speech present: RMS over the file and the share of active 50 ms
   * windows */
  size_t win = (size_t)info.samplerate / 20, windows = 0, active = 0;
  double sum = 0, peak = 0;
  sf_count_t total = 0;
  float *buf = malloc(win * (size_t)info.channels * sizeof *buf);
  if (!buf)
    return S_fail(path, "out of memory");
  sf_count_t got;
  while ((got = sf_readf_float(sf, buf, (sf_count_t)win)) > 0) {
    double e = 0;
    for (sf_count_t i = 0; i < got * info.channels; i++) {
      e += (double)buf[i] * buf[i];
      if (fabs(buf[i]) > peak)
        peak = fabs(buf[i]);
    }
    sum += e;
    total += got * info.channels;
    windows++;
    if (sqrt(e / (double)(got * info.channels)) > 0.01)
      active++;
  }
  free(buf);
  double rms = total ? sqrt(sum / (double)total) : 0;
  const char *title = sf_get_string(sf, SF_STR_TITLE);
  int major = info.format & SF_FORMAT_TYPEMASK;
  printf("%s: %d Hz, %d ch, %.2f s, rms %.4f, peak %.4f, active %.0f%%, "
         "title '%s'\n",
         path, info.samplerate, info.channels, seconds, rms, peak,
         windows ? 100.0 * active / windows : 0, title ? title : "");
  int rc = 0;
  for (int i = 2; i < argc && rc == 0; i++) {
    const char *opt = argv[i];
    const char *val = i + 1 < argc ? argv[i + 1] : "";
    if (!strcmp(opt, "--rate")) {
      if (info.samplerate != atoi(val))
        rc = S_fail(path, "wrong sample rate");
      i++;
    } else if (!strcmp(opt, "--channels")) {
      if (info.channels != atoi(val))
        rc = S_fail(path, "wrong channel count");
      i++;
    } else if (!strcmp(opt, "--min")) {
      if (seconds < atof(val))
        rc = S_fail(path, "too short");
      i++;
    } else if (!strcmp(opt, "--max")) {
      if (seconds > atof(val))
        rc = S_fail(path, "too long");
      i++;
    } else if (!strcmp(opt, "--speech")) {
      if (rms < 0.01 || windows == 0 || active * 3 < windows)
        rc = S_fail(path, "no speech (silence or near silence)");
    } else if (!strcmp(opt, "--has-title")) {
      if (!title || !*title)
        rc = S_fail(path, "no title tag");
    } else if (!strcmp(opt, "--title")) {
      if (!title || strcmp(title, val))
        rc = S_fail(path, "wrong title tag");
      i++;
    } else if (!strcmp(opt, "--major")) {
      int want = !strcmp(val, "wav")    ? SF_FORMAT_WAV
                 : !strcmp(val, "flac") ? SF_FORMAT_FLAC
                 : !strcmp(val, "ogg")  ? SF_FORMAT_OGG
                 : !strcmp(val, "mpeg") ? SF_FORMAT_MPEG
                                        : -1;
      if (major != want)
        rc = S_fail(path, "wrong container");
      i++;
    } else if (!strcmp(opt, "--pcm16")) {
      if ((info.format & SF_FORMAT_SUBMASK) != SF_FORMAT_PCM_16)
        rc = S_fail(path, "not 16-bit PCM");
    } else {
      rc = S_fail(path, "unknown check");
    }
  }
  sf_close(sf);
  return rc;
}
