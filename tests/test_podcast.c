/* Podcast stage: loudness and the limiter (measured here with libebur128
 * on the files as written), spoken dates, show settings, transcripts,
 * episode records and the feed (parsed back with libxml2). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <ebur128.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <sndfile.h>

#include "audio/audio.h"
#include "harness.h"
#include "podcast/podcast.h"

static char S_dir[] = "/tmp/breve-podcast-XXXXXX";

/* Integrated loudness, true peak (dBTP), duration of a file, measured
 * independently of the library: libsndfile decodes, libebur128 measures. */
static int S_measure(const char *path, double *lufs, double *tp,
                     double *seconds, int *rate) {
  SF_INFO info;
  memset(&info, 0, sizeof info);
  SNDFILE *sf = sf_open(path, SFM_READ, &info);
  if (!sf)
    return 0;
  ebur128_state *st =
      ebur128_init((unsigned)info.channels, (unsigned long)info.samplerate,
                   EBUR128_MODE_I | EBUR128_MODE_TRUE_PEAK);
  float buf[4096];
  sf_count_t got, total = 0;
  while ((got = sf_readf_float(sf, buf, 4096 / info.channels)) > 0) {
    ebur128_add_frames_float(st, buf, (size_t)got);
    total += got;
  }
  double p = 0;
  ebur128_loudness_global(st, lufs);
  ebur128_true_peak(st, 0, &p);
  *tp = 20 * log10(p);
  *seconds = (double)total / info.samplerate;
  *rate = info.samplerate;
  ebur128_destroy(&st);
  sf_close(sf);
  return 1;
}

static void test_spoken_dates(void) {
  breve_buf b = {0};
  OK(breve_date_spoken(2026, 11, 28, &b), "valid date");
  STR_EQ(b.ptr, "samedi vingt-huit novembre", "28 Nov 2026");
  breve_buf_clear(&b);
  OK(breve_date_spoken(2026, 3, 1, &b), "valid date");
  STR_EQ(b.ptr, "dimanche premier mars", "the first of the month");
  breve_buf_clear(&b);
  OK(breve_date_spoken(2028, 2, 29, &b), "leap day");
  STR_EQ(b.ptr, "mardi vingt-neuf février", "29 Feb 2028");
  breve_buf_clear(&b);
  OK(breve_date_spoken(2025, 8, 21, &b), "valid date");
  STR_EQ(b.ptr, "jeudi vingt et un août", "vingt et un");
  breve_buf_clear(&b);
  OK(!breve_date_spoken(2027, 2, 29, &b), "2027 has no 29 February");
  OK(!breve_date_spoken(2026, 13, 1, &b), "no month 13");
  breve_buf_free(&b);
}

static void test_show_settings(void) {
  breve_show s;
  breve_error err = {0};
  char path[256];
  breve_show_init(&s);
  STR_EQ(s.voices[0], "claire", "default voice");
  INT_EQ(s.format, BREVE_FORMAT_MP3, "default format");
  OK(s.loudness == -16.0 && s.true_peak == -1.0, "podcast loudness");
  snprintf(path, sizeof path, "%s/show.conf", S_dir);
  FILE *f = fopen(path, "w");
  fputs("# a show\ntitle = Le Journal de 7 h\nvoices = claire, paul\n"
        "format = opus\nloudness = -19\nretention = 5\n  base_url = "
        "https://example.org/p/  \n",
        f);
  fclose(f);
  INT_EQ(breve_show_load(path, &s, &err), BREVE_OK, err.message);
  STR_EQ(s.title, "Le Journal de 7 h", "title");
  STR_EQ(s.voices[1], "paul", "second voice");
  STR_EQ(s.base_url, "https://example.org/p/", "trimmed value");
  INT_EQ(s.format, BREVE_FORMAT_OPUS, "format");
  INT_EQ(s.retention, 5, "retention");
  OK(s.loudness == -19.0, "loudness %g", s.loudness);
  INT_EQ(breve_show_set(&s, "colour", "blue", &err), BREVE_ERR_ARG,
         "unknown key");
  OK(strstr(err.message, "colour") != NULL, "names the key: %s", err.message);
  INT_EQ(breve_show_set(&s, "loudness", "+3", &err), BREVE_ERR_ARG,
         "loudness out of range");
  f = fopen(path, "w");
  fputs("title = x\nno equals sign here\n", f);
  fclose(f);
  INT_EQ(breve_show_load(path, &s, &err), BREVE_ERR_PARSE, "bad line");
  OK(strstr(err.message, ":2:") != NULL, "names the line: %s", err.message);
  /* what is saved reads back the same */
  breve_show t, u;
  breve_show_init(&t);
  breve_show_set(&t, "voices", "paul,claire", NULL);
  breve_show_set(&t, "seconds", "40", NULL);
  char *text = breve_show_format(&t);
  f = fopen(path, "w");
  fputs(text, f);
  fclose(f);
  breve_free(text);
  breve_show_init(&u);
  INT_EQ(breve_show_load(path, &u, &err), BREVE_OK, err.message);
  OK(memcmp(&t, &u, sizeof t) == 0, "saved settings read back equal");
}

