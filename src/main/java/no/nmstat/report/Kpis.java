package no.nmstat.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Cells;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Outliers;
import no.nmstat.report.ReportContent.Kpi;
import no.nmstat.report.ReportContent.Verdict;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.view.Words;

/** The headline figures of a report, each judged against its target where it has one. */
final class Kpis {
  // The report's headline target is the method's assessment deadline (method.md §3).
  private static final int ASSESSMENT_TARGET =
      SummaryRequest.DEFAULT_TARGETS.get(Intervals.ASSESSMENT.name());

  private Kpis() {}

  /** The headline figures from the overall summaries, the backlog and the outliers. */
  static List<Kpi> of(
      List<IntervalSummary> overall, List<BacklogRow> backlog, List<Outliers.Outlier> outliers) {
    IntervalSummary queue = ReportContent.find(overall, Intervals.QUEUE);
    IntervalSummary assessment = ReportContent.find(overall, Intervals.ASSESSMENT);
    IntervalSummary total = ReportContent.find(overall, Intervals.TOTAL);
    IntervalSummary maToDecision = ReportContent.find(overall, Intervals.MA_TO_DECISION);
    List<Kpi> kpis = new ArrayList<>();
    kpis.add(
        measured(
            assessment,
            "Assessment, median days (documentation to report, clock stops excluded)",
            s ->
                new Kpi(
                    "",
                    days(s.summary().median()),
                    ASSESSMENT_TARGET + " days or less",
                    verdict(s.summary().median(), ASSESSMENT_TARGET),
                    "Kaplan-Meier with open cases: " + days(s.survival().median()))));
    kpis.add(
        measured(
            assessment,
            "Assessments finished within " + ASSESSMENT_TARGET + " days",
            s ->
                new Kpi(
                    "",
                    share(s.summary().withinTarget()),
                    "",
                    Verdict.NO_TARGET,
                    s.summary().n() + " completed, " + s.summary().open() + " open")));
    kpis.add(
        measured(
            queue,
            "Queue before a case handler, median days",
            s ->
                new Kpi(
                    "",
                    days(s.summary().median()),
                    "",
                    Verdict.NO_TARGET,
                    "Kaplan-Meier with open cases: " + days(s.survival().median()))));
    long openOverYear =
        outliers.stream().filter(o -> o.observation().state() == Observation.State.OPEN).count();
    Integer queued =
        backlog.isEmpty()
            ? Integer.valueOf(0)
            : backlog.get(backlog.size() - 1).count().get(CaseState.QUEUE);
    kpis.add(
        measured(
            queue,
            "Cases waiting over a year for a case handler now",
            s ->
                new Kpi(
                    "",
                    Long.toString(openOverYear),
                    "0",
                    openOverYear == 0 ? Verdict.MET : Verdict.MISSED,
                    queued + " in the queue in all")));
    kpis.add(
        measured(
            total,
            "Commissioned to first decision, median days",
            s ->
                new Kpi(
                    "",
                    days(s.summary().median()),
                    "",
                    Verdict.NO_TARGET,
                    s.summary().n() + " decided, " + s.summary().open() + " open")));
    kpis.add(
        measured(
            maToDecision,
            "Marketing authorisation to first decision, median days",
            s -> new Kpi("", days(s.summary().median()), "", Verdict.NO_TARGET, "")));
    return kpis;
  }

  /**
   * The headline figure {@code name} made by {@code figure} from a measurable interval's summary;
   * for an interval the file cannot measure, a card that says so instead of a figure or verdict.
   */
  private static Kpi measured(
      IntervalSummary s, String name, Function<IntervalSummary, Kpi> figure) {
    if (!s.measurable()) {
      return new Kpi(
          name,
          "not measurable from this file: no " + Words.unrecorded(s.unrecorded()),
          "",
          Verdict.NOT_MEASURABLE,
          "");
    }
    Kpi k = figure.apply(s);
    return new Kpi(name, k.value(), k.target(), k.verdict(), k.detail());
  }

  private static Verdict verdict(Double value, double target) {
    return value == null ? Verdict.NO_FIGURE : value <= target ? Verdict.MET : Verdict.MISSED;
  }

  private static String days(Double d) {
    return d == null ? "-" : Cells.oneDecimal(d);
  }

  private static String share(Double s) {
    return s == null ? "-" : Cells.oneDecimal(s * 100) + "%";
  }
}
