/* Bench driver: loudness normalisation and MP3 encoding of an existing
 * PCM file through breve's public API, the half of 'breve brief' that
 * comes after the speech, so it can be timed against ffmpeg's loudnorm on
 * the same samples.
 *
 *   loudnorm_mp3 IN.wav OUT.mp3 [LUFS [DBTP [KBPS]]]   (-16 -1 96)
 *
 * Prints what the written file measures. */
#include <stdio.h>
#include <stdlib.h>

#include <sndfile.h>

#include "breve.h"

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: loudnorm_mp3 IN.wav OUT.mp3 [LUFS [DBTP [KBPS]]]\n");
    return 2;
  }
  double lufs = argc > 3 ? atof(argv[3]) : -16;
  double tp = argc > 4 ? atof(argv[4]) : -1;
  int kbps = argc > 5 ? atoi(argv[5]) : 96;
  SF_INFO info = {0};
  SNDFILE *sf = sf_open(argv[1], SFM_READ, &info);
  if (!sf || info.channels != 1) {
    fprintf(stderr, "loudnorm_mp3: %s: %s\n", argv[1],
            sf ? "not mono" : sf_strerror(NULL));
    return 1;
  }
  breve_audio a = {0};
  a.sample_rate = info.samplerate;
  a.frames = a.capacity = (size_t)info.frames;
  a.samples = malloc(a.frames * sizeof *a.samples);
  if (!a.samples ||
      sf_readf_short(sf, a.samples, info.frames) != info.frames) {
    fprintf(stderr, "loudnorm_mp3: %s: cannot read\n", argv[1]);
    return 1;
  }
  sf_close(sf);
  breve_write_options wo;
  breve_write_options_init(&wo);
  wo.loudness = lufs;
  wo.true_peak = tp;
  wo.bitrate = kbps;
  breve_loudness_report r;
  breve_error err = {0};
  breve_status st = breve_audio_write_opts(&a, argv[2], BREVE_FORMAT_MP3,
                                           NULL, &wo, &r, &err);
  free(a.samples);
  a.samples = NULL;
  if (st != BREVE_OK) {
    fprintf(stderr, "loudnorm_mp3: %s\n", err.message);
    return 1;
  }
  printf("%s: %.1f s, %.2f LUFS, true peak %.2f dBTP\n", argv[2], r.seconds,
         r.output_lufs, r.output_true_peak);
  return 0;
}
