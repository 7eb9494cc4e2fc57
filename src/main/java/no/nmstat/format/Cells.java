package no.nmstat.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How cell values become text, for machines (full precision) and people (rounded). */
public final class Cells {
  private Cells() {}

  /**
   * Full precision without exponent or trailing zeros: the shortest decimal that reads back as the
   * same double, so that results can be compared exactly with other tools.
   */
  static String exact(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new IllegalArgumentException("non-finite value " + d);
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        // A whole number (most figures of small groups: days, medians of one value); -0 is 0.
        return Long.toString((long) d.doubleValue());
      }
      String shortest = Double.toString(d);
      if (shortest.indexOf('E') < 0) {
        // The same digits as BigDecimal.valueOf (which reads Double.toString), without the
        // BigDecimal; the fraction is not zero, so only its trailing zeros are dropped.
        int end = shortest.length();
        while (shortest.charAt(end - 1) == '0') {
          end--;
        }
        return shortest.substring(0, end);
      }
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }

  /** Rounded for reading: one decimal for values, a percentage with one decimal for shares. */
  public static String human(Column column, Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof String s) {
      return s.isEmpty() && column.group() ? "(none)" : s;
    }
    if (value instanceof Double d) {
      return column.kind() == Column.Kind.SHARE
          ? oneDecimal(BigDecimal.valueOf(d).movePointRight(2)) + "%"
          : oneDecimal(d);
    }
    return value.toString();
  }

  /**
   * {@code value} to at most {@code decimals} decimals, trailing zeros dropped: for figures
   * compared with thresholds, where one decimal could hide the difference.
   */
  public static String upTo(double value, int decimals) {
    String s =
        BigDecimal.valueOf(value)
            .setScale(decimals, RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  /** {@code value} to one decimal, half away from zero as Excel's ROUND. */
  public static String oneDecimal(double value) {
    return oneDecimal(BigDecimal.valueOf(value));
  }

  private static String oneDecimal(BigDecimal value) {
    String s = value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    return s.equals("-0.0") ? "0.0" : s;
  }

  /**
   * Text safe to open in a spreadsheet: a cell that starts like a formula gets a leading
   * apostrophe, which Excel shows as text (OWASP's CSV-injection advice). A plain number ({@code
   * -7}, {@code 3.5}) is left alone: it stays a number and cannot be a formula.
   */
  static String spreadsheetSafe(String text) {
    if (!text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
        && !PLAIN_NUMBER.matcher(text).matches()) {
      return "'" + text;
    }
    return text;
  }

  /**
   * As {@link #spreadsheetSafe}, for TSV, whose fields are not quoted: LibreOffice takes a field
   * that starts with a quote as quoted and evaluates what is inside, so {@code "=1+1"} is guarded
   * too.
   */
  static String tsvSafe(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == '"') {
      i++;
    }
    if (i > 0 && i < text.length() && "=+-@".indexOf(text.charAt(i)) >= 0) {
      return "'" + text;
    }
    return spreadsheetSafe(text);
  }

  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
}
