package no.nmstat.view;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.GroupBy;
import no.nmstat.phases.PhaseBreakdown;

/** Days per phase and actor, as in Nye metoder's yearly overview. */
public final class PhasesReport {
  private PhasesReport() {}

  /**
   * One row per group, actor and phase ({@code all} for an actor's sum and the total). For people a
   * line the file cannot measure says so in its first figure; for programs the last column, {@code
   * measurable}, does.
   */
  public static Table table(List<PhaseBreakdown.Line> lines, List<GroupBy> groups, boolean human) {
    List<Column> columns = new ArrayList<>();
    groups.forEach(g -> columns.add(Column.group(g.key())));
    columns.addAll(
        List.of(
            Column.text("actor"),
            Column.text("phase"),
            Column.integer("n"),
            Column.decimal("mean_days"),
            Column.decimal("median_days"),
            Column.share("share_of_total")));
    if (!human) {
      columns.add(Column.text("measurable"));
    }
    Table table = Table.of(columns, lines, l -> row(l, human)).groupsAt(0);
    table.note(
        "Decided cases with commissioned, documentation, assignment and report dates;"
            + " the phases add up to the total (commissioned to first decision). share_of_total ="
            + " mean days / mean total days. Company: submission and clock stops; DMP: queue and"
            + " active assessment; LIS: price negotiation; RHF: to the decision.");
    return table;
  }

  private static Object[] row(PhaseBreakdown.Line l, boolean human) {
    List<Object> row = new ArrayList<>(l.group());
    row.add(l.actor().toString());
    row.add(
        l.phase() == null
            ? (l.actor().toString().equals("all") ? "total" : "all")
            : l.phase().label());
    row.add(l.n());
    row.add(human && !l.measurable() ? SummaryReport.NOT_MEASURABLE : l.meanDays());
    row.addAll(java.util.Arrays.asList(l.medianDays(), l.share()));
    if (!human) {
      row.add(l.measurable());
    }
    return row.toArray();
  }
}
