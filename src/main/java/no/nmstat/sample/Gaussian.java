package no.nmstat.sample;

import java.util.SplittableRandom;

/** Standard normal draws that are the same on every JVM, unlike {@code nextGaussian}. */
final class Gaussian {
  private Gaussian() {}

  /** One draw by Box–Muller, with StrictMath for bit-for-bit reproducibility. */
  static double next(SplittableRandom random) {
    double u1 = 1.0 - random.nextDouble();
    double u2 = random.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * StrictMath.PI * u2);
  }
}
