package no.nmstat.table;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The rows of one sheet of an Excel workbook (.xlsx), streamed with fastexcel-reader: the header is
 * the first row with content, a row's line is its row number in the sheet, rows without content are
 * skipped, and a row is as wide as the header (cells beyond it are a problem, as in a ragged CSV
 * row).
 */
final class WorkbookInput {
  /** Date and time codes of a number format, outside quoted text and brackets. */
  private static final Pattern DATE_FORMAT = Pattern.compile("[dmyDMY]");

  private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.");

  private WorkbookInput() {}

  /** Whether {@code source} is a ZIP archive, as every .xlsx workbook is. */
  static boolean isWorkbook(ByteSource source) {
    byte[] head = new byte[4];
    return isWorkbook(head, source.read(0, head, 0, 4));
  }

  /** Whether the first {@code length} bytes {@code head} start a ZIP archive ("PK\3\4"). */
  static boolean isWorkbook(byte[] head, int length) {
    return length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** Reads sheet {@code sheet} (a name, or a number from 1; null for the first). */
  static void read(
      String name, ByteSource source, String sheet, ProblemLog log, TableInput.Rows rows) {
    try {
      WorkbookArchive.Verdict archive = WorkbookArchive.check(source);
      if (archive.refusal() != null) {
        log.fatal(name, 1, "-", archive.part(), archive.refusal());
        return;
      }
      read(name, source, archive.hasStyles(), sheet, log, rows);
    } catch (IOException | RuntimeException e) {
      log.fatal(name, 1, "-", "", "not a readable .xlsx workbook (" + reason(e) + ")");
    }
  }

  /** Reads a checked workbook; without a styles part no cell has a number format. */
  private static void read(
      String name,
      ByteSource source,
      boolean hasStyles,
      String sheet,
      ProblemLog log,
      TableInput.Rows rows)
      throws IOException {
    try (ReadableWorkbook book =
        new ReadableWorkbook(stream(source), new ReadingOptions(hasStyles, false))) {
      if (book.isDate1904()) {
        log.fatal(
            name,
            1,
            "-",
            "",
            "the workbook uses the 1904 date system; save it with"
                + " the 1900 date system (Excel's default)");
        return;
      }
      Optional<Sheet> chosen = choose(book, sheet);
      if (chosen.isEmpty()) {
        log.fatal(
            name,
            1,
            "-",
            sheet,
            "no such sheet; the workbook has: "
                + book.getSheets().map(Sheet::getName).collect(Collectors.joining(", ")));
        return;
      }
      try (Stream<Row> stream = chosen.get().openStream()) {
        read(name, stream.iterator(), log, rows);
      }
    }
  }

  private static void read(String name, Iterator<Row> it, ProblemLog log, TableInput.Rows rows) {
    String[] header = null;
    TableInput.Sink sink = null;
    while (it.hasNext()) {
      Row row = it.next();
      unsaved(name, row, header, sink == null ? log : sink.log());
      if (header == null) {
        String[] names = new String[lastContent(row) + 1];
        for (int i = 0; i < names.length; i++) {
          names[i] = text(row.getCell(i));
        }
        if (names.length == 0) {
          continue;
        }
        if (!rows.header(row.getRowNum(), names)) {
          return;
        }
        header = names;
        sink = rows.sink(64);
        continue;
      }
      int width = lastContent(row) + 1;
      if (width == 0) {
        continue;
      }
      sink.log().rowRead();
      if (width > header.length) {
        sink.log()
            .problem(
                name,
                row.getRowNum(),
                "field " + width,
                text(row.getCell(width - 1)),
                "row has " + width + " cells, the header has " + header.length);
        sink.log().rowInvalid();
        continue;
      }
      sink.row(row.getRowNum(), fields(row, header.length));
    }
    if (header == null) {
      log.fatal(name, 1, "-", "", "empty sheet: no header row");
      return;
    }
    rows.finish(List.of(sink), new long[] {0});
  }

  private static SheetFields fields(Row row, int width) {
    String[] texts = new String[width];
    String[] numbers = new String[width];
    boolean[] dates = new boolean[width];
    for (int i = 0; i < width; i++) {
      Cell c = i < row.getCellCount() ? row.getCell(i) : null;
      texts[i] = text(c);
      if (isNumber(c)) {
        numbers[i] = c.getRawValue();
        dates[i] = isDateFormat(c.getDataFormatString());
      }
    }
    return new SheetFields(texts, numbers, dates);
  }

  /**
   * Warns of each formula cell in {@code row} that has no saved value (a workbook written by a
   * program that does not calculate): nothing here computes formulas, so the cell reads as empty.
   * An empty saved value counts as none, as openpyxl writes it for every formula.
   */
  private static void unsaved(String name, Row row, String[] header, ProblemLog log) {
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell c = row.getCell(i);
      if (c != null
          && c.getType() == CellType.FORMULA
          && (c.getRawValue() == null || c.getRawValue().isEmpty())) {
        String column =
            header != null && i < header.length
                ? header[i]
                : CellAddress.convertNumToColString(c.getColumnIndex());
        log.unread(
            new InputProblem(
                name,
                row.getRowNum(),
                column,
                "=" + c.getFormula(),
                "no saved value; open and save the workbook in Excel or LibreOffice",
                true,
                "formula"));
      }
    }
  }

  /** Whether {@code c} holds a number, typed or saved by a formula. */
  private static boolean isNumber(Cell c) {
    return c != null
        && (c.getType() == CellType.NUMBER
            || (c.getType() == CellType.FORMULA && c.getValue() instanceof BigDecimal));
  }

  /** The index of the last cell with content, -1 when there is none. */
  private static int lastContent(Row row) {
    for (int i = row.getCellCount() - 1; i >= 0; i--) {
      if (!text(row.getCell(i)).isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A cell as text: numbers in plain notation, booleans as true/false, errors as shown; a formula
   * cell as its saved value.
   */
  private static String text(Cell c) {
    if (c == null) {
      return "";
    }
    if (isNumber(c)) {
      return new BigDecimal(c.getRawValue()).stripTrailingZeros().toPlainString();
    }
    if (c.getValue() instanceof Boolean b) {
      return b ? "true" : "false";
    }
    if (c.getType() == CellType.EMPTY) {
      return "";
    }
    String v = c.getType() == CellType.STRING ? c.asString() : c.getRawValue();
    return v == null ? "" : v.strip();
  }

  private static boolean isDateFormat(String format) {
    if (format == null || format.isEmpty()) {
      return false;
    }
    String code = LITERALS.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
    return !code.equals("general") && DATE_FORMAT.matcher(code).find();
  }

  private static Optional<Sheet> choose(ReadableWorkbook book, String sheet) {
    if (sheet == null) {
      return Optional.of(book.getFirstSheet());
    }
    Optional<Sheet> named = book.findSheet(sheet);
    if (named.isPresent() || !sheet.matches("\\d{1,4}")) {
      return named;
    }
    return book.getSheet(Integer.parseInt(sheet) - 1);
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.strip();
  }

  private static InputStream stream(ByteSource source) {
    return new InputStream() {
      private long pos;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 1 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= source.size()) {
          return -1;
        }
        int n = source.read(pos, b, off, (int) Math.min(len, source.size() - pos));
        pos += n;
        return n;
      }
    };
  }
}
