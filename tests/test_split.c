/* French sentence splitter: abbreviations, numbers, quotes, glued
 * sentences. Every text here was written for this test. */
#include <stdarg.h>
#include <stdlib.h>

#include "core/core.h"
#include "harness.h"

/* Splits `text` and checks that it gives exactly the sentences listed
 * after it (NULL-terminated). */
static void S_expect(int line, const char *text, ...) {
  breve_sentences s = {0};
  breve_error err = {0};
  va_list ap;
  size_t k = 0;
  char msg[96];
  INT_EQ(breve_split_text(text, strlen(text), &s, &err), BREVE_OK,
         "breve_split_text");
  va_start(ap, text);
  for (const char *want; (want = va_arg(ap, const char *)); k++) {
    snprintf(msg, sizeof msg, "line %d, sentence %zu", line, k + 1);
    STR_EQ(k < s.count ? s.items[k].text : NULL, want, msg);
  }
  va_end(ap);
  snprintf(msg, sizeof msg, "line %d: number of sentences", line);
  INT_EQ(s.count, k, msg);
  breve_sentences_free(&s);
}

#define EXPECT(...) S_expect(__LINE__, __VA_ARGS__, (const char *)NULL)

static void test_abbreviations(void) {
  EXPECT("M. Durand est arrivé hier soir. Mme Lefèvre l'attendait à la gare.",
         "M. Durand est arrivé hier soir.",
         "Mme Lefèvre l'attendait à la gare.");
  EXPECT("Le Dr Martin a consulté. Le Pr Benali était absent.",
         "Le Dr Martin a consulté.", "Le Pr Benali était absent.");
  EXPECT("Voir p. 12 du rapport. La suite est en annexe.",
         "Voir p. 12 du rapport.", "La suite est en annexe.");
  EXPECT("Il habite au n° 5 de la rue. Sa voisine aussi.",
         "Il habite au n° 5 de la rue.", "Sa voisine aussi.");
  EXPECT("La ville fut fondée en 52 av. J.-C. par des marchands. Elle "
         "prospéra longtemps.",
         "La ville fut fondée en 52 av. J.-C. par des marchands.",
         "Elle prospéra longtemps.");
  EXPECT("Le texte de J. Dupont et de M. Bernard paraîtra lundi.",
         "Le texte de J. Dupont et de M. Bernard paraîtra lundi.");
  EXPECT("Les livres de la maison Papiers Ltd. sont en vente.",
         "Les livres de la maison Papiers Ltd. sont en vente.");
}

static void test_numbers(void) {
  EXPECT("Le taux est passé à 3,5 % en mai. Il était de 2,9 % avant.",
         "Le taux est passé à 3,5 % en mai.", "Il était de 2,9 % avant.");
  EXPECT("La commune compte 300.000 habitants. Elle en avait 12 000 en "
         "1900.",
         "La commune compte 300.000 habitants.",
         "Elle en avait 12 000 en 1900.");
  EXPECT("Le match a lieu à 20.45 ce soir. Les portes ouvrent tôt.",
         "Le match a lieu à 20.45 ce soir.", "Les portes ouvrent tôt.");
}

static void test_punctuation(void) {
  EXPECT("Faut-il partir ? Personne ne le sait ! On attend donc.",
         "Faut-il partir ?", "Personne ne le sait !", "On attend donc.");
  EXPECT("Vraiment ?! Oui, vraiment.", "Vraiment ?!", "Oui, vraiment.");
  EXPECT("Il hésita… Puis il signa le contrat.", "Il hésita…",
         "Puis il signa le contrat.");
  EXPECT("Il hésita... Puis il signa.", "Il hésita...", "Puis il signa.");
  EXPECT("Le prix grimpa jusqu'à... 40 euros. Personne n'en revenait.",
         "Le prix grimpa jusqu'à... 40 euros.", "Personne n'en revenait.");
}

static void test_quotes(void) {
  EXPECT("Elle a déclaré : « Nous ne céderons pas. » Le vote a suivi.",
         "Elle a déclaré : « Nous ne céderons pas. »", "Le vote a suivi.");
  EXPECT("« Le projet avance », a-t-il assuré. La presse doute.",
         "« Le projet avance », a-t-il assuré.", "La presse doute.");
  EXPECT("\"C'est fini.\" Le rideau tomba.", "\"C'est fini.\"",
         "Le rideau tomba.");
  EXPECT("Il a dit \"non, jamais\" puis il est parti.",
         "Il a dit \"non, jamais\" puis il est parti.");
}

static void test_urls(void) {
  EXPECT("Le dossier est sur www.exemple.fr depuis hier. Allez le lire.",
         "Le dossier est sur www.exemple.fr depuis hier.", "Allez le lire.");
  EXPECT("Écrivez à contact@exemple.org pour vous inscrire.",
         "Écrivez à contact@exemple.org pour vous inscrire.");
}

