package no.nmstat.stats;

import org.apache.commons.statistics.descriptive.Quantile;

/**
 * The nine sample-quantile definitions of Hyndman and Fan (1996), numbered as R's {@code
 * quantile(type = )}. Type 7 is the default because it is Excel's PERCENTILE.INC and numpy's
 * "linear", the figures analysts check against.
 */
public enum QuantileMethod {
  R1(Quantile.EstimationMethod.HF1, "inverted empirical CDF"),
  R2(Quantile.EstimationMethod.HF2, "inverted empirical CDF, averaged at discontinuities"),
  R3(Quantile.EstimationMethod.HF3, "nearest even order statistic (SAS)"),
  R4(Quantile.EstimationMethod.HF4, "linear interpolation of the empirical CDF"),
  R5(Quantile.EstimationMethod.HF5, "piecewise linear, hydrologists' (Hazen)"),
  R6(Quantile.EstimationMethod.HF6, "Excel PERCENTILE.EXC, Minitab, SPSS"),
  R7(Quantile.EstimationMethod.HF7, "Excel PERCENTILE.INC, numpy linear"),
  R8(Quantile.EstimationMethod.HF8, "median-unbiased"),
  R9(Quantile.EstimationMethod.HF9, "normal-unbiased");

  private final Quantile quantile;
  private final String description;

  QuantileMethod(Quantile.EstimationMethod method, String description) {
    // withCopy(false): callers pass arrays they own, and sorting them in place is wanted.
    this.quantile = Quantile.withDefaults().with(method).withCopy(false);
    this.description = description;
  }

  /** The R type number, 1 to 9. */
  public int type() {
    return ordinal() + 1;
  }

  /** The method for R's type number. */
  public static QuantileMethod ofType(int type) {
    if (type < 1 || type > 9) {
      throw new IllegalArgumentException("quantile type must be 1 to 9, was " + type);
    }
    return values()[type - 1];
  }

  /** The label printed with results, e.g. {@code R type 7 (Excel PERCENTILE.INC, numpy linear)}. */
  public String label() {
    return "R type " + type() + " (" + description + ")";
  }

  /** Short form for machine-readable output, e.g. {@code R7}. */
  public String code() {
    return name();
  }

  /** The quantiles at probabilities {@code p} of {@code values}, which may be reordered. */
  public double[] quantiles(int[] values, double... p) {
    return quantile.evaluate(values, p);
  }
}
