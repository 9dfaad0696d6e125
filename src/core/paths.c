/* Locating voice profiles and data files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core.h"

#ifndef BREVE_SOURCE_DATA_DIR
#define BREVE_SOURCE_DATA_DIR "."
#endif
#ifndef BREVE_INSTALL_DATA_DIR
#define BREVE_INSTALL_DATA_DIR "/usr/local/share/breve"
#endif

static int S_is_dir(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Returns the first existing folder among the candidates for `name`. The
 * result lives in a static buffer per name (voices, data). */
const char *breve_find_data(const char *name) {
  static char voices[4096], data[4096];
  char *slot = strcmp(name, "voices") == 0 ? voices : data;
  const char *env = getenv("BREVE_DATA_DIR");
  const char *roots[3] = {env, BREVE_SOURCE_DATA_DIR, BREVE_INSTALL_DATA_DIR};
  for (int i = 0; i < 3; i++) {
    if (!roots[i] || !*roots[i])
      continue;
    snprintf(slot, 4096, "%s/%s", roots[i], name);
    if (S_is_dir(slot))
      return slot;
  }
  snprintf(slot, 4096, "%s/%s", BREVE_INSTALL_DATA_DIR, name);
  return slot;
}

const char *breve_voices_dir(void) {
  const char *env = getenv("BREVE_VOICES_DIR");
  if (env && *env)
    return env;
  return breve_find_data("voices");
}

const char *breve_data_dir(void) { return breve_find_data("data"); }
