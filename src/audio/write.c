/* Audio files: encodes PCM with libsndfile into WAV, FLAC, Ogg Opus or
 * MP3, written under a temporary name and renamed into place. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <math.h>
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
  /* the fastest sinc converter keeps 80% of the band (8.8 kHz of espeak-ng's
   * 11 kHz, where speech has little left) at 97 dB SNR, at a third of the
   * medium one's cost, which was a third of an episode's time */
  breve_status st = breve_resample(in, a->frames, a->sample_rate, to,
                                   SRC_SINC_FASTEST, out, frames, err);
  breve_free(in);
  return st;
}

breve_status breve_resample(const float *in, size_t n, int from, int to,
                            int converter, float **out, size_t *out_n,
                            breve_error *err) {
  double ratio = (double)to / from;
  size_t cap = (size_t)((double)n * ratio) + 64;
  float *res = breve_malloc(cap * sizeof *res);
  *out = NULL;
  *out_n = 0;
  if (!res)
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  SRC_DATA d;
  memset(&d, 0, sizeof d);
  d.data_in = in;
  d.input_frames = (long)n;
  d.data_out = res;
  d.output_frames = (long)cap;
  d.src_ratio = ratio;
  int e = src_simple(&d, converter, 1);
  if (e) {
    breve_free(res);
    return breve_error_set(err, BREVE_ERR_ENCODE, "resampling: %s",
                           src_strerror(e));
  }
  *out = res;
  *out_n = (size_t)d.output_frames_gen;
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

/* Sets the bit rate of the lossy codecs through libsndfile's compression
 * level, which it maps linearly onto the codec's range: MP3 from 320
 * kbit/s (0.0) down to 32 (1.0), Opus from 256 down to 6 per channel. */
static void S_set_bitrate(SNDFILE *sf, breve_format f, int kbps) {
  double level;
  if (kbps <= 0 || (f != BREVE_FORMAT_MP3 && f != BREVE_FORMAT_OPUS))
    return;
  if (f == BREVE_FORMAT_MP3)
    level = (320.0 - kbps) / 288.0;
  else
    level = (256.0 - kbps) / 250.0;
  if (level < 0)
    level = 0;
  if (level > 1)
    level = 1;
  int mode = SF_BITRATE_MODE_CONSTANT;
  sf_command(sf, SFC_SET_BITRATE_MODE, &mode, sizeof mode);
  sf_command(sf, SFC_SET_COMPRESSION_LEVEL, &level, sizeof level);
}

/* libsndfile hands MP3 tags to LAME's ID3 writer, which takes Latin-1:
 * UTF-8 is converted, typographic quotes and dashes folded, and what
 * Latin-1 lacks becomes '?'. */
static void S_latin1(const char *s, char *out, size_t cap) {
  size_t o = 0, n = strlen(s);
  for (size_t i = 0; i < n && o + 4 < cap;) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    i += k ? k : 1;
    const char *rep = NULL;
    if (cp == 0x2018 || cp == 0x2019)
      rep = "'";
    else if (cp == 0x201C || cp == 0x201D)
      rep = "\"";
    else if (cp == 0x2013 || cp == 0x2014)
      rep = "-";
    else if (cp == 0x2026)
      rep = "...";
    else if (cp == 0x0153)
      rep = "oe";
    else if (cp == 0x0152)
      rep = "OE";
    else if (cp == 0x202F || cp == 0x2009)
      rep = " ";
    if (rep) {
      size_t rl = strlen(rep);
      memcpy(out + o, rep, rl);
      o += rl;
    } else
      out[o++] = cp == '\n' ? ' ' : cp < 256 ? (char)cp : '?';
  }
  out[o] = '\0';
}

static void S_tag(SNDFILE *sf, int which, const char *v, int latin1) {
  char conv[1024];
  if (!v)
    return;
  if (latin1) {
    S_latin1(v, conv, sizeof conv);
    if (which == SF_STR_DATE && strlen(conv) > 4)
      conv[4] = '\0'; /* ID3v2.3 TYER holds the year */
    v = conv;
  }
  sf_set_string(sf, which, v);
}

