package no.nmstat.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Aligned columns for a terminal: text left, figures right, rounded for reading. Given a width (the
 * terminal's), every line fits it: long text is cut with an ellipsis, the columns that still do not
 * fit are left out from the right (people tables put the important ones first) and named in a note,
 * and notes are wrapped.
 */
final class TextTableWriter {
  /** Text columns are cut to this many characters before any column is left out. */
  private static final int TEXT_LIMIT = 24;

  private TextTableWriter() {}

  static void write(Table table, PrintWriter out) {
    write(table, out, 0);
  }

  /** Writes {@code table} to fit {@code maxWidth} characters (0: no limit). */
  static void write(Table table, PrintWriter out, int maxWidth) {
    // Two passes over the rows, widths then lines, rather than every cell's text kept: a table of
    // many groups is made a row at a time.
    List<Column> columns = table.columns();
    String[] header = new String[columns.size()];
    int[] width = new int[columns.size()];
    for (int i = 0; i < header.length; i++) {
      header[i] = columns.get(i).name();
      width[i] = header[i].length();
    }
    for (List<Object> row : table.rows()) {
      String[] cells = cells(columns, row);
      for (int i = 0; i < cells.length; i++) {
        width[i] = Math.max(width[i], cells[i].codePointCount(0, cells[i].length()));
      }
    }
    int shown = columns.size();
    boolean[] cutAt = new boolean[columns.size()];
    if (maxWidth > 0 && total(width, shown) > maxWidth) {
      for (int i = 0; i < columns.size(); i++) {
        if (!columns.get(i).numeric() && width[i] > TEXT_LIMIT) {
          width[i] = Math.max(TEXT_LIMIT, header[i].length());
          cutAt[i] = true;
        }
      }
      while (shown > 1 && total(width, shown) > maxWidth) {
        shown--;
      }
    }
    List<Column> shownColumns = columns.subList(0, shown);
    int[] shownWidth = java.util.Arrays.copyOf(width, shown);
    print(out, shownColumns, shownWidth, java.util.Arrays.copyOf(header, shown));
    String[] rule = new String[shown];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    print(out, shownColumns, shownWidth, rule);
    for (List<Object> row : table.rows()) {
      String[] cells = java.util.Arrays.copyOf(cells(columns, row), shown);
      for (int i = 0; i < shown; i++) {
        if (cutAt[i]) {
          cells[i] = cut(cells[i], width[i]);
        }
      }
      print(out, shownColumns, shownWidth, cells);
    }
    List<String> notes = new ArrayList<>(table.notes());
    if (shown < table.columns().size()) {
      List<String> hidden =
          table.columns().subList(shown, table.columns().size()).stream()
              .map(Column::name)
              .toList();
      notes.add(
          "Not shown to fit the terminal: "
              + String.join(", ", hidden)
              + " (--wide or --format csv shows every column).");
    }
    if (!notes.isEmpty()) {
      out.print("\n");
      for (String note : notes) {
        out.print((maxWidth > 0 ? wrap(note, maxWidth) : note) + "\n");
      }
    }
  }

  /** A row's cells as text, on one line each. */
  private static String[] cells(List<Column> columns, List<Object> row) {
    String[] cells = new String[columns.size()];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = DelimitedWriter.oneLine(Cells.human(columns.get(i), row.get(i)));
    }
    return cells;
  }

  private static int total(int[] width, int shown) {
    int sum = 2 * Math.max(0, shown - 1);
    for (int i = 0; i < shown; i++) {
      sum += width[i];
    }
    return sum;
  }

  /** {@code text} cut to {@code width} code points, the last one an ellipsis. */
  private static String cut(String text, int width) {
    if (text.codePointCount(0, text.length()) <= width) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
  }

  /** {@code text} wrapped at spaces into lines of at most {@code width} characters. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      int length = word.codePointCount(0, word.length());
      if (lineLength > 0 && lineLength + 1 + length > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += length;
    }
    return out.toString();
  }

  private static void print(PrintWriter out, List<Column> columns, int[] width, String[] cells) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      String pad = " ".repeat(width[i] - cells[i].codePointCount(0, cells[i].length()));
      if (i > 0) {
        b.append("  ");
      }
      b.append(columns.get(i).numeric() ? pad + cells[i] : cells[i] + pad);
    }
    out.print(b.toString().stripTrailing() + "\n");
  }
}
