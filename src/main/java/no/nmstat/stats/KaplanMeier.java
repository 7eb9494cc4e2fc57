package no.nmstat.stats;

import java.util.Arrays;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * The Kaplan–Meier estimate of the survival curve S(t) = P(duration > t) from completed and
 * right-censored (open) durations, with Greenwood's variance and a pointwise 95% interval on
 * the log-log scale.
 *
 * <p>Log-log (Kalbfleisch and Prentice) rather than the plain Greenwood interval: its limits stay
 * inside [0, 1] and its coverage is closer to 95% in the small groups this tool often reports
 * (R offers it as {@code survfit(conf.type = "log-log")}; scipy as {@code
 * ecdf(...).sf.confidence_interval(method="log-log")}).
 *
 * <p>Quantiles follow R's {@code quantile.survfit}: the q-th quantile is the first time at which
 * the curve is at or below 1 − q, or, where the curve is exactly 1 − q over an interval, the
 * midpoint of that interval. The interval of a quantile is the set of times whose pointwise
 * interval contains 1 − q: it starts where the lower band reaches 1 − q and ends where the upper
 * band does (no end when it never does).
 */
public final class KaplanMeier {
  private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private final int[] times;
  private final double[] survival;
  private final double[] lower;
  private final double[] upper;

  private KaplanMeier(int[] times, double[] survival, double[] lower, double[] upper) {
    this.times = times;
    this.survival = survival;
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Estimates the curve from {@code completed} durations (events) and {@code censored} ones
   * (open at their value). Both arrays may be reordered.
   */
  public static KaplanMeier estimate(int[] completed, int[] censored) {
    Arrays.sort(completed);
    Arrays.sort(censored);
    int n = completed.length + censored.length;
    int[] t = new int[completed.length];
    double[] s = new double[completed.length];
    double[] lo = new double[completed.length];
    double[] hi = new double[completed.length];
    int steps = 0;
    double surv = 1;
    double greenwood = 0;
    int atRisk = n;
    int i = 0;
    int j = 0;
    while (i < completed.length) {
      int time = completed[i];
      // Censored before this time leave the risk set first; censored at the same time stay
      // in it (they were at risk when the events happened).
      while (j < censored.length && censored[j] < time) {
        atRisk--;
        j++;
      }
      int events = 0;
      while (i < completed.length && completed[i] == time) {
        events++;
        i++;
      }
      surv *= 1 - (double) events / atRisk;
      greenwood = events == atRisk ? Double.POSITIVE_INFINITY
          : greenwood + (double) events / ((double) atRisk * (atRisk - events));
      t[steps] = time;
      s[steps] = surv;
      if (surv == 0) {
        lo[steps] = 0;
        hi[steps] = 0;
      } else {
        double se = Math.sqrt(greenwood) / Math.abs(Math.log(surv));
        lo[steps] = Math.pow(surv, Math.exp(Z * se));
        hi[steps] = Math.pow(surv, Math.exp(-Z * se));
      }
      steps++;
      atRisk -= events;
    }
    return new KaplanMeier(Arrays.copyOf(t, steps), Arrays.copyOf(s, steps),
        Arrays.copyOf(lo, steps), Arrays.copyOf(hi, steps));
  }

  /** The event times, ascending. */
  public int[] times() {
    return times.clone();
  }

  /** S(t) just after each event time. */
  public double[] survival() {
    return survival.clone();
  }

  /** The lower 95% band at each event time. */
  public double[] lower() {
    return lower.clone();
  }

  /** The upper 95% band at each event time. */
  public double[] upper() {
    return upper.clone();
  }

  /** The q-th quantile of the duration (0.5 for the median), or null when not reached. */
  public Double quantile(double q) {
    return crossing(survival, 1 - q);
  }

  /** Lower end of the 95% interval of the q-th quantile, or null. */
  public Double quantileLow(double q) {
    return crossing(lower, 1 - q);
  }

  /** Upper end of the 95% interval of the q-th quantile, or null when it is unbounded. */
  public Double quantileHigh(double q) {
    return crossing(upper, 1 - q);
  }

  private Double crossing(double[] curve, double level) {
    for (int k = 0; k < curve.length; k++) {
      if (curve[k] <= level + TOLERANCE) {
        if (Math.abs(curve[k] - level) < TOLERANCE) {
          for (int m = k + 1; m < curve.length; m++) {
            if (curve[m] < curve[k] - TOLERANCE) {
              return (times[k] + times[m]) / 2.0;
            }
          }
        }
        return (double) times[k];
      }
    }
    return null;
  }
}
