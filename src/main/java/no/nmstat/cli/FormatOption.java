package no.nmstat.cli;

import no.nmstat.format.Format;
import picocli.CommandLine.Option;

/** The output format, defaulting to a table on a terminal and CSV in a pipe. */
final class FormatOption {
  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", converter = Converter.class,
      description = "table, csv, tsv, json or markdown (default: table on a terminal, else csv).")
  Format format;

  Format resolve(Environment env) {
    if (format != null) {
      return format;
    }
    return env.terminal() ? Format.TABLE : Format.CSV;
  }

  /** Reads a format name in any case. */
  static final class Converter extends EnumConverter<Format> {
    Converter() {
      super(Format.class, "format");
    }
  }
}
