package no.nmstat.view;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.check.RuleResult;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.metrics.GroupBy;

/** KPI rules with their values and verdicts. */
public final class CheckReport {
  private CheckReport() {}

  /**
   * One row per rule and group, in rule order. For people the value keeps up to four decimals, so a
   * share of 0.75 is not shown as 0.8 beside a threshold of 0.8.
   */
  public static Table table(List<RuleResult> results, List<GroupBy> groups, boolean human) {
    List<Column> columns = new ArrayList<>();
    columns.add(Column.text("rule"));
    groups.forEach(g -> columns.add(Column.group(g.key())));
    columns.add(Column.decimal("value"));
    columns.add(Column.text("status"));
    columns.add(Column.text("reason"));
    if (!human) {
      columns.add(Column.text("measurable"));
    }
    Table table = new Table(columns).groupsAt(1);
    for (RuleResult r : results) {
      List<Object> row = new ArrayList<>();
      row.add(r.rule().text());
      row.addAll(r.group());
      row.add(human && r.value() != null ? Cells.upTo(r.value(), 4) : r.value());
      row.add(r.verdict().label());
      row.add(r.reason());
      if (!human) {
        row.add(r.measurable());
      }
      table.row(row.toArray());
    }
    table.note(verdict(results));
    return table;
  }

  /**
   * The run's last line: "check failed: 3 checks: 2 pass, 1 fail." ({@link RuleResult#failed}),
   * with the option that would pass a run in which no rule was evaluated.
   */
  public static String outcome(List<RuleResult> results, boolean allowEmpty) {
    return "check "
        + (RuleResult.failed(results, allowEmpty) ? "failed" : "passed")
        + ": "
        + verdict(results)
        + (results.isEmpty() && !allowEmpty ? " --allow-empty passes." : "");
  }

  /**
   * "3 checks: 2 pass, 1 fail (1 of them cannot be judged)." A rule without a value is counted as
   * failed, or, with {@code --allow-no-value}, as "without a value"; no rule at all is "0 checks:
   * no rule evaluated."
   */
  public static String verdict(List<RuleResult> results) {
    if (results.isEmpty()) {
      return "0 checks: no rule evaluated.";
    }
    long pass = count(results, RuleResult.Verdict.PASS);
    long fail = count(results, RuleResult.Verdict.FAIL);
    long unjudged =
        results.stream()
            .filter(r -> r.verdict() == RuleResult.Verdict.FAIL && r.unjudged())
            .count();
    long noValue = count(results, RuleResult.Verdict.NO_VALUE);
    return Plural.count(results.size(), "check", "checks")
        + ": "
        + pass
        + " pass, "
        + fail
        + " fail"
        + (unjudged > 0 ? " (" + unjudged + " of them cannot be judged)" : "")
        + (noValue > 0 ? ", " + noValue + " without a value (allowed)" : "")
        + ".";
  }

  private static long count(List<RuleResult> results, RuleResult.Verdict verdict) {
    return results.stream().filter(r -> r.verdict() == verdict).count();
  }
}
