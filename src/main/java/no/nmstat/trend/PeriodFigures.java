package no.nmstat.trend;

/**
 * One interval's figures in one period.
 *
 * @param period the period's label, e.g. {@code 2025-T1}
 * @param partial whether the period is not whole: it holds the as-of date, or --from or --to cut it
 * @param n completed cases
 * @param open open cases (cohort view only, else null)
 * @param mean the mean of the completed cases with its 95% t interval
 * @param median their median with its distribution-free 95% interval (none below 6 cases)
 * @param withinTarget their share within the target with Wilson's interval (none without target)
 * @param kmMedian the Kaplan–Meier median with its log-log band (cohort view only, else {@link
 *     Estimate#NONE})
 */
public record PeriodFigures(
    String period,
    boolean partial,
    int n,
    Integer open,
    Estimate mean,
    Estimate median,
    Estimate withinTarget,
    Estimate kmMedian) {

  /** The cases the period's figures rest on: completed, and open in the cohort view. */
  public int cases() {
    return n + (open == null ? 0 : open);
  }
}
