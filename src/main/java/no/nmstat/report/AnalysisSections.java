package no.nmstat.report;

import static no.nmstat.report.HtmlPage.details;
import static no.nmstat.report.HtmlPage.figure;
import static no.nmstat.report.HtmlPage.section;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Html;
import no.nmstat.wait.WaitFigures;

/**
 * The report's section on the W.A.I.T. comparison ({@code wait}), drawn from that analysis's result
 * (the open cases, {@code tracker}'s, are {@link OpenCasesSection}).
 */
final class AnalysisSections {
  private AnalysisSections() {}

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
          new Svg.Bar(
              f.country(), f.rate() == null ? 0 : f.rate(), null, f.country().equals(w.focus())));
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