/* Writes every frame and the tags to an open SNDFILE. */
static breve_status S_encode(SNDFILE *sf, const float *x,
                             const int16_t *pcm, size_t frames,
                             const breve_tags *tags, const char *shown,
                             breve_error *err) {
  SF_INFO info;
  sf_command(sf, SFC_GET_CURRENT_SF_INFO, &info, sizeof info);
  int latin1 = (info.format & SF_FORMAT_TYPEMASK) == SF_FORMAT_MPEG;
  if (tags) {
    S_tag(sf, SF_STR_TITLE, tags->title, latin1);
    S_tag(sf, SF_STR_ARTIST, tags->artist, latin1);
    S_tag(sf, SF_STR_ALBUM, tags->album, latin1);
    S_tag(sf, SF_STR_DATE, tags->date, latin1);
    S_tag(sf, SF_STR_COMMENT, tags->comment, latin1);
  }
  sf_set_string(sf, SF_STR_SOFTWARE, "breve " BREVE_VERSION_STRING);
  size_t done = 0;
  while (done < frames) {
    size_t chunk = frames - done > 65536 ? 65536 : frames - done;
    sf_count_t w = pcm ? sf_writef_short(sf, pcm + done, (sf_count_t)chunk)
                       : sf_writef_float(sf, x + done, (sf_count_t)chunk);
    if (w != (sf_count_t)chunk)
      return breve_error_set(err, BREVE_ERR_ENCODE, "%s: %s", shown,
                             sf_strerror(sf));
    done += chunk;
  }
  return BREVE_OK;
}

void breve_write_options_init(breve_write_options *o) {
  memset(o, 0, sizeof *o);
  o->true_peak = BREVE_DEFAULT_TRUE_PEAK;
}

/* Encodes x[0..frames) (or pcm[0..frames) when not NULL) into a new
 * temporary file beside `path`; on success *tmp_out (caller frees) names
 * it. */
static breve_status S_encode_tmp(const char *path, SF_INFO *info,
                                 breve_format format, int bitrate,
                                 const float *x, const int16_t *pcm,
                                 size_t frames,
                                 const breve_tags *tags, char **tmp_out,
                                 breve_error *err) {
  char *tmp = NULL;
  breve_status st;
  int fd;
  *tmp_out = NULL;
  if ((st = breve_tmp_create(path, &tmp, &fd, err)) != BREVE_OK)
    return st;

  SNDFILE *sf = sf_open_fd(fd, SFM_WRITE, info, 1);
  if (!sf) {
    close(fd);
    unlink(tmp);
    breve_tmp_untrack(tmp);
    breve_free(tmp);
    return breve_error_set(err, BREVE_ERR_ENCODE, "%s: %s", path,
                           sf_strerror(NULL));
  }
  S_set_bitrate(sf, format, bitrate);
  st = S_encode(sf, x, pcm, frames, tags, path, err);
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
  if (st != BREVE_OK) {
    unlink(tmp);
    breve_tmp_untrack(tmp);
    breve_free(tmp);
    return st;
  }
  *tmp_out = tmp;
  return BREVE_OK;
}

/* An in-memory file for libsndfile's virtual I/O: containers such as WAV
 * seek back to fill in their header, which a pipe cannot do, so output to
 * a pipe is encoded in memory first and then written out. */
typedef struct {
  unsigned char *data;
  sf_count_t len, cap, pos;
  int oom;
} S_memfile;

static sf_count_t S_mem_len(void *u) { return ((S_memfile *)u)->len; }

static sf_count_t S_mem_seek(sf_count_t off, int whence, void *u) {
  S_memfile *m = u;
  sf_count_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? m->pos : m->len;
  if (base + off < 0)
    return -1;
  m->pos = base + off;
  return m->pos;
}

static sf_count_t S_mem_read(void *ptr, sf_count_t n, void *u) {
  S_memfile *m = u;
  sf_count_t avail = m->pos < m->len ? m->len - m->pos : 0;
  if (n > avail)
    n = avail;
  memcpy(ptr, m->data + m->pos, (size_t)n);
  m->pos += n;
  return n;
}

