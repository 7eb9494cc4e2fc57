package no.nmstat.cli;

import java.util.Set;
import no.nmstat.format.Format;
import no.nmstat.format.Plural;
import no.nmstat.io.ReadResult;
import no.nmstat.metrics.Coverage;
import no.nmstat.view.CoverageReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nmstat validate}: every problem in the input. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check case files and report every problem as FILE:LINE:COLUMN: value \"x\":"
            + " reason on stderr, then the warnings (dates out of the usual process order that make"
            + " no interval negative, workbook formulas without a saved value); then the counts,"
            + " and how many valid cases record each milestone (a table for people; --format csv"
            + " or json for programs, the counts then on stderr). Exit 0 when there are no errors,"
            + " 65 when there are.",
    footer = {
      "",
      "Examples:",
      "  nmstat validate data/cases-sample.csv",
      "  nmstat validate export.csv --max-errors 500",
      "  nmstat validate export.csv --format json",
      "  nmstat validate export.csv --date-format dd/MM/yyyy --column assigned=Påbegynt"
    })
final class ValidateCommand extends BaseCommand {
  @Mixin InputOptions input;

  @Mixin FormatOption output;

  // Validation is read by people first: a table even in a pipe, unless a format is asked for.
  @Override
  FormatOption.Formats formats() {
    return FormatOption.Formats.TABLE_FOR_PEOPLE;
  }

  @Override
  ExitStatus run() throws Exception {
    ReadResult r = input.read(env(), Set.of());
    provenance().read(input.files, r.rows());
    Problems.print(env().err(), r.problems(), r.problemCount());
    Problems.print(env().err(), r.warnings(), r.warningCount());
    // Before the counts and the table on stdout, as the help says: on a terminal, where both
    // streams show, the problems come first.
    env().err().flush();
    String counts =
        Plural.count(r.rows(), "row", "rows")
            + ", "
            + Plural.count(r.cases().size(), "valid case", "valid cases")
            + ", "
            + Plural.count(r.invalidRows(), "invalid row", "invalid rows")
            + ", "
            + Plural.count(r.problemCount(), "problem", "problems")
            + ", "
            + Plural.count(r.warningCount(), "warning", "warnings");
    Format format = output.resolve(env());
    boolean countsOnStdout = format.human() && output.toStdout();
    // A file that could not be read at all (no header, a missing column) records nothing to show.
    if (r.fatal()) {
      env().out().println(counts);
    } else if (countsOnStdout) {
      env().out().println(counts);
      env().out().println();
    } else {
      env().err().println("nmstat: " + counts);
    }
    if (!r.fatal()) {
      output.write(CoverageReport.table(Coverage.of(r.cases())), env());
    }
    return r.clean() ? ExitStatus.OK : ExitStatus.DATA_ERROR;
  }
}
