package no.nmstat.trend;

import java.util.Arrays;

/**
 * The Hodges–Lehmann shift between two periods: the median of all m·n differences current −
 * previous, with its 95% interval from the sorted differences D(1) ≤ … ≤ D(mn) (method.md §9).
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
    int mn = m * n;
    double[] d = new double[mn];
    int k = 0;
    for (int x : current) {
      for (int y : previous) {
        d[k++] = (double) x - y;
      }
    }
    Arrays.sort(d);
    double estimate = mn % 2 == 1 ? d[mn / 2] : (d[mn / 2 - 1] + d[mn / 2]) / 2;
    if (m < OneSample.FEWEST || n < OneSample.FEWEST) {
      return Estimate.alone(estimate);
    }
    int[] pooled = pooled(current, previous);
    long tieSum = tieSum(pooled);
    if (m < EXACT_BELOW && n < EXACT_BELOW && tieSum == 0) {
      int q = Math.max(1, WilcoxonRankSum.quantile(0.025, m, n));
      return new Estimate(estimate, d[q - 1], d[mn - q]);
    }
    double big = m + n;
    double variance = mn / 12.0 * ((big + 1) - tieSum / (big * (big - 1)));
    long c = (long) Math.floor(mn / 2.0 - OneSample.Z * Math.sqrt(variance));
    if (c < 0) {
      return Estimate.alone(estimate);
    }
    return new Estimate(estimate, d[(int) c], d[mn - 1 - (int) c]);
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
