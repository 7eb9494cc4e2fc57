package no.nmstat.metrics;

import java.util.List;
import no.nmstat.stats.Summary;

/**
 * The statistics of one interval for one group.
 *
 * @param interval the interval
 * @param group the group values, one per {@link GroupBy} in order (empty list when ungrouped)
 * @param summary the statistics
 */
public record IntervalSummary(Interval interval, List<String> group, Summary summary) {
  public IntervalSummary {
    group = List.copyOf(group);
  }
}
