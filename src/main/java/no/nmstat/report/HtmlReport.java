package no.nmstat.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.backlog.CaseState;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueuedCase;
import no.nmstat.format.Html;
import no.nmstat.format.HtmlTableWriter;
import no.nmstat.format.Table;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.model.CaseRecord;
import no.nmstat.stats.Summary;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.view.ForecastReport;
import no.nmstat.view.Words;
import no.nmstat.wait.WaitFigures;

/**
 * The report as one self-contained HTML page: inline CSS and SVG, no scripts, fonts or other files,
 * every text from the input escaped. Each chart has a title, axis titles and its numbers in a
 * table.
 */
public final class HtmlReport {
  /**
   * The page's style. Below 700 px the narrow drawing of each chart replaces the wide one (see
   * {@link Svg.Layout}) and wide tables scroll inside their own box, so the page itself never
   * scrolls sideways. On paper: A4, the wide charts, every figure kept whole with its heading, and
   * the numbers under "The numbers" printed open.
   */
  private static final String STYLE =
      """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;\
      color:#1a1a1a;background:#fff;line-height:1.45}
      main{max-width:1000px;margin:0 auto;padding:1.5rem}
      h1{font-size:1.7rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #ccc}
      .meta,.note{color:#555;font-size:.9rem}.meta{overflow-wrap:anywhere}
      .kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:.8rem}
      .kpi{border:1px solid #ccc;border-radius:6px;padding:.7rem}
      .kpi .value{font-size:1.5rem;font-weight:600}
      .kpi.fail{border-color:#D55E00;background:#fff4ee}.kpi.pass{border-color:#009E73}
      figure{margin:1rem 0}svg{display:block;width:100%;height:auto;font-family:inherit}
      svg.wide{max-width:860px}svg.narrow{display:none;max-width:480px}
      .scroll{overflow-x:auto}
      table{border-collapse:collapse;margin:.6rem 0;font-size:.88rem}
      th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .6rem;text-align:left}
      .num{text-align:right;font-variant-numeric:tabular-nums}\
      .date,#backlog td:first-child{white-space:nowrap}
      figure h3{font-size:1.05rem;margin:.2rem 0}.kpi .detail{font-size:.85rem;color:#333}
      caption{text-align:left;font-weight:600;padding:.3rem 0}
      details{margin:.4rem 0 1.2rem}summary{cursor:pointer;color:#0072B2}
      @media screen and (max-width:699px){
      main{padding:1rem}h1{font-size:1.4rem}
      svg.wide{display:none}svg.narrow{display:block}
      }
      @media print{
      @page{size:A4;margin:15mm}
      body{font-size:10pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
      main{max-width:none;padding:0}
      h1,h2,h3,summary{break-after:avoid}
      figure,.kpi,tr{break-inside:avoid}
      details::details-content{content-visibility:visible;display:block}
      summary{list-style:none;cursor:auto;color:#1a1a1a;font-weight:600}
      summary::-webkit-details-marker{display:none}
      .scroll{overflow:visible}table{font-size:8pt}th,td{padding:.15rem .4rem}
      }
      """;

  private HtmlReport() {}

