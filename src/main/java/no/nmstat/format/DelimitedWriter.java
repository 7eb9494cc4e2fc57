package no.nmstat.format;

import java.io.Flushable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The one writer of CSV and TSV in nmstat: CSV with RFC 4180 quoting, TSV without quoting (tabs and
 * line breaks in text become spaces), LF line ends in both. Tables of results ({@link #write(Table,
 * PrintWriter, char)}) keep figures at full precision and make text safe to open in a spreadsheet
 * ({@link Cells#spreadsheetSafe}); the case and panel files nmstat writes for itself go through
 * {@link #csv} verbatim, since nmstat reads them back and a guard would change their values.
 */
public final class DelimitedWriter implements Flushable {
  // Records are gathered into blocks of some kilobytes, each one write: a write per field went
  // through PrintWriter's lock and encoder every time, most of the time of a table of many groups.
  private static final int BLOCK = 8192;

  private final Appendable out;
  private final char delimiter;
  private final StringBuilder block = new StringBuilder();
  private boolean first = true;

  private DelimitedWriter(Appendable out, char delimiter) {
    this.out = out;
    this.delimiter = delimiter;
  }

  /** A writer of CSV records to {@code out}. */
  public static DelimitedWriter csv(Appendable out) {
    return new DelimitedWriter(out, ',');
  }

  /** Writes {@code table}'s header and rows separated by {@code delimiter}: ',' or a tab. */
  static void write(Table table, PrintWriter out, char delimiter) {
    DelimitedWriter writer = new DelimitedWriter(out, delimiter);
    UnaryOperator<String> safe = delimiter == '\t' ? Cells::tsvSafe : Cells::spreadsheetSafe;
    try {
      // Header cells are text from the input too (extra columns, --by): guarded like values.
      for (Column c : table.columns()) {
        writer.field(safe.apply(c.name()));
      }
      writer.endRecord();
      for (List<Object> row : table.rows()) {
        for (Object v : row) {
          writer.field(v instanceof String s ? safe.apply(s) : Cells.exact(v));
        }
        writer.endRecord();
      }
      writer.flush();
    } catch (IOException e) {
      // Not thrown: a PrintWriter keeps its errors for checkError.
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one field, as given, to the record being written. */
  public void field(String value) {
    if (!first) {
      block.append(delimiter);
    }
    if (delimiter == '\t') {
      block.append(oneLine(value));
    } else {
      csvField(block, value, first);
    }
    first = false;
  }

  /** Adds {@code values} as fields, each as given, and ends the record. */
  public void record(List<String> values) throws IOException {
    values.forEach(this::field);
    endRecord();
  }

  /** Ends the record being written. */
  public void endRecord() throws IOException {
    block.append('\n');
    first = true;
    if (block.length() >= BLOCK) {
      out.append(block);
      block.setLength(0);
    }
  }

  /** Writes what is gathered and flushes the output. */
  @Override
  public void flush() throws IOException {
    out.append(block);
    block.setLength(0);
    if (out instanceof Flushable f) {
      f.flush();
    }
  }

  /**
   * One CSV field ({@code first}: the record's first), quoted exactly as Commons CSV's {@code
   * CSVFormat.RFC4180} prints it (its minimal quoting: a field is quoted when it contains a comma,
   * a quote or a line break, starts with a character up to {@code #}, ends with one up to a space,
   * or is an empty first field). Written here rather than through {@code CSVPrinter}, whose
   * per-field overhead took a third of the time of a table of many groups; {@code
   * DelimitedWriterTest} holds the two to the same output.
   */
  private static void csvField(StringBuilder b, String field, boolean first) {
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
