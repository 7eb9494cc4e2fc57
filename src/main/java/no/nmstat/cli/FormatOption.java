package no.nmstat.cli;

import no.nmstat.format.Format;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      for (Format f : Format.values()) {
        if (f.name().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a format: table, csv, tsv, json or markdown");
    }
  }
}
