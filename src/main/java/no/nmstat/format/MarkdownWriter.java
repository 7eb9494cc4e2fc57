package no.nmstat.format;

import java.io.PrintWriter;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table with figures rounded for reading, notes below it, and how it
 * was made as a list at the end.
 */
final class MarkdownWriter {
  private MarkdownWriter() {}

  static void write(Table table, PrintWriter out) {
    List<Column> columns = table.columns();
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (Column c : columns) {
      header.append(' ').append(MarkdownText.escape(c.name())).append(" |");
      rule.append(c.numeric() ? " ---: |" : " --- |");
    }
    out.print(header + "\n" + rule + "\n");
    for (List<Object> row : table.rows()) {
      StringBuilder line = new StringBuilder("|");
      for (int i = 0; i < columns.size(); i++) {
        String cell = Cells.human(columns.get(i), row.get(i));
        line.append(' ').append(MarkdownText.escape(cell)).append(" |");
      }
      out.print(line + "\n");
    }
    // Each note a paragraph of its own: GFM joins consecutive lines into one paragraph.
    for (String note : table.notes()) {
      out.print("\n" + MarkdownText.escape(note) + "\n");
    }
    if (!table.provenance().isEmpty()) {
      out.print("\n");
      for (String line : table.provenance()) {
        out.print("- " + MarkdownText.escape(line) + "\n");
      }
    }
  }
}
