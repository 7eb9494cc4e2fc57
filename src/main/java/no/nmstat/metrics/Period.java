package no.nmstat.metrics;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar period for time series, as the field reports them: month, quarter, tertial (DMP's
 * four-month periods: T1 January–April, T2 May–August, T3 September–December), half or year.
 */
public enum Period {
  MONTH(1),
  QUARTER(3),
  TERTIAL(4),
  HALF(6),
  YEAR(12);

  private final int months;

  Period(int months) {
    this.months = months;
  }

  /** The period's name in lower case, as options and group keys spell it. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The first day of the period containing {@code d}. */
  public LocalDate start(LocalDate d) {
    return switch (this) {
      case MONTH -> d.withDayOfMonth(1);
      case YEAR -> d.withDayOfYear(1);
      default -> d.withDayOfMonth(1).withMonth(index(d) * months + 1);
    };
  }

  /** The last day of the period containing {@code d}. */
  public LocalDate end(LocalDate d) {
    return switch (this) {
      case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
      case YEAR -> d.with(TemporalAdjusters.lastDayOfYear());
      default -> start(d).plusMonths(months).minusDays(1);
    };
  }

  /**
   * The period's name: {@code 2024-03}, {@code 2024-Q1}, {@code 2024-T1}, {@code 2024-H1} or {@code
   * 2024}.
   */
  public String label(LocalDate d) {
    return switch (this) {
      case MONTH -> String.format("%d-%02d", d.getYear(), d.getMonthValue());
      case QUARTER -> d.getYear() + "-Q" + (index(d) + 1);
      case TERTIAL -> d.getYear() + "-T" + (index(d) + 1);
      case HALF -> d.getYear() + "-H" + (index(d) + 1);
      case YEAR -> Integer.toString(d.getYear());
    };
  }

  /** The period's name for an epoch day (years without building a date). */
  public String label(int epochDay) {
    return this == YEAR ? CalendarYear.name(epochDay) : label(LocalDate.ofEpochDay(epochDay));
  }

  /** Which period of its year {@code d} falls in, from 0. */
  private int index(LocalDate d) {
    return (d.getMonthValue() - 1) / months;
  }
}
