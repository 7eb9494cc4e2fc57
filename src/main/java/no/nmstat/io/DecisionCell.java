package no.nmstat.io;

import java.util.Locale;
import no.nmstat.model.Decision;

/** Decision cells as case files and Nye Metoder's own pages write them. */
public final class DecisionCell {
  private DecisionCell() {}

  /**
   * The decision a cell records: the canonical codes, and the words of Nye Metoder's pages and
   * decisions workbook ("Innført", "Ikke innført", "Innføres", "Innføres ikke"); any other text is
   * {@link Decision#OTHER}, an empty cell no decision.
   */
  public static Decision read(String value) {
    String v = ColumnNames.normalize(value.toLowerCase(Locale.ROOT));
    return switch (v) {
      case "" -> null;
      case "introduced", "innfort", "innfores" -> Decision.INTRODUCED;
      case "not introduced", "ikke innfort", "innfores ikke", "ikke innfores" ->
          Decision.NOT_INTRODUCED;
      default -> Decision.OTHER;
    };
  }
}
