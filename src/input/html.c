/* HTML article loader: libxml2 parses the page, this file finds the
 * article in it (metadata, then the block of text that scores best) and
 * hands its paragraphs to the boilerplate filter. */
#include <limits.h>
#include <string.h>

#include "core/xml.h"

#include "input.h"

/* Most elements read from one page (real pages have a few thousand). */
#define S_MAX_ELEMS 500000
/* Score of a heading that is a link: the title of a teaser of another
 * article. A list of teasers beside the article loses to it. */
#define LINKED_HEADING 6.0

/* ------------------------------------------------------------------ */
/* Quiet parsing                                                      */

/* ------------------------------------------------------------------ */
/* Element classes                                                    */

enum {
  S_INLINE = 0,
  S_BLOCK = 1,   /* starts and ends a paragraph */
  S_DROP = 2,    /* never article text: scripts, forms, navigation */
  S_BREAK = 3    /* <br> */
};

static int S_name_in(const char *name, const char *const *list) {
  for (; *list; list++)
    if (strcmp(name, *list) == 0)
      return 1;
  return 0;
}

static const char *const S_drop_tags[] = {
    "script", "style", "noscript", "template", "iframe", "object", "embed",
    "svg", "math", "canvas", "video", "audio", "source", "track", "button",
    "select", "option", "optgroup", "textarea", "input", "nav", "aside",
    "footer", "dialog", "figcaption", "head", "title", "meta", "link",
    "menu", "map", "frameset", "frame", "applet", NULL};

static const char *const S_block_tags[] = {
    "address", "article", "blockquote", "body", "center", "dd", "details",
    "dir", "div", "dl", "dt", "fieldset", "figure", "form", "h1", "h2",
    "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "thead",
    "tfoot", "td", "th", "tr", "ul", "caption", "legend", "picture", "img",
    NULL};

static int S_tag_class(const char *name) {
  if (strcmp(name, "br") == 0)
    return S_BREAK;
  if (S_name_in(name, S_drop_tags))
    return S_DROP;
  if (S_name_in(name, S_block_tags))
    return S_BLOCK;
  return S_INLINE;
}

static int S_is_heading(const char *name) {
  return name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && !name[2];
}

/* Attribute value or NULL; the caller frees with xmlFree. */
static char *S_attr(xmlNode *n, const char *name) {
  return (char *)xmlGetNoNsProp(n, (const xmlChar *)name);
}

/* Lower-cases ASCII in place. */
static void S_lower(char *s) {
  for (; *s; s++)
    if (*s >= 'A' && *s <= 'Z')
      *s = (char)(*s + 32);
}

/* Does the lower-case string `s` hold `word` as a whole token (tokens are
 * runs of letters and digits)? */
