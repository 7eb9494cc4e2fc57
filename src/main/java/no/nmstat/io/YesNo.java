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
    switch (v) {
      case "":
        return Optional.of("");
      case "yes":
      case "y":
      case "ja":
      case "j":
      case "true":
      case "1":
      case "x":
        return Optional.of("yes");
      case "no":
      case "n":
      case "nei":
      case "false":
      case "0":
        return Optional.of("no");
      default:
        return Optional.empty();
    }
  }
}
