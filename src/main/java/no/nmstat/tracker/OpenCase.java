package no.nmstat.tracker;

import no.nmstat.backlog.CaseState;
import no.nmstat.model.CaseRecord;

/**
 * A case open on the as-of date: where it stands, against its deadline, and when it should move on
 * (method.md §9). Days are epoch days; {@link CaseRecord#ABSENT} marks a date or figure that does
 * not exist.
 *
 * @param record the case
 * @param state the state it stands in
 * @param since the epoch day of the milestone that began the state
 * @param daysInState calendar days from {@code since} to the as-of date
 * @param clockDays the 180-day clock used so far (documentation received to the as-of date, minus
 *     the recorded clock stops, never below 0), for {@code queue} and {@code assessment} with a
 *     documentation date; else {@link CaseRecord#ABSENT}
 * @param deadline documentation received + 180 days + the recorded clock stops, as epoch day, where
 *     {@code clockDays} exists; else {@link CaseRecord#ABSENT}
 * @param daysLeft {@code deadline} − the as-of date (negative: overdue), or {@link
 *     CaseRecord#ABSENT}
 * @param expected the epoch day the case is expected to leave the state, or {@link
 *     CaseRecord#ABSENT} when there is no expectation
 * @param basis what {@code expected} rests on, or null when there is none
 * @param expectedN for {@link Basis#HISTORY}, the past durations of the state at least {@code
 *     daysInState} long; {@link CaseRecord#ABSENT} for a forecast
 */
public record OpenCase(
    CaseRecord record,
    CaseState state,
    int since,
    int daysInState,
    int clockDays,
    int deadline,
    int daysLeft,
    int expected,
    Basis basis,
    int expectedN) {

  /** What an expected date rests on. */
  public enum Basis {
    /** The queue forecast (method.md §8). */
    FORECAST("forecast"),
    /** The Kaplan–Meier curve of the state's past durations in the file. */
    HISTORY("history");

    private final String label;

    Basis(String label) {
      this.label = label;
    }

    /** The name used in output. */
    public String label() {
      return label;
    }
  }

  /** Whether the case runs on DMP's 180-day clock: it has a deadline. */
  public boolean clocked() {
    return deadline != CaseRecord.ABSENT;
  }

  /** Whether the case is past its deadline on the as-of date. */
  public boolean overdue() {
    return clocked() && daysLeft < 0;
  }
}