static int S_has_token(const char *s, const char *word) {
  size_t wl = strlen(word);
  for (const char *p = s; (p = strstr(p, word)) != NULL; p++) {
    int before = p == s || !((p[-1] >= 'a' && p[-1] <= 'z') ||
                             (p[-1] >= '0' && p[-1] <= '9'));
    char c = p[wl];
    int after = !((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
    if (before && after)
      return 1;
  }
  return 0;
}

static int S_has_any_sub(const char *s, const char *const *words) {
  for (; *words; words++)
    if (strstr(s, *words))
      return 1;
  return 0;
}

static int S_has_any_token(const char *s, const char *const *words) {
  for (; *words; words++)
    if (S_has_token(s, *words))
      return 1;
  return 0;
}

/* Class and id words that mark what is never the article: comments,
 * sharing, related links, cookie and newsletter banners, advertising,
 * captions. They win over a positive word ("article-comments"). */
static const char *const S_strong_sub[] = {
    "comment", "disqus", "share", "sharing", "social", "related",
    "cookie", "consent", "gdpr", "newsletter", "sponsor", "advert",
    "outbrain", "taboola", "popup", "breadcrumb", "sidebar", "subscribe",
    "promo", "recommend", "caption", "credit", "signup", "sign-up",
    "navbar", "navigation", "masthead", "pagination", "footnote-back",
    "skip-link", "skiplink", "sr-only", "visually-hidden", "screen-reader",
    "most-read", "mostread", "trending",
    "toolbar", "modal", "overlay", "paywall-prompt", "byline", "dateline",
    "bio", "signature", "auteur", "legende", "legend", "partage", "reseaux", "abonnement",
    "publicite", "pub-", "inread", "lire-aussi", "liresaussi", "voir-aussi",
    "premium", "abonne", "subscriber", "paywall-", "regwall", "tweet",
    "instagram", "tiktok", "reaction", "login", "connexion", NULL};

static const char *const S_strong_tokens[] = {
    "ad", "ads", "nav", "menu", "tags", "tag", "print", "pub", "rss",
    "author", "widget", "banner", NULL};

/* Weaker marks: removed unless the same element also looks like
 * content. */
static const char *const S_weak_sub[] = {
    "footer", "header", "extra", "aux", "foot", "meta", "hidden",
    "popular", "topbar", "jump", "date", "time", NULL};

/* Words of content containers. */
static const char *const S_positive_sub[] = {
    "article", "content", "entry", "story", "post", "text", "body",
    "main", "blog", "prose", "corps", "chapo", NULL};

/* Appends the class names (or id) of `names` that are words, not slugs:
 * "evolve-shared-mutable-history", made from a heading, says nothing of
 * the element's role. */
static void S_put_names(breve_buf *b, const char *names) {
  if (!names)
    return;
  const char *p = names;
  while (*p) {
    while (*p == ' ' || *p == '\t' || *p == '\n')
      p++;
    const char *start = p;
    size_t parts = 1;
    while (*p && *p != ' ' && *p != '\t' && *p != '\n') {
      if ((*p == '-' || *p == '_') && p[1] && p[1] != '-' && p[1] != '_')
        parts++;
      p++;
    }
    if (p > start && parts < 4) {
      breve_buf_put(b, start, (size_t)(p - start));
      breve_buf_putc(b, ' ');
    }
  }
}

/* Hint of an element from its class, id and role: -2 never content,
 * -1 probably not, 0 none, 1 content. */
static int S_hint(xmlNode *n) {
  char *cls = S_attr(n, "class"), *id = S_attr(n, "id"),
       *role = S_attr(n, "role"), *itemprop = S_attr(n, "itemprop");
  breve_buf b = {0};
  int hint = 0;
  S_put_names(&b, cls);
  breve_buf_putc(&b, ' ');
  S_put_names(&b, id);
  if (b.ptr && !b.oom) {
    S_lower(b.ptr);
    int pos = S_has_any_sub(b.ptr, S_positive_sub);
    if (S_has_any_sub(b.ptr, S_strong_sub) ||
        S_has_any_token(b.ptr, S_strong_tokens))
      hint = -2;
    else if (S_has_any_sub(b.ptr, S_weak_sub))
      hint = pos ? 0 : -1;
    else if (pos)
      hint = 1;
  }
  if (role) {
    S_lower(role);
    if (S_has_any_token(role, (const char *const[]){
            "navigation", "menu", "menubar", "complementary", "contentinfo",
            "banner", "dialog", "alert", "alertdialog", "search", NULL}))
      hint = -2;
    else if (strcmp(role, "main") == 0 || strcmp(role, "article") == 0)
      hint = 1;
  }
  if (itemprop) {
    S_lower(itemprop);
    if (strstr(itemprop, "articlebody") || strstr(itemprop, "text"))
      hint = 1;
  }
  breve_buf_free(&b);
  xmlFree(cls), xmlFree(id), xmlFree(role), xmlFree(itemprop);
  return hint;
}

/* Is the element hidden from readers (hidden attribute, aria-hidden,
 * display:none or visibility:hidden)? */
static int S_hidden(xmlNode *n) {
  int hidden = 0;
  if (xmlHasProp(n, (const xmlChar *)"hidden"))
    return 1;
  char *aria = S_attr(n, "aria-hidden");
  if (aria && strcmp(aria, "true") == 0)
    hidden = 1;
  xmlFree(aria);
  char *style = S_attr(n, "style");
  if (style) {
    char *w = style;
    for (char *r = style; *r; r++)
      if (*r != ' ' && *r != '\t')
        *w++ = (*r >= 'A' && *r <= 'Z') ? (char)(*r + 32) : *r;
    *w = '\0';
    if (strstr(style, "display:none") || strstr(style, "visibility:hidden"))
      hidden = 1;
    xmlFree(style);
  }
  return hidden;
}

/* ------------------------------------------------------------------ */
/* The page as elements and text runs                                 */

typedef struct {
  xmlNode *node;
  size_t parent;   /* index, SIZE_MAX for the root */
  size_t block;    /* nearest block element (itself when a block) */
  size_t depth;
  int hint;
  unsigned char heading, in_link, in_time, is_block;
  unsigned char chosen, inside;
  double score;    /* sum of the scores of the runs below */
  size_t chars, link_chars;
  size_t prose;    /* paragraphs below that read as article text */
  size_t raw;      /* characters of text below, before any removal */
  unsigned char furniture, removed, has_h1;
} S_elem;

typedef struct {
  size_t start, len; /* bytes in the text pool */
  size_t owner;      /* block element index */
  size_t chars, link_chars, commas;
  size_t time_chars; /* inside <time> */
  int heading;
  int final;         /* ends with sentence punctuation */
  double score;
} S_run;

typedef struct {
  htmlDocPtr doc;
  S_elem *elems;
  size_t n_elems, cap_elems;
  S_run *runs;
  size_t n_runs, cap_runs;
  breve_buf pool;
  int use_hints;
} S_page;

static void S_page_reset(S_page *p) {
  for (size_t i = 0; i < p->n_elems; i++)
    p->elems[i].node->_private = NULL;
  breve_free(p->elems);
  breve_free(p->runs);
  breve_buf_free(&p->pool);
  p->elems = NULL, p->runs = NULL;
  p->n_elems = p->cap_elems = p->n_runs = p->cap_runs = 0;
}

static size_t S_index(xmlNode *n) {
  return n && n->_private ? (size_t)(uintptr_t)n->_private - 1 : SIZE_MAX;
}

/* Next node in document order after `n` within `top`, descending into
 * n's children when `descend`. Iterative, so deep nesting costs no
 * stack. */
static xmlNode *S_next(xmlNode *n, xmlNode *top, int descend) {
  if (descend && n->children)
    return n->children;
  while (n && n != top) {
    if (n->next)
      return n->next;
    n = n->parent;
  }
  return NULL;
}

/* Is the element furniture by its class, id or role? The page's outer
 * elements are never. */
static int S_furniture(xmlNode *n, int hint) {
  const char *name = (const char *)n->name;
  if (strcmp(name, "html") == 0 || strcmp(name, "body") == 0 ||
      strcmp(name, "article") == 0 || strcmp(name, "main") == 0)
    return 0;
  return hint <= -1;
}

/* Appends the text of `s`, replacing invalid UTF-8 (libxml2 converts
 * declared charsets, but a lying declaration can leave bad bytes). */
static void S_put_text(breve_buf *b, const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    if (!k) {
      breve_buf_put(b, "\xEF\xBF\xBD", 3);
      i++;
      continue;
    }
    if (cp == 0xAD) { /* soft hyphen: invisible */
      i += k;
      continue;
    }
    breve_buf_put(b, s + i, k);
    i += k;
  }
}

/* An <a> that leads somewhere (not a script hook or an anchor). */
static int S_is_link(xmlNode *n) {
  if (strcmp((const char *)n->name, "a") != 0)
    return 0;
  char *href = S_attr(n, "href");
  int link = href && *href && strncmp(href, "javascript:", 11) != 0;
  xmlFree(href);
  return link;
}

static breve_status S_elem_add(S_page *p, xmlNode *n, size_t *out) {
  if (p->n_elems >= S_MAX_ELEMS)
    return BREVE_ERR_LIMIT;
  if (p->n_elems == p->cap_elems) {
    size_t cap = p->cap_elems ? 2 * p->cap_elems : 256;
    S_elem *e = breve_realloc(p->elems, cap * sizeof *e);
    if (!e)
      return BREVE_ERR_NOMEM;
    p->elems = e, p->cap_elems = cap;
  }
  *out = p->n_elems++;
  memset(&p->elems[*out], 0, sizeof *p->elems);
  p->elems[*out].node = n;
  n->_private = (void *)(uintptr_t)(*out + 1);
  return BREVE_OK;
}

/* Builds the element table (scripts, forms, navigation and hidden
 * elements left out), then decides which elements are furniture by their
 * hints: removed with everything below, unless they hold the page's <h1>
 * or most of its text (a site wrapping the whole page in "ad-portal"). */
static breve_status S_page_index(S_page *p) {
  xmlNode *root = xmlDocGetRootElement(p->doc);
  for (xmlNode *n = root; n;) {
    int descend = 0;
    if (n->type == XML_ELEMENT_NODE) {
      const char *name = (const char *)n->name;
      int cls = S_tag_class(name);
      if (cls != S_BREAK && cls != S_DROP && !S_hidden(n)) {
        size_t parent = S_index(n->parent), i;
        breve_status st = S_elem_add(p, n, &i);
        if (st != BREVE_OK)
          return st;
        S_elem *e = &p->elems[i];
        e->parent = parent;
        e->hint = S_hint(n);
        e->furniture = p->use_hints && S_furniture(n, e->hint);
        e->is_block = cls == S_BLOCK || parent == SIZE_MAX;
        e->block = e->is_block ? i : p->elems[parent].block;
        e->depth = parent == SIZE_MAX ? 0 : p->elems[parent].depth + 1;
        e->heading = S_is_heading(name) ||
                     (parent != SIZE_MAX && p->elems[parent].heading);
        e->in_link = S_is_link(n) ||
                     (parent != SIZE_MAX && p->elems[parent].in_link);
        e->in_time = strcmp(name, "time") == 0 ||
                     (parent != SIZE_MAX && p->elems[parent].in_time);
        e->has_h1 = strcmp(name, "h1") == 0;
        descend = 1;
      }
    } else if ((n->type == XML_TEXT_NODE ||
                n->type == XML_CDATA_SECTION_NODE) &&
               n->content) {
      size_t parent = S_index(n->parent);
      if (parent != SIZE_MAX) {
        const char *t = (const char *)n->content;
        for (; *t; t++)
          if (*t != ' ' && *t != '\n' && *t != '\t' && *t != '\r')
            p->elems[parent].raw++;
      }
    }
    n = S_next(n, root, descend);
  }
  for (size_t i = p->n_elems; i-- > 1;) {
    S_elem *e = &p->elems[i];
    if (e->parent != SIZE_MAX) {
      p->elems[e->parent].raw += e->raw;
      p->elems[e->parent].has_h1 |= e->has_h1;
    }
  }
  size_t total = p->n_elems ? p->elems[0].raw : 0;
  for (size_t i = 0; i < p->n_elems; i++) {
    S_elem *e = &p->elems[i];
    e->removed = (e->furniture && !e->has_h1 &&
                  !(e->raw * 10 >= total * 8 && total > 0)) ||
                 (e->parent != SIZE_MAX && p->elems[e->parent].removed);
  }
  return BREVE_OK;
}

/* After a <br>, does the text `s` go on with the sentence of the current
 * run (which does not end a sentence, and `s` starts in lower case)? A
 * blank text node between the <br> and the words keeps the question
 * open. */
static int S_br_continues(const S_page *p, const char *s, size_t len) {
  const char *t = s;
  size_t n = len;
  breve_trim(&t, &n);
  if (!n || !p->n_runs)
    return 0;
  const S_run *r = &p->runs[p->n_runs - 1];
  const char *cur = p->pool.ptr + r->start;
  size_t cn = p->pool.len - r->start;
  breve_trim(&cur, &cn);
  if (!cn || breve_line_has_final_punct(cur, cn))
    return 0;
  char last = cur[cn - 1];
  if (last == ':' || last == ';')
    return 0;
  uint32_t cp;
  return breve_utf8_decode(t, n, &cp) && breve_cp_is_lower(cp);
}

/* Builds the runs of text of the kept elements: a run is the text
 * between two block boundaries, owned by its block element. */
static breve_status S_page_build(S_page *p) {
  xmlNode *root = xmlDocGetRootElement(p->doc);
  size_t cur_owner = SIZE_MAX;
  int open = 0, brk = 0;
  breve_status st = S_page_index(p);
  if (st != BREVE_OK)
    return st;
  for (xmlNode *n = root; n;) {
    int descend = 0;
    if (n->type == XML_ELEMENT_NODE) {
      size_t i = S_index(n);
      if (strcmp((const char *)n->name, "br") == 0)
        brk = 1;
      else if (i != SIZE_MAX && !p->elems[i].removed)
        descend = 1;
    } else if ((n->type == XML_TEXT_NODE ||
                n->type == XML_CDATA_SECTION_NODE) &&
               n->content) {
      size_t parent = S_index(n->parent);
      if (parent != SIZE_MAX) {
        S_elem *pe = &p->elems[parent];
        size_t owner = pe->block;
        const char *s = (const char *)n->content;
        size_t len = strlen(s);
        if (brk && open && owner == cur_owner && S_br_continues(p, s, len)) {
          brk = 0; /* a line broken in mid-sentence */
          breve_buf_putc(&p->pool, ' ');
        }
        if (!open || owner != cur_owner || brk) {
          /* close the current run, open a new one */
          if (p->n_runs == p->cap_runs) {
            size_t cap = p->cap_runs ? 2 * p->cap_runs : 256;
            S_run *r = breve_realloc(p->runs, cap * sizeof *r);
            if (!r)
              return BREVE_ERR_NOMEM;
            p->runs = r, p->cap_runs = cap;
          }
          if (open && p->n_runs) {
            S_run *last = &p->runs[p->n_runs - 1];
            last->len = p->pool.len - last->start;
          }
          S_run *r = &p->runs[p->n_runs++];
          memset(r, 0, sizeof *r);
          r->owner = owner;
          r->heading = p->elems[owner].heading;
          breve_buf_putc(&p->pool, '\n');
          r->start = p->pool.len;
          cur_owner = owner, open = 1, brk = 0;
        }
        S_run *r = &p->runs[p->n_runs - 1];
        size_t before = p->pool.len;
        S_put_text(&p->pool, s, len);
        size_t chars = 0;
        for (size_t i = before; i < p->pool.len;) {
          uint32_t cp;
          size_t k = breve_utf8_decode(p->pool.ptr + i, p->pool.len - i, &cp);
          if (!k)
            k = 1;
          if (!breve_cp_is_space(cp))
            chars++;
          if (cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x060C)
            r->commas++;
          i += k;
        }
        r->chars += chars;
        if (pe->in_link)
          r->link_chars += chars;
        if (pe->in_time)
          r->time_chars += chars;
      }
    }
    n = S_next(n, root, descend);
  }
  if (open && p->n_runs) {
    S_run *last = &p->runs[p->n_runs - 1];
    last->len = p->pool.len - last->start;
  }
  return p->pool.oom ? BREVE_ERR_NOMEM : BREVE_OK;
}

/* Scores each run: long text with commas and sentence punctuation gains,
 * link lists lose. Then sums the scores up the tree. */
static void S_page_score(S_page *p) {
  for (size_t i = 0; i < p->n_runs; i++) {
    S_run *r = &p->runs[i];
    const char *s = p->pool.ptr + r->start;
    size_t n = r->len;
    breve_trim(&s, &n);
    r->final = breve_line_has_final_punct(s, n);
    double ld = r->chars ? (double)r->link_chars / (double)r->chars : 0;
    size_t own = r->chars - r->link_chars;
    if (!r->chars)
      r->score = 0;
    else if (ld > 0.5 && r->heading)
      r->score = -LINKED_HEADING; /* a teaser's title */
    else if (ld > 0.5)
      r->score = -(0.5 + (double)r->link_chars / 80.0);
    else if (r->heading || own < 20)
      r->score = 0;
    else
      r->score = (double)own / 100.0 * (1.0 - ld) +
                 0.25 * (double)(r->commas < 10 ? r->commas : 10) +
                 (r->final ? 0.5 : 0.0);
    S_elem *e = &p->elems[r->owner];
    e->score += r->score;
    e->chars += r->chars;
    e->link_chars += r->link_chars;
    if (r->chars - r->link_chars >= 80 && r->final)
      e->prose++;

  }
  for (size_t i = p->n_elems; i-- > 1;) {
    S_elem *e = &p->elems[i];
    if (e->parent == SIZE_MAX)
      continue;
    S_elem *pe = &p->elems[e->parent];
    pe->score += e->score;
    pe->chars += e->chars;
    pe->link_chars += e->link_chars;
    pe->prose += e->prose;
  }
}

/* Value of an element as the article's container. */
static double S_value(const S_page *p, size_t i) {
  const S_elem *e = &p->elems[i];
  double v = e->score;
  if (v <= 0)
    return v;
  const char *name = (const char *)e->node->name;
  if (e->hint > 0)
    v *= 1.15;
  if (strcmp(name, "article") == 0 || strcmp(name, "main") == 0)
    v *= 1.15;
  return v;
}

/* Picks the container: among the elements worth at least 90% of the best
 * one, the deepest; then its siblings that also hold prose. */
static void S_page_choose(S_page *p) {
  double best = 0;
  for (size_t i = 0; i < p->n_elems; i++) {
    double v = S_value(p, i);
    if (v > best)
      best = v;
  }
  size_t chosen = SIZE_MAX;
  if (best > 0) {
    for (size_t i = 0; i < p->n_elems; i++) {
      double v = S_value(p, i);
      if (v >= 0.9 * best &&
          (chosen == SIZE_MAX || p->elems[i].depth > p->elems[chosen].depth))
        chosen = i;
    }
  }
  if (chosen == SIZE_MAX) {
    if (p->n_elems)
      p->elems[0].chosen = 1;
  } else {
    p->elems[chosen].chosen = 1;
    size_t parent = p->elems[chosen].parent;
    double vc = S_value(p, chosen);
    if (parent != SIZE_MAX) {
      for (size_t i = parent + 1; i < p->n_elems; i++) {
        S_elem *e = &p->elems[i];
        if (e->parent != parent || i == chosen)
          continue;
        double v = S_value(p, i);
        double ld = e->chars ? (double)e->link_chars / (double)e->chars : 1;
        if (v >= 1.0 && v >= 0.05 * vc && ld < 0.33 && e->prose)
          e->chosen = 1;
      }
    }
  }
  for (size_t i = 0; i < p->n_elems; i++) {
    S_elem *e = &p->elems[i];
    e->inside = e->chosen ||
                (e->parent != SIZE_MAX && p->elems[e->parent].inside);
  }
}

/* ------------------------------------------------------------------ */
/* Metadata                                                           */

typedef struct {
  char *meta_title, *og_title, *tw_title, *other_title, *doc_title, *h1;
  char *site;
  char *byline_dom, *byline_meta;
  char *date, *lang, *link;
  /* JSON-LD */
  char *ld_title, *ld_author, *ld_date, *ld_body;
} S_meta;

static void S_meta_free(S_meta *m) {
  breve_free(m->meta_title), breve_free(m->og_title);
  breve_free(m->tw_title), breve_free(m->other_title);
  breve_free(m->doc_title), breve_free(m->h1), breve_free(m->site);
  breve_free(m->byline_dom), breve_free(m->byline_meta);
  breve_free(m->date), breve_free(m->lang), breve_free(m->link);
  breve_free(m->ld_title), breve_free(m->ld_author), breve_free(m->ld_date);
  breve_free(m->ld_body);
  memset(m, 0, sizeof *m);
}

/* Text of an element, white space collapsed, at most `max` bytes;
 * entity references are not expanded. Caller frees. */
static char *S_text_of(xmlNode *top, size_t max) {
  breve_buf b = {0};
  for (xmlNode *n = top->children ? top->children : NULL; n;) {
    int descend = 1;
    if (n->type == XML_ELEMENT_NODE) {
      int cls = S_tag_class((const char *)n->name);
      if (cls == S_DROP || S_hidden(n))
        descend = 0;
      else if (cls == S_BLOCK || cls == S_BREAK)
        breve_buf_putc(&b, ' ');
    } else if ((n->type == XML_TEXT_NODE ||
                n->type == XML_CDATA_SECTION_NODE) &&
               n->content) {
      S_put_text(&b, (const char *)n->content,
                 strlen((const char *)n->content));
      if (b.len > max)
        break;
    }
    n = S_next(n, top, descend);
  }
  if (b.oom) {
    breve_buf_free(&b);
    return NULL;
  }
  /* collapse white space */
  breve_buf out = {0};
  const char *s = b.ptr ? b.ptr : "";
  size_t n = b.len;
  breve_trim(&s, &n);
  int space = 0;
  for (size_t i = 0; i < n;) {
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    if (!k)
      k = 1;
    if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || cp == '\f') {
      space = 1;
    } else {
      if (space)
        breve_buf_putc(&out, ' ');
      space = 0;
      breve_buf_put(&out, s + i, k);
    }
    i += k;
  }
  breve_buf_free(&b);
  return breve_buf_detach(&out);
}

