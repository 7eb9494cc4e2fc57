package no.nmstat.report;

import static no.nmstat.report.HtmlPage.details;
import static no.nmstat.report.HtmlPage.figure;
import static no.nmstat.report.HtmlPage.section;
import static no.nmstat.report.HtmlPage.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueuedCase;
import no.nmstat.format.Html;
import no.nmstat.format.Table;
import no.nmstat.model.CaseRecord;
import no.nmstat.view.ForecastReport;
import no.nmstat.wait.WaitFigures;

/**
 * The report's sections on the analyses with packages of their own, each drawn from that analysis's
 * result: the queue forecast ({@code forecast}) and the W.A.I.T. comparison ({@code wait}).
 */
final class AnalysisSections {
  private AnalysisSections() {}

  /** The queue now and when each case in it is expected to get a case handler. */
  static void queue(StringBuilder b, ReportContent.QueueSection q) {
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

  /** The W.A.I.T. comparison: the availability rate per country. */
  static void wait(StringBuilder b, ReportContent.WaitSection w) {
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
}
