package no.nmstat.format;

import java.io.PrintWriter;
import java.util.List;

/**
 * CSV (RFC 4180 quoting, LF line ends) and TSV (no quoting: tabs and line breaks in text become
 * spaces). Figures keep full precision; text is made safe to open in a spreadsheet.
 */
final class DelimitedWriter {
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
    // Records are gathered into blocks of some kilobytes, each one write: a write per field went
    // through PrintWriter's lock and encoder every time, most of the time of a table of many
    // groups.
    StringBuilder block = new StringBuilder();
    for (int i = 0; i < header.size(); i++) {
      csvField(block, Cells.spreadsheetSafe(header.get(i)), i == 0);
    }
    block.append('\n');
    for (List<Object> row : table.rows()) {
      for (int i = 0; i < row.size(); i++) {
        csvField(block, cell(row.get(i), Cells::spreadsheetSafe), i == 0);
      }
      block.append('\n');
      if (block.length() >= BLOCK) {
        out.append(block);
        block.setLength(0);
      }
    }
    out.append(block);
  }

  private static final int BLOCK = 8192;

  /**
   * One CSV field, after a comma unless {@code first}, quoted exactly as Commons CSV's {@code
   * CSVFormat.RFC4180} prints it (its minimal quoting: a field is quoted when it contains a comma,
   * a quote or a line break, starts with a character up to {@code #}, ends with one up to a space,
   * or is an empty first field). Written here rather than through {@code CSVPrinter}, whose
   * per-field overhead took a third of the time of a table of many groups; {@code
   * DelimitedWriterTest} holds the two to the same output.
   */
  static void csvField(StringBuilder b, String field, boolean first) {
    if (!first) {
      b.append(',');
    }
    if (!needsQuotes(field, first)) {
      b.append(field);
      return;
    }
    b.append('"');
    for (int k = 0; k < field.length(); k++) {
      char c = field.charAt(k);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    b.append('"');
  }

  private static boolean needsQuotes(String field, boolean first) {
    int length = field.length();
    if (length == 0) {
      return first;
    }
    if (field.charAt(0) <= '#') {
      return true;
    }
    for (int k = 0; k < length; k++) {
      char c = field.charAt(k);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return true;
      }
    }
    return field.charAt(length - 1) <= ' ';
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
      b.append(oneLine(cells.get(i)));
    }
    return b.append('\n').toString();
  }

  /** {@code text} with each run of tabs and line breaks replaced by a space. */
  static String oneLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\r' || c == '\n') {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
      }
    }
    return text;
  }

  private static final java.util.regex.Pattern LINE_BREAKS =
      java.util.regex.Pattern.compile("[\t\r\n]+");
}
