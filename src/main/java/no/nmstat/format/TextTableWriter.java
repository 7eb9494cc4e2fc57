package no.nmstat.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
    boolean[] hidden = new boolean[columns.size()];
    boolean[] cutAt = new boolean[columns.size()];
    if (maxWidth > 0 && total(width, hidden) > maxWidth) {
      for (int i = 0; i < columns.size(); i++) {
        if (!columns.get(i).numeric() && width[i] > TEXT_LIMIT) {
          width[i] = Math.max(TEXT_LIMIT, header[i].length());
          cutAt[i] = true;
        }
      }
      for (int i : leavingOrder(table)) {
        if (total(width, hidden) <= maxWidth) {
          break;
        }
        hidden[i] = true;
      }
    }
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      if (!hidden[i]) {
        shown.add(i);
      }
    }
    print(out, columns, width, shown, header);
    String[] rule = new String[columns.size()];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    print(out, columns, width, shown, rule);
    for (List<Object> row : table.rows()) {
      String[] cells = cells(columns, row);
      for (int i : shown) {
        if (cutAt[i]) {
          cells[i] = cut(cells[i], width[i]);
        }
      }
      print(out, columns, width, shown, cells);
    }
    List<String> notes = new ArrayList<>(table.notes());
    List<String> left = new ArrayList<>();
    for (int i = 0; i < hidden.length; i++) {
      if (hidden[i]) {
        left.add(header[i]);
      }
    }
    if (!left.isEmpty()) {
      notes.add(
          "Not shown to fit the terminal: "
              + String.join(", ", left)
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

  /**
   * The order in which columns are left out, never the first alone: from the right; but when the
   * table names the columns that answer its question, the others first, descriptive text before
   * figures, then the answers.
   */
  private static List<Integer> leavingOrder(Table table) {
    List<Column> columns = table.columns();
    Set<String> answers = table.answers();
    List<Integer> order = new ArrayList<>();
    for (int pass = answers.isEmpty() ? 2 : 0; pass < 3; pass++) {
      for (int i = columns.size() - 1; i >= 0; i--) {
        Column c = columns.get(i);
        boolean answer = answers.contains(c.name());
        boolean wanted =
            switch (pass) {
              case 0 -> !answer && !c.numeric();
              case 1 -> !answer && c.numeric();
              default -> answers.isEmpty() || answer;
            };
        if (wanted && !order.contains(i)) {
          order.add(i);
        }
      }
    }
    // One column always shows.
    order.remove(order.size() - 1);
    return order;
  }

  private static int total(int[] width, boolean[] hidden) {
    int sum = 0;
    int shown = 0;
    for (int i = 0; i < width.length; i++) {
      if (!hidden[i]) {
        sum += width[i];
        shown++;
      }
    }
    return sum + 2 * Math.max(0, shown - 1);
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

  private static void print(
      PrintWriter out, List<Column> columns, int[] width, List<Integer> shown, String[] cells) {
    StringBuilder b = new StringBuilder();
    for (int i : shown) {
      String pad = " ".repeat(width[i] - cells[i].codePointCount(0, cells[i].length()));
      if (i != shown.get(0)) {
        b.append("  ");
      }
      b.append(columns.get(i).numeric() ? pad + cells[i] : cells[i] + pad);
    }
    out.print(b.toString().stripTrailing() + "\n");
  }
}