/* Copies an attribute value, trimmed and collapsed, or NULL when empty. */
static char *S_clean_dup(const char *s) {
  if (!s)
    return NULL;
  size_t n = strlen(s);
  breve_trim(&s, &n);
  if (!n)
    return NULL;
  breve_buf b = {0};
  int space = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = 1;
      continue;
    }
    if (space)
      breve_buf_putc(&b, ' ');
    space = 0;
    breve_buf_putc(&b, c);
  }
  return breve_buf_detach(&b);
}

static void S_set(char **slot, char *value) {
  if (!*slot && value && *value)
    *slot = value;
  else
    breve_free(value);
}

/* A value that names a person rather than a URL or handle. */
static int S_is_person(const char *s) {
  return s && *s && !strstr(s, "://") && !strchr(s, '@') &&
         strncmp(s, "www.", 4) != 0 && breve_count_words(s, strlen(s)) <= 12;
}

/* Does the class or id name a byline ("byline", "author-name", "auteur";
 * not "authority" nor a comment's author)? */
static int S_byline_class(xmlNode *n) {
  static const char *const words[] = {"byline", "author", "authors",
                                      "authorname", "auteur", "auteurs",
                                      "signature", NULL};
  char *cls = S_attr(n, "class"), *id = S_attr(n, "id");
  breve_buf b = {0};
  S_put_names(&b, cls);
  breve_buf_putc(&b, ' ');
  S_put_names(&b, id);
  int r = 0;
  if (b.ptr && !b.oom) {
    S_lower(b.ptr);
    r = S_has_any_token(b.ptr, words) && !strstr(b.ptr, "comment");
  }
  breve_buf_free(&b);
  xmlFree(cls), xmlFree(id);
  return r;
}

