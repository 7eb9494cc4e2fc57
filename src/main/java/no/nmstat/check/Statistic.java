package no.nmstat.check;

import java.util.Optional;
import java.util.function.Function;
import no.nmstat.summary.IntervalSummary;

/** A figure of a summary that a KPI rule can test, named as in the JSON output. */
public enum Statistic {
  N("n", s -> (double) s.summary().n()),
  OPEN("open", s -> (double) s.summary().open()),
  MISSING("missing", s -> (double) s.missing()),
  MEAN("mean", s -> s.summary().mean()),
  SD("sd", s -> s.summary().sd()),
  MIN("min", s -> toDouble(s.summary().min())),
  P25("p25", s -> s.summary().p25()),
  MEDIAN("median", s -> s.summary().median()),
  P75("p75", s -> s.summary().p75()),
  P90("p90", s -> s.summary().p90()),
  MAX("max", s -> toDouble(s.summary().max())),
  MEAN_CI_LOW("mean_ci_low", s -> s.summary().meanCiLow()),
  MEAN_CI_HIGH("mean_ci_high", s -> s.summary().meanCiHigh()),
  WITHIN_TARGET("within_target", s -> s.summary().withinTarget()),
  KM_MEDIAN("km_median", s -> s.survival().median()),
  KM_CI_LOW("km_ci_low", s -> s.survival().medianLow()),
  KM_CI_HIGH("km_ci_high", s -> s.survival().medianHigh()),
  KM_P90("km_p90", s -> s.survival().p90());

  private final String key;
  private final Function<IntervalSummary, Double> value;

  Statistic(String key, Function<IntervalSummary, Double> value) {
    this.key = key;
    this.value = value;
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
