package no.nmstat.report;

import static no.nmstat.report.HtmlPage.section;
import static no.nmstat.report.HtmlPage.table;

import java.util.List;
import no.nmstat.changes.Change;
import no.nmstat.format.Html;
import no.nmstat.view.ChangeReport;
import no.nmstat.view.Words;

/** The report's section on what changed since an older case list ({@code report --since}). */
final class SinceSection {
  static final String TITLE = "Since the last list";

  private SinceSection() {}

  /** The count of each kind, as {@code changes} prints it, as a sentence. */
  static String summary(List<Change> changes) {
    return Words.capitalised(ChangeReport.summary(changes)) + ".";
  }

  /** The section in HTML. */
  static void html(StringBuilder b, List<Change> changes) {
    section(b, "since", TITLE);
    b.append("<p>").append(Html.escape(summary(changes))).append("</p>\n");
    if (!changes.isEmpty()) {
      table(b, ChangeReport.table(changes));
    }
    b.append("</section>\n");
  }
}
