package no.nmstat.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueueModel;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryCalculator;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.view.CheckReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading rules, and judging them on a file's summaries as {@code check} does (method.md §6). */
class RuleTest {
  private static final Set<String> INTERVALS = Set.of("queue", "assessment", "expected_wait");
  private static final LocalDate AS_OF = LocalDate.parse("2024-06-30");
  private static final GroupBy YEAR_OF_END = new GroupBy.Calendar(Period.YEAR, null);

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "median(assessment) <= 180|MEDIAN|assessment|LE|180",
        "p90(queue)<=90|P90|queue|LE|90",
        "  within_target( assessment ) >= 0.8 |WITHIN_TARGET|assessment|GE|0.8",
        "within_target(assessment) >= 80%|WITHIN_TARGET|assessment|GE|0.8",
        "km_median(queue) < 365|KM_MEDIAN|queue|LT|365",
        "n(queue) > 10|N|queue|GT|10",
        "open(queue) == 0|OPEN|queue|EQ|0",
        "open(queue) = 0|OPEN|queue|EQ|0",
        "mean_ci_high(queue) != 12.5|MEAN_CI_HIGH|queue|NE|12.5",
      })
  void readsRules(
      String text,
      Statistic statistic,
      String interval,
      Rule.Comparison comparison,
      double threshold)
      throws Exception {
    Rule r = Rule.parse(text, INTERVALS);
    assertThat(r.statistic()).isEqualTo(statistic);
    assertThat(r.interval()).isEqualTo(interval);
    assertThat(r.comparison()).isEqualTo(comparison);
    assertThat(r.threshold()).isEqualTo(threshold);
    assertThat(r.text()).isEqualTo(text.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "medain(assessment) <= 180|unknown statistic 'medain'|'^^^^^^'",
        "median(assesment) <= 180|unknown interval 'assesment'|'       ^^^^^^^^^'",
        "median(queue) <= soon|expected a number|'                 ^^^^'",
        "median(queue) 180|expected an operator|'              ^^^'",
        "median(queue) <= 180 d|unexpected text|'                     ^'",
        "median queue <= 180|expected STATISTIC(INTERVAL)|'^^^^^^^^^^^^^^^^^^^'",
      })
  void pointsAtTheBadToken(String text, String message, String pointer) {
    assertThatThrownBy(() -> Rule.parse(text, INTERVALS))
        .isInstanceOfSatisfying(
            Rule.SyntaxException.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.pointer()).isEqualTo(pointer);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "LE, 180, 180, true",
    "LT, 180, 180, false",
    "GE, 0.8, 0.79, false",
    "GT, 1, 2, true",
    "EQ, 0, 0, true",
    "NE, 0, 0, false"
  })
  void comparisons(Rule.Comparison c, double threshold, double value, boolean pass) {
    assertThat(c.test(value, threshold)).isEqualTo(pass);
  }

  /**
   * One rule on one file: each case of {@code file} is {@code DOC>ASSIGNED} (dates, either empty;
   * an empty file's cases record neither), separated by spaces. {@code result} is the group, value,
   * verdict and reason of each result, {@code ;}-separated; {@code -} is none.
   */
  @ParameterizedTest(name = "{0} on [{1}], by year {2}, allow no value {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // The file records no documentation date: the queue is not measurable, whatever the
        // statistic (a count of 0 too would claim what the file cannot see).
        "median(queue) <= 180|>2024-01-10 >2024-02-01|false|false|"
            + "[]:-:fail:not measurable: no documentation_received",
        "n(queue) >= 0|>2024-01-10|false|false|[]:-:fail:not measurable: no documentation_received",
        "median(queue) <= 180|>2024-01-10|false|true|"
            + "[]:-:no value:not measurable: no documentation_received",
        // --by year keeps a not-measurable interval's one row (year empty) and judges it.
        "median(queue) <= 180|>2024-01-10|true|false|"
            + "[]:-:fail:not measurable: no documentation_received",
        // Measurable (one case records only its assignment), but the others still wait: no
        // completed case for a median.
        "median(queue) <= 180|>2024-01-10 2024-05-01> 2024-06-01>|false|false|[]:-:fail:no completed case",
        "p90(queue) <= 180|>2024-01-10 2024-05-01>|false|true|[]:-:no value:no completed case",
        // Counts always have a value on a measurable interval.
        "n(queue) == 0|>2024-01-10 2024-05-01>|false|false|[]:0.0:pass:-",
        "open(queue) <= 1|>2024-01-10 2024-05-01> 2024-06-01>|false|false|[]:2.0:fail:-",
        "median(queue) <= 180|2023-01-01>2023-03-02|false|false|[]:60.0:pass:-",
        // --by year: the cases without an end (year empty) are judged on counts only.
        "median(queue) <= 180|2023-01-01>2023-03-02 2024-05-01>|true|false|[2023]:60.0:pass:-",
        "open(queue) == 0|2023-01-01>2023-03-02 2024-05-01>|true|false|"
            + "[2023]:0.0:pass:-;[]:1.0:fail:-",
        // Only cases without an end: no group is judged, no rule evaluated.
        "median(queue) <= 180|>2024-01-10 2024-05-01>|true|false|-",
        // The cases waiting now: an empty but measurable queue passes, nothing is waiting.
        "max(expected_wait) <= 365|2023-01-01>2023-03-02|false|false|[]:-:pass:no case waiting",
        "max(expected_wait) <= 365|>2024-01-10|false|false|"
            + "[]:-:fail:not measurable: no documentation_received",
      })
  void judgesRules(String rule, String file, boolean byYear, boolean allowNoValue, String result)
      throws Exception {
    Rule r = Rule.parse(rule, INTERVALS);
    List<CaseRecord> cases = cases(file);
    List<GroupBy> groups = byYear ? List.of(YEAR_OF_END) : List.of();
    List<IntervalSummary> summaries = summaries(r, cases, groups);

    List<RuleResult> results =
        RuleResult.evaluate(List.of(r), summaries, groups, allowNoValue, null);

    assertThat(results.stream().map(RuleTest::describe).toList())
        .containsExactlyElementsOf(result == null ? List.of() : List.of(result.split(";")));
  }

  /** {@code expected_wait} without a forecast (no assignment in the window) cannot be judged. */
  @ParameterizedTest
  @CsvSource({"false, fail", "true, no value"})
  void noForecastCannotBeJudged(boolean allowNoValue, String verdict) throws Exception {
    Rule r = Rule.parse("max(expected_wait) <= 365", INTERVALS);
    List<CaseRecord> cases = cases("2024-05-01>");
    String why = "no forecast: no case was assigned in the window";

    List<RuleResult> results =
        RuleResult.evaluate(
            List.of(r), summaries(r, cases, List.of()), List.of(), allowNoValue, why);

    assertThat(results)
        .extracting(RuleTest::describe)
        .containsExactly("[]:-:" + verdict + ":" + why);
  }

  /** The run's last line and its exit: a gate that judged nothing, or could not judge, fails. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "median(queue) <= 180|>2024-01-10 2024-05-01>|false|false|false|"
            + "check failed: 1 check: 0 pass, 1 fail (1 of them cannot be judged).",
        "median(queue) <= 180|>2024-01-10 2024-05-01>|false|true|false|"
            + "check passed: 1 check: 0 pass, 0 fail, 1 without a value (allowed).",
        "median(queue) <= 180|>2024-01-10 2024-05-01>|true|false|false|"
            + "check failed: 0 checks: no rule evaluated. --allow-empty passes.",
        "median(queue) <= 180|>2024-01-10 2024-05-01>|true|false|true|"
            + "check passed: 0 checks: no rule evaluated.",
        "median(queue) <= 30|2023-01-01>2023-03-02 2023-02-01>2023-02-11|false|false|false|"
            + "check failed: 1 check: 0 pass, 1 fail.",
        "median(queue) <= 60|2023-01-01>2023-03-02 2023-02-01>2023-02-11|false|false|true|"
            + "check passed: 1 check: 1 pass, 0 fail.",
      })
  void outcome(
      String rule,
      String file,
      boolean byYear,
      boolean allowNoValue,
      boolean allowEmpty,
      String line)
      throws Exception {
    Rule r = Rule.parse(rule, INTERVALS);
    List<GroupBy> groups = byYear ? List.of(YEAR_OF_END) : List.of();
    List<RuleResult> results =
        RuleResult.evaluate(
            List.of(r), summaries(r, cases(file), groups), groups, allowNoValue, null);

    assertThat(CheckReport.outcome(results, allowEmpty)).isEqualTo(line);
    assertThat(RuleResult.failed(results, allowEmpty)).isEqualTo(line.startsWith("check failed"));
  }

  /**
   * The summaries {@code check} judges {@code r} on: its interval's, or for {@code expected_wait}
   * those of the queue's expected assignments, measurable by the file's own coverage.
   */
  private static List<IntervalSummary> summaries(
      Rule r, List<CaseRecord> cases, List<GroupBy> groups) {
    int asOf = (int) AS_OF.toEpochDay();
    Snapshot snapshot = Snapshot.of(cases, asOf);
    if (r.interval().equals(QueueForecast.EXPECTED_WAIT.name())) {
      QueueForecast f = QueueModel.of(snapshot.cases(), asOf, 365, 0.8).forecast();
      return SummaryCalculator.compute(
          new Snapshot(f.expectedAssigned(), asOf, 0),
          request(QueueForecast.EXPECTED_WAIT, groups),
          Coverage.of(snapshot.cases()));
    }
    return SummaryCalculator.compute(snapshot, request(Intervals.QUEUE, groups));
  }

  private static SummaryRequest request(Interval interval, List<GroupBy> groups) {
    return new SummaryRequest(
        List.of(interval), groups, SummaryRequest.DEFAULT_TARGETS, QuantileMethod.R7);
  }

  /** Cases {@code DOC>ASSIGNED}, as read from a file (other milestones not recorded). */
  private static List<CaseRecord> cases(String file) {
    List<CaseRecord> cases = new ArrayList<>();
    for (String c : file.split(" ")) {
      String[] dates = c.split(">", -1);
      int[] days = new int[Milestone.COUNT];
      java.util.Arrays.fill(days, CaseRecord.ABSENT);
      days[Milestone.DOCUMENTATION_RECEIVED.ordinal()] = day(dates[0]);
      days[Milestone.ASSIGNED.ordinal()] = day(dates[1]);
      cases.add(
          new CaseRecord(
              "ID" + cases.size(),
              "",
              days,
              CaseRecord.ABSENT,
              null,
              Map.of(),
              new SourceLine("t.csv", cases.size() + 2)));
    }
    return cases;
  }

  private static int day(String date) {
    return date.isEmpty() ? CaseRecord.ABSENT : (int) LocalDate.parse(date).toEpochDay();
  }

  private static String describe(RuleResult r) {
    return r.group().toString().replace(" ", "")
        + ":"
        + (r.value() == null ? "-" : r.value().toString())
        + ":"
        + r.verdict().label()
        + ":"
        + (r.reason() == null ? "-" : r.reason());
  }
}
