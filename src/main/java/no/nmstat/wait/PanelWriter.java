package no.nmstat.wait;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import no.nmstat.model.CaseRecord;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a W.A.I.T. panel with the canonical header, ISO dates and LF line ends. */
public final class PanelWriter {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private PanelWriter() {}

  /** Writes {@code rows} to {@code out}. */
  public static void write(List<PanelRow> rows, Appendable out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CSV);
    printer.printRecord(PanelReader.COLUMNS);
    for (PanelRow r : rows) {
      printer.printRecord(
          r.product(),
          LocalDate.ofEpochDay(r.maDay()),
          r.country(),
          r.availableDay() == CaseRecord.ABSENT ? "" : LocalDate.ofEpochDay(r.availableDay()),
          r.availability().code(),
          yesNo(r.oncology()),
          yesNo(r.orphan()),
          yesNo(r.combination()));
    }
    printer.flush();
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
