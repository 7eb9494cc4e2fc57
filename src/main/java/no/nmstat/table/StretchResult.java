package no.nmstat.table;

/** How parsing one stretch of a CSV file went. */
sealed interface StretchResult {
  /**
   * Every record of the stretch went to its sink.
   *
   * @param lineBreaks the stretch's line breaks
   * @param utf8Line read as Windows-1252, the first line with UTF-8 text (from 1; 0: none)
   * @param otherLine read as Windows-1252, the first line with a byte that is not UTF-8
   * @param stopped whether a malformed record stopped the stretch before its end: a parse of the
   *     whole file in one stretch would stop there too, so later stretches do not count
   */
  record Done(long lineBreaks, long utf8Line, long otherLine, boolean stopped)
      implements StretchResult {}

  /** The stretch ran out inside a quoted field: the cut after it fell inside a record. */
  record Overrun() implements StretchResult {}

  /** A text field was not UTF-8: the file must be read again as Windows-1252. */
  record NotUtf8() implements StretchResult {}

  /**
   * A control character: the input is not text.
   *
   * @param message what was found
   * @param line the line of the character, counted from 1 at the stretch's start
   */
  record Binary(String message, long line) implements StretchResult {}
}
