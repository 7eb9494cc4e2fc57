package no.nmstat.format;

import java.util.List;

/** A {@link Table} as an HTML table, rounded for reading; every cell is escaped. */
public final class HtmlTableWriter {
  private HtmlTableWriter() {}

  /** The table (notes below it as a paragraph each). */
  public static String write(Table table, String caption) {
    StringBuilder b = new StringBuilder("<table>\n");
    if (caption != null) {
      b.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
    }
    b.append("<thead><tr>");
    for (Column c : table.columns()) {
      b.append(c.numeric() ? "<th class=\"num\" scope=\"col\">" : "<th scope=\"col\">")
          .append(Html.escape(c.name()))
          .append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    for (List<Object> row : table.rows()) {
      b.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Column c = table.columns().get(i);
        String text = Cells.human(c, row.get(i));
        b.append(
                c.numeric()
                    ? "<td class=\"num\">"
                    : text.matches("\\d{4}-\\d{2}-\\d{2}") ? "<td class=\"date\">" : "<td>")
            .append(Html.escape(text))
            .append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody>\n</table>\n");
    for (String note : table.notes()) {
      b.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
    }
    return b.toString();
  }
}
