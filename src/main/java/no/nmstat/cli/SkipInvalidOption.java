package no.nmstat.cli;

import no.nmstat.format.Plural;
import no.nmstat.io.InvalidInputException;
import no.nmstat.io.ReadResult;
import picocli.CommandLine.Option;

/**
 * {@code --skip-invalid}, and the one way a command judges the case files it read: the notes every
 * such command prints (unread values, cases out of the usual order, a header without rows, the
 * skipped rows) and when their problems stop the run.
 */
final class SkipInvalidOption {
  @Option(
      names = "--skip-invalid",
      description =
          "Compute on the valid rows and report the skipped count on stderr"
              + " (default: any bad row stops the run with exit 65).")
  boolean skipInvalid;

  /**
   * The valid cases of {@code result}, with its notes on stderr, or an exception when the input has
   * problems that --skip-invalid does not allow past.
   */
  ReadResult valid(Environment env, ReadResult result) throws InvalidInputException {
    Problems.printUnread(env.err(), result);
    if (result.casesWarned() > 0) {
      env.err()
          .println(
              "nmstat: note: "
                  + Plural.count(result.casesWarned(), "case departs", "cases depart")
                  + " from the usual process order (warnings: nmstat validate lists them)");
    }
    if (result.clean()) {
      if (result.rows() == 0) {
        env.err().println("nmstat: note: the input has a header but no data rows");
      }
      return result;
    }
    if (!skipInvalid || result.fatal()) {
      throw new InvalidInputException(result.problems(), result.problemCount(), result.fatal());
    }
    // Skipping every row leaves nothing to compute on: that is bad input, not a result.
    if (result.cases().isEmpty()) {
      throw new InvalidInputException(
          result.problems(),
          result.problemCount(),
          false,
          "every row has a problem: --skip-invalid leaves nothing to compute on");
    }
    Problems.print(env.err(), result.problems(), result.problemCount());
    env.err()
        .println(
            "nmstat: skipped "
                + Plural.count(result.invalidRows(), "invalid row", "invalid rows")
                + " of "
                + result.rows()
                + "; results use the other "
                + (result.rows() - result.invalidRows()));
    return result;
  }
}
