package no.nmstat.table;

import java.util.List;

/**
 * The rows of a table file, CSV or Excel workbook, handed to a reader of a particular kind of file
 * (cases, W.A.I.T. panel) as a header and well-formed rows with the line each starts on. A workbook
 * is recognised by its content (a ZIP archive), whatever the file is called.
 */
public final class TableInput {
  private TableInput() {}

  /** What a particular kind of file does with its header and rows. */
  public interface Rows {
    /**
     * Takes the header (names stripped); returns false, after logging why, when the file cannot be
     * read.
     */
    boolean header(long line, String[] names);

    /**
     * A sink for one stretch of the file's rows, about {@code rows} of them; stretches may be
     * parsed in parallel.
     */
    Sink sink(int rows);

    /**
     * Takes the sinks in file order once every row is parsed, with the number to add to each sink's
     * line numbers (counted from 1 at the stretch's start).
     */
    void finish(List<Sink> sinks, long[] lineOffsets);
  }

  /** Receives the well-formed rows of one stretch. */
  public interface Sink {
    /** Where the stretch's problems go. */
    ProblemLog log();

    /** Takes a data row with as many fields as the header. */
    void row(long line, Fields fields);
  }

  /**
   * Reads {@code source} (named {@code name} in problems): a workbook's sheet {@link
   * ReadOptions#sheet} (null: the first), or a CSV file in {@link ReadOptions#encoding} (null:
   * detected).
   */
  public static void read(
      String name, ByteSource source, ReadOptions options, ProblemLog log, Rows rows) {
    String sheet = options.sheet();
    if (WorkbookInput.isWorkbook(source)) {
      WorkbookInput.read(name, source, sheet, log, rows);
    } else if (sheet != null) {
      log.fatal(
          name,
          1,
          "-",
          sheet,
          "--sheet names a sheet, but this is a CSV file, not an" + " .xlsx workbook");
    } else {
      CsvInput.read(name, source, options.encoding(), log, rows, options);
    }
  }
}
