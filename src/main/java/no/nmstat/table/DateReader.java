package no.nmstat.table;

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
 * <p>A slash date such as {@code 01/02/2023} means 1 February in Norway and 2 January in the United
 * States. One cell cannot tell, so a reader without a pattern refuses it, and {@link #slash} gives
 * the case reader its parts to judge the whole column by (method.md §2.3): guessing would shift
 * dates silently.
 */
public final class DateReader {
  private static final Pattern TIME_SUFFIX =
      Pattern.compile("^(\\S+?)(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?$");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
  private static final Pattern SLASHED = Pattern.compile("\\d{1,4}/\\d{1,2}/\\d{1,4}");
  private static final Pattern SLASH_PARTS = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
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
   * A reader that also accepts dates in {@code pattern} (a {@link DateTimeFormatter} pattern such
   * as {@code dd/MM/yyyy}).
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

  /**
   * A slash date {@code A/B/YYYY} read into its numbers, for its column to judge: day-first when
   * {@code A} is above 12, month-first when {@code B} is, either when both are 12 or less.
   */
  public record Slash(int first, int second, int year) {
    /** A slash date that can only be day-first ({@code 15/03/2023}). */
    public boolean onlyDayFirst() {
      return first > 12 && second <= 12;
    }

    /** A slash date that can only be month-first ({@code 03/15/2023}). */
    public boolean onlyMonthFirst() {
      return second > 12 && first <= 12;
    }

    /** The date read day-first. */
    public Result dayFirst() {
      return of(Integer.toString(year), Integer.toString(second), Integer.toString(first));
    }
  }

  /** Whether this reader leaves slash dates to their column (no pattern was given). */
  public boolean judgesSlashDatesByColumn() {
    return explicit == null;
  }

  /**
   * The numbers of a slash date {@code D/M/YYYY} or {@code M/D/YYYY} (a time of day may follow), or
   * null for any other text.
   */
  public static Slash slash(String text) {
    Matcher t = TIME_SUFFIX.matcher(text.strip());
    if (!t.matches()) {
      return null;
    }
    Matcher m = SLASH_PARTS.matcher(t.group(1));
    if (!m.matches()) {
      return null;
    }
    return new Slash(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * Reads a cell from bytes (ASCII digits and separators), decoding it with {@code text} only when
   * it is not in one of the common forms.
   */
  Result read(byte[] b, int start, int end, java.util.function.Supplier<String> text) {
    if (start >= end) {
      return EMPTY;
    }
    // The standard forms come first in read(String) too, so the byte path agrees with it;
    // anything else (an impossible date included) gets the full reader and its reason.
    if (end - start == 10) {
      int day = quickDay(b, start);
      if (day != Integer.MAX_VALUE) {
        return new Day(day);
      }
    }
    return read(text.get());
  }

  /**
   * The epoch day of a valid standard date in the ten bytes at {@code start} ({@code 2023-04-17} or
   * {@code 17.04.2023}, year 1950 to 2100), or Integer.MAX_VALUE for anything else, which the full
   * reader then explains.
   */
  static int quickDay(byte[] b, int start) {
    int y;
    int m;
    int d;
    if (b[start + 4] == '-' && b[start + 7] == '-') {
      y = digits4(b, start);
      m = digits2(b, start + 5);
      d = digits2(b, start + 8);
    } else if (b[start + 2] == '.' && b[start + 5] == '.') {
      d = digits2(b, start);
      m = digits2(b, start + 3);
      y = digits4(b, start + 6);
    } else {
      return Integer.MAX_VALUE;
    }
    // A negative part (not digits) fails the range checks too.
    if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) {
      return Integer.MAX_VALUE;
    }
    int month = (y - MIN_YEAR) * 12 + m - 1;
    int first = MONTH_START[month];
    if (d > MONTH_START[month + 1] - first) {
      return Integer.MAX_VALUE;
    }
    return first + d - 1;
  }

  /** The epoch day each month from January 1950 starts on, and the one after December 2100. */
  private static final int[] MONTH_START = new int[(MAX_YEAR - MIN_YEAR + 1) * 12 + 1];

  static {
    for (int k = 0; k < MONTH_START.length; k++) {
      MONTH_START[k] = epochDay(MIN_YEAR + k / 12, k % 12 + 1, 1);
    }
  }

  private static int digits2(byte[] b, int at) {
    int h = b[at] - '0';
    int l = b[at + 1] - '0';
    return (h | l | (9 - h) | (9 - l)) < 0 ? -1 : h * 10 + l;
  }

  private static int digits4(byte[] b, int at) {
    int h = digits2(b, at);
    int l = digits2(b, at + 2);
    return (h | l) < 0 ? -1 : h * 100 + l;
  }

  /** Reads one cell. */
  public Result read(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return EMPTY;
    }
    if (s.length() == 10) {
      // The byte path's quick reader serves the text path too (ASCII: one byte per char).
      int day = quickDay(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0);
      if (day != Integer.MAX_VALUE) {
        return new Day(day);
      }
    }
    Matcher t = TIME_SUFFIX.matcher(s);
    String date = t.matches() ? t.group(1) : s;
    Matcher m = ISO.matcher(date);
    if (m.matches()) {
      return of(m.group(1), m.group(2), m.group(3));
    }
    m = DOTTED.matcher(date);
    if (m.matches()) {
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

  /** Days since 1970-01-01 of a valid date (Hinnant's days_from_civil), without a LocalDate. */
  private static int epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  private static Result of(String year, String month, String day) {
    try {
      return checked(
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return new Failure("no such date");
    }
  }

  /** Excel's day 0 in the 1900 date system, counting its phantom 29 February 1900. */
  private static final int EXCEL_1900 = (int) LocalDate.of(1899, 12, 30).toEpochDay();

  /**
   * An Excel serial date of the 1900 date system (43451 is 17 December 2018): blank or 0 is no
   * date, a fraction is a time of day and dropped. Serials below 61 are refused: they are in early
   * 1900, where Excel counts a 29 February that never was.
   */
  public static Result serial(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return EMPTY;
    }
    double v;
    try {
      v = Double.parseDouble(s.replace(',', '.'));
    } catch (NumberFormatException e) {
      return new Failure("not an Excel serial date");
    }
    if (v == 0) {
      return EMPTY;
    }
    if (!(v >= 61 && v < 1e6)) {
      return new Failure("not a plausible Excel serial date");
    }
    return checked(LocalDate.ofEpochDay(EXCEL_1900 + (long) Math.floor(v)));
  }

  /** Whether {@code text} is written as an Excel serial number: digits, maybe a fraction. */
  public static boolean looksSerial(String text) {
    return SERIAL.matcher(text.strip()).matches();
  }

  private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(?:[.,]\\d+)?");

  private static Result checked(LocalDate d) {
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      return new Failure("implausible year " + d.getYear());
    }
    return new Day((int) d.toEpochDay());
  }
}
