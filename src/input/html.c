/* HTML article loader (libxml2). */
#include "input.h"

breve_status breve_article_parse_html(const char *data, size_t len,
                                      const breve_options *opts,
                                      breve_article *a, breve_error *err) {
  (void)data, (void)len, (void)opts, (void)a;
  return breve_error_set(err, BREVE_ERR_INPUT,
                         "HTML input is not supported yet; pass plain text");
}
