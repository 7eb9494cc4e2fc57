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
 */
public record IntervalSummary(
    Interval interval, List<String> group, Summary summary, SurvivalSummary survival) {
  public IntervalSummary {
    group = List.copyOf(group);
  }
}
