package no.nmstat.metrics;

import static no.nmstat.model.CaseRecord.ABSENT;

import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;

/**
 * A named span between two milestones, in calendar days (DOMAIN.md §3).
 *
 * @param name the name used on the command line and in output
 * @param from the start milestone
 * @param fromFallback the start used when {@code from} is missing (to_decision starts at the
 *     report when there was no negotiation), or {@code null}
 * @param to the end milestone
 * @param endsAtIntroducingDecision whether a decision to introduce also ends the interval when
 *     {@code to} is missing (WAIT's time to availability)
 * @param minusClockStops whether the company's clock stops are subtracted
 * @param clockStop whether this is the clock-stop interval, whose value is the column itself
 * @param actor who the days are attributed to
 * @param description what the interval measures, for help and reports
 */
public record Interval(
    String name,
    Milestone from,
    Milestone fromFallback,
    Milestone to,
    boolean endsAtIntroducingDecision,
    boolean minusClockStops,
    boolean clockStop,
    Actor actor,
    String description) {

  /** A plain interval from {@code from} to {@code to}. */
  public static Interval between(
      String name, Milestone from, Milestone to, boolean minusClockStops, Actor actor,
      String description) {
    return new Interval(name, from, null, to, false, minusClockStops, false, actor, description);
  }

  /**
   * This interval for one case, with open cases aged at {@code asOfDay}.
   *
   * <p>The clock-stop interval is completed with the report (the total is final then) and open
   * while documentation is in DMP's hands. An open age subtracts the clock stops recorded so far
   * where the interval does, and is never below 0.
   */
  public Observation observe(CaseRecord c, int asOfDay) {
    if (clockStop) {
      if (c.has(Milestone.REPORT_COMPLETED)) {
        return new Observation(Observation.State.COMPLETED, c.clockStopDays(),
            c.day(Milestone.REPORT_COMPLETED));
      }
      return c.has(Milestone.DOCUMENTATION_RECEIVED)
          ? new Observation(Observation.State.OPEN, c.clockStopDays(), ABSENT)
          : Observation.NOT_STARTED;
    }
    int start = c.day(from);
    if (start == ABSENT && fromFallback != null) {
      start = c.day(fromFallback);
    }
    if (start == ABSENT) {
      return Observation.NOT_STARTED;
    }
    int end = endDay(c);
    int stops = minusClockStops ? c.clockStopDays() : 0;
    if (end == ABSENT) {
      return new Observation(Observation.State.OPEN, Math.max(0, asOfDay - start - stops), ABSENT);
    }
    return new Observation(Observation.State.COMPLETED, end - start - stops, end);
  }

  private int endDay(CaseRecord c) {
    int end = c.day(to);
    if (end == ABSENT && endsAtIntroducingDecision && c.decision() == Decision.INTRODUCED) {
      end = c.day(Milestone.DECISION_DATE);
    }
    return end;
  }

  /** The milestone whose year groups this interval by default: its end. */
  public Milestone yearMilestone() {
    return clockStop ? Milestone.REPORT_COMPLETED : to;
  }
}
