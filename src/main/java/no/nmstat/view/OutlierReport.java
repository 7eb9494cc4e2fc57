package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Outliers.Outlier;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;

/** The outlier list: who waited longest, with the dates to act on. */
public final class OutlierReport {
  private OutlierReport() {}

  /**
   * One row per outlier, longest first.
   *
   * @param unrecorded what {@code interval} needs that no case records ({@link
   *     Interval#unrecorded}): when some, the file cannot measure it, and the note says so instead
   *     of counting no case
   */
  public static Table table(
      List<Outlier> outliers,
      Interval interval,
      int over,
      LocalDate asOf,
      List<String> unrecorded) {
    List<Column> columns =
        new ArrayList<>(
            List.of(
                Column.text(CaseColumns.ID),
                Column.text(CaseColumns.INDICATION),
                Column.text(CaseColumns.SUBSTANCE),
                Column.text(CaseColumns.AREA),
                Column.text("interval"),
                Column.text("status"),
                Column.integer("days")));
    CaseReport.addMilestoneColumns(columns);
    columns.add(Column.text(CaseReport.INPUT_ROW));
    Table table =
        Table.of(columns, outliers, o -> row(o, interval))
            .answers(List.of(CaseColumns.ID, "status", "days"));
    if (!unrecorded.isEmpty()) {
      table.note(
          interval.name()
              + " is not measurable in this file, so no case can be listed: "
              + Coverage.noCaseRecords(unrecorded)
              + ".");
      return table;
    }
    table.note(
        Plural.count(outliers.size(), "case", "cases")
            + " with "
            + interval.name()
            + " over "
            + over
            + " days; open cases aged on "
            + asOf
            + ".");
    return table;
  }

  private static Object[] row(Outlier o, Interval interval) {
    CaseRecord c = o.caseRecord();
    List<Object> row =
        new ArrayList<>(
            List.of(
                c.id(),
                c.indication(),
                c.column(CaseColumns.SUBSTANCE),
                c.column(CaseColumns.AREA),
                interval.name(),
                o.observation().state() == Observation.State.OPEN ? "open" : "completed",
                o.observation().days()));
    CaseReport.addMilestones(row, c);
    row.add(c.source().toString());
    return row.toArray();
  }
}
