package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.format.Format;
import no.nmstat.format.Table;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.summary.IntervalSummary;
import no.nmstat.summary.SummaryCalculator;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.view.SummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nmstat summary}: the statistics of every interval, per group. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description =
        "Statistics of each interval: n, open, mean, sd, percentiles, the 95%% CI of"
            + " the mean and the share within target.",
    footer = {
      "",
      "Examples:",
      "  nmstat summary data/cases-sample.csv",
      "  nmstat summary cases.csv --intervals queue,assessment --by year",
      "  nmstat summary cases.csv --by year --of documentation_received --km",
      "  nmstat summary cases.csv --by area,orphan --format markdown",
      "  nmstat summary cases.csv --where 'area=Blodkreft|Lungekreft' \\",
      "      --where 'decision_date>=2024-01-01'",
      "  nmstat summary cases.csv --interval wait=requested..assigned --target wait=365",
      "  nmstat summary cases.csv --as-of 2024-12-31 --quantile-method 6 --format json",
      "",
      "Open cases (started, not finished on the as-of date) are counted in 'open', missing"
          + " ones (end not recorded, a later milestone recorded) in 'missing'; both are left"
          + " out of the other figures. Grouped by year of the end, they form their own group"
          + " with an empty year. --km adds the Kaplan-Meier median, its 95%% CI and p90, which"
          + " count open cases as censored (JSON always has them)."
    })
final class SummaryCommand extends CaseFileCommand {
  @Mixin SummaryOptions options;

  @Option(
      names = "--km",
      description =
          "Add Kaplan-Meier figures (open cases censored): km_median, km_ci_low,"
              + " km_ci_high, km_p90.")
  boolean km;

  @Override
  Set<String> columnsUsed() {
    return options.grouping.columns();
  }

  @Override
  ExitStatus run() throws Exception {
    List<Interval> selected = options.intervals.intervals();
    Map<String, Integer> targets = options.intervals.targets();
    options.grouping.validate();
    LocalDate date = asOf.resolve(env());
    ReadResult result = readValid();
    List<GroupBy> groups = options.grouping.groups(result.extraColumns());
    SummaryRequest request = new SummaryRequest(selected, groups, targets, options.quantile.method);
    warnAgainstOrder(selected);
    List<IntervalSummary> summaries = SummaryCalculator.compute(snapshot(result, date), request);
    noteNotMeasurable(summaries);
    noteClockStops(summaries);
    Format format = options.output.resolve(env());
    Table table =
        format.human()
            ? SummaryReport.human(summaries, groups, options.quantile.method, date, km)
            : SummaryReport.machine(summaries, groups, km || format == Format.JSON);
    options.output.write(table, env());
    return ExitStatus.OK;
  }
}
