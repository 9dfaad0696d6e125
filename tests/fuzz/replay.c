/* Replays fuzz inputs without libFuzzer: links with one fuzz target's
 * LLVMFuzzerTestOneInput and feeds it every file named on the command
 * line (folders are read one level deep), so the corpus and the inputs
 * that once crashed run under ctest in the normal build. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"

static int S_run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "replay: %s: cannot open\n", path);
    return -1;
  }
  size_t cap = 4096, n = 0;
  unsigned char *buf = malloc(cap);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      unsigned char *p = realloc(buf, cap * 2);
      if (!p) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = p, cap *= 2;
    }
  }
  fclose(f);
  if (!buf) {
    fprintf(stderr, "replay: %s: out of memory\n", path);
    return -1;
  }
  LLVMFuzzerTestOneInput(buf, n);
  free(buf);
  return 1;
}

static int S_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Runs every regular file of `dir` in name order; returns the count or -1. */
static int S_run_dir(const char *dir) {
  DIR *d = opendir(dir);
  if (!d)
    return 0; /* an absent folder has no inputs yet */
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    if (n == cap) {
      char **p = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *p);
      if (!p)
        break;
      names = p;
    }
    size_t l = strlen(dir) + strlen(e->d_name) + 2;
    if ((names[n] = malloc(l)) == NULL)
      break;
    snprintf(names[n], l, "%s/%s", dir, e->d_name);
    n++;
  }
  closedir(d);
  if (n)
    qsort(names, n, sizeof *names, S_cmp);
  int count = 0;
  for (size_t i = 0; i < n; i++) {
    struct stat sb;
    if (stat(names[i], &sb) == 0 && S_ISREG(sb.st_mode)) {
      int r = S_run_file(names[i]);
      if (r < 0)
        count = -1;
      else if (count >= 0)
        count++;
    }
    free(names[i]);
  }
  free(names);
  return count;
}

int main(int argc, char **argv) {
  int total = 0;
  for (int i = 1; i < argc; i++) {
    struct stat sb;
    int r;
    if (stat(argv[i], &sb) == 0 && S_ISDIR(sb.st_mode))
      r = S_run_dir(argv[i]);
    else
      r = S_run_file(argv[i]);
    if (r < 0)
      return 1;
    total += r;
  }
  printf("replayed %d inputs\n", total);
  return 0;
}
