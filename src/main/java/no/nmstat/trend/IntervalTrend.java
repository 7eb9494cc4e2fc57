package no.nmstat.trend;

import java.util.List;
import java.util.Optional;
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

  /**
   * The latest period that is not partial and has a period before it (whose change from it is then
   * judged), if any: a partial period is not judged.
   */
  public Optional<TrendRow> latestComplete() {
    for (int i = rows.size() - 1; i > 0; i--) {
      if (!rows.get(i).figures().partial()) {
        return Optional.of(rows.get(i));
      }
    }
    return Optional.empty();
  }

  /** Whether the file records what the interval needs. */
  public boolean measurable() {
    return unrecorded.isEmpty();
  }
}
