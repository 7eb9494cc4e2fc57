package no.nmstat.format;

import java.io.PrintWriter;

/** The output formats of method.md §6. */
public enum Format {
  /** Aligned columns for a terminal. */
  TABLE(true),
  /** Comma-separated, full precision, safe to open in Excel. */
  CSV(false),
  /** Tab-separated, full precision. */
  TSV(false),
  /** An array of objects, full precision, null where a figure does not exist. */
  JSON(false),
  /** A GitHub-flavoured Markdown table, rounded for reading. */
  MARKDOWN(true),
  /** An Excel workbook: numbers as numbers, dates as dates, full precision (binary). */
  XLSX(false);

  private final boolean human;

  Format(boolean human) {
    this.human = human;
  }

  /** Whether the format is read by people (rounded figures, notes) rather than programs. */
  public boolean human() {
    return human;
  }

  /** Whether the format is binary: written to a byte stream, never to a terminal. */
  public boolean binary() {
    return this == XLSX;
  }

  /** Writes {@code table} in a binary format ({@link #binary}) to {@code out}. */
  public void write(Table table, java.io.OutputStream out) throws java.io.IOException {
    if (this != XLSX) {
      throw new IllegalStateException(name() + " is text");
    }
    XlsxWriter.write(table, out, null);
    out.flush();
  }

  /** Writes {@code table} in this text format. */
  public void write(Table table, PrintWriter out) {
    write(table, out, 0);
  }

  /**
   * Writes {@code table} in this text format; a table fits {@code width} characters (0: no limit),
   * the other formats keep every column.
   */
  public void write(Table table, PrintWriter out, int width) {
    switch (this) {
      case TABLE -> TextTableWriter.write(table, out, width);
      case CSV -> DelimitedWriter.write(table, out, ',');
      case TSV -> DelimitedWriter.write(table, out, '\t');
      case JSON -> JsonWriter.write(table, out);
      case MARKDOWN -> MarkdownWriter.write(table, out);
      default -> throw new IllegalStateException(name() + " is binary");
    }
    out.flush();
  }
}
