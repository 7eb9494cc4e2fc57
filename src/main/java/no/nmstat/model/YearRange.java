package no.nmstat.model;

/**
 * The calendar years from {@code first} to {@code last}, both included: a W.A.I.T. cohort of
 * medicines by the year of their EU marketing authorisation (method.md §5).
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearRange(int first, int last) {

  public YearRange {
    if (last < first) {
      throw new IllegalArgumentException("year range " + first + ".." + last + " runs backwards");
    }
  }

  /** Whether {@code year} is in the range. */
  public boolean contains(int year) {
    return year >= first && year <= last;
  }

  /** The range as people write it: {@code 2020-2023}. */
  @Override
  public String toString() {
    return first + "-" + last;
  }
}
