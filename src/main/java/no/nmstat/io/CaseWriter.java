package no.nmstat.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.format.DelimitedWriter;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * Writes cases as a case file with the canonical English header, ISO dates and LF line ends,
 * through the one CSV writer. Values are written verbatim (no spreadsheet guard): the file is input
 * for nmstat, which must read back the values it wrote.
 */
public final class CaseWriter {
  /** The header written: id, text columns, milestones, clock stops, decision. */
  public static List<String> header() {
    List<String> h = new ArrayList<>();
    h.add(CaseColumns.ID);
    h.addAll(CaseColumns.TEXT);
    for (Milestone m : Milestone.all()) {
      if (m == Milestone.REPORT_COMPLETED) {
        h.add(CaseColumns.CLOCK_STOP_DAYS);
      }
      h.add(m.column());
    }
    h.add(CaseColumns.DECISION);
    return h;
  }

  private final DelimitedWriter csv;

  private CaseWriter(DelimitedWriter csv) {
    this.csv = csv;
  }

  /** A writer that has written the header to {@code out}. */
  public static CaseWriter open(Appendable out) throws IOException {
    DelimitedWriter csv = DelimitedWriter.csv(out);
    csv.record(header());
    return new CaseWriter(csv);
  }

  /** Writes {@code cases} to {@code out}. */
  public static void write(List<CaseRecord> cases, Appendable out) throws IOException {
    CaseWriter w = open(out);
    for (CaseRecord c : cases) {
      w.write(c);
    }
    w.flush();
  }

  /** Writes one case; the clock-stop cell is empty when none is recorded. */
  public void write(CaseRecord c) throws IOException {
    csv.field(c.id());
    CaseColumns.TEXT.forEach(t -> csv.field(c.column(t)));
    for (Milestone m : Milestone.all()) {
      if (m == Milestone.REPORT_COMPLETED) {
        csv.field(c.clockStopRecorded() ? Integer.toString(c.clockStopDays()) : "");
      }
      csv.field(c.date(m).map(LocalDate::toString).orElse(""));
    }
    csv.field(c.decision() == null ? "" : c.decision().code());
    csv.endRecord();
  }

  /** Writes out and flushes what was written. */
  public void flush() throws IOException {
    csv.flush();
  }
}
