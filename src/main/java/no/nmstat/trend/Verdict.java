package no.nmstat.trend;

/** What the data says of a change between two periods (method.md §11). */
public enum Verdict {
  /** The shift's interval lies below 0 (cohort view: the log-rank test, shorter KM median). */
  FASTER("faster"),
  /** The shift's interval lies above 0 (cohort view: the log-rank test, longer KM median). */
  SLOWER("slower"),
  /** The interval holds 0 (cohort view: log-rank p ≥ 0.05): not evidence of no change. */
  NO_CLEAR_CHANGE("no clear change"),
  /** Either period has under 6 cases: the change is not computed. */
  TOO_FEW_CASES("too few cases");

  private final String words;

  Verdict(String words) {
    this.words = words;
  }

  /** The verdict as output shows it. */
  public String words() {
    return words;
  }
}
