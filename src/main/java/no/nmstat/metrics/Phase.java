package no.nmstat.metrics;

import static no.nmstat.model.CaseRecord.ABSENT;

import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * The phases a decided case's total time (commissioned to decision) splits into, each attributed to
 * the actor whose turn it was, as in Nye metoder's yearly overview. The phases add up to the total
 * exactly.
 */
public enum Phase {
  SUBMISSION("submission", Actor.COMPANY),
  CLOCK_STOP("clock_stop", Actor.COMPANY),
  QUEUE("queue", Actor.DMP),
  ACTIVE("active", Actor.DMP),
  NEGOTIATION("negotiation", Actor.LIS),
  TO_DECISION("to_decision", Actor.RHF);

  private final String label;
  private final Actor actor;

  Phase(String label, Actor actor) {
    this.label = label;
    this.actor = actor;
  }

  public String label() {
    return label;
  }

  public Actor actor() {
    return actor;
  }

  /**
   * Whether {@code c} can be split into phases: commissioned, documentation received, assigned,
   * report completed and decided (negotiation may be missing: it then took 0 days).
   */
  public static boolean splittable(CaseRecord c) {
    return c.has(Milestone.COMMISSIONED)
        && c.has(Milestone.DOCUMENTATION_RECEIVED)
        && c.has(Milestone.ASSIGNED)
        && c.has(Milestone.REPORT_COMPLETED)
        && c.has(Milestone.DECISION_DATE);
  }

  /** This phase's days in a {@link #splittable} case. */
  public int days(CaseRecord c) {
    int negotiated = c.day(Milestone.NEGOTIATION_COMPLETED);
    int report = c.day(Milestone.REPORT_COMPLETED);
    return switch (this) {
      case SUBMISSION -> c.day(Milestone.DOCUMENTATION_RECEIVED) - c.day(Milestone.COMMISSIONED);
      case CLOCK_STOP -> c.clockStopDays();
      case QUEUE -> c.day(Milestone.ASSIGNED) - c.day(Milestone.DOCUMENTATION_RECEIVED);
      case ACTIVE -> report - c.day(Milestone.ASSIGNED) - c.clockStopDays();
      case NEGOTIATION -> negotiated == ABSENT ? 0 : negotiated - report;
      case TO_DECISION ->
          c.day(Milestone.DECISION_DATE) - (negotiated == ABSENT ? report : negotiated);
    };
  }
}
