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

#endif
