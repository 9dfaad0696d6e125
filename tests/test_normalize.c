/* Golden tests of the normaliser (tests/golden/normalize_*.txt: an input
 * line, then the expected line; blocks separated by blank lines; '#'
 * comments; files named *ssml* are run with BREVE_OPT_SSML), plus the
 * lexicon, line and speed contracts. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "breve.h"
#include "harness.h"

static breve_lexicon *S_lex;

static char *S_norm(const char *in, unsigned flags, const breve_lexicon *lex) {
  char *out = NULL;
  breve_error err = {0};
  if (breve_normalize(in, strlen(in), lex, flags, &out, &err) != BREVE_OK) {
    fprintf(stderr, "normalize failed: %s\n", err.message);
    return NULL;
  }
  return out;
}

/* The plain golden cases, kept to be read again as one text. */
static char **S_in, **S_want;
static size_t S_npairs;

static void S_keep(const char *in, const char *want) {
  char **a = realloc(S_in, (S_npairs + 1) * sizeof *a);
  if (a)
    S_in = a;
  char **b = realloc(S_want, (S_npairs + 1) * sizeof *b);
  if (b)
    S_want = b;
  OK(a && b, "out of memory");
  if (!a || !b)
    return;
  S_in[S_npairs] = strdup(in);
  S_want[S_npairs] = strdup(want);
  S_npairs++;
}

/* Runs one golden file; returns the number of cases. */
static int S_golden(const char *path, unsigned flags) {
  FILE *f = fopen(path, "r");
  char line[4096], input[4096];
  int have_input = 0, lineno = 0, cases = 0;
  OK(f != NULL, "cannot open %s", path);
  if (!f)
    return 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    line[strcspn(line, "\n")] = '\0';
    if (line[0] == '#')
      continue;
    if (line[0] == '\0') {
      OK(!have_input, "%s:%d: input without expected line", path, lineno);
      have_input = 0;
      continue;
    }
    if (!have_input) {
      snprintf(input, sizeof input, "%s", line);
      have_input = 1;
      continue;
    }
    char *out = S_norm(input, flags, S_lex);
    char msg[4200];
    snprintf(msg, sizeof msg, "%.200s:%d: %.3900s", path, lineno, input);
    STR_EQ(out, line, msg);
    free(out);
    if (!flags)
      S_keep(input, line);
    have_input = 0;
    cases++;
  }
  fclose(f);
  return cases;
}

