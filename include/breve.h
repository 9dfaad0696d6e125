/** breve: French news articles to spoken audio briefs.
 *
 * The pipeline is a chain of stages, each a function from a plain struct to
 * a plain struct:
 *
 *     bytes --breve_article_parse--> breve_article
 *           --breve_split----------> breve_sentences
 *           --breve_summarize------> breve_selection
 *           --breve_normalize------> text espeak-ng should say
 *           --breve_synth_*--------> breve_audio
 *           --breve_audio_write----> file
 *
 * Every function returns a breve_status; BREVE_OK (0) is success. Functions
 * taking a `breve_error *err` fill it with a one-line message on failure
 * (err may be NULL). Every struct a stage fills is released with its
 * `_free` function, and `_free(NULL)` or `_free` of a zeroed struct is a
 * no-op. The library never prints and never exits.
 */
#ifndef BREVE_H
#define BREVE_H

#include <stddef.h>
#include <stdint.h>

#include "breve_export.h"
#include "breve_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* Status and errors                                                  */

/** Result of every call. Values never change within a major version. */
typedef enum breve_status {
  BREVE_OK = 0,
  BREVE_ERR_NOMEM = 1,   /**< out of memory */
  BREVE_ERR_IO = 2,      /**< a file could not be read or written */
  BREVE_ERR_INPUT = 3,   /**< the input is not usable text */
  BREVE_ERR_VOICE = 4,   /**< unknown or invalid voice profile */
  BREVE_ERR_SYNTH = 5,   /**< espeak-ng failed */
  BREVE_ERR_ENCODE = 6,  /**< the audio file could not be encoded */
  BREVE_ERR_ARG = 7,     /**< an invalid argument or option value */
  BREVE_ERR_LIMIT = 8,   /**< the input exceeds a configured limit */
  BREVE_ERR_EMPTY = 9,   /**< nothing to say: no sentence in the input */
  BREVE_ERR_PARSE = 10,  /**< malformed HTML, XML or data file */
  BREVE_ERR_BUSY = 11,   /**< another run holds the lock */
  BREVE_ERR_INTERRUPTED = 12, /**< cancelled by a signal */
  BREVE_STATUS_COUNT
} breve_status;

/** A one-line description of a failure, filled by the call that failed. */
typedef struct breve_error {
  breve_status status;
  char message[512];
} breve_error;

/** Static English description of `status`; never NULL. */
BREVE_EXPORT const char *breve_strerror(breve_status status);

/** Runtime version, as BREVE_VERSION and BREVE_VERSION_STRING. */
BREVE_EXPORT int breve_version(void);
BREVE_EXPORT const char *breve_version_string(void);
/** Versions of the linked espeak-ng and libsndfile (static strings). */
BREVE_EXPORT const char *breve_espeak_version_string(void);
BREVE_EXPORT const char *breve_sndfile_version_string(void);

/** Frees memory returned by the library as `char *`. NULL is a no-op. */
BREVE_EXPORT void breve_free(void *ptr);

/** Removes the temporary files the library is writing at this moment (an
 * audio file, a transcript, a feed, before they are renamed into place),
 * so that an interrupted run leaves no partial file; the previous outputs
 * are untouched. Async-signal-safe (only unlink(2)): meant to be called
 * from a SIGINT/SIGTERM handler, which then ends the process. */
BREVE_EXPORT void breve_cleanup_on_signal(void);

/* ------------------------------------------------------------------ */
/* Options                                                            */

#define BREVE_OPT_DEFAULT 0
/** Do not speak the headline before the key sentences. */
#define BREVE_OPT_NO_TITLE (1 << 0)
/** Normaliser: emit SSML (espeak-ng's subset) instead of plain text. */
#define BREVE_OPT_SSML (1 << 1)
/** Keep every body sentence (no summary). */
#define BREVE_OPT_FULL (1 << 2)
/** Normaliser: write around the words espeak-ng 1.51 reads wrongly in
 * the French it is given: the ordinals in "-tième" after "n" or "ui",
 * which it says with an s ("dix-huissième siècle": given "huittième"),
 * the t of "vingt" and "cent" before a mute h ("vingt heures" without its
 * t: given "vinte heures"), "Jésus-Christ" with the st of "le Christ"
 * (given "Jésus-Cri"), and the sign "+" without its s, as in "plus
 * grand" ("deux plus deux", "Canal+": given "plusse"). Off by default,
 * because text scored against readings made with the same espeak-ng (the
 * NeMo cases) expects its readings. */
