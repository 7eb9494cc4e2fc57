package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.nmstat.model.CaseRecord;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * When each case in DMP's queue will get a case handler (method.md §8).
 *
 * <p>The model in two sentences: DMP takes cases in order of documentation received at the rate of
 * the last {@code window} days, so the k-th case in the queue is assigned when k more assignments
 * have happened, a Gamma(k, window/assignments) time for a Poisson process, with median m and
 * standard deviation s. The forecast corrects it by the file's own record: it puts the date at m +
 * z·s, with z the median, and the interval's ends the central {@code level} share, of where the
 * file's past forecasts (one per month end) actually fell ({@link PastForecasts}, {@link
 * Calibration}).
 *
 * <p>The queue itself is a {@link CaseQueue}; the model makes the forecast on any day up to the
 * queue's as-of date, so the calibration and the {@link Backtest} reuse it with what was known
 * then.
 */
public final class QueueModel {
  private final CaseQueue queue;
  private final int window;
  private final double level;
  private PastForecasts past;
  private double[] unitMedians = new double[64];

  private QueueModel(CaseQueue queue, int window, double level) {
    this.queue = queue;
    this.window = window;
    this.level = level;
  }

  /**
   * The model of {@code cases} as they stood on {@code asOfDay} (dates after it are ignored).
   *
   * @param windowDays the days before a forecast date over which assignments are counted (≥ 1)
   * @param level the prediction intervals' level, between 0 and 1 exclusive
   */
  public static QueueModel of(List<CaseRecord> cases, int asOfDay, int windowDays, double level) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be at least 1 day, was " + windowDays);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie between 0 and 1, was " + level);
    }
    return new QueueModel(CaseQueue.of(cases, asOfDay), windowDays, level);
  }

  /** The queue the model forecasts. */
  public CaseQueue queue() {
    return queue;
  }

  /** The days before a forecast date over which assignments are counted. */
  int window() {
    return window;
  }

  /** The prediction intervals' level. */
  double level() {
    return level;
  }

  /** The forecast on the as-of date, calibrated on every month end before it. */
  public QueueForecast forecast() {
    int t = queue.asOfDay();
    return forecastAt(t, pastForecasts().calibrationOn(t), queue.waitingOn(t));
  }

  /**
   * The month-end forecasts before the as-of date and where they fell, made once: each forecast
   * date calibrates on a prefix of them.
   */
  PastForecasts pastForecasts() {
    if (past == null) {
      past = new PastForecasts(this);
    }
    return past;
  }

  /** The forecast on {@code t} of the cases {@code queued} there (by number, in queue order). */
  QueueForecast forecastAt(int t, Calibration c, int[] queued) {
    int n = queue.assignmentsIn(t, window);
    double scale = scaleOn(t);
    List<QueuedCase> cases = new ArrayList<>();
    int k = 0;
    for (int i : queued) {
      k++;
      CaseRecord record = queue.record(i);
      int doc = queue.documentationDay(i);
      if (n == 0) {
        cases.add(new QueuedCase(record, doc, t - doc, k, ABSENT, ABSENT, ABSENT));
        continue;
      }
      int expected;
      int low;
      int high;
      if (c.fitted()) {
        double m = medianDays(k, scale);
        double sd = sdDays(k, scale);
        expected = dayAfter(t, m + c.median() * sd);
        low = dayAfter(t, m + c.low() * sd);
        high = dayAfter(t, m + c.high() * sd);
      } else {
        GammaDistribution g = GammaDistribution.of(k, scale);
        expected = dayAfter(t, g.inverseCumulativeProbability(0.5));
        low = dayAfter(t, g.inverseCumulativeProbability((1 - level) / 2));
        high = dayAfter(t, g.inverseCumulativeProbability((1 + level) / 2));
      }
      cases.add(new QueuedCase(record, doc, t - doc, k, expected, low, high));
    }
    return new QueueForecast(t, window, level, n, c, cases, queue.documented());
  }

  /** The Gamma's scale on {@code t}: days per assignment over the window, or 0 with none. */
  double scaleOn(int t) {
    int n = queue.assignmentsIn(t, window);
    return n == 0 ? 0 : (double) window / n;
  }

  /** The model's median days to the assignment of the k-th case in the queue. */
  double medianDays(int k, double scale) {
    return unitMedian(k) * scale;
  }

  /** The model's standard deviation of those days: a Gamma(k, scale)'s is √k·scale. */
  static double sdDays(int k, double scale) {
    return Math.sqrt(k) * scale;
  }

  /**
   * The median of Gamma(k, 1), computed once per k: a Gamma's quantiles scale with its scale, and
   * the backtest asks for the same positions at every month end.
   */
  private double unitMedian(int k) {
    if (k >= unitMedians.length) {
      unitMedians = Arrays.copyOf(unitMedians, Math.max(k + 1, unitMedians.length * 2));
    }
    if (unitMedians[k] == 0) {
      unitMedians[k] = GammaDistribution.of(k, 1).inverseCumulativeProbability(0.5);
    }
    return unitMedians[k];
  }

  // Forecast days are whole days after the forecast date: an assignment on it would be known.
  private static int dayAfter(int t, double days) {
    return t + (int) Math.max(1, Math.round(days));
  }
}
