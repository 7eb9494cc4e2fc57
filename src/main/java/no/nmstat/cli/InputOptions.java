package no.nmstat.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.io.CaseReader;
import no.nmstat.io.ColumnNames;
import no.nmstat.io.DateReader;
import no.nmstat.io.InputFileException;
import no.nmstat.io.InputSource;
import no.nmstat.io.ReadOptions;
import no.nmstat.io.ReadResult;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The case files and how to read them, shared by every command that reads cases. */
final class InputOptions {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Case files (CSV, comma or semicolon; '-' reads standard input).")
  List<String> files = new ArrayList<>();

  @Option(names = "--encoding", paramLabel = "CHARSET",
      description = "Character set of the input (default: detected; UTF-8, else windows-1252).")
  Charset encoding;

  @Option(names = "--date-format", paramLabel = "PATTERN",
      description = "Pattern for dates beyond 2023-04-17 and 17.04.2023, e.g. dd/MM/yyyy.")
  String dateFormat;

  @Option(names = "--column", paramLabel = "CANONICAL=HEADER",
      description = "Read a canonical column from the named header, overriding the aliases.")
  Map<String, String> columns = new LinkedHashMap<>();

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "50",
      description = "Problems to print before counting the rest (default: ${DEFAULT-VALUE}).")
  int maxErrors;

  /** Reads every file; problems are in the result, for the caller to judge. */
  ReadResult read(Environment env) throws InputFileException {
    return CaseReader.readAll(sources(env), options());
  }

  private List<InputSource> sources(Environment env) {
    List<InputSource> sources = new ArrayList<>();
    for (String f : files) {
      sources.add(InputSource.of(f, env.workingDirectory(), env.in()));
    }
    return sources;
  }

  private ReadOptions options() {
    for (String canonical : columns.keySet()) {
      if (!ColumnNames.isCanonical(canonical)) {
        throw new UsageException("--column " + canonical + "=...: not a canonical column; one of "
            + String.join(", ", ColumnNames.canonical()));
      }
    }
    if (maxErrors < 1) {
      throw new UsageException("--max-errors must be at least 1");
    }
    DateReader dates;
    try {
      dates = dateFormat == null ? DateReader.standard() : DateReader.withPattern(dateFormat);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--date-format " + dateFormat + ": " + e.getMessage());
    }
    return new ReadOptions(encoding, dates, columns, maxErrors);
  }
}
