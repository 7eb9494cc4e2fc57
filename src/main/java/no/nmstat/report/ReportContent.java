package no.nmstat.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.changes.Change;
import no.nmstat.forecast.BacktestRow;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Outliers;
import no.nmstat.model.YearRange;
import no.nmstat.phases.PhaseBreakdown;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.tracker.TrackerResult;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.view.Words;
import no.nmstat.wait.WaitIndicator;

/**
 * Everything a report shows, assembled once from the analyses' results and rendered as HTML or
 * Markdown.
 *
 * @param title the report's title
 * @param asOf the as-of date
 * @param inputs the input files as named on the command line
 * @param generator the program and version that made the report
 * @param cases cases read
 * @param kpis the headline figures
 * @param overall the summaries of the headline intervals, all years together
 * @param byYear per headline interval, its summaries by year of the end (completed cases)
 * @param trend the headline intervals per period ({@code --every}) and their changes, from {@code
 *     nmstat trend}
 * @param phasesByYear the actor breakdown by year of decision
 * @param phasesAll the actor breakdown of all decided cases
 * @param openCases the cases open on the as-of date, where they stand ({@code tracker})
 * @param backlog the cases per state at each quarter's end
 * @param waitSection the W.A.I.T. comparison, or null
 * @param queue the forecast of the cases in the queue now and how such forecasts held
 * @param sinceLast the changes since an older version of the case list ({@code report --since}), or
 *     null when none was given
 * @param asOfNote the sentence saying the as-of date, defaulted to today, lies far after the file's
 *     latest date (method.md §7), or null
 */
