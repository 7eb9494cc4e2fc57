package no.nmstat.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.IntervalSummary;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.stats.Summary;

/**
 * The summary statistics as a table: every figure of DOMAIN.md §4 in its documented order for
 * programs, and the figures people look at first (n, open, median, p90, share within target)
 * leading for people.
 */
public final class SummaryReport {
  private SummaryReport() {}

  /** The table for programs: the columns and keys of DOMAIN.md §6, full precision. */
  public static Table machine(List<IntervalSummary> summaries, List<GroupBy> groups) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("interval"));
    groups.forEach(g -> columns.add(Column.group(g.key())));
    columns.addAll(List.of(Column.integer("n"), Column.integer("open"), Column.decimal("mean"),
        Column.decimal("sd"), Column.integer("min"), Column.decimal("p25"),
        Column.decimal("median"), Column.decimal("p75"), Column.decimal("p90"),
        Column.integer("max"), Column.decimal("mean_ci_low"), Column.decimal("mean_ci_high"),
        Column.integer("target"), Column.share("within_target"), Column.text("quantile_method")));
    Table table = new Table(columns);
    for (IntervalSummary s : summaries) {
      Summary m = s.summary();
      List<Object> row = new ArrayList<>();
      row.add(s.interval().name());
      row.addAll(s.group());
      row.addAll(java.util.Arrays.asList(m.n(), m.open(), m.mean(), m.sd(), m.min(), m.p25(),
          m.median(), m.p75(), m.p90(), m.max(), m.meanCiLow(), m.meanCiHigh(), m.target(),
          m.withinTarget(), m.quantileMethod().code()));
      table.row(row.toArray());
    }
    return table;
  }

  /** The table for people: rounded, headline figures first, the method and as-of date below. */
  public static Table human(
      List<IntervalSummary> summaries, List<GroupBy> groups, QuantileMethod method,
      LocalDate asOf) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("interval"));
    groups.forEach(g -> columns.add(Column.group(g.key())));
    columns.addAll(List.of(Column.integer("n"), Column.integer("open"), Column.decimal("median"),
        Column.decimal("p90"), Column.integer("target"), Column.share("within"),
        Column.decimal("mean"), Column.text("95% CI of mean"), Column.decimal("sd"),
        Column.integer("min"), Column.decimal("p25"), Column.decimal("p75"),
        Column.integer("max")));
    Table table = new Table(columns);
    for (IntervalSummary s : summaries) {
      Summary m = s.summary();
      List<Object> row = new ArrayList<>();
      row.add(s.interval().name());
      row.addAll(s.group());
      String ci = m.meanCiLow() == null ? null
          : Cells.oneDecimal(m.meanCiLow()) + " to " + Cells.oneDecimal(m.meanCiHigh());
      row.addAll(java.util.Arrays.asList(m.n(), m.open(), m.median(), m.p90(), m.target(),
          m.withinTarget(), m.mean(), ci, m.sd(), m.min(), m.p25(), m.p75(), m.max()));
      table.row(row.toArray());
    }
    table.note("Calendar days; n = completed cases, open = started but not finished on " + asOf
        + " (not in the figures).");
    table.note("within = share of completed cases at or below the target; percentiles: "
        + method.label() + ".");
    return table;
  }
}