static sf_count_t S_mem_write(const void *ptr, sf_count_t n, void *u) {
  S_memfile *m = u;
  if (m->pos + n > m->cap) {
    sf_count_t cap = m->cap ? m->cap : 65536;
    while (cap < m->pos + n)
      cap *= 2;
    unsigned char *d = breve_realloc(m->data, (size_t)cap);
    if (!d) {
      m->oom = 1;
      return 0;
    }
    m->data = d;
    m->cap = cap;
  }
  if (m->pos > m->len)
    memset(m->data + m->len, 0, (size_t)(m->pos - m->len));
  memcpy(m->data + m->pos, ptr, (size_t)n);
  m->pos += n;
  if (m->pos > m->len)
    m->len = m->pos;
  return n;
}

static sf_count_t S_mem_tell(void *u) { return ((S_memfile *)u)->pos; }

/* Writes all of buf to fd; 0 on success, else errno. */
static int S_write_all(int fd, const unsigned char *buf, size_t n) {
  while (n) {
    ssize_t w = write(fd, buf, n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return errno;
    }
    buf += w;
    n -= (size_t)w;
  }
  return 0;
}

breve_status breve_audio_write(const breve_audio *audio, const char *path,
                               breve_format format, const breve_tags *tags,
                               breve_error *err) {
  return breve_audio_write_opts(audio, path, format, tags, NULL, NULL, err);
}

