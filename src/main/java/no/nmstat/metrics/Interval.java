package no.nmstat.metrics;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
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
 * @param fromPreviousRound whether the interval starts at {@code from} of the previous round of the
 *     same method and indication (the re-decision: the previous round's decision, {@link
 *     CaseRecord#previousRoundDecision}); {@code from} is then the decision
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
    boolean fromPreviousRound,
    Actor actor,
    String description) {

  /** A plain interval from {@code from} to {@code to}. */
  public static Interval between(
      String name,
      Milestone from,
      Milestone to,
      boolean minusClockStops,
      Actor actor,
      String description) {
    return new Interval(
        name, from, null, to, false, minusClockStops, false, false, actor, description);
  }

  /**
   * This interval for one case, with open cases aged at {@code asOfDay}.
   *
   * <p>A started interval with no end is open, or missing when a later milestone is recorded
   * (method document §3). An open age subtracts the clock stops recorded so far where the interval
   * does, and is never below 0. Recorded clock stops are subtracted; an unrecorded one counts as 0.
   */
  public Observation observe(CaseRecord c, int asOfDay) {
    CaseTable table = c.table();
    int row = c.row();
    long o = observe(table, row, asOfDay);
    return switch (Observation.state(o)) {
      case NOT_STARTED -> Observation.NOT_STARTED;
      case MISSING -> Observation.MISSING;
      case OPEN -> new Observation(Observation.State.OPEN, Observation.days(o), ABSENT);
      case COMPLETED ->
          new Observation(Observation.State.COMPLETED, Observation.days(o), endDay(table, row));
    };
  }

  /**
   * As {@link #observe(CaseRecord, int)} for row {@code row} of {@code table}, without an object:
   * the state and days packed in a long (read them with {@link Observation#state(long)} and {@link
   * Observation#days(long)}); a completed observation's end is {@link #endDay(CaseTable, int)}. For
   * loops over every case.
   */
  public long observe(CaseTable table, int row, int asOfDay) {
    if (perMethod() && table.round(row) > 1) {
      return Observation.NOT_STARTED_PACKED;
    }
    if (clockStop) {
      return observeClockStop(table, row);
    }
    Milestone startsAt = from;
    int start = fromPreviousRound ? table.previousDecision(row) : table.day(row, from);
    if (start == ABSENT && fromFallback != null) {
      startsAt = fromFallback;
      start = table.day(row, fromFallback);
    }
    // A start this round shares with the previous one was measured there, and a round that has
    // reached no date of its own has not begun (method.md §2.5).
    if (start == ABSENT || (fromPreviousRound ? !begun(table, row) : table.shared(row, startsAt))) {
      return Observation.NOT_STARTED_PACKED;
    }
    int end = end(table, row);
    int stops = minusClockStops ? clockStopDays(table, row) : 0;
    if (end != ABSENT) {
      return Observation.pack(Observation.State.COMPLETED, end - start - stops);
    }
    if (laterRecorded(table, row, to)) {
      return Observation.MISSING_PACKED;
    }
    return Observation.pack(Observation.State.OPEN, Math.max(0, asOfDay - start - stops));
  }

  /**
   * The day this interval ends for row {@code row} of {@code table} when it is completed there (the
   * {@link Observation#endDay} of a completed observation).
   */
  public int endDay(CaseTable table, int row) {
    return clockStop ? table.day(row, Milestone.REPORT_COMPLETED) : end(table, row);
  }

  /** Recorded clock stop days; 0 when none is recorded ({@link CaseRecord#clockStopDays}). */
  private static int clockStopDays(CaseTable table, int row) {
    int d = table.clockStop(row);
    return d == ABSENT ? 0 : d;
  }

  /**
   * The clock stop is completed with the report when its total is recorded (a recorded 0 included)
   * and missing when not; before the report it is open while documentation is in DMP's hands, at
   * the days recorded so far.
   */
  private long observeClockStop(CaseTable table, int row) {
    boolean reported = table.day(row, Milestone.REPORT_COMPLETED) != ABSENT;
    boolean documented = table.day(row, Milestone.DOCUMENTATION_RECEIVED) != ABSENT;
    if ((!documented && !reported)
        || table.shared(
            row, documented ? Milestone.DOCUMENTATION_RECEIVED : Milestone.REPORT_COMPLETED)) {
      return Observation.NOT_STARTED_PACKED;
    }
    boolean recorded = table.clockStop(row) != ABSENT;
    if (reported) {
      return recorded
          ? Observation.pack(Observation.State.COMPLETED, clockStopDays(table, row))
          : Observation.MISSING_PACKED;
    }
    return laterRecorded(table, row, Milestone.REPORT_COMPLETED)
        ? Observation.MISSING_PACKED
        : Observation.pack(Observation.State.OPEN, clockStopDays(table, row));
  }

  /**
   * Whether a milestone after {@code end} in the process is recorded, or a later round has begun:
   * then an empty end is unknown or skipped, not still to come. Time to availability is the
   * exception: a later round is where a yes may still come.
   */
  private boolean laterRecorded(CaseTable table, int row, Milestone end) {
    if (!end.inProcess()) {
      return false;
    }
    for (Milestone m = next(end); m != null; m = next(m)) {
      if (table.day(row, m) != ABSENT) {
        return true;
      }
    }
    return !endsAtIntroducingDecision && table.nextRoundStart(row) != ABSENT;
  }

  /** Whether the row records a process date it does not share with the round before it. */
  private static boolean begun(CaseTable table, int row) {
    for (Milestone m : Milestone.all()) {
      if (m.inProcess() && table.day(row, m) != ABSENT && !table.shared(row, m)) {
        return true;
      }
    }
    return false;
  }

  private static Milestone next(Milestone m) {
    int i = m.ordinal() + 1;
    return i < Milestone.COUNT ? Milestone.all()[i] : null;
  }

  // W.A.I.T.'s end is the first yes: this round's (its availability, else an introducing
  // decision), else a later round's.
  private int end(CaseTable table, int row) {
    if (!endsAtIntroducingDecision) {
      return table.day(row, to);
    }
    int end = table.yesDay(row);
    return end != ABSENT ? end : table.laterYes(row);
  }

  /**
   * What this interval needs that no case of {@code coverage} records (method.md §3, measurable):
   * its start's column, its end's, or the clock stop's; alternatives joined by " or " (to_decision
   * starts at {@code negotiation_completed or report_completed}). Empty when the interval is
   * measurable: then a count of 0 is a fact of the file, not a gap in it.
   */
  public List<String> unrecorded(Coverage coverage) {
    List<String> missing = new ArrayList<>(2);
    if (clockStop) {
      if (!coverage.anyClockStop()) {
        missing.add("clock_stop_days");
      }
      return missing;
    }
    if (!coverage.anyRecorded(from)
        && (fromFallback == null || !coverage.anyRecorded(fromFallback))) {
      missing.add(fromFallback == null ? from.column() : from.column() + " or " + fromFallback);
    }
    if (from == to) {
      // The re-decision runs from one decision to the next: one column, named once.
      return missing;
    }
    if (endsAtIntroducingDecision) {
      if (!coverage.anyRecorded(to) && !coverage.anyRecorded(Milestone.DECISION_DATE)) {
        missing.add(to.column() + " or " + Milestone.DECISION_DATE);
      }
    } else if (!coverage.anyRecorded(to)) {
      missing.add(to.column());
    }
    return missing;
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
        && fromPreviousRound == i.fromPreviousRound
        && actor == i.actor
        && Objects.equals(description, i.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, from, to);
  }
}
