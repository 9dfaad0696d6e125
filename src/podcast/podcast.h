/* Internal interface of the podcast stage: episode state files, chapters,
 * feed, spoken dates, music, locking. */
#ifndef BREVE_PODCAST_H
#define BREVE_PODCAST_H

#include "core/core.h"

/* One published episode, as recorded in DIR/ID.meta. Strings are owned. */
typedef struct breve_meta {
  char *id; /* "2026-11-28" or "2026-11-28-2" */
  char *title;
  char *description; /* the headlines, one per line */
  char *guid;
  char *pubdate;     /* RFC 822 */
  long long pubtime; /* seconds since the epoch, for ordering */
  char *audio;       /* file name in DIR */
  char *mime;
  long long bytes;
  double seconds;
  char *chapters;   /* file name in DIR */
  char *transcript; /* file name in DIR */
  double lufs;
  double true_peak;
  char **articles; /* ids of the articles it published */
  size_t n_articles;
  double *chapter_start; /* chapters, as in the JSON file */
  char **chapter_title;
  size_t n_chapters;
} breve_meta;

void breve_meta_free(breve_meta *m);
/* Reads DIR/NAME into `m`. BREVE_ERR_PARSE names the line. */
breve_status breve_meta_read(const char *path, breve_meta *m, breve_error *err);
/* The meta file's text; NULL on allocation failure. */
char *breve_meta_format(const breve_meta *m);
/* Every DIR/ *.meta, newest first (pubtime, then id). */
breve_status breve_meta_list(const char *dir, breve_meta **out, size_t *n,
                             breve_error *err);
void breve_meta_list_free(breve_meta *list, size_t n);

/* The feed's text for `show` and `eps` (newest first). */
breve_status breve_feed_format(const breve_show *show, const breve_meta *eps,
                               size_t n, char **out, breve_error *err);

/* Show settings as "key = value" text (what breve_show_load reads). */
char *breve_show_format(const breve_show *show);

/* Appends `s` to `b` as a JSON string literal. */
void breve_json_string(breve_buf *b, const char *s);

/* Reads a whole small file; NULL with errno when absent or unreadable. */
char *breve_file_slurp(const char *path, size_t *len);

/* Exclusive lock on DIR/.lock, waiting up to `timeout` seconds; returns
 * the descriptor to pass to breve_dir_unlock. */
breve_status breve_dir_lock(const char *dir, double timeout, int *fd,
                            breve_error *err);
void breve_dir_unlock(int fd);

/* "samedi vingt-huit novembre" for 2026-11-28; 0 when the date is not
 * a valid YYYY-MM-DD. */
int breve_date_spoken(int y, int m, int d, breve_buf *out);
/* Day of the week, 0 = Sunday. */
int breve_weekday(int y, int m, int d);

/* Reads an audio file, mixes to mono, resamples to `rate`, keeps at most
 * `max_seconds`, fades in and out and sets its loudness near `lufs`. */
breve_status breve_music_load(const char *path, int rate, double max_seconds,
                              double lufs, breve_audio *out, breve_error *err);

/* MIME type and file extension of a format. */
const char *breve_format_mime(int format);
const char *breve_format_ext(int format);

#endif
