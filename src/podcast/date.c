/* Dates as a French speaker says them: "samedi vingt-huit novembre". */
#include "podcast/podcast.h"
#include "text/normalize.h"

int breve_weekday(int y, int m, int d) {
  /* Sakamoto's method */
  static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
  if (m < 3)
    y -= 1;
  return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

static int S_days_in(int y, int m) {
  static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
    return 29;
  return n[m - 1];
}

int breve_date_spoken(int y, int m, int d, breve_buf *out) {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > S_days_in(y, m))
    return 0;
  breve_buf_puts(out, breve_fr_weekday(breve_weekday(y, m, d)));
  /* the day of the month in words; the first is "premier" */
  if (d == 1)
    breve_buf_puts(out, " premier");
  else
    breve_fr_cardinal(out, (uint64_t)d, 0);
  breve_buf_printf(out, " %s", breve_fr_month(m));
  return 1;
}
