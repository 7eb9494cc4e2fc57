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

  /** How many milestones there are: the length of a case's array of days. */
  public static final int COUNT = values().length;

  // values() copies its array on every call, and the loops over the milestones run once per row,
  // case or interval: they all read this one copy.
  private static final Milestone[] ALL = values();

  private final String column;

  Milestone(String column) {
    this.column = column;
  }

  /** The canonical column name, e.g. {@code documentation_received}. */
  public String column() {
    return column;
  }

  /**
   * Every milestone in declaration order, as one shared array without a copy: for loops that run
   * once per row or case. Read it, never write to it.
   */
  public static Milestone[] all() {
    return ALL;
  }

  /** The milestone whose canonical column is {@code name}. */
  public static Optional<Milestone> byColumn(String name) {
    for (Milestone m : ALL) {
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
