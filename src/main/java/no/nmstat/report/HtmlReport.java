package no.nmstat.report;

import static no.nmstat.report.HtmlPage.details;
import static no.nmstat.report.HtmlPage.figure;
import static no.nmstat.report.HtmlPage.noChart;
import static no.nmstat.report.HtmlPage.section;
import static no.nmstat.report.HtmlPage.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Html;
import no.nmstat.format.Table;
import no.nmstat.metrics.Interval;
import no.nmstat.stats.Summary;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.view.Words;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no scripts, fonts or other files,
 * every text from the input escaped. Each chart has a title, axis titles and its numbers in a
 * table.
 */
public final class HtmlReport {
  private HtmlReport() {}

  /** The page, ending with {@code provenance}: how it was made, a line each. */
  public static String render(ReportContent c, List<String> provenance) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(c.title() + ", as of " + c.asOf()))
        .append("</title>\n<style>\n")
        .append(HtmlPage.STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n")
        .append("<h1>")
        .append(Html.escape(c.title()))
        .append("</h1>\n<p class=\"meta\">As of ")
        .append(c.asOf())
        .append(" · ")
        .append(c.cases())
        .append(" cases from ")
        .append(Html.escape(String.join(", ", c.inputs())))
        .append(" · ")
        .append(Html.escape(c.generator()))
        .append("</p>\n");
    if (c.asOfSentence() != null) {
      b.append("<p class=\"meta\">").append(Html.escape(c.asOfSentence())).append("</p>\n");
    }
    kpis(b, c);
    distribution(b, c);
    trend(b, c);
    actors(b, c);
    backlog(b, c);
    OpenCasesSection.html(b, c);
    if (c.sinceLast() != null) {
      SinceSection.html(b, c.sinceLast());
    }
    if (c.waitSection() != null) {
      AnalysisSections.wait(b, c.waitSection());
    }
    b.append("<footer class=\"note\"><p>Calendar days. Open cases (started, not finished on")
        .append(" the as-of date) are not in the completed-case figures; the Kaplan-Meier")
        .append(" figures count them as censored. Percentiles: R type 7 (Excel")
        .append(" PERCENTILE.INC).</p>\n<h2>How this report was made</h2>\n<ul>\n");
    for (String line : provenance) {
      b.append("<li>").append(Html.escape(line)).append("</li>\n");
    }
    b.append("</ul></footer>\n</main>\n</body>\n</html>\n");
    return b.toString();
  }

  private static void kpis(StringBuilder b, ReportContent c) {
    section(b, "kpis", "Headline figures");
    b.append("<div class=\"kpis\">\n");
    for (ReportContent.Kpi k : c.kpis()) {
      b.append("<div class=\"kpi")
          .append(
              switch (k.verdict()) {
                case MET -> " pass";
                case MISSED -> " fail";
                case NO_FIGURE, NO_TARGET, NOT_MEASURABLE -> "";
              })
          .append("\">")
          .append("<div>")
          .append(Html.escape(k.name()))
          .append("</div>")
          .append("<div class=\"value\">")
          .append(Html.escape(k.value()))
          .append("</div>");
      if (!k.detail().isEmpty()) {
        b.append("<div class=\"detail\">").append(Html.escape(k.detail())).append("</div>");
      }
      if (!k.target().isEmpty()) {
        b.append("<div class=\"note\">Target: ")
            .append(Html.escape(k.target()))
            .append(" — ")
            .append(k.verdict().words())
            .append("</div>");
      }
      b.append("</div>\n");
    }
    b.append("</div>\n");
    details(b, ReportTables.kpis(c.kpis()));
    b.append("</section>\n");
  }

  private static void distribution(StringBuilder b, ReportContent c) {
    section(b, "distribution", "Days per year");
    for (Map.Entry<Interval, List<IntervalSummary>> e : c.byYear().entrySet()) {
      List<Svg.Box> boxes = new ArrayList<>();
      for (IntervalSummary s : e.getValue()) {
        Summary m = s.summary();
        boxes.add(new Svg.Box(s.group().get(0), m.min(), m.p25(), m.median(), m.p75(), m.max()));
      }
      Interval i = e.getKey();
      String event = Words.event(i.yearMilestone());
      String title = Words.days(i) + ", per year " + event;
      Integer target = SummaryRequest.DEFAULT_TARGETS.get(i.name());
      if (boxes.isEmpty()) {
        noChart(b, title, ReportContent.noCompletedCase(c.overall(), i));
        continue;
      }
      figure(
          b,
          new BoxPlots(
              "box-" + i.name(),
              title,
              "Days",
              "Year " + event,
              boxes,
              target == null ? null : new Svg.Target(target, target + "-day target")),
          Words.capitalised(Words.interval(i))
              + ": "
              + i.description()
              + ". Box: 25th to 75th percentile, line: median,"
              + " whiskers: minimum to maximum"
              + (target == null ? "." : "; dashed line: the " + target + "-day target."));
      details(b, ReportTables.years(i, e.getValue()));
    }
    b.append("</section>\n");
  }

  private static void trend(StringBuilder b, ReportContent c) {
    section(b, "trend", "Trend of the medians");
    List<String> caption =
        new ArrayList<>(
            List.of(
                "Shaded: the 95% interval of each median from the order statistics"
                    + " (distribution-free; none under 6 cases)."));
    caption.addAll(
        ReportTables.unmeasured(
            c.trend().stream().map(IntervalTrend::interval).toList(), c.overall()));
    figure(
        b,
        new LineChart(
            "trend",
            "Median days per period with 95% interval",
            "Median days of the queue, the assessment and the total (commissioned to first"
                + " decision), per period each ended; the shaded band is the 95% interval of each"
                + " median.",
            "Median days",
            "Period the interval ended",
            TrendSection.periods(c.trend()),
            TrendSection.series(c.trend()),
            false),
        String.join(" ", caption));
    details(b, TrendSection.table(c.trend()));
    for (IntervalTrend t : c.trend()) {
      List<String> changes = TrendSection.changes(t);
      if (!changes.isEmpty()) {
        b.append("<p>Changes of ")
            .append(Html.escape(Words.interval(t.interval())))
            .append(":</p>\n<ul>\n");
        changes.forEach(line -> b.append("<li>").append(Html.escape(line)).append("</li>\n"));
        b.append("</ul>\n");
      }
    }
    b.append("</section>\n");
  }

  private static void actors(StringBuilder b, ReportContent c) {
    section(b, "actors", "Who the days belong to");
    Table table = ReportTables.actors(c.phasesByYear(), c.phasesAll());
    List<String> years = new ArrayList<>();
    c.phasesByYear()
        .forEach(
            l -> {
              if (!years.contains(l.group().get(0))) {
                years.add(l.group().get(0));
              }
            });
    List<Svg.Series> series = new ArrayList<>();
    for (var actor : ReportTables.ACTORS) {
      List<Double> means = new ArrayList<>();
      for (String y : years) {
        means.add(
            ReportTables.actor(
                    c.phasesByYear().stream().filter(l -> l.group().get(0).equals(y)).toList(),
                    actor)
                .meanDays());
      }
      series.add(new Svg.Series(actor.toString(), means, null, null));
    }
    if (!c.hasActorDays()) {
      noChart(b, "Mean days per actor, by year of decision", c.noActorDays());
      details(b, table);
      b.append("</section>\n");
      return;
    }
    figure(
        b,
        new Svg.StackedBars(
            "actors",
            "Mean days per actor, by year of decision",
            "Stacked mean days of company, DMP, LIS and RHF for decided cases per year of"
                + " decision.",
            "Mean days",
            "Year of decision",
            years,
            series),
        "Company: submission and clock stops; DMP: queue and active assessment; LIS: price"
            + " negotiation; RHF: to the decision.");
    details(b, table);
    b.append("</section>\n");
  }

  private static void backlog(StringBuilder b, ReportContent c) {
    section(b, "backlog", "Backlog over time");
    List<String> quarters = c.backlog().stream().map(BacklogRow::period).toList();
    List<Svg.Series> series = new ArrayList<>();
    for (CaseState s : CaseState.waiting()) {
      series.add(
          new Svg.Series(
              Words.state(s),
              c.backlog().stream()
                  .map(r -> r.count().get(s) == null ? null : (double) r.count().get(s))
                  .toList(),
              null,
              null));
    }
    figure(
        b,
        new LineChart(
            "backlog",
            "Cases in each state at the end of each quarter",
            "Number of cases awaiting documentation, in the DMP queue, in assessment, in"
                + " negotiation and awaiting decision, per quarter.",
            "Cases",
            "Quarter",
            quarters,
            series,
            true),
        "The DMP queue is the cases with documentation but no case handler.");
    details(b, ReportTables.backlog(c.backlog()));
    b.append("</section>\n");
  }
}
