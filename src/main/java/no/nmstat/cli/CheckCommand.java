package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.nmstat.check.Rule;
import no.nmstat.check.RuleResult;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueueModel;
import no.nmstat.format.Format;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryCalculator;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.tracker.OpenIntervals;
import no.nmstat.tracker.Tracker;
import no.nmstat.tracker.TrackerResult;
import no.nmstat.trend.IntervalTrend;
import no.nmstat.view.CheckReport;
import no.nmstat.view.ForecastReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nmstat check}: KPI rules for CI, exit 1 when one fails. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate KPI rules such as 'median(assessment) <= 180' and exit 1 when any"
            + " fails: the command a CI job runs.",
    footer = {
      "",
      "Examples:",
      "  nmstat check data/cases-sample.csv --require 'median(assessment) <= 180'",
      "  nmstat check cases.csv --require 'p90(queue) <= 90' \\",
      "      --require 'within_target(assessment) >= 0.8' --by year",
      "  nmstat check cases.csv --require 'shift_low(assessment) <= 0' --every tertial",
      "  nmstat check cases.csv --rules kpis.txt --format markdown \\",
      "      >> \"$GITHUB_STEP_SUMMARY\"",
      "",
      "A rule is STATISTIC(INTERVAL) OPERATOR NUMBER. Statistics: n, open, missing, mean, sd,"
          + " min, p25,"
          + " median, p75, p90, max, mean_ci_low, mean_ci_high, within_target (a share: 0.8 or"
          + " 80%%), km_median, km_ci_low, km_ci_high, km_p90, and shift, shift_low, shift_high:"
          + " the Hodges-Lehmann shift of the latest complete period (--every) against the one"
          + " before, with its 95%% interval (nmstat trend). Operators: <= < >= > == !=."
          + " A rules file has one rule per line; # starts a comment.",
      "",
      "The interval expected_wait is the queue forecast's (nmstat forecast): days from"
          + " documentation received to the expected case handler, for the cases in the queue"
          + " now; 'max(expected_wait) <= 365' fails when one is expected to pass a year.",
      "",
      "The intervals of the cases open now (nmstat tracker): overdue, the days past the"
          + " deadline of the open cases past it ('n(overdue) == 0'), and open_<state> (e.g."
          + " open_queue), the days in the state of the cases open in it ('max(open_queue) <="
          + " 365'). On a measurable but empty set such a rule passes: nothing is waiting.",
      "",
      "A rule that cannot be judged fails, its reason in the column reason: an interval"
          + " the file cannot measure (not measurable: no documentation_received) or a statistic"
          + " that does not exist for the group (no completed case); --allow-no-value reports it"
          + " 'no value' and lets it pass. The counts n, open and missing always have a value. A"
          + " statistic of expected_wait over an empty queue passes: nothing is waiting. With"
          + " --by year, the group of cases without an end (year empty) is judged only on"
          + " counts. A run in which no rule was evaluated fails unless --allow-empty; a rule"
          + " that cannot be read is a usage error (exit 2) pointing at the bad token."
    })
final class CheckCommand extends CaseFileCommand {
  @Mixin SummaryOptions options;

  @Mixin ForecastOptions forecast;

  @Mixin RuleOptions ruleOptions;

  @Option(
      names = "--allow-no-value",
      description =
          "Let a rule that cannot be judged (not measurable, no completed case) pass as"
              + " 'no value' (default: it fails).")
  boolean allowNoValue;

  /** What was once needed to fail a rule without a value; that is now the default. */
  @Option(
      names = "--strict",
      hidden = true,
      description = "Accepted for old scripts: the default (a rule without a value fails).")
  boolean strict;

  @Option(
      names = "--every",
      paramLabel = "PERIOD",
      defaultValue = "year",
      converter = BacklogCommand.PeriodConverter.class,
      description =
          "The period of shift, shift_low and shift_high: year, half, tertial, quarter or"
              + " month (default: ${DEFAULT-VALUE}).")
  Period every;

  @Option(
      names = "--allow-empty",
      description =
          "Pass when the input has no cases or no rule was evaluated (default: nothing to judge"
              + " fails).")
  boolean allowEmpty;

  @Override
  Set<String> columnsUsed() {
    return options.grouping.columns();
  }