/* Does a byline candidate read as names: a few words, capitalised, no
 * digits (a date), no separators of menus, no address? */
static int S_byline_ok(const char *t) {
  size_t n = strlen(t);
  if (n < 3 || n > 100 || breve_count_words(t, n) > 12)
    return 0;
  if (strpbrk(t, "0123456789|@") || strstr(t, "://"))
    return 0;
  const char *s = t;
  if (!strncmp(s, "Par ", 4) || !strncmp(s, "par ", 4) || !strncmp(s, "By ", 3) ||
      !strncmp(s, "by ", 3) || !strncmp(s, "by: ", 4) || !strncmp(s, "By: ", 4))
    return 1;
  uint32_t cp;
  return breve_utf8_decode(s, n, &cp) && !breve_cp_is_lower(cp);
}

/* One pass over the whole document for what the page says about itself:
 * meta tags, JSON-LD, <title>, the first <h1>, author links, <time>. */
static void S_meta_collect(htmlDocPtr doc, S_meta *m) {
  xmlNode *root = xmlDocGetRootElement(doc);
  if (!root)
    return;
  char *lang = S_attr(root, "lang");
  if (!lang)
    lang = (char *)xmlGetProp(root, (const xmlChar *)"lang");
  S_set(&m->lang, S_clean_dup(lang));
  xmlFree(lang);
  size_t visited = 0;
  for (int pass = 0; pass < 2; pass++)
  for (xmlNode *n = root; n; n = S_next(n, root, 1)) {
    if (++visited > 4000000)
      break;
    if (n->type != XML_ELEMENT_NODE)
      continue;
    const char *name = (const char *)n->name;
    if (pass == 0 && strcmp(name, "meta") != 0)
      continue;
    if (strcmp(name, "meta") == 0) {
      /* <meta property> (Open Graph, RDFa) comes before <meta name> for
       * the same key: the first pass takes only those */
      char *key = S_attr(n, "property");
      if (pass == 0 && !key)
        continue;
      if (pass == 1 && key) {
        xmlFree(key);
        key = NULL;
      }
      if (!key)
        key = S_attr(n, "name");
      if (!key)
        key = S_attr(n, "itemprop");
      if (!key)
        key = S_attr(n, "http-equiv");
      char *content = S_attr(n, "content");
      if (key && content) {
        S_lower(key);
        /* a property may list several names */
        char *save = NULL;
        for (char *k = strtok_r(key, " \t\n", &save); k;
             k = strtok_r(NULL, " \t\n", &save)) {
          if (!strcmp(k, "dc:title") || !strcmp(k, "dcterm:title") ||
              !strcmp(k, "dcterms:title") || !strcmp(k, "dc.title"))
            S_set(&m->meta_title, S_clean_dup(content));
          else if (!strcmp(k, "og:title"))
            S_set(&m->og_title, S_clean_dup(content));
          else if (!strcmp(k, "twitter:title"))
            S_set(&m->tw_title, S_clean_dup(content));
          else if (!strcmp(k, "parsely-title") || !strcmp(k, "sailthru.title") ||
                   !strcmp(k, "weibo:article:title") ||
                   !strcmp(k, "weibo:webpage:title") || !strcmp(k, "title"))
            S_set(&m->other_title, S_clean_dup(content));
          else if (!strcmp(k, "og:site_name") || !strcmp(k, "application-name"))
            S_set(&m->site, S_clean_dup(content));
          else if ((!strcmp(k, "author") || !strcmp(k, "dc:creator") ||
                    !strcmp(k, "dcterm:creator") ||
                    !strcmp(k, "dcterms:creator") ||
                    !strcmp(k, "article:author") ||
                    !strcmp(k, "parsely-author") ||
                    !strcmp(k, "sailthru.author") || !strcmp(k, "byl")) &&
                   S_is_person(content))
            S_set(&m->byline_meta, S_clean_dup(content));
          else if (!strcmp(k, "article:published_time") ||
                   !strcmp(k, "datepublished") || !strcmp(k, "date") ||
                   !strcmp(k, "dc.date") || !strcmp(k, "dc:date") ||
                   !strcmp(k, "dcterms.created") || !strcmp(k, "pubdate") ||
                   !strcmp(k, "publish-date") || !strcmp(k, "parsely-pub-date") ||
                   !strcmp(k, "sailthru.date"))
            S_set(&m->date, S_clean_dup(content));
          else if (!strcmp(k, "content-language") || !strcmp(k, "og:locale") ||
                   !strcmp(k, "dc.language") || !strcmp(k, "language"))
            S_set(&m->lang, S_clean_dup(content));
          else if (!strcmp(k, "og:url"))
            S_set(&m->link, S_clean_dup(content));
        }
      }
      xmlFree(key), xmlFree(content);
    } else if (strcmp(name, "title") == 0 && !m->doc_title) {
      S_set(&m->doc_title, S_text_of(n, 4096));
    } else if (strcmp(name, "link") == 0) {
      char *rel = S_attr(n, "rel"), *href = S_attr(n, "href");
      if (rel && href) {
        S_lower(rel);
        if (strcmp(rel, "canonical") == 0)
          S_set(&m->link, S_clean_dup(href));
      }
      xmlFree(rel), xmlFree(href);
    } else if (strcmp(name, "script") == 0) {
      char *type = S_attr(n, "type");
      if (type && strstr(type, "ld+json")) {
        char *text = (char *)xmlNodeGetContent(n);
        if (text)
          breve_jsonld_scan(text, strlen(text), m->doc_title, &m->ld_title,
                            &m->ld_author, &m->ld_date, &m->ld_body);
        xmlFree(text);
      }
      xmlFree(type);
    } else if (strcmp(name, "h1") == 0 && !m->h1 && !S_hidden(n)) {
      S_set(&m->h1, S_text_of(n, 4096));
    } else if (strcmp(name, "time") == 0 && !m->date) {
      char *dt = S_attr(n, "datetime");
      S_set(&m->date, S_clean_dup(dt));
      xmlFree(dt);
    } else if (!m->byline_dom && !S_hidden(n)) {
      char *rel = S_attr(n, "rel"), *itemprop = S_attr(n, "itemprop");
      int is_by = 0;
      if (rel && strstr(rel, "author"))
        is_by = 1;
      if (itemprop && strstr(itemprop, "author"))
        is_by = 1;
      if (!is_by && S_byline_class(n))
        is_by = 1;
      if (is_by) {
        /* prefer an itemprop=name inside */
        char *text = NULL;
        for (xmlNode *c = n->children; c && !text; c = S_next(c, n, 1)) {
          if (c->type != XML_ELEMENT_NODE)
            continue;
          char *ip = S_attr(c, "itemprop");
          if (ip && strcmp(ip, "name") == 0)
            text = S_text_of(c, 400);
          xmlFree(ip);
        }
        if (!text)
          text = S_text_of(n, 400);
        if (text && !S_byline_ok(text)) {
          breve_free(text);
          text = NULL;
        }
        S_set(&m->byline_dom, text);
      }
      xmlFree(rel), xmlFree(itemprop);
    }
  }
}

