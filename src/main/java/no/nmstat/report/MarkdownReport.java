package no.nmstat.report;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import no.nmstat.format.Format;
import no.nmstat.format.MarkdownText;
import no.nmstat.format.Table;
import no.nmstat.metrics.Interval;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.view.ChangeReport;
import no.nmstat.view.Words;

/** The report as Markdown: headings and tables only, for a CI job summary or a pull request. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The document, ending with {@code provenance}: how it was made, a line each. */
  public static String render(ReportContent c, List<String> provenance) {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    out.print(
        "# "
            + c.title()
            + "\n\nAs of "
            + c.asOf()
            + " · "
            + c.cases()
            + " cases from "
            + MarkdownText.escape(String.join(", ", c.inputs()))
            + " · "
            + c.generator()
            + "\n\n");
    if (c.asOfSentence() != null) {
      out.print(MarkdownText.escape(c.asOfSentence()) + "\n\n");
    }
    heading(out, "Headline figures");
    table(out, ReportTables.kpis(c.kpis()));
    heading(out, "Days per year");
    for (Map.Entry<Interval, List<IntervalSummary>> e : c.byYear().entrySet()) {
      Interval i = e.getKey();
      out.print("### " + Words.days(i) + ", per year " + Words.event(i.yearMilestone()) + "\n\n");
      if (e.getValue().isEmpty()) {
        out.print(MarkdownText.escape(ReportContent.noCompletedCase(c.overall(), i)) + "\n\n");
      } else {
        table(out, ReportTables.years(e.getKey(), e.getValue()));
      }
    }
    heading(out, "Trend of the medians");
    table(out, TrendSection.table(c.trend()));
    for (IntervalTrend t : c.trend()) {
      List<String> changes = TrendSection.changes(t);
      if (!changes.isEmpty()) {
        out.print("Changes of " + MarkdownText.escape(Words.interval(t.interval())) + ":\n\n");
        changes.forEach(line -> out.print("- " + MarkdownText.escape(line) + "\n"));
        out.print("\n");
      }
    }
    ReportTables.unmeasured(c.trend().stream().map(IntervalTrend::interval).toList(), c.overall())
        .forEach(n -> out.print(MarkdownText.escape(n) + "\n\n"));
    heading(out, "Who the days belong to");
    if (c.hasActorDays()) {
      table(out, ReportTables.actors(c.phasesByYear(), c.phasesAll()));
    } else {
      out.print(MarkdownText.escape(c.noActorDays()) + "\n\n");
    }
    heading(out, "Backlog over time");
    table(out, ReportTables.backlog(c.backlog()));
    OpenCasesSection.markdown(out, c);
    if (c.sinceLast() != null) {
      heading(out, SinceSection.TITLE);
      out.print(MarkdownText.escape(SinceSection.summary(c.sinceLast())) + "\n\n");
      table(out, ChangeReport.table(c.sinceLast()));
    }
    if (c.waitSection() != null) {
      heading(out, "International comparison in the style of EFPIA W.A.I.T.");
      table(out, ReportTables.wait(c.waitSection()));
    }
    heading(out, "How this report was made");
    for (String line : provenance) {
      out.print("- " + MarkdownText.escape(line) + "\n");
    }
    out.flush();
    return s.toString();
  }

  private static void heading(PrintWriter out, String title) {
    out.print("## " + title + "\n\n");
  }

  private static void table(PrintWriter out, Table table) {
    Format.MARKDOWN.write(table, out);
    out.print("\n");
  }
}
