package no.nmstat.trend;

/**
 * A figure with its 95% interval; each part null when it does not exist for the data.
 *
 * @param value the estimate
 * @param low the lower end of its 95% interval
 * @param high the upper end of its 95% interval
 */
public record Estimate(Double value, Double low, Double high) {
  /** No estimate at all. */
  public static final Estimate NONE = new Estimate(null, null, null);

  /** {@code value} without an interval. */
  static Estimate alone(Double value) {
    return new Estimate(value, null, null);
  }
}
