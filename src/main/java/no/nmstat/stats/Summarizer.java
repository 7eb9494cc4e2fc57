package no.nmstat.stats;

import org.apache.commons.statistics.distribution.TDistribution;

/** Computes a {@link Summary} from completed values in days. */
public final class Summarizer {
  private static final double[] PROBABILITIES = {0.25, 0.5, 0.75, 0.9};

  private final QuantileMethod method;

  public Summarizer(QuantileMethod method) {
    this.method = method;
  }

  /**
   * Summarises {@code values} (reordered in place) with {@code open} open observations and the
   * given {@code target} (null for none).
   */
  public Summary summarize(int[] values, long open, Integer target) {
    int n = values.length;
    if (n == 0) {
      return Summary.empty(open, target, method);
    }
    long sum = 0;
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    int within = 0;
    for (int v : values) {
      sum += v;
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (target != null && v <= target) {
        within++;
      }
    }
    double mean = (double) sum / n;
    Summary.Builder summary =
        Summary.builder(n, open, method).mean(mean).range(min, max).target(target);
    if (n > 1) {
      // Two passes: the deviations from the exact mean keep the variance accurate.
      double squares = 0;
      for (int v : values) {
        double d = v - mean;
        squares += d * d;
      }
      double s = Math.sqrt(squares / (n - 1));
      double half = TDistribution.of(n - 1).inverseCumulativeProbability(0.975) * s / Math.sqrt(n);
      summary.sd(s).meanCi(mean - half, mean + half);
    }
    // After the sums: the quantiles reorder the values, and the sums' rounding follows the order.
    summary.percentiles(method.quantiles(values, PROBABILITIES));
    if (target != null) {
      summary.withinTarget((double) within / n);
    }
    return summary.build();
  }
}
