/* RSS 2.0, RSS 1.0 (RDF) and Atom feeds (libxml2): each item becomes an
 * article, its HTML content extracted as a page's would be. */
#include <limits.h>
#include <string.h>

#include "core/xml.h"

#include "input.h"

/* Longest text taken from one element (an item's content). */
#define S_MAX_TEXT (4u * 1024u * 1024u)

static int S_is(xmlNode *n, const char *name) {
  return n && n->type == XML_ELEMENT_NODE &&
         strcmp((const char *)n->name, name) == 0;
}

/* Namespace URI of an element, or "". */
static const char *S_ns(xmlNode *n) {
  return n->ns && n->ns->href ? (const char *)n->ns->href : "";
}

/* First child element called `name`. In RSS, elements of other
 * vocabularies with the same local name are skipped: WordPress puts an
 * empty <atom:link rel="self"/> before the channel's <link>. */
static xmlNode *S_child(xmlNode *parent, const char *name) {
  const char *ns = parent && parent->ns && parent->ns->href
                       ? (const char *)parent->ns->href
                       : "";
  for (xmlNode *c = parent ? parent->children : NULL; c; c = c->next)
    if (S_is(c, name) && (strcmp(name, "link") != 0 || strcmp(S_ns(c), ns) == 0))
      return c;
  return NULL;
}

/* Text of an element: its text and CDATA below, in order. References to
 * entities the document declares are not expanded (no "billion laughs");
 * HTML entity names some feeds use undeclared (&eacute;) are. */
static void S_text_into(xmlNode *top, breve_buf *b) {
  xmlNode *n = top->children;
  while (n) {
    int descend = 1;
    if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
        n->content) {
      breve_buf_puts(b, (const char *)n->content);
    } else if (n->type == XML_ENTITY_REF_NODE) {
      const htmlEntityDesc *e = htmlEntityLookup(n->name);
      if (e) {
        char u[4];
        breve_buf_put(b, u, breve_utf8_encode(e->value, u));
      }
      descend = 0;
    } else if (n->type != XML_ELEMENT_NODE) {
      descend = 0;
    }
    if (b->len > S_MAX_TEXT || b->oom)
      return;
    if (descend && n->children) {
      n = n->children;
      continue;
    }
    while (n && n != top && !n->next)
      n = n->parent;
    if (!n || n == top)
      break;
    n = n->next;
  }
}

/* Text of an element, trimmed; NULL when empty. Caller frees. */
static char *S_text(xmlNode *n) {
  if (!n)
    return NULL;
  breve_buf b = {0};
  S_text_into(n, &b);
  if (b.oom || !b.len) {
    breve_buf_free(&b);
    return NULL;
  }
  const char *s = b.ptr;
  size_t len = b.len;
  breve_trim(&s, &len);
  char *out = len ? breve_strndup(s, len) : NULL;
  breve_buf_free(&b);
  return out;
}

/* A title or name that may hold markup or escaped entities, as plain
 * text on one line. */
static char *S_plain(xmlNode *n) {
  char *t = S_text(n);
  if (t && (strchr(t, '<') || strchr(t, '&'))) {
    char *plain = breve_html_text(t, strlen(t));
    if (plain) {
      breve_free(t);
      t = plain;
    }
  }
  if (t) {
    /* one line, runs of white space collapsed */
    char *w = t;
    int space = 0;
    for (char *r = t; *r; r++) {
      if (*r == ' ' || *r == '\n' || *r == '\t' || *r == '\r') {
        space = 1;
        continue;
      }
      if (space && w != t)
        *w++ = ' ';
      space = 0;
      *w++ = *r;
    }
    *w = '\0';
    if (!*t) {
      breve_free(t);
      t = NULL;
    }
  }
  return t;
}

static char *S_attr(xmlNode *n, const char *name) {
  xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
  char *out = v ? breve_strdup((const char *)v) : NULL;
  xmlFree(v);
  return out;
}

/* The web page an Atom element links to: <link href> with no rel or
 * rel="alternate". */
