package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.GroupBy;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.stats.Summary;
import no.nmstat.stats.SurvivalSummary;
import no.nmstat.summary.IntervalSummary;

/**
 * The summary statistics as a table: every figure of method.md §4 in its documented order for
 * programs, and the figures people look at first (n, open, median, p90, share within target)
 * leading for people.
 */
public final class SummaryReport {
  /** What a table for people shows in the first figure of an interval the file cannot measure. */
  public static final String NOT_MEASURABLE = "not measurable";

  private SummaryReport() {}

  /**
   * The table for programs: the columns and keys of method.md §6, full precision, followed by
   * {@code km_median}, {@code km_ci_low}, {@code km_ci_high} and {@code km_p90} when {@code km},
   * and last {@code measurable} ({@code true}/{@code false}, method.md §3).
   */
  public static Table machine(List<IntervalSummary> summaries, List<GroupBy> groups, boolean km) {
    List<Column> columns = leadingColumns(groups);
    columns.addAll(
        List.of(
            Column.integer("n"),
            Column.integer("open"),
            Column.integer("missing"),
            Column.decimal("mean"),
            Column.decimal("sd"),
            Column.integer("min"),
            Column.decimal("p25"),
            Column.decimal("median"),
            Column.decimal("p75"),
            Column.decimal("p90"),
            Column.integer("max"),
            Column.decimal("mean_ci_low"),
            Column.decimal("mean_ci_high"),
            Column.integer("target"),
            Column.share("within_target"),
            Column.text("quantile_method")));
    if (km) {
      columns.addAll(
          List.of(
              Column.decimal("km_median"),
              Column.decimal("km_ci_low"),
              Column.decimal("km_ci_high"),
              Column.decimal("km_p90")));
    }
    columns.add(Column.text("measurable"));
    return Table.of(columns, summaries, s -> machineRow(s, km)).groupsAt(1);
  }

  private static Object[] machineRow(IntervalSummary s, boolean km) {
    Summary m = s.summary();
    List<Object> row = leadingCells(s);
    row.addAll(
        java.util.Arrays.asList(
            m.n(),
            m.open(),
            s.missing(),
            m.mean(),
            m.sd(),
            m.min(),
            m.p25(),
            m.median(),
            m.p75(),
            m.p90(),
            m.max(),
            m.meanCiLow(),
            m.meanCiHigh(),
            m.target(),
            m.withinTarget(),
            m.quantileMethod().code()));
    if (km) {
      SurvivalSummary k = s.survival();
      row.addAll(java.util.Arrays.asList(k.median(), k.medianLow(), k.medianHigh(), k.p90()));
    }
    row.add(s.measurable());
    return row.toArray();
  }

  /**
   * The table for people: rounded, headline figures first, the method and as-of date below; with
   * {@code km}, the Kaplan–Meier median, its interval and p90 after the median.
   */
  public static Table human(
      List<IntervalSummary> summaries,
      List<GroupBy> groups,
      QuantileMethod method,
      LocalDate asOf,
      boolean km) {
    List<Column> columns = leadingColumns(groups);
    boolean missing = summaries.stream().anyMatch(s -> s.missing() > 0);
    columns.addAll(List.of(Column.integer("n"), Column.integer("open")));
    if (missing) {
      columns.add(Column.integer("missing"));
    }
    columns.add(Column.decimal("median"));
    if (km) {
      columns.addAll(
          List.of(Column.decimal("KM median"), Column.text("KM 95% CI"), Column.decimal("KM p90")));
    }
    columns.addAll(
        List.of(
            Column.decimal("p90"),
            Column.integer("target"),
            Column.share("within"),
            Column.decimal("mean"),
            Column.text("95% CI of mean"),
            Column.decimal("sd"),
            Column.integer("min"),
            Column.decimal("p25"),
            Column.decimal("p75"),
            Column.integer("max")));
    Table table = Table.of(columns, summaries, s -> humanRow(s, missing, km));
    table.note(
        "Calendar days; n = completed cases, open = started but not finished on "
            + asOf
            + " (not in the figures).");
    if (missing) {
      table.note(
          "missing = started, end not recorded, but a later milestone is (date unknown"
              + " or step skipped; not in the figures).");
    }
    table.note(
        "within = share of completed cases at or below the target; percentiles: "
            + method.label()
            + ".");
    if (km) {
      table.note(
          "KM = Kaplan-Meier with open cases censored at their age; 95% CI from"
              + " Greenwood's variance on the log-log scale (open-ended when the upper band never"
              + " reaches 0.5).");
    }
    return table;
  }

  private static Object[] humanRow(IntervalSummary s, boolean missing, boolean km) {
    Summary m = s.summary();
    List<Object> row = leadingCells(s);
    String ci = m.meanCiLow() == null ? null : range(m.meanCiLow(), m.meanCiHigh());
    row.addAll(java.util.Arrays.asList(m.n(), m.open()));
    if (missing) {
      row.add(s.missing());
    }
    // The first figure says why every figure is empty: the counts stay, as they count cases.
    row.add(s.measurable() ? m.median() : NOT_MEASURABLE);
    if (km) {
      SurvivalSummary k = s.survival();
      row.addAll(
          java.util.Arrays.asList(k.median(), range(k.medianLow(), k.medianHigh()), k.p90()));
    }
    row.addAll(
        java.util.Arrays.asList(
            m.p90(),
            m.target(),
            m.withinTarget(),
            m.mean(),
            ci,
            m.sd(),
            m.min(),
            m.p25(),
            m.p75(),
            m.max()));
    return row.toArray();
  }

  private static List<Column> leadingColumns(List<GroupBy> groups) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("interval"));
    groups.forEach(g -> columns.add(Column.group(g.key())));
    return columns;
  }

  private static List<Object> leadingCells(IntervalSummary s) {
    List<Object> row = new ArrayList<>();
    row.add(s.interval().name());
    row.addAll(s.group());
    return row;
  }

  /** "low to high"; an unbounded upper end is written as "open". */
  static String range(Double low, Double high) {
    if (low == null) {
      return null;
    }
    return Cells.oneDecimal(low) + " to " + (high == null ? "open" : Cells.oneDecimal(high));
  }
}
