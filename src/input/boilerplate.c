/* The boilerplate filter: tells article text from what a page puts around
 * it (credits, bylines, author blurbs, teasers of other articles, sharing
 * and feedback footers, site labels, script leftovers). */
#include <string.h>

#include "input.h"

void breve_trim(const char **s, size_t *n) {
  const char *p = *s;
  size_t len = *n;
  while (len) {
    uint32_t cp;
    size_t k = breve_utf8_decode(p, len, &cp);
    if (!k || !breve_cp_is_space(cp))
      break;
    p += k, len -= k;
  }
  while (len) {
    /* step back one code point */
    size_t k = 1;
    while (k < len && k < 4 && ((unsigned char)p[len - k] & 0xC0) == 0x80)
      k++;
    uint32_t cp;
    if (breve_utf8_decode(p + len - k, k, &cp) != k || !breve_cp_is_space(cp))
      break;
    len -= k;
  }
  *s = p;
  *n = len;
}

/* Last code point of s[0..n) and its start offset. */
static uint32_t S_last_cp(const char *s, size_t n, size_t *at) {
  size_t k = 1;
  uint32_t cp = 0;
  while (k < n && k < 4 && ((unsigned char)s[n - k] & 0xC0) == 0x80)
    k++;
  if (n == 0 || breve_utf8_decode(s + n - k, k, &cp) != k)
    cp = n ? (unsigned char)s[n - 1] : 0;
  if (at)
    *at = n >= k ? n - k : 0;
  return cp;
}

int breve_line_has_final_punct(const char *s, size_t n) {
  while (n) {
    size_t at;
    uint32_t cp = S_last_cp(s, n, &at);
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026)
      return 1;
    /* closing quotes and brackets may follow the punctuation */
    if (cp == 0xBB || cp == '"' || cp == 0x201D || cp == 0x2019 ||
        cp == '\'' || cp == ')' || cp == ']' || breve_cp_is_space(cp)) {
      n = at;
      continue;
    }
    return 0;
  }
  return 0;
}

/* Does the folded text start with one of the phrases? */
static int S_starts_with_any(const char *folded, const char *const *phrases) {
  for (; *phrases; phrases++)
    if (strncmp(folded, *phrases, strlen(*phrases)) == 0)
      return 1;
  return 0;
}

static int S_contains_any(const char *folded, const char *const *phrases) {
  for (; *phrases; phrases++)
    if (strstr(folded, *phrases))
      return 1;
  return 0;
}

/* Openings of sharing, feedback, subscription and cross-link lines. */
static const char *const S_footer_starts[] = {
    "lire aussi", "a lire aussi", "a lire egalement", "lire egalement",
    "voir aussi", "a voir aussi", "lire la suite", "en savoir plus",
    "pour aller plus loin", "sur le meme sujet", "dans la meme rubrique",
    "partager", "partagez", "abonnez-vous", "abonnez vous", "s'abonner",
    "inscrivez-vous", "newsletter", "recevez notre newsletter",
    "suivez-nous", "suivez nous", "retrouvez-nous", "publicite",
    "contenu sponsorise", "contenu partenaire", "expertise partenaire",
    "article sponsorise", "tous droits reserves", "reagir", "commenter",
    "commentaires", "ajouter un commentaire", "cet article vous a plu",
    "vous avez repere une erreur", "vous avez remarque une erreur",
    "une erreur dans cet article", "signalez", "signaler une erreur",
    "vous aimerez aussi", "les plus lus", "les plus partages", "a la une",
    "accepter les cookies", "gerer les cookies", "nos partenaires",
    "telechargez l'application", "cliquez ici", "(re)lire", "vos reactions",
    "donnez votre avis", "ecouter cet article", "temps de lecture",
    "mis a jour le", "lire :", "lire:", "revivez", "decouvrez", "profitez",
    "testez gratuitement", "essayez gratuitement", "offre speciale",
    "en poursuivant votre navigation", "ce site utilise des cookies",
    "nous utilisons des cookies", "j'accepte", "tout accepter",
    "votre abonnement", "deja abonne", "connectez-vous", "se connecter",
    "creer un compte", "ecouter l'article", "imprimer", "envoyer par e-mail",
    "copier le lien", NULL};

