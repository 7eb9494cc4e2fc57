package no.nmstat.summary;

import java.util.List;
import java.util.Map;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.stats.QuantileMethod;

/**
 * What to summarise.
 *
 * @param intervals the intervals, in output order
 * @param groups the dimensions to split by, outermost first
 * @param targets target days by interval name (intervals without an entry have none)
 * @param quantileMethod the percentile definition
 */
public record SummaryRequest(
    List<Interval> intervals,
    List<GroupBy> groups,
    Map<String, Integer> targets,
    QuantileMethod quantileMethod) {

  /** The default targets: 180 days for the assessment (DMP's deadline). */
  public static final Map<String, Integer> DEFAULT_TARGETS = Map.of("assessment", 180);

  public SummaryRequest {
    intervals = List.copyOf(intervals);
    groups = List.copyOf(groups);
    targets = Map.copyOf(targets);
  }
}