static char *S_atom_link(xmlNode *parent) {
  char *fallback = NULL;
  for (xmlNode *c = parent->children; c; c = c->next) {
    if (!S_is(c, "link"))
      continue;
    char *rel = S_attr(c, "rel");
    char *href = S_attr(c, "href");
    if (href && (!rel || strcmp(rel, "alternate") == 0)) {
      breve_free(rel);
      breve_free(fallback);
      return href;
    }
    if (href && !fallback && rel && strcmp(rel, "self") != 0)
      fallback = href;
    else
      breve_free(href);
    breve_free(rel);
  }
  return fallback;
}

/* Plain-text content: paragraphs are separated by blank lines. */
static breve_status S_text_paragraphs(const char *s, size_t n,
                                      breve_article *a) {
  size_t i = 0;
  while (i < n) {
    size_t j = i;
    while (j < n && !(s[j] == '\n' && j + 1 < n &&
                      (s[j + 1] == '\n' ||
                       (s[j + 1] == '\r' && j + 2 < n && s[j + 2] == '\n'))))
      j++;
    const char *p = s + i;
    size_t k = j - i;
    breve_trim(&p, &k);
    if (k) {
      breve_line_kind kind = breve_line_classify(p, k, a->byline);
      if ((kind == BREVE_LINE_BODY || kind == BREVE_LINE_HEADLINE) &&
          breve_article_add_paragraph(a, p, k) != BREVE_OK)
        return BREVE_ERR_NOMEM;
    }
    i = j + 1;
  }
  return BREVE_OK;
}

/* Serialises the children of an Atom xhtml content element, to be read
 * as an HTML fragment. */
static char *S_inner_xml(xmlDoc *doc, xmlNode *n) {
  xmlBufferPtr xb = xmlBufferCreate();
  char *out = NULL;
  if (!xb)
    return NULL;
  for (xmlNode *c = n->children; c; c = c->next) {
    if (xmlNodeDump(xb, doc, c, 0, 0) < 0)
      break;
    if ((size_t)xmlBufferLength(xb) > S_MAX_TEXT)
      break;
  }
  out = breve_strndup((const char *)xmlBufferContent(xb),
                      (size_t)xmlBufferLength(xb));
  xmlBufferFree(xb);
  return out;
}

/* Fills the body of `a` from a content element: HTML by default, plain
 * text for Atom type="text", inline XHTML for type="xhtml". */
static breve_status S_body(xmlDoc *doc, xmlNode *content, int atom,
                           breve_article *a, breve_error *err) {
  char *type = atom ? S_attr(content, "type") : NULL;
  breve_status st = BREVE_OK;
  if (type && strcmp(type, "xhtml") == 0) {
    char *html = S_inner_xml(doc, content);
    if (!html)
      st = BREVE_ERR_NOMEM;
    else
      st = breve_html_fragment(html, strlen(html), a, err);
    breve_free(html);
  } else {
    char *text = S_text(content);
    if (text) {
      if (type && strcmp(type, "text") == 0)
        st = S_text_paragraphs(text, strlen(text), a);
      else
        st = breve_html_fragment(text, strlen(text), a, err);
    }
    breve_free(text);
  }
  breve_free(type);
  return st;
}

/* Author of an item: Atom <author><name>, dc:creator, or RSS <author>
 * ("mail@example.org (Name)" gives the name). */
static char *S_author(xmlNode *item) {
  for (xmlNode *c = item->children; c; c = c->next) {
    if (S_is(c, "author")) {
      xmlNode *name = S_child(c, "name");
      char *t = S_plain(name ? name : c);
      if (t) {
        char *open = strchr(t, '(');
        char *close = open ? strrchr(open, ')') : NULL;
        if (strchr(t, '@') && open && close && close > open + 1) {
          char *n = breve_strndup(open + 1, (size_t)(close - open - 1));
          breve_free(t);
          return n;
        }
        if (strchr(t, '@') && !strchr(t, ' ')) {
          breve_free(t);
          continue;
        }
        return t;
      }
    } else if (S_is(c, "creator")) {
      char *t = S_plain(c);
      if (t)
        return t;
    }
  }
  return NULL;
}