/* Phrases that mark a footer wherever they stand in a short line. */
static const char *const S_footer_anywhere[] = {
    "signalez-le", "signalez le", "tous droits reserves",
    "reproduction interdite", "vous avez repere une erreur",
    "abonnez-vous a notre newsletter", "cliquez ici",
    "vous acceptez l'utilisation de cookies", "utilisation de cookies",
    "gerer ces parametres", "gerer mes choix", NULL};

static const char *const S_credit_starts[] = {
    "(c)", "photo :", "photo:", "photos :", "photo d'illustration",
    "credit", "credits", "illustration :", "image :", "image:",
    "capture d'ecran", "(photo", "[photo", "source photo", NULL};

static const char *const S_date_starts[] = {
    "publie le", "mis a jour le", "modifie le", "actualise le", "publie ",
    "mise a jour", "le 0", "le 1", "le 2", "le 3", "le 4", "le 5", "le 6",
    "le 7", "le 8", "le 9", NULL};

static const char *const S_blurb_words[] = {
    "redacteur", "redactrice", "journaliste", "correspondant",
    "correspondante", "envoye special", "envoyee speciale", "chroniqueur",
    "chroniqueuse", "editorialiste", "reporter", "pigiste", "directeur de la",
    "directrice de la", "chef de rubrique", "stagiaire", "avec afp",
    "avec reuters", "avec ap", NULL};

/* Is this short line a person's name: 2 to 5 words, each capitalised or a
 * name particle, no digits, no punctuation but hyphens and apostrophes? */
static int S_is_name(const char *s, size_t n) {
  static const char *const particles[] = {"de", "du", "des", "la", "le",
                                          "van", "von", "der", "den", "da",
                                          "di", "d'", "et", "ben", "el", NULL};
  size_t i = 0, words = 0, caps = 0;
  while (i < n) {
    while (i < n && s[i] == ' ')
      i++;
    if (i >= n)
      break;
    size_t start = i;
    while (i < n && s[i] != ' ')
      i++;
    words++;
    uint32_t cp;
    size_t k = breve_utf8_decode(s + start, i - start, &cp);
    if (!k)
      return 0;
    if (breve_cp_is_upper(cp)) {
      caps++;
    } else {
      int particle = 0;
      for (const char *const *p = particles; *p; p++)
        if (strlen(*p) == i - start && strncmp(*p, s + start, i - start) == 0)
          particle = 1;
      if (!particle)
        return 0;
    }
    for (size_t j = start; j < i;) {
      size_t kk = breve_utf8_decode(s + j, i - j, &cp);
      if (!kk)
        return 0;
      if (!breve_cp_is_letter(cp) && cp != '-' && cp != '\'' && cp != 0x2019 &&
          cp != '.')
        return 0;
      j += kk;
    }
  }
  return words >= 2 && words <= 5 && caps >= 2;
}

static int S_looks_like_code(const char *s) {
  return strstr(s, "window.") || strstr(s, "function(") ||
         strstr(s, "function (") || strstr(s, "});") ||
         strstr(s, "document.get") || strstr(s, "document.write") ||
         strstr(s, "document.query") || strstr(s, "var ") == s ||
         (strstr(s, " = new ") && strchr(s, '(')) || strstr(s, "{\"") ||
         strstr(s, "googletag") || strstr(s, "</");
}

/* A menu or breadcrumb: several items joined by separator symbols. */
static int S_is_menu(const char *s) {
  static const char *const seps[] = {"\xE2\x96\xAA", "\xE2\x80\xA2", " | ",
                                     "\xC2\xB7", "\xE2\x80\xBA", " > ",
                                     "\xC2\xBB ", NULL};
  int count = 0;
  for (const char *const *p = seps; *p; p++)
    for (const char *q = strstr(s, *p); q; q = strstr(q + strlen(*p), *p))
      count++;
  return count >= 3;
}

static int S_is_link_line(const char *s, size_t n) {
  /* every token is a URL, a handle or a hashtag */
  size_t i = 0, tokens = 0;
  while (i < n) {
    while (i < n && s[i] == ' ')
      i++;
    if (i >= n)
      break;
    size_t start = i;
    while (i < n && s[i] != ' ')
      i++;
    tokens++;
    const char *t = s + start;
    size_t len = i - start;
    if (!(s[start] == '@' || s[start] == '#' ||
          (len > 4 && strncmp(t, "http", 4) == 0) ||
          (len > 4 && strncmp(t, "www.", 4) == 0)))
      return 0;
  }
  return tokens > 0;
}

