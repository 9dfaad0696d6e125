/* Status messages and per-call error details. */
#include <stdio.h>

#include "core.h"

static const char *const S_messages[BREVE_STATUS_COUNT] = {
    [BREVE_OK] = "no error",
    [BREVE_ERR_NOMEM] = "out of memory",
    [BREVE_ERR_IO] = "input/output error",
    [BREVE_ERR_INPUT] = "not usable text",
    [BREVE_ERR_VOICE] = "unknown or invalid voice",
    [BREVE_ERR_SYNTH] = "speech synthesis failed",
    [BREVE_ERR_ENCODE] = "audio encoding failed",
    [BREVE_ERR_ARG] = "invalid argument",
    [BREVE_ERR_LIMIT] = "input exceeds a limit",
    [BREVE_ERR_EMPTY] = "no sentence to speak",
    [BREVE_ERR_PARSE] = "malformed document",
    [BREVE_ERR_BUSY] = "another run holds the lock",
    [BREVE_ERR_INTERRUPTED] = "interrupted",
};

const char *breve_strerror(breve_status status) {
  if ((int)status < 0 || status >= BREVE_STATUS_COUNT || !S_messages[status])
    return "unknown error";
  return S_messages[status];
}

breve_status breve_error_set(breve_error *err, breve_status status,
                             const char *fmt, ...) {
  if (err) {
    err->status = status;
    if (fmt) {
      va_list ap;
      va_start(ap, fmt);
      vsnprintf(err->message, sizeof err->message, fmt, ap);
      va_end(ap);
    } else {
      snprintf(err->message, sizeof err->message, "%s",
               breve_strerror(status));
    }
  }
  return status;
}

int breve_version(void) { return BREVE_VERSION; }

const char *breve_version_string(void) { return BREVE_VERSION_STRING; }

void breve_options_init(breve_options *opts) {
  opts->flags = BREVE_OPT_DEFAULT;
  opts->max_sentences = 0;
  opts->max_words = 0;
  opts->max_seconds = 0;
  opts->words_per_minute = 160;
  opts->max_input_bytes = BREVE_DEFAULT_MAX_INPUT;
  opts->input_kind = BREVE_INPUT_AUTO;
}
