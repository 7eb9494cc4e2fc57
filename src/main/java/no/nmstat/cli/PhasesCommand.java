package no.nmstat.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.GroupBy;
import no.nmstat.phases.PhaseBreakdown;
import no.nmstat.view.PhasesReport;
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
      "  nmstat phases cases.csv --by tertial --of commissioned",
      "",
      "--by year groups by the year of the decision unless --of says otherwise."
    })
final class PhasesCommand extends CaseFileCommand {
  @Mixin QuantileOption quantile;

  @Mixin GroupOptions grouping;

  @Mixin FormatOption output;

  /**
   * Notes on stderr what the file lacks: once for the whole breakdown when no case can be split
   * ("phases: no case has documentation_received recorded"), else once per phase it cannot measure
   * (an actor's sum follows from its phases).
   */
  private void notePhases(List<PhaseBreakdown.Line> lines) {
    // What is measurable is the file's, the same in every group: the first group's lines tell.
    List<PhaseBreakdown.Line> first = new ArrayList<>();
    for (PhaseBreakdown.Line l : lines) {
      first.add(l);
      if (l.actor() == Actor.ALL) {
        break;
      }
    }
    if (first.isEmpty()) {
      return;
    }
    PhaseBreakdown.Line total = first.get(first.size() - 1);
    if (!total.measurable()) {
      noteUnrecorded("phases", total.unrecorded());
      return;
    }
    first.stream()
        .filter(l -> l.phase() != null && !l.measurable())
        .forEach(l -> noteUnrecorded(l.phase().label(), l.unrecorded()));
  }

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
    notePhases(lines);
    output.write(PhasesReport.table(lines, groups, output.resolve(env()).human()), env());
    return ExitStatus.OK;
  }
}