public record ReportContent(
    String title,
    LocalDate asOf,
    List<String> inputs,
    String generator,
    int cases,
    List<Kpi> kpis,
    List<IntervalSummary> overall,
    Map<Interval, List<IntervalSummary>> byYear,
    List<IntervalTrend> trend,
    List<PhaseBreakdown.Line> phasesByYear,
    List<PhaseBreakdown.Line> phasesAll,
    TrackerResult openCases,
    List<BacklogRow> backlog,
    WaitSection waitSection,
    QueueSection queue,
    List<Change> sinceLast,
    String asOfNote) {

  /** The as-of note as a sentence of the header (capitalised, with its full stop), or null. */
  public String asOfSentence() {
    return asOfNote == null
        ? null
        : Character.toUpperCase(asOfNote.charAt(0)) + asOfNote.substring(1) + ".";
  }

  /** The intervals the report follows year by year. */
  public static final List<Interval> HEADLINE =
      List.of(Intervals.QUEUE, Intervals.ASSESSMENT, Intervals.TOTAL);

  /**
   * A headline figure.
   *
   * @param name what it measures
   * @param value the figure, formatted
   * @param target the target, formatted, or empty
   * @param verdict whether the figure met its target
   * @param detail a figure that qualifies the value, or empty
   */
  public record Kpi(String name, String value, String target, Verdict verdict, String detail) {}

  /** Whether a headline figure met its target. */
  public enum Verdict {
    MET("met"),
    MISSED("missed"),
    /** The figure does not exist yet: the interval is measurable but no case completed it. */
    NO_FIGURE("no completed case yet"),
    /** The file records no start or no end of the interval (method.md §7): nothing to judge. */
    NOT_MEASURABLE("not measurable"),
    NO_TARGET("");

    private final String words;

    Verdict(String words) {
      this.words = words;
    }

    /** The verdict in words, empty without a target. */
    public String words() {
      return words;
    }
  }

  /**
   * Open cases older than this many days are outliers in the headline figures (a year in the
   * queue).
   */
  public static final int OUTLIER_DAYS = 365;

  /**
   * The W.A.I.T. part of a report.
   *
   * @param result the indicators
   * @param cohort the years of EU authorisation of the medicines followed
   * @param cutoff the cut-off date
   * @param focus the country to highlight
   */
  public record WaitSection(
      WaitIndicator.Result result, YearRange cohort, LocalDate cutoff, String focus) {}

  /**
   * The queue forecast part of a report (method.md §8).
   *
   * @param forecast the forecast of the cases in the queue on the as-of date
   * @param backtest the backtest's total (every quarter end it can calibrate), or null when no
   *     forecast before the as-of date can be calibrated
   */
  public record QueueSection(QueueForecast forecast, BacktestRow backtest) {}

  /** The level of the report's forecast intervals. */
  public static final double FORECAST_LEVEL = 0.8;

  /**
   * The report's content from the analyses' results for the cases as of {@code asOf}: the headline
   * figures and the layout of the sections are made here, the figures themselves are computed by
   * the analyses.
   *
   * @param overall the summaries of {@link #HEADLINE} and ma_to_decision, all years together
   * @param yearly the summaries of {@link #HEADLINE} by year of the end, with the row of cases
   *     without that year
   * @param phasesByYear the actor breakdown by year of decision, as {@code phases} computes it
   * @param outliers the cases over {@link #OUTLIER_DAYS} in the queue, for the headline figures
   */
  public static ReportContent of(
      LocalDate asOf,
      List<String> inputs,
      String generator,
      int cases,
      List<IntervalSummary> overall,
      List<IntervalSummary> yearly,
      List<IntervalTrend> trend,
      List<PhaseBreakdown.Line> phasesByYear,
      List<PhaseBreakdown.Line> phasesAll,
      List<Outliers.Outlier> outliers,
      TrackerResult openCases,
      List<BacklogRow> backlog,
      WaitSection waitSection,
      QueueSection queue,
      List<Change> sinceLast,
      String asOfNote) {
    Map<Interval, List<IntervalSummary>> byYear = new LinkedHashMap<>();
    for (Interval i : HEADLINE) {
      byYear.put(
          i,
          yearly.stream()
              .filter(s -> s.interval().equals(i) && !s.group().get(0).isEmpty())
              .toList());
    }
    return new ReportContent(
        "Processing times of new medicines in Nye metoder",
        asOf,
        inputs,
        generator,
        cases,
        Kpis.of(overall, backlog, outliers),
        overall,
        byYear,
        trend,
        splitYears(phasesByYear),
        phasesAll,
        openCases,
        backlog,
        waitSection,
        queue,
        sinceLast,
        asOfNote);
  }

  /**
   * The years of the actor breakdown, none when the file can split no case: its one row of empty
   * year values (kept by {@code phases}, so that it does not vanish) is no year to show here; the
   * section says why in {@link #noActorDays}.
   */
  private static List<PhaseBreakdown.Line> splitYears(List<PhaseBreakdown.Line> lines) {
    return lines.isEmpty() || !lines.get(lines.size() - 1).measurable() ? List.of() : lines;
  }

  /** Whether any year of the actor breakdown has a figure to draw. */
  boolean hasActorDays() {
    return phasesByYear.stream()
        .anyMatch(
            l ->
                ReportTables.ACTORS.stream()
                    .anyMatch(a -> ReportTables.actor(List.of(l), a).meanDays() != null));
  }

  /**
   * Why the actor breakdown has no figure, the sentence that stands in for its chart: the file
   * records a milestone the split needs in no row (named, as the interval sections name theirs), or
   * no decided case records all of them.
   */
  String noActorDays() {
    List<String> missing =
        phasesAll.isEmpty() ? List.of() : phasesAll.get(phasesAll.size() - 1).unrecorded();
    return missing.isEmpty()
        ? "No decided case records every milestone that divides its days among company,"
            + " DMP, LIS and RHF."
        : "The days cannot be divided among company, DMP, LIS and RHF from this file: no "
            + Words.unrecorded(missing)
            + ".";
  }

  /**
   * Why an interval has no completed case to draw, the sentence that stands in for its chart: the
   * file cannot measure it, or no case has completed it yet.
   */
  static String noCompletedCase(List<IntervalSummary> overall, Interval interval) {
    String unmeasured = notMeasurable(overall, interval);
    return unmeasured != null
        ? unmeasured
        : "No case has completed the " + Words.interval(interval) + " yet.";
  }

  /**
   * The sentence that stands in for a table or chart of an interval the file cannot measure, or
   * null when it can.
   */
  static String notMeasurable(List<IntervalSummary> overall, Interval interval) {
    IntervalSummary s = find(overall, interval);
    return s.measurable()
        ? null
        : "The "
            + Words.interval(interval)
            + " is not measurable from this file: no "
            + Words.unrecorded(s.unrecorded())
            + ".";
  }

  static IntervalSummary find(List<IntervalSummary> summaries, Interval interval) {
    return summaries.stream().filter(s -> s.interval().equals(interval)).findFirst().orElseThrow();
  }
}