/* Folded form of a title, for comparisons. */
static int S_same_text(const char *a, const char *b) {
  if (!a || !b)
    return 0;
  breve_buf fa = {0}, fb = {0};
  breve_utf8_fold(a, strlen(a), &fa);
  breve_utf8_fold(b, strlen(b), &fb);
  int same = fa.ptr && fb.ptr && strcmp(fa.ptr, fb.ptr) == 0;
  breve_buf_free(&fa), breve_buf_free(&fb);
  return same;
}

/* Letters and digits of `s`, folded (accents and case removed). */
static void S_alnum_fold(const char *s, breve_buf *out) {
  breve_buf f = {0};
  breve_utf8_fold(s, strlen(s), &f);
  for (size_t i = 0; f.ptr && i < f.len; i++) {
    char c = f.ptr[i];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      breve_buf_putc(out, c);
  }
  breve_buf_free(&f);
}

/* Is `tail` the site's name: its og:site_name, or the name in its web
 * address ("Libération" and https://www.liberation.fr/...)? */
static int S_is_site(const char *tail, const char *site, const char *url) {
  if (site && S_same_text(tail, site))
    return 1;
  if (!url || breve_count_words(tail, strlen(tail)) > 4)
    return 0;
  const char *h = strstr(url, "://");
  h = h ? h + 3 : url;
  if (!strncmp(h, "www.", 4))
    h += 4;
  size_t hl = strcspn(h, "/:?#");
  breve_buf t = {0}, host = {0};
  S_alnum_fold(tail, &t);
  for (size_t i = 0; i < hl; i++) {
    char c = h[i];
    if (c >= 'A' && c <= 'Z')
      c = (char)(c + 32);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      breve_buf_putc(&host, c);
  }
  int r = t.len >= 4 && host.ptr && t.ptr && strstr(host.ptr, t.ptr);
  breve_buf_free(&t), breve_buf_free(&host);
  return r;
}

