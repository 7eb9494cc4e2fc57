package no.nmstat.metrics;

import java.util.List;
import no.nmstat.stats.Summary;
import no.nmstat.stats.SurvivalSummary;

/**
 * The statistics of one interval for one group.
 *
 * @param interval the interval
 * @param group the group values, one per {@link GroupBy} in order (empty list when ungrouped)
 * @param summary the statistics of the completed cases
 * @param survival the Kaplan–Meier figures, open cases censored at their age
 * @param missing cases that started the interval but whose end is unknown or skipped (a later
 *     milestone is recorded): in no figure
 * @param noClockStop completed cases of an interval net of clock stops that have no clock stop
 *     recorded (counted as 0 days)
 */
public record IntervalSummary(
    Interval interval,
    List<String> group,
    Summary summary,
    SurvivalSummary survival,
    long missing,
    long noClockStop) {
  public IntervalSummary {
    group = List.copyOf(group);
  }
}
