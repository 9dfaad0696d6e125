/* Internal interface of the input stage: line classes of the boilerplate
 * filter, shared by the text, HTML and feed loaders. */
#ifndef BREVE_INPUT_H
#define BREVE_INPUT_H

#include "core/core.h"

typedef enum breve_line_kind {
  BREVE_LINE_BODY = 0,    /* article text */
  BREVE_LINE_CREDIT,      /* photo or image credit */
  BREVE_LINE_BYLINE,      /* "Par Jeanne Martin", a lone author name */
  BREVE_LINE_BLURB,       /* author's title: "Rédactrice en chef chez ..." */
  BREVE_LINE_DATE,        /* "Publié le ...", "Mis à jour le ..." */
  BREVE_LINE_FOOTER,      /* sharing, feedback, newsletter, "Lire aussi" */
  BREVE_LINE_HEADLINE,    /* no final punctuation: teaser, label, intertitle */
  BREVE_LINE_CODE,        /* script leftovers */
  BREVE_LINE_LINK         /* a bare URL, handle or hashtag list */
} breve_line_kind;

/* Classifies one trimmed paragraph. `author` is the byline already found
 * (may be NULL): a line starting with that name is the author's blurb. */
breve_line_kind breve_line_classify(const char *s, size_t n,
                                    const char *author);

/* Non-zero when the trimmed line reads as a headline: a few words, no
 * final full stop, not a credit, byline or footer. */
int breve_line_is_headline(const char *s, size_t n);

/* Non-zero when the line ends with sentence punctuation (. ! ? … possibly
 * followed by closing quotes or brackets). */
int breve_line_has_final_punct(const char *s, size_t n);

/* Appends a copy of s[0..n) (trimmed, inner white space runs collapsed) to
 * the article's paragraphs. The array grows by doubling from 8: pass only
 * arrays this function (or a doubling of at least as much) built. */
breve_status breve_article_add_paragraph(breve_article *a, const char *s,
                                         size_t n);

/* Removes script leftovers (window.x = new Y(...); and the like) from a
 * paragraph, in place; returns the new length. */
size_t breve_strip_code(char *s, size_t n);

/* Trims white space (including no-break spaces) at both ends. */
void breve_trim(const char **s, size_t *n);

/* Removes script leftovers from the paragraph held in `para` and trims
 * it: *s and the returned length delimit what is left (0: nothing). */
size_t breve_paragraph_clean(breve_buf *para, const char **s);



/* Loaders by input kind; `a` is zeroed on entry and freed by the caller on
 * failure. */
breve_status breve_article_parse_text(const char *data, size_t len,
                                      breve_article *a, breve_error *err);
breve_status breve_article_parse_html(const char *data, size_t len,
                                      const breve_options *opts,
                                      breve_article *a, breve_error *err);

/* HTML and feeds (html.c, feed.c, jsonld.c). */

/* Appends the paragraphs of an HTML fragment (UTF-8, e.g. a feed item's
 * content) to `a`, through the boilerplate filter; no container search. */
breve_status breve_html_fragment(const char *html, size_t len,
                                 breve_article *a, breve_error *err);

/* The text of an HTML snippet (a title with entities or markup), white
 * space collapsed; NULL when it cannot be read. Caller frees. */
char *breve_html_text(const char *html, size_t len);

/* Scans JSON-LD text for an article's title (its headline or name, the
 * one closer to `page_title`, which may be NULL), author names,
 * publication date and body text; fills the slots still NULL (caller
 * frees). */
void breve_jsonld_scan(const char *s, size_t n, const char *page_title,
                       char **title, char **author, char **date,
                       char **body);

/* The first item of a feed with body text, as one article (what
 * breve_article_parse gives for a feed). */
breve_status breve_article_parse_feed(const char *data, size_t len,
                                      const breve_options *opts,
                                      breve_article *a, breve_error *err);
#endif
