package no.nmstat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.check.Rule;
import no.nmstat.check.RuleResult;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueueModel;
import no.nmstat.format.Format;
import no.nmstat.io.InvalidInputException;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Snapshot;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryCalculator;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.table.InputFileException;
import no.nmstat.table.InputProblem;
import no.nmstat.view.CheckReport;
import no.nmstat.view.ForecastReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

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
      "  nmstat check cases.csv --rules kpis.txt --format markdown \\",
      "      >> \"$GITHUB_STEP_SUMMARY\"",
      "",
      "A rule is STATISTIC(INTERVAL) OPERATOR NUMBER. Statistics: n, open, missing, mean, sd,"
          + " min, p25,"
          + " median, p75, p90, max, mean_ci_low, mean_ci_high, within_target (a share: 0.8 or"
          + " 80%%), km_median, km_ci_low, km_ci_high, km_p90. Operators: <= < >= > == !=."
          + " A rules file has one rule per line; # starts a comment.",
      "",
      "The interval expected_wait is the queue forecast's (nmstat forecast): days from"
          + " documentation received to the expected case handler, for the cases in the queue"
          + " now; 'max(expected_wait) <= 365' fails when one is expected to pass a year.",
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

  @Option(
      names = "--require",
      paramLabel = "RULE",
      description = "A rule, e.g. 'median(assessment) <= 180'; repeatable.")
  List<String> require = new ArrayList<>();

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "A file of rules, one per line, # for comments.")
  String rulesFile;

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
    Map<String, Integer> targets = options.intervals.targets();
    options.grouping.validate();
    List<Rule> rules = rules(known);
    LocalDate date = asOf.resolve(env());
    ReadResult result = readValid();
    if (result.cases().isEmpty() && !allowEmpty) {
      env()
          .err()
          .println(
              "nmstat: check failed: the input has no cases, so there is nothing to"
                  + " judge (--allow-empty passes)");
      return ExitStatus.CHECK_FAILED;
    }
    List<GroupBy> groups = options.grouping.groups(result.extraColumns());
    List<Interval> used = rules.stream().map(r -> known.get(r.interval())).distinct().toList();
    warnAgainstOrder(used);
    Snapshot snapshot = snapshot(result, date);
    List<Interval> measured =
        used.stream().filter(i -> !QueueForecast.EXPECTED_WAIT.equals(i)).toList();
    List<IntervalSummary> summaries = new ArrayList<>();
    if (!measured.isEmpty()) {
      summaries.addAll(
          SummaryCalculator.compute(
              snapshot, new SummaryRequest(measured, groups, targets, options.quantile.method)));
    }
    String noForecast = null;
    if (measured.size() < used.size()) {
      QueueForecast f =
          QueueModel.of(snapshot.cases(), snapshot.asOfDay(), forecast.window, DEFAULT_LEVEL)
              .forecast();
      summaries.addAll(expectedWait(f, snapshot, groups, targets));
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
        RuleResult.evaluate(rules, summaries, groups, noValuePasses, noForecast);
    Format format = options.output.resolve(env());
    // On a terminal the verdict shows once, on stderr, where a CI log finds it too; a table
    // written elsewhere keeps its own.
    boolean onTerminal = env().terminal() && env().errTerminal() && options.output.output == null;
    options.output.write(CheckReport.table(results, groups, format.human(), !onTerminal), env());
    env().err().println("nmstat: " + CheckReport.outcome(results, allowEmpty));
    return RuleResult.failed(results, allowEmpty) ? ExitStatus.CHECK_FAILED : ExitStatus.OK;
  }

  /**
   * The summaries of {@code expected_wait}: the forecast's expected days in the queue of the cases
   * in it on the as-of date (with the default level, which the point forecast does not depend on
   * once calibrated), measurable when the file records the queue, even when no case waits.
   */
  private List<IntervalSummary> expectedWait(
      QueueForecast f, Snapshot snapshot, List<GroupBy> groups, Map<String, Integer> targets) {
    String basis = ForecastReport.basis(f).get(0);
    env()
        .err()
        .println(
            "nmstat: note: expected_wait: "
                + basis.substring(0, basis.length() - 1)
                + "; nmstat forecast lists the cases");
    return SummaryCalculator.compute(
        new Snapshot(f.expectedAssigned(), snapshot.asOfDay(), 0),
        new SummaryRequest(
            List.of(QueueForecast.EXPECTED_WAIT), groups, targets, options.quantile.method),
        Coverage.of(snapshot.cases()));
  }

  private static final double DEFAULT_LEVEL = 0.8;

  private static final int MAX_RULES_BYTES = 1 << 20;

  private List<Rule> rules(Map<String, Interval> known)
      throws InputFileException, InvalidInputException {
    List<Rule> rules = new ArrayList<>();
    for (String r : require) {
      rules.add(parse(r, known, "--require"));
    }
    if (rulesFile != null) {
      List<String> lines = readRules();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int hash = line.indexOf('#');
        String text = hash < 0 ? line : line.substring(0, hash);
        if (!text.isBlank()) {
          rules.add(parse(text, known, rulesFile + ":" + (i + 1)));
        }
      }
    }
    if (rules.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "no rules: give --require RULE or --rules FILE");
    }
    return rules;
  }

  /**
   * The rules file's lines. A rules file is a few lines of text: one over 1 MiB, or with a NUL
   * byte, is refused as bad input (exit 65) before it is read to the end ({@code /dev/zero}).
   */
  private List<String> readRules() throws InputFileException, InvalidInputException {
    Path path = env().workingDirectory().resolve(rulesFile);
    try (java.io.InputStream in = Files.newInputStream(path)) {
      byte[] text = in.readNBytes(MAX_RULES_BYTES + 1);
      int nul = -1;
      for (int i = 0; i < text.length && nul < 0; i++) {
        nul = text[i] == 0 ? i : -1;
      }
      if (nul >= 0 || text.length > MAX_RULES_BYTES) {
        long line = 1;
        for (int i = 0; i < (nul >= 0 ? nul : text.length); i++) {
          line += text[i] == '\n' ? 1 : 0;
        }
        String why =
            nul >= 0
                ? "binary data (a NUL byte): not a rules file"
                : "over 1 MiB: not a rules file";
        throw new InvalidInputException(
            List.of(new InputProblem(rulesFile, line, "-", "", why)), 1, true);
      }
      return new String(text, StandardCharsets.UTF_8).lines().toList();
    } catch (NoSuchFileException e) {
      throw new InputFileException(rulesFile + ": no such file", e);
    } catch (IOException e) {
      throw new InputFileException(rulesFile + ": cannot read: " + e.getMessage(), e);
    }
  }

  private Rule parse(String text, Map<String, Interval> known, String where) {
    try {
      return Rule.parse(text, known.keySet());
    } catch (Rule.SyntaxException e) {
      throw new ParameterException(
          spec.commandLine(),
          where + ": " + e.getMessage() + "\n  " + e.rule() + "\n  " + e.pointer());
    }
  }
}