  /** The page. */
  public static String render(ReportContent c) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(c.title() + ", as of " + c.asOf()))
        .append("</title>\n<style>\n")
        .append(STYLE)
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
    section(b, "outliers", "Cases waiting over a year for a case handler");
    String unseenQueue = ReportContent.notMeasurable(c.overall(), Intervals.QUEUE);
    if (unseenQueue != null) {
      b.append("<p>").append(Html.escape(unseenQueue)).append("</p>\n");
    } else {
      table(b, ReportTables.outliers(c.outliers(), c.outlierDays(), c.asOf()));
    }
    b.append("</section>\n");
    queue(b, c.queue());
    if (c.waitSection() != null) {
      wait(b, c.waitSection());
    }
    b.append("<footer class=\"note\"><p>Calendar days. Open cases (started, not finished on")
        .append(" the as-of date) are not in the completed-case figures; the Kaplan-Meier")
        .append(" figures count them as censored. Percentiles: R type 7 (Excel")
        .append(" PERCENTILE.INC).</p></footer>\n</main>\n</body>\n</html>\n");
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
          new Svg.BoxPlots(
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
    List<String> years = ReportTables.years(c.byYear());
    List<Svg.Series> series = new ArrayList<>();
    for (Map.Entry<Interval, List<IntervalSummary>> e : c.byYear().entrySet()) {
      List<Double> values = new ArrayList<>();
      List<Double> low = new ArrayList<>();
      List<Double> high = new ArrayList<>();
      for (String y : years) {
        IntervalSummary s =
            e.getValue().stream().filter(r -> r.group().get(0).equals(y)).findFirst().orElse(null);
        values.add(s == null ? null : s.summary().median());
        low.add(s == null ? null : s.survival().medianLow());
        high.add(s == null ? null : s.survival().medianHigh());
      }
      series.add(new Svg.Series(Words.interval(e.getKey()), values, low, high));
    }
    List<String> caption =
        new ArrayList<>(
            List.of("Shaded: 95% interval of the median (open-ended intervals are not drawn)."));
    caption.addAll(ReportTables.unmeasured(c.byYear().keySet(), c.overall()));
    figure(
        b,
        new Svg.Lines(
            "trend",
            "Median days per year with 95% confidence band",
            "Median days of the queue, the assessment and the total (commissioned to first"
                + " decision), per year each ended; the shaded band is the 95% interval of each"
                + " median.",
            "Median days",
            "Year the interval ended",
            years,
            series,
            false),
        String.join(" ", caption));
    details(b, ReportTables.trend(c.byYear(), c.overall()));
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
        new Svg.Lines(
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

  private static void queue(StringBuilder b, ReportContent.QueueSection q) {
    section(b, "queue", "Cases in the queue now");
    QueueForecast f = q.forecast();
    if (ForecastReport.unseen(f)) {
      b.append("<p>").append(Html.escape(ForecastReport.UNSEEN)).append("</p>\n</section>\n");
      return;
    }
    b.append("<p>")
        .append(Html.escape(ForecastReport.held(q.backtest(), f.level())))
        .append("</p>\n");
    List<Svg.Range> ranges = new ArrayList<>();
    for (QueuedCase c : f.cases()) {
      if (c.forecast() && c.lowDay() != CaseRecord.ABSENT) {
        ranges.add(
            new Svg.Range(
                c.record().method(),
                c.lowDay() - f.asOfDay(),
                c.expectedDay() - f.asOfDay(),
                c.highDay() - f.asOfDay()));
      }
    }
    if (!ranges.isEmpty()) {
      figure(
          b,
          new Svg.Ranges(
              "queue-forecast",
              "When each case in the queue is expected to get a case handler",
              "Per case in the queue, next first: a bar over the "
                  + Math.round(f.level() * 100)
                  + "% prediction interval and a dot at the expected day, in days after "
                  + LocalDate.ofEpochDay(f.asOfDay())
                  + ".",
              "Days after " + LocalDate.ofEpochDay(f.asOfDay()),
              ranges),
          "Bar: the "
              + Math.round(f.level() * 100)
              + "% interval; dot: the expected day. Next in the queue at the top.");
    }
    Table table = ForecastReport.inWords(f);
    if (ranges.isEmpty()) {
      table(b, table);
    } else {
      details(b, table);
    }
    b.append("</section>\n");
  }

  private static void wait(StringBuilder b, ReportContent.WaitSection w) {
    section(b, "wait", "International comparison in the style of EFPIA W.A.I.T.");
    String cohort =
        "Medicines with an EU marketing authorisation in "
            + w.cohort().first()
            + "–"
            + w.cohort().last()
            + ", and whether each was available in each country on the cut-off date "
            + w.cutoff()
            + ".";
    b.append("<p class=\"cohort\">").append(Html.escape(cohort)).append("</p>\n");
    List<Svg.Bar> bars = new ArrayList<>();
    for (WaitFigures f : ReportTables.wait(w.result())) {
      bars.add(
          new Svg.Bar(f.country(), f.rate() == null ? 0 : f.rate(), f.country().equals(w.focus())));
    }
    figure(
        b,
        new Svg.HorizontalBars(
            "wait",
            "Availability rate by country",
            "Share of the medicines authorised in "
                + w.cohort()
                + " available on "
                + w.cutoff()
                + ", by country; "
                + w.focus()
                + " highlighted.",
            "Availability rate",
            bars,
            true),
        w.focus() + " is highlighted.");
    details(b, ReportTables.wait(w));
    b.append("</section>\n");
  }

  private static void section(StringBuilder b, String id, String title) {
    b.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Html.escape(title))
        .append("</h2>\n");
  }

  /** A chart with its title, drawn wide and narrow (the page shows one), and its caption. */
  private static void figure(StringBuilder b, Svg.Chart chart, String caption) {
    b.append("<figure>\n<h3>")
        .append(Html.escape(chart.title()))
        .append("</h3>\n")
        .append(chart.svg(Svg.Layout.WIDE))
        .append(chart.svg(Svg.Layout.NARROW))
        .append("<figcaption class=\"note\">")
        .append(Html.escape(caption))
        .append("</figcaption>\n</figure>\n");
  }

  /** In place of a chart with nothing to draw: its title and one sentence saying why. */
  private static void noChart(StringBuilder b, String title, String why) {
    b.append("<figure>\n<h3>")
        .append(Html.escape(title))
        .append("</h3>\n<p class=\"note\">")
        .append(Html.escape(why))
        .append("</p>\n</figure>\n");
  }

  private static void details(StringBuilder b, Table table) {
    b.append("<details><summary>The numbers</summary>\n");
    table(b, table);
    b.append("</details>\n");
  }

  /** A table in a box of its own that scrolls sideways when the table is wider than the page. */
  private static void table(StringBuilder b, Table table) {
    b.append("<div class=\"scroll\">\n")
        .append(HtmlTableWriter.write(table, null))
        .append("</div>\n");
  }
}
