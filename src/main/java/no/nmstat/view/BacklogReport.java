package no.nmstat.view;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.Coverage;

/** The backlog over time as a table. */
public final class BacklogReport {
  private BacklogReport() {}

  /**
   * One row per period: the count in each waiting state, then (for programs, or for people when
   * {@code human} is false) how many entered and left each state, decisions made, and the median
   * age of the DMP queue. People get the counts, the queue's flow and age.
   */
  public static Table table(List<BacklogRow> rows, boolean human) {
    List<Column> columns = new ArrayList<>(List.of(Column.text("period"), Column.text("date")));
    for (CaseState s : CaseState.waiting()) {
      columns.add(Column.integer(s.label()));
    }
    List<CaseState> flows = human ? List.of(CaseState.QUEUE) : CaseState.waiting();
    for (CaseState s : flows) {
      columns.add(Column.integer(s.label() + "_in"));
      columns.add(Column.integer(s.label() + "_out"));
    }
    columns.add(Column.integer("decisions"));
    columns.add(Column.decimal("queue_median_age"));
    Table table = new Table(columns);
    for (BacklogRow r : rows) {
      List<Object> row = new ArrayList<>(List.of(r.period(), r.date().toString()));
      for (CaseState s : CaseState.waiting()) {
        row.add(r.count().get(s));
      }
      for (CaseState s : flows) {
        row.add(r.entered().get(s));
        row.add(r.left().get(s));
      }
      row.add(r.decisions());
      row.add(r.queueMedianAge());
      table.row(row.toArray());
    }
    table.note(
        "Cases in each state at the end of each period (the last period ends at the"
            + " as-of date); _in and _out count the cases that entered and left the DMP queue in"
            + " the period; queue_median_age is the median days waited by the cases in the queue.");
    table.note("Clock stops are not a state: case files record their total days, not when.");
    unseenNotes(rows).forEach(table::note);
    return table;
  }

  /**
   * One note per state the file cannot see ("queue: no case has documentation_received recorded;
   * its counts are empty").
   */
  public static List<String> unseenNotes(List<BacklogRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    return rows.get(0).unrecorded().entrySet().stream()
        .map(
            e ->
                e.getKey().label()
                    + ": "
                    + Coverage.noCaseRecords(e.getValue())
                    + (e.getKey() == CaseState.DECIDED
                        ? "; decisions are empty"
                        : "; its counts are empty"))
        .toList();
  }
}