/* Reads one RSS item or Atom entry into `a`. */
static breve_status S_item(xmlDoc *doc, xmlNode *item, int atom,
                           const char *lang, breve_article *a,
                           breve_error *err) {
  xmlNode *content = NULL, *summary = NULL;
  char *date_published = NULL, *date_updated = NULL;
  a->title = S_plain(S_child(item, "title"));
  a->byline = S_author(item);
  if (atom) {
    a->link = S_atom_link(item);
  } else {
    a->link = S_plain(S_child(item, "link"));
    xmlNode *guid = S_child(item, "guid");
    if (!a->link && guid) {
      char *perma = S_attr(guid, "isPermaLink");
      if (!perma || strcmp(perma, "false") != 0)
        a->link = S_plain(guid);
      breve_free(perma);
    }
  }
  for (xmlNode *c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE)
      continue;
    const char *name = (const char *)c->name;
    if (!strcmp(name, "encoded") &&
        strstr(S_ns(c), "purl.org/rss/1.0/modules/content")) {
      content = c;
    } else if (!strcmp(name, "content") && atom) {
      if (!content)
        content = c;
    } else if ((!strcmp(name, "description") || !strcmp(name, "summary")) &&
               !summary) {
      summary = c;
    } else if ((!strcmp(name, "pubDate") || !strcmp(name, "published") ||
                (!strcmp(name, "date") && strstr(S_ns(c), "purl.org/dc"))) &&
               !date_published) {
      date_published = S_plain(c);
    } else if (!strcmp(name, "updated") && !date_updated) {
      date_updated = S_plain(c);
    }
  }
  a->date = date_published ? date_published : date_updated;
  if (date_published)
    breve_free(date_updated);
  xmlChar *xl = xmlNodeGetLang(item);
  if (xl && *xl)
    a->lang = breve_strdup((const char *)xl);
  else if (lang)
    a->lang = breve_strdup(lang);
  xmlFree(xl);

  breve_status st = BREVE_OK;
  if (content)
    st = S_body(doc, content, atom, a, err);
  if (st == BREVE_OK && a->n_paragraphs == 0 && summary)
    st = S_body(doc, summary, atom, a, err);
  return st;
}

void breve_feed_free(breve_feed *feed) {
  if (!feed)
    return;
  breve_free(feed->title);
  breve_free(feed->link);
  for (size_t i = 0; i < feed->n_items; i++)
    breve_article_free(&feed->items[i]);
  breve_free(feed->items);
  memset(feed, 0, sizeof *feed);
}

/* Parses the XML; a document libxml2 cannot read at all, or one whose
 * entities expand beyond its limits, is an error naming the line. */
