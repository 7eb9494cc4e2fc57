package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.PhaseBreakdown;
import no.nmstat.report.PhasesReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nmstat phases}: where the days go, by actor. */
@Command(
    name = "phases",
    mixinStandardHelpOptions = true,
    description =
        "Days per phase attributed to its actor (company, DMP, LIS, RHF), mean and"
            + " median, and each one's share of the total, for decided cases.",
    footer = {
      "",
      "Examples:",
      "  nmstat phases data/cases-sample.csv",
      "  nmstat phases cases.csv --by year --format markdown",
      "  nmstat phases cases.csv --by year --year-of commissioned",
      "",
      "--by year groups by the year of the decision unless --year-of says otherwise."
    })
final class PhasesCommand extends CaseFileCommand {
  @Mixin QuantileOption quantile;

  @Mixin GroupOptions grouping;

  @Mixin FormatOption output;

  @Override
  Set<String> columnsUsed() {
    return grouping.columns();
  }

  @Override
  ExitStatus run() throws Exception {
    grouping.validate();
    LocalDate date = asOf.resolve(env());
    ReadResult result = readValid();
    List<GroupBy> groups = grouping.groups(result.extraColumns());
    List<PhaseBreakdown.Line> lines =
        PhaseBreakdown.compute(snapshot(result, date), groups, quantile.method);
    output.write(PhasesReport.table(lines, groups), env());
    return ExitStatus.OK;
  }
}
