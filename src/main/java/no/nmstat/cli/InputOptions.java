package no.nmstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.nmstat.io.CaseReader;
import no.nmstat.io.ReadResult;
import no.nmstat.table.InputFileException;
import no.nmstat.table.InputSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The case files and how to read them, shared by every command that reads cases. */
final class InputOptions {
  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "Case files: CSV (comma or semicolon) or .xlsx; '-' reads standard input.")
  List<String> files = new ArrayList<>();

  @Mixin ReadingOptions reading;

  /**
   * Reads every file, keeping the text columns in {@code keep} (null: all); problems are in the
   * result, for the caller to judge.
   */
  ReadResult read(Environment env, Set<String> keep) throws InputFileException {
    return readCases(files, reading, env, keep);
  }

  /** Reads {@code files} (names as given on the command line) as case files. */
  static ReadResult readCases(
      List<String> files, ReadingOptions reading, Environment env, Set<String> keep)
      throws InputFileException {
    List<InputSource> sources = new ArrayList<>();
    for (String f : files) {
      sources.add(InputSource.of(f, env.workingDirectory(), env.in()));
    }
    return CaseReader.readAll(sources, reading.options(env).keeping(keep));
  }
}
