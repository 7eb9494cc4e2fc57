package no.nmstat.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output formats of method.md §6, each with the names {@code --format} takes and the file
 * extensions that {@code -o} recognises.
 */
public enum Format {
  /** Aligned columns for a terminal. */
  TABLE(true, List.of("table"), List.of()),
  /** Comma-separated, full precision, safe to open in Excel. */
  CSV(false, List.of("csv"), List.of("csv")),
  /** Tab-separated, full precision. */
  TSV(false, List.of("tsv"), List.of("tsv")),
  /** An array of objects, full precision, null where a figure does not exist. */
  JSON(false, List.of("json"), List.of("json")),
  /** A GitHub-flavoured Markdown table, rounded for reading. */
  MARKDOWN(true, List.of("markdown", "md"), List.of("md", "markdown")),
  /** An Excel workbook: numbers as numbers, dates as dates, full precision (binary). */
  XLSX(false, List.of("xlsx"), List.of("xlsx")),
  /** A self-contained HTML page (the report). */
  HTML(true, List.of("html"), List.of("html", "htm")),
  /** The HTML page printed to PDF (the report; binary). */
  PDF(true, List.of("pdf"), List.of("pdf"));

  private final boolean human;
  private final List<String> names;
  private final List<String> extensions;

  Format(boolean human, List<String> names, List<String> extensions) {
    this.human = human;
    this.names = names;
    this.extensions = extensions;
  }

  /** Whether the format is read by people (rounded figures, notes) rather than programs. */
  public boolean human() {
    return human;
  }

  /** Whether the format is binary: written to a byte stream, never to a terminal. */
  public boolean binary() {
    return this == XLSX || this == PDF;
  }

  /** The names {@code --format} takes for it, the first the one help shows. */
  public List<String> names() {
    return names;
  }

  /** The file extensions (without the dot) that name it, the first the one help shows. */
  public List<String> extensions() {
    return extensions;
  }

  /** The format of a name or synonym in any case. */
  public static Optional<Format> named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Format f : values()) {
      if (f.names.contains(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The extension of a file name, lower case and without the dot: what follows the last dot of its
   * last path part, if that part has a dot that is neither its first nor its last character.
   */
  public static Optional<String> extensionOf(String fileName) {
    String last = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot <= 0 || dot == last.length() - 1
        ? Optional.empty()
        : Optional.of(last.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The format an extension (lower case, without the dot) names. */
  public static Optional<Format> ofExtension(String extension) {
    for (Format f : values()) {
      if (f.extensions.contains(extension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Writes {@code table} as a workbook ({@link #XLSX}, the one binary table format). */
  public void write(Table table, OutputStream out) throws IOException {
    if (this != XLSX) {
      throw new IllegalStateException(name() + " is not a workbook");
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
      default -> throw new IllegalStateException(name() + " is not a text table format");
    }
    out.flush();
  }
}