/* Separators between a headline and the site's name in a page title. */
static const char *const S_title_seps[] = {
    " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " / ", " > ",
    " \xC2\xBB ", " \\ ", " \xC2\xB7 ", " :: ", NULL};

/* Removes the site name from a page title: the part after the last
 * separator goes when it is the site's name, or when what is left still
 * has five words or more. Returns a new string. */
static char *S_clean_title(const char *t, const char *site,
                           const char *host) {
  size_t n = strlen(t);
  const char *cut = NULL;
  size_t cut_len = 0;
  for (const char *const *sep = S_title_seps; *sep; sep++) {
    size_t sl = strlen(*sep);
    for (const char *p = t; (p = strstr(p, *sep)) != NULL; p++)
      if (!cut || p > cut)
        cut = p, cut_len = sl;
  }
  if (cut) {
    const char *tail = cut + cut_len;
    size_t head_words = breve_count_words(t, (size_t)(cut - t));
    int tail_is_site = S_is_site(tail, site, host);
    if (tail_is_site || head_words >= 5)
      return breve_strndup(t, (size_t)(cut - t));
  }
  return breve_strndup(t, n);
}

/* Removes " - Site name" (any separator) when the tail is the site's
 * name. Returns a new string. */
static char *S_strip_site(const char *t, const char *site,
                          const char *host) {
  {
    for (const char *const *sep = S_title_seps; *sep; sep++) {
      size_t sl = strlen(*sep);
      const char *last = NULL;
      for (const char *p = t; (p = strstr(p, *sep)) != NULL; p++)
        last = p;
      if (last && last > t && S_is_site(last + sl, site, host))
        return breve_strndup(t, (size_t)(last - t));
    }
  }
  return breve_strdup(t);
}

/* Picks the headline: what the page states as its article's title
 * (JSON-LD, Dublin Core, Open Graph, Twitter and similar meta tags) as
 * given, else the <title> cleaned of the site's name, else the first
 * <h1>. */
