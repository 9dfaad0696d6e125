/* Temporary output files removed when a signal interrupts the process. */
#include <errno.h>
#include <libgen.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <string.h>
#include <unistd.h>

#include "core/core.h"
#include "core/tmpfiles.h"

/* A few fixed slots: breve writes one file at a time (plus a feed or
 * transcript), and the signal handler must not allocate or lock. A slot's
 * path is complete before `used` is set, so the handler never reads a
 * half-written path. */
#define S_SLOTS 8
#define S_PATH_MAX 4096

static char S_path[S_SLOTS][S_PATH_MAX];
static volatile sig_atomic_t S_used[S_SLOTS];

void breve_tmp_track(const char *path) {
  size_t n = strlen(path);
  if (n >= S_PATH_MAX)
    return;
  for (int i = 0; i < S_SLOTS; i++) {
    if (!S_used[i]) {
      memcpy(S_path[i], path, n + 1);
      S_used[i] = 1;
      return;
    }
  }
}

void breve_tmp_untrack(const char *path) {
  for (int i = 0; i < S_SLOTS; i++)
    if (S_used[i] && strcmp(S_path[i], path) == 0) {
      S_used[i] = 0;
      return;
    }
}

/* Only unlink(2), which is async-signal-safe. */
void breve_cleanup_on_signal(void) {
  for (int i = 0; i < S_SLOTS; i++)
    if (S_used[i]) {
      unlink(S_path[i]);
      S_used[i] = 0;
    }
}

breve_status breve_tmp_create(const char *path, char **tmp_out, int *fd_out,
                              breve_error *err) {
  char *dircopy = breve_strdup(path);
  size_t tl = strlen(path) + 32;
  char *tmp = breve_malloc(tl);
  *tmp_out = NULL;
  *fd_out = -1;
  if (!dircopy || !tmp) {
    breve_free(dircopy);
    breve_free(tmp);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  snprintf(tmp, tl, "%s/.breve-XXXXXX", dirname(dircopy));
  breve_free(dircopy);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    int e = errno;
    breve_free(tmp);
    return breve_error_set(err, BREVE_ERR_IO, "%s: cannot write here (%s)",
                           path, strerror(e));
  }
  breve_tmp_track(tmp); /* removed if a signal ends the run */
  /* mkstemp creates 0600; give the file the user's usual permissions */
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  *tmp_out = tmp;
  *fd_out = fd;
  return BREVE_OK;
}
