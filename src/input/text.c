/* Plain-text article loader: validation, headline, body paragraphs. */
#include <string.h>

#include "input.h"

/* Checks that the bytes are text: no NUL, valid UTF-8, few control
 * characters. */
static breve_status S_check_text(const char *data, size_t len,
                                 breve_error *err) {
  const char *nul = memchr(data, '\0', len);
  if (nul)
    return breve_error_set(err, BREVE_ERR_INPUT,
                           "binary data, not text (NUL byte at offset %zu)",
                           (size_t)(nul - data));
  size_t bad = breve_utf8_validate(data, len);
  if (bad < len) {
    size_t line = 1;
    for (size_t i = 0; i < bad; i++)
      line += data[i] == '\n';
    return breve_error_set(err, BREVE_ERR_INPUT,
                           "invalid UTF-8 at byte %zu (line %zu); convert "
                           "the file to UTF-8",
                           bad, line);
  }
  /* control characters other than \t \n \f \r, counted without a
   * branch per byte */
  const uint32_t ctl_mask =
      ~((1u << '\t') | (1u << '\n') | (1u << '\f') | (1u << '\r'));
  size_t ctl = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)data[i];
    ctl += (c < 0x20) & (ctl_mask >> (c & 31));
  }
  if (ctl > 8 && ctl * 100 > len)
    return breve_error_set(err, BREVE_ERR_INPUT,
                           "binary data, not text (%zu control characters)",
                           ctl);
  return BREVE_OK;
}

/* One input line, trimmed. */
typedef struct {
  const char *s;
  size_t n;
  int blank_before; /* a blank line precedes it */
} S_line;

static breve_status S_lines(const char *data, size_t len, S_line **out,
                            size_t *count) {
  size_t cap = 64, n = 0;
  S_line *lines = breve_malloc(cap * sizeof *lines);
  int blank = 1;
  if (!lines)
    return BREVE_ERR_NOMEM;
  size_t i = 0;
  while (i < len) {
    /* the line ends at the first \n or \r */
    const char *nl = memchr(data + i, '\n', len - i);
    size_t j = nl ? (size_t)(nl - data) : len;
    const char *cr = memchr(data + i, '\r', j - i);
    if (cr)
      j = (size_t)(cr - data);
    const char *s = data + i;
    size_t k = j - i;
    breve_trim(&s, &k);
    if (k == 0) {
      blank = 1;
    } else {
      if (n == cap) {
        S_line *p = breve_realloc(lines, 2 * cap * sizeof *lines);
        if (!p) {
          breve_free(lines);
          return BREVE_ERR_NOMEM;
        }
        lines = p, cap *= 2;
      }
      lines[n].s = s;
      lines[n].n = k;
      lines[n].blank_before = blank;
      n++;
      blank = 0;
    }
    if (j < len && data[j] == '\r' && j + 1 < len && data[j + 1] == '\n')
      j++;
    i = j + 1;
  }
  *out = lines;
  *count = n;
  return BREVE_OK;
}

/* Does line b continue line a (hard-wrapped text)? It does when both are
 * in one block, a is long and does not end a sentence, and b starts with a
 * lower-case letter or a digit. */
static int S_continues(const S_line *a, const S_line *b) {
  if (b->blank_before || a->n < 40 || breve_line_has_final_punct(a->s, a->n))
    return 0;
  uint32_t cp;
  if (!breve_utf8_decode(b->s, b->n, &cp))
    return 0;
  return breve_cp_is_lower(cp) || breve_cp_is_digit(cp);
}

/* Extracts the author's name from a byline line ("Par Jeanne Martin" or
 * "Jeanne Martin"). */
static char *S_byline_name(const char *s, size_t n) {
  if (n > 4 && (strncmp(s, "Par ", 4) == 0 || strncmp(s, "par ", 4) == 0))
    s += 4, n -= 4;
  return breve_strndup(s, n);
}

/* The headline without a trailing site name ("... - Le Journal",
 * "... | Site"): the part after the last separator goes when it is short
 * and the part before is long enough to stand alone. */
static char *S_title(const char *s, size_t n) {
  static const char *const seps[] = {" - ", " | ", " \xE2\x80\x93 ",
                                     " \xE2\x80\x94 ", " :: ", NULL};
  size_t cut = n;
  for (const char *const *p = seps; *p; p++) {
    size_t sl = strlen(*p);
    for (size_t i = n >= sl ? n - sl : 0; i > 0; i--) {
      if (memcmp(s + i, *p, sl) == 0) {
        size_t after = breve_count_words(s + i + sl, n - i - sl);
        size_t before = breve_count_words(s, i);
        if (after >= 1 && after <= 3 && before >= 4 && i < cut)
          cut = i;
        break;
      }
    }
  }
  return breve_strndup(s, cut);
}