/* A loud, peaky synthetic signal: bursts of a 3 kHz tone with square-ish
 * attacks at full scale over a quiet bed. */
static void S_peaky(breve_audio *a, int rate, double seconds) {
  memset(a, 0, sizeof *a);
  a->sample_rate = rate;
  size_t n = (size_t)(seconds * rate);
  breve_audio_reserve(a, n);
  for (size_t i = 0; i < n; i++) {
    double t = (double)i / rate;
    double env = fmod(t, 0.5) < 0.3 ? 0.05 : 0.005;
    if (fmod(t, 0.5) < 0.004)
      env = 0.999; /* a click at each burst */
    double v = env * sin(2 * M_PI * 3000 * t) * 32767;
    a->samples[i] = (int16_t)lrint(v);
  }
  a->frames = n;
}

static void test_limiter(void) {
  breve_audio a;
  breve_loudness_report r;
  breve_error err = {0};
  S_peaky(&a, 22050, 8);
  INT_EQ(breve_audio_loudness(&a, -16, -1, &r, &err), BREVE_OK, err.message);
  OK(fabs(r.output_lufs + 16) <= 0.5, "levelled to %.2f LUFS", r.output_lufs);
  OK(r.output_true_peak <= -1.0, "true peak %.2f dBTP", r.output_true_peak);
  OK(r.limited_db < -3, "the limiter worked (%.1f dB)", r.limited_db);
  size_t clipped = 0;
  for (size_t i = 0; i < a.frames; i++)
    clipped += a.samples[i] >= 32767 || a.samples[i] <= -32768;
  INT_EQ(clipped, 0, "no sample at full scale");
  /* the same written at 48 kHz in Opus and measured from the file */
  char path[256];
  breve_write_options wo;
  breve_write_options_init(&wo);
  wo.loudness = -23;
  snprintf(path, sizeof path, "%s/peaky.opus", S_dir);
  INT_EQ(
      breve_audio_write_opts(&a, path, BREVE_FORMAT_OPUS, NULL, &wo, &r, &err),
      BREVE_OK, err.message);
  double lufs, tp, sec;
  int rate;
  OK(S_measure(path, &lufs, &tp, &sec, &rate), "read back");
  OK(fabs(lufs + 23) <= 1.0, "file at %.2f LUFS for -23", lufs);
  OK(tp <= -1.0, "file true peak %.2f dBTP", tp);
  INT_EQ(rate, 48000, "Opus at 48 kHz");
  breve_audio_free(&a);

  /* silence is left alone, not blown up */
  memset(&a, 0, sizeof a);
  a.sample_rate = 22050;
  breve_audio_silence(&a, 1000);
  INT_EQ(breve_audio_loudness(&a, -16, -1, &r, &err), BREVE_OK, err.message);
  OK(!isfinite(r.output_lufs), "silence has no loudness");
  breve_audio_free(&a);
  INT_EQ(breve_audio_loudness(&a, -16, -1, &r, &err), BREVE_ERR_ARG,
         "empty buffer");
}