#define BREVE_OPT_ESPEAK_FIXES (1 << 3)
/** The first name of BREVE_OPT_ESPEAK_FIXES, when it fixed only "-tième". */
#define BREVE_OPT_SAY_TIEME BREVE_OPT_ESPEAK_FIXES

/** Input kinds for breve_article_parse. */
typedef enum breve_input_kind {
  BREVE_INPUT_AUTO = 0,
  BREVE_INPUT_TEXT = 1,
  BREVE_INPUT_HTML = 2,
  BREVE_INPUT_FEED = 3
} breve_input_kind;

/** Numeric settings; fill with breve_options_init() and change fields. */
typedef struct breve_options {
  unsigned flags;          /**< BREVE_OPT_* bits */
  int max_sentences;       /**< budget in sentences (0: unset) */
  int max_words;           /**< budget in words (0: unset) */
  double max_seconds;      /**< budget in seconds of speech (0: unset) */
  double words_per_minute; /**< speaking rate used to estimate durations */
  size_t max_input_bytes;  /**< larger inputs fail with BREVE_ERR_LIMIT */
  breve_input_kind input_kind;
} breve_options;

/** Default budget when none is given: this many sentences. */
#define BREVE_DEFAULT_SENTENCES 3
/** Default input limit: 16 MiB. */
#define BREVE_DEFAULT_MAX_INPUT (16u * 1024u * 1024u)

/** Fills `opts` with the defaults. */
BREVE_EXPORT void breve_options_init(breve_options *opts);

/* ------------------------------------------------------------------ */
/* Input: article                                                     */

/** What breve understood of an article. All strings are UTF-8, owned by
 * the struct; fields not found are NULL. */
typedef struct breve_article {
  char *title;
  char *byline;
  char *date;
  char *lang;
  char *link;
  char **paragraphs;   /**< body paragraphs, in order */
  size_t n_paragraphs;
} breve_article;

/** Parses `len` bytes of an article into `out`: plain UTF-8 text, a saved
 * HTML page or a feed (opts->input_kind, detected when BREVE_INPUT_AUTO):
 * headline, body paragraphs, with bylines, credits, teasers of other
 * articles, sharing and feedback footers removed. Fails with
 * BREVE_ERR_INPUT for invalid UTF-8 or binary data, BREVE_ERR_EMPTY when
 * nothing is left, BREVE_ERR_LIMIT above opts->max_input_bytes. On failure
 * `out` is left zeroed. Free with breve_article_free(). */
BREVE_EXPORT breve_status breve_article_parse(const char *data, size_t len,
                                              const breve_options *opts,
                                              breve_article *out,
                                              breve_error *err);

/** Releases what `article` owns and zeroes it. */
BREVE_EXPORT void breve_article_free(breve_article *article);

/** Reads a whole file ("-" for stdin) into a NUL-terminated buffer the
 * caller frees with breve_free(). At most `max_bytes` are accepted
 * (BREVE_ERR_LIMIT beyond); a directory or unreadable file is
 * BREVE_ERR_IO. */
BREVE_EXPORT breve_status breve_file_read(const char *path, size_t max_bytes,
                                          char **data, size_t *len,
                                          breve_error *err);

/* ------------------------------------------------------------------ */
/* Input: feeds                                                       */

/** What kind of input `data` holds, from its first bytes: an RSS, RDF or
 * Atom feed, an HTML page, or plain text. */
BREVE_EXPORT breve_input_kind breve_input_detect(const char *data, size_t len);

/** An RSS 2.0, RSS 1.0 (RDF) or Atom feed: each item is an article. All
 * strings are UTF-8, owned by the struct; fields not found are NULL. */
typedef struct breve_feed {
  char *title;           /**< the channel's title */
  char *link;            /**< the channel's web site */
  breve_article *items;  /**< in feed order */
  size_t n_items;
} breve_feed;

/** Most items read from one feed; later items are ignored. */
#define BREVE_FEED_MAX_ITEMS 500

