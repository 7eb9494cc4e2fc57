package no.nmstat.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates Norwegian spreadsheets write: {@code 2023-04-17}, {@code 17.04.2023}, {@code
 * 17.4.2023}, each optionally followed by a time of day (which is dropped).
 *
 * <p>A slash date such as {@code 01/02/2023} means 1 February in Norway and 2 January in the
 * United States; it is refused unless the user names the pattern, because guessing would shift
 * dates silently.
 */
public final class DateReader {
  private static final Pattern TIME_SUFFIX =
      Pattern.compile("^(\\S+?)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern SLASHED = Pattern.compile("\\d{1,4}/\\d{1,2}/\\d{1,4}");
  private static final int MIN_YEAR = 1950;
  private static final int MAX_YEAR = 2100;

  private final DateTimeFormatter explicit;

  private DateReader(DateTimeFormatter explicit) {
    this.explicit = explicit;
  }

  /** A reader for the unambiguous formats only. */
  public static DateReader standard() {
    return new DateReader(null);
  }

  /**
   * A reader that also accepts dates in {@code pattern} (a {@link DateTimeFormatter} pattern
   * such as {@code dd/MM/yyyy}).
   *
   * @throws IllegalArgumentException when the pattern is not valid
   */
  public static DateReader withPattern(String pattern) {
    // Strict resolution needs the proleptic year 'u'; users write 'y' as in Excel.
    DateTimeFormatter f =
        DateTimeFormatter.ofPattern(pattern.replace('y', 'u'))
            .withResolverStyle(ResolverStyle.STRICT);
    return new DateReader(f);
  }

  /** The outcome of reading one cell. */
  public sealed interface Result permits Day, Empty, Failure {}

  /** A date, as epoch day. */
  public record Day(int epochDay) implements Result {}

  /** A blank cell: the milestone is not reached. */
  public record Empty() implements Result {}

  /** A cell that is not a date, with the reason. */
  public record Failure(String reason) implements Result {}

  private static final Empty EMPTY = new Empty();

  /** Reads one cell. */
  public Result read(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return EMPTY;
    }
    Matcher t = TIME_SUFFIX.matcher(s);
    String date = t.matches() ? t.group(1) : s;
    Matcher m;
    if ((m = ISO.matcher(date)).matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    if ((m = DOTTED.matcher(date)).matches()) {
      return of(m.group(3), m.group(2), m.group(1));
    }
    if (explicit != null) {
      try {
        return checked(LocalDate.parse(date, explicit));
      } catch (DateTimeParseException e) {
        return new Failure("not a date in the format given by --date-format");
      }
    }
    if (SLASHED.matcher(date).matches()) {
      return new Failure(
          "ambiguous date (day/month or month/day?): give --date-format dd/MM/yyyy or MM/dd/yyyy");
    }
    return new Failure("not a date (expected 2023-04-17 or 17.04.2023)");
  }

  private static Result of(String year, String month, String day) {
    try {
      return checked(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return new Failure("no such date");
    }
  }

  private static Result checked(LocalDate d) {
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      return new Failure("implausible year " + d.getYear());
    }
    return new Day((int) d.toEpochDay());
  }
}
