/* Text input and boilerplate filter: what is read as the article, what is
 * left out (credits, bylines, teasers, footers), and the input errors. */
#include <stdlib.h>
#include <string.h>

#include "breve.h"
#include "harness.h"
#include "input/input.h"

static breve_status parse(const char *text, breve_article *a) {
  breve_error err = {0};
  return breve_article_parse(text, strlen(text), NULL, a, &err);
}

/* Is `needle` in any paragraph? */
static int body_has(const breve_article *a, const char *needle) {
  for (size_t i = 0; i < a->n_paragraphs; i++)
    if (strstr(a->paragraphs[i], needle))
      return 1;
  return 0;
}

static void test_page_noise(void) {
  const char *page =
      "Les bibliothèques de Valbourg ouvriront le dimanche dès janvier\n"
      "\n"
      "© Mairie de Valbourg\n"
      "Louise Ferrand\n"
      "Louise Ferrand Rédactrice en chef adjointe chez Valbourg Infos\n"
      "\n"
      "Les six bibliothèques municipales de Valbourg seront ouvertes le "
      "dimanche après-midi à partir du 5 janvier, a décidé le conseil "
      "municipal.\n"
      "\n"
      "La mesure coûtera 420 000 euros par an. Elle sera financée en partie "
      "par une aide de l'État.\n"
      "\n"
      "Valbourg : le marché de Noël s'installe place de la République\n"
      "\n"
      "Les syndicats du personnel demandent des recrutements. Ils seront "
      "reçus par le maire la semaine prochaine.\n"
      "\n"
      "Vous avez repéré une erreur ? Signalez-le ici\n"
      "Partager sur Facebook\n"
      "Valbourg Infos Partenaire\n";
  breve_article a;
  INT_EQ(parse(page, &a), BREVE_OK, "noisy page parses");
  STR_EQ(a.title,
         "Les bibliothèques de Valbourg ouvriront le dimanche dès janvier",
         "headline is the first line");
  STR_EQ(a.byline, "Louise Ferrand", "byline found");
  INT_EQ(a.n_paragraphs, 3, "three body paragraphs");
  OK(!body_has(&a, "©"), "credit left out");
  OK(!body_has(&a, "Rédactrice"), "author blurb left out");
  OK(!body_has(&a, "marché de Noël"), "teaser of another article left out");
  OK(!body_has(&a, "Signalez"), "feedback footer left out");
  OK(!body_has(&a, "Partager"), "sharing footer left out");
  OK(!body_has(&a, "Partenaire"), "site label left out");
  OK(body_has(&a, "420 000 euros"), "body kept");
  breve_article_free(&a);
}

static void test_par_byline_and_date(void) {
  const char *page =
      "Grève dans les transports : le trafic sera très perturbé jeudi\n"
      "Par Antoine Lebrun\n"
      "Publié le 12/03/2026 à 07h15\n"
      "Crédit photo : Archives\n"
      "La circulation des trains régionaux sera fortement perturbée jeudi, "
      "a prévenu la direction régionale.\n"
      "Lire aussi : Comment se faire rembourser son abonnement\n"
      "Seul un train sur trois circulera aux heures de pointe.\n";
  breve_article a;
  INT_EQ(parse(page, &a), BREVE_OK, "parses");
  STR_EQ(a.byline, "Antoine Lebrun", "'Par' byline");
  STR_EQ(a.date, "Publié le 12/03/2026 à 07h15", "date line");
  INT_EQ(a.n_paragraphs, 2, "two paragraphs");
  OK(!body_has(&a, "Crédit"), "photo credit left out");
  OK(!body_has(&a, "Lire aussi"), "cross-link left out");
  breve_article_free(&a);
}

static void test_no_title(void) {
  const char *text = "Le conseil a voté le budget. Il entre en vigueur en "
                     "janvier.\n";
  breve_article a;
  INT_EQ(parse(text, &a), BREVE_OK, "parses");
  OK(a.title == NULL, "a sentence is not a headline");
  INT_EQ(a.n_paragraphs, 1, "one paragraph");
  breve_article_free(&a);
}

static void test_wrapped_lines(void) {
  const char *text =
      "Un pont fermé pour travaux\n\n"
      "Le pont de la Liberté sera fermé à la circulation pendant trois\n"
      "semaines à partir du lundi 6 octobre pour des travaux\n"
      "d'étanchéité, a annoncé le département.\n";
  breve_article a;
  INT_EQ(parse(text, &a), BREVE_OK, "parses");
  INT_EQ(a.n_paragraphs, 1, "hard-wrapped lines joined into one paragraph");
  OK(body_has(&a, "trois semaines"), "joined with a space");
  breve_article_free(&a);
}

