package no.nmstat.sample;

import java.util.SplittableRandom;

/** Normal and log-normal draws that are the same on every JVM, unlike {@code nextGaussian}. */
final class Gaussian {
  private Gaussian() {}

  /** One draw by Box–Muller, with StrictMath for bit-for-bit reproducibility. */
  static double next(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }

  /** Whole days, at least 1, log-normal with {@code median} and log-scale {@code sigma}. */
  static int logNormalDays(SplittableRandom r, double median, double sigma) {
    return (int) Math.max(1, Math.round(median * StrictMath.exp(sigma * next(r))));
  }

  /** A normal draw with {@code mean} and {@code sd}. */
  static double normal(SplittableRandom r, double mean, double sd) {
    return mean + sd * next(r);
  }
}
