package no.nmstat.view;

import java.util.List;
import no.nmstat.format.Column;
import no.nmstat.format.Table;
import no.nmstat.metrics.Coverage;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.Milestone;

/**
 * What a case file records: for each milestone and the clock stop, how many valid cases have it
 * (method.md §3, "measurable"). {@code validate} prints it after its counts.
 */
public final class CoverageReport {
  private CoverageReport() {}

  /** One row per milestone in process order, then the clock stop. */
  public static Table table(Coverage coverage) {
    Table table =
        new Table(
            List.of(Column.text("column"), Column.integer("recorded"), Column.share("share")));
    for (Milestone m : Milestone.all()) {
      table.row(m.column(), coverage.recorded(m), share(coverage.recorded(m), coverage.cases()));
    }
    table.row(
        CaseColumns.CLOCK_STOP_DAYS,
        coverage.clockStops(),
        share(coverage.clockStops(), coverage.cases()));
    table.note(
        "recorded: the valid cases (rows) that have the column filled. An interval that starts or"
            + " ends at a milestone recorded in no case is not measurable in this file.");
    return table;
  }

  // No cases: no share (a header-only file records nothing, and 0 of 0 is not 0%).
  private static Double share(long recorded, long cases) {
    return cases == 0 ? null : (double) recorded / cases;
  }
}
