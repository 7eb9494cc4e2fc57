package no.nmstat.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.check.Rule;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.trend.Trend;
import no.nmstat.trend.TrendRequest;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** What check's rules on the change between periods (shift, shift_low, shift_high) judge. */
final class ShiftRules {
  private ShiftRules() {}

  /**
   * The trends of the intervals whose change a rule judges, by name, each period judged named on
   * stderr; a usage error with --by (the change is of the whole file) or on expected_wait.
   */
  static Map<String, IntervalTrend> trends(
      List<Rule> rules,
      Map<String, Interval> known,
      Map<String, Integer> targets,
      Snapshot snapshot,
      List<GroupBy> groups,
      Period every,
      CommandSpec spec,
      Environment env) {
    List<Interval> changed =
        rules.stream()
            .filter(r -> r.statistic().ofChange())
            .map(r -> known.get(r.interval()))
            .distinct()
            .toList();
    if (changed.isEmpty()) {
      return Map.of();
    }
    if (!groups.isEmpty() || changed.contains(QueueForecast.EXPECTED_WAIT)) {
      throw new ParameterException(
          spec.commandLine(),
          "shift, shift_low and shift_high judge the latest complete period of a measured"
              + " interval in the whole file: not with --by, nor of expected_wait");
    }
    Map<String, IntervalTrend> trends = new LinkedHashMap<>();
    for (IntervalTrend t :
        Trend.compute(
            snapshot, new TrendRequest(changed, targets, every, null, null, null, null))) {
      trends.put(t.interval().name(), t);
      t.latestComplete()
          .ifPresent(
              row ->
                  env.err()
                      .println(
                          "nmstat: note: shift("
                              + t.interval().name()
                              + "): "
                              + row.figures().period()
                              + " against "
                              + row.previous().against()));
    }
    return trends;
  }
}
