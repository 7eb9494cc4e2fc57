package no.nmstat.cli;

import java.io.PrintWriter;
import no.nmstat.io.InvalidInputException;
import no.nmstat.io.UnknownColumnException;
import no.nmstat.table.InputFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into a message on stderr and its exit code; no stack trace without --debug.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final PrintWriter err;

  Failures(PrintWriter err) {
    this.err = err;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    if (e instanceof CommandLine.UnmatchedArgumentException u
        && !u.getUnmatched().isEmpty()
        && !u.getSuggestions().isEmpty()) {
      String what = u.getUnmatched().get(0).startsWith("-") ? "option" : "command";
      err.println(
          "nmstat: unknown "
              + what
              + " '"
              + u.getUnmatched().get(0)
              + "'; did you mean "
              + String.join(" or ", u.getSuggestions().stream().limit(3).toList())
              + "?");
    } else if (e instanceof CommandLine.UnmatchedArgumentException u
        && !u.getUnmatched().isEmpty()
        && cmd.getParent() == null
        && !cmd.getSubcommands().isEmpty()
        && !u.getUnmatched().get(0).startsWith("-")) {
      err.println(
          "nmstat: unknown command '"
              + u.getUnmatched().get(0)
              + "'; commands: "
              + String.join(", ", cmd.getSubcommands().keySet()));
    } else {
      err.println("nmstat: " + plainWords(e.getMessage()));
    }
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitStatus.USAGE.code();
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    ExitStatus status;
    if (e instanceof OutputFailure.StdoutException failure) {
      return Nmstat.outputFailed(failure, err);
    } else if (e instanceof OutputFile.WriteException) {
      err.println("nmstat: " + e.getMessage());
      status = ExitStatus.CANNOT_CREATE;
    } else if (e instanceof InvalidInputException invalid) {
      Problems.print(err, invalid.problems(), invalid.total());
      boolean skippable =
          invalid.skippable() && cmd.getCommandSpec().findOption("--skip-invalid") != null;
      err.println(
          "nmstat: "
              + invalid.getMessage()
              + "; no results"
              + (!skippable
                  ? ""
                  : invalid.hint() != null
                      ? " (" + invalid.hint() + ")"
                      : invalid.fatal()
                          ? " (the file cannot be read at all, so --skip-invalid cannot help)"
                          : " (--skip-invalid computes on the valid rows)"));
      status = ExitStatus.DATA_ERROR;
    } else if (e instanceof InputFileException) {
      err.println("nmstat: " + e.getMessage());
      status = ExitStatus.NO_INPUT;
    } else if (e instanceof UnknownColumnException) {
      // Found by the reader (no picocli there), but a usage error of the command line.
      return handleParseException(new ParameterException(cmd, e.getMessage()), new String[0]);
    } else {
      err.println("nmstat: internal error: " + e + " (rerun with --debug for details)");
      status = ExitStatus.INTERNAL_ERROR;
    }
    if (debug(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return status.code();
  }

  /** picocli's conversion messages without Java's words ("not an int", exception names). */
  static String plainWords(String message) {
    return message
        .replaceAll("is not an? (int|long|Integer|Long)\\b", "is not a whole number")
        .replaceAll("is not an? (double|float|Double)\\b", "is not a number")
        .replaceAll(
            "cannot convert '([^']*)' to Charset \\(.*\\)",
            "'$1' is not a character set (e.g. UTF-8 or windows-1252)");
  }

  private static boolean debug(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
