package no.nmstat.model;

/**
 * The milestone days of a {@link CaseTable}, row by row ({@link Milestone#COUNT} a row): two bytes
 * each, the days from {@link #BASE}, where every day of the table fits (1950 to 2129), else four.
 * The scans over every day work on the stored values, without a call per value.
 */
record MilestoneDays(char[] small, int[] large) {
  /** Two-byte days count from this epoch day (1949-12-31); 0 stands for ABSENT. */
  static final int BASE = (int) java.time.LocalDate.of(1950, 1, 1).toEpochDay() - 1;

  /** Day {@code i} (row times {@link Milestone#COUNT} plus milestone), or ABSENT. */
  int get(int i) {
    if (large != null) {
      return large[i];
    }
    char c = small[i];
    return c == 0 ? CaseRecord.ABSENT : BASE + c;
  }

  /**
   * The latest of the first {@code end} days that is not after {@code asOf}, or {@link
   * CaseRecord#ABSENT} when none is.
   */
  int latest(int end, int asOf) {
    // On the stored values, as countAfter: one pass, no object per row.
    int[] large = this.large;
    char[] small = this.small;
    int latest = CaseRecord.ABSENT;
    if (large != null) {
      for (int i = 0; i < end; i++) {
        int d = large[i];
        // ABSENT is below every day.
        if (d > latest && d <= asOf) {
          latest = d;
        }
      }
      return latest;
    }
    int high = (int) Math.min(Character.MAX_VALUE, (long) asOf - BASE);
    int max = 0;
    for (int i = 0; i < end; i++) {
      char c = small[i];
      if (c > max && c <= high) {
        max = c;
      }
    }
    return max == 0 ? CaseRecord.ABSENT : BASE + max;
  }

  /**
   * How many of the first {@code end} days lie after {@code asOfDay} and not after {@code asOf}
   * (the table's own date); with {@code any}, stops at the first (1 for some, 0 for none).
   */
  long countAfter(int end, int asOfDay, int asOf, boolean any) {
    // Counted on the stored values, without get and the table's as-of check per value (13 values
    // a row).
    int[] large = this.large;
    char[] small = this.small;
    long n = 0;
    if (large != null) {
      for (int i = 0; i < end; i++) {
        int d = large[i];
        if (d > asOfDay && d <= asOf) {
          n++;
          if (any) {
            break;
          }
        }
      }
      return n;
    }
    // Two-byte days are BASE + c for c from 1; c = 0 is ABSENT, below every day.
    int low = (int) Math.min(Character.MAX_VALUE, Math.max(0L, (long) asOfDay - BASE));
    int high = (int) Math.min(Character.MAX_VALUE, (long) asOf - BASE);
    if (low >= high) {
      return 0;
    }
    for (int i = 0; i < end; i++) {
      char c = small[i];
      if (c > low && c <= high) {
        n++;
        if (any) {
          break;
        }
      }
    }
    return n;
  }
}
