package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.metrics.Coverage;
import no.nmstat.trend.Change;
import no.nmstat.trend.Estimate;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.trend.PeriodFigures;
import no.nmstat.trend.TrendRow;

/** {@code nmstat trend} as a table: one row per interval and period, with its notes. */
public final class TrendReport {
  /** The fewest cases whose figures are reliable (method.md §11). */
  private static final int FEWEST = 6;

  private TrendReport() {}

  /** One row of the table: an interval's period. */
  private record Line(IntervalTrend trend, TrendRow row) {}

  /**
   * Every figure, for programs: the period's, then the change from the previous period, then (with
   * {@code base}) from the base in keys ending {@code _base}; intervals as {@code _low}/{@code
   * _high}.
   */
  public static Table machine(List<IntervalTrend> trends, boolean base, LocalDate asOf) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.text("interval"),
                Column.text("period"),
                Column.text("partial"),
                Column.integer("n"),
                Column.integer("open")));
    estimate(columns, "mean", false);
    estimate(columns, "median", false);
    estimate(columns, "within_target", true);
    estimate(columns, "km_median", false);
    change(columns, "");
    if (base) {
      change(columns, "_base");
    }
    Table table = Table.of(columns, lines(trends), l -> machineRow(l, base));
    notes(table, trends, asOf);
    return table;
  }

  private static void estimate(List<Column> columns, String name, boolean share) {
    for (String suffix : List.of("", "_low", "_high")) {
      columns.add(share ? Column.share(name + suffix) : Column.decimal(name + suffix));
    }
  }

  private static void change(List<Column> columns, String suffix) {
    columns.add(Column.text(suffix.isEmpty() ? "previous" : "base"));
    columns.add(Column.text("verdict" + suffix));
    for (String name : List.of("shift", "mean_change", "within_target_change")) {
      for (String part : List.of("", "_low", "_high")) {
        columns.add(
            name.startsWith("within")
                ? Column.share(name + part + suffix)
                : Column.decimal(name + part + suffix));
      }
    }
    columns.add(Column.decimal("km_median_change" + suffix));
    columns.add(Column.decimal("logrank_p" + suffix));
  }

  private static Object[] machineRow(Line l, boolean base) {
    PeriodFigures f = l.row().figures();
    List<Object> row =
        new ArrayList<>(
            Arrays.asList(l.trend().interval().name(), f.period(), f.partial(), f.n(), f.open()));
    for (Estimate e : List.of(f.mean(), f.median(), f.withinTarget(), f.kmMedian())) {
      row.addAll(Arrays.asList(e.value(), e.low(), e.high()));
    }
    changeCells(row, l.row().previous());
    if (base) {
      changeCells(row, l.row().base());
    }
    return row.toArray();
  }

  private static void changeCells(List<Object> row, Change c) {
    if (c == null) {
      row.addAll(java.util.Collections.nCopies(13, null));
      return;
    }
    row.add(c.against());
    row.add(c.verdict().words());
    for (Estimate e : List.of(c.shift(), c.meanChange(), c.withinTargetChange())) {
      row.addAll(Arrays.asList(e.value(), e.low(), e.high()));
    }
    row.add(c.kmMedianChange());
    row.add(c.logRankP());
  }

  /**
   * For people: the verdict right after the period, then the figures it rests on (the shift in the
   * end view, the log-rank test in the cohort view), the median, and the rest; a table on a
   * terminal keeps its first columns.
   */
  public static Table human(List<IntervalTrend> trends, boolean base, LocalDate asOf) {
    boolean cohort = trends.stream().anyMatch(IntervalTrend::cohortView);
    List<Column> columns =
        new ArrayList<>(
            List.of(Column.text("interval"), Column.text("period"), Column.text("verdict")));
    if (base) {
      columns.add(Column.text("against base"));
    }
    columns.add(Column.integer("n"));
    if (cohort) {
      columns.addAll(
          List.of(
              Column.integer("open"),
              Column.decimal("KM median"),
              Column.decimal("KM change"),
              Column.text("log-rank p")));
    }
    columns.addAll(
        List.of(
            Column.decimal("median"),
            Column.decimal("shift"),
            Column.text("shift 95% CI"),
            Column.text("median 95% CI"),
            Column.share("within"),
            Column.share("within change"),
            Column.decimal("mean"),
            Column.text("mean 95% CI"),
            Column.decimal("mean change")));
    Table table = Table.of(columns, lines(trends), l -> humanRow(l, base, cohort));
    notes(table, trends, asOf);
    return table;
  }

  private static Object[] humanRow(Line l, boolean base, boolean cohort) {
    PeriodFigures f = l.row().figures();
    Change c = l.row().previous();
    Change b = l.row().base();
    List<Object> row = new ArrayList<>();
    row.add(l.trend().interval().name());
    row.add(f.partial() ? f.period() + " partial" : f.period());
    row.add(c == null ? null : c.verdict().words());
    if (base) {
      row.add(b == null ? null : b.verdict().words());
    }
    row.add(f.n());
    if (cohort) {
      row.add(f.open());
      row.add(f.kmMedian().value());
      row.add(c == null ? null : c.kmMedianChange());
      row.add(c == null || c.logRankP() == null ? null : pValue(c.logRankP()));
    }
    Estimate shift = c == null ? Estimate.NONE : c.shift();
    row.add(f.median().value());
    row.add(shift.value());
    row.add(SummaryReport.range(shift.low(), shift.high()));
    row.add(SummaryReport.range(f.median().low(), f.median().high()));
    row.add(f.withinTarget().value());
    row.add(c == null ? null : c.withinTargetChange().value());
    row.add(f.mean().value());
    row.add(SummaryReport.range(f.mean().low(), f.mean().high()));
    row.add(c == null ? null : c.meanChange().value());
    return row.toArray();
  }

  /** A p-value to three decimals, or "< 0.001" below them: not a p of 0. */
  private static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : String.format(java.util.Locale.ROOT, "%.3f", p);
  }

  private static List<Line> lines(List<IntervalTrend> trends) {
    List<Line> lines = new ArrayList<>();
    for (IntervalTrend t : trends) {
      for (TrendRow r : t.rows()) {
        lines.add(new Line(t, r));
      }
    }
    return lines;
  }

  /** The honest notes: partial and thin periods, the tests, and what a verdict does not say. */
  private static void notes(Table table, List<IntervalTrend> trends, LocalDate asOf) {
    List<String> thin = new ArrayList<>();
    List<String> partial = new ArrayList<>();
    long judged = 0;
    boolean cohort = false;
    for (IntervalTrend t : trends) {
      cohort |= t.cohortView();
      List<String> few = new ArrayList<>();
      for (TrendRow r : t.rows()) {
        if (r.figures().cases() < FEWEST) {
          few.add(r.figures().period());
        }
        if (r.figures().partial() && !partial.contains(r.figures().period())) {
          partial.add(r.figures().period());
        }
        judged += r.previous() != null && r.previous().shift().low() != null ? 1 : 0;
      }
      if (!t.measurable()) {
        table.note(
            t.interval().name()
                + ": not measurable, "
                + Coverage.noCaseRecords(t.unrecorded())
                + ".");
      } else if (!few.isEmpty()) {
        thin.add(
            t.interval().name()
                + (few.size() == t.rows().size()
                    ? " in every period"
                    : " in " + String.join(", ", few)));
      }
    }
    if (!partial.isEmpty()) {
      table.note(
          "Partial (holding the as-of date "
              + asOf
              + ", or cut by --from/--to): "
              + String.join(", ", partial)
              + "; its figures will change.");
    }
    if (!thin.isEmpty()) {
      table.note(
          "Under "
              + FEWEST
              + " cases, figures are not reliable and no change is judged: "
              + String.join("; ", thin)
              + ".");
    }
    table.note(
        "Calendar days of completed cases"
            + (cohort ? " (cohort view: periods by the start milestone, open cases censored)" : "")
            + ". Median interval: order statistics (distribution-free); mean: t interval;"
            + " within target: Wilson.");
    table.note(
        "Change from the previous period: shift = Hodges-Lehmann median of the differences,"
            + " 95% interval by the Wilcoxon rank-sum test (exact under 50 cases a period"
            + " without ties, else its normal form); faster or slower when it excludes 0."
            + (cohort
                ? " Cohort view: verdict by the log-rank test (p < 0.05) in the direction of the"
                    + " Kaplan-Meier medians."
                : "")
            + " Mean change: Welch; within-target change: Newcombe's hybrid score.");
    table.note(
        "'no clear change' is not evidence of no change: the interval shows how large a"
            + " change the data cannot rule out. At 95%, about one change in twenty is called"
            + " by chance"
            + (judged > 0
                ? "; " + Plural.count(judged, "change is", "changes are") + " judged here"
                : "")
            + ".");
  }
}