static void test_glued(void) {
  /* a stop with no space after it, as scraped pages carry */
  EXPECT("Les marchés ont fermé plus tôt.Au lendemain, tout a rouvert.",
         "Les marchés ont fermé plus tôt.", "Au lendemain, tout a rouvert.");
  EXPECT("Ils parlent de \"gilets jaunes\".Officiellement, rien n'a changé.",
         "Ils parlent de \"gilets jaunes\".",
         "Officiellement, rien n'a changé.");
  EXPECT("Il cite la page www.exemple.fr.Merci à tous.",
         "Il cite la page www.exemple.fr.Merci à tous.");
  /* a closing guillemet alone before the glued stop */
  EXPECT("Il parle d'une « affaire sérieuse ».La police enquête.",
         "Il parle d'une « affaire sérieuse ».", "La police enquête.");
  /* "De" opening a sentence glued to an intertitle; "DeSantis" stays */
  EXPECT("Un signalement précisDe taille moyenne, il porte un bonnet.",
         "Un signalement précis", "De taille moyenne, il porte un bonnet.");
  EXPECT("Le gouverneur DeSantis a parlé.", "Le gouverneur DeSantis a parlé.");
  /* an intertitle glued to the sentence after it */
  breve_sentences s = {0};
  const char *t = "Le maire a parlé. Un projet contestéLe conseil a voté "
                  "contre le projet de parking.";
  INT_EQ(breve_split_text(t, strlen(t), &s, NULL), BREVE_OK, "split");
  INT_EQ(s.count, 3, "glued intertitle: three pieces");
  if (s.count == 3) {
    STR_EQ(s.items[1].text, "Un projet contesté", "the intertitle");
    OK(s.items[1].flags & BREVE_SENT_HEADING, "intertitle flagged");
    STR_EQ(s.items[2].text, "Le conseil a voté contre le projet de parking.",
           "the sentence after it");
    OK(!(s.items[2].flags & BREVE_SENT_HEADING), "sentence not flagged");
  }
  breve_sentences_free(&s);
  /* words with an inner capital are not split */
  EXPECT("Il joue sur sa PlayStation chaque soir.",
         "Il joue sur sa PlayStation chaque soir.");
  /* a lower-case à after a stop, as texts typed without capital accents */
  EXPECT("La forge existait déjà. à cette époque, le fer venait d'ici.",
         "La forge existait déjà.", "à cette époque, le fer venait d'ici.");
}

static void test_flags(void) {
  breve_sentences s = {0};
  const char *t = "« Nous partirons demain », dit-elle. Le train attendait.";
  INT_EQ(breve_split_text(t, strlen(t), &s, NULL), BREVE_OK, "split");
  INT_EQ(s.count, 2, "two sentences");
  if (s.count == 2) {
    OK(s.items[0].flags & BREVE_SENT_QUOTE, "quote flagged");
    OK(!(s.items[1].flags & BREVE_SENT_QUOTE), "plain sentence");
    INT_EQ(s.items[1].words, 3, "word count");
  }
  breve_sentences_free(&s);
  breve_sentences_free(&s); /* freeing twice is harmless */
}

/* Flags of the sentences of `text`: the k-th bit of the result is set
 * when sentence k is flagged as a heading; *count receives their number. */
static unsigned S_heading_bits(const char *text, size_t *count) {
  breve_sentences s = {0};
  unsigned bits = 0;
  *count = 0;
  if (breve_split_text(text, strlen(text), &s, NULL) != BREVE_OK)
    return 0;
  for (size_t k = 0; k < s.count && k < 32; k++)
    if (s.items[k].flags & BREVE_SENT_HEADING)
      bits |= 1u << k;
  *count = s.count;
  breve_sentences_free(&s);
  return bits;
}

