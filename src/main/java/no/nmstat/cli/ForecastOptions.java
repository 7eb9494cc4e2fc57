package no.nmstat.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The window of past assignments a queue forecast takes its rate from. */
final class ForecastOptions {
  @Option(
      names = "--window",
      paramLabel = "DAYS",
      defaultValue = "365",
      converter = WindowConverter.class,
      description =
          "Days before the as-of date over which assignments are counted for the rate"
              + " (default: ${DEFAULT-VALUE}).")
  int window;

  /** Reads a whole number of days, at least 1. */
  static final class WindowConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.strip();
      if (!v.matches("[0-9]{1,5}") || Integer.parseInt(v) < 1) {
        throw new TypeConversionException(
            "'" + value + "' is not a number of days from 1 to 99999");
      }
      return Integer.parseInt(v);
    }
  }

  /** Reads a share between 0 and 1 exclusive, as 0.8 or 80%. */
  static final class LevelConverter implements ITypeConverter<Double> {
    @Override
    public Double convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      double d;
      try {
        d =
            v.endsWith("%")
                ? Double.parseDouble(v.substring(0, v.length() - 1)) / 100
                : Double.parseDouble(v);
      } catch (NumberFormatException e) {
        d = Double.NaN;
      }
      if (!(d > 0 && d < 1) || v.contains("e") || v.contains("n") || v.contains("x")) {
        throw new TypeConversionException(
            "'" + value + "' is not a level between 0 and 1 (e.g. 0.8 or 80%)");
      }
      return d;
    }
  }
}
