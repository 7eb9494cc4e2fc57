package no.nmstat.format;

import java.io.PrintWriter;
import java.util.List;

/**
 * An array with one object per row, one object per line. Group columns are nested in a {@code
 * group} object at the place of the first one (an empty object when a table of groups is
 * ungrouped); numbers keep full precision; whatever is absent — a figure that does not exist, an
 * empty text cell — is {@code null}. Group values stay strings: the empty group of open cases
 * grouped by year is {@code ""}.
 */
final class JsonWriter {
  private JsonWriter() {}

  static void write(Table table, PrintWriter out) {
    List<Column> columns = table.columns();
    boolean emptyGroup = table.groupsAt() >= 0 && columns.stream().noneMatch(Column::group);
    out.print("[");
    String separator = "\n";
    for (List<Object> row : table.rows()) {
      out.print(separator);
      separator = ",\n";
      StringBuilder b = new StringBuilder("  {");
      boolean first = true;
      boolean groupDone = false;
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        if (emptyGroup && i == table.groupsAt()) {
          first = comma(b, first);
          b.append("\"group\": {}");
        }
        if (c.group()) {
          if (groupDone) {
            continue;
          }
          groupDone = true;
          first = comma(b, first);
          b.append("\"group\": {");
          boolean firstKey = true;
          for (int j = i; j < columns.size(); j++) {
            if (columns.get(j).group()) {
              firstKey = comma(b, firstKey);
              string(b, columns.get(j).name());
              b.append(": ");
              value(b, row.get(j));
            }
          }
          b.append('}');
          continue;
        }
        first = comma(b, first);
        string(b, c.name());
        b.append(": ");
        Object v = row.get(i);
        value(b, v instanceof String text && text.isEmpty() ? null : v);
      }
      b.append('}');
      out.print(b);
    }
    out.print(table.rows().isEmpty() ? "]\n" : "\n]\n");
  }

  private static boolean comma(StringBuilder b, boolean first) {
    if (!first) {
      b.append(", ");
    }
    return false;
  }

  private static void value(StringBuilder b, Object v) {
    if (v == null) {
      b.append("null");
    } else if (v instanceof String s) {
      string(b, s);
    } else if (v instanceof Boolean bool) {
      b.append(bool);
    } else {
      b.append(Cells.exact(v));
    }
  }

  static void string(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}
