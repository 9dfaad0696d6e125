/* Audio files: encodes PCM with libsndfile into WAV, FLAC, Ogg Opus or
 * MP3, written under a temporary name and renamed into place. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <samplerate.h>
#include <sndfile.h>

#include "audio/audio.h"
#include "core/tmpfiles.h"

const char *breve_sndfile_version_string(void) { return sf_version_string(); }

int breve_format_parse(const char *s, int from_name) {
  static const struct {
    const char *name;
    breve_format f;
  } names[] = {{"wav", BREVE_FORMAT_WAV},   {"flac", BREVE_FORMAT_FLAC},
               {"opus", BREVE_FORMAT_OPUS}, {"ogg", BREVE_FORMAT_OPUS},
               {"mp3", BREVE_FORMAT_MP3}};
  if (!s)
    return -1;
  if (from_name) {
    const char *dot = strrchr(s, '.');
    const char *slash = strrchr(s, '/');
    if (!dot || (slash && dot < slash))
      return -1;
    s = dot + 1;
  }
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcasecmp(s, names[i].name) == 0)
      return (int)names[i].f;
  return -1;
}

/* The sample rate a format is written at: Opus only takes 48 kHz and a few
 * lower rates, MP3 podcasts expect 44.1 kHz; WAV and FLAC keep the
 * voice's rate. */
static int S_rate_for(breve_format f, int rate) {
  if (f == BREVE_FORMAT_OPUS)
    return 48000;
  if (f == BREVE_FORMAT_MP3)
    return 44100;
  return rate;
}

