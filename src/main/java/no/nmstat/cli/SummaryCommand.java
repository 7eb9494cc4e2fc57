package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.format.Format;
import no.nmstat.format.Table;
import no.nmstat.io.ColumnNames;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.IntervalSummary;
import no.nmstat.metrics.SummaryCalculator;
import no.nmstat.metrics.SummaryRequest;
import no.nmstat.model.Milestone;
import no.nmstat.report.SummaryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code nmstat summary}: the statistics of every interval, per group. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = "Statistics of each interval: n, open, mean, sd, percentiles, the 95%% CI of"
        + " the mean and the share within target.",
    footer = {
      "",
      "Examples:",
      "  nmstat summary data/cases-sample.csv",
      "  nmstat summary cases.csv --intervals queue,assessment --by year",
      "  nmstat summary cases.csv --by year --year-of documentation_received",
      "  nmstat summary cases.csv --by area,orphan --format markdown",
      "  nmstat summary cases.csv --interval wait=requested..assigned --target wait=365",
      "  nmstat summary cases.csv --as-of 2024-12-31 --quantile-method 6 --format json",
      "",
      "Open cases (started, not finished on the as-of date) are counted in 'open' and left"
          + " out of the other figures. Grouped by year of the end, they form their own group"
          + " with an empty year."
    })
final class SummaryCommand extends CaseCommand {
  @Mixin
  AnalysisOptions analysis;

  @Mixin
  FormatOption output;

  @Option(names = "--by", split = ",", paramLabel = "year|COLUMN",
      description = "Group by calendar year (of each interval's end unless --year-of) and/or"
          + " columns, e.g. --by year,area.")
  List<String> by = new ArrayList<>();

  @Option(names = "--year-of", paramLabel = "MILESTONE",
      description = "Milestone whose year --by year uses, e.g. documentation_received.")
  String yearOf;

  @Override
  ExitStatus run() throws Exception {
    List<Interval> intervals = analysis.intervals();
    Map<String, Integer> targets = analysis.targets(intervals);
    Milestone yearMilestone = null;
    if (yearOf != null) {
      yearMilestone = AnalysisOptions.milestone(yearOf, "--year-of " + yearOf);
      if (by.stream().noneMatch(b -> b.strip().equalsIgnoreCase("year"))) {
        throw new UsageException("--year-of needs --by year");
      }
    }
    LocalDate asOf = analysis.asOf(env());
    ReadResult result = readValid();
    List<GroupBy> groups = groups(result.extraColumns(), yearMilestone);
    SummaryRequest request =
        new SummaryRequest(intervals, groups, targets, analysis.quantileMethod);
    List<IntervalSummary> summaries =
        SummaryCalculator.compute(snapshot(result, asOf), request);
    Format format = output.resolve(env());
    Table table = format.human()
        ? SummaryReport.human(summaries, groups, analysis.quantileMethod, asOf)
        : SummaryReport.machine(summaries, groups);
    format.write(table, env().out());
    return ExitStatus.OK;
  }

  private List<GroupBy> groups(List<String> extraColumns, Milestone yearMilestone) {
    List<GroupBy> groups = new ArrayList<>();
    for (String name : by) {
      GroupBy g = group(name.strip(), extraColumns, yearMilestone);
      if (groups.stream().anyMatch(x -> x.key().equals(g.key()))) {
        throw new UsageException("--by " + name + ": given twice");
      }
      groups.add(g);
    }
    return groups;
  }

  private static GroupBy group(String name, List<String> extraColumns, Milestone yearMilestone) {
    if (name.equalsIgnoreCase("year")) {
      return new GroupBy.Year(yearMilestone);
    }
    String canonical = ColumnNames.canonicalOf(name).orElse(null);
    if (canonical != null) {
      if (ColumnNames.TEXT.contains(canonical) || canonical.equals(ColumnNames.DECISION)) {
        return new GroupBy.Column(canonical);
      }
      throw new UsageException("--by " + name + ": cannot group by " + canonical
          + (Milestone.byColumn(canonical).isPresent()
              ? "; use --by year --year-of " + canonical : ""));
    }
    for (String extra : extraColumns) {
      if (ColumnNames.normalize(extra).equals(ColumnNames.normalize(name))) {
        return new GroupBy.Column(extra);
      }
    }
    List<String> choices = new ArrayList<>(List.of("year"));
    choices.addAll(ColumnNames.TEXT);
    choices.add(ColumnNames.DECISION);
    choices.addAll(extraColumns);
    throw new UsageException("--by " + name + ": no such column; choose from "
        + String.join(", ", choices));
  }
}
