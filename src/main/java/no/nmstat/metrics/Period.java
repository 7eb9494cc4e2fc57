package no.nmstat.metrics;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A calendar period for time series: month, quarter or year. */
public enum Period {
  MONTH,
  QUARTER,
  YEAR;

  /** The first day of the period containing {@code d}. */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case MONTH -> d.withDayOfMonth(1);
      case QUARTER -> d.withDayOfMonth(1).withMonth((d.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
      case YEAR -> d.withDayOfYear(1);
    };
  }

  /** The last day of the period containing {@code d}. */
  public LocalDate end(LocalDate d) {
    return switch (this) {
      case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTER -> start(d).plusMonths(3).minusDays(1);
      case YEAR -> d.with(TemporalAdjusters.lastDayOfYear());
    };
  }

  /** The period's name: {@code 2024-03}, {@code 2024-Q1} or {@code 2024}. */
  public String label(LocalDate d) {
    return switch (this) {
      case MONTH -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
      case QUARTER -> d.getYear() + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> Integer.toString(d.getYear());
    };
  }
}