static int S_cmp(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void S_all_golden(void) {
  char dir[4096], path[8192];
  char *names[64];
  int n = 0, cases = 0;
  snprintf(dir, sizeof dir, "%s/tests/golden", BREVE_SOURCE_DIR);
  DIR *d = opendir(dir);
  OK(d != NULL, "no folder %s", dir);
  if (!d)
    return;
  struct dirent *e;
  while ((e = readdir(d)) && n < 64) {
    size_t l = strlen(e->d_name);
    if (strncmp(e->d_name, "normalize", 9) == 0 && l > 4 &&
        strcmp(e->d_name + l - 4, ".txt") == 0)
      names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, (size_t)n, sizeof names[0], S_cmp);
  for (int i = 0; i < n; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    cases += S_golden(path, strstr(names[i], "ssml") ? BREVE_OPT_SSML : 0);
    free(names[i]);
  }
  OK(n >= 10, "only %d golden files", n);
  OK(cases >= 150, "only %d golden cases", cases);
  fprintf(stderr, "golden: %d files, %d cases\n", n, cases);
}

/* Every plain golden case read again as one line of a single text, last
 * case first: a line is read the same whatever the lines before it. */
static void S_golden_as_one_text(void) {
  size_t len = 0;
  for (size_t i = 0; i < S_npairs; i++)
    len += strlen(S_in[i]) + 1;
  char *text = malloc(len + 1), *t = text;
  OK(text != NULL, "out of memory");
  if (!text)
    return;
  for (size_t i = S_npairs; i-- > 0;) {
    size_t n = strlen(S_in[i]);
    memcpy(t, S_in[i], n);
    t += n;
    *t++ = '\n';
  }
  *t = '\0';
  char *out = S_norm(text, 0, S_lex);
  OK(out != NULL, "golden cases as one text");
  const char *o = out ? out : "";
  int wrong = 0;
  for (size_t i = S_npairs; i-- > 0;) {
    size_t n = strcspn(o, "\n");
    if (wrong < 5 && (strlen(S_want[i]) != n || memcmp(o, S_want[i], n))) {
      wrong++;
      OK(0, "as one text, %.200s: got %.*s", S_in[i], (int)n, o);
    }
    o += n + (o[n] == '\n');
  }
  OK(*o == '\0', "as one text: more lines out than in");
  free(out);
  free(text);
  for (size_t i = 0; i < S_npairs; i++) {
    free(S_in[i]);
    free(S_want[i]);
  }
  free(S_in);
  free(S_want);
}

/* The user's lexicon adds entries and wins over the bundled one. */
static void S_user_lexicon(void) {
  char path[] = "/tmp/breve-lexicon-XXXXXX";
  int fd = mkstemp(path);
  OK(fd >= 0, "mkstemp");
  if (fd < 0)
    return;
  FILE *f = fdopen(fd, "w");
  fputs("# test entries\nQuetzal kètzal\nNvidia ène-vidia\n\nXYZW [[iks]]\n",
        f);
  fclose(f);
  breve_lexicon *lex = NULL;
  breve_error err = {0};
  INT_EQ(breve_lexicon_load(path, &lex, &err), BREVE_OK, "user lexicon loads");
  char *out = S_norm("Le Quetzal et Nvidia, XYZW et xyzw.", 0, lex);
  STR_EQ(out, "Le kètzal et ène-vidia, [[iks]] et xyzw.", "user entries win");
  free(out);
  out = S_norm("Nvidia et QUETZAL.", BREVE_OPT_SSML, lex);
  STR_EQ(out,
         "<sub alias=\"ène-vidia\">Nvidia</sub> et "
         "<sub alias=\"kètzal\">QUETZAL</sub>.",
         "ssml sub");
  free(out);
  breve_lexicon_free(lex);

  f = fopen(path, "w");
  fputs("Quetzal kètzal\nSeul\n", f);
  fclose(f);
  lex = NULL;
  INT_EQ(breve_lexicon_load(path, &lex, &err), BREVE_ERR_PARSE,
         "an entry without pronunciation is refused");
  OK(strstr(err.message, ":2:") != NULL, "line named: %s", err.message);
  OK(lex == NULL, "no lexicon on failure");
  remove(path);
  INT_EQ(breve_lexicon_load("/nonexistent/lexicon.txt", &lex, &err),
         BREVE_ERR_IO, "a missing user file fails");
  breve_lexicon_free(NULL);
}

/* Without a lexicon nothing is spelled or respelled, numbers still are. */
static void S_no_lexicon(void) {
  char *out = S_norm("La TPU de Nvidia coûte 3 M€.", 0, NULL);
  STR_EQ(out, "La TPU de Nvidia coûte trois millions d'euros.", "NULL lexicon");
  free(out);
}

/* One output line per input line, empty lines kept. */
static void S_lines(void) {
  char *out = S_norm("1 €\n\n2 h\nM.\n", 0, S_lex);
  STR_EQ(out, "un euro\n\ndeux heures\nmonsieur\n", "lines kept");
  free(out);
  out = S_norm("", 0, S_lex);
  STR_EQ(out, "", "empty input");
  free(out);
}

/* The English check: a stand-in engine that says "English" for every word
 * holding "th" or ending in y or "ed", except "sympathie", which it
 * knows. */
static int S_fake_english(void *ctx, const char *w, size_t n) {
  int *calls = ctx;
  ++*calls;
  if (n == 9 && memcmp(w, "sympathie", 9) == 0)
    return 0;
  for (size_t i = 0; i + 1 < n; i++)
    if (w[i] == 't' && w[i + 1] == 'h')
      return 1;
  return n && (w[n - 1] == 'y' || (n > 2 && w[n - 2] == 'e' && w[n - 1] == 'd'));
}

static void S_english_check(void) {
  const char *in = "Le rythme à Nancy, la sympathie de Mathias et Judith, "
                   "le labyrinthe du jury, Billy, Neuilly, Mohamed, Smith.";
  char *out = S_norm(in, 0, S_lex);
  STR_EQ(out,
         "Le rythme à Nancy, la sympathie de Mathias et Judith, le "
         "labyrinthe du juri, Billy, Neuilly, Mohamed, Smith.",
         "no check: words are left as written (but the lexicon's jury)");
  free(out);
  int calls = 0;
  breve_lexicon_set_check(S_lex, S_fake_english, &calls);
  out = S_norm(in, 0, S_lex);
  STR_EQ(out,
         "Le rytme à Nanci, la sympathie de Matyas et Judite, le labyrinte "
         "du juri, Bili, Neuilli, Mohamède, Smith.",
         "respelled where the engine reads English");
  OK(calls > 0, "the engine was asked");
  free(out);
  out = S_norm("the Smith", 0, S_lex);
  STR_EQ(out, "the Smith", "English words keep their spelling");
  free(out);
  breve_lexicon_set_check(S_lex, NULL, NULL);
}

/* Long and hostile inputs take linear time (and a chain of dash-joined
 * numbers does not nest calls: "1-1-1-..." once overflowed the stack). */
static void S_speed(void) {
  const char *units[] = {"12 345,6 € le 28/11/2026 à 14h30, M. X. ",
                         "1.1.1.1.1.1.1.1.", "9 9 9 9 9 9 9 ", "a@a.a@",
                         "XIVe XIV IIII ", "------+++", "0000000000000",
                         "AAAAAAAAAAAAAAA ", "1-", "+a +b+ ", "4x1'2'' "};
  for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
    double t[2];
    for (int k = 0; k < 2; k++) {
      size_t reps = k ? 40000 : 10000, n = strlen(units[u]);
      char *in = malloc(reps * n + 1);
      for (size_t i = 0; i < reps; i++)
        memcpy(in + i * n, units[u], n);
      in[reps * n] = '\0';
      clock_t c0 = clock();
      char *out = S_norm(in, 0, S_lex);
      t[k] = (double)(clock() - c0) / CLOCKS_PER_SEC;
      OK(out != NULL, "long input %zu", u);
      free(out);
      free(in);
    }
    /* four times the input must not take sixteen times as long */
    OK(t[1] < 8 * t[0] + 0.05, "input %zu: %.3fs then %.3fs", u, t[0], t[1]);
  }
}

int main(void) {
  breve_error err = {0};
  if (breve_lexicon_load(NULL, &S_lex, &err) != BREVE_OK) {
    fprintf(stderr, "lexicon: %s\n", err.message);
    return 1;
  }
  S_all_golden();
  S_golden_as_one_text();
  S_user_lexicon();
  S_no_lexicon();
  S_lines();
  S_english_check();
  S_speed();
  breve_lexicon_free(S_lex);
  return harness_summary("test_normalize");
}
