package no.nmstat.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an enum value by name in any case; the error lists the names in lower case. */
abstract class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;
  private final String what;

  EnumConverter(Class<E> type, String what) {
    this.type = type;
    this.what = what;
  }

  @Override
  public E convert(String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    String names =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new TypeConversionException("'" + value + "' is not a " + what + ": " + names);
  }
}
