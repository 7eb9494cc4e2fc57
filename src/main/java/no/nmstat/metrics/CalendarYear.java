package no.nmstat.metrics;

/**
 * The calendar year of an epoch day, by arithmetic and with its name made once: grouping a million
 * cases by year should not build a million dates and strings.
 */
final class CalendarYear {
  private static final int FIRST = 1900;
  private static final String[] NAMES = new String[300];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      NAMES[i] = Integer.toString(FIRST + i);
    }
  }

  private CalendarYear() {}

  /** The proleptic Gregorian year of {@code epochDay} (Hinnant's civil_from_days). */
  static int of(int epochDay) {
    long z = epochDay + 719468L;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long year = yoe + era * 400 + (mp >= 10 ? 1 : 0);
    return (int) year;
  }

  /** The year of {@code epochDay} as text. */
  static String name(int epochDay) {
    int y = of(epochDay);
    int i = y - FIRST;
    return i >= 0 && i < NAMES.length ? NAMES[i] : Integer.toString(y);
  }
}
