package no.nmstat.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule evaluated for one group.
 *
 * @param rule the rule
 * @param group the group values (empty when ungrouped)
 * @param value the statistic's value, or null when it does not exist for the data
 * @param verdict the outcome
 */
public record RuleResult(Rule rule, List<String> group, Double value, Verdict verdict) {

  /** The outcome of a rule. */
  public enum Verdict {
    PASS("pass"),
    FAIL("fail"),
    /** The statistic does not exist for the group (e.g. the median of no case). */
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

  /** Each rule against each group's summary of its interval, rules in order. */
  public static List<RuleResult> evaluate(List<Rule> rules, List<IntervalSummary> summaries) {
    List<RuleResult> results = new ArrayList<>();
    for (Rule r : rules) {
      for (IntervalSummary s : summaries) {
        if (!s.interval().name().equals(r.interval())) {
          continue;
        }
        Double v = r.statistic().of(s);
        Verdict verdict =
            v == null
                ? Verdict.NO_VALUE
                : r.comparison().test(v, r.threshold()) ? Verdict.PASS : Verdict.FAIL;
        results.add(new RuleResult(r, s.group(), v, verdict));
      }
    }
    return results;
  }
}
