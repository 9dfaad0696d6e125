/* HTML pages and feeds: what breve understands of pages and feeds written
 * for these tests, and hostile input (entity expansion, deep nesting,
 * huge pages, invalid bytes) that must end in a clear error or a correct
 * result, quickly. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/core.h"
#include "harness.h"

static char *S_slurp(const char *name, size_t *len) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", BREVE_TEST_DATA, name);
  char *data = NULL;
  breve_error err = {0};
  if (breve_file_read(path, 1u << 26, &data, len, &err) != BREVE_OK) {
    fprintf(stderr, "cannot read %s: %s\n", path, err.message);
    exit(1);
  }
  return data;
}

/* Does any paragraph contain `needle`? */
static int S_has(const breve_article *a, const char *needle) {
  for (size_t i = 0; i < a->n_paragraphs; i++)
    if (strstr(a->paragraphs[i], needle))
      return 1;
  return 0;
}

static int S_all_utf8(const breve_article *a) {
  const char *fields[] = {a->title, a->byline, a->date, a->lang, a->link};
  for (size_t i = 0; i < 5; i++)
    if (fields[i] && breve_utf8_validate(fields[i], strlen(fields[i])) !=
                         strlen(fields[i]))
      return 0;
  for (size_t i = 0; i < a->n_paragraphs; i++)
    if (breve_utf8_validate(a->paragraphs[i], strlen(a->paragraphs[i])) !=
        strlen(a->paragraphs[i]))
      return 0;
  return 1;
}

static breve_status S_page(const char *name, breve_article *a,
                           breve_error *err) {
  size_t len;
  char *data = S_slurp(name, &len);
  breve_status st = breve_article_parse(data, len, NULL, a, err);
  breve_free(data);
  return st;
}

static double S_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void test_nested(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/nested.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title, "La médiathèque de Saint-Aubin rouvre ses portes",
         "title without the site name");
  STR_EQ(a.byline, "Claire Dumont", "byline from the page");
  OK(a.date && strncmp(a.date, "2026-03-14", 10) == 0, "date %s",
     a.date ? a.date : "(null)");
  STR_EQ(a.lang, "fr", "lang");
  STR_EQ(a.link,
         "https://courrier-du-val.example/culture/mediatheque-saint-aubin",
         "canonical link");
  INT_EQ(a.n_paragraphs, 7, "lede, five paragraphs and an intertitle");
  OK(a.n_paragraphs && strncmp(a.paragraphs[0], "Après dix-huit mois", 20) == 0,
     "the lede comes first");
  OK(S_has(&a, "Des horaires élargis"), "intertitle kept");
  OK(S_has(&a, "fête d'inauguration"), "last paragraph kept");
  const char *never[] = {"cookies", "Partager", "Lire aussi",
                         "cinéma municipal", "Les plus lus", "Tous droits",
                         "Photo Marc", "Publicité", "injected",
                         "Vous avez repéré", "dataLayer", "Politique",
                         "route départementale", "Mentions légales",
                         "color: red"};
  for (size_t i = 0; i < sizeof never / sizeof *never; i++)
    OK(!S_has(&a, never[i]), "page furniture left in: %s", never[i]);
  breve_article_free(&a);
}

/* A news page as French sites lay them out: consent pop-up, paywall
 * label and prompt, audio button, caption and credit, inline "Lire
 * aussi", advertising slot, embedded tweet, newsletter box, tags,
 * reactions, related teasers. */
static void test_french_news(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/french-news.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title,
         "Inondations dans le Sud-Ouest : trois communes en état de "
         "catastrophe naturelle",
         "headline from JSON-LD");
  STR_EQ(a.byline, "Hélène Roussel, Karim Benali", "JSON-LD authors");
  STR_EQ(a.date, "2026-02-03T06:45:00+01:00", "JSON-LD datePublished");
  INT_EQ(a.n_paragraphs, 7, "lede, five paragraphs, one intertitle");
  OK(a.n_paragraphs &&
         strncmp(a.paragraphs[0], "Le gouvernement a publié mardi", 30) == 0,
     "the lede comes first");
  OK(a.n_paragraphs && strncmp(a.paragraphs[a.n_paragraphs - 1],
                               "Météo-France prévoit", 21) == 0,
     "the last paragraph comes last");
  const char *never[] = {"abonnés", "Vous avez lu", "cookies", "Lire aussi",
                         "Publicité", "newsletter", "Situation toujours",
                         "@langon", "Tempête", "Vendanges", "AFP",
                         "Écouter", "Temps de lecture", "réagir",
                         "Accueil", "Tous droits", "Publié le"};
  for (size_t i = 0; i < sizeof never / sizeof *never; i++)
    OK(!S_has(&a, never[i]), "page furniture left in: %s", never[i]);
  breve_article_free(&a);
}