/* Speech through espeak-ng, levelled on the way to MP3 and Opus files. */
static void test_speech_files(breve_audio *speech) {
  static const struct {
    breve_format f;
    const char *ext;
    int rate;
    double target;
    int kbps;
  } cases[] = {{BREVE_FORMAT_MP3, "mp3", 44100, -16, 96},
               {BREVE_FORMAT_OPUS, "opus", 48000, -16, 48},
               {BREVE_FORMAT_MP3, "mp3", 44100, -19, 64},
               {BREVE_FORMAT_FLAC, "flac", 22050, -16, 0},
               {BREVE_FORMAT_WAV, "wav", 22050, -23, 0}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char path[256];
    breve_error err = {0};
    breve_loudness_report r;
    breve_write_options wo;
    breve_write_options_init(&wo);
    wo.loudness = cases[i].target;
    wo.bitrate = cases[i].kbps;
    breve_tags tags = {"Titre é", "breve", "Flash", "2026-11-28", "note"};
    snprintf(path, sizeof path, "%s/speech%zu.%s", S_dir, i, cases[i].ext);
    INT_EQ(
        breve_audio_write_opts(speech, path, cases[i].f, &tags, &wo, &r, &err),
        BREVE_OK, err.message);
    double lufs, tp, sec;
    int rate;
    OK(S_measure(path, &lufs, &tp, &sec, &rate), "read back %s", path);
    OK(fabs(lufs - cases[i].target) <= 1.0, "%s: %.2f LUFS for %.0f", path,
       lufs, cases[i].target);
    OK(tp <= -1.0, "%s: true peak %.2f dBTP", path, tp);
    INT_EQ(rate, cases[i].rate, path);
    OK(fabs(sec - breve_audio_seconds(speech)) < 0.1, "%s: %.2f s for %.2f",
       path, sec, breve_audio_seconds(speech));
    OK(fabs(r.output_lufs - lufs) < 0.05, "report agrees: %.2f vs %.2f",
       r.output_lufs, lufs);
    if (cases[i].kbps) {
      struct stat sb;
      stat(path, &sb);
      double kbps = sb.st_size * 8.0 / 1000.0 / sec;
      OK(kbps > cases[i].kbps * 0.75 && kbps < cases[i].kbps * 1.3,
         "%s: %.0f kbit/s for %d", path, kbps, cases[i].kbps);
    }
  }
}

static void test_transcript(breve_audio *a, size_t first_voiced) {
  const char *texts[] = {"Première phrase <test> & fin.", NULL,
                         "Deuxième phrase."};
  const char *who[] = {"claire", NULL, "paul"};
  char *vtt = NULL;
  breve_error err = {0};
  INT_EQ(breve_transcript_vtt(a, texts, NULL, who, 3, &vtt, &err), BREVE_OK,
         err.message);
  OK(vtt && !strncmp(vtt, "WEBVTT\n\n1\n", 10), "header: %.20s", vtt);
  OK(strstr(vtt, "<v Claire>Première phrase &lt;test&gt; &amp; fin.\n") != NULL,
     "escaped cue text: %s", vtt);
  OK(strstr(vtt, "\n2\n") && !strstr(vtt, "\n3\n"), "two cues");
  /* times: the first cue starts within 100 ms of the first voiced frame */
  unsigned h, m, s, ms, h2, m2, s2, ms2;
  const char *p = strstr(vtt, "\n1\n");
  OK(p && sscanf(p, "\n1\n%u:%u:%u.%u --> %u:%u:%u.%u", &h, &m, &s, &ms, &h2,
                 &m2, &s2, &ms2) == 8,
     "cue times");
  double start = h * 3600 + m * 60 + s + ms / 1000.0;
  double end = h2 * 3600 + m2 * 60 + s2 + ms2 / 1000.0;
  double onset = (double)first_voiced / a->sample_rate;
  OK(fabs(start - onset) <= 0.1, "cue at %.3f s, speech at %.3f s", start,
     onset);
  OK(end > start, "cue ends after it starts");
  breve_free(vtt);
}