/** Parses a feed with libxml2 (no network, no DTD loading, no expansion
 * of entities the feed declares). Each item becomes an article: its title,
 * link, date (pubDate, dc:date, published, updated), author, and body
 * paragraphs from content:encoded or Atom content, else the description
 * or summary, whose HTML is extracted and filtered as a page's would be.
 * An item with no text has no paragraphs. Fails with BREVE_ERR_PARSE when
 * the XML is not a feed, BREVE_ERR_EMPTY when it has no item,
 * BREVE_ERR_LIMIT above opts->max_input_bytes (`opts` may be NULL). On
 * failure `out` is left zeroed. Free with breve_feed_free().
 * breve_article_parse() given a feed returns its first item that has
 * text (BREVE_ERR_EMPTY when none has). */
BREVE_EXPORT breve_status breve_feed_parse(const char *data, size_t len,
                                           const breve_options *opts,
                                           breve_feed *out, breve_error *err);

/** Releases what `feed` owns and zeroes it; NULL is a no-op. */
BREVE_EXPORT void breve_feed_free(breve_feed *feed);

/* ------------------------------------------------------------------ */
/* Sentences                                                          */

/** Sentence flags. */
#define BREVE_SENT_HEADING (1u << 0) /**< a standalone intertitle */
#define BREVE_SENT_QUOTE (1u << 1)   /**< mostly quoted speech */
#define BREVE_SENT_NOISE (1u << 2)   /**< code leftovers, not to be spoken */

typedef struct breve_sentence {
  char *text;          /**< trimmed UTF-8 */
  size_t paragraph;    /**< index of its paragraph in the article */
  size_t index;        /**< index of the sentence in the whole article */
  size_t words;        /**< number of words */
  unsigned flags;      /**< BREVE_SENT_* */
} breve_sentence;

typedef struct breve_sentences {
  breve_sentence *items;
  size_t count;
} breve_sentences;

/** Splits the body paragraphs of `article` into French sentences.
 * Free with breve_sentences_free(). */
BREVE_EXPORT breve_status breve_split(const breve_article *article,
                                      const breve_options *opts,
                                      breve_sentences *out, breve_error *err);

/** Splits one UTF-8 text into sentences (paragraph index 0). */
BREVE_EXPORT breve_status breve_split_text(const char *text, size_t len,
                                           breve_sentences *out,
                                           breve_error *err);

BREVE_EXPORT void breve_sentences_free(breve_sentences *s);

/* ------------------------------------------------------------------ */
/* Summary                                                            */

/** The key sentences, by index into the breve_sentences they came from. */
typedef struct breve_selection {
  size_t *chosen;     /**< selected indices, in document order */
  size_t n_chosen;
  size_t *ranking;    /**< every candidate index, best first */
  double *scores;     /**< score of each sentence (by sentence index) */
  size_t n_ranking;
  size_t n_sentences;
} breve_selection;

/** Picks the key sentences of `sentences` (of `article`, whose title is
 * used) within the budget of `opts` (sentences, words or seconds; the
 * default is BREVE_DEFAULT_SENTENCES). The choice is deterministic.
 * BREVE_ERR_EMPTY when there is no candidate sentence.
 * Free with breve_selection_free(). */
BREVE_EXPORT breve_status breve_summarize(const breve_article *article,
                                          const breve_sentences *sentences,
                                          const breve_options *opts,
                                          breve_selection *out,
                                          breve_error *err);

BREVE_EXPORT void breve_selection_free(breve_selection *sel);

/** Estimated speech time in seconds of `words` words at `wpm`. */
BREVE_EXPORT double breve_estimate_seconds(size_t words, double wpm);

/* ------------------------------------------------------------------ */
/* Normalisation                                                      */

/** A pronunciation lexicon (opaque). */
typedef struct breve_lexicon breve_lexicon;

/** Loads the bundled lexicon (data/lexicon.txt), the acronyms said as
 * words (data/acronyms.txt), both from breve_data_dir() and skipped when
 * absent, and, when `user_file` is not NULL, the user's entries on top of
 * them. A lexicon file has one entry a line: the word, blanks, then a
 * respelling or espeak-ng phonemes in [[...]]; '#' starts a comment line.
 * A missing user file is BREVE_ERR_IO, an entry without pronunciation
 * BREVE_ERR_PARSE (the message names file and line). Free with
 * breve_lexicon_free(). */
BREVE_EXPORT breve_status breve_lexicon_load(const char *user_file,
                                             breve_lexicon **out,
                                             breve_error *err);
BREVE_EXPORT void breve_lexicon_free(breve_lexicon *lex);

