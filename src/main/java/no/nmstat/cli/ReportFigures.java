package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import no.nmstat.backlog.Backlog;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.changes.Change;
import no.nmstat.forecast.Backtest;
import no.nmstat.forecast.BacktestRow;
import no.nmstat.forecast.QueueModel;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Outliers;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.phases.PhaseBreakdown;
import no.nmstat.report.ReportContent;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryCalculator;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.tracker.Tracker;
import no.nmstat.trend.Trend;
import no.nmstat.trend.TrendRequest;

/**
 * The analyses {@code nmstat report} shows, run here as every other command runs its own (summary,
 * phases, outliers, tracker, backlog, forecast with its backtest, changes with --since), so that
 * the report package only lays out results and never computes them.
 */
final class ReportFigures {
  private ReportFigures() {}

  /**
   * The report's content for the cases as of the snapshot's date; the queue forecast models the
   * queue of {@code whole} (every valid case, as of the same date, whatever --where selects) and
   * counts assignments over {@code forecastWindow} days; {@code asOfNote} goes into the header;
   * {@code sinceLast} are the changes since an older list, or null. The open cases are those of
   * {@code whole} that {@code shown} (--where, or null) selects, with the whole file's history.
   */
  static ReportContent compute(
      Snapshot snapshot,
      Snapshot whole,
      Predicate<CaseRecord> shown,
      List<String> inputs,
      String generator,
      ReportContent.WaitSection waitSection,
      int forecastWindow,
      List<Change> sinceLast,
      String asOfNote,
      Period every) {
    LocalDate asOf = LocalDate.ofEpochDay(snapshot.asOfDay());
    List<Interval> intervals = new ArrayList<>(ReportContent.HEADLINE);
    intervals.add(Intervals.MA_TO_DECISION);
    List<IntervalSummary> overall =
        SummaryCalculator.compute(
            snapshot,
            new SummaryRequest(
                intervals, List.of(), SummaryRequest.DEFAULT_TARGETS, QuantileMethod.R7));
    List<GroupBy> byYearOfEnd = List.of(new GroupBy.Calendar(Period.YEAR, null));
    List<IntervalSummary> yearly =
        SummaryCalculator.compute(
            snapshot,
            new SummaryRequest(
                ReportContent.HEADLINE,
                byYearOfEnd,
                SummaryRequest.DEFAULT_TARGETS,
                QuantileMethod.R7));
    LocalDate first = Backlog.firstDate(snapshot);
    List<BacklogRow> backlog =
        first == null
            ? List.of()
            : Backlog.compute(snapshot, Period.QUARTER, first, asOf, QuantileMethod.R7);
    return ReportContent.of(
        asOf,
        inputs,
        generator,
        snapshot.cases().size(),
        overall,
        yearly,
        Trend.compute(
            snapshot,
            new TrendRequest(
                ReportContent.HEADLINE,
                SummaryRequest.DEFAULT_TARGETS,
                every,
                null,
                null,
                null,
                null)),
        PhaseBreakdown.compute(snapshot, byYearOfEnd, QuantileMethod.R7),
        PhaseBreakdown.compute(snapshot, List.of(), QuantileMethod.R7),
        Outliers.find(snapshot, Intervals.QUEUE, ReportContent.OUTLIER_DAYS),
        Tracker.of(whole, forecastWindow, shown),
        backlog,
        waitSection,
        queue(whole, forecastWindow),
        sinceLast,
        asOfNote);
  }

  /** The forecast of the queue now and the backtest's total over every quarter it can check. */
  private static ReportContent.QueueSection queue(Snapshot snapshot, int window) {
    QueueModel model =
        QueueModel.of(snapshot.cases(), snapshot.asOfDay(), window, ReportContent.FORECAST_LEVEL);
    Backtest backtest = new Backtest(model);
    LocalDate first = backtest.firstCalibrated();
    List<BacktestRow> rows = first == null ? List.of() : backtest.rows(first, Period.QUARTER);
    return new ReportContent.QueueSection(
        model.forecast(), rows.isEmpty() ? null : rows.get(rows.size() - 1));
  }
}
