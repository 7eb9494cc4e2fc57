package no.nmstat.cli;

import java.util.Locale;
import no.nmstat.stats.QuantileMethod;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The sample-quantile definition. */
final class QuantileOption {
  @Option(
      names = "--quantile-method",
      paramLabel = "TYPE",
      defaultValue = "7",
      converter = Converter.class,
      description =
          "R quantile type 1-9 (default ${DEFAULT-VALUE}: Excel PERCENTILE.INC,"
              + " numpy linear).")
  QuantileMethod method;

  /** Reads 7, R7 or type7. */
  static final class Converter implements ITypeConverter<QuantileMethod> {
    @Override
    public QuantileMethod convert(String value) {
      String digits = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^(r|type)", "");
      if (!digits.matches("[1-9]")) {
        throw new TypeConversionException(
            "'" + value + "' is not a quantile type 1-9 (as R's type=)");
      }
      return QuantileMethod.ofType(Integer.parseInt(digits));
    }
  }
}
