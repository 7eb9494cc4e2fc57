package no.nmstat.trend;

/**
 * The change of one interval from one period to another (the previous, or the base).
 *
 * @param against the label of the period compared with
 * @param verdict what the data says of the change
 * @param shift the Hodges–Lehmann shift with its interval
 * @param meanChange the difference of the means with Welch's interval
 * @param withinTargetChange the difference of the shares within target with Newcombe's interval
 * @param kmMedianChange the difference of the Kaplan–Meier medians (cohort view only), or null
 * @param logRankP the log-rank test's p-value (cohort view only), or null
 */
public record Change(
    String against,
    Verdict verdict,
    Estimate shift,
    Estimate meanChange,
    Estimate withinTargetChange,
    Double kmMedianChange,
    Double logRankP) {

  /** A change too few cases support: every figure null. */
  static Change tooFew(String against) {
    return new Change(
        against, Verdict.TOO_FEW_CASES, Estimate.NONE, Estimate.NONE, Estimate.NONE, null, null);
  }
}
