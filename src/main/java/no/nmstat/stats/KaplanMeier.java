package no.nmstat.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of the survival curve S(t) = P(duration > t) from completed and
 * right-censored (open) durations, with Greenwood's variance and a pointwise 95% interval on the
 * log-log scale. Durations are whole days ({@code int}) or real values ({@code double}, for the
 * queue forecast's standardised errors); the estimate is the same.
 *
 * <p>Log-log (Kalbfleisch and Prentice) rather than the plain Greenwood interval: its limits stay
 * inside [0, 1] and its coverage is closer to 95% in the small groups this tool often reports (R
 * offers it as {@code survfit(conf.type = "log-log")}; scipy as {@code
 * ecdf(...).sf.confidence_interval(method="log-log")}).
 *
 * <p>Quantiles follow R's {@code quantile.survfit} (survival 3.5, its {@code findq}): the q-th
 * quantile is the first time at which the curve is at or below 1 − q; where the curve equals 1 − q
 * over a stretch, the midpoint of that stretch, and when the stretch lasts to the end of follow-up,
 * the midpoint between its start and the last follow-up time (an event or a censored time).
 * "Equals" allows R's tolerance, √ε. The interval of a quantile applies the same rule to the lower
 * and the upper band. Where the curve reaches 0, the log-log band is undefined (R and scipy: NA)
 * and that point is left out, so such a limit may not exist.
 */
public final class KaplanMeier {
  private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final double[] times;
  private final double[] survival;
  private final double[] lower;
  private final double[] upper;
  private final double lastTime;

  private KaplanMeier(
      double[] times, double[] survival, double[] lower, double[] upper, double lastTime) {
    this.times = times;
    this.survival = survival;
    this.lower = lower;
    this.upper = upper;
    this.lastTime = lastTime;
  }

  /**
   * Estimates the curve from {@code completed} durations (events) and {@code censored} ones (open
   * at their value). Both arrays may be reordered.
   */
  public static KaplanMeier estimate(int[] completed, int[] censored) {
    Arrays.sort(completed);
    Arrays.sort(censored);
    Steps steps = new Steps(completed.length, censored.length);
    int i = 0;
    int j = 0;
    while (i < completed.length) {
      int time = completed[i];
      // Censored before this time leave the risk set first; censored at the same time stay
      // in it (they were at risk when the events happened).
      while (j < censored.length && censored[j] < time) {
        j++;
      }
      int first = i;
      while (i < completed.length && completed[i] == time) {
        i++;
      }
      steps.add(time, i - first, j);
    }
    return steps.curve(
        Math.max(
            completed.length == 0 ? Double.NEGATIVE_INFINITY : completed[completed.length - 1],
            censored.length == 0 ? Double.NEGATIVE_INFINITY : censored[censored.length - 1]));
  }

  /**
   * The same estimate from real-valued durations, for durations that are not whole days (the queue
   * forecast's standardised errors); they may be negative. Times tie only when equal: R's {@code
   * survfit} by default ({@code timefix = TRUE}) also ties times within about 1.5e-8 of each other
   * relative to their size, which whole days never are and computed values seldom are. The int
   * overload stays apart so that the summary's day counts are sorted as ints, not widened first.
   *
   * @throws IllegalArgumentException if a duration is NaN
   */
  public static KaplanMeier estimate(double[] completed, double[] censored) {
    requireNumbers(completed);
    requireNumbers(censored);
    Arrays.sort(completed);
    Arrays.sort(censored);
    Steps steps = new Steps(completed.length, censored.length);
    int i = 0;
    int j = 0;
    while (i < completed.length) {
      double time = completed[i];
      // As above: censored at an event's time stay at risk for it.
      while (j < censored.length && censored[j] < time) {
        j++;
      }
      int first = i;
      while (i < completed.length && completed[i] == time) {
        i++;
      }
      steps.add(time, i - first, j);
    }
    return steps.curve(
        Math.max(
            completed.length == 0 ? Double.NEGATIVE_INFINITY : completed[completed.length - 1],
            censored.length == 0 ? Double.NEGATIVE_INFINITY : censored[censored.length - 1]));
  }

  private static void requireNumbers(double[] durations) {
    for (double d : durations) {
      if (Double.isNaN(d)) {
        throw new IllegalArgumentException("a duration is NaN");
      }
    }
  }

  /**
   * The curve built one distinct event time at a time, in ascending order: what both entry points
   * share once their durations are sorted.
   */
  private static final class Steps {
    private final int n;
    private final double[] t;
    private final double[] s;
    private final double[] lo;
    private final double[] hi;
    private int size;
    private int ended;
    private double surv = 1;
    private double greenwood;

    Steps(int events, int censored) {
      n = events + censored;
      t = new double[events];
      s = new double[events];
      lo = new double[events];
      hi = new double[events];
    }

    /** {@code events} end at {@code time}, after {@code censoredBefore} were censored before it. */
    void add(double time, int events, int censoredBefore) {
      int atRisk = n - ended - censoredBefore;
      surv *= 1 - (double) events / atRisk;
      greenwood =
          events == atRisk
              ? Double.POSITIVE_INFINITY
              : greenwood + (double) events / ((double) atRisk * (atRisk - events));
      t[size] = time;
      s[size] = surv;
      if (surv == 0) {
        lo[size] = Double.NaN;
        hi[size] = Double.NaN;
      } else {
        double se = Math.sqrt(greenwood) / Math.abs(Math.log(surv));
        lo[size] = Math.pow(surv, Math.exp(Z * se));
        hi[size] = Math.pow(surv, Math.exp(-Z * se));
      }
      size++;
      ended += events;
    }

    KaplanMeier curve(double lastTime) {
      return new KaplanMeier(
          Arrays.copyOf(t, size),
          Arrays.copyOf(s, size),
          Arrays.copyOf(lo, size),
          Arrays.copyOf(hi, size),
          lastTime);
    }
  }

  /** The event times, ascending. */
  public double[] times() {
    return times.clone();
  }

  /** S(t) just after each event time. */
  public double[] survival() {
    return survival.clone();
  }

  /** The lower 95% band at each event time (NaN where the curve is 0: undefined). */
  public double[] lower() {
    return lower.clone();
  }

  /** The upper 95% band at each event time (NaN where the curve is 0: undefined). */
  public double[] upper() {
    return upper.clone();
  }

  /** The q-th quantile of the duration (0.5 for the median), or null when not reached. */
  public Double quantile(double q) {
    return findq(survival, q);
  }

  /** Lower end of the 95% interval of the q-th quantile, or null when it does not exist. */
  public Double quantileLow(double q) {
    return findq(lower, q);
  }

  /** Upper end of the 95% interval of the q-th quantile, or null when it is unbounded. */
  public Double quantileHigh(double q) {
    return findq(upper, q);
  }

  /**
   * R's {@code findq(c(0, time), c(0, 1 - curve), q, tol)}: with y the cumulative share ended (1 −
   * curve) from 0 at time 0, keeping the first time of each distinct y and dropping undefined
   * points, the quantile is the mean of the first time y reaches q − tol and the first time it
   * reaches q + tol; when y is still within tol of q at the end, the mean of the first of these and
   * the last follow-up time. R's own first check, {@code max(y) < q}, forgets the tolerance (it
   * gives NA where y is 23/46 = 0.5000000000000002 short of 0.5 by rounding); this follows the rule
   * the tolerance states instead.
   */
  private Double findq(double[] curve, double q) {
    int n = 1;
    double[] y = new double[curve.length + 1];
    double[] x = new double[curve.length + 1];
    boolean lastDefined = true;
    java.util.Set<Double> seen = new java.util.HashSet<>();
    seen.add(0.0);
    for (int k = 0; k < curve.length; k++) {
      if (Double.isNaN(curve[k])) {
        lastDefined = false;
        continue;
      }
      double v = 1 - curve[k];
      if (seen.add(v)) {
        y[n] = v;
        x[n] = times[k];
        n++;
        lastDefined = true;
      }
    }
    if (max(y, n) < q - TOLERANCE) {
      return null;
    }
    int first = firstAtLeast(y, n, q - TOLERANCE);
    int second = firstAtLeast(y, n, q + TOLERANCE);
    if (lastDefined && Math.abs(q - y[n - 1]) < TOLERANCE && first >= 0) {
      return (x[first] + lastTime) / 2;
    }
    if (first < 0 || second < 0) {
      return null;
    }
    return (x[first] + x[second]) / 2;
  }

  private static double max(double[] y, int n) {
    double m = y[0];
    for (int i = 1; i < n; i++) {
      m = Math.max(m, y[i]);
    }
    return m;
  }

  private static int firstAtLeast(double[] y, int n, double level) {
    for (int i = 0; i < n; i++) {
      if (y[i] >= level) {
        return i;
      }
    }
    return -1;
  }
}
