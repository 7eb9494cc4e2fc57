package no.nmstat.changes;

/**
 * What a change between two versions of a case list is (method.md §2.6). A case list should only
 * grow: a new case, a milestone or decision recorded, a value filled in; every other change is a
 * correction of what the older list said.
 */
public enum ChangeKind {
  /** A case (a round of a method and indication) the older list did not have. */
  NEW_CASE("new_case", false),
  /** A milestone recorded for the first time; the decision's date is a {@link #DECISION}. */
  MILESTONE("milestone", false),
  /**
   * A decision recorded (its date, its value), or a later decision date with a decision value: a
   * re-decision, since the official workbook shows only the latest.
   */
  DECISION("decision", false),
  /** A clock stop recorded for the first time, or a total that grew before the report. */
  CLOCK_STOP("clock_stop", false),
  /** A descriptive value (area, method type, a flag…) filled in where it was empty. */
  VALUE("value", false),
  /** A correction: a date or value changed other than as above. */
  CHANGED("changed", true),
  /** A correction: a date or value the older list had and the newer one has not. */
  REMOVED("removed", true),
  /** A correction: a case the older list had and the newer one has not. */
  VANISHED("vanished", true);

  private final String code;
  private final boolean correction;

  ChangeKind(String code, boolean correction) {
    this.code = code;
    this.correction = correction;
  }

  /** The name written in output, e.g. {@code new_case}. */
  public String code() {
    return code;
  }

  /** Whether the newer list corrects the older one here rather than adding to it. */
  public boolean correction() {
    return correction;
  }

  @Override
  public String toString() {
    return code;
  }
}
