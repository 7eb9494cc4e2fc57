package no.nmstat.forecast;

import java.time.LocalDate;

/**
 * How the forecasts made on one past date held, judged by what happened up to the as-of date; or
 * the same for every date together (method.md §8).
 *
 * @param period the period's name ({@code 2024-03}), or {@code all} for the total
 * @param date the date the forecasts were made, or null for the total
 * @param queue cases in the queue on that date
 * @param judged forecasts whose outcome is known: the case was assigned by the as-of date, or is
 *     still waiting past its interval's last day
 * @param covered judged forecasts whose assignment fell within the interval
 * @param medianError median absolute error of the point forecast in days, over the cases assigned
 *     by the as-of date; null when there are none
 * @param baselineError the same for the naive baseline (documentation received + the median queue
 *     time of the cases assigned in the window); null when there are none
 * @param calibrated whether the forecasts used levels fitted on earlier forecasts (always, for the
 *     total, when every date's were)
 */
public record BacktestRow(
    String period,
    LocalDate date,
    int queue,
    int judged,
    int covered,
    Double medianError,
    Double baselineError,
    boolean calibrated) {

  /** The share of judged forecasts whose interval held the assignment, or null when none. */
  public Double coverage() {
    return judged == 0 ? null : (double) covered / judged;
  }

  /** Forecasts not judged: the case is still waiting within its interval, or left unassigned. */
  public int notJudged() {
    return queue - judged;
  }
}
