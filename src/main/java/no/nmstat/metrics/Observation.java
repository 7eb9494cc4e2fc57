package no.nmstat.metrics;

/**
 * One case's value for one interval.
 *
 * @param state whether the interval is completed, open, missing or not started
 * @param days the interval's days when completed; the age at the as-of date when open (a
 *     right-censored observation); 0 when not started or missing
 * @param endDay the epoch day of the interval's end when completed, else {@code
 *     no.nmstat.model.CaseRecord#ABSENT}
 */
public record Observation(State state, int days, int endDay) {

  /** Where a case stands in an interval. */
  public enum State {
    /** Start and end are both reached. */
    COMPLETED,
    /** Started, not ended by the as-of date, and no later milestone recorded. */
    OPEN,
    /**
     * Started, end not recorded, but a later milestone is (or a later round has begun): the end
     * date is unknown, or the step was skipped. In no statistic, and not censored.
     */
    MISSING,
    /** Not started: the case is not part of this interval's figures. */
    NOT_STARTED
  }

  static final Observation NOT_STARTED =
      new Observation(State.NOT_STARTED, 0, no.nmstat.model.CaseRecord.ABSENT);

  static final Observation MISSING =
      new Observation(State.MISSING, 0, no.nmstat.model.CaseRecord.ABSENT);

  // values() copies its array; state(long) runs once per case and interval.
  private static final State[] STATES = State.values();

  /** An observation's state and days in one long, for loops over every case: no object each. */
  static long pack(State state, int days) {
    return (long) state.ordinal() << 32 | (days & 0xFFFF_FFFFL);
  }

  static final long NOT_STARTED_PACKED = pack(State.NOT_STARTED, 0);

  static final long MISSING_PACKED = pack(State.MISSING, 0);

  /** The state of a {@link #pack packed} observation. */
  public static State state(long packed) {
    return STATES[(int) (packed >>> 32)];
  }

  /** The days of a {@link #pack packed} observation. */
  public static int days(long packed) {
    return (int) packed;
  }
}
