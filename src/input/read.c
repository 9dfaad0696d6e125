/* Reading whole input files (or stdin) with a size limit. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/core.h"

breve_status breve_file_read(const char *path, size_t max_bytes, char **data,
                             size_t *len, breve_error *err) {
  int fd, is_stdin = strcmp(path, "-") == 0;
  const char *shown = is_stdin ? "<stdin>" : path;
  struct stat st;
  breve_buf b = {0};

  *data = NULL;
  *len = 0;
  if (is_stdin) {
    fd = STDIN_FILENO;
  } else {
    fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
      return breve_error_set(err, BREVE_ERR_IO, "%s: %s", shown,
                             errno == ENOENT ? "no such file"
                                             : strerror(errno));
  }
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      if (!is_stdin)
        close(fd);
      return breve_error_set(err, BREVE_ERR_IO, "%s: is a directory", shown);
    }
    if (S_ISREG(st.st_mode) && (uintmax_t)st.st_size > max_bytes) {
      if (!is_stdin)
        close(fd);
      return breve_error_set(
          err, BREVE_ERR_LIMIT,
          "%s: file is too large (%ju bytes; the limit is %zu, see --max-input)",
          shown, (uintmax_t)st.st_size, max_bytes);
    }
  }
  for (;;) {
    if (!breve_buf_grow(&b, 65536))
      break;
    ssize_t n = read(fd, b.ptr + b.len, 65536);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      int e = errno;
      if (!is_stdin)
        close(fd);
      breve_buf_free(&b);
      return breve_error_set(err, BREVE_ERR_IO, "%s: %s", shown,
                             e == EISDIR ? "is a directory" : strerror(e));
    }
    if (n == 0)
      break;
    b.len += (size_t)n;
    b.ptr[b.len] = '\0';
    if (b.len > max_bytes) {
      if (!is_stdin)
        close(fd);
      breve_buf_free(&b);
      return breve_error_set(
          err, BREVE_ERR_LIMIT,
          "%s: input is too large (over %zu bytes, see --max-input)", shown,
          max_bytes);
    }
  }
  if (!is_stdin)
    close(fd);
  if (b.oom) {
    breve_buf_free(&b);
    return breve_error_set(err, BREVE_ERR_NOMEM, "%s: out of memory", shown);
  }
  *len = b.len;
  *data = breve_buf_detach(&b);
  return *data ? BREVE_OK
               : breve_error_set(err, BREVE_ERR_NOMEM, "%s: out of memory",
                                 shown);
}