static breve_status S_read_xml(const char *data, size_t len, xmlDoc **out,
                               breve_error *err) {
  breve_xml_quiet q;
  xmlParserCtxtPtr ctxt;
  breve_status st;
  *out = NULL;
  if ((st = breve_xml_load(err)) != BREVE_OK)
    return st;
  breve_xml_quiet_begin(&q);
  ctxt = xmlNewParserCtxt();
  if (!ctxt) {
    breve_xml_quiet_end(&q);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  /* No XML_PARSE_NOENT (entities stay references), no DTD loading, no
   * network, libxml2's default size and depth limits (no XML_PARSE_HUGE). */
  xmlDoc *doc = xmlCtxtReadMemory(
      ctxt, data, (int)len, NULL, NULL,
      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
          XML_PARSE_RECOVER);
  xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
  int code = e ? e->code : 0;
  int line = e ? e->line : 0;
  char msg[200] = "";
  if (e && e->message) {
    size_t k = 0;
    for (const char *m = e->message; *m && *m != '\n' && k + 1 < sizeof msg;
         m++)
      msg[k++] = *m;
    msg[k] = '\0';
  }
  if (code == XML_ERR_ENTITY_LOOP) {
    st = breve_error_set(err, BREVE_ERR_LIMIT,
                         "feed refused at line %d: %s", line,
                         msg[0] ? msg : "entity expansion beyond limits");
  } else if (msg[0] && strstr(msg, "Excessive depth")) {
    st = breve_error_set(err, BREVE_ERR_PARSE,
                         "elements nested deeper than 256 levels (line %d)",
                         line);
  } else if (!doc || !xmlDocGetRootElement(doc)) {
    st = breve_error_set(err, BREVE_ERR_PARSE, "malformed XML at line %d: %s",
                         line, msg[0] ? msg : "no root element");
  }
  xmlFreeParserCtxt(ctxt);
  breve_xml_quiet_end(&q);
  if (st != BREVE_OK) {
    if (doc)
      xmlFreeDoc(doc);
    return st;
  }
  *out = doc;
  return BREVE_OK;
}

breve_status breve_feed_parse(const char *data, size_t len,
                              const breve_options *opts, breve_feed *out,
                              breve_error *err) {
  breve_options defaults;
  breve_status st = BREVE_OK;
  xmlDoc *doc = NULL;
  if (!out)
    return breve_error_set(err, BREVE_ERR_ARG, "no feed to fill");
  memset(out, 0, sizeof *out);
  if (!data)
    return breve_error_set(err, BREVE_ERR_ARG, "no input");
  if (!opts) {
    breve_options_init(&defaults);
    opts = &defaults;
  }
  if (len > opts->max_input_bytes || len > INT_MAX)
    return breve_error_set(err, BREVE_ERR_LIMIT,
                           "feed is too large (%zu bytes; the limit is %zu)",
                           len, opts->max_input_bytes);
  if ((st = S_read_xml(data, len, &doc, err)) != BREVE_OK)
    return st;

  xmlNode *root = xmlDocGetRootElement(doc);
  xmlNode *channel = NULL, *items_parent = NULL;
  const char *item_name = "item";
  int atom = 0;
  if (S_is(root, "rss")) {
    channel = S_child(root, "channel");
    items_parent = channel ? channel : root;
  } else if (S_is(root, "RDF")) {
    channel = S_child(root, "channel");
    items_parent = root;
  } else if (S_is(root, "feed")) {
    channel = root;
    items_parent = root;
    item_name = "entry";
    atom = 1;
  } else {
    st = breve_error_set(err, BREVE_ERR_PARSE,
                         "not an RSS or Atom feed (the root element is <%.60s>)",
                         (const char *)root->name);
    xmlFreeDoc(doc);
    return st;
  }
  char *lang = NULL;
  if (channel) {
    out->title = S_plain(S_child(channel, "title"));
    out->link = atom ? S_atom_link(channel) : S_plain(S_child(channel, "link"));
    lang = S_plain(S_child(channel, "language"));
  }
  size_t n = 0;
  for (xmlNode *c = items_parent->children; c; c = c->next)
    if (S_is(c, item_name) && n < BREVE_FEED_MAX_ITEMS)
      n++;
  if (n) {
    out->items = breve_calloc(n, sizeof *out->items);
    if (!out->items)
      st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
  for (xmlNode *c = items_parent->children; c && st == BREVE_OK; c = c->next) {
    if (!S_is(c, item_name) || out->n_items >= n)
      continue;
    breve_article *a = &out->items[out->n_items++];
    st = S_item(doc, c, atom, lang, a, err);
    if (st != BREVE_OK && st != BREVE_ERR_NOMEM) {
      /* an item whose content cannot be read keeps its title */
      for (size_t i = 0; i < a->n_paragraphs; i++)
        breve_free(a->paragraphs[i]);
      breve_free(a->paragraphs);
      a->paragraphs = NULL;
      a->n_paragraphs = 0;
      st = BREVE_OK;
    }
  }
  breve_free(lang);
  xmlFreeDoc(doc);
  if (st == BREVE_OK && out->n_items == 0)
    st = breve_error_set(err, BREVE_ERR_EMPTY, "the feed has no item");
  if (st != BREVE_OK) {
    if (st == BREVE_ERR_NOMEM)
      breve_error_set(err, st, NULL);
    breve_feed_free(out);
  }
  return st;
}

breve_status breve_article_parse_feed(const char *data, size_t len,
                                      const breve_options *opts,
                                      breve_article *a, breve_error *err) {
  breve_feed feed;
  breve_status st = breve_feed_parse(data, len, opts, &feed, err);
  if (st != BREVE_OK)
    return st;
  for (size_t i = 0; i < feed.n_items; i++) {
    if (feed.items[i].n_paragraphs) {
      *a = feed.items[i];
      memset(&feed.items[i], 0, sizeof feed.items[i]);
      breve_feed_free(&feed);
      return BREVE_OK;
    }
  }
  breve_feed_free(&feed);
  return breve_error_set(err, BREVE_ERR_EMPTY,
                         "no item of the feed has text to read");
}
