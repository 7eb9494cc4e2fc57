package no.nmstat.model;

/**
 * The line numbers of a {@link CaseTable}'s rows: ints added to a common offset, as long as every
 * line fits in an int (always, but for a file of more than two billion lines), else longs.
 */
record LineNumbers(int[] small, long[] large, long offset) {
  long get(int row) {
    return large != null ? large[row] : offset + small[row];
  }
}
