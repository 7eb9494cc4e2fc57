package no.nmstat.stats;

/**
 * The statistics of method.md §4 for one set of completed values.
 *
 * <p>A figure that does not exist for the data (the mean of nothing, the sd of one value) is {@code
 * null}, never 0 or NaN.
 *
 * @param n completed observations
 * @param open open observations (not in the other figures)
 * @param mean arithmetic mean
 * @param sd sample standard deviation (n − 1)
 * @param min smallest value
 * @param p25 25th percentile
 * @param median 50th percentile
 * @param p75 75th percentile
 * @param p90 90th percentile
 * @param max largest value
 * @param meanCiLow lower end of the 95% Student-t interval of the mean
 * @param meanCiHigh upper end of that interval
 * @param target the target in days, or null when the interval has none
 * @param withinTarget share (0 to 1) of completed values at or below the target
 * @param quantileMethod how the percentiles were computed
 */
public record Summary(
    long n,
    long open,
    Double mean,
    Double sd,
    Integer min,
    Double p25,
    Double median,
    Double p75,
    Double p90,
    Integer max,
    Double meanCiLow,
    Double meanCiHigh,
    Integer target,
    Double withinTarget,
    QuantileMethod quantileMethod) {

  /**
   * The summary of no completed values: {@code open} open ones, the {@code target} (null for none)
   * and the method, and every figure absent.
   */
  static Summary empty(long open, Integer target, QuantileMethod quantileMethod) {
    return builder(0, open, quantileMethod).target(target).build();
  }

  /** A summary of {@code n} completed and {@code open} open values, its figures still to set. */
  static Builder builder(long n, long open, QuantileMethod quantileMethod) {
    return new Builder(n, open, quantileMethod);
  }

  /** Builds a {@link Summary} by name; a figure not set is absent (null). */
  static final class Builder {
    private final long n;
    private final long open;
    private final QuantileMethod quantileMethod;
    private Double mean;
    private Double sd;
    private Integer min;
    private Integer max;
    private double[] quartilesAndP90;
    private Double meanCiLow;
    private Double meanCiHigh;
    private Integer target;
    private Double withinTarget;

    private Builder(long n, long open, QuantileMethod quantileMethod) {
      this.n = n;
      this.open = open;
      this.quantileMethod = quantileMethod;
    }

    Builder mean(double mean) {
      this.mean = mean;
      return this;
    }

    Builder sd(double sd) {
      this.sd = sd;
      return this;
    }

    Builder range(int min, int max) {
      this.min = min;
      this.max = max;
      return this;
    }

    /** The 25th, 50th, 75th and 90th percentiles, in that order. */
    Builder percentiles(double[] p25MedianP75P90) {
      this.quartilesAndP90 = p25MedianP75P90;
      return this;
    }

    Builder meanCi(double low, double high) {
      this.meanCiLow = low;
      this.meanCiHigh = high;
      return this;
    }

    Builder target(Integer target) {
      this.target = target;
      return this;
    }

    Builder withinTarget(double share) {
      this.withinTarget = share;
      return this;
    }

    Summary build() {
      double[] q = quartilesAndP90;
      return new Summary(
          n,
          open,
          mean,
          sd,
          min,
          q == null ? null : q[0],
          q == null ? null : q[1],
          q == null ? null : q[2],
          q == null ? null : q[3],
          max,
          meanCiLow,
          meanCiHigh,
          target,
          withinTarget,
          quantileMethod);
    }
  }
}