/** How the speech engine reads a word: returns non-zero when it would say
 * `word` (`len` bytes, not NUL-terminated) in another language than
 * French. breve_synth_reads_foreign() is one. */
typedef int (*breve_word_check)(void *ctx, const char *word, size_t len);

/** Lets breve_normalize() ask `check(ctx, ...)` about words espeak-ng 1.51
 * is known to switch to English for although they are French ("rythme",
 * "Éthiopie", "Nancy", "Rémy", "Mathilde": a "th", or a capitalised name
 * ending in a consonant and "y"). Those it would say in English are
 * respelled the French way ("rytme", "Nanci"), and only when the
 * respelling is then read in French; words it reads well are left alone.
 * `check` NULL turns this off (the default). `ctx` must outlive the
 * lexicon's use and is only called from the thread that normalises. */
BREVE_EXPORT void breve_lexicon_set_check(breve_lexicon *lex,
                                          breve_word_check check, void *ctx);

/** Rewrites `text` as what espeak-ng should say in French: numbers, money,
 * dates, times, units, ordinals, Roman numerals, abbreviations, acronyms.
 * `lex` may be NULL. With BREVE_OPT_SSML in `flags` the result is SSML
 * (espeak-ng's subset) without the <speak> wrapper. Newlines are kept, so
 * the output has as many lines as the input. The caller frees `*out` with
 * breve_free(). */
BREVE_EXPORT breve_status breve_normalize(const char *text, size_t len,
                                          const breve_lexicon *lex,
                                          unsigned flags, char **out,
                                          breve_error *err);

/* ------------------------------------------------------------------ */
/* Voices and speech                                                  */

/** A voice profile: espeak-ng voice settings plus delivery. */
typedef struct breve_voice {
  char name[64];
  char description[160];
  char gender[16];        /**< "female" or "male" */
  char espeak_voice[64];  /**< e.g. "fr+f3" */
  int rate;               /**< words per minute (espeak-ng rate) */
  int pitch;              /**< 0-100 */
  int range;              /**< pitch range 0-100 */
  int volume;             /**< 0-200 */
  int word_gap;           /**< extra pause between words, 10 ms units */
  int pause_title_ms;     /**< silence after the headline */
  int pause_sentence_ms;  /**< silence between sentences */
  int lead_in_ms;         /**< silence at the start */
  int tail_ms;            /**< silence at the end */
} breve_voice;

/** Loads voice `name_or_file`: a path (contains '/' or ends in ".voice")
 * or the name of a profile in the voices folder. BREVE_ERR_VOICE when
 * unknown or invalid. */
BREVE_EXPORT breve_status breve_voice_load(const char *name_or_file,
                                           breve_voice *out,
                                           breve_error *err);

/** Lists the profiles of the voices folder, sorted by name. The caller
 * frees `*voices` with breve_free(). */
BREVE_EXPORT breve_status breve_voice_list(breve_voice **voices, size_t *count,
                                           breve_error *err);

/** The folder where voice profiles are found (static string). */
BREVE_EXPORT const char *breve_voices_dir(void);
/** The folder where lexicons and word lists are found (static string). */
BREVE_EXPORT const char *breve_data_dir(void);

/** Timing of a piece of text within the audio. */
typedef struct breve_mark {
  size_t segment;         /**< which piece of text (utterance) */
  int kind;               /**< 1 word, 2 sentence start, 3 utterance start */
  size_t text_pos;        /**< byte offset in the utterance's text */
  size_t text_len;        /**< bytes */
  size_t frame;           /**< sample frame where it starts */
} breve_mark;

/** Mono 16-bit PCM plus timings. */
typedef struct breve_audio {
  int16_t *samples;
  size_t frames;
  size_t capacity;
  int sample_rate;
  breve_mark *marks;
  size_t n_marks;
  size_t marks_capacity;
} breve_audio;

BREVE_EXPORT void breve_audio_free(breve_audio *audio);
/** Appends `ms` milliseconds of silence. */
BREVE_EXPORT breve_status breve_audio_silence(breve_audio *audio, int ms);
/** Duration in seconds. */
BREVE_EXPORT double breve_audio_seconds(const breve_audio *audio);

/** The speech engine (opaque; espeak-ng is process-wide, so keep one). */
typedef struct breve_synth breve_synth;

