package no.nmstat.table;

/**
 * One thing wrong with the input, located as precisely as the input allows.
 *
 * <p>Printed as {@code FILE:LINE:COLUMN: value "x": reason}, the shape compilers use, so editors
 * and CI logs link it to the spot; a value that is a workbook formula is printed as {@code formula
 * "=…"}.
 *
 * @param file the input's name as given on the command line ({@code -} for stdin)
 * @param line the 1-based line the row starts on
 * @param column the column header as written in the file
 * @param value the offending value, as read
 * @param reason what is wrong, in words
 * @param warning whether it is only a warning: unusual, but the row is used
 * @param noun what the value is, as printed before it: {@code value}, or {@code formula} for a
 *     workbook formula
 */
public record InputProblem(
    String file,
    long line,
    String column,
    String value,
    String reason,
    boolean warning,
    String noun) {

  /** An error: the row cannot be used as it is. */
  public InputProblem(String file, long line, String column, String value, String reason) {
    this(file, line, column, value, reason, false);
  }

  /** An error or a warning about a value. */
  public InputProblem(
      String file, long line, String column, String value, String reason, boolean warning) {
    this(file, line, column, value, reason, warning, "value");
  }

  @Override
  public String toString() {
    return file
        + ":"
        + line
        + ":"
        + column
        + ": "
        + (warning ? "warning: " : "")
        + noun
        + " \""
        + printable(value)
        + "\": "
        + reason;
  }

  /** This problem with its line moved by {@code offset}. */
  InputProblem movedBy(long offset) {
    return offset == 0
        ? this
        : new InputProblem(file, line + offset, column, value, reason, warning, noun);
  }

  // Keeps a problem on one line and free of terminal control characters.
  private static String printable(String value) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), 80));
    value
        .codePoints()
        .limit(60)
        .forEach(
            cp -> {
              if (cp == '\n') {
                b.append("\\n");
              } else if (cp == '\r') {
                b.append("\\r");
              } else if (cp == '\t') {
                b.append("\\t");
              } else if (cp == '"') {
                b.append("\\\"");
              } else if (Character.isISOControl(cp)) {
                b.append(String.format("\\u%04x", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    if (value.codePointCount(0, value.length()) > 60) {
      b.append("...");
    }
    return b.toString();
  }
}
