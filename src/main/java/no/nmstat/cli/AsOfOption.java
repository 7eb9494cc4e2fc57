package no.nmstat.cli;

import java.time.LocalDate;
import no.nmstat.metrics.AsOfDate;
import no.nmstat.table.DateReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The date the data is seen from. */
final class AsOfOption {
  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = DateConverter.class,
      description =
          "Date at which open cases are aged and later milestones are not yet"
              + " reached (default: today).")
  LocalDate asOf;

  /** The option, else today. */
  LocalDate resolve(Environment env) {
    return asOf != null ? asOf : LocalDate.now(env.clock());
  }

  /**
   * The sentence for an as-of date defaulted to today more than {@link AsOfDate#FAR_DAYS} days
   * after the latest milestone date of the file, else null.
   */
  String farFromData(int latestDay, LocalDate date) {
    return asOf == null ? AsOfDate.farFromData(latestDay, date) : null;
  }

  /** Notes on stderr, once, an as-of date defaulted to today far after the file's latest date. */
  void noteFarFromData(Environment env, int latestDay, LocalDate date) {
    String sentence = farFromData(latestDay, date);
    if (sentence != null) {
      env.err().println("nmstat: note: " + sentence);
    }
  }

  /** Reads dates in the formats of the input files. */
  static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      DateReader.Result r = DateReader.standard().read(value);
      if (r instanceof DateReader.Day d) {
        return LocalDate.ofEpochDay(d.epochDay());
      }
      throw new TypeConversionException("'" + value + "' is not a date (2024-01-05 or 05.01.2024)");
    }
  }
}
