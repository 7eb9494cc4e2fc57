package no.nmstat.trend;

import java.util.Arrays;

/**
 * The Hodges–Lehmann shift between two periods: the median of all m·n differences current −
 * previous, with its 95% interval from the sorted differences D(1) ≤ … ≤ D(mn) (method.md §11).
 *
 * <p>With both periods under 50 cases and no tie in the pooled sample, the interval is R's {@code
 * wilcox.test(current, previous, conf.int = TRUE)} exactly: D(q) and D(mn − q + 1) with q the 2.5%
 * quantile of the exact Wilcoxon rank-sum distribution ({@code qwilcox}, at least 1). Otherwise
 * (days are whole numbers, so ties are usual) the closed form D(C + 1) and D(mn − C) with C = ⌊mn/2
 * − z·σ⌋, z the normal 97.5% point and σ² = mn/12 · ((N + 1) − Σ(t³ − t)/(N(N − 1))), N = m + n, t
 * the sizes of the tied groups in the pooled sample; no interval when C < 0.
 */
final class Shift {
  /** R's wilcox.test uses the exact distribution below this many cases in each group. */
  private static final int EXACT_BELOW = 50;

  private Shift() {}

  /** The shift of {@code current} against {@code previous} (both ascending), and its interval. */
  static Estimate of(int[] current, int[] previous) {
    int m = current.length;
    int n = previous.length;
    if (m == 0 || n == 0) {
      return Estimate.NONE;
    }
    long mn = (long) m * n;
    double estimate =
        mn % 2 == 1
            ? difference(current, previous, mn / 2 + 1)
            : (difference(current, previous, mn / 2) + difference(current, previous, mn / 2 + 1))
                / 2.0;
    if (m < OneSample.FEWEST || n < OneSample.FEWEST) {
      return Estimate.alone(estimate);
    }
    long tieSum = tieSum(pooled(current, previous));
    if (m < EXACT_BELOW && n < EXACT_BELOW && tieSum == 0) {
      long q = Math.max(1, WilcoxonRankSum.quantile(0.025, m, n));
      return new Estimate(
          estimate, difference(current, previous, q), difference(current, previous, mn - q + 1));
    }
    double big = (double) m + n;
    double variance = mn / 12.0 * ((big + 1) - tieSum / (big * (big - 1)));
    long c = (long) Math.floor(mn / 2.0 - OneSample.Z * Math.sqrt(variance));
    if (c < 0) {
      return Estimate.alone(estimate);
    }
    return new Estimate(
        estimate, difference(current, previous, c + 1), difference(current, previous, mn - c));
  }

  /**
   * D(k), the k-th smallest (from 1) of the differences x − y: the smallest whole d with at least k
   * differences at or below it, found by halving the range of differences, each step counting in
   * one pass over the two sorted samples. Time linear in m + n per step, memory none: the m·n
   * differences of two years of a large file would not fit in memory.
   */
  static double difference(int[] x, int[] y, long k) {
    long lo = (long) x[0] - y[y.length - 1];
    long hi = (long) x[x.length - 1] - y[0];
    while (lo < hi) {
      long mid = Math.floorDiv(lo + hi, 2);
      if (atMost(x, y, mid) >= k) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return (double) lo;
  }

  /** How many differences x − y are at most {@code d}: for each x, the y at or above x − d. */
  private static long atMost(int[] x, int[] y, long d) {
    long count = 0;
    int j = 0;
    for (int xi : x) {
      while (j < y.length && y[j] < xi - d) {
        j++;
      }
      count += y.length - j;
    }
    return count;
  }

  private static int[] pooled(int[] a, int[] b) {
    int[] pooled = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, pooled, a.length, b.length);
    Arrays.sort(pooled);
    return pooled;
  }

  /** Σ(t³ − t) over the groups of tied values of {@code sorted}: 0 when no two are equal. */
  private static long tieSum(int[] sorted) {
    long sum = 0;
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      long t = (long) j - i;
      sum += t * t * t - t;
      i = j;
    }
    return sum;
  }
}
