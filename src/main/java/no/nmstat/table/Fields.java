package no.nmstat.table;

/**
 * The fields of one data row, whatever the file: a CSV record scanned from bytes ({@link
 * CsvFields}) or a row of a worksheet ({@link SheetFields}). Readers of particular files see only
 * this.
 */
public interface Fields {
  /** Returned by {@link #day} when the cell needs the full date reader. */
  int NOT_QUICK = Integer.MAX_VALUE;

  /**
   * Returned by {@link #day} for a blank cell. The case reader stores it as it comes: it is the
   * value the case model gives a milestone not reached ({@code CaseRecord.ABSENT}), which the case
   * reader's tests hold equal.
   */
  int BLANK = Integer.MIN_VALUE;

  /** How many fields the row has. */
  int size();

  /** Whether the field holds nothing but blanks. */
  boolean blank(int i);

  /** Whether every field is blank. */
  default boolean blankRecord() {
    for (int i = 0; i < size(); i++) {
      if (!blank(i)) {
        return false;
      }
    }
    return true;
  }

  /** The field's text, stripped. */
  String text(int i);

  /**
   * Receives a field's text as UTF-8 bytes: {@code bytes[from, to)}, valid only during the call.
   */
  interface Utf8Target {
    void take(byte[] bytes, int from, int to);
  }

  /** Hands {@link #text} to {@code target} as UTF-8, without a String where the bytes allow. */
  default void utf8(int i, Utf8Target target) {
    byte[] b = text(i).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    target.take(b, 0, b.length);
  }

  /** As {@link #text}, but may return one String for equal values. */
  String pooledText(int i);

  /**
   * The cell as an epoch day, {@link #BLANK} when it is blank, or a date the quick path knows;
   * {@link #NOT_QUICK} otherwise (then {@link #date} says why).
   */
  int day(int i);

  /** The field read as a date. */
  DateReader.Result date(int i, DateReader reader);
}
