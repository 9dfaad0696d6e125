/* A small reader of the JSON-LD pages embed (schema.org NewsArticle and
 * the like): only the headline, the author's name and the publication
 * date are kept. No value tree is built; nesting is bounded. */
#include <string.h>

#include "input.h"

#define S_MAX_DEPTH 64

typedef struct {
  const char *s;
  size_t n, i;
  int bad;
  char **title, **date, **body;
  const char *page_title;
  breve_buf authors;
  size_t n_authors;
} S_json;

enum { S_PLAIN = 0, S_AUTHOR = 1, S_AUTHOR_OBJ = 2 };

static void S_ws(S_json *j) {
  while (j->i < j->n && (j->s[j->i] == ' ' || j->s[j->i] == '\n' ||
                         j->s[j->i] == '\r' || j->s[j->i] == '\t'))
    j->i++;
}

static int S_hex(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static uint32_t S_u4(S_json *j) {
  uint32_t v = 0;
  if (j->n - j->i < 4) {
    j->bad = 1;
    return 0;
  }
  for (int k = 0; k < 4; k++) {
    int h = S_hex(j->s[j->i++]);
    if (h < 0) {
      j->bad = 1;
      return 0;
    }
    v = v * 16 + (uint32_t)h;
  }
  return v;
}

/* Reads a string (at its opening quote) into `out` when not NULL. */
static void S_string(S_json *j, breve_buf *out) {
  j->i++; /* opening quote */
  while (j->i < j->n) {
    char c = j->s[j->i++];
    if (c == '"')
      return;
    if (c != '\\') {
      if (out)
        breve_buf_putc(out, c);
      continue;
    }
    if (j->i >= j->n)
      break;
    char e = j->s[j->i++];
    uint32_t cp = 0;
    switch (e) {
    case 'n':
      cp = '\n';
      break;
    case 'r': case 't': case 'f': case 'b':
      cp = ' ';
      break;
    case 'u':
      cp = S_u4(j);
      if (cp >= 0xD800 && cp < 0xDC00 && j->n - j->i >= 6 &&
          j->s[j->i] == '\\' && j->s[j->i + 1] == 'u') {
        j->i += 2;
        uint32_t lo = S_u4(j);
        if (lo >= 0xDC00 && lo < 0xE000)
          cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        else
          cp = 0xFFFD;
      } else if (cp >= 0xD800 && cp < 0xE000) {
        cp = 0xFFFD;
      }
      if (cp == 0)
        cp = 0xFFFD;
      break;
    default:
      cp = (unsigned char)e;
      break;
    }
    if (out) {
      char u[4];
      breve_buf_put(out, u, breve_utf8_encode(cp, u));
    }
  }
  j->bad = 1;
}

static void S_value(S_json *j, int depth, int mode);
static void S_object_body(S_json *j, int depth, int mode, breve_buf *type,
                          breve_buf *name, breve_buf *headline,
                          breve_buf *body);

/* Number of words of `a` (folded) found in `b` (folded). */
static size_t S_shared_words(const char *a, const char *b) {
  breve_buf fa = {0}, fb = {0};
  size_t shared = 0;
  breve_utf8_fold(a, strlen(a), &fa);
  breve_utf8_fold(b, strlen(b), &fb);
  if (fa.ptr && fb.ptr) {
    char *save = NULL;
    for (char *w = strtok_r(fa.ptr, " ,.:;!?-|", &save); w;
         w = strtok_r(NULL, " ,.:;!?-|", &save))
      if (strstr(fb.ptr, w))
        shared++;
  }
  breve_buf_free(&fa), breve_buf_free(&fb);
  return shared;
}

static void S_keep(char **slot, breve_buf *b) {
  if (!*slot && b->len && !b->oom) {
    const char *s = b->ptr;
    size_t n = b->len;
    breve_trim(&s, &n);
    if (n)
      *slot = breve_strndup(s, n);
  }
}

static void S_add_author(S_json *j, breve_buf *name) {
  const char *s = name->ptr;
  size_t n = name->len;
  if (!s)
    return;
  breve_trim(&s, &n);
  if (!n || j->n_authors >= 8)
    return;
  if (j->n_authors)
    breve_buf_puts(&j->authors, ", ");
  breve_buf_put(&j->authors, s, n);
  j->n_authors++;
}

/* Does a schema.org type name an article? */
static int S_article_type(const char *t) {
  static const char *const types[] = {
      "Article", "NewsArticle", "Report", "BlogPosting", "ScholarlyArticle",
      "SocialMediaPosting", "TechArticle", "AnalysisNewsArticle",
      "OpinionNewsArticle", "ReportageNewsArticle", "LiveBlogPosting",
      "WebPage", "Blog", "Review", NULL};
  for (const char *const *p = types; *p; p++)
    if (strcmp(t, *p) == 0)
      return 1;
  return 0;
}

/* After a member of an object or array: a ',' means another follows
 * (returns 1), `close` ends it (returns 0); anything else marks the JSON
 * bad (returns 0). */
static int S_next_member(S_json *j, char close) {
  S_ws(j);
  if (j->i < j->n && j->s[j->i] == ',') {
    j->i++;
    return 1;
  }
  if (j->i < j->n && j->s[j->i] == close)
    j->i++;
  else
    j->bad = 1;
  return 0;
}

/* Of an article's name and headline, the one that shares more words with
 * the page's <title> is its title; without a <title>, the headline. */
static void S_object(S_json *j, int depth, int mode) {
  breve_buf type = {0}, name = {0}, headline = {0}, body = {0};
  S_object_body(j, depth, mode, &type, &name, &headline, &body);
  if (!j->bad && mode == S_PLAIN && type.ptr && S_article_type(type.ptr)) {
    S_keep(j->body, &body);
    breve_buf *pick = headline.len ? &headline : &name;
    if (headline.len && name.len && j->page_title) {
      size_t sh = S_shared_words(headline.ptr, j->page_title);
      size_t sn = S_shared_words(name.ptr, j->page_title);
      if (sn > sh)
        pick = &name;
    }
    S_keep(j->title, pick);
  }
  breve_buf_free(&type), breve_buf_free(&name), breve_buf_free(&headline);
  breve_buf_free(&body);
}

static void S_object_body(S_json *j, int depth, int mode, breve_buf *type,
                          breve_buf *name, breve_buf *headline,
                          breve_buf *body) {
  j->i++; /* { */
  for (;;) {
    S_ws(j);
    if (j->i >= j->n) {
      j->bad = 1;
      return;
    }
    if (j->s[j->i] == '}') {
      j->i++;
      return;
    }
    if (j->s[j->i] != '"') {
      j->bad = 1;
      return;
    }
    breve_buf key = {0};
    S_string(j, &key);
    S_ws(j);
    if (j->bad || j->i >= j->n || j->s[j->i] != ':') {
      breve_buf_free(&key);
      j->bad = 1;
      return;
    }
    j->i++;
    S_ws(j);
    const char *k = key.ptr ? key.ptr : "";
    int want = 0; /* 1 headline, 2 date, 3 author name, 4 type, 5 name,
                     6 article body */
    if (mode == S_PLAIN && strcmp(k, "headline") == 0)
      want = 1;
    else if (mode == S_PLAIN && strcmp(k, "@type") == 0)
      want = 4;
    else if (mode == S_PLAIN && strcmp(k, "name") == 0)
      want = 5;
    else if (mode == S_PLAIN && strcmp(k, "articleBody") == 0)
      want = 6;
    else if (mode == S_PLAIN && strcmp(k, "datePublished") == 0)
      want = 2;
    else if (mode == S_AUTHOR_OBJ && strcmp(k, "name") == 0)
      want = 3;
    if (want && j->i < j->n && j->s[j->i] == '"') {
      breve_buf v = {0};
      S_string(j, &v);
      if (want == 1 && !headline->len)
        breve_buf_put(headline, v.ptr ? v.ptr : "", v.len);
      else if (want == 4 && !type->len)
        breve_buf_put(type, v.ptr ? v.ptr : "", v.len);
      else if (want == 5 && !name->len)
        breve_buf_put(name, v.ptr ? v.ptr : "", v.len);
      else if (want == 6 && !body->len)
        breve_buf_put(body, v.ptr ? v.ptr : "", v.len);
      else if (want == 2)
        S_keep(j->date, &v);
      else if (want == 3)
        S_add_author(j, &v);
      breve_buf_free(&v);
    } else if (mode == S_PLAIN && (strcmp(k, "author") == 0 ||
                                   strcmp(k, "creator") == 0)) {
      S_value(j, depth + 1, j->n_authors ? S_PLAIN : S_AUTHOR);
    } else {
      S_value(j, depth + 1, mode == S_PLAIN ? S_PLAIN : -1);
    }
    breve_buf_free(&key);
    if (j->bad)
      return;
    if (!S_next_member(j, '}'))
      return;
  }
}

/* Reads one value. `mode` says what strings and objects mean here:
 * inside an author value, a string is a name and an object has one. A
 * negative mode ignores everything below. */
static void S_value(S_json *j, int depth, int mode) {
  S_ws(j);
  if (j->i >= j->n || depth > S_MAX_DEPTH) {
    j->bad = 1;
    return;
  }
  char c = j->s[j->i];
  if (c == '{') {
    S_object(j, depth, mode == S_AUTHOR ? S_AUTHOR_OBJ
                       : mode == S_PLAIN ? S_PLAIN
                                         : -1);
  } else if (c == '[') {
    j->i++;
    for (;;) {
      S_ws(j);
      if (j->i < j->n && j->s[j->i] == ']') {
        j->i++;
        return;
      }
      S_value(j, depth + 1, mode);
      if (j->bad)
        return;
      if (!S_next_member(j, ']'))
        return;
    }
  } else if (c == '"') {
    if (mode == S_AUTHOR) {
      breve_buf v = {0};
      S_string(j, &v);
      S_add_author(j, &v);
      breve_buf_free(&v);
    } else {
      S_string(j, NULL);
    }
  } else {
    /* number, true, false, null */
    size_t start = j->i;
    while (j->i < j->n && strchr(",}] \n\r\t", j->s[j->i]) == NULL)
      j->i++;
    if (j->i == start)
      j->bad = 1;
  }
}

void breve_jsonld_scan(const char *s, size_t n, const char *page_title,
                       char **title, char **author, char **date,
                       char **body) {
  S_json j = {0};
  j.s = s, j.n = n;
  j.body = body;
  j.page_title = page_title;
  j.title = title, j.date = date;
  /* a page may hold several values one after the other */
  while (!j.bad) {
    S_ws(&j);
    if (j.i >= j.n)
      break;
    S_value(&j, 0, S_PLAIN);
  }
  if (!*author && j.n_authors && !j.authors.oom)
    *author = breve_buf_detach(&j.authors);
  breve_buf_free(&j.authors);
}
