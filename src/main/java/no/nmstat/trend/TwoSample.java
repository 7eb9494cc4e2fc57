package no.nmstat.trend;

import no.nmstat.stats.Summary;
import org.apache.commons.statistics.distribution.TDistribution;

/** Changes of a mean and of a share between two periods, with their 95% intervals. */
final class TwoSample {
  private TwoSample() {}

  /**
   * The difference of the means of the current and the previous period with Welch's 95% interval
   * (R's {@code t.test(current, previous, var.equal = FALSE)}), from each period's count, mean and
   * standard deviation; no interval when both are constant (R refuses them) or either has fewer
   * than two values.
   */
  static Estimate welch(Summary current, Summary previous) {
    if (current.n() < 2 || previous.n() < 2) {
      return Estimate.NONE;
    }
    double v1 = current.sd() * current.sd() / current.n();
    double v2 = previous.sd() * previous.sd() / previous.n();
    double difference = current.mean() - previous.mean();
    double se = Math.sqrt(v1 + v2);
    if (se == 0) {
      return Estimate.alone(difference);
    }
    double df =
        (v1 + v2) * (v1 + v2) / (v1 * v1 / (current.n() - 1) + v2 * v2 / (previous.n() - 1));
    double half = TDistribution.of(df).inverseCumulativeProbability(0.975) * se;
    return new Estimate(difference, difference - half, difference + half);
  }

  /**
   * The difference of two shares with Newcombe's hybrid score interval (his method 10), from the
   * shares' Wilson intervals.
   */
  static Estimate newcombe(Estimate current, Estimate previous) {
    if (current.value() == null || previous.value() == null) {
      return Estimate.NONE;
    }
    double p1 = current.value();
    double p2 = previous.value();
    double d = p1 - p2;
    double low = d - Math.hypot(p1 - current.low(), previous.high() - p2);
    double high = d + Math.hypot(current.high() - p1, p2 - previous.low());
    return new Estimate(d, low, high);
  }
}