static void test_script_leftovers(void) {
  const char *text =
      "Un titre pour l'essai\n\n"
      "Le maire a inauguré la salle. window.pvp_abc = new Pvp(\"x\", {a: 1}); "
      "Elle accueillera 300 personnes.\n";
  breve_article a;
  INT_EQ(parse(text, &a), BREVE_OK, "parses");
  OK(!body_has(&a, "window."), "script statement removed");
  OK(body_has(&a, "300 personnes"), "text after it kept");
  breve_article_free(&a);
}

static void test_errors(void) {
  breve_article a;
  breve_error err = {0};
  INT_EQ(breve_article_parse("", 0, NULL, &a, &err), BREVE_ERR_EMPTY, "empty");
  INT_EQ(parse(" \n\t\n  \n", &a), BREVE_ERR_EMPTY, "white space only");
  INT_EQ(breve_article_parse("abc\xff\xfe def", 9, NULL, &a, &err),
         BREVE_ERR_INPUT, "invalid UTF-8");
  OK(strstr(err.message, "UTF-8") != NULL, "message names UTF-8: %s",
     err.message);
  INT_EQ(breve_article_parse("ab\0cd efg", 9, NULL, &a, &err), BREVE_ERR_INPUT,
         "NUL byte is binary");
  OK(strstr(err.message, "binary") != NULL, "message says binary: %s",
     err.message);
  breve_options o;
  breve_options_init(&o);
  o.max_input_bytes = 10;
  INT_EQ(breve_article_parse("Une phrase assez longue.", 24, &o, &a, &err),
         BREVE_ERR_LIMIT, "size limit");
  INT_EQ(parse("© Photo agence\nPar Jean Martin\n", &a), BREVE_ERR_EMPTY,
         "only furniture is empty");
  OK(a.n_paragraphs == 0 && a.title == NULL, "failed parse leaves it zeroed");
}

static void test_classify(void) {
  struct {
    const char *line;
    breve_line_kind kind;
  } cases[] = {
      {"© AFP", BREVE_LINE_CREDIT},
      {"Photo : Jean Dupuis / Agence Sud", BREVE_LINE_CREDIT},
      {"Par Marie-Claire Dubois", BREVE_LINE_BYLINE},
      {"Jean-Pierre de La Tour", BREVE_LINE_BYLINE},
      {"Envoyée spéciale à Bruxelles", BREVE_LINE_BLURB},
      {"À lire aussi : les chiffres du chômage", BREVE_LINE_FOOTER},
      {"Abonnez-vous à notre newsletter", BREVE_LINE_FOOTER},
      {"Mis à jour le 3 mai 2026 à 18h02", BREVE_LINE_FOOTER},
      {"https://exemple.fr/article #climat", BREVE_LINE_LINK},
      {"Le gouvernement présente son budget", BREVE_LINE_HEADLINE},
      {"Pourquoi maintenant ?", BREVE_LINE_HEADLINE},
      {"Le gouvernement a présenté son budget mardi.", BREVE_LINE_BODY},
      {"« Nous ne céderons pas », a-t-il déclaré.", BREVE_LINE_BODY},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    breve_line_kind k =
        breve_line_classify(cases[i].line, strlen(cases[i].line), NULL);
    OK(k == cases[i].kind, "'%s': kind %d, want %d", cases[i].line, (int)k,
       (int)cases[i].kind);
  }
}

static void test_file_read(void) {
  char *data = NULL;
  size_t len = 0;
  breve_error err = {0};
  INT_EQ(breve_file_read("/nonexistent/article.txt", 1000, &data, &len, &err),
         BREVE_ERR_IO, "missing file");
  OK(strstr(err.message, "no such file") != NULL, "message: %s", err.message);
  INT_EQ(breve_file_read("/", 1000, &data, &len, &err), BREVE_ERR_IO,
         "directory");
  OK(strstr(err.message, "directory") != NULL, "message: %s", err.message);
  OK(data == NULL, "nothing returned on failure");
}

static void test_errors_have_messages(void) {
  for (int s = 0; s < BREVE_STATUS_COUNT; s++)
    OK(strcmp(breve_strerror((breve_status)s), "unknown error") != 0,
       "status %d has a message", s);
  STR_EQ(breve_strerror((breve_status)999), "unknown error", "out of range");
}

int main(void) {
  test_page_noise();
  test_par_byline_and_date();
  test_no_title();
  test_wrapped_lines();
  test_script_leftovers();
  test_errors();
  test_classify();
  test_file_read();
  test_errors_have_messages();
  return harness_summary("test_input");
}
