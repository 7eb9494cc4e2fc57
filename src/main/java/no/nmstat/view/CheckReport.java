package no.nmstat.view;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.check.Rule;
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
   * One row per rule and group, in rule order, then the verdict when {@code withVerdict}. For
   * people the value is shown as {@code summary} shows it ({@link #shown}).
   */
  public static Table table(
      List<RuleResult> results, List<GroupBy> groups, boolean human, boolean withVerdict) {
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
      row.add(human && r.value() != null ? shown(r.rule(), r.value()) : r.value());
      row.add(r.verdict().label());
      row.add(r.reason());
      if (!human) {
        row.add(r.measurable());
      }
      table.row(row.toArray());
    }
    if (withVerdict) {
      table.note(verdict(results));
    }
    return table;
  }

  /**
   * The value as {@code summary} shows its statistic: days to one decimal (188.0), a share as a
   * percentage (45.7%), counts whole; with up to four more decimals when that rounding would pass a
   * value that fails or fail one that passes (180.04 is not shown as 180.0 failing {@code <= 180}).
   */
  static String shown(Rule rule, double value) {
    Column column =
        switch (rule.statistic()) {
          case N, OPEN, MISSING, MIN, MAX -> Column.integer("value");
          case WITHIN_TARGET -> Column.share("value");
          default -> Column.decimal("value");
        };
    // A count or an extreme is a whole number of days, which summary shows as such.
    Object cell = column.kind() == Column.Kind.INTEGER ? (Object) Math.round(value) : value;
    String rounded = Cells.human(column, cell);
    boolean share = column.kind() == Column.Kind.SHARE;
    double read =
        Double.parseDouble(share ? rounded.replace("%", "") : rounded) / (share ? 100 : 1);
    boolean hides =
        rule.comparison().test(read, rule.threshold())
            != rule.comparison().test(value, rule.threshold());
    if (!hides) {
      return rounded;
    }
    return share ? Cells.upTo(value * 100, 5) + "%" : Cells.upTo(value, 5);
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
