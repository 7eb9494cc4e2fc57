package no.nmstat.format;

/**
 * A column of a {@link Table}.
 *
 * @param name the header
 * @param kind what its cells hold, which decides how each format prints them
 * @param group whether it is a grouping key (JSON nests these into a {@code group} object)
 */
public record Column(String name, Kind kind, boolean group) {

  /** What a column's cells hold. */
  public enum Kind {
    /** Text ({@link String}). */
    TEXT,
    /** Whole numbers ({@link Number} with an integral value). */
    INTEGER,
    /** Measured values ({@link Double}), printed to one decimal for people. */
    DECIMAL,
    /** Shares from 0 to 1 ({@link Double}), printed as a percentage for people. */
    SHARE
  }

  public static Column text(String name) {
    return new Column(name, Kind.TEXT, false);
  }

  public static Column group(String name) {
    return new Column(name, Kind.TEXT, true);
  }

  public static Column integer(String name) {
    return new Column(name, Kind.INTEGER, false);
  }

  public static Column decimal(String name) {
    return new Column(name, Kind.DECIMAL, false);
  }

  public static Column share(String name) {
    return new Column(name, Kind.SHARE, false);
  }

  /** Whether cells are right-aligned in text layouts. */
  public boolean numeric() {
    return kind != Kind.TEXT;
  }
}