static void test_feed(void) {
  breve_meta m;
  breve_show show;
  breve_error err = {0};
  char path[256];
  memset(&m, 0, sizeof m);
  breve_show_init(&show);
  breve_show_set(&show, "base_url", "https://example.org/p", NULL);
  breve_show_set(&show, "image", "https://example.org/cover.jpg", NULL);
  char *arts[] = {"0123456789abcdef", "fedcba9876543210"};
  m.id = "2026-11-28";
  m.title = "Flash info du samedi 28 novembre 2026";
  m.description = "Un titre & un autre\nLe second <titre>";
  m.guid = "breve:2026-11-28:1";
  m.pubdate = "Sat, 28 Nov 2026 06:00:00 +0000";
  m.pubtime = 1795845600;
  m.audio = "2026-11-28.mp3";
  m.mime = "audio/mpeg";
  m.bytes = 123456;
  m.seconds = 61.6;
  m.chapters = "2026-11-28.chapters.json";
  m.transcript = "2026-11-28.vtt";
  m.articles = arts;
  m.n_articles = 2;
  /* the record reads back */
  char *text = breve_meta_format(&m);
  snprintf(path, sizeof path, "%s/2026-11-28.meta", S_dir);
  INT_EQ(breve_file_write_atomic(path, text, strlen(text), 0, NULL, &err),
         BREVE_OK, err.message);
  breve_meta back;
  INT_EQ(breve_meta_read(path, &back, &err), BREVE_OK, err.message);
  STR_EQ(back.description, m.description, "headlines");
  STR_EQ(back.articles[1], arts[1], "article ids");
  OK(back.bytes == m.bytes && fabs(back.seconds - 61.6) < 1e-6,
     "numbers read back");
  breve_meta_free(&back);
  int changed = -1;
  INT_EQ(breve_file_write_atomic(path, text, strlen(text), 1, &changed, &err),
         BREVE_OK, err.message);
  INT_EQ(changed, 0, "same content: not rewritten");
  breve_free(text);

  char *feed = NULL;
  INT_EQ(breve_feed_format(&show, &m, 1, &feed, &err), BREVE_OK, err.message);
  xmlDocPtr doc =
      xmlReadMemory(feed, (int)strlen(feed), "feed.xml", NULL, XML_PARSE_NONET);
  OK(doc != NULL, "well-formed");
  xmlNodePtr rss = xmlDocGetRootElement(doc);
  STR_EQ((const char *)rss->name, "rss", "root");
  int itunes = 0, podcast = 0;
  for (xmlNsPtr ns = rss->nsDef; ns; ns = ns->next) {
    itunes |= !strcmp((const char *)ns->href,
                      "http://www.itunes.com/dtds/podcast-1.0.dtd");
    podcast |= !strcmp((const char *)ns->href,
                       "https://podcastindex.org/namespace/1.0");
  }
  OK(itunes && podcast, "itunes and podcast namespaces");
  OK(strstr(feed, "<enclosure url=\"https://example.org/p/2026-11-28.mp3\" "
                  "length=\"123456\" type=\"audio/mpeg\"/>") != NULL,
     "enclosure: %s", feed);
  OK(strstr(feed, "<itunes:duration>62</itunes:duration>") != NULL,
     "duration in seconds");
  OK(strstr(feed, "Un titre &amp; un autre") != NULL, "escaped description");
  OK(strstr(feed, "<podcast:transcript url=\"https://example.org/p/"
                  "2026-11-28.vtt\" type=\"text/vtt\"") != NULL,
     "transcript");
  OK(strstr(feed, "<itunes:image href=\"https://example.org/cover.jpg\"/>"),
     "image");
  xmlFreeDoc(doc);
  /* the same input gives the same bytes */
  char *again = NULL;
  breve_feed_format(&show, &m, 1, &again, &err);
  STR_EQ(again, feed, "deterministic feed");
  breve_free(again);
  breve_free(feed);
}