/** Starts espeak-ng with `voice`. BREVE_ERR_SYNTH when espeak-ng or its
 * data cannot be initialised, BREVE_ERR_VOICE when the voice's espeak-ng
 * voice is unknown. Free with breve_synth_free(). */
BREVE_EXPORT breve_status breve_synth_new(const breve_voice *voice,
                                          breve_synth **out, breve_error *err);
BREVE_EXPORT void breve_synth_free(breve_synth *synth);
/** Switches the live engine to `voice` (espeak-ng voice, rate, pitch,
 * range, volume, word gap), for shows that alternate voices.
 * BREVE_ERR_VOICE when espeak-ng does not know the voice; the previous
 * voice then stays. */
BREVE_EXPORT breve_status breve_synth_set_voice(breve_synth *synth,
                                                const breve_voice *voice,
                                                breve_error *err);
/** Sample rate of the synthesised audio. */
BREVE_EXPORT int breve_synth_sample_rate(const breve_synth *synth);

/** A breve_word_check for `synth` (a breve_synth *): non-zero when its
 * voice would switch to another language for `word`. */
BREVE_EXPORT int breve_synth_reads_foreign(void *synth, const char *word,
                                           size_t len);

/** Says `text` (already normalised; SSML when `ssml` is non-zero) and
 * appends its samples to `audio`, with marks tagged `segment`. Leading and
 * trailing silence espeak-ng adds are trimmed. */
BREVE_EXPORT breve_status breve_synth_say(breve_synth *synth, const char *text,
                                          int ssml, size_t segment,
                                          breve_audio *audio, breve_error *err);

/** Renders the spoken brief into `out`: lead-in silence, the headline
 * (unless BREVE_OPT_NO_TITLE or no title), the voice's pause, then the
 * chosen sentences of `sel`, each normalised (with `lex`, may be NULL) and
 * separated by the voice's sentence pause, then the tail silence. Marks
 * carry segment 0 for the headline and 1 + k for the k-th spoken sentence.
 * With opts->max_seconds set, the choice is checked against the real
 * duration: sentences are taken in ranking order while the audio stays
 * within the budget, so the result lands at or just under it (a single
 * sentence longer than the budget is spoken alone). `sel->chosen` is
 * updated to what was spoken. */
BREVE_EXPORT breve_status breve_brief_render(breve_synth *synth,
                                             const breve_voice *voice,
                                             const breve_lexicon *lex,
                                             const breve_article *article,
                                             const breve_sentences *sentences,
                                             breve_selection *sel,
                                             const breve_options *opts,
                                             breve_audio *out,
                                             breve_error *err);

/* ------------------------------------------------------------------ */
/* Audio files                                                        */

typedef enum breve_format {
  BREVE_FORMAT_WAV = 0,
  BREVE_FORMAT_FLAC = 1,
  BREVE_FORMAT_OPUS = 2,
  BREVE_FORMAT_MP3 = 3
} breve_format;

/** Tags written into the file; NULL fields are left out. */
typedef struct breve_tags {
  const char *title;
  const char *artist;
  const char *album;
  const char *date;
  const char *comment;
} breve_tags;

/** Parses "wav", "flac", "opus", "mp3" (or guesses from a file name's
 * extension when `from_name` is non-zero). Returns -1 when unknown. */
BREVE_EXPORT int breve_format_parse(const char *s, int from_name);

/** Writes `audio` to `path` in `format` with `tags`. The file is written
 * under a temporary name in the same folder and renamed at the end, so a
 * failure leaves no file and never damages an existing one. "-" writes to
 * stdout. */
BREVE_EXPORT breve_status breve_audio_write(const breve_audio *audio,
                                            const char *path,
                                            breve_format format,
                                            const breve_tags *tags,
                                            breve_error *err);

/* ------------------------------------------------------------------ */
/* Loudness and encoding settings                                     */

/** Podcast loudness: -16 LUFS integrated, true peak at most -1 dBTP. */
#define BREVE_DEFAULT_LOUDNESS (-16.0)
#define BREVE_DEFAULT_TRUE_PEAK (-1.0)

/** What a loudness pass measured (EBU R128, libebur128). Loudness in LUFS
 * and peaks in dBTP are -HUGE_VAL for silence. */
