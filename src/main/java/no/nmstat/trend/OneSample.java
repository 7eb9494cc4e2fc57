package no.nmstat.trend;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** The intervals of one period's figures that the summary does not already give (method.md §11). */
final class OneSample {
  /** The fewest cases a distribution-free interval of the median, or a change, is given for. */
  static final int FEWEST = 6;

  /** The 97.5% point of the standard normal distribution. */
  static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

  private OneSample() {}

  /**
   * The distribution-free 95% interval of the median of {@code sorted} (ascending): the order
   * statistics x(l) and x(n − l + 1) with l = R's {@code qbinom(0.025, n, 0.5)}; none below {@link
   * #FEWEST} values.
   */
  static Estimate median(int[] sorted, Double median) {
    int n = sorted.length;
    if (n < FEWEST) {
      return Estimate.alone(median);
    }
    int l = BinomialDistribution.of(n, 0.5).inverseCumulativeProbability(0.025);
    return new Estimate(median, (double) sorted[l - 1], (double) sorted[n - l]);
  }

  /** The share {@code within} of {@code n} with Wilson's score interval; none of no case. */
  static Estimate wilson(long within, long n) {
    if (n == 0) {
      return Estimate.NONE;
    }
    double p = (double) within / n;
    double z2 = Z * Z;
    double scale = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / scale;
    double half = Z / scale * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    // At 0 and at n the bound is exactly 0 or 1; the formula leaves a rounding error there.
    return new Estimate(p, within == 0 ? 0 : centre - half, within == n ? 1 : centre + half);
  }
}
