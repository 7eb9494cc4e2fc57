package no.nmstat.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KPI rule such as {@code median(assessment) <= 180} or {@code within_target(assessment) >= 80%}:
 * a statistic of an interval compared with a number.
 *
 * @param text the rule as written
 * @param statistic the statistic tested
 * @param interval the interval's name
 * @param comparison how the value is compared
 * @param threshold the number compared with (a percentage is divided by 100)
 */
public record Rule(
    String text, Statistic statistic, String interval, Comparison comparison, double threshold) {

  private static final Pattern SHAPE =
      Pattern.compile(
          "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\)\\s*"
              + "(<=|>=|==|!=|<|>|=)?\\s*([^\\s]*)\\s*(.*)");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?%?");

  /** How a value is compared with the threshold. */
  public enum Comparison {
    LE("<="),
    LT("<"),
    GE(">="),
    GT(">"),
    EQ("=="),
    NE("!=");

    private final String symbol;

    Comparison(String symbol) {
      this.symbol = symbol;
    }

    /** Whether {@code value} passes against {@code threshold}. */
    public boolean test(double value, double threshold) {
      return switch (this) {
        case LE -> value <= threshold;
        case LT -> value < threshold;
        case GE -> value >= threshold;
        case GT -> value > threshold;
        case EQ -> value == threshold;
        case NE -> value != threshold;
      };
    }

    static Comparison of(String symbol) {
      for (Comparison c : values()) {
        if (c.symbol.equals(symbol)) {
          return c;
        }
      }
      return symbol.equals("=") ? EQ : null;
    }
  }

  /** A rule that cannot be read, with the place of the bad token. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final int start;
    private final int length;

    SyntaxException(String message, String rule, int start, int length) {
      super(message);
      this.rule = rule;
      this.start = start;
      this.length = Math.max(1, length);
    }

    /** The rule as written. */
    public String rule() {
      return rule;
    }

    /** A line of spaces and carets under the bad token of {@link #rule()}. */
    public String pointer() {
      return " ".repeat(start) + "^".repeat(length);
    }
  }

  /**
   * Reads a rule; {@code intervals} are the interval names it may use.
   *
   * @throws SyntaxException naming and pointing at what is wrong
   */
  public static Rule parse(String text, Set<String> intervals) throws SyntaxException {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      int at = text.indexOf('(') < 0 ? text.length() - text.stripLeading().length() : 0;
      throw new SyntaxException(
          "expected STATISTIC(INTERVAL) OPERATOR NUMBER, e.g." + " 'median(assessment) <= 180'",
          text,
          at,
          text.strip().length());
    }
    Statistic statistic = Statistic.byKey(m.group(1)).orElse(null);
    if (statistic == null) {
      throw new SyntaxException(
          "unknown statistic '" + m.group(1) + "'; statistics: " + statistics(),
          text,
          m.start(1),
          m.group(1).length());
    }
    if (!intervals.contains(m.group(2))) {
      throw new SyntaxException(
          "unknown interval '" + m.group(2) + "'; intervals: " + String.join(", ", intervals),
          text,
          m.start(2),
          m.group(2).length());
    }
    if (m.group(3) == null) {
      throw new SyntaxException(
          "expected an operator (<=, <, >=, >, ==, !=)", text, m.start(4), m.group(4).length());
    }
    String number = m.group(4);
    if (!NUMBER.matcher(number).matches()) {
      throw new SyntaxException(
          "expected a number after " + m.group(3) + ", e.g. 180 or 80%",
          text,
          number.isEmpty() ? text.length() : m.start(4),
          number.length());
    }
    if (!m.group(5).isEmpty()) {
      throw new SyntaxException(
          "unexpected text after the number", text, m.start(5), m.group(5).length());
    }
    double threshold =
        number.endsWith("%")
            ? Double.parseDouble(number.substring(0, number.length() - 1)) / 100
            : Double.parseDouble(number);
    return new Rule(text.strip(), statistic, m.group(2), Comparison.of(m.group(3)), threshold);
  }

  private static String statistics() {
    StringBuilder b = new StringBuilder();
    for (Statistic s : Statistic.values()) {
      b.append(b.length() == 0 ? "" : ", ").append(s.key());
    }
    return b.toString();
  }
}