/* Resamples mono 16-bit PCM to float at `to` Hz with libsamplerate. */
static breve_status S_to_float(const breve_audio *a, int to, float **out,
                               size_t *frames, breve_error *err) {
  float *in = breve_malloc((a->frames ? a->frames : 1) * sizeof *in);
  if (!in)
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  for (size_t i = 0; i < a->frames; i++)
    in[i] = a->samples[i] / 32768.0f;
  if (to == a->sample_rate) {
    *out = in;
    *frames = a->frames;
    return BREVE_OK;
  }
  double ratio = (double)to / a->sample_rate;
  size_t cap = (size_t)(a->frames * ratio) + 64;
  float *res = breve_malloc(cap * sizeof *res);
  if (!res) {
    breve_free(in);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  SRC_DATA d;
  memset(&d, 0, sizeof d);
  d.data_in = in;
  d.input_frames = (long)a->frames;
  d.data_out = res;
  d.output_frames = (long)cap;
  d.src_ratio = ratio;
  int e = src_simple(&d, SRC_SINC_MEDIUM_QUALITY, 1);
  breve_free(in);
  if (e) {
    breve_free(res);
    return breve_error_set(err, BREVE_ERR_ENCODE, "resampling: %s",
                           src_strerror(e));
  }
  *out = res;
  *frames = (size_t)d.output_frames_gen;
  return BREVE_OK;
}

static int S_sf_format(breve_format f) {
  switch (f) {
  case BREVE_FORMAT_FLAC:
    return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
  case BREVE_FORMAT_OPUS:
    return SF_FORMAT_OGG | SF_FORMAT_OPUS;
  case BREVE_FORMAT_MP3:
    return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
  default:
    return SF_FORMAT_WAV | SF_FORMAT_PCM_16;
  }
}

/* Writes every frame and the tags to an open SNDFILE. */
static breve_status S_encode(SNDFILE *sf, const float *x, size_t frames,
                             const breve_tags *tags, const char *shown,
                             breve_error *err) {
  if (tags) {
    if (tags->title)
      sf_set_string(sf, SF_STR_TITLE, tags->title);
    if (tags->artist)
      sf_set_string(sf, SF_STR_ARTIST, tags->artist);
    if (tags->album)
      sf_set_string(sf, SF_STR_ALBUM, tags->album);
    if (tags->date)
      sf_set_string(sf, SF_STR_DATE, tags->date);
    if (tags->comment)
      sf_set_string(sf, SF_STR_COMMENT, tags->comment);
  }
  sf_set_string(sf, SF_STR_SOFTWARE, "breve " BREVE_VERSION_STRING);
  size_t done = 0;
  while (done < frames) {
    size_t chunk = frames - done > 65536 ? 65536 : frames - done;
    sf_count_t w = sf_writef_float(sf, x + done, (sf_count_t)chunk);
    if (w != (sf_count_t)chunk)
      return breve_error_set(err, BREVE_ERR_ENCODE, "%s: %s", shown,
                             sf_strerror(sf));
    done += chunk;
  }
  return BREVE_OK;
}

breve_status breve_audio_write(const breve_audio *audio, const char *path,
                               breve_format format, const breve_tags *tags,
                               breve_error *err) {
  float *x = NULL;
  size_t frames = 0;
  SF_INFO info;
  breve_status st;
  int to_stdout = strcmp(path, "-") == 0;
  const char *shown = to_stdout ? "<stdout>" : path;

  if (!audio->sample_rate || audio->frames == 0)
    return breve_error_set(err, BREVE_ERR_ARG, "%s: no audio to write", shown);
  int rate = S_rate_for(format, audio->sample_rate);
  if ((st = S_to_float(audio, rate, &x, &frames, err)) != BREVE_OK)
    return st;
  memset(&info, 0, sizeof info);
  info.samplerate = rate;
  info.channels = 1;
  info.format = S_sf_format(format);
  if (!sf_format_check(&info)) {
    breve_free(x);
    return breve_error_set(err, BREVE_ERR_ENCODE,
                           "%s: this libsndfile cannot write that format",
                           shown);
  }

  /* A device or FIFO (/dev/null, /dev/full, a named pipe) is written in
   * place like stdout: renaming a new file over it would replace it. */
  int direct = -1;
  struct stat tsb;
  if (!to_stdout && stat(path, &tsb) == 0 && !S_ISREG(tsb.st_mode)) {
    if (S_ISDIR(tsb.st_mode)) {
      breve_free(x);
      return breve_error_set(err, BREVE_ERR_IO, "%s: is a folder", path);
    }
    if ((direct = open(path, O_WRONLY | O_CLOEXEC)) < 0) {
      int e = errno;
      breve_free(x);
      return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(e));
    }
  }
  if (to_stdout || direct >= 0) {
    SNDFILE *sf = sf_open_fd(direct >= 0 ? direct : STDOUT_FILENO,
                             SFM_WRITE, &info, direct >= 0);
    if (!sf) {
      if (direct >= 0)
        close(direct);
      breve_free(x);
      return breve_error_set(err, BREVE_ERR_ENCODE, "%s: %s", shown,
                             sf_strerror(NULL));
    }
    st = S_encode(sf, x, frames, tags, shown, err);
    if (sf_close(sf) != 0 && st == BREVE_OK)
      st = breve_error_set(err, BREVE_ERR_IO, "%s: write failed", shown);
    breve_free(x);
    return st;
  }

  /* A temporary file beside the target, renamed at the end. */
  char *dircopy = breve_strdup(path);
  char *tmp = NULL;
  if (!dircopy) {
    breve_free(x);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  const char *dir = dirname(dircopy);
  size_t tl = strlen(dir) + 32;
  tmp = breve_malloc(tl);
  if (!tmp) {
    breve_free(dircopy);
    breve_free(x);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  snprintf(tmp, tl, "%s/.breve-XXXXXX", dir);
  breve_free(dircopy);
  int fd = mkstemp(tmp);
  if (fd >= 0)
    breve_tmp_track(tmp); /* removed if a signal ends the run */
  if (fd < 0) {
    int e = errno;
    breve_tmp_untrack(tmp);
    breve_free(tmp);
    breve_free(x);
    return breve_error_set(err, BREVE_ERR_IO, "%s: cannot write here (%s)",
                           path, strerror(e));
  }
  /* mkstemp creates 0600; give the file the user's usual permissions */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);

  SNDFILE *sf = sf_open_fd(fd, SFM_WRITE, &info, 1);
  if (!sf) {
    close(fd);
    unlink(tmp);
    breve_tmp_untrack(tmp);
    breve_free(tmp);
    breve_free(x);
    return breve_error_set(err, BREVE_ERR_ENCODE, "%s: %s", path,
                           sf_strerror(NULL));
  }
  st = S_encode(sf, x, frames, tags, path, err);
  breve_free(x);
  if (st == BREVE_OK)
    sf_write_sync(sf);
  if (sf_close(sf) != 0 && st == BREVE_OK)
    st = breve_error_set(err, BREVE_ERR_IO, "%s: write failed", path);
  if (st == BREVE_OK) {
    /* libsndfile does not report every write error: check the size */
    struct stat sb;
    if (stat(tmp, &sb) != 0 || sb.st_size == 0)
      st = breve_error_set(err, BREVE_ERR_IO, "%s: write failed", path);
  }
  if (st == BREVE_OK && rename(tmp, path) != 0)
    st = breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
  if (st != BREVE_OK)
    unlink(tmp);
  breve_tmp_untrack(tmp);
  breve_free(tmp);
  return st;
}
