/* Small file helpers of the podcast stage: atomic writes, whole-file reads,
 * the folder lock, JSON strings, formats' MIME types. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/tmpfiles.h"
#include "podcast/podcast.h"

char *breve_file_slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  breve_buf b = {0};
  char chunk[8192];
  size_t got;
  if (!f)
    return NULL;
  while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
    breve_buf_put(&b, chunk, got);
  int bad = ferror(f);
  fclose(f);
  if (bad || b.oom) {
    breve_buf_free(&b);
    errno = bad ? EIO : ENOMEM;
    return NULL;
  }
  if (len)
    *len = b.len;
  return breve_buf_detach(&b);
}

breve_status breve_file_write_atomic(const char *path, const char *data,
                                     size_t len, int only_if_changed,
                                     int *changed, breve_error *err) {
  if (changed)
    *changed = 0;
  /* A device or FIFO (/dev/null, /dev/full, a named pipe) is written in
   * place, never read back nor renamed over (that would replace it). */
  struct stat tsb;
  if (stat(path, &tsb) == 0 && !S_ISREG(tsb.st_mode)) {
    if (S_ISDIR(tsb.st_mode))
      return breve_error_set(err, BREVE_ERR_IO, "%s: is a folder", path);
    int dfd = open(path, O_WRONLY | O_CLOEXEC);
    int de = dfd < 0 ? errno : 0;
    for (size_t done = 0; !de && done < len;) {
      ssize_t w = write(dfd, data + done, len - done);
      if (w > 0)
        done += (size_t)w;
      else if (w == 0 || errno != EINTR)
        de = w == 0 ? EIO : errno;
    }
    if (dfd >= 0 && close(dfd) != 0 && !de)
      de = errno;
    if (de)
      return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(de));
    if (changed)
      *changed = 1;
    return BREVE_OK;
  }
  if (only_if_changed) {
    size_t old_len = 0;
    char *old = breve_file_slurp(path, &old_len);
    int same = old && old_len == len && memcmp(old, data, len) == 0;
    breve_free(old);
    if (same)
      return BREVE_OK;
  }
  char *tmp = NULL;
  int fd;
  breve_status st = breve_tmp_create(path, &tmp, &fd, err);
  if (st != BREVE_OK)
    return st;
  size_t done = 0;
  int e = 0;
  while (done < len) {
    ssize_t w = write(fd, data + done, len - done);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      e = errno;
      break;
    }
    done += (size_t)w;
  }
  if (!e && fsync(fd) != 0)
    e = errno;
  if (close(fd) != 0 && !e)
    e = errno;
  if (!e && rename(tmp, path) != 0)
    e = errno;
  if (e) {
    unlink(tmp);
    breve_tmp_untrack(tmp);
    breve_free(tmp);
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(e));
  }
  breve_tmp_untrack(tmp);
  breve_free(tmp);
  if (changed)
    *changed = 1;
  return BREVE_OK;
}

breve_status breve_dir_lock(const char *dir, double timeout, int *fd_out,
                            breve_error *err) {
  char path[4096];
  snprintf(path, sizeof path, "%s/.lock", dir);
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
  if (fd < 0)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
  struct timespec nap = {0, 100 * 1000 * 1000};
  double waited = 0;
  while (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    if (errno != EWOULDBLOCK && errno != EINTR) {
      int e = errno;
      close(fd);
      return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(e));
    }
    if (waited >= timeout) {
      close(fd);
      return breve_error_set(err, BREVE_ERR_BUSY,
                             "%s: another run holds the lock (waited %.0f s)",
                             dir, waited);
    }
    nanosleep(&nap, NULL);
    waited += 0.1;
  }
  *fd_out = fd;
  return BREVE_OK;
}

void breve_dir_unlock(int fd) {
  if (fd >= 0) {
    flock(fd, LOCK_UN);
    close(fd);
  }
}

void breve_json_string(breve_buf *b, const char *s) {
  breve_buf_putc(b, '"');
  for (; s && *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (c == '"' || c == '\\') {
      breve_buf_putc(b, '\\');
      breve_buf_putc(b, (char)c);
    } else if (c == '\n')
      breve_buf_puts(b, "\\n");
    else if (c == '\t')
      breve_buf_puts(b, "\\t");
    else if (c < 0x20)
      breve_buf_printf(b, "\\u%04x", c);
    else
      breve_buf_putc(b, (char)c);
  }
  breve_buf_putc(b, '"');
}

const char *breve_format_mime(int format) {
  switch (format) {
  case BREVE_FORMAT_MP3:
    return "audio/mpeg";
  case BREVE_FORMAT_OPUS:
    return "audio/ogg";
  case BREVE_FORMAT_FLAC:
    return "audio/flac";
  default:
    return "audio/wav";
  }
}

const char *breve_format_ext(int format) {
  switch (format) {
  case BREVE_FORMAT_MP3:
    return "mp3";
  case BREVE_FORMAT_OPUS:
    return "opus";
  case BREVE_FORMAT_FLAC:
    return "flac";
  default:
    return "wav";
  }
}
