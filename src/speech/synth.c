/* espeak-ng wrapper: synthesises text into 16-bit mono PCM with word and
 * sentence timings, through espeak-ng's library API. */
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include "audio/audio.h"
#include "core/core.h"

#ifndef BREVE_ESPEAK_SONAME
#define BREVE_ESPEAK_SONAME "libespeak-ng.so.1"
#endif

/* espeak-ng is loaded when a voice is first needed, not linked: linking
 * it loads its audio output's libraries (PulseAudio, ALSA, X11, systemd)
 * into every run, 4.5 ms of start-up that summarising and extracting
 * never use. Its functions are called
 * through this table, filled by dlopen/dlsym on first use. */
#define BREVE_ESPEAK_FUNCTIONS(X)                                              \
  X(espeak_Info)                                                               \
  X(espeak_SetSynthCallback)                                                   \
  X(espeak_TextToPhonemes)                                                     \
  X(espeak_ng_ClearErrorContext)                                               \
  X(espeak_ng_GetSampleRate)                                                   \
  X(espeak_ng_GetStatusCodeMessage)                                            \
  X(espeak_ng_Initialize)                                                      \
  X(espeak_ng_InitializeOutput)                                                \
  X(espeak_ng_InitializePath)                                                  \
  X(espeak_ng_SetParameter)                                                    \
  X(espeak_ng_SetVoiceByName)                                                  \
  X(espeak_ng_Synchronize)                                                     \
  X(espeak_ng_Synthesize)                                                      \
  X(espeak_ng_Terminate)

static struct {
#define S_MEMBER(name) __typeof__(&name) name;
  BREVE_ESPEAK_FUNCTIONS(S_MEMBER)
#undef S_MEMBER
} S_fn;

static pthread_once_t S_once = PTHREAD_ONCE_INIT;
static int S_loaded;
static char S_why[200];

