package no.nmstat.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.nmstat.backlog.Backlog;
import no.nmstat.backlog.BacklogRow;
import no.nmstat.format.Format;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.view.BacklogReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code nmstat backlog}: how many cases wait where, period by period. */
@Command(
    name = "backlog",
    mixinStandardHelpOptions = true,
    description =
        "Cases in each state (awaiting documentation, DMP queue, assessment,"
            + " negotiation, awaiting decision) at the end of each period, the flow in and out,"
            + " and the median age of the DMP queue.",
    footer = {
      "",
      "Examples:",
      "  nmstat backlog data/cases-sample.csv --every quarter",
      "  nmstat backlog cases.csv --every month --from 2022-01-01 --to 2022-12-31",
      "  nmstat backlog cases.csv --every year --format markdown",
      "",
      "The last period ends at --to or the as-of date, whichever is earlier. CSV, TSV and"
          + " JSON also give the flow in and out of every state."
    })
final class BacklogCommand extends CaseFileCommand {
  @Mixin QuantileOption quantile;

  @Mixin FormatOption output;

  @Option(
      names = "--every",
      paramLabel = "PERIOD",
      defaultValue = "quarter",
      converter = PeriodConverter.class,
      description = "month, quarter, tertial, half or year (default: ${DEFAULT-VALUE}).")
  Period every;

  @Option(
      names = "--from",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description =
          "First date (default: the earliest date a case entered a state: commissioned,"
              + " documentation received, assigned, report, negotiation or decision).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "DATE",
      converter = AsOfOption.DateConverter.class,
      description = "Last date (default and latest: the as-of date).")
  LocalDate to;

  @Override
  Set<String> columnsUsed() {
    return Set.of();
  }

  @Override
  ExitStatus run() throws Exception {
    LocalDate date = asOf.resolve(env());
    LocalDate last = to == null || to.isAfter(date) ? date : to;
    if (from != null && from.isAfter(last)) {
      throw new ParameterException(
          spec.commandLine(), "--from " + from + " is after the last date " + last);
    }
    ReadResult result = readValid();
    Snapshot snapshot = snapshot(result, date);
    LocalDate first = from != null ? from : Backlog.firstDate(snapshot);
    List<BacklogRow> rows =
        first == null || first.isAfter(last)
            ? List.of()
            : Backlog.compute(snapshot, every, first, last, quantile.method);
    Format format = output.resolve(env());
    output.write(BacklogReport.table(rows, format.human()), env());
    return ExitStatus.OK;
  }

  /** Reads a period (month, quarter, tertial, half, year) in any case. */
  static final class PeriodConverter extends EnumConverter<Period> {
    PeriodConverter() {
      super(Period.class, "period");
    }
  }
}