breve_line_kind breve_line_classify(const char *line, size_t n,
                                    const char *author) {
  breve_buf f = {0}, copy = {0};
  /* the rules below use C string functions: work on a terminated copy */
  breve_buf_put(&copy, line, n);
  if (copy.oom)
    return BREVE_LINE_BODY;
  const char *s = copy.ptr;
  breve_line_kind kind = BREVE_LINE_BODY;
  /* every rule below is for lines of at most 40 words */
  size_t words = breve_count_words_max(s, n, 40);
  int final = breve_line_has_final_punct(s, n);

  /* the rules on folded text are all for short lines: a long paragraph
   * is not folded at all */
  if (words <= 40)
    breve_utf8_fold(s, n, &f);
  const char *folded = f.ptr ? f.ptr : "";

  if (n >= 2 && (memcmp(s, "\xC2\xA9", 2) == 0)) { /* © */
    kind = BREVE_LINE_CREDIT;
  } else if (words <= 40 && S_looks_like_code(s)) {
    /* (longer paragraphs keep their text: script statements inside them
     * are cut by breve_strip_code and the splitter) */
    kind = BREVE_LINE_CODE;
  } else if (S_is_link_line(s, n) || (words <= 40 && S_is_menu(s))) {
    kind = BREVE_LINE_LINK;
  } else if (words <= 20 && (S_starts_with_any(folded, S_credit_starts) ||
                             strstr(folded, "\xC2\xA9") ||
                             strstr(folded, "/ afp") || strstr(folded, "/afp") ||
                             strstr(folded, "getty images") ||
                             strstr(folded, "shutterstock"))) {
    kind = BREVE_LINE_CREDIT;
  } else if (words <= 40 && S_starts_with_any(folded, S_footer_starts) &&
             (!final || words <= 25)) {
    kind = BREVE_LINE_FOOTER;
  } else if (words <= 40 && S_contains_any(folded, S_footer_anywhere)) {
    kind = BREVE_LINE_FOOTER;
  } else if (author && *author && strncmp(s, author, strlen(author)) == 0 &&
             words <= 30) {
    kind = BREVE_LINE_BLURB;
  } else if (!final && words <= 12 && strncmp(folded, "par ", 4) == 0 &&
             S_is_name(s + 4, n - 4)) {
    kind = BREVE_LINE_BYLINE;
  } else if (!final && words <= 5 && S_is_name(s, n)) {
    kind = BREVE_LINE_BYLINE;
  } else if (!final && words <= 25 && S_contains_any(folded, S_blurb_words)) {
    kind = BREVE_LINE_BLURB;
  } else if (!final && words <= 10 && S_starts_with_any(folded, S_date_starts) &&
             strpbrk(folded, "0123456789")) {
    kind = BREVE_LINE_DATE;
  } else if (!final && words <= 30) {
    kind = BREVE_LINE_HEADLINE;
  } else if (words <= 2) {
    kind = BREVE_LINE_HEADLINE; /* a label: "Défense.", "Plus..." */
  } else if (final && words <= 10 && S_last_cp(s, n, NULL) == '?' &&
             !strstr(s, ". ") && !strstr(s, "? ") && !strstr(s, "! ")) {
    kind = BREVE_LINE_HEADLINE; /* a question standing alone: an intertitle */
  }
  breve_buf_free(&f);
  breve_buf_free(&copy);
  return kind;
}

int breve_line_is_headline(const char *s, size_t n) {
  size_t words = breve_count_words(s, n);
  if (words < 2 || words > 30)
    return 0;
  /* it starts with a capital, a digit or an opening quote */
  uint32_t first;
  if (!breve_utf8_decode(s, n, &first) ||
      !(breve_cp_is_upper(first) || breve_cp_is_digit(first) ||
        first == 0xAB || first == '"' || first == 0x201C))
    return 0;
  /* a headline does not end with a full stop (an ellipsis, ? or ! may) */
  size_t at;
  uint32_t last = S_last_cp(s, n, &at);
  if (last == '.' && !(n >= 3 && memcmp(s + n - 3, "...", 3) == 0))
    return 0;
  breve_line_kind k = breve_line_classify(s, n, NULL);
  return k == BREVE_LINE_HEADLINE || k == BREVE_LINE_BODY;
}

