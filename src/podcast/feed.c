/* Episode records (DIR/ID.meta) and the RSS 2.0 feed with the itunes and
 * podcast namespaces, written with libxml2's xmlTextWriter. */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/xml.h"

#include "podcast/podcast.h"

#define S_NS_ITUNES "http://www.itunes.com/dtds/podcast-1.0.dtd"
#define S_NS_PODCAST "https://podcastindex.org/namespace/1.0"
#define S_NS_ATOM "http://www.w3.org/2005/Atom"
#define S_NS_PSC "http://podlove.org/simple-chapters"

void breve_meta_free(breve_meta *m) {
  if (!m)
    return;
  breve_free(m->id);
  breve_free(m->title);
  breve_free(m->description);
  breve_free(m->guid);
  breve_free(m->pubdate);
  breve_free(m->audio);
  breve_free(m->mime);
  breve_free(m->chapters);
  breve_free(m->transcript);
  for (size_t i = 0; i < m->n_articles; i++)
    breve_free(m->articles[i]);
  breve_free(m->articles);
  for (size_t i = 0; i < m->n_chapters; i++)
    breve_free(m->chapter_title[i]);
  breve_free(m->chapter_title);
  breve_free(m->chapter_start);
  memset(m, 0, sizeof *m);
}

/* Values are one line: new lines inside the description are stored as
 * repeated "headline" keys. */
char *breve_meta_format(const breve_meta *m) {
  breve_buf b = {0};
  breve_buf_printf(&b, "id = %s\n", m->id);
  breve_buf_printf(&b, "title = %s\n", m->title);
  breve_buf_printf(&b, "guid = %s\n", m->guid);
  breve_buf_printf(&b, "pubdate = %s\n", m->pubdate);
  breve_buf_printf(&b, "pubtime = %lld\n", m->pubtime);
  breve_buf_printf(&b, "audio = %s\n", m->audio);
  breve_buf_printf(&b, "mime = %s\n", m->mime);
  breve_buf_printf(&b, "bytes = %lld\n", m->bytes);
  breve_buf_printf(&b, "seconds = %.3f\n", m->seconds);
  breve_buf_printf(&b, "chapters = %s\n", m->chapters);
  breve_buf_printf(&b, "transcript = %s\n", m->transcript);
  breve_buf_printf(&b, "lufs = %.2f\n", m->lufs);
  breve_buf_printf(&b, "true_peak = %.2f\n", m->true_peak);
  const char *d = m->description ? m->description : "";
  while (*d) {
    size_t l = strcspn(d, "\n");
    breve_buf_puts(&b, "headline = ");
    breve_buf_put(&b, d, l);
    breve_buf_putc(&b, '\n');
    d += l;
    if (*d)
      d++;
  }
  for (size_t i = 0; i < m->n_articles; i++)
    breve_buf_printf(&b, "article = %s\n", m->articles[i]);
  for (size_t i = 0; i < m->n_chapters; i++) {
    /* one line: new lines in a title become spaces */
    breve_buf_printf(&b, "chapter = %.3f ", m->chapter_start[i]);
    for (const char *t = m->chapter_title[i]; *t; t++)
      breve_buf_putc(&b, *t == '\n' || *t == '\r' ? ' ' : *t);
    breve_buf_putc(&b, '\n');
  }
  return b.oom ? (breve_buf_free(&b), NULL) : breve_buf_detach(&b);
}

static int S_set_str(char **dst, const char *v) {
  breve_free(*dst);
  return (*dst = breve_strdup(v)) != NULL;
}

