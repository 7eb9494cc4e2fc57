package no.nmstat.trend;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Period;
import no.nmstat.model.Milestone;

/**
 * What a trend computes.
 *
 * @param intervals the intervals, in output order
 * @param targets target days by interval name
 * @param every the length of a period
 * @param of the milestone whose date puts a case in a period, or null for each interval's end
 * @param from the first date counted, or null for the earliest
 * @param to the last date counted, or null for the as-of date
 * @param base the label of the period every other is also compared with, or null
 */
public record TrendRequest(
    List<Interval> intervals,
    Map<String, Integer> targets,
    Period every,
    Milestone of,
    LocalDate from,
    LocalDate to,
    String base) {

  public TrendRequest {
    intervals = List.copyOf(intervals);
    targets = Map.copyOf(targets);
  }

  /**
   * Whether {@code interval} is seen by cohorts: periods by a milestone other than its end, so that
   * its open cases are in them (censored).
   */
  public boolean cohortView(Interval interval) {
    return of != null && of != interval.yearMilestone();
  }
}