breve_status breve_article_parse_text(const char *data, size_t len,
                                      breve_article *a, breve_error *err) {
  S_line *lines = NULL;
  size_t n = 0, i = 0;
  breve_status st;
  breve_buf para = {0};

  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    data += 3, len -= 3;
  if ((st = S_check_text(data, len, err)) != BREVE_OK)
    return st;
  if ((st = S_lines(data, len, &lines, &n)) != BREVE_OK)
    return breve_error_set(err, st, NULL);
  if (n == 0) {
    breve_free(lines);
    return breve_error_set(err, BREVE_ERR_EMPTY,
                           "empty input: no text to read");
  }

  /* Headline: the first line when it reads as one; a very short first line
   * (a site label) followed by a headline gives way to it. */
  if (n > 1 && breve_count_words(lines[0].s, lines[0].n) <= 2 &&
      !breve_line_has_final_punct(lines[0].s, lines[0].n) &&
      breve_line_is_headline(lines[1].s, lines[1].n))
    i = 1;
  if (n > 1 && breve_line_is_headline(lines[i].s, lines[i].n)) {
    if (!(a->title = S_title(lines[i].s, lines[i].n)))
      goto nomem;
    i++;
  } else {
    i = 0;
  }

  int dropped_all = 1;
  size_t anchor = i; /* the line after the headline */
  for (; i < n; i++) {
    breve_buf_clear(&para);
    breve_buf_put(&para, lines[i].s, lines[i].n);
    while (i + 1 < n && S_continues(&lines[i], &lines[i + 1])) {
      breve_buf_putc(&para, ' ');
      breve_buf_put(&para, lines[i + 1].s, lines[i + 1].n);
      i++;
    }
    if (para.oom)
      goto nomem;
    const char *p;
    size_t pn = breve_paragraph_clean(&para, &p);
    if (!pn)
      continue;
    breve_line_kind kind = breve_line_classify(p, pn, a->byline);
    if (a->title && pn == strlen(a->title) && memcmp(p, a->title, pn) == 0)
      anchor = i; /* the headline again, as pasted pages repeat it */
    /* A byline stands before the body ("Par ..."), a lone name right
     * under the headline; elsewhere they sign other articles' teasers or
     * are menu items. */
    if (kind == BREVE_LINE_BYLINE) {
      int par = pn > 4 && (strncmp(p, "Par ", 4) == 0 || strncmp(p, "par ", 4) == 0);
      if (!dropped_all || (!par && i > anchor + 2))
        kind = BREVE_LINE_HEADLINE;
    }
    switch (kind) {
    case BREVE_LINE_BODY:
      if (breve_article_add_paragraph(a, p, pn) != BREVE_OK)
        goto nomem;
      dropped_all = 0;
      break;
    case BREVE_LINE_BYLINE:
      if (!a->byline && !(a->byline = S_byline_name(p, pn)))
        goto nomem;
      break;
    case BREVE_LINE_DATE:
      if (!a->date && !(a->date = breve_strndup(p, pn)))
        goto nomem;
      break;
    default:
      break;
    }
  }

  /* Text with no sentence punctuation at all: keep its long lines rather
   * than nothing, each one a paragraph. */
  if (dropped_all) {
    for (size_t j = a->title ? 1 : 0; j < n; j++) {
      if (breve_count_words(lines[j].s, lines[j].n) < 8)
        continue;
      breve_line_kind k = breve_line_classify(lines[j].s, lines[j].n, a->byline);
      if (k != BREVE_LINE_HEADLINE && k != BREVE_LINE_BODY)
        continue;
      if (breve_article_add_paragraph(a, lines[j].s, lines[j].n) != BREVE_OK)
        goto nomem;
    }
  }
  breve_buf_free(&para);
  breve_free(lines);
  if (a->n_paragraphs == 0)
    return breve_error_set(err, BREVE_ERR_EMPTY,
                           "no article text found (only a headline, "
                           "credits or page furniture)");
  return BREVE_OK;

nomem:
  breve_buf_free(&para);
  breve_free(lines);
  return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
}

/* Sniffs the kind of input from its first bytes. */
static breve_input_kind S_sniff(const char *data, size_t len) {
  size_t i = 0;
  if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' ||
                     data[i] == '\r'))
    i++;
  if (i >= len || data[i] != '<')
    return BREVE_INPUT_TEXT;
  size_t window = len - i < 2048 ? len - i : 2048;
  char head[2049];
  for (size_t k = 0; k < window; k++) {
    char c = data[i + k];
    head[k] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    if (!c)
      head[k] = ' ';
  }
  head[window] = '\0';
  if (strstr(head, "<rss") || strstr(head, "<feed") || strstr(head, "<rdf:rdf"))
    return BREVE_INPUT_FEED;
  return BREVE_INPUT_HTML;
}

breve_input_kind breve_input_detect(const char *data, size_t len) {
  return data ? S_sniff(data, len) : BREVE_INPUT_TEXT;
}

breve_status breve_article_parse(const char *data, size_t len,
                                 const breve_options *opts, breve_article *out,
                                 breve_error *err) {
  breve_options defaults;
  breve_status st;
  if (!opts) {
    breve_options_init(&defaults);
    opts = &defaults;
  }
  memset(out, 0, sizeof *out);
  if (!data)
    return breve_error_set(err, BREVE_ERR_ARG, "no input");
  if (len > opts->max_input_bytes)
    return breve_error_set(err, BREVE_ERR_LIMIT,
                           "input is too large (%zu bytes; the limit is %zu)",
                           len, opts->max_input_bytes);
  breve_input_kind kind = opts->input_kind;
  if (kind == BREVE_INPUT_AUTO)
    kind = S_sniff(data, len);
  switch (kind) {
  case BREVE_INPUT_HTML:
    st = breve_article_parse_html(data, len, opts, out, err);
    break;
  case BREVE_INPUT_FEED: /* the first item with text (feed.c) */
    st = breve_article_parse_feed(data, len, opts, out, err);
    break;
  default:
    st = breve_article_parse_text(data, len, out, err);
    break;
  }
  if (st != BREVE_OK)
    breve_article_free(out);
  return st;
}