/* A page whose text a script builds: the JSON-LD articleBody is read. */
static void test_script_built(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/script-built.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title, "Le festival de jazz annonce sa programmation",
         "JSON-LD headline of the NewsArticle, not the breadcrumb");
  STR_EQ(a.byline, "Margaux Petit", "author given as a string");
  INT_EQ(a.n_paragraphs, 3, "articleBody lines");
  OK(a.n_paragraphs &&
         strncmp(a.paragraphs[0], "Le festival de jazz de la vallée", 33) == 0,
     "\\u escapes decoded");
  OK(!S_has(&a, "Chargement"), "placeholder left in");
  breve_article_free(&a);
}

/* Teasers of other articles beside the article, with neutral class names
 * and more text than the article itself. */
static void test_teasers(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/teasers.html", &a, &err), BREVE_OK, err.message);
  INT_EQ(a.n_paragraphs, 3, "the article's three paragraphs");
  OK(S_has(&a, "société coopérative"), "article text");
  OK(!S_has(&a, "marché couvert") && !S_has(&a, "charpente"),
     "teasers left in");
  breve_article_free(&a);
}

static void test_comments(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/comments.html", &a, &err), BREVE_OK, err.message);
  INT_EQ(a.n_paragraphs, 3, "the three paragraphs of the article");
  OK(S_has(&a, "ligne B du tramway"), "article text");
  OK(!S_has(&a, "Enfin une bonne nouvelle"), "comments left in");
  OK(!S_has(&a, "Gérard75"), "commenter's name left in");
  breve_article_free(&a);
}

static void test_charsets(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/latin1.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title, "Fête du village : la fanfare de Châteauneuf ouvre le défilé",
         "Latin-1 title converted");
  OK(S_has(&a, "place de l'Église"), "Latin-1 body converted");
  OK(S_all_utf8(&a), "UTF-8 out");
  breve_article_free(&a);

  INT_EQ(S_page("html/cp1252.html", &a, &err), BREVE_OK, err.message);
  OK(S_has(&a, "1,35 €"), "windows-1252 euro sign");
  OK(S_has(&a, "l’énergie"), "windows-1252 apostrophe");
  OK(S_has(&a, "cœur"), "windows-1252 oe ligature");
  breve_article_free(&a);

  INT_EQ(S_page("html/entities.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title, "Le café «\xC2\xA0" "Chez Léon\xC2\xA0» fête ses cent ans",
         "named entities in the title");
  OK(S_has(&a, "d’époque"), "numeric entity");
  OK(S_has(&a, "1,20\xC2\xA0€"), "no-break space and euro kept");
  OK(S_has(&a, "commémorative & un arbre"), "&amp;");
  INT_EQ(a.n_paragraphs, 3, "paragraphs");
  breve_article_free(&a);
}

/* The site's name is cut from a short headline when the page's address
 * names the site. */
static void test_site_title(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/site-title.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title, "Tramway gratuit dimanche", "site name cut");
  breve_article_free(&a);
}