static char *S_pick_title(const S_meta *m) {
  const char *stated[] = {m->ld_title, m->meta_title, m->og_title,
                          m->tw_title, m->other_title};
  for (size_t i = 0; i < sizeof stated / sizeof *stated; i++)
    if (stated[i] && *stated[i])
      return S_strip_site(stated[i], m->site, m->link);
  if (m->doc_title && *m->doc_title)
    return S_clean_title(m->doc_title, m->site, m->link);
  return m->h1 ? breve_strdup(m->h1) : NULL;
}

/* "Par Jeanne Martin", "By Jane Doe" -> the name. */
static char *S_byline_name(const char *s) {
  size_t n = strlen(s);
  static const char *const prefixes[] = {"Par :", "par :", "Par:", "par:",
                                         "Par ", "par ", "PAR ", "By:",
                                         "by:", "By ", "by ", "BY ", NULL};
  for (const char *const *p = prefixes; *p; p++) {
    size_t k = strlen(*p);
    if (n > k && !strncmp(s, *p, k)) {
      s += k, n -= k;
      break;
    }
  }
  breve_trim(&s, &n);
  return breve_strndup(s, n);
}

/* ------------------------------------------------------------------ */
/* Output                                                             */

/* Prompts pages put around articles (paywall, login, embeds), in folded
 * form; a short paragraph holding one is dropped. */
static const char *const S_prompts[] = {
    "reserve aux abonnes", "article reserve a nos abonnes",
    "vous avez lu", "abonnez-vous pour lire", "pour lire la suite",
    "la suite est reservee", "deja abonne", "vous devez etre connecte",
    "connectez-vous", "pic.twitter.com", "afficher les commentaires",
    "voir les commentaires", "subscribe to read", "sign in to", NULL};

static int S_is_prompt(const char *s, size_t n) {
  if (breve_count_words(s, n) > 40)
    return 0;
  breve_buf f = {0};
  breve_utf8_fold(s, n, &f);
  int hit = 0;
  for (const char *const *p = S_prompts; f.ptr && *p && !hit; p++)
    hit = strstr(f.ptr, *p) != NULL;
  breve_buf_free(&f);
  return hit;
}

/* Appends a paragraph as breve_article_add_paragraph() does, growing the
 * array by doubling (`cap` is its capacity), so that a page of a hundred
 * thousand paragraphs costs no quadratic copying. */
static breve_status S_add(breve_article *a, size_t *cap, const char *s,
                          size_t n) {
  breve_article one = {0};
  if (breve_article_add_paragraph(&one, s, n) != BREVE_OK)
    return BREVE_ERR_NOMEM;
  if (!one.n_paragraphs)
    return BREVE_OK;
  if (a->n_paragraphs >= *cap) {
    size_t c = *cap < 16 ? 16 : 2 * *cap;
    char **p = breve_realloc(a->paragraphs, c * sizeof *p);
    if (!p) {
      breve_article_free(&one);
      return BREVE_ERR_NOMEM;
    }
    a->paragraphs = p, *cap = c;
  }
  a->paragraphs[a->n_paragraphs++] = one.paragraphs[0];
  breve_free(one.paragraphs);
  return BREVE_OK;
}

/* Hands the runs of the chosen container to the boilerplate filter. */
static breve_status S_emit(S_page *p, breve_article *a, int all) {
  breve_buf para = {0};
  size_t cap = a->n_paragraphs;
  for (size_t i = 0; i < p->n_runs; i++) {
    S_run *r = &p->runs[i];
    if (!all && !p->elems[r->owner].inside)
      continue;
    if (!r->chars)
      continue;
    double ld = (double)r->link_chars / (double)r->chars;
    if (ld > 0.6)
      continue;
    /* a dateline: "Le Journal | <time>…</time> • Mis à jour le <time>" */
    if (r->time_chars && r->chars < 250 && !r->final)
      continue;
    breve_buf_clear(&para);
    breve_buf_put(&para, p->pool.ptr + r->start, r->len);
    if (para.oom)
      break;
    const char *s;
    size_t n = breve_paragraph_clean(&para, &s);
    if (!n)
      continue;
    char save = ((char *)s)[n];
    ((char *)s)[n] = '\0';
    if (r->heading && a->title && S_same_text(s, a->title)) {
      ((char *)s)[n] = save;
      continue;
    }
    ((char *)s)[n] = save;
    if (S_is_prompt(s, n))
      continue;
    breve_line_kind k = breve_line_classify(s, n, a->byline);
    int keep = 0;
    if (r->heading) {
      keep = k == BREVE_LINE_BODY || k == BREVE_LINE_HEADLINE ||
             k == BREVE_LINE_BYLINE || k == BREVE_LINE_DATE ||
             k == BREVE_LINE_BLURB;
    } else {
      switch (k) {
      case BREVE_LINE_BODY:
      case BREVE_LINE_HEADLINE:
        keep = 1;
        break;
      case BREVE_LINE_BYLINE:
        if (!a->byline) {
          char *t = breve_strndup(s, n);
          a->byline = t ? S_byline_name(t) : NULL;
          breve_free(t);
        }
        break;
      case BREVE_LINE_DATE:
        if (!a->date)
          a->date = breve_strndup(s, n);
        break;
      default:
        break;
      }
    }
    if (keep && S_add(a, &cap, s, n) != BREVE_OK) {
      breve_buf_free(&para);
      return BREVE_ERR_NOMEM;
    }
  }
  int oom = para.oom;
  breve_buf_free(&para);
  return oom ? BREVE_ERR_NOMEM : BREVE_OK;
}

static void S_free_paragraphs(breve_article *a) {
  for (size_t i = 0; i < a->n_paragraphs; i++)
    breve_free(a->paragraphs[i]);
  breve_free(a->paragraphs);
  a->paragraphs = NULL;
  a->n_paragraphs = 0;
}

static size_t S_body_chars(const breve_article *a) {
  size_t n = 0;
  for (size_t i = 0; i < a->n_paragraphs; i++)
    n += strlen(a->paragraphs[i]);
  return n;
}

/* The paragraphs of a plain text (JSON-LD articleBody): one per line,
 * through the boilerplate filter. */
