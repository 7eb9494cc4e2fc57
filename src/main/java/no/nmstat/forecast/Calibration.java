package no.nmstat.forecast;

/**
 * Where past forecasts' outcomes fell around the queue model's median, and so where the forecast
 * puts its date and interval (method.md §8).
 *
 * <p>Each past forecast measures its case's actual assignment as z = (actual days − the model's
 * median) / the model's standard deviation. Were the model right, z would be spread as the Gamma
 * is; real queues are more regular than a Poisson process in some ways (case handlers finishing one
 * case each) and less in others (cases received together taken in another order, priority cases,
 * cases set aside), so the forecast uses the Kaplan–Meier quantiles of the past z instead (cases
 * still waiting are censored at the z of their wait so far). Measured in the model's standard
 * deviations, a short queue's errors and a long one's can be pooled.
 *
 * @param low the z at which the interval starts ((1 − level)/2 of past forecasts fell below), or
 *     null when not fitted
 * @param median the z of the point forecast, or null when not fitted
 * @param high the z at which the interval ends, or null when not fitted
 * @param forecasts past forecasts the levels rest on (case × month end)
 * @param assigned how many of those cases have been assigned since
 * @param unreached when enough were assigned but not fitted, the lowest of the levels (low, 0.5,
 *     high) whose quantile the Kaplan–Meier curve of the past errors never reaches, because too
 *     many of those cases are still waiting; else null
 */
public record Calibration(
    Double low, Double median, Double high, int forecasts, int assigned, Double unreached) {

  /** Whether the levels come from past forecasts; if not, the model's own quantiles are used. */
  public boolean fitted() {
    return median != null;
  }

  /** Fitted levels. */
  static Calibration fitted(double low, double median, double high, int forecasts, int assigned) {
    return new Calibration(low, median, high, forecasts, assigned, null);
  }

  /** Too few judged past forecasts: the model's own quantiles are used. */
  static Calibration tooFew(int forecasts, int assigned) {
    return new Calibration(null, null, null, forecasts, assigned, null);
  }

  /**
   * Enough assigned, but the past errors' curve never falls to the quantile at {@code level}: the
   * model's own quantiles are used.
   */
  static Calibration unreached(int forecasts, int assigned, double level) {
    return new Calibration(null, null, null, forecasts, assigned, level);
  }
}
