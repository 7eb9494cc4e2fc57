package no.nmstat.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.format.Plural;
import no.nmstat.metrics.GroupBy;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.tracker.OpenIntervals;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.trend.TrendRow;

/**
 * A rule evaluated for one group.
 *
 * @param rule the rule
 * @param group the group values (empty when ungrouped)
 * @param value the statistic's value, or null when it does not exist for the data
 * @param verdict the outcome
 * @param reason why the rule has no value (e.g. {@code no completed case}), or null when it has one
 * @param measurable whether the file can measure the rule's interval at all (method.md §3)
 */
public record RuleResult(
    Rule rule,
    List<String> group,
    Double value,
    Verdict verdict,
    String reason,
    boolean measurable) {

  /** The outcome of a rule. */
  public enum Verdict {
    PASS("pass"),
    FAIL("fail"),
    /**
     * The statistic does not exist for the group (e.g. the median of no case) and {@code
     * --allow-no-value} lets it pass; without it such a rule is {@link #FAIL}.
     */
    NO_VALUE("no value");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public RuleResult {
    group = List.copyOf(group);
  }

  /** Whether the rule has no value: it could not be judged. */
  public boolean unjudged() {
    return value == null && reason != null && verdict != Verdict.PASS;
  }

  /**
   * Each rule against each group's summary of its interval, rules in order (method.md §6).
   *
   * <p>A rule without a value fails, with its reason, unless {@code allowNoValue}: then its verdict
   * is {@link Verdict#NO_VALUE}. Two exceptions: a statistic of the cases waiting now ({@code
   * expected_wait}, and the tracker's {@code overdue} and {@code open_<state>}) over an empty but
   * measurable set passes, as nothing is waiting; and the group of the cases without an end (year
   * "" of {@code --by year}) is not judged on a statistic of completed cases, which it cannot have.
   *
   * @param groups the dimensions of the summaries' group values, in order
   * @param noForecast why {@code expected_wait} has no case although cases wait (no forecast can be
   *     made), or null when it has its cases
   */
  public static List<RuleResult> evaluate(
      List<Rule> rules,
      List<IntervalSummary> summaries,
      List<GroupBy> groups,
      boolean allowNoValue,
      String noForecast) {
    return evaluate(rules, summaries, groups, allowNoValue, noForecast, Map.of());
  }

  /**
   * As {@link #evaluate(List, List, List, boolean, String)}, with the statistics of the change
   * between periods ({@link Statistic#ofChange}: shift, shift_low, shift_high) judged on the latest
   * complete period of {@code trends} (by interval name) against the one before, ungrouped.
   */
  public static List<RuleResult> evaluate(
      List<Rule> rules,
      List<IntervalSummary> summaries,
      List<GroupBy> groups,
      boolean allowNoValue,
      String noForecast,
      Map<String, IntervalTrend> trends) {
    Verdict unjudged = allowNoValue ? Verdict.NO_VALUE : Verdict.FAIL;
    List<RuleResult> results = new ArrayList<>();
    for (Rule r : rules) {
      if (r.statistic().ofChange()) {
        results.add(change(r, trends.get(r.interval()), unjudged));
        continue;
      }
      for (IntervalSummary s : summaries) {
        if (!s.interval().name().equals(r.interval())
            || (r.statistic().ofCompletedCases() && withoutEnd(s, groups))) {
          continue;
        }
        Double v = r.statistic().of(s);
        boolean expectedWait = QueueForecast.EXPECTED_WAIT.equals(s.interval());
        boolean waitingNow = expectedWait || OpenIntervals.openNow(s.interval());
        if (expectedWait && noForecast != null) {
          results.add(new RuleResult(r, s.group(), null, unjudged, noForecast, true));
        } else if (!s.measurable()) {
          results.add(new RuleResult(r, s.group(), null, unjudged, reason(s), false));
        } else if (v != null) {
          Verdict verdict = r.comparison().test(v, r.threshold()) ? Verdict.PASS : Verdict.FAIL;
          results.add(new RuleResult(r, s.group(), v, verdict, null, true));
        } else if (waitingNow) {
          results.add(
              new RuleResult(
                  r,
                  s.group(),
                  null,
                  Verdict.PASS,
                  expectedWait ? "no case waiting" : "no case open",
                  true));
        } else {
          results.add(new RuleResult(r, s.group(), null, unjudged, reason(s), true));
        }
      }
    }
    return results;
  }

  /**
   * Whether a run with {@code results} fails: a rule failed (a rule that cannot be judged included,
   * unless it was let pass as {@link Verdict#NO_VALUE}), or no rule was evaluated at all and {@code
   * allowEmpty} is false: a gate that judged nothing must not pass.
   */
  public static boolean failed(List<RuleResult> results, boolean allowEmpty) {
    return results.stream().anyMatch(r -> r.verdict() == Verdict.FAIL)
        || (results.isEmpty() && !allowEmpty);
  }

  /** Rule {@code r} on the change of {@code trend}'s latest complete period. */
  private static RuleResult change(Rule r, IntervalTrend trend, Verdict unjudged) {
    if (!trend.measurable()) {
      return new RuleResult(
          r,
          List.of(),
          null,
          unjudged,
          "not measurable: no " + String.join(", no ", trend.unrecorded()),
          false);
    }
    TrendRow row = trend.latestComplete().orElse(null);
    Double v = row == null ? null : r.statistic().of(row.previous());
    if (v == null) {
      return new RuleResult(
          r,
          List.of(),
          null,
          unjudged,
          row == null
              ? "no complete period after another"
              : "too few cases in " + row.figures().period() + " or " + row.previous().against(),
          true);
    }
    Verdict verdict = r.comparison().test(v, r.threshold()) ? Verdict.PASS : Verdict.FAIL;
    return new RuleResult(r, List.of(), v, verdict, null, true);
  }

  /** Why {@code s} has no value for a statistic. */
  private static String reason(IntervalSummary s) {
    if (!s.measurable()) {
      return "not measurable: no " + String.join(", no ", s.unrecorded());
    }
    long n = s.summary().n();
    return n == 0
        ? "no completed case"
        : "no value from " + Plural.count(n, "completed case", "completed cases");
  }

  /** Whether {@code s} is the group of the cases with no end: year "" of the interval's end. */
  private static boolean withoutEnd(IntervalSummary s, List<GroupBy> groups) {
    for (int d = 0; d < groups.size(); d++) {
      if (s.measurable()
          && groups.get(d) instanceof GroupBy.Calendar y
          && y.milestone() == null
          && s.group().get(d).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
