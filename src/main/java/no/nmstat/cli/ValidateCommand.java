package no.nmstat.cli;

import no.nmstat.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nmstat validate}: every problem in the input. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description =
        "Check case files and report every problem as FILE:LINE:COLUMN: value \"x\":"
            + " reason on stderr, then the warnings (dates out of the usual process order that make"
            + " no interval negative, workbook formulas without a saved value); exit 0 when there"
            + " are no errors, 65 when there are.",
    footer = {
      "",
      "Examples:",
      "  nmstat validate data/cases-sample.csv",
      "  nmstat validate export.csv --max-errors 500",
      "  nmstat validate export.csv --date-format dd/MM/yyyy --column assigned=Påbegynt"
    })
final class ValidateCommand extends BaseCommand {
  @Mixin InputOptions input;

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  ExitStatus run() throws Exception {
    ReadResult r = input.read(env(), java.util.Set.of());
    Problems.print(env().err(), r.problems(), r.problemCount());
    Problems.print(env().err(), r.warnings(), r.warningCount());
    env()
        .out()
        .println(
            count(r.rows(), "row")
                + ", "
                + count(r.cases().size(), "valid case")
                + ", "
                + count(r.invalidRows(), "invalid row")
                + ", "
                + count(r.problemCount(), "problem")
                + ", "
                + count(r.warningCount(), "warning"));
    return r.clean() ? ExitStatus.OK : ExitStatus.DATA_ERROR;
  }
}
