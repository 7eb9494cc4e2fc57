package no.nmstat.phases;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.List;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
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

  /** The milestones a case needs to be split into phases. */
  private static final List<Milestone> NEEDED =
      List.of(
          Milestone.COMMISSIONED,
          Milestone.DOCUMENTATION_RECEIVED,
          Milestone.ASSIGNED,
          Milestone.REPORT_COMPLETED,
          Milestone.DECISION_DATE);

  /**
   * Whether {@code c} can be split into phases: commissioned, documentation received, assigned,
   * report completed and decided (negotiation may be missing: it then took 0 days).
   */
  public static boolean splittable(CaseRecord c) {
    for (Milestone m : NEEDED) {
      if (!c.has(m)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The milestones a {@link #splittable} case needs that no case of {@code coverage} records: when
   * there is one, no case can be split and no phase is measurable (method.md §3, measurable).
   */
  public static List<String> unsplittable(Coverage coverage) {
    return NEEDED.stream().filter(m -> !coverage.anyRecorded(m)).map(Milestone::column).toList();
  }

  /** The standard interval this phase measures in a {@link #splittable} case. */
  public Interval interval() {
    return switch (this) {
      case SUBMISSION -> Intervals.SUBMISSION;
      case CLOCK_STOP -> Intervals.CLOCK_STOP;
      case QUEUE -> Intervals.QUEUE;
      case ACTIVE -> Intervals.ACTIVE;
      case NEGOTIATION -> Intervals.NEGOTIATION;
      case TO_DECISION -> Intervals.TO_DECISION;
    };
  }

  /**
   * What this phase needs that no case of {@code coverage} records: what {@link #unsplittable}
   * names, else what its {@link #interval} lacks (clock stops, negotiation dates: a split case
   * without them counts 0 days, which no case shows when none records them). Empty when the phase
   * is measurable.
   */
  public List<String> unrecorded(Coverage coverage) {
    List<String> unsplittable = unsplittable(coverage);
    return unsplittable.isEmpty() ? interval().unrecorded(coverage) : unsplittable;
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
