package no.nmstat.trend;

import java.util.List;
import no.nmstat.metrics.Interval;

/**
 * One interval's trend.
 *
 * @param interval the interval
 * @param cohortView whether periods are cohorts by a start milestone (open cases in them,
 *     censored), not the periods the interval ends in
 * @param unrecorded what the interval needs that no case records (empty when measurable; then the
 *     rows are empty)
 * @param rows one per period, in time order
 */
public record IntervalTrend(
    Interval interval, boolean cohortView, List<String> unrecorded, List<TrendRow> rows) {

  public IntervalTrend {
    unrecorded = List.copyOf(unrecorded);
    rows = List.copyOf(rows);
  }

  /** Whether the file records what the interval needs. */
  public boolean measurable() {
    return unrecorded.isEmpty();
  }
}
