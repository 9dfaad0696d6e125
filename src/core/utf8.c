/* UTF-8 decoding, validation and the letter classes French text needs. */
#include <string.h>

#include "core.h"

size_t breve_utf8_decode(const char *s, size_t n, uint32_t *cp) {
  const unsigned char *u = (const unsigned char *)s;
  *cp = 0xFFFD;
  if (n == 0)
    return 0;
  if (u[0] < 0x80) {
    *cp = u[0];
    return 1;
  }
  size_t len;
  uint32_t c, min;
  if ((u[0] & 0xE0) == 0xC0) {
    len = 2, c = u[0] & 0x1F, min = 0x80;
  } else if ((u[0] & 0xF0) == 0xE0) {
    len = 3, c = u[0] & 0x0F, min = 0x800;
  } else if ((u[0] & 0xF8) == 0xF0) {
    len = 4, c = u[0] & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (n < len)
    return 0;
  for (size_t i = 1; i < len; i++) {
    if ((u[i] & 0xC0) != 0x80)
      return 0;
    c = (c << 6) | (u[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
    return 0;
  *cp = c;
  return len;
}

size_t breve_utf8_encode(uint32_t cp, char out[4]) {
  if (cp < 0x80) {
    out[0] = (char)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (char)(0xF0 | (cp >> 18));
  out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

size_t breve_utf8_validate(const char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if ((unsigned char)s[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    if (!k)
      return i;
    i += k;
  }
  return n;
}

int breve_cp_is_upper(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return 1;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
    return 1;
  if (cp >= 0x100 && cp <= 0x17F)
    return (cp % 2) == 0 && cp != 0x138; /* Latin Extended-A: even = upper */
  return cp == 0x152 || cp == 0x178;
}

int breve_cp_is_lower(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z')
    return 1;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
    return 1;
  if (cp >= 0x100 && cp <= 0x17F)
    return (cp % 2) == 1 || cp == 0x138;
  return 0;
}

int breve_cp_is_letter(uint32_t cp) {
  if (cp < 0x80)
    return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return breve_cp_is_upper(cp) || breve_cp_is_lower(cp) ||
         (cp >= 0x180 && cp <= 0x24F) || (cp >= 0x370 && cp <= 0x3FF) ||
         (cp >= 0x400 && cp <= 0x4FF);
}

int breve_cp_is_digit(uint32_t cp) { return cp >= '0' && cp <= '9'; }

int breve_cp_is_space(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 ||
         cp == 0x2007 || cp == 0x200A || cp == 0x2002 || cp == 0x2003 ||
         cp == 0x3000 || cp == 0x2028 || cp == 0x2029;
}

uint32_t breve_cp_to_lower(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
    return cp + 32;
  if (cp == 0x178)
    return 0xFF;
  if (cp >= 0x100 && cp <= 0x17F && (cp % 2) == 0 && cp != 0x138)
    return cp + 1;
  return cp;
}

/* Base letter of a lower-case accented Latin letter (0 when none). */
static const char *S_unaccent(uint32_t cp) {
  switch (cp) {
  case 0xE0: case 0xE1: case 0xE2: case 0xE3: case 0xE4: case 0xE5:
    return "a";
  case 0xE6: return "ae";
  case 0xE7: return "c";
  case 0xE8: case 0xE9: case 0xEA: case 0xEB:
    return "e";
  case 0xEC: case 0xED: case 0xEE: case 0xEF:
    return "i";
  case 0xF1: return "n";
  case 0xF2: case 0xF3: case 0xF4: case 0xF5: case 0xF6: case 0xF8:
    return "o";
  case 0xF9: case 0xFA: case 0xFB: case 0xFC:
    return "u";
  case 0xFD: case 0xFF:
    return "y";
  case 0x153: return "oe";
  case 0xDF: return "ss";
  default: return NULL;
  }
}

void breve_utf8_fold(const char *s, size_t n, breve_buf *out) {
  size_t i = 0;
  while (i < n) {
    if ((unsigned char)s[i] < 0x80) {
      /* a run of ASCII, most of French text: lowered in one copy */
      size_t j = i;
      while (j < n && (unsigned char)s[j] < 0x80)
        j++;
      if (!breve_buf_grow(out, j - i))
        return;
      char *d = out->ptr + out->len;
      for (size_t k = i; k < j; k++)
        *d++ = s[k] >= 'A' && s[k] <= 'Z' ? (char)(s[k] + 32) : s[k];
      out->len += j - i;
      out->ptr[out->len] = '\0';
      i = j;
      continue;
    }
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    if (!k) {
      i++;
      continue;
    }
    i += k;
    cp = breve_cp_to_lower(cp);
    const char *base = S_unaccent(cp);
    if (base) {
      breve_buf_puts(out, base);
    } else if (cp == 0x2019 || cp == 0x2018) {
      breve_buf_putc(out, '\'');
    } else {
      char tmp[4];
      breve_buf_put(out, tmp, breve_utf8_encode(cp, tmp));
    }
  }
}

/* A word is a run of non-space characters holding a letter or a digit, so
 * "l'IA", "3,5" and "J.-C." count once and a lone dash not at all. */
/* What each byte is to the loops that walk text without decoding it
 * (BREVE_BYTE_* bits, in core.h). */
/* clang-format off */
const unsigned char breve_byte_class[256] = {
     4,  4,  4,  4,  4,  4,  4,  4,  4,  5,  5,  5,  5,  5,  4,  4,
     4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,
     5,  0,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  0,  4,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30,  4,  0,  4,  4,  4,  0,
     4,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,
     2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  4,  4,  4,  4,  4,
     4, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,  4,  4,  4,  4,  4,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
     8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,  8,
};
/* clang-format on */

size_t breve_count_words(const char *s, size_t n) {
  return breve_count_words_max(s, n, (size_t)-1);
}

size_t breve_count_words_max(const char *s, size_t n, size_t max) {
  size_t words = 0, i = 0;
  int in_token = 0, has_alnum = 0;
  while (i < n && words <= max) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      /* ASCII: the same tests without decoding */
      unsigned char k = breve_byte_class[c];
      if (k & BREVE_BYTE_SPACE) {
        if (in_token && has_alnum)
          words++;
        in_token = has_alnum = 0;
        i++;
      } else if (k & BREVE_BYTE_ALNUM) {
        /* a run of letters and digits, the bulk of any text */
        in_token = has_alnum = 1;
        while (++i < n &&
               (breve_byte_class[(unsigned char)s[i]] & BREVE_BYTE_ALNUM))
          ;
      } else {
        in_token = 1;
        i++;
      }
      continue;
    }
    uint32_t cp;
    size_t k = breve_utf8_decode(s + i, n - i, &cp);
    if (!k)
      k = 1;
    if (breve_cp_is_space(cp)) {
      if (in_token && has_alnum)
        words++;
      in_token = has_alnum = 0;
    } else {
      in_token = 1;
      if (breve_cp_is_letter(cp) || breve_cp_is_digit(cp))
        has_alnum = 1;
    }
    i += k;
  }
  if (in_token && has_alnum)
    words++;
  return words;
}
