package no.nmstat.stats;

/**
 * Kaplan–Meier figures of one interval and group, counting open cases as censored at their age.
 *
 * @param median the median duration, or null when the curve never reaches 0.5
 * @param medianLow lower end of its 95% interval, or null
 * @param medianHigh upper end of its 95% interval, or null when unbounded
 * @param p90 the 90th percentile duration, or null when the curve never reaches 0.1
 */
public record SurvivalSummary(Double median, Double medianLow, Double medianHigh, Double p90) {

  /** The figures of {@code km}. */
  public static SurvivalSummary of(KaplanMeier km) {
    return new SurvivalSummary(
        km.quantile(0.5), km.quantileLow(0.5), km.quantileHigh(0.5), km.quantile(0.9));
  }
}