breve_status breve_meta_read(const char *path, breve_meta *m,
                             breve_error *err) {
  size_t len;
  char *data = breve_file_slurp(path, &len);
  breve_buf desc = {0};
  int lineno = 0, ok = 1;
  memset(m, 0, sizeof *m);
  if (!data)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", path, strerror(errno));
  for (char *line = data; ok && *line;) {
    char *nl = strchr(line, '\n');
    if (nl)
      *nl = '\0';
    lineno++;
    char *eq = strstr(line, " = ");
    if (*line && *line != '#') {
      if (!eq) {
        ok = 0;
        break;
      }
      *eq = '\0';
      const char *k = line, *v = eq + 3;
      if (!strcmp(k, "id"))
        ok = S_set_str(&m->id, v);
      else if (!strcmp(k, "title"))
        ok = S_set_str(&m->title, v);
      else if (!strcmp(k, "guid"))
        ok = S_set_str(&m->guid, v);
      else if (!strcmp(k, "pubdate"))
        ok = S_set_str(&m->pubdate, v);
      else if (!strcmp(k, "pubtime"))
        m->pubtime = strtoll(v, NULL, 10);
      else if (!strcmp(k, "audio"))
        ok = S_set_str(&m->audio, v);
      else if (!strcmp(k, "mime"))
        ok = S_set_str(&m->mime, v);
      else if (!strcmp(k, "bytes"))
        m->bytes = strtoll(v, NULL, 10);
      else if (!strcmp(k, "seconds"))
        m->seconds = strtod(v, NULL);
      else if (!strcmp(k, "chapters"))
        ok = S_set_str(&m->chapters, v);
      else if (!strcmp(k, "transcript"))
        ok = S_set_str(&m->transcript, v);
      else if (!strcmp(k, "lufs"))
        m->lufs = strtod(v, NULL);
      else if (!strcmp(k, "true_peak"))
        m->true_peak = strtod(v, NULL);
      else if (!strcmp(k, "headline")) {
        if (desc.len)
          breve_buf_putc(&desc, '\n');
        breve_buf_puts(&desc, v);
      } else if (!strcmp(k, "article")) {
        char **p = breve_realloc(m->articles, (m->n_articles + 1) * sizeof *p);
        if (!p || !(p[m->n_articles] = breve_strdup(v))) {
          if (p)
            m->articles = p;
          ok = 0;
          break;
        }
        m->articles = p;
        m->n_articles++;
      } else if (!strcmp(k, "chapter")) {
        char *end;
        double t = strtod(v, &end);
        if (end == v || *end != ' ') {
          ok = 0;
          break;
        }
        double *ps =
            breve_realloc(m->chapter_start, (m->n_chapters + 1) * sizeof *ps);
        if (ps)
          m->chapter_start = ps;
        char **pt = ps ? breve_realloc(m->chapter_title,
                                       (m->n_chapters + 1) * sizeof *pt)
                       : NULL;
        if (pt)
          m->chapter_title = pt;
        if (!ps || !pt || !(pt[m->n_chapters] = breve_strdup(end + 1))) {
          ok = 0;
          break;
        }
        ps[m->n_chapters++] = t;
      }
      /* unknown keys are kept for later versions: ignored */
    }
    if (!nl)
      break;
    line = nl + 1;
  }
  breve_free(data);
  if (ok && !desc.oom)
    m->description = breve_buf_detach(&desc);
  else
    breve_buf_free(&desc);
  if (!ok || !m->id || !m->audio || !m->description) {
    breve_meta_free(m);
    return breve_error_set(err, BREVE_ERR_PARSE, "%s:%d: not an episode record",
                           path, lineno);
  }
  return BREVE_OK;
}

static int S_cmp_meta(const void *a, const void *b) {
  const breve_meta *x = a, *y = b;
  if (x->pubtime != y->pubtime)
    return x->pubtime > y->pubtime ? -1 : 1;
  return -strcmp(x->id, y->id);
}

void breve_meta_list_free(breve_meta *list, size_t n) {
  for (size_t i = 0; list && i < n; i++)
    breve_meta_free(&list[i]);
  breve_free(list);
}

breve_status breve_meta_list(const char *dir, breve_meta **out, size_t *n,
                             breve_error *err) {
  DIR *d = opendir(dir);
  struct dirent *e;
  breve_meta *list = NULL;
  size_t count = 0, cap = 0;
  breve_status st = BREVE_OK;
  *out = NULL;
  *n = 0;
  if (!d)
    return breve_error_set(err, BREVE_ERR_IO, "%s: %s", dir, strerror(errno));
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (e->d_name[0] == '.' || l < 6 || strcmp(e->d_name + l - 5, ".meta"))
      continue;
    if (count == cap) {
      cap = cap ? 2 * cap : 16;
      breve_meta *p = breve_realloc(list, cap * sizeof *p);
      if (!p) {
        st = breve_error_set(err, BREVE_ERR_NOMEM, NULL);
        break;
      }
      list = p;
    }
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if ((st = breve_meta_read(path, &list[count], err)) != BREVE_OK)
      break;
    count++;
  }
  closedir(d);
  if (st != BREVE_OK) {
    breve_meta_list_free(list, count);
    return st;
  }
  if (count)
    qsort(list, count, sizeof *list, S_cmp_meta);
  *out = list;
  *n = count;
  return BREVE_OK;
}