static void test_malformed(void) {
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(S_page("html/malformed.html", &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title,
         "Orages : la préfecture place le département en vigilance orange",
         "title of a page without <head>");
  OK(S_has(&a, "vigilance orange à partir de seize heures"), "first paragraph");
  OK(S_has(&a, "mettre à l'abri"), "text inside misnested tags");
  OK(S_has(&a, "Texte après la fin du document"), "text after </html>");
  breve_article_free(&a);
}

/* <br> ends a paragraph, unless the sentence goes on after it. */
static void test_breaks(void) {
  const char *page =
      "<html><body><article><p>Le conseil municipal a voté le budget<br>\n"
      "  après un long débat, a précisé le maire.<br><br>Une autre phrase "
      "commence ici, avec une virgule.</p><p>Adresse :<br>rue des Lilas</p>"
      "</article></body></html>";
  breve_article a = {0};
  breve_error err = {0};
  INT_EQ(breve_article_parse(page, strlen(page), NULL, &a, &err), BREVE_OK,
         err.message);
  INT_EQ(a.n_paragraphs, 4, "paragraphs");
  if (a.n_paragraphs == 4) {
    STR_EQ(a.paragraphs[0],
           "Le conseil municipal a voté le budget après un long débat, a "
           "précisé le maire.",
           "a line broken in mid-sentence is one paragraph");
    STR_EQ(a.paragraphs[1], "Une autre phrase commence ici, avec une virgule.",
           "<br><br> separates paragraphs");
    STR_EQ(a.paragraphs[3], "rue des Lilas", "after a colon, a new line");
  }
  breve_article_free(&a);
}

static void test_detect(void) {
  size_t len;
  char *d = S_slurp("feeds/rss.xml", &len);
  INT_EQ(breve_input_detect(d, len), BREVE_INPUT_FEED, "RSS");
  breve_free(d);
  d = S_slurp("feeds/atom.xml", &len);
  INT_EQ(breve_input_detect(d, len), BREVE_INPUT_FEED, "Atom");
  breve_free(d);
  d = S_slurp("html/nested.html", &len);
  INT_EQ(breve_input_detect(d, len), BREVE_INPUT_HTML, "HTML");
  breve_free(d);
  INT_EQ(breve_input_detect("Un titre\n\nUn texte.", 19), BREVE_INPUT_TEXT,
         "text");
}

static void test_rss(void) {
  size_t len;
  char *d = S_slurp("feeds/rss.xml", &len);
  breve_feed f = {0};
  breve_error err = {0};
  INT_EQ(breve_feed_parse(d, len, NULL, &f, &err), BREVE_OK, err.message);
  STR_EQ(f.title, "Le Courrier du Val – Actualités", "channel title");
  STR_EQ(f.link, "https://courrier-du-val.example/", "channel link");
  INT_EQ(f.n_items, 3, "items");
  if (f.n_items == 3) {
    breve_article *a = &f.items[0];
    STR_EQ(a->title, "Le pont de la Roche fermé trois semaines", "item title");
    STR_EQ(a->byline, "Thomas Girard", "dc:creator in CDATA");
    STR_EQ(a->date, "Mon, 16 Mar 2026 07:15:00 +0100", "pubDate");
    STR_EQ(a->link, "https://courrier-du-val.example/pont-de-la-roche", "link");
    STR_EQ(a->lang, "fr-FR", "channel language");
    INT_EQ(a->n_paragraphs, 3, "content:encoded, not the description");
    OK(!S_has(a, "Partager") && !S_has(a, "appeared first"),
       "sharing and syndication footers left in");

    a = &f.items[1];
    STR_EQ(a->title,
           "Un record de fréquentation & d'affluence au salon du livre",
           "escaped markup and entities in a title");
    STR_EQ(a->byline, "Inès Moreau", "name from an RSS author e-mail");
    INT_EQ(a->n_paragraphs, 2, "escaped HTML description, credit dropped");
    OK(S_has(a, "12\xC2\xA0" "000 visiteurs"), "&nbsp; in escaped HTML");
    OK(S_has(a, "d’ajouter"), "&rsquo; in escaped HTML");

    a = &f.items[2];
    STR_EQ(a->title, "Brève sans texte", "item without text");
    INT_EQ(a->n_paragraphs, 0, "no paragraphs");
  }
  breve_feed_free(&f);
  breve_feed_free(&f); /* twice is harmless */

  /* breve_article_parse on a feed gives its first item with text */
  breve_article a = {0};
  INT_EQ(breve_article_parse(d, len, NULL, &a, &err), BREVE_OK, err.message);
  STR_EQ(a.title, "Le pont de la Roche fermé trois semaines", "first item");
  breve_article_free(&a);
  breve_free(d);
}

static void test_atom(void) {
  size_t len;
  char *d = S_slurp("feeds/atom.xml", &len);
  breve_feed f = {0};
  breve_error err = {0};
  INT_EQ(breve_feed_parse(d, len, NULL, &f, &err), BREVE_OK, err.message);
  STR_EQ(f.title, "Radio Val Info", "feed title");
  STR_EQ(f.link, "https://radio-val.example/", "alternate link, not self");
  INT_EQ(f.n_items, 3, "entries");
  if (f.n_items == 3) {
    STR_EQ(f.items[0].title,
           "La piscine «\xC2\xA0Les Tilleuls\xC2\xA0» rouvre",
           "type=html title");
    STR_EQ(f.items[0].byline, "Julien Perrin", "author name");
    STR_EQ(f.items[0].date, "2026-03-16T08:00:00Z", "published over updated");
    STR_EQ(f.items[0].lang, "fr", "xml:lang");
    INT_EQ(f.items[0].n_paragraphs, 2, "html content");
    INT_EQ(f.items[1].n_paragraphs, 2, "xhtml content");
    OK(f.items[1].n_paragraphs && strstr(f.items[1].paragraphs[1],
                                         "L'opposition a voté contre"),
       "xhtml text");
    STR_EQ(f.items[1].link, "https://radio-val.example/budget", "link href");
    STR_EQ(f.items[1].date, "2026-03-15T20:00:00Z", "updated as the date");
    INT_EQ(f.items[2].n_paragraphs, 2, "text summary split on blank lines");
  }
  breve_feed_free(&f);
  breve_free(d);

  d = S_slurp("feeds/latin1.xml", &len);
  INT_EQ(breve_feed_parse(d, len, NULL, &f, &err), BREVE_OK, err.message);
  STR_EQ(f.title, "Gazette de l'Étang", "ISO-8859-1 feed converted");
  OK(f.n_items == 1 && S_has(&f.items[0], "15 août"), "ISO-8859-1 item text");
  breve_feed_free(&f);
  breve_free(d);
}

static void test_feed_errors(void) {
  size_t len;
  breve_feed f = {0};
  breve_error err = {0};
  char *d = S_slurp("feeds/not-a-feed.xml", &len);
  INT_EQ(breve_feed_parse(d, len, NULL, &f, &err), BREVE_ERR_PARSE,
         "XML that is not a feed");
  OK(strstr(err.message, "catalogue") != NULL, "message names the root: %s",
     err.message);
  OK(f.items == NULL && f.n_items == 0, "left zeroed");
  breve_free(d);

  d = S_slurp("feeds/broken.xml", &len);
  breve_status st = breve_feed_parse(d, len, NULL, &f, &err);
  OK(st == BREVE_OK || st == BREVE_ERR_PARSE, "truncated feed: %d", st);
  if (st == BREVE_OK)
    OK(f.n_items >= 1 && f.items[0].n_paragraphs == 1,
       "what comes before the break is read");
  breve_feed_free(&f);
  breve_free(d);

  INT_EQ(breve_feed_parse("", 0, NULL, &f, &err), BREVE_ERR_PARSE, "empty");
  OK(err.message[0] != '\0', "message for an empty feed");
  INT_EQ(breve_feed_parse("<rss><channel></channel></rss>", 30, NULL, &f, &err),
         BREVE_ERR_EMPTY, "feed without items");

  breve_options o;
  breve_options_init(&o);
  o.max_input_bytes = 10;
  INT_EQ(breve_feed_parse("<rss><channel></channel></rss>", 30, &o, &f, &err),
         BREVE_ERR_LIMIT, "size limit");
}

/* Entity expansion must be refused or left unexpanded, quickly. */
static void test_entities_hostile(void) {
  size_t len;
  breve_feed f = {0};
  breve_error err = {0};
  char *d = S_slurp("feeds/billion-laughs.xml", &len);
  double t0 = S_now();
  breve_status st = breve_feed_parse(d, len, NULL, &f, &err);
  OK(S_now() - t0 < 2.0, "billion laughs took %.1f s", S_now() - t0);
  OK(st == BREVE_ERR_LIMIT || st == BREVE_ERR_PARSE ||
         (st == BREVE_OK && f.n_items == 1 &&
          (!f.items[0].title || strlen(f.items[0].title) < 1000)),
     "billion laughs: status %d", st);
  if (st != BREVE_OK)
    OK(strstr(err.message, "line") != NULL, "message: %s", err.message);
  breve_feed_free(&f);
  breve_free(d);

  d = S_slurp("feeds/external-entity.xml", &len);
  INT_EQ(breve_feed_parse(d, len, NULL, &f, &err), BREVE_OK, err.message);
  if (f.n_items == 1 && f.items[0].n_paragraphs == 1)
    STR_EQ(f.items[0].paragraphs[0],
           "Début du texte [][] et la suite de la phrase, qui se termine ici.",
           "external entities are neither fetched nor read");
  else
    OK(0, "external entity feed: %zu items", f.n_items);
  breve_feed_free(&f);
  breve_free(d);
}

static void S_repeat(breve_buf *b, const char *s, size_t times) {
  for (size_t i = 0; i < times; i++)
    breve_buf_puts(b, s);
}

static const char S_para[] =
    "<p>Le conseil a voté le projet après un long débat, et les travaux "
    "commenceront au printemps prochain dans tout le quartier.</p>\n";

static void test_deep_nesting(void) {
  breve_buf b = {0};
  breve_article a = {0};
  breve_error err = {0};
  breve_buf_puts(&b, "<html><body>");
  S_repeat(&b, "<div>", 200000);
  breve_buf_puts(&b, S_para);
  S_repeat(&b, "</div>", 200000);
  breve_buf_puts(&b, "</body></html>");
  OK(!b.oom, "buffer");
  double t0 = S_now();
  breve_status st = breve_article_parse(b.ptr, b.len, NULL, &a, &err);
  OK(S_now() - t0 < 10.0, "200000 nested divs took %.1f s", S_now() - t0);
  /* libxml2 stops at 256 levels: a clear error rather than a page with
   * its text missing */
  OK(st == BREVE_OK ? S_has(&a, "au printemps prochain")
                    : st == BREVE_ERR_PARSE && strstr(err.message, "nested"),
     "deep nesting: status %d (%s)", st, err.message);
  breve_article_free(&a);

  /* unclosed inline elements, the same depth */
  breve_buf_clear(&b);
  S_repeat(&b, "<span><b>", 100000);
  breve_buf_puts(&b, S_para);
  t0 = S_now();
  st = breve_article_parse(b.ptr, b.len, NULL, &a, &err);
  OK(S_now() - t0 < 10.0, "nested inline took %.1f s", S_now() - t0);
  OK(st == BREVE_OK ? S_has(&a, "au printemps prochain")
                    : st == BREVE_ERR_PARSE && strstr(err.message, "nested"),
     "nested inline: status %d (%s)", st, err.message);
  breve_article_free(&a);

  /* a feed nested deeper than libxml2 allows */
  breve_feed f = {0};
  breve_buf_clear(&b);
  breve_buf_puts(&b, "<rss><channel><item><title>T</title><description>");
  S_repeat(&b, "<x>", 100000);
  t0 = S_now();
  st = breve_feed_parse(b.ptr, b.len, NULL, &f, &err);
  OK(S_now() - t0 < 10.0, "deep feed took %.1f s", S_now() - t0);
  OK(st == BREVE_ERR_PARSE && strstr(err.message, "nested"),
     "deep feed: status %d (%s)", st, err.message);
  breve_feed_free(&f);
  breve_buf_free(&b);
}

static void test_huge(void) {
  breve_buf b = {0};
  breve_article a = {0};
  breve_error err = {0};
  /* ~12 MB of paragraphs, under the default 16 MiB limit */
  breve_buf_puts(&b, "<html><head><title>Un très long compte rendu</title>"
                     "</head><body><article>");
  while (b.len < 12u * 1024u * 1024u && !b.oom)
    breve_buf_puts(&b, S_para);
  breve_buf_puts(&b, "</article></body></html>");
  double t0 = S_now();
  breve_status st = breve_article_parse(b.ptr, b.len, NULL, &a, &err);
  double dt = S_now() - t0;
  INT_EQ(st, BREVE_OK, err.message);
  OK(dt < 30.0, "12 MB page took %.1f s", dt);
  OK(a.n_paragraphs > 50000, "%zu paragraphs", a.n_paragraphs);
  breve_article_free(&a);

  breve_options o;
  breve_options_init(&o);
  o.max_input_bytes = 1024 * 1024;
  INT_EQ(breve_article_parse(b.ptr, b.len, &o, &a, &err), BREVE_ERR_LIMIT,
         "over the limit");
  OK(strstr(err.message, "limit") != NULL, "message: %s", err.message);

  /* more elements than a page has: refused, not half a gigabyte */
  breve_buf_clear(&b);
  breve_buf_puts(&b, "<html><body>");
  S_repeat(&b, "<i></i>", 600000);
  breve_buf_puts(&b, S_para);
  t0 = S_now();
  INT_EQ(breve_article_parse(b.ptr, b.len, NULL, &a, &err), BREVE_ERR_LIMIT,
         "600000 elements");
  OK(strstr(err.message, "elements") != NULL, "message: %s", err.message);
  OK(S_now() - t0 < 30.0, "600000 elements took %.1f s", S_now() - t0);

  /* a feed with more items than are read */
  breve_feed f = {0};
  breve_buf_clear(&b);
  breve_buf_puts(&b, "<rss><channel><title>Beaucoup</title>");
  for (int i = 0; i < BREVE_FEED_MAX_ITEMS + 300; i++)
    breve_buf_printf(&b, "<item><title>Brève %d</title><description>&lt;p&gt;"
                         "Le texte de la brève numéro %d, assez long pour "
                         "être lu.&lt;/p&gt;</description></item>",
                     i, i);
  breve_buf_puts(&b, "</channel></rss>");
  t0 = S_now();
  INT_EQ(breve_feed_parse(b.ptr, b.len, NULL, &f, &err), BREVE_OK,
         err.message);
  OK(S_now() - t0 < 20.0, "big feed took %.1f s", S_now() - t0);
  INT_EQ(f.n_items, BREVE_FEED_MAX_ITEMS, "items capped");
  breve_feed_free(&f);
  breve_buf_free(&b);
}

static void test_invalid_bytes(void) {
  breve_buf b = {0};
  breve_article a = {0};
  breve_error err = {0};
  /* a page declaring UTF-8 with stray Latin-1 and C1 bytes and a NUL */
  breve_buf_puts(&b, "<html><head><meta charset=\"utf-8\"><title>Caf\xE9 "
                     "\xFF\xFE titre</title></head><body><p>");
  breve_buf_puts(&b, "Le caf\xE9 de la place rouvre ses portes apr\xE8s des "
                     "travaux \x80\x81 qui ont dur\xE9 six mois, selon la "
                     "mairie.");
  breve_buf_put(&b, "\0", 1);
  breve_buf_puts(&b, "</p><p>\xC3\x28 \xF0\x28\x8C\x28 Une seconde phrase "
                     "suit ici, sans rien de particulier.</p></body></html>");
  breve_options o;
  breve_options_init(&o);
  o.input_kind = BREVE_INPUT_HTML;
  breve_status st = breve_article_parse(b.ptr, b.len, &o, &a, &err);
  OK(st == BREVE_OK || st == BREVE_ERR_INPUT || st == BREVE_ERR_PARSE,
     "invalid bytes: status %d", st);
  if (st == BREVE_OK) {
    OK(S_all_utf8(&a), "output is valid UTF-8");
    OK(S_has(&a, "six mois"), "text read");
  } else {
    OK(err.message[0] != '\0', "message");
  }
  breve_article_free(&a);

  /* random bytes behind a tag */
  srand(5);
  for (int round = 0; round < 50; round++) {
    breve_buf_clear(&b);
    breve_buf_puts(&b, round % 2 ? "<html><body>" : "<rss><channel><item>");
    for (int i = 0; i < 4000; i++)
      breve_buf_putc(&b, (char)(rand() & 0xFF));
    if (round % 2) {
      st = breve_article_parse(b.ptr, b.len, &o, &a, &err);
      if (st == BREVE_OK)
        OK(S_all_utf8(&a), "random page: UTF-8 out");
      else
        OK(err.message[0] != '\0', "random page: message");
      breve_article_free(&a);
    } else {
      breve_feed f = {0};
      st = breve_feed_parse(b.ptr, b.len, NULL, &f, &err);
      for (size_t i = 0; st == BREVE_OK && i < f.n_items; i++)
        OK(S_all_utf8(&f.items[i]), "random feed: UTF-8 out");
      if (st != BREVE_OK)
        OK(err.message[0] != '\0', "random feed: message");
      breve_feed_free(&f);
    }
  }

  /* an empty page, a page without text */
  o.input_kind = BREVE_INPUT_HTML;
  INT_EQ(breve_article_parse("", 0, &o, &a, &err), BREVE_ERR_PARSE,
         "empty page");
  const char *bare = "<html><body><nav><a href='/'>Accueil</a></nav>"
                     "<script>var x = 1;</script></body></html>";
  INT_EQ(breve_article_parse(bare, strlen(bare), &o, &a, &err),
         BREVE_ERR_EMPTY, "page with no text");
  OK(strstr(err.message, "no article text") != NULL, "message: %s",
     err.message);
  breve_buf_free(&b);
}

int main(void) {
  test_nested();
  test_french_news();
  test_script_built();
  test_teasers();
  test_comments();
  test_charsets();
  test_malformed();
  test_site_title();
  test_breaks();
  test_detect();
  test_rss();
  test_atom();
  test_feed_errors();
  test_entities_hostile();
  test_deep_nesting();
  test_huge();
  test_invalid_bytes();
  return harness_summary("test_html");
}
