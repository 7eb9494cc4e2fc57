package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * One row per case with each interval's days and state: the input of the next tool in a pipeline.
 * For an open interval the days are its age on the as-of date.
 */
public final class CaseReport {
  /**
   * The column naming the row a case was read from ({@code file:line}); not {@code source}, which
   * real case lists use for the pages their values were read on.
   */
  static final String INPUT_ROW = "input_row";

  private CaseReport() {}

  /** The table for {@code snapshot}'s cases over {@code intervals}. */
  public static Table table(Snapshot snapshot, List<Interval> intervals, List<String> extras) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text(CaseColumns.ID));
    columns.add(Column.integer("round"));
    for (String c : CaseColumns.TEXT) {
      columns.add(Column.text(c));
    }
    columns.add(Column.text(CaseColumns.DECISION));
    extras.forEach(e -> columns.add(Column.text(e)));
    List<String> answers = new ArrayList<>(List.of(CaseColumns.ID, "round"));
    for (Interval i : intervals) {
      columns.add(Column.integer(i.name()));
      columns.add(Column.text(i.name() + "_status"));
      answers.addAll(List.of(i.name(), i.name() + "_status"));
    }
    addMilestoneColumns(columns);
    columns.add(Column.text(INPUT_ROW));
    Table table = Table.of(columns, snapshot.cases(), c -> row(c, snapshot, intervals, extras));
    table.answers(answers);
    table.note(
        "Calendar days; an open interval shows its age on "
            + LocalDate.ofEpochDay(snapshot.asOfDay())
            + "; missing = started, end not"
            + " recorded, but a later milestone is.");
    return table;
  }

  /**
   * The milestone dates by their canonical names, then the clock stop days: what a case's intervals
   * are computed from, to check them by, say in Excel.
   */
  static void addMilestoneColumns(List<Column> columns) {
    for (Milestone m : Milestone.all()) {
      columns.add(Column.text(m.column()));
    }
    columns.add(Column.integer(CaseColumns.CLOCK_STOP_DAYS));
  }

  /**
   * A case's cells under {@link #addMilestoneColumns}: dates in ISO form, empty when none; the
   * clock stop empty when none is recorded (0 would claim that DMP never waited).
   */
  static void addMilestones(List<Object> row, CaseRecord c) {
    for (Milestone m : Milestone.all()) {
      row.add(c.date(m).map(LocalDate::toString).orElse(""));
    }
    row.add(c.clockStopRecorded() ? c.clockStopDays() : null);
  }

  private static Object[] row(
      CaseRecord c, Snapshot snapshot, List<Interval> intervals, List<String> extras) {
    List<Object> row = new ArrayList<>();
    row.add(c.id());
    row.add(c.round());
    CaseColumns.TEXT.forEach(t -> row.add(c.column(t)));
    row.add(c.column(CaseColumns.DECISION));
    extras.forEach(e -> row.add(c.column(e)));
    for (Interval i : intervals) {
      Observation o = i.observe(c, snapshot.asOfDay());
      switch (o.state()) {
        case COMPLETED -> {
          row.add(o.days());
          row.add("completed");
        }
        case OPEN -> {
          row.add(o.days());
          row.add("open");
        }
        case MISSING -> {
          row.add(null);
          row.add("missing");
        }
        default -> {
          row.add(null);
          row.add("");
        }
      }
    }
    addMilestones(row, c);
    row.add(c.source().toString());
    return row.toArray();
  }
}