/* base_url joined with a file name; the bare name without a base. */
static void S_url(breve_buf *b, const char *base, const char *name) {
  breve_buf_clear(b);
  if (base && *base) {
    breve_buf_puts(b, base);
    if (base[strlen(base) - 1] != '/')
      breve_buf_putc(b, '/');
  }
  breve_buf_puts(b, name);
}

static const char *S_bcast(breve_buf *b) { return b->ptr ? b->ptr : ""; }

breve_status breve_feed_format(const breve_show *show, const breve_meta *eps,
                               size_t n, char **out, breve_error *err) {
  *out = NULL;
  breve_status st = breve_xml_load(err);
  if (st != BREVE_OK)
    return st;
  xmlBufferPtr xb = xmlBufferCreate();
  xmlTextWriterPtr w = xb ? xmlNewTextWriterMemory(xb, 0) : NULL;
  breve_buf url = {0};
  int rc = 0;
  *out = NULL;
  if (!w) {
    if (xb)
      xmlBufferFree(xb);
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  }
#define X(call)                                                                \
  do {                                                                         \
    if (rc >= 0)                                                               \
      rc = (call);                                                             \
  } while (0)
#define EL(name, text)                                                         \
  X(xmlTextWriterWriteElement(w, BAD_CAST(name), BAD_CAST(text)))
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST "  ");
  X(xmlTextWriterStartDocument(w, "1.0", "UTF-8", NULL));
  X(xmlTextWriterStartElement(w, BAD_CAST "rss"));
  X(xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "2.0"));
  X(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:itunes",
                                BAD_CAST S_NS_ITUNES));
  X(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:podcast",
                                BAD_CAST S_NS_PODCAST));
  X(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:atom", BAD_CAST S_NS_ATOM));
  X(xmlTextWriterWriteAttribute(w, BAD_CAST "xmlns:psc", BAD_CAST S_NS_PSC));
  X(xmlTextWriterStartElement(w, BAD_CAST "channel"));
  EL("title", show->title);
  const char *link = show->link[0] ? show->link : show->base_url;
  if (*link)
    EL("link", link);
  EL("description", show->description[0] ? show->description : show->title);
  EL("language", show->language);
  EL("generator", "breve " BREVE_VERSION_STRING);
  if (n)
    EL("lastBuildDate", eps[0].pubdate);
  if (show->base_url[0]) {
    S_url(&url, show->base_url, "feed.xml");
    X(xmlTextWriterStartElement(w, BAD_CAST "atom:link"));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "href", BAD_CAST S_bcast(&url)));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "rel", BAD_CAST "self"));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "type",
                                  BAD_CAST "application/rss+xml"));
    X(xmlTextWriterEndElement(w));
  }
  EL("itunes:author", show->author);
  EL("itunes:summary", show->description[0] ? show->description : show->title);
  EL("itunes:type", "episodic");
  if (show->image[0]) {
    X(xmlTextWriterStartElement(w, BAD_CAST "itunes:image"));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "href", BAD_CAST show->image));
    X(xmlTextWriterEndElement(w));
    X(xmlTextWriterStartElement(w, BAD_CAST "image"));
    EL("url", show->image);
    EL("title", show->title);
    if (*link)
      EL("link", link);
    X(xmlTextWriterEndElement(w));
  }
  X(xmlTextWriterStartElement(w, BAD_CAST "itunes:category"));
  X(xmlTextWriterWriteAttribute(w, BAD_CAST "text", BAD_CAST show->category));
  X(xmlTextWriterEndElement(w));
  EL("itunes:explicit", show->explicit_content ? "true" : "false");

  for (size_t i = 0; i < n && rc >= 0; i++) {
    const breve_meta *m = &eps[i];
    char num[64];
    X(xmlTextWriterStartElement(w, BAD_CAST "item"));
    EL("title", m->title);
    EL("description", m->description);
    EL("itunes:summary", m->description);
    X(xmlTextWriterStartElement(w, BAD_CAST "guid"));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "isPermaLink", BAD_CAST "false"));
    X(xmlTextWriterWriteString(w, BAD_CAST m->guid));
    X(xmlTextWriterEndElement(w));
    EL("pubDate", m->pubdate);
    S_url(&url, show->base_url, m->audio);
    X(xmlTextWriterStartElement(w, BAD_CAST "enclosure"));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "url", BAD_CAST S_bcast(&url)));
    snprintf(num, sizeof num, "%lld", m->bytes);
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "length", BAD_CAST num));
    X(xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST m->mime));
    X(xmlTextWriterEndElement(w));
    snprintf(num, sizeof num, "%lld", (long long)(m->seconds + 0.5));
    EL("itunes:duration", num);
    EL("itunes:episodeType", "full");
    EL("itunes:explicit", show->explicit_content ? "true" : "false");
    if (m->transcript && *m->transcript) {
      S_url(&url, show->base_url, m->transcript);
      X(xmlTextWriterStartElement(w, BAD_CAST "podcast:transcript"));
      X(xmlTextWriterWriteAttribute(w, BAD_CAST "url", BAD_CAST S_bcast(&url)));
      X(xmlTextWriterWriteAttribute(w, BAD_CAST "type", BAD_CAST "text/vtt"));
      X(xmlTextWriterWriteAttribute(w, BAD_CAST "language",
                                    BAD_CAST show->language));
      X(xmlTextWriterEndElement(w));
    }
    if (m->chapters && *m->chapters) {
      S_url(&url, show->base_url, m->chapters);
      X(xmlTextWriterStartElement(w, BAD_CAST "podcast:chapters"));
      X(xmlTextWriterWriteAttribute(w, BAD_CAST "url", BAD_CAST S_bcast(&url)));
      X(xmlTextWriterWriteAttribute(w, BAD_CAST "type",
                                    BAD_CAST "application/json+chapters"));
      X(xmlTextWriterEndElement(w));
    }
    if (m->n_chapters) {
      /* the same chapters inline, as Podlove Simple Chapters, for the apps
       * that read those rather than the JSON file */
      X(xmlTextWriterStartElement(w, BAD_CAST "psc:chapters"));
      X(xmlTextWriterWriteAttribute(w, BAD_CAST "version", BAD_CAST "1.2"));
      for (size_t c = 0; c < m->n_chapters; c++) {
        long long ms = (long long)(m->chapter_start[c] * 1000 + 0.5);
        snprintf(num, sizeof num, "%02lld:%02lld:%02lld.%03lld", ms / 3600000,
                 ms / 60000 % 60, ms / 1000 % 60, ms % 1000);
        X(xmlTextWriterStartElement(w, BAD_CAST "psc:chapter"));
        X(xmlTextWriterWriteAttribute(w, BAD_CAST "start", BAD_CAST num));
        X(xmlTextWriterWriteAttribute(w, BAD_CAST "title",
                                      BAD_CAST m->chapter_title[c]));
        X(xmlTextWriterEndElement(w));
      }
      X(xmlTextWriterEndElement(w));
    }
    X(xmlTextWriterEndElement(w)); /* item */
  }
  X(xmlTextWriterEndElement(w)); /* channel */
  X(xmlTextWriterEndElement(w)); /* rss */
  X(xmlTextWriterEndDocument(w));
#undef EL
#undef X
  xmlFreeTextWriter(w);
  int oom = url.oom;
  breve_buf_free(&url);
  if (rc < 0 || oom) {
    xmlBufferFree(xb);
    return breve_error_set(err, BREVE_ERR_NOMEM, "feed: cannot write XML");
  }
  *out = breve_strdup((const char *)xmlBufferContent(xb));
  xmlBufferFree(xb);
  if (!*out)
    return breve_error_set(err, BREVE_ERR_NOMEM, NULL);
  /* XML 1.0 has no control characters but tab and line ends: one in a
   * title (from an article or a setting) would make the whole feed
   * unreadable, so they are dropped (the writer emits none itself). */
  char *r = *out, *wp = *out;
  for (; *r; r++)
    if ((unsigned char)*r >= 0x20 || *r == '\t' || *r == '\n' || *r == '\r')
      *wp++ = *r;
  *wp = '\0';
  return BREVE_OK;
}