  @Override
  ExitStatus run() throws Exception {
    Map<String, Interval> known = new LinkedHashMap<>(options.intervals.known());
    known.putIfAbsent(QueueForecast.EXPECTED_WAIT.name(), QueueForecast.EXPECTED_WAIT);
    OpenIntervals.all().forEach(known::putIfAbsent);
    Map<String, Integer> targets = options.intervals.targets();
    options.grouping.validate();
    List<Rule> rules = ruleOptions.rules(known, env());
    LocalDate date = asOf.resolve(env());
    // The queue forecast models the whole queue; --where selects the cases judged.
    ReadResult all = readAllValid();
    ReadResult result = where.select(env(), all, date);
    if (result.cases().isEmpty() && !allowEmpty) {
      env()
          .err()
          .println(
              "nmstat: check failed: "
                  + (all.cases().isEmpty() ? "the input has no cases" : "--where kept no case")
                  + ", so there is nothing to judge (--allow-empty passes)");
      return ExitStatus.CHECK_FAILED;
    }
    List<GroupBy> groups = options.grouping.groups(result.extraColumns());
    List<Interval> used = rules.stream().map(r -> known.get(r.interval())).distinct().toList();
    warnAgainstOrder(used);
    Snapshot snapshot = snapshot(result, date);
    Map<String, IntervalTrend> trends =
        ShiftRules.trends(rules, known, targets, snapshot, groups, every, spec, env());
    List<Interval> measured =
        rules.stream()
            .filter(r -> !r.statistic().ofChange())
            .map(r -> known.get(r.interval()))
            .filter(i -> !QueueForecast.EXPECTED_WAIT.equals(i) && !OpenIntervals.openNow(i))
            .distinct()
            .toList();
    List<IntervalSummary> summaries = new ArrayList<>();
    if (!measured.isEmpty()) {
      summaries.addAll(
          SummaryCalculator.compute(
              snapshot, new SummaryRequest(measured, groups, targets, options.quantile.method)));
    }
    summaries.addAll(openNow(used, snapshot, groups, targets));
    String noForecast = null;
    if (used.contains(QueueForecast.EXPECTED_WAIT)) {
      Snapshot whole = Snapshot.of(all.cases(), snapshot.asOfDay());
      QueueForecast f =
          QueueModel.of(whole.cases(), whole.asOfDay(), forecast.window, DEFAULT_LEVEL).forecast();
      summaries.addAll(expectedWait(f, where.selects(all), whole, groups, targets));
      noForecast =
          f.forecastable() || f.cases().isEmpty()
              ? null
              : "no forecast: no case was assigned in the window";
    }
    noteClockStops(summaries);
    // --allow-empty on a file without cases: its rules have nothing to judge and pass as "no
    // value", as the option promises, instead of failing as not measurable.
    boolean noValuePasses = allowNoValue || (allowEmpty && result.cases().isEmpty());
    List<RuleResult> results =
        RuleResult.evaluate(rules, summaries, groups, noValuePasses, noForecast, trends);
    Format format = options.output.resolve(env());
    // On a terminal the verdict shows once, on stderr, where a CI log finds it too; a table
    // written elsewhere keeps its own.
    boolean onTerminal = env().terminal() && env().errTerminal() && options.output.toStdout();
    options.output.write(CheckReport.table(results, groups, format.human(), !onTerminal), env());
    env().err().println("nmstat: " + CheckReport.outcome(results, allowEmpty));
    return RuleResult.failed(results, allowEmpty) ? ExitStatus.CHECK_FAILED : ExitStatus.OK;
  }

  /**
   * The summaries of {@code expected_wait}: the forecast's expected days in the queue of the cases
   * in it on the as-of date (with the default level, which the point forecast does not depend on
   * once calibrated), of the cases {@code judged} accepts, measurable when the file records the
   * queue ({@code snapshot}: the whole file as of the date), even when no case waits.
   */
  private List<IntervalSummary> expectedWait(
      QueueForecast f,
      Predicate<CaseRecord> judged,
      Snapshot snapshot,
      List<GroupBy> groups,
      Map<String, Integer> targets) {
    String basis = ForecastReport.basis(f).get(0);
    env()
        .err()
        .println(
            "nmstat: note: expected_wait: "
                + basis.substring(0, basis.length() - 1)
                + "; nmstat forecast lists the cases");
    return SummaryCalculator.compute(
        new Snapshot(f.expectedAssigned(judged), snapshot.asOfDay(), 0),
        new SummaryRequest(
            List.of(QueueForecast.EXPECTED_WAIT), groups, targets, options.quantile.method),
        Coverage.of(snapshot.cases()));
  }

  /**
   * The summaries of the tracker's intervals among {@code used} ({@code overdue}, {@code
   * open_<state>}): the cases open on the as-of date, not measurable when the file cannot see their
   * states.
   */
  private List<IntervalSummary> openNow(
      List<Interval> used, Snapshot snapshot, List<GroupBy> groups, Map<String, Integer> targets) {
    List<Interval> open = used.stream().filter(OpenIntervals::openNow).toList();
    List<IntervalSummary> out = new ArrayList<>();
    if (open.isEmpty()) {
      return out;
    }
    TrackerResult tracker = Tracker.of(snapshot);
    Coverage coverage = Coverage.of(snapshot.cases());
    for (Interval i : open) {
      SummaryRequest request =
          new SummaryRequest(List.of(i), groups, targets, options.quantile.method);
      List<String> unrecorded = OpenIntervals.unrecorded(i, coverage);
      out.addAll(
          unrecorded.isEmpty()
              ? SummaryCalculator.compute(
                  new Snapshot(OpenIntervals.cases(i, tracker), snapshot.asOfDay(), 0),
                  request,
                  coverage)
              : SummaryCalculator.notMeasurable(i, request, unrecorded));
    }
    return out;
  }

  private static final double DEFAULT_LEVEL = 0.8;
}
