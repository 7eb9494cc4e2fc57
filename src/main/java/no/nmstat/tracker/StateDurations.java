package no.nmstat.tracker;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.Arrays;
import no.nmstat.stats.KaplanMeier;

/**
 * The past durations of one state in a file and the Kaplan–Meier curve of them: completed stays as
 * events, open ones censored at their age (method.md §9).
 */
final class StateDurations {
  /**
   * The tolerance of "S(t) ≤ ½·S(d−)": a product of fractions that is exactly half in arithmetic
   * may fall a rounding error above it.
   */
  private static final double TOLERANCE = 1e-12;

  private final int[] completed;
  private final int[] censored;
  private final double[] times;
  private final double[] survival;

  StateDurations(int[] completed, int[] censored) {
    KaplanMeier km = KaplanMeier.estimate(completed, censored);
    // estimate sorts both arrays: the counts of durations at least d long are binary searches.
    this.completed = completed;
    this.censored = censored;
    this.times = km.times();
    this.survival = km.survival();
  }

  /** How many past durations, completed or open, are at least {@code d} days. */
  int atLeast(int d) {
    return completed.length
        - firstAtLeast(completed, d)
        + censored.length
        - firstAtLeast(censored, d);
  }

  /**
   * The smallest event time t with S(t) ≤ ½·S(d−): the day by which half of the stays that lasted
   * {@code d} days had ended. {@link no.nmstat.model.CaseRecord#ABSENT} when the curve does not
   * fall that far within the file's follow-up.
   */
  int conditionalMedian(int d) {
    double before = 1;
    for (int i = 0; i < times.length && times[i] < d; i++) {
      before = survival[i];
    }
    double half = before / 2;
    for (int i = 0; i < times.length; i++) {
      if (survival[i] <= half + TOLERANCE) {
        return (int) times[i];
      }
    }
    return ABSENT;
  }

  /** The stays of one state as they are found, ended or open. */
  static final class Stays {
    private int[] ended = new int[16];
    private int[] open = new int[16];
    private int endedCount;
    private int openCount;

    /** A stay that ended at the state's own ending milestone after {@code days}. */
    void ended(int days) {
      if (endedCount == ended.length) {
        ended = Arrays.copyOf(ended, endedCount * 2);
      }
      ended[endedCount++] = days;
    }

    /** A stay still open, {@code days} old on the as-of date. */
    void open(int days) {
      if (openCount == open.length) {
        open = Arrays.copyOf(open, openCount * 2);
      }
      open[openCount++] = days;
    }

    /** The curve of the stays found. */
    StateDurations estimate() {
      return new StateDurations(Arrays.copyOf(ended, endedCount), Arrays.copyOf(open, openCount));
    }
  }

  private static int firstAtLeast(int[] sorted, int d) {
    int i = Arrays.binarySearch(sorted, d);
    if (i < 0) {
      return -i - 1;
    }
    while (i > 0 && sorted[i - 1] == d) {
      i--;
    }
    return i;
  }
}
