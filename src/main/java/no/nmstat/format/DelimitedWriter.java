package no.nmstat.format;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180 quoting, LF line ends) and TSV (no quoting: tabs and line breaks in text become
 * spaces). Figures keep full precision; text is made safe to open in a spreadsheet.
 */
final class DelimitedWriter {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private DelimitedWriter() {}

  static void write(Table table, PrintWriter out, char delimiter) {
    // Header cells are text from the input too (extra columns, --by): guarded like values.
    List<String> header = table.columns().stream().map(Column::name).toList();
    if (delimiter == '\t') {
      out.print(tsvLine(header.stream().map(Cells::tsvSafe).toList()));
      for (List<Object> row : table.rows()) {
        out.print(tsvLine(row.stream().map(v -> cell(v, Cells::tsvSafe)).toList()));
      }
      return;
    }
    try {
      CSVPrinter printer = new CSVPrinter(out, CSV);
      printer.printRecord(header.stream().map(Cells::spreadsheetSafe).toList());
      for (List<Object> row : table.rows()) {
        printer.printRecord(row.stream().map(v -> cell(v, Cells::spreadsheetSafe)).toList());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A figure at full precision, or text made safe by {@code safe}. */
  private static String cell(Object v, java.util.function.UnaryOperator<String> safe) {
    return v instanceof String s ? safe.apply(s) : Cells.exact(v);
  }

  private static String tsvLine(List<String> cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append('\t');
      }
      b.append(cells.get(i).replaceAll("[\t\r\n]+", " "));
    }
    return b.append('\n').toString();
  }
}