typedef struct breve_loudness_report {
  double input_lufs;        /**< integrated loudness before */
  double input_true_peak;   /**< peak before: the sample peak (dBFS) when
                                 levelling, the true peak when measuring */
  double output_lufs;       /**< integrated loudness after */
  double output_true_peak;  /**< true peak after */
  double gain_db;           /**< gain applied before the limiter */
  double limited_db;        /**< deepest limiter gain reduction (<= 0) */
  double seconds;           /**< duration measured */
  int sample_rate;          /**< rate measured at */
} breve_loudness_report;

/** Zeroes `r`, with loudness and peaks at -HUGE_VAL. */
BREVE_EXPORT void breve_loudness_report_init(breve_loudness_report *r);

/** Brings `a` to `target_lufs` integrated loudness with its true peak at
 * most `max_true_peak_db`, in place: gain, then a lookahead limiter (not
 * clipping), measured at float precision and corrected until both hold.
 * The ceiling holds at the buffer's rate; breve_audio_write_opts() with a
 * loudness target checks it again after resampling and encoding.
 * BREVE_ERR_ARG for an empty buffer or a target outside (-70, 0) LUFS.
 * `out` may be NULL. Silence is left unchanged. */
BREVE_EXPORT breve_status breve_audio_loudness(breve_audio *a,
                                               double target_lufs,
                                               double max_true_peak_db,
                                               breve_loudness_report *out,
                                               breve_error *err);

/** Decodes the audio file `path` with libsndfile and measures it: the
 * output_* fields, seconds and sample_rate of `out` are filled.
 * BREVE_ERR_IO when it cannot be read. */
BREVE_EXPORT breve_status breve_loudness_measure_file(
    const char *path, breve_loudness_report *out, breve_error *err);

/** Encoding settings; fill with breve_write_options_init(). */
typedef struct breve_write_options {
  double loudness;   /**< target LUFS; 0 leaves the level as it is */
  double true_peak;  /**< true-peak ceiling in dBTP (with a loudness) */
  int bitrate;       /**< MP3 and Opus bit rate in kbit/s; 0: default */
} breve_write_options;

/** No loudness change, -1 dBTP ceiling, encoder's default bit rate. */
BREVE_EXPORT void breve_write_options_init(breve_write_options *o);

/** As breve_audio_write(), with `wo` (NULL: defaults): the audio is
 * resampled to the format's rate (MP3 44.1 kHz, Opus 48 kHz), brought to
 * wo->loudness when set, encoded, then decoded again and measured; when a
 * lossy codec pushed the true peak over the ceiling, it is encoded again
 * with more headroom. `report` (may be NULL) gets what the written file
 * measures (not for "-"). */
BREVE_EXPORT breve_status breve_audio_write_opts(
    const breve_audio *audio, const char *path, breve_format format,
    const breve_tags *tags, const breve_write_options *wo,
    breve_loudness_report *report, breve_error *err);

/* ------------------------------------------------------------------ */
/* Transcripts                                                        */

/** WebVTT transcript of `audio`: one cue per utterance (segment), timed
 * by espeak-ng's word marks (sentence and utterance marks when there is
 * none) and ended where the speech ends. `texts[s]` is the text shown for
 * segment `s` (NULL: no cue); `spoken[s]` (NULL array or entry: unknown)
 * the text espeak-ng said for it, whose word marks cut an utterance longer
 * than 5 s at the commas and semicolons it shares with `texts[s]`, where
 * the audio pauses (120 ms or more);
 * `speakers[s]` (NULL array or entry: none) its <v> voice tag. The caller
 * frees `*out` with breve_free(). */
BREVE_EXPORT breve_status breve_transcript_vtt(const breve_audio *audio,
                                               const char *const *texts,
                                               const char *const *spoken,
                                               const char *const *speakers,
                                               size_t n_segments, char **out,
                                               breve_error *err);

/** Writes `len` bytes to `path` under a temporary name in the same folder,
 * synced and renamed into place. With `only_if_changed` non-zero an
 * identical existing file is left untouched (and *changed, if not NULL,
 * says which happened). BREVE_ERR_IO on failure, leaving no file. */
BREVE_EXPORT breve_status breve_file_write_atomic(const char *path,
                                                  const char *data, size_t len,
                                                  int only_if_changed,
                                                  int *changed,
                                                  breve_error *err);

/* ------------------------------------------------------------------ */
/* Podcast: episodes and feed                                         */

/** Show settings, read from a "key = value" file (docs/podcast.md) and
 * overridable key by key. Strings are UTF-8; empty means unset. */
