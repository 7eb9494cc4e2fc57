package no.nmstat.io;

import java.util.regex.Pattern;

/**
 * What one date column of one file held, with the first line and value of each kind: the evidence
 * for the judgements that only a whole column can settle (method.md §2.3): whether a number is an
 * Excel serial date, and whether a slash date is day-first.
 */
final class DateColumn {
  /** The kinds of values a date column is judged by. */
  enum Kind {
    /** A date in a standard form or the --date-format pattern. */
    WRITTEN,
    /** A number read as an Excel serial date. */
    SERIAL,
    /** A slash date that can only be day-first: {@code 15/03/2023}. */
    DAY_FIRST,
    /** A slash date that can only be month-first: {@code 03/15/2023}. */
    MONTH_FIRST,
    /** A slash date that could be either: {@code 01/02/2023}. */
    EITHER,
    /**
     * A slash date with a one-digit day or month, {@code 1/17/2018}: the pattern to give is then
     * {@code M/d/yyyy}, which reads two digits too, not {@code MM/dd/yyyy}, which would refuse it.
     */
    ONE_DIGIT
  }

  private static final Kind[] KINDS = Kind.values();
  // A day or month of one digit: first (1/17/2018) or second (17/1/2018).
  private static final Pattern ONE_DIGIT_PART = Pattern.compile("^\\d/|^\\d+/\\d/");

  private final long[] lines = new long[KINDS.length];
  private final String[] values = new String[KINDS.length];

  /** Notes a value of {@code kind} on {@code line}; only the first of each kind is kept. */
  void note(Kind kind, long line, String value) {
    if (lines[kind.ordinal()] == 0) {
      lines[kind.ordinal()] = line;
      values[kind.ordinal()] = value;
    }
  }

  /** Notes a slash date of {@code kind}, and whether it has a one-digit day or month. */
  void noteSlash(Kind kind, long line, String text) {
    note(kind, line, text);
    if (ONE_DIGIT_PART.matcher(text.strip()).find()) {
      note(Kind.ONE_DIGIT, line, text);
    }
  }

  /** Adds what a later stretch of the same column held, its lines moved by {@code lineOffset}. */
  void add(DateColumn later, long lineOffset) {
    for (Kind k : KINDS) {
      if (lines[k.ordinal()] == 0 && later.lines[k.ordinal()] != 0) {
        lines[k.ordinal()] = later.lines[k.ordinal()] + lineOffset;
        values[k.ordinal()] = later.values[k.ordinal()];
      }
    }
  }

  /** Whether the column held a value of {@code kind}. */
  boolean has(Kind kind) {
    return lines[kind.ordinal()] != 0;
  }

  /** The first line with a value of {@code kind}, 0 if none. */
  long line(Kind kind) {
    return lines[kind.ordinal()];
  }

  /** The --date-format that reads every slash date of the column, day-first or month-first. */
  String pattern(boolean dayFirst) {
    boolean oneDigit = has(Kind.ONE_DIGIT);
    if (dayFirst) {
      return oneDigit ? "d/M/yyyy" : "dd/MM/yyyy";
    }
    return oneDigit ? "M/d/yyyy" : "MM/dd/yyyy";
  }

  /** The value on {@link #line(Kind)}. */
  String value(Kind kind) {
    return values[kind.ordinal()];
  }

  /** The first line holding a written date of any form, slash dates included; 0 if none. */
  long firstWritten() {
    long first = 0;
    for (Kind k : KINDS) {
      long l = lines[k.ordinal()];
      if (k != Kind.SERIAL && l != 0 && (first == 0 || l < first)) {
        first = l;
      }
    }
    return first;
  }
}
