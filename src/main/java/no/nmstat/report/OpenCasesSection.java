package no.nmstat.report;

import static no.nmstat.report.HtmlPage.details;
import static no.nmstat.report.HtmlPage.figure;
import static no.nmstat.report.HtmlPage.section;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Format;
import no.nmstat.format.Html;
import no.nmstat.format.MarkdownText;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.model.CaseRecord;
import no.nmstat.tracker.OpenCase;
import no.nmstat.tracker.TrackerResult;
import no.nmstat.view.ForecastReport;
import no.nmstat.view.TrackerReport;
import no.nmstat.view.Words;

/**
 * The report's section on the cases open now (method.md §9), from {@code tracker}'s result: per
 * state a chart of one bar per case (days in the state, a mark at the deadline or the expected
 * date) and its table, most overdue first, the longest {@link #SHOWN} of each state.
 */
final class OpenCasesSection {
  /** The most cases a state shows; the rest are counted. */
  static final int SHOWN = 30;

  private OpenCasesSection() {}

  /** The section in HTML. */
  static void html(StringBuilder b, ReportContent c) {
    section(b, "open", "Open cases");
    for (String note : intro(c)) {
      b.append("<p>").append(Html.escape(note)).append("</p>\n");
    }
    TrackerResult r = c.openCases();
    for (CaseState s : CaseState.waiting()) {
      String why = missing(r, s);
      List<OpenCase> cases = r.in(s);
      if (why != null) {
        b.append("<h3>").append(Html.escape(heading(s, cases))).append("</h3>\n");
        b.append("<p class=\"note\">").append(Html.escape(why)).append("</p>\n");
        continue;
      }
      List<OpenCase> shown = cases.subList(0, Math.min(SHOWN, cases.size()));
      // Days in the state, a mark at the deadline (or else the expected day) counted from the same
      // start, overdue bars in the warning colour.
      List<Svg.Bar> bars = new ArrayList<>();
      for (OpenCase o : shown) {
        int mark = o.clocked() ? o.deadline() : o.expected();
        bars.add(
            new Svg.Bar(
                o.record().method(),
                o.daysInState(),
                mark == CaseRecord.ABSENT ? null : (double) (mark - o.since()),
                o.overdue()));
      }
      figure(
          b,
          new Svg.HorizontalBars(
              "open-" + s.label().replace('_', '-'),
              heading(s, cases),
              "Per case " + Words.state(s) + " on " + c.asOf() + ": days in the state so far.",
              "Days " + Words.state(s),
              bars,
              false),
          caption(s, cases.size()));
      details(b, TrackerReport.inWords(shown));
    }
    b.append("</section>\n");
  }

  /** The section in Markdown. */
  static void markdown(PrintWriter out, ReportContent c) {
    out.print("## Open cases\n\n");
    for (String note : intro(c)) {
      out.print(MarkdownText.escape(note) + "\n\n");
    }
    TrackerResult r = c.openCases();
    for (CaseState s : CaseState.waiting()) {
      List<OpenCase> cases = r.in(s);
      out.print("### " + MarkdownText.escape(heading(s, cases)) + "\n\n");
      String why = missing(r, s);
      if (why != null) {
        out.print(MarkdownText.escape(why) + "\n\n");
        continue;
      }
      Table t = TrackerReport.inWords(cases.subList(0, Math.min(SHOWN, cases.size())));
      Format.MARKDOWN.write(t, out);
      out.print("\n");
      if (cases.size() > SHOWN) {
        out.print(MarkdownText.escape(rest(cases.size())) + "\n\n");
      }
    }
  }

  /** What the section rests on: the tracker's notes, and how the queue forecast held. */
  private static List<String> intro(ReportContent c) {
    List<String> lines = new ArrayList<>(TrackerReport.notes(c.openCases(), false));
    if (!ForecastReport.unseen(c.queue().forecast())) {
      lines.add(ForecastReport.held(c.queue().backtest(), ReportContent.FORECAST_LEVEL));
    }
    return lines;
  }

  /** Why a state has no chart: the file cannot see it, or no case is in it; null when it has. */
  private static String missing(TrackerResult r, CaseState s) {
    if (r.unseen().containsKey(s)) {
      return "Not visible in this file: no " + Words.unrecorded(r.unseen().get(s)) + ".";
    }
    if (!r.in(s).isEmpty()) {
      return null;
    }
    return switch (s) {
      case QUEUE -> "No case is in the queue.";
      case ASSESSMENT, NEGOTIATION -> "No case is in " + Words.state(s) + ".";
      default -> "No case is " + Words.state(s) + ".";
    };
  }

  private static String heading(CaseState s, List<OpenCase> cases) {
    return Words.capitalised(Words.state(s)) + ": " + Plural.count(cases.size(), "case", "cases");
  }

  private static String caption(CaseState s, int n) {
    String order =
        s == CaseState.QUEUE || s == CaseState.ASSESSMENT
            ? "Most overdue first; the mark is the 180-day deadline (expected date where there is"
                + " no documentation date), overdue bars in orange."
            : "Longest first; the mark is the expected date.";
    return n > SHOWN ? order + " " + rest(n) : order;
  }

  private static String rest(int n) {
    return "The "
        + SHOWN
        + " longest are shown; "
        + Plural.count(n - SHOWN, "more case is", "more cases are")
        + " not (nmstat tracker lists them all).";
  }
}
