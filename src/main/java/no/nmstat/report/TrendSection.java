package no.nmstat.report;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.trend.Change;
import no.nmstat.trend.Estimate;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.trend.PeriodFigures;
import no.nmstat.trend.TrendRow;
import no.nmstat.trend.Verdict;
import no.nmstat.view.Words;

/**
 * The report's "Trend of the medians", laid out from {@code nmstat trend}'s results: per period
 * each headline interval's median with its distribution-free interval (completed cases by the
 * period they ended in), and each change from the period before with its verdict in words.
 */
final class TrendSection {
  private TrendSection() {}

  /** The period labels, the same for every interval (trend gives them all the same periods). */
  static List<String> periods(List<IntervalTrend> trends) {
    List<String> labels = new ArrayList<>();
    for (IntervalTrend t : trends) {
      if (!t.rows().isEmpty()) {
        t.rows().forEach(r -> labels.add(label(r.figures())));
        return labels;
      }
    }
    return labels;
  }

  private static String label(PeriodFigures f) {
    return f.partial() ? f.period() + " (partial)" : f.period();
  }

  /** One line per measurable interval: its medians with their intervals. */
  static List<Svg.Series> series(List<IntervalTrend> trends) {
    List<Svg.Series> series = new ArrayList<>();
    for (IntervalTrend t : trends) {
      if (t.measurable()) {
        List<Double> values = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (TrendRow r : t.rows()) {
          values.add(r.figures().median().value());
          low.add(r.figures().median().low());
          high.add(r.figures().median().high());
        }
        series.add(new Svg.Series(Words.interval(t.interval()), values, low, high));
      }
    }
    return series;
  }

  /** The medians per period with their 95% intervals and each change's verdict. */
  static Table table(List<IntervalTrend> trends) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("period")));
    for (IntervalTrend t : trends) {
      columns.add(Column.integer(Words.interval(t.interval()) + ", n"));
      columns.add(Column.decimal(Words.interval(t.interval()) + ", median"));
      columns.add(Column.text(Words.interval(t.interval()) + ", 95% interval"));
      columns.add(Column.text(Words.interval(t.interval()) + ", change"));
    }
    Table table = new Table(columns);
    List<String> periods = periods(trends);
    for (int p = 0; p < periods.size(); p++) {
      List<Object> row = new ArrayList<>(List.of(periods.get(p)));
      for (IntervalTrend t : trends) {
        TrendRow r = t.rows().isEmpty() ? null : t.rows().get(p);
        Estimate m = r == null ? Estimate.NONE : r.figures().median();
        row.add(r == null ? null : r.figures().n());
        row.add(m.value());
        row.add(
            m.low() == null
                ? null
                : Cells.oneDecimal(m.low()) + " to " + Cells.oneDecimal(m.high()));
        row.add(r == null || r.previous() == null ? null : r.previous().verdict().words());
      }
      table.row(row.toArray());
    }
    table.note(
        "Median days of completed cases by the period each interval ended (R type 7); its 95%"
            + " interval from the order statistics (distribution-free, none under 6 cases). Change:"
            + " the Hodges-Lehmann shift from the period before, faster or slower when its 95%"
            + " interval excludes 0 (nmstat trend; method.md §11).");
    return table;
  }

  /**
   * Each change in words, e.g. "2025-T1 against 2024-T3: 18 days faster (95% interval 3 to 35)",
   * per interval; none for an interval the file cannot measure.
   */
  static List<String> changes(IntervalTrend t) {
    List<String> lines = new ArrayList<>();
    for (TrendRow r : t.rows()) {
      Change c = r.previous();
      if (c != null) {
        lines.add(r.figures().period() + " against " + c.against() + ": " + words(c));
      }
    }
    return lines;
  }

  private static String words(Change c) {
    Estimate s = c.shift();
    if (c.verdict() == Verdict.TOO_FEW_CASES || s.low() == null) {
      return "too few cases";
    }
    String interval = " (95% interval " + days(s.low()) + " to " + days(s.high()) + ")";
    return switch (c.verdict()) {
      case FASTER ->
          days(-s.value())
              + " days faster"
              + " (95% interval "
              + days(-s.high())
              + " to "
              + days(-s.low())
              + ")";
      case SLOWER -> days(s.value()) + " days slower" + interval;
      default ->
          "no clear change (shift "
              + days(s.value())
              + " days, 95% interval "
              + days(s.low())
              + " to "
              + days(s.high())
              + ")";
    };
  }

  private static String days(double d) {
    return Cells.upTo(d, 1);
  }
}
