/* Temporary output files to remove if the process is interrupted: the
 * writers register each temporary file while it exists, and
 * breve_cleanup_on_signal() (public, async-signal-safe) unlinks them. */
#ifndef BREVE_TMPFILES_H
#define BREVE_TMPFILES_H

/* Remembers `path` (a temporary file just created) until
 * breve_tmp_untrack(path). Paths longer than the slot or beyond the slot
 * count are not tracked; nothing else fails. */
void breve_tmp_track(const char *path);

/* Forgets `path` once it has been renamed into place or unlinked. */
void breve_tmp_untrack(const char *path);

/* Creates a temporary file in the folder of `path` (".breve-XXXXXX"),
 * with the permissions the user's umask gives new files, and tracks it.
 * On success the caller owns `*tmp_out` (free with breve_free()) and the
 * open descriptor `*fd_out`; on failure (BREVE_ERR_IO naming `path`, or
 * BREVE_ERR_NOMEM) nothing is created. */
#include "breve.h"
breve_status breve_tmp_create(const char *path, char **tmp_out, int *fd_out,
                              breve_error *err);

#endif