breve_status breve_audio_write_opts(const breve_audio *audio, const char *path,
                                    breve_format format,
                                    const breve_tags *tags,
                                    const breve_write_options *wo_in,
                                    breve_loudness_report *report,
                                    breve_error *err) {
  float *x = NULL, *y = NULL;
  size_t frames = 0;
  SF_INFO info;
  breve_status st;
  breve_write_options wo;
  breve_loudness_report local;
  int to_stdout = strcmp(path, "-") == 0;
  const char *shown = to_stdout ? "<stdout>" : path;

  if (wo_in)
    wo = *wo_in;
  else
    breve_write_options_init(&wo);
  int want_report = report != NULL;
  if (!report)
    report = &local;
  breve_loudness_report_init(report);
  if (!audio->sample_rate || audio->frames == 0)
    return breve_error_set(err, BREVE_ERR_ARG, "%s: no audio to write", shown);
  if (wo.loudness != 0 &&
      (!(wo.loudness < 0 && wo.loudness > -70) || wo.true_peak > 0 ||
       wo.true_peak < -20))
    return breve_error_set(err, BREVE_ERR_ARG,
                           "loudness %.1f LUFS / true peak %.1f dBTP out of "
                           "range",
                           wo.loudness, wo.true_peak);
  int rate = S_rate_for(format, audio->sample_rate);
  /* nothing to resample or level: the 16-bit samples go to libsndfile as
   * they are, without a float copy of the whole signal (page faults cost
   * a short brief more than its encoding) */
  const int16_t *pcm =
      rate == audio->sample_rate && wo.loudness == 0 ? audio->samples : NULL;
  if (pcm)
    frames = audio->frames;
  else if ((st = S_to_float(audio, rate, &x, &frames, err)) != BREVE_OK)
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
  int lossy = format == BREVE_FORMAT_MP3 || format == BREVE_FORMAT_OPUS;
  /* the level is set at the output rate, so resampling cannot move the
   * peaks; lossy codecs add their own overshoot, checked after encoding */
  double ceiling = wo.true_peak - (lossy ? 0.5 : 0.0);
  if (wo.loudness != 0 && !(y = breve_malloc(frames * sizeof *y))) {
    breve_free(x);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }

  /* A device or FIFO (/dev/null, /dev/full, a named pipe) is written in
   * place like stdout: renaming a new file over it would replace it. */
  int direct = -1;
  struct stat tsb;
  if (!to_stdout && stat(path, &tsb) == 0 && !S_ISREG(tsb.st_mode)) {
    if (S_ISDIR(tsb.st_mode)) {
      st = breve_error_set(err, BREVE_ERR_IO, "%s: is a folder", path);
      goto out;
    }
    if ((direct = open(path, O_WRONLY | O_CLOEXEC)) < 0) {
      st = breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
      goto out;
    }
  }
  if (to_stdout || direct >= 0) {
    if (y) {
      st = breve_loudness_apply(x, y, frames, rate, wo.loudness, ceiling,
                                report, err);
      if (st != BREVE_OK) {
        if (direct >= 0)
          close(direct);
        goto out;
      }
      float *t = x; /* encode the levelled samples */
      x = y;
      y = t;
    }
    int ofd = direct >= 0 ? direct : STDOUT_FILENO;
    S_memfile mem = {0};
    SF_VIRTUAL_IO vio = {S_mem_len, S_mem_seek, S_mem_read, S_mem_write,
                         S_mem_tell};
    int piped = lseek(ofd, 0, SEEK_CUR) < 0;
    SNDFILE *sf = piped ? sf_open_virtual(&vio, SFM_WRITE, &info, &mem)
                        : sf_open_fd(ofd, SFM_WRITE, &info, direct >= 0);
    if (!sf) {
      if (direct >= 0)
        close(direct);
      st = breve_error_set(err, BREVE_ERR_ENCODE, "%s: %s", shown,
                           sf_strerror(NULL));
      goto out;
    }
    S_set_bitrate(sf, format, wo.bitrate);
    st = S_encode(sf, x, pcm, frames, tags, shown, err);
    if (sf_close(sf) != 0 && st == BREVE_OK)
      st = breve_error_set(err, BREVE_ERR_IO, "%s: write failed", shown);
    if (piped) {
      if (st == BREVE_OK && mem.oom)
        st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
      int e = st == BREVE_OK ? S_write_all(ofd, mem.data, (size_t)mem.len) : 0;
      if (e)
        st = breve_error_set(err, BREVE_ERR_IO, "%s: write error (%s)", shown,
                             strerror(e));
      breve_free(mem.data);
      if (direct >= 0)
        close(direct);
    }
    goto out;
  }

  char *tmp = NULL;
  double aim = wo.loudness;
  /* LAME at a constant bit rate reads about 0.45 LU quieter once decoded
   * (measured at 32 to 192 kbit/s): aim that much higher from the start,
   * so one encoding usually suffices; the check below still corrects */
  if (format == BREVE_FORMAT_MP3 && wo.bitrate > 0)
    aim += 0.45;
  for (int attempt = 0;; attempt++) {
    const float *src = x;
    if (y) {
      breve_loudness_report r;
      st = breve_loudness_apply(x, y, frames, rate, aim, ceiling, &r, err);
      if (st != BREVE_OK)
        goto out;
      src = y;
      if (attempt == 0)
        *report = r;
      else {
        report->gain_db = r.gain_db;
        report->limited_db = r.limited_db;
      }
    }
    if ((st = S_encode_tmp(path, &info, format, wo.bitrate, src, pcm, frames,
                           tags, &tmp, err)) != BREVE_OK)
      goto out;
    /* without a level to hold or figures to report, the decode and the
     * true-peak scan below would cost more than a short brief's synthesis */
    if (!y && !want_report)
      break;
    /* what a listener gets: decode the file and measure it */
    breve_loudness_report m;
    if ((st = breve_loudness_measure_file(tmp, &m, err)) != BREVE_OK) {
      unlink(tmp);
      breve_tmp_untrack(tmp);
      breve_free(tmp);
      goto out;
    }
    report->output_lufs = m.output_lufs;
    report->output_true_peak = m.output_true_peak;
    report->seconds = m.seconds;
    report->sample_rate = m.sample_rate;
    /* lossy codecs shift the loudness a little (MP3 at a constant bit
     * rate takes about half a LU off) and may raise the peaks: correct
     * the aim by what the decoded file shows and encode again */
    int peak_ok = m.output_true_peak <= wo.true_peak;
    int loud_ok = fabs(m.output_lufs - wo.loudness) <= 0.3;
    if (!y || (peak_ok && loud_ok) || attempt >= 3)
      break;
    if (!peak_ok)
      ceiling -= m.output_true_peak - wo.true_peak + 0.2;
    if (!loud_ok)
      aim += wo.loudness - m.output_lufs;
    unlink(tmp);
    breve_tmp_untrack(tmp);
    breve_free(tmp);
    tmp = NULL;
  }
  if (rename(tmp, path) != 0) {
    st = breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
    unlink(tmp);
  }
  breve_tmp_untrack(tmp);
  breve_free(tmp);
out:
  breve_free(x);
  breve_free(y);
  return st;
}
