/* breve voices: lists the voice profiles. */
#include <stdio.h>

#include "cli.h"

int cmd_voices(int argc, char **argv) {
  (void)argv;
  if (argc > 1)
    return cli_usage_error("voices: takes no argument");
  breve_voice *v = NULL;
  size_t n = 0;
  breve_error err = {0};
  breve_status st = breve_voice_list(&v, &n, &err);
  if (st != BREVE_OK)
    return cli_fail(&err, st);
  for (size_t i = 0; i < n; i++)
    printf("%-12s %-6s %-8s %3d wpm  %s\n", v[i].name, v[i].gender,
           v[i].espeak_voice, v[i].rate, v[i].description);
  breve_free(v);
  return EXIT_OK;
}
