package no.nmstat.trend;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The log-rank test of two cohorts' durations, open cases censored at their age: R's {@code
 * survdiff} (ρ = 0), one degree of freedom.
 *
 * @param p the p-value, or null when the test has no variance (no event, or one group at risk)
 * @param observed the current cohort's events
 * @param expected the events the current cohort would have had were both cohorts alike
 */
record LogRank(Double p, double observed, double expected) {
  private static final ChiSquaredDistribution ONE_DF = ChiSquaredDistribution.of(1);

  /**
   * The test of the current cohort ({@code completed1} events, {@code censored1} censored) against
   * the previous one; the arrays are sorted in place.
   */
  static LogRank test(int[] completed1, int[] censored1, int[] completed2, int[] censored2) {
    for (int[] a : new int[][] {completed1, censored1, completed2, censored2}) {
      Arrays.sort(a);
    }
    int[] times = distinctEvents(completed1, completed2);
    double observed = completed1.length;
    double expected = 0;
    double variance = 0;
    for (int t : times) {
      double d1 = count(completed1, t, t + 1L);
      double d = d1 + count(completed2, t, t + 1L);
      double n1 = atRisk(completed1, censored1, t);
      double n = n1 + atRisk(completed2, censored2, t);
      expected += d * n1 / n;
      if (n > 1) {
        variance += d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1);
      }
    }
    if (variance <= 0) {
      return new LogRank(null, observed, expected);
    }
    double chi = (observed - expected) * (observed - expected) / variance;
    return new LogRank(ONE_DF.survivalProbability(chi), observed, expected);
  }

  private static int[] distinctEvents(int[] a, int[] b) {
    return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b))
        .sorted()
        .distinct()
        .toArray();
  }

  /** Durations at or after {@code t}: events at t were at risk, and censored at t too. */
  private static double atRisk(int[] completed, int[] censored, int t) {
    return count(completed, t, Long.MAX_VALUE) + count(censored, t, Long.MAX_VALUE);
  }

  /** How many of {@code sorted} lie in [from, to). */
  private static int count(int[] sorted, long from, long to) {
    return lowerBound(sorted, to) - lowerBound(sorted, from);
  }

  private static int lowerBound(int[] sorted, long value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