/* The library call a scheduler makes: publish, publish again, busy. */
static void test_publish(void) {
  static const char *const texts[] = {
      "Le festival de jazz annonce sa programmation\n\nLe festival de jazz "
      "de la ville accueillera douze concerts en juillet. La billetterie "
      "ouvre lundi.\n",
      "Une nouvelle ligne de bus dessert la gare\n\nLa ligne 9 relie "
      "désormais la gare au campus en vingt minutes. Elle circule toutes les "
      "dix minutes aux heures de pointe.\n"};
  breve_article arts[2];
  breve_options opts;
  breve_error err = {0};
  breve_show show;
  breve_publish_report rep;
  char dir[300];
  breve_options_init(&opts);
  for (int i = 0; i < 2; i++)
    INT_EQ(
        breve_article_parse(texts[i], strlen(texts[i]), &opts, &arts[i], &err),
        BREVE_OK, err.message);
  breve_show_init(&show);
  breve_show_set(&show, "format", "wav", NULL);
  breve_show_set(&show, "sentences", "1", NULL);
  snprintf(dir, sizeof dir, "%s/pub", S_dir);
  INT_EQ(breve_episode_publish(dir, &show, "2026-12-01", arts, 2, NULL, &rep,
                               &err),
         BREVE_OK, err.message);
  STR_EQ(rep.id, "2026-12-01", "episode id");
  INT_EQ(rep.n_new, 2, "two articles");
  OK(rep.seconds > 5 && rep.bytes > 1000, "%.1f s, %lld bytes", rep.seconds,
     rep.bytes);
  OK(fabs(rep.loudness.output_lufs + 16) <= 1, "%.2f LUFS",
     rep.loudness.output_lufs);
  char path[400];
  struct stat sb;
  snprintf(path, sizeof path, "%s/2026-12-01.wav", dir);
  OK(stat(path, &sb) == 0 && sb.st_size == rep.bytes, "audio file size");
  /* again: nothing new */
  INT_EQ(breve_episode_publish(dir, &show, "2026-12-01", arts, 2, NULL, &rep,
                               &err),
         BREVE_OK, err.message);
  STR_EQ(rep.id, "", "nothing new");
  INT_EQ(rep.n_skipped, 2, "both already published");
  /* another holder of the lock: busy after the timeout */
  int fd = -1;
  INT_EQ(breve_dir_lock(dir, 0, &fd, &err), BREVE_OK, err.message);
  breve_show_set(&show, "lock_timeout", "0.3", NULL);
  INT_EQ(breve_episode_publish(dir, &show, "2026-12-02", arts, 2, NULL, &rep,
                               &err),
         BREVE_ERR_BUSY, "lock held");
  OK(strstr(err.message, "lock") != NULL, "says why: %s", err.message);
  breve_dir_unlock(fd);
  INT_EQ(breve_feed_rebuild(dir, NULL, &err), BREVE_OK, err.message);
  INT_EQ(
      breve_episode_publish(dir, &show, "bad-date", arts, 2, NULL, &rep, &err),
      BREVE_ERR_ARG, "bad date");
  for (int i = 0; i < 2; i++)
    breve_article_free(&arts[i]);
}

int main(void) {
  if (!mkdtemp(S_dir)) {
    perror("mkdtemp");
    return 1;
  }
  test_spoken_dates();
  test_show_settings();
  test_limiter();
  test_feed();

  /* speech: two utterances with a pause, the second in another voice */
  breve_voice claire, paul;
  breve_synth *sy = NULL;
  breve_error err = {0};
  breve_audio a = {0};
  INT_EQ(breve_voice_load("claire", &claire, &err), BREVE_OK, err.message);
  INT_EQ(breve_voice_load("paul", &paul, &err), BREVE_OK, err.message);
  INT_EQ(breve_synth_new(&claire, &sy, &err), BREVE_OK, err.message);
  a.sample_rate = breve_synth_sample_rate(sy);
  breve_audio_silence(&a, 300);
  size_t onset = a.frames;
  INT_EQ(breve_synth_say(sy, "Première phrase, et sa suite.", 0, 0, &a, &err),
         BREVE_OK, err.message);
  while (onset < a.frames && abs(a.samples[onset]) < 200)
    onset++;
  breve_audio_silence(&a, 500);
  INT_EQ(breve_synth_set_voice(sy, &paul, &err), BREVE_OK, err.message);
  INT_EQ(breve_synth_say(sy, "Deuxième phrase.", 0, 2, &a, &err), BREVE_OK,
         err.message);
  breve_voice bad = paul;
  snprintf(bad.espeak_voice, sizeof bad.espeak_voice, "zz-nothing");
  INT_EQ(breve_synth_set_voice(sy, &bad, &err), BREVE_ERR_VOICE,
         "unknown espeak-ng voice");
  breve_synth_free(sy);
  test_transcript(&a, onset);
  test_speech_files(&a);
  breve_audio_free(&a);
  /* after an engine was freed, publishing starts one again (twice) */
  test_publish();

  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", S_dir);
  if (system(cmd) != 0)
    fprintf(stderr, "could not remove %s\n", S_dir);
  return harness_summary("test_podcast");
}
