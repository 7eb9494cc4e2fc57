package no.nmstat.io;

import java.util.Optional;

/** Yes/no cells as people type them, in English and Norwegian. */
public final class YesNo {
  private YesNo() {}

  /**
   * {@code "yes"}, {@code "no"} or {@code ""} for an empty cell; empty Optional when the text is
   * not a yes/no value.
   */
  public static Optional<String> read(String value) {
    String v = value.strip().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "" -> Optional.of("");
      case "yes", "y", "ja", "j", "true", "1", "x" -> Optional.of("yes");
      case "no", "n", "nei", "false", "0" -> Optional.of("no");
      default -> Optional.empty();
    };
  }
}
