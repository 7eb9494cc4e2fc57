package no.nmstat.model;

/**
 * What tells the rows of one method and indication from all others (method.md §2.5): rows with the
 * same key are rounds, duplicates or conflicting records of one case, and two versions of a case
 * list match their cases by it.
 *
 * @param id the method ID, empty for a row without one; kept beside {@code method} so that a row
 *     named by substance and trade name never matches an ID that happens to read the same
 * @param method {@link CaseRecord#method()}: the ID, else substance and trade name
 * @param indication the indication text
 */
public record CaseKey(String id, String method, String indication) {
  /** The key of {@code c}. */
  public static CaseKey of(CaseRecord c) {
    return new CaseKey(c.id(), c.method(), c.indication());
  }
}
