package no.nmstat.format;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Aligned columns for a terminal: text left, figures right, rounded for reading. */
final class TextTableWriter {
  private TextTableWriter() {}

  static void write(Table table, PrintWriter out) {
    List<Column> columns = table.columns();
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[columns.size()];
    int[] width = new int[columns.size()];
    for (int i = 0; i < header.length; i++) {
      header[i] = columns.get(i).name();
      width[i] = header[i].length();
    }
    for (List<Object> row : table.rows()) {
      String[] cells = new String[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = Cells.human(columns.get(i), row.get(i)).replaceAll("[\t\r\n]+", " ");
        width[i] = Math.max(width[i], cells[i].codePointCount(0, cells[i].length()));
      }
      lines.add(cells);
    }
    print(out, columns, width, header);
    String[] rule = new String[columns.size()];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(width[i]);
    }
    print(out, columns, width, rule);
    for (String[] cells : lines) {
      print(out, columns, width, cells);
    }
    if (!table.notes().isEmpty()) {
      out.print("\n");
      for (String note : table.notes()) {
        out.print(note + "\n");
      }
    }
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
