package no.nmstat.model;

import java.util.Optional;

/**
 * A dated step of a case through Nye metoder, in process order (method.md §1).
 *
 * <p>The declaration order of the process milestones is the usual order of the dates ({@link
 * ProcessOrder} says which departures are errors); {@link #MA_DATE} stands outside that chain.
 */
public enum Milestone {
  MA_DATE("ma_date"),
  REQUESTED("requested"),
  COMMISSIONED("commissioned"),
  DOCUMENTATION_RECEIVED("documentation_received"),
  ASSIGNED("assigned"),
  REPORT_COMPLETED("report_completed"),
  NEGOTIATION_COMPLETED("negotiation_completed"),
  DECISION_DATE("decision_date"),
  AVAILABLE_DATE("available_date");

  private final String column;

  Milestone(String column) {
    this.column = column;
  }

  /** The canonical column name, e.g. {@code documentation_received}. */
  public String column() {
    return column;
  }

  /** The milestone whose canonical column is {@code name}. */
  public static Optional<Milestone> byColumn(String name) {
    for (Milestone m : values()) {
      if (m.column.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether this is one of the process's steps (every milestone but {@link #MA_DATE}). */
  public boolean inProcess() {
    return this != MA_DATE;
  }

  @Override
  public String toString() {
    return column;
  }
}
