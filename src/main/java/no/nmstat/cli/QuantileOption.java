package no.nmstat.cli;

import java.util.Iterator;
import java.util.Locale;
import java.util.stream.IntStream;
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
      completionCandidates = Types.class,
      description =
          "R quantile type 1-9 (default ${DEFAULT-VALUE}: Excel PERCENTILE.INC,"
              + " numpy linear).")
  QuantileMethod method;

  /** The types as completion offers them: the digit, as the help writes it. */
  static final class Types implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return IntStream.rangeClosed(1, 9).mapToObj(Integer::toString).iterator();
    }
  }

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
