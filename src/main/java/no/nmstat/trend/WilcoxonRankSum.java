package no.nmstat.trend;

/**
 * The exact null distribution of the Wilcoxon rank-sum (Mann–Whitney) statistic W, the number of
 * pairs in which the first sample's value is the larger, for samples of m and n untied values: what
 * R's {@code qwilcox} reads. Commons Statistics has no such distribution.
 */
final class WilcoxonRankSum {
  private WilcoxonRankSum() {}

  /**
   * The smallest w with P(W ≤ w) ≥ p, as R's {@code qwilcox(p, m, n)} for p ≤ 0.5 (including its
   * allowance of 10 ε below p).
   */
  static int quantile(double p, int m, int n) {
    double[] counts = counts(m, n);
    double total = 0;
    for (double c : counts) {
      total += c;
    }
    double target = p - 10 * Math.ulp(1.0);
    double cumulative = 0;
    int w = 0;
    while (true) {
      cumulative += counts[w] / total;
      if (cumulative >= target) {
        return w;
      }
      w++;
    }
  }

  /**
   * How many of the C(m + n, m) orderings give each W from 0 to mn: by the recurrence f(i, j, w) =
   * f(i − 1, j, w − j) + f(i, j − 1, w) (the largest value is the first sample's, or the second's),
   * one row of i at a time. Only additions, so the counts are exact while they fit a double's 53
   * bits and within a rounding of it beyond.
   */
  static double[] counts(int m, int n) {
    double[][] previous = new double[n + 1][];
    for (int j = 0; j <= n; j++) {
      previous[j] = new double[] {1};
    }
    for (int i = 1; i <= m; i++) {
      double[][] row = new double[n + 1][];
      row[0] = new double[] {1};
      for (int j = 1; j <= n; j++) {
        double[] f = new double[i * j + 1];
        double[] left = row[j - 1];
        double[] up = previous[j];
        for (int w = 0; w < f.length; w++) {
          double a = w < left.length ? left[w] : 0;
          double b = w - j >= 0 && w - j < up.length ? up[w - j] : 0;
          f[w] = a + b;
        }
        row[j] = f;
      }
      previous = row;
    }
    return previous[n];
  }
}
