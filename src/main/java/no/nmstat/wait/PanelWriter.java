package no.nmstat.wait;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import no.nmstat.format.DelimitedWriter;
import no.nmstat.model.CaseRecord;

/**
 * Writes a W.A.I.T. panel with the canonical header, ISO dates and LF line ends, through the one
 * CSV writer; verbatim, as {@link PanelReader} reads it back.
 */
public final class PanelWriter {
  private PanelWriter() {}

  /** Writes {@code rows} to {@code out}. */
  public static void write(List<PanelRow> rows, Appendable out) throws IOException {
    DelimitedWriter csv = DelimitedWriter.csv(out);
    csv.record(PanelReader.COLUMNS);
    for (PanelRow r : rows) {
      csv.record(
          List.of(
              r.product(),
              LocalDate.ofEpochDay(r.maDay()).toString(),
              r.country(),
              r.availableDay() == CaseRecord.ABSENT
                  ? ""
                  : LocalDate.ofEpochDay(r.availableDay()).toString(),
              r.availability().code(),
              yesNo(r.oncology()),
              yesNo(r.orphan()),
              yesNo(r.combination())));
    }
    csv.flush();
  }

  private static String yesNo(boolean b) {
    return b ? "yes" : "no";
  }
}
