package no.nmstat.metrics;

/**
 * Where past forecasts' outcomes fell in the queue model's distribution, and so which of its
 * quantiles the forecast uses (method.md §8).
 *
 * <p>Each past forecast places its case's actual assignment at a probability u of the model's Gamma
 * distribution (its cumulative probability at the actual day). Were the model right, u would be
 * uniform and the {@code level} interval would run from the quantile (1 − level)/2 to (1 +
 * level)/2; real queues are more regular than a Poisson process, so the actual u gather nearer the
 * middle, and the forecast uses their Kaplan–Meier quantiles instead (cases still waiting are
 * censored at the u of their wait so far).
 *
 * @param low the probability of the model the interval starts at
 * @param median the probability of the point forecast
 * @param high the probability the interval ends at
 * @param forecasts past forecasts the levels rest on (case × month end)
 * @param assigned how many of those cases have been assigned since
 * @param fitted whether the levels come from past forecasts; when false they are the model's own
 *     ((1 − level)/2, 0.5, (1 + level)/2), as there were too few assignments to judge
 */
public record Calibration(
    double low, double median, double high, int forecasts, int assigned, boolean fitted) {

  /**
   * Levels this close to 0 or 1 mean past assignments fell where the model gives almost no chance:
   * the queue is far from first come, first served, or its rate swings. The Gamma of a long queue
   * is narrow, and no choice of its quantiles widens it enough then, so an interval from it would
   * be confidently wrong.
   */
  static final double EDGE = 0.001;

  /** Whether the interval's levels lie beyond what the model can express (see {@link #EDGE}). */
  public boolean beyondModel() {
    return fitted && (low < EDGE || high > 1 - EDGE);
  }

  /** Whether the point forecast's level lies beyond what the model can express. */
  public boolean medianBeyondModel() {
    return fitted && (median < EDGE || median > 1 - EDGE);
  }

  /** The model's own levels, used while too few past forecasts can be judged. */
  static Calibration nominal(double level, int forecasts, int assigned) {
    return new Calibration((1 - level) / 2, 0.5, (1 + level) / 2, forecasts, assigned, false);
  }
}