static breve_status S_text_paragraphs(const char *text, breve_article *a) {
  const char *p = text;
  while (*p) {
    const char *e = strchr(p, '\n');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    const char *s = p;
    breve_trim(&s, &n);
    if (n) {
      breve_line_kind k = breve_line_classify(s, n, a->byline);
      if ((k == BREVE_LINE_BODY || k == BREVE_LINE_HEADLINE) &&
          breve_article_add_paragraph(a, s, n) != BREVE_OK)
        return BREVE_ERR_NOMEM;
    }
    p = e ? e + 1 : p + strlen(p);
  }
  return BREVE_OK;
}

/* Extracts the body: with class hints first; when that leaves little
 * (a site whose every wrapper looks like furniture), again without. */
static breve_status S_extract_body(htmlDocPtr doc, breve_article *a,
                                   int fragment) {
  breve_status st = BREVE_OK;
  for (int pass = 0; pass < 2; pass++) {
    S_page p = {0};
    p.doc = doc;
    p.use_hints = pass == 0;
    if ((st = S_page_build(&p)) != BREVE_OK) {
      S_page_reset(&p);
      return st;
    }
    S_page_score(&p);
    if (!fragment)
      S_page_choose(&p);
    st = S_emit(&p, a, fragment);
    size_t total = 0;
    for (size_t i = 0; i < p.n_runs; i++)
      total += p.runs[i].chars;
    S_page_reset(&p);
    if (st != BREVE_OK)
      return st;
    if (pass == 0 && S_body_chars(a) < 200 && total > 1000) {
      S_free_paragraphs(a);
      continue;
    }
    break;
  }
  return st;
}

/* ------------------------------------------------------------------ */
/* Entry points                                                       */

/* Parses a page. Bytes that are valid UTF-8 are read as UTF-8 whatever
 * the page declares (saved pages are often re-encoded without their
 * <meta charset> being updated); otherwise libxml2 converts from the
 * declared character set. */
static breve_status S_parse(const char *data, size_t len, const char *enc,
                            htmlDocPtr *out, breve_error *err) {
  breve_xml_quiet q;
  int options = HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                HTML_PARSE_RECOVER | HTML_PARSE_COMPACT;
  *out = NULL;
  if (len > INT_MAX)
    return breve_error_set(err, BREVE_ERR_LIMIT, "HTML input is too large");
  if (!enc && breve_utf8_validate(data, len) == len)
    enc = "UTF-8";
  if (enc)
    options |= HTML_PARSE_IGNORE_ENC;
  breve_status st = breve_xml_load(err);
  if (st != BREVE_OK)
    return st;
  breve_xml_quiet_begin(&q);
  htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
  if (!ctxt) {
    breve_xml_quiet_end(&q);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  htmlDocPtr doc = htmlCtxtReadMemory(ctxt, data, (int)len, NULL, enc, options);
  xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
  int too_deep = e && e->message && strstr(e->message, "Excessive depth");
  int line = e ? e->line : 0;
  htmlFreeParserCtxt(ctxt);
  breve_xml_quiet_end(&q);
  if (too_deep) {
    /* libxml2 stops at 256 levels; what follows would be lost */
    if (doc)
      xmlFreeDoc(doc);
    return breve_error_set(err, BREVE_ERR_PARSE,
                           "elements nested deeper than 256 levels (line "
                           "%d): not a page breve can read",
                           line);
  }
  if (!doc || !xmlDocGetRootElement(doc)) {
    if (doc)
      xmlFreeDoc(doc);
    return breve_error_set(err, BREVE_ERR_PARSE,
                           "not an HTML page libxml2 can read");
  }
  *out = doc;
  return BREVE_OK;
}

breve_status breve_article_parse_html(const char *data, size_t len,
                                      const breve_options *opts,
                                      breve_article *a, breve_error *err) {
  htmlDocPtr doc;
  breve_status st;
  S_meta m = {0};
  (void)opts;
  if (memchr(data, '\0', len) && breve_utf8_validate(data, len) < len / 2)
    return breve_error_set(err, BREVE_ERR_INPUT,
                           "binary data, not an HTML page");
  if ((st = S_parse(data, len, NULL, &doc, err)) != BREVE_OK)
    return st;
  S_meta_collect(doc, &m);
  a->title = S_pick_title(&m);
  {
    const char *by = m.ld_author ? m.ld_author
                     : m.byline_dom ? m.byline_dom
                                    : m.byline_meta;
    if (by)
      a->byline = S_byline_name(by);
  }
  if (m.date || m.ld_date)
    a->date = breve_strdup(m.ld_date ? m.ld_date : m.date);
  if (m.lang)
    a->lang = breve_strdup(m.lang);
  if (m.link)
    a->link = breve_strdup(m.link);
  st = S_extract_body(doc, a, 0);
  /* pages that build their text with scripts often state it in JSON-LD:
   * use it when the page's own text is much shorter */
  if (st == BREVE_OK && m.ld_body &&
      S_body_chars(a) * 2 < strlen(m.ld_body)) {
    breve_article body = {0};
    body.byline = a->byline;
    st = S_text_paragraphs(m.ld_body, &body);
    body.byline = NULL;
    if (st == BREVE_OK && body.n_paragraphs) {
      S_free_paragraphs(a);
      a->paragraphs = body.paragraphs;
      a->n_paragraphs = body.n_paragraphs;
    } else {
      breve_article_free(&body);
    }
  }
  S_meta_free(&m);
  xmlFreeDoc(doc);
  if (st == BREVE_ERR_LIMIT)
    return breve_error_set(err, st, "the page has more than %d elements",
                           S_MAX_ELEMS);
  if (st != BREVE_OK)
    return breve_error_set(err, st, NULL);
  if (a->n_paragraphs == 0)
    return breve_error_set(err, BREVE_ERR_EMPTY,
                           "no article text found in the HTML page");
  return BREVE_OK;
}

breve_status breve_html_fragment(const char *html, size_t len,
                                 breve_article *a, breve_error *err) {
  htmlDocPtr doc;
  breve_status st;
  if ((st = S_parse(html, len, "UTF-8", &doc, err)) != BREVE_OK)
    return st;
  st = S_extract_body(doc, a, 1);
  xmlFreeDoc(doc);
  return st == BREVE_OK ? BREVE_OK : breve_error_set(err, st, NULL);
}

char *breve_html_text(const char *html, size_t len) {
  htmlDocPtr doc;
  if (S_parse(html, len, "UTF-8", &doc, NULL) != BREVE_OK)
    return NULL;
  char *text = S_text_of(xmlDocGetRootElement(doc), len + 16);
  xmlFreeDoc(doc);
  return text;
}
