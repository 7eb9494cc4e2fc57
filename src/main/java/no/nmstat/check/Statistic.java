package no.nmstat.check;

import java.util.Optional;
import java.util.function.Function;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.trend.Change;
import no.nmstat.trend.Estimate;

/** A figure of a summary that a KPI rule can test, named as in the JSON output. */
public enum Statistic {
  N("n", s -> (double) s.summary().n(), null),
  OPEN("open", s -> (double) s.summary().open(), null),
  MISSING("missing", s -> (double) s.missing(), null),
  MEAN("mean", s -> s.summary().mean(), null),
  SD("sd", s -> s.summary().sd(), null),
  MIN("min", s -> toDouble(s.summary().min()), null),
  P25("p25", s -> s.summary().p25(), null),
  MEDIAN("median", s -> s.summary().median(), null),
  P75("p75", s -> s.summary().p75(), null),
  P90("p90", s -> s.summary().p90(), null),
  MAX("max", s -> toDouble(s.summary().max()), null),
  MEAN_CI_LOW("mean_ci_low", s -> s.summary().meanCiLow(), null),
  MEAN_CI_HIGH("mean_ci_high", s -> s.summary().meanCiHigh(), null),
  WITHIN_TARGET("within_target", s -> s.summary().withinTarget(), null),
  KM_MEDIAN("km_median", s -> s.survival().median(), null),
  KM_CI_LOW("km_ci_low", s -> s.survival().medianLow(), null),
  KM_CI_HIGH("km_ci_high", s -> s.survival().medianHigh(), null),
  KM_P90("km_p90", s -> s.survival().p90(), null),
  /** The Hodges–Lehmann shift of the latest complete period against the one before (trend). */
  SHIFT("shift", null, Estimate::value),
  SHIFT_LOW("shift_low", null, Estimate::low),
  SHIFT_HIGH("shift_high", null, Estimate::high);

  private final String key;
  private final Function<IntervalSummary, Double> value;
  private final Function<Estimate, Double> shift;

  /** A statistic of a summary ({@code value}) or of the change between periods ({@code shift}). */
  Statistic(String key, Function<IntervalSummary, Double> value, Function<Estimate, Double> shift) {
    this.key = key;
    this.value = value;
    this.shift = shift;
  }

  /**
   * Whether the statistic is of the change between the latest complete period and the one before
   * ({@code nmstat trend}), not of a summary.
   */
  public boolean ofChange() {
    return shift != null;
  }

  /** The statistic's value in the change {@code c}, or null when it does not exist. */
  public Double of(Change c) {
    return shift.apply(c.shift());
  }

  /** The name in rules and JSON, e.g. {@code within_target}. */
  public String key() {
    return key;
  }

  /** The statistic's value in {@code s}, or null when it does not exist for the data. */
  public Double of(IntervalSummary s) {
    return value.apply(s);
  }

  /**
   * Whether the statistic is a figure of the completed cases (or, for {@code km_*}, needs some), so
   * that it has no value without one; {@code n}, {@code open} and {@code missing} are counts and
   * always have a value.
   */
  public boolean ofCompletedCases() {
    return this != N && this != OPEN && this != MISSING;
  }

  /** The statistic named {@code key}. */
  public static Optional<Statistic> byKey(String key) {
    for (Statistic s : values()) {
      if (s.key.equals(key)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static Double toDouble(Integer i) {
    return i == null ? null : i.doubleValue();
  }
}