static void S_load(void) {
  /* only the library breve was built against, whose ABI it knows */
  void *h = dlopen(BREVE_ESPEAK_SONAME, RTLD_NOW | RTLD_LOCAL);
  void *sym;
  if (!h) {
    const char *e = dlerror();
    snprintf(S_why, sizeof S_why, "%s", e ? e : "not found");
    return;
  }
#define S_BIND(name)                                                           \
  if (!(sym = dlsym(h, #name))) {                                              \
    snprintf(S_why, sizeof S_why, "it lacks %s", #name);                       \
    return;                                                                    \
  }                                                                            \
  memcpy(&S_fn.name, &sym, sizeof sym);
  BREVE_ESPEAK_FUNCTIONS(S_BIND)
#undef S_BIND
  /* never unloaded: the engine's state lives as long as the process */
  S_loaded = 1;
}

/* Loads espeak-ng once (thread-safe); BREVE_ERR_SYNTH naming the library
 * when it cannot be loaded. */
static breve_status S_espeak_load(breve_error *err) {
  pthread_once(&S_once, S_load);
  if (S_loaded)
    return BREVE_OK;
  return breve_error_set(err, BREVE_ERR_SYNTH,
                         "cannot load espeak-ng (" BREVE_ESPEAK_SONAME "): %s",
                         S_why);
}

struct breve_synth {
  breve_voice voice;
  int sample_rate;
};

/* espeak-ng keeps process-wide state: one engine at a time. */
static int S_engine_live = 0;

/* What the callback appends to during one breve_synth_say() call. */
typedef struct {
  breve_audio *audio;
  size_t base_frame;
  size_t segment;
  const char *text;
  size_t text_len;
  int failed;
} S_job;

const char *breve_espeak_version_string(void) {
  const char *path = NULL;
  if (S_espeak_load(NULL) != BREVE_OK)
    return "(not found)";
  return S_fn.espeak_Info(&path);
}

static breve_status S_synth_error(breve_error *err, espeak_ng_STATUS s,
                                  const char *what) {
  char msg[256];
  S_fn.espeak_ng_GetStatusCodeMessage(s, msg, sizeof msg);
  return breve_error_set(err, BREVE_ERR_SYNTH, "espeak-ng: %s: %s", what, msg);
}

/* Byte offset of the character at 1-based `pos` in the UTF-8 text. */
static size_t S_char_to_byte(const char *s, size_t n, int pos) {
  size_t i = 0;
  int c = 1;
  while (i < n && c < pos) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    i += k ? k : 1;
    c++;
  }
  return i;
}

static int S_callback(short *wav, int numsamples, espeak_EVENT *events) {
  S_job *job = NULL;
  for (espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED;
       e++) {
    job = e->user_data;
    if (!job || job->failed)
      continue;
    if (e->type == espeakEVENT_WORD || e->type == espeakEVENT_SENTENCE) {
      breve_mark m;
      m.segment = job->segment;
      m.kind = e->type == espeakEVENT_WORD ? 1 : 2;
      m.text_pos = S_char_to_byte(job->text, job->text_len, e->text_position);
      m.text_len = e->type == espeakEVENT_WORD
                       ? S_char_to_byte(job->text + m.text_pos,
                                        job->text_len - m.text_pos,
                                        e->length + 1)
                       : 0;
      m.frame = job->base_frame +
                (size_t)((long long)e->audio_position *
                         job->audio->sample_rate / 1000);
      if (!breve_audio_mark_add(job->audio, m))
        job->failed = 1;
    }
  }
  if (!job && events)
    job = events->user_data;
  if (job && !job->failed && wav && numsamples > 0) {
    if (!breve_audio_reserve(job->audio, (size_t)numsamples)) {
      job->failed = 1;
      return 1;
    }
    memcpy(job->audio->samples + job->audio->frames, wav,
           (size_t)numsamples * sizeof *wav);
    job->audio->frames += (size_t)numsamples;
  }
  return job && job->failed ? 1 : 0;
}

/* espeak-ng 1.51 does not survive being terminated and started again in
 * one process (the third start hangs), so the engine is started once, on
 * the first breve_synth_new(), and stopped at exit. */
static int S_engine_started = 0;

static void S_engine_stop(void) {
  if (S_engine_started) {
    S_fn.espeak_ng_Terminate();
    S_engine_started = 0;
  }
}

static breve_status S_engine_start(breve_error *err) {
  espeak_ng_STATUS s;
  if (S_engine_started)
    return BREVE_OK;
  if (S_espeak_load(err) != BREVE_OK)
    return BREVE_ERR_SYNTH;
  S_fn.espeak_ng_InitializePath(NULL);
  espeak_ng_ERROR_CONTEXT ctx = NULL;
  s = S_fn.espeak_ng_Initialize(&ctx);
  if (s != ENS_OK) {
    S_fn.espeak_ng_ClearErrorContext(&ctx);
    return S_synth_error(err, s, "cannot start (is espeak-ng-data installed?)");
  }
  s = S_fn.espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, NULL);
  if (s != ENS_OK) {
    S_fn.espeak_ng_Terminate();
    return S_synth_error(err, s, "cannot set up output");
  }
  S_fn.espeak_SetSynthCallback(S_callback);
  S_engine_started = 1;
  atexit(S_engine_stop);
  return BREVE_OK;
}

/* Hands a profile's voice and delivery settings to espeak-ng. */
static breve_status S_apply_voice(const breve_voice *voice, breve_error *err) {
  if (S_fn.espeak_ng_SetVoiceByName(voice->espeak_voice) != ENS_OK)
    return breve_error_set(err, BREVE_ERR_VOICE,
                           "%s: espeak-ng has no voice '%s'", voice->name,
                           voice->espeak_voice);
  S_fn.espeak_ng_SetParameter(espeakRATE, voice->rate, 0);
  S_fn.espeak_ng_SetParameter(espeakPITCH, voice->pitch, 0);
  S_fn.espeak_ng_SetParameter(espeakRANGE, voice->range, 0);
  S_fn.espeak_ng_SetParameter(espeakVOLUME, voice->volume, 0);
  S_fn.espeak_ng_SetParameter(espeakWORDGAP, voice->word_gap, 0);
  S_fn.espeak_ng_SetParameter(espeakPUNCTUATION, espeakPUNCT_NONE, 0);
  return BREVE_OK;
}

breve_status breve_synth_new(const breve_voice *voice, breve_synth **out,
                             breve_error *err) {
  breve_synth *sy;
  breve_status st;
  *out = NULL;
  if (S_engine_live)
    return breve_error_set(err, BREVE_ERR_SYNTH,
                           "espeak-ng is already in use in this process");
  if ((st = S_engine_start(err)) != BREVE_OK)
    return st;
  if (!(sy = breve_calloc(1, sizeof *sy)))
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  sy->voice = *voice;
  S_engine_live = 1;
  if ((st = S_apply_voice(voice, err)) != BREVE_OK) {
    breve_synth_free(sy);
    return st;
  }
  sy->sample_rate = S_fn.espeak_ng_GetSampleRate();
  *out = sy;
  return BREVE_OK;
}

void breve_synth_free(breve_synth *sy) {
  if (!sy)
    return;
  S_engine_live = 0;
  breve_free(sy);
}

int breve_synth_sample_rate(const breve_synth *sy) { return sy->sample_rate; }

/* espeak-ng marks a switch of language in its phoneme string: "(en)". */
int breve_synth_reads_foreign(void *synth, const char *word, size_t len) {
  char buf[128];
  if (!synth || !len || len >= sizeof buf)
    return 0;
  memcpy(buf, word, len);
  buf[len] = '\0';
  const void *p = buf;
  const char *ph = S_fn.espeak_TextToPhonemes(&p, espeakCHARS_UTF8, 0);
  return ph && strchr(ph, '(') != NULL;
}

breve_status breve_synth_set_voice(breve_synth *sy, const breve_voice *voice,
                                   breve_error *err) {
  breve_status st = S_apply_voice(voice, err);
  if (st != BREVE_OK) {
    S_apply_voice(&sy->voice, NULL); /* keep the previous voice */
    return st;
  }
  sy->voice = *voice;
  return BREVE_OK;
}

/* Index of the first and one past the last frame louder than a whisper. */
static void S_voiced_span(const int16_t *x, size_t n, size_t *first,
                          size_t *last) {
  const int thr = 200;
  size_t a = 0, b = n;
  while (a < n && abs(x[a]) < thr)
    a++;
  while (b > a && abs(x[b - 1]) < thr)
    b--;
  *first = a;
  *last = b;
}

breve_status breve_synth_say(breve_synth *sy, const char *text, int ssml,
                             size_t segment, breve_audio *audio,
                             breve_error *err) {
  size_t len = strlen(text);
  if (!audio->sample_rate)
    audio->sample_rate = sy->sample_rate;
  size_t start_frames = audio->frames, start_marks = audio->n_marks;
  S_job job = {audio, start_frames, segment, text, len, 0};

  /* [[...]] holds espeak-ng phonemes from the pronunciation lexicon */
  unsigned flags = espeakCHARS_UTF8 | espeakPHONEMES | (ssml ? espeakSSML : 0);
  espeak_ng_STATUS s =
      S_fn.espeak_ng_Synthesize(text, len + 1, 0, POS_CHARACTER, 0, flags, NULL, &job);
  if (s == ENS_OK)
    s = S_fn.espeak_ng_Synchronize();
  if (job.failed) {
    audio->frames = start_frames;
    audio->n_marks = start_marks;
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  if (s != ENS_OK) {
    audio->frames = start_frames;
    audio->n_marks = start_marks;
    return S_synth_error(err, s, "synthesis failed");
  }
  /* trim the silence espeak-ng puts around the utterance, keeping 20 ms */
  size_t first, last, n = audio->frames - start_frames;
  S_voiced_span(audio->samples + start_frames, n, &first, &last);
  size_t keep = (size_t)audio->sample_rate / 50;
  first = first > keep ? first - keep : 0;
  last = last + keep < n ? last + keep : n;
  if (last <= first) {
    first = 0;
    last = 0;
  }
  if (first > 0)
    memmove(audio->samples + start_frames, audio->samples + start_frames + first,
            (last - first) * sizeof *audio->samples);
  audio->frames = start_frames + (last - first);
  for (size_t m = start_marks; m < audio->n_marks; m++) {
    size_t f = audio->marks[m].frame - start_frames;
    f = f > first ? f - first : 0;
    if (f > last - first)
      f = last - first;
    audio->marks[m].frame = start_frames + f;
  }
  /* an utterance-start mark at its first frame */
  breve_mark um = {segment, 3, 0, len, start_frames};
  if (!breve_audio_mark_add(audio, um))
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  return BREVE_OK;
}

