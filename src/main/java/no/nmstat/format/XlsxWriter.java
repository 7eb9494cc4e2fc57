package no.nmstat.format;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An Excel workbook (.xlsx, written with fastexcel): the same column headers as CSV, numbers as
 * numbers at full precision (shares formatted as percentages), ISO dates as dates, text as text (so
 * no cell can become a formula, and decimal commas are Excel's business), the header row frozen,
 * columns sized to their content, and the notes on a second sheet.
 */
final class XlsxWriter {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int MAX_WIDTH = 60;

  private XlsxWriter() {}

  static void write(Table table, OutputStream out, String generator) throws IOException {
    Workbook wb = new Workbook(out, "nmstat", null);
    Worksheet ws = wb.newWorksheet("nmstat");
    List<Column> columns = table.columns();
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      ws.value(0, c, columns.get(c).name());
      widths[c] = columns.get(c).name().length();
    }
    ws.range(0, 0, 0, Math.max(0, columns.size() - 1)).style().bold().set();
    ws.freezePane(0, 1);
    int r = 1;
    for (List<Object> row : table.rows()) {
      for (int c = 0; c < columns.size(); c++) {
        Object v = row.get(c);
        int width = cell(ws, r, c, columns.get(c), v);
        widths[c] = Math.max(widths[c], width);
      }
      r++;
    }
    for (int c = 0; c < columns.size(); c++) {
      ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
    }
    if (!table.notes().isEmpty()) {
      Worksheet notes = wb.newWorksheet("notes");
      notes.width(0, 120);
      for (int i = 0; i < table.notes().size(); i++) {
        notes.value(i, 0, table.notes().get(i));
      }
    }
    if (generator != null) {
      wb.properties().setSubject(generator);
    }
    wb.finish();
  }

  /** Writes one cell; returns the width of its text. */
  private static int cell(Worksheet ws, int r, int c, Column column, Object v) {
    if (v == null) {
      return 0;
    }
    if (v instanceof Number n) {
      ws.value(r, c, n);
      if (column.kind() == Column.Kind.SHARE) {
        ws.style(r, c).format("0.0%").set();
      }
      return Cells.exact(v).length();
    }
    String text = v.toString();
    if (text.isEmpty()) {
      return 0;
    }
    if (ISO_DATE.matcher(text).matches()) {
      try {
        ws.value(r, c, LocalDate.parse(text));
        ws.style(r, c).format("yyyy-mm-dd").set();
        return 10;
      } catch (java.time.DateTimeException e) {
        // Not a date after all (e.g. 2023-13-45): kept as text.
      }
    }
    ws.value(r, c, text);
    return text.length();
  }
}