typedef struct breve_show {
  char title[256];        /**< show name, spoken in the intro */
  char author[256];       /**< itunes:author, artist tag */
  char description[1024]; /**< channel description */
  char language[16];      /**< e.g. "fr" */
  char link[512];         /**< channel link (default: base_url) */
  char image[512];        /**< itunes:image URL */
  char base_url[512];     /**< where DIR is served; enclosure URLs */
  char category[128];     /**< itunes:category */
  int explicit_content;   /**< itunes:explicit */
  char voices[2][256];    /**< profile names or files; two: alternate */
  int sentences;          /**< budget per article in sentences (0: unset) */
  int words;              /**< budget per article in words (0: unset) */
  double seconds;         /**< budget per article in seconds (0: unset) */
  int format;             /**< breve_format of the episodes */
  double loudness;        /**< target LUFS */
  double true_peak;       /**< ceiling dBTP */
  int bitrate;            /**< kbit/s for MP3/Opus (0: default) */
  int retention;          /**< episodes kept in feed and DIR (0: all) */
  char intro_music[512];  /**< audio file played under nothing before the
                               intro, faded (empty: none) */
  char outro_music[512];  /**< same after the outro */
  double music_seconds;   /**< at most this much of each music file */
  char lexicon[512];      /**< extra pronunciation lexicon (empty: none) */
  double lock_timeout;    /**< seconds to wait for another run's lock */
} breve_show;

/** Fills `show` with the defaults ("Flash info", fr, claire, 3 sentences,
 * MP3 at 96 kbit/s, -16 LUFS, -1 dBTP, 30 episodes kept). */
BREVE_EXPORT void breve_show_init(breve_show *show);

/** Sets one setting by its file key (title, author, description, language,
 * link, image, base_url, category, explicit, voice, voices, sentences,
 * words, seconds, format, loudness, true_peak, bitrate, retention,
 * intro_music, outro_music, music_seconds, lexicon, lock_timeout).
 * BREVE_ERR_ARG for an unknown key or a bad value. */
BREVE_EXPORT breve_status breve_show_set(breve_show *show, const char *key,
                                         const char *value, breve_error *err);

/** Reads a show file on top of `show` ("key = value" lines, '#'
 * comments). BREVE_ERR_IO when unreadable, BREVE_ERR_PARSE naming the line
 * for a bad one. */
BREVE_EXPORT breve_status breve_show_load(const char *path, breve_show *show,
                                          breve_error *err);

/** What breve_episode_publish() did. */
typedef struct breve_publish_report {
  char id[64];             /**< episode id ("2026-11-28"); empty: none */
  size_t n_new;            /**< articles in the new episode */
  size_t n_skipped;        /**< articles already published, left out */
  size_t n_empty;          /**< articles with nothing to say, left out */
  size_t n_removed;        /**< old episodes removed by the retention */
  double seconds;          /**< duration of the new episode */
  long long bytes;         /**< size of its audio file */
  breve_loudness_report loudness; /**< measured on the written file */
} breve_publish_report;

/** Publishes the articles not yet published from `articles` as one
 * episode in `dir` for `date` ("YYYY-MM-DD", NULL: today): intro with the
 * show name and the date spoken in French, one segment per article
 * (headline then key sentences), transitions, outro, optional music; the
 * audio file, "ID.chapters.json", "ID.vtt" and "ID.meta", then feed.xml.
 * Runs under an exclusive lock on DIR/.lock (BREVE_ERR_BUSY after
 * show->lock_timeout seconds); every file is written under a temporary
 * name and renamed, the feed last. With nothing new, nothing is written
 * and rep->id is empty. `lex` may be NULL. */
BREVE_EXPORT breve_status breve_episode_publish(
    const char *dir, const breve_show *show, const char *date,
    const breve_article *articles, size_t n_articles,
    const breve_lexicon *lex, breve_publish_report *rep, breve_error *err);

/** Rebuilds DIR/feed.xml (RSS 2.0 with the itunes and podcast namespaces)
 * from the episodes recorded in `dir`. `show` NULL uses the settings saved
 * by the last publish. The feed is rewritten only when it changes. */
BREVE_EXPORT breve_status breve_feed_rebuild(const char *dir,
                                             const breve_show *show,
                                             breve_error *err);

#ifdef __cplusplus
}
#endif

#endif /* BREVE_H */
