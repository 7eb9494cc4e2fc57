package no.nmstat.io;

/** How parsing one stretch of a CSV file went. */
sealed interface StretchResult {
  /** Every record of the stretch went to its sink; {@code lineBreaks} counts its lines. */
  record Done(long lineBreaks) implements StretchResult {}

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
