package no.nmstat.cli;

import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import no.nmstat.io.ColumnNames;
import no.nmstat.table.DateReader;
import no.nmstat.table.Progress;
import no.nmstat.table.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How to read input files: encoding, dates, column mappings, how many problems to show. */
final class ReadingOptions {
  // The command this mixin is part of: usage errors name it.
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description =
          "Character set of a CSV input (default: detected; UTF-8, else" + " windows-1252).")
  Charset encoding;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description = "Pattern for dates beyond 2023-04-17 and 17.04.2023, e.g. dd/MM/yyyy.")
  String dateFormat;

  @Option(
      names = "--column",
      paramLabel = "CANONICAL=HEADER",
      description = "Read a canonical column from the named header, overriding the aliases.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(
      names = "--sheet",
      paramLabel = "NAME|N",
      description =
          "The sheet of an .xlsx workbook to read: its name, or its number from 1"
              + " (default: the first).")
  String sheet;

  @Option(
      names = "--max-errors",
      paramLabel = "N",
      defaultValue = "50",
      description = "Problems to print before counting the rest (default: ${DEFAULT-VALUE}).")
  int maxErrors;

  /** The options for the readers, or a usage error; progress shows where stderr is a tty. */
  ReadOptions options(Environment env) {
    for (String canonical : columns.keySet()) {
      if (!ColumnNames.isCanonical(canonical)) {
        throw new ParameterException(
            mixee.commandLine(),
            "--column "
                + canonical
                + "=...: not a canonical column; one of "
                + String.join(", ", ColumnNames.canonical()));
      }
    }
    if (maxErrors < 1) {
      throw new ParameterException(mixee.commandLine(), "--max-errors must be at least 1");
    }
    if (dateFormat != null && dateFormat.contains("mm") && !dateFormat.matches(".*[Hhk].*")) {
      throw new ParameterException(
          mixee.commandLine(),
          "--date-format "
              + dateFormat
              + ": 'mm' is minutes; months are"
              + " 'MM' ("
              + dateFormat.replace("mm", "MM")
              + ")");
    }
    DateReader dates;
    try {
      dates = dateFormat == null ? DateReader.standard() : DateReader.withPattern(dateFormat);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          mixee.commandLine(), "--date-format " + dateFormat + ": " + e.getMessage());
    }
    return new ReadOptions(
        encoding,
        dates,
        columns,
        maxErrors,
        env.errTerminal() ? new TerminalProgress(env.err()) : Progress.NONE,
        null,
        sheet);
  }
}
