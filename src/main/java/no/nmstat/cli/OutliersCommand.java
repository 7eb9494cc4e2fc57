package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.metrics.Outliers;
import no.nmstat.metrics.Snapshot;
import no.nmstat.summary.SummaryRequest;
import no.nmstat.view.OutlierReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nmstat outliers}: the cases that took longest, completed or still open. */
@Command(
    name = "outliers",
    mixinStandardHelpOptions = true,
    description =
        "The cases whose interval runs over a threshold, completed or still open"
            + " (aged on the as-of date), longest first, with their milestone dates.",
    footer = {
      "",
      "Examples:",
      "  nmstat outliers data/cases-sample.csv --interval queue --over 365",
      "  nmstat outliers cases.csv --interval assessment   # over its 180-day target",
      "  nmstat outliers cases.csv --interval wait=requested..assigned --over 500 \\",
      "      -f csv"
    })
final class OutliersCommand extends CaseFileCommand {
  @Mixin FormatOption output;

  @Option(
      names = "--interval",
      required = true,
      paramLabel = "NAME|NAME=FROM..TO",
      completionCandidates = CompletionCommand.IntervalNames.class,
      description = "The interval: a standard one, or a definition as in summary --interval.")
  String interval;

  @Option(
      names = "--over",
      paramLabel = "DAYS",
      description = "List cases with more days than this (default: the interval's target).")
  Integer over;

  @Override
  ExitStatus run() throws Exception {
    Interval chosen =
        interval.contains("=")
            ? IntervalOptions.define(spec.commandLine(), interval, "--interval " + interval)
            : IntervalOptions.lookup(
                spec.commandLine(), Intervals.byName(), interval.strip(), "--interval");
    Integer threshold = over != null ? over : SummaryRequest.DEFAULT_TARGETS.get(chosen.name());
    if (threshold == null) {
      throw new ParameterException(
          spec.commandLine(), "--over DAYS is needed: " + chosen.name() + " has no target");
    }
    if (threshold < 0) {
      throw new ParameterException(spec.commandLine(), "--over must be 0 or more");
    }
    LocalDate date = asOf.resolve(env());
    ReadResult result = readValid();
    warnAgainstOrder(List.of(chosen));
    Snapshot snapshot = snapshot(result, date);
    // An interval the file cannot measure has no case over any threshold: "0 cases over" would
    // claim what the file cannot see. Machine formats drop table notes: stderr says it there.
    List<String> unrecorded = chosen.unrecorded(Coverage.of(snapshot.cases()));
    if (!unrecorded.isEmpty() && !output.resolve(env()).human()) {
      noteUnrecorded(chosen.name(), unrecorded);
    }
    List<Outliers.Outlier> found = Outliers.find(snapshot, chosen, threshold);
    output.write(OutlierReport.table(found, chosen, threshold, date, unrecorded), env());
    return ExitStatus.OK;
  }
}
