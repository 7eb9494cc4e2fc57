package no.nmstat.metrics;

/**
 * The calendar year of an epoch day, by arithmetic and with its name made once: grouping a million
 * cases by year should not build a million dates and strings.
 */
final class CalendarYear {
  private static final int FIRST = 1900;
  private static final String[] NAMES = new String[300];
  // The epoch day of 1 January of each year of NAMES, and of the year after the last.
  private static final int[] STARTS = new int[NAMES.length + 1];

  static {
    for (int i = 0; i < NAMES.length; i++) {
      NAMES[i] = Integer.toString(FIRST + i);
    }
    for (int i = 0; i < STARTS.length; i++) {
      STARTS[i] = (int) java.time.LocalDate.of(FIRST + i, 1, 1).toEpochDay();
    }
  }

  private CalendarYear() {}

  /**
   * The proleptic Gregorian year of {@code epochDay}: from the table of years' first days where it
   * holds the day (a division and a step or two; it runs once per case, and without the optimising
   * compiler the arithmetic's long divisions cost more than the rest of the case), else by
   * arithmetic.
   */
  static int of(int epochDay) {
    if (epochDay >= STARTS[0] && epochDay < STARTS[NAMES.length]) {
      // A year has at most 366 days, so this is the year or one or two before it.
      int i = (epochDay - STARTS[0]) / 366;
      while (STARTS[i + 1] <= epochDay) {
        i++;
      }
      return FIRST + i;
    }
    return civil(epochDay);
  }

  /** The proleptic Gregorian year of {@code epochDay} (Hinnant's civil_from_days). */
  static int civil(int epochDay) {
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
