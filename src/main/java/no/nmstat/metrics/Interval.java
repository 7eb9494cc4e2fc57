package no.nmstat.metrics;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.Objects;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * A named span between two milestones, in calendar days (method.md §3).
 *
 * @param name the name used on the command line and in output
 * @param from the start milestone
 * @param fromFallback the start used when {@code from} is missing (to_decision starts at the report
 *     when there was no negotiation), or {@code null}
 * @param to the end milestone
 * @param endsAtIntroducingDecision whether the interval ends at the first yes ({@link
 *     CaseRecord#yesDay}: the availability date {@code to}, else a decision to introduce, else a
 *     later round's yes): WAIT's time to availability
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

  // values() copies its array; observe runs once per case and interval.
  private static final Milestone[] MILESTONES = Milestone.values();

  /** A plain interval from {@code from} to {@code to}. */
  public static Interval between(
      String name,
      Milestone from,
      Milestone to,
      boolean minusClockStops,
      Actor actor,
      String description) {
    return new Interval(name, from, null, to, false, minusClockStops, false, actor, description);
  }

  /**
   * This interval for one case, with open cases aged at {@code asOfDay}.
   *
   * <p>A started interval with no end is open, or missing when a later milestone is recorded
   * (method document §3). An open age subtracts the clock stops recorded so far where the interval
   * does, and is never below 0. Recorded clock stops are subtracted; an unrecorded one counts as 0.
   */
  public Observation observe(CaseRecord c, int asOfDay) {
    if (perMethod() && c.round() > 1) {
      return Observation.NOT_STARTED;
    }
    if (clockStop) {
      return observeClockStop(c);
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
    if (end != ABSENT) {
      return new Observation(Observation.State.COMPLETED, end - start - stops, end);
    }
    if (laterRecorded(c, to)) {
      return Observation.MISSING;
    }
    return new Observation(Observation.State.OPEN, Math.max(0, asOfDay - start - stops), ABSENT);
  }

  /**
   * The clock stop is completed with the report when its total is recorded (a recorded 0 included)
   * and missing when not; before the report it is open while documentation is in DMP's hands, at
   * the days recorded so far.
   */
  private Observation observeClockStop(CaseRecord c) {
    if (!c.has(Milestone.DOCUMENTATION_RECEIVED) && !c.has(Milestone.REPORT_COMPLETED)) {
      return Observation.NOT_STARTED;
    }
    if (c.has(Milestone.REPORT_COMPLETED)) {
      return c.clockStopRecorded()
          ? new Observation(
              Observation.State.COMPLETED, c.clockStopDays(), c.day(Milestone.REPORT_COMPLETED))
          : Observation.MISSING;
    }
    return laterRecorded(c, Milestone.REPORT_COMPLETED)
        ? Observation.MISSING
        : new Observation(Observation.State.OPEN, c.clockStopDays(), ABSENT);
  }

  /**
   * Whether a milestone after {@code end} in the process is recorded, or a later round has begun:
   * then an empty end is unknown or skipped, not still to come. Time to availability is the
   * exception: a later round is where a yes may still come.
   */
  private boolean laterRecorded(CaseRecord c, Milestone end) {
    if (!end.inProcess()) {
      return false;
    }
    for (Milestone m = next(end); m != null; m = next(m)) {
      if (c.has(m)) {
        return true;
      }
    }
    return !endsAtIntroducingDecision && c.nextRoundStart() != ABSENT;
  }

  private static Milestone next(Milestone m) {
    int i = m.ordinal() + 1;
    return i < MILESTONES.length ? MILESTONES[i] : null;
  }

  // W.A.I.T.'s end is the first yes: this round's (its availability, else an introducing
  // decision), else a later round's.
  private int endDay(CaseRecord c) {
    if (!endsAtIntroducingDecision) {
      return c.day(to);
    }
    int end = c.yesDay();
    return end != ABSENT ? end : c.laterRoundYes();
  }

  /**
   * Whether the interval is measured once per method and indication (it starts at the marketing
   * authorisation): then only the first round counts, to its first decision, or to the first yes of
   * any round.
   */
  public boolean perMethod() {
    return from == Milestone.MA_DATE;
  }

  /** The milestone whose year groups this interval by default: its end. */
  public Milestone yearMilestone() {
    return clockStop ? Milestone.REPORT_COMPLETED : to;
  }

  /**
   * Written out, not left to the record: the generated equals is linked through method handles on
   * its first call, which costs a one-shot run several milliseconds (docs/benchmarks.md, start-up).
   * Every component takes part (IntervalTest checks this).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Interval i
        && Objects.equals(name, i.name)
        && from == i.from
        && fromFallback == i.fromFallback
        && to == i.to
        && endsAtIntroducingDecision == i.endsAtIntroducingDecision
        && minusClockStops == i.minusClockStops
        && clockStop == i.clockStop
        && actor == i.actor
        && Objects.equals(description, i.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, from, to);
  }
}
