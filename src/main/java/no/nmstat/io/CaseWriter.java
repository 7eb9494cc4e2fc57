package no.nmstat.io;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes cases as a case file with the canonical English header, ISO dates and LF line ends. */
public final class CaseWriter {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  /** The header written: id, text columns, milestones, clock stops, decision. */
  public static List<String> header() {
    List<String> h = new ArrayList<>();
    h.add(CaseColumns.ID);
    h.addAll(CaseColumns.TEXT);
    for (Milestone m : Milestone.values()) {
      if (m == Milestone.REPORT_COMPLETED) {
        h.add(CaseColumns.CLOCK_STOP_DAYS);
      }
      h.add(m.column());
    }
    h.add(CaseColumns.DECISION);
    return h;
  }

  private final CSVPrinter printer;

  private CaseWriter(CSVPrinter printer) {
    this.printer = printer;
  }

  /** A writer that has written the header to {@code out}. */
  public static CaseWriter open(Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSV);
    printer.printRecord(header());
    return new CaseWriter(printer);
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
    List<String> row = new ArrayList<>();
    row.add(c.id());
    CaseColumns.TEXT.forEach(t -> row.add(c.column(t)));
    for (Milestone m : Milestone.values()) {
      if (m == Milestone.REPORT_COMPLETED) {
        row.add(c.clockStopRecorded() ? Integer.toString(c.clockStopDays()) : "");
      }
      row.add(c.date(m).map(LocalDate::toString).orElse(""));
    }
    row.add(c.decision() == null ? "" : c.decision().code());
    printer.printRecord(row);
  }

  /** Flushes what was written. */
  public void flush() throws IOException {
    printer.flush();
  }
}