static void test_unpunctuated(void) {
  size_t n;
  /* a heading with no final stop before a sentence opener */
  EXPECT("Travaux dans le centre Le chantier durera trois mois.",
         "Travaux dans le centre", "Le chantier durera trois mois.");
  OK(S_heading_bits("Travaux dans le centre Le chantier durera trois mois.",
                    &n) == 1u && n == 2,
     "the heading is flagged, the sentence is not");
  /* one-word headings of a list of clubs, after a capitalised word */
  EXPECT("Les rendez-vous du week-end. Natation Les nageurs s'entraînent "
         "samedi. Judo Une démonstration aura lieu dimanche.",
         "Les rendez-vous du week-end.", "Natation",
         "Les nageurs s'entraînent samedi.", "Judo",
         "Une démonstration aura lieu dimanche.");
  /* a sentence that lost its stop, after a figure or a bracket */
  EXPECT("Ils se sont mariés en 1962 Elle avait vingt ans.",
         "Ils se sont mariés en 1962", "Elle avait vingt ans.");
  EXPECT("Le tarif reste bas (dix euros) Pour le reste, voir la mairie.",
         "Le tarif reste bas (dix euros)", "Pour le reste, voir la mairie.");
  EXPECT("Une soirée réussie L'orchestre a joué jusqu'à minuit.",
         "Une soirée réussie", "L'orchestre a joué jusqu'à minuit.");
  /* a long piece before the opener is a sentence, not a heading */
  OK(S_heading_bits("Les habitants du quartier ont attendu pendant des "
                    "années que la mairie rénove enfin la vieille salle des "
                    "fêtes Il était temps.",
                    &n) == 0 && n == 2,
     "long piece split but not flagged");
  /* names and titles keep their capitals inside the sentence */
  EXPECT("Elle vit à La Rochelle depuis dix ans.",
         "Elle vit à La Rochelle depuis dix ans.");
  EXPECT("Il a rejoint Les Verts de la région en mai.",
         "Il a rejoint Les Verts de la région en mai.");
  EXPECT("Nous avons revu le film La vie est belle hier soir.",
         "Nous avons revu le film La vie est belle hier soir.");
  EXPECT("Le prix revient à la troupe Les joyeux lurons cette année.",
         "Le prix revient à la troupe Les joyeux lurons cette année.");
  EXPECT("Il a pris la route A Le soir même.",
         "Il a pris la route A Le soir même.");
  /* a heading on its own line, then the text: nothing changes */
  {
    char *paras[] = {"Travaux sur la place",
                     "Le chantier durera trois mois. La rue reste ouverte."};
    breve_article a = {0};
    breve_sentences s = {0};
    a.paragraphs = paras;
    a.n_paragraphs = 2;
    INT_EQ(breve_split(&a, NULL, &s, NULL), BREVE_OK, "split paragraphs");
    INT_EQ(s.count, 3, "heading paragraph: three sentences");
    if (s.count == 3) {
      STR_EQ(s.items[0].text, "Travaux sur la place", "heading line");
      STR_EQ(s.items[1].text, "Le chantier durera trois mois.", "sentence 1");
      INT_EQ(s.items[1].paragraph, 1, "second paragraph");
      OK(!(s.items[1].flags & BREVE_SENT_HEADING), "sentence not flagged");
    }
    breve_sentences_free(&s);
  }
}

static void test_semicolons(void) {
  /* list items ending in a semicolon, each followed by a lower-case item */
  EXPECT("Le bureau est élu : présidente : Anne Morel ; trésorier : Paul "
         "Roux ; secrétaire : Léa Petit.",
         "Le bureau est élu : présidente : Anne Morel ;",
         "trésorier : Paul Roux ;", "secrétaire : Léa Petit.");
  EXPECT("Le marché ouvre tôt ; les producteurs arrivent à l'aube.",
         "Le marché ouvre tôt ;", "les producteurs arrivent à l'aube.");
  /* before a capital or a figure, the semicolon stays inside */
  EXPECT("Sont invités : Marc Blanc (1950) ; Rose Noir (1948) et Luc Gris.",
         "Sont invités : Marc Blanc (1950) ; Rose Noir (1948) et Luc Gris.");
  EXPECT("Le coût est de 2 M€, dont 40 % de l'Etat ; 60 % d'emprunt.",
         "Le coût est de 2 M€, dont 40 % de l'Etat ; 60 % d'emprunt.");
  /* inside brackets or quotes */
  EXPECT("Le taux reste stable (3 % ; il était de 3 % en mai) cette année.",
         "Le taux reste stable (3 % ; il était de 3 % en mai) cette année.");
  EXPECT("Il a dit « d'un côté ; de l'autre » sans conclure.",
         "Il a dit « d'un côté ; de l'autre » sans conclure.");
  /* many semicolons inside one bracket: one sentence (and linear time) */
  {
    breve_buf b = {0};
    breve_sentences s = {0};
    breve_buf_puts(&b, "Voici la liste (");
    for (int k = 0; k < 20000; k++)
      breve_buf_puts(&b, "un ; deux ; ");
    breve_buf_puts(&b, "trois) de ce soir.");
    OK(!b.oom, "long list built");
    INT_EQ(breve_split_text(b.ptr, b.len, &s, NULL), BREVE_OK, "long list");
    INT_EQ(s.count, 1, "long bracketed list: one sentence");
    breve_sentences_free(&s);
    breve_buf_free(&b);
  }
}

int main(void) {
  test_abbreviations();
  test_numbers();
  test_punctuation();
  test_quotes();
  test_urls();
  test_glued();
  test_flags();
  test_unpunctuated();
  test_semicolons();
  return harness_summary("test_split");
}
