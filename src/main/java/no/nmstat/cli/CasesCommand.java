package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Interval;
import no.nmstat.view.CaseReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nmstat cases}: one row per case with each interval's days. */
@Command(
    name = "cases",
    mixinStandardHelpOptions = true,
    description =
        "One row per case with each interval's days and whether it is completed or"
            + " open (then the days are its age on the as-of date).",
    footer = {
      "",
      "Examples:",
      "  nmstat cases data/cases-sample.csv --format csv > per-case.csv",
      "  nmstat cases cases.csv --intervals queue,assessment --as-of 2025-06-30",
      "  nmstat cases cases.csv --format json \\",
      "      | jq '.[] | select(.queue_status == \"open\")'"
    })
final class CasesCommand extends CaseFileCommand {
  @Mixin IntervalOptions intervals;

  @Mixin FormatOption output;

  @Override
  ExitStatus run() throws Exception {
    List<Interval> selected = intervals.intervals();
    intervals.targets(); // a bad --target is an error here too, not silently ignored
    LocalDate date = asOf.resolve(env());
    ReadResult result = readValid();
    warnAgainstOrder(selected);
    output.write(CaseReport.table(snapshot(result, date), selected, result.extraColumns()), env());
    return ExitStatus.OK;
  }
}