/* Length of the script statement starting at s[0..n): up to a ';' outside
 * brackets, or the bracket closing a call after an '='. */
static size_t S_statement_len(const char *s, size_t n) {
  size_t j = 0;
  int depth = 0, seen_eq = 0;
  while (j < n) {
    char c = s[j++];
    if (c == '(' || c == '{' || c == '[') {
      depth++;
    } else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
      if (--depth == 0 && seen_eq) {
        if (j < n && s[j] == ';')
          j++;
        break;
      }
    } else if (c == '=' && depth == 0) {
      seen_eq = 1;
    } else if (c == ';' && depth == 0) {
      break;
    }
  }
  return j;
}

size_t breve_paragraph_clean(breve_buf *para, const char **s) {
  para->len = breve_strip_code(para->ptr, para->len);
  size_t n = para->len;
  *s = para->ptr;
  breve_trim(s, &n);
  return n;
}

size_t breve_strip_code(char *s, size_t n) {
  /* most paragraphs hold no script: find the first "window." before
   * walking (the text before it stays where it is) */
  const char *w = s;
  while ((w = memchr(w, 'w', n - (size_t)(w - s))) &&
         !(n - (size_t)(w - s) > 7 && memcmp(w, "window.", 7) == 0))
    w++;
  if (!w)
    return n;
  size_t out = (size_t)(w - s), i = out;
  while (i < n) {
    int at_word = i == 0 || s[i - 1] == ' ' || s[i - 1] == '.' || s[i - 1] == ';';
    if (at_word && n - i > 7 && memcmp(s + i, "window.", 7) == 0) {
      i += S_statement_len(s + i, n - i);
      while (i < n && s[i] == ' ')
        i++;
      continue;
    }
    s[out++] = s[i++];
  }
  if (out < n)
    s[out] = '\0';
  return out;
}

static int S_is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
         c == '\v';
}

breve_status breve_article_add_paragraph(breve_article *a, const char *s,
                                         size_t n) {
  breve_trim(&s, &n);
  if (!n)
    return BREVE_OK;
  /* collapse runs of ordinary (ASCII) white space into one space, copying
   * the text between them whole; no-break spaces are kept, they matter to
   * the normaliser (12 000, « guillemets ») */
  breve_buf b = {0};
  if (!breve_buf_grow(&b, n)) /* the text only shrinks */
    return BREVE_ERR_NOMEM;
  char *o = b.ptr;
  int blank = 0;
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)s[i] <= ' ' && S_is_blank(s[i])) {
      blank = 1;
      continue;
    }
    if (blank && o > b.ptr)
      *o++ = ' ';
    blank = 0;
    *o++ = s[i];
  }
  *o = '\0';
  b.len = (size_t)(o - b.ptr);
  /* The array's capacity is implied: 8, then doubled whenever the count
   * reaches a power of two, so 300,000 paragraphs cost no quadratic
   * copying (realloc by one slot took minutes under AddressSanitizer). */
  size_t np = a->n_paragraphs;
  if (np == 0 || (np >= 8 && (np & (np - 1)) == 0)) {
    char **p = breve_realloc(a->paragraphs, (np ? 2 * np : 8) * sizeof *p);
    if (!p) {
      breve_buf_free(&b);
      return BREVE_ERR_NOMEM;
    }
    a->paragraphs = p;
  }
  a->paragraphs[a->n_paragraphs++] = breve_buf_detach(&b);
  return BREVE_OK;
}

void breve_article_free(breve_article *a) {
  if (!a)
    return;
  breve_free(a->title);
  breve_free(a->byline);
  breve_free(a->date);
  breve_free(a->lang);
  breve_free(a->link);
  for (size_t i = 0; i < a->n_paragraphs; i++)
    breve_free(a->paragraphs[i]);
  breve_free(a->paragraphs);
  memset(a, 0, sizeof *a);
}
