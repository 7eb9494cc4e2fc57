package no.nmstat.forecast;

import no.nmstat.model.CaseRecord;

/**
 * A case in DMP's queue on the forecast date, and when a case handler is expected (method.md §8).
 *
 * @param record the case
 * @param documentationDay the epoch day its documentation was received
 * @param waited days in the queue so far (forecast date − documentation received)
 * @param position its place in the queue: 1 is next
 * @param expectedDay the epoch day a case handler is expected (the point forecast), or {@link
 *     CaseRecord#ABSENT} when there is no forecast (no assignment in the window)
 * @param lowDay the prediction interval's first day, or {@link CaseRecord#ABSENT}
 * @param highDay the prediction interval's last day, or {@link CaseRecord#ABSENT}
 */
public record QueuedCase(
    CaseRecord record,
    int documentationDay,
    int waited,
    int position,
    int expectedDay,
    int lowDay,
    int highDay) {

  /** Whether there is a forecast for this case. */
  public boolean forecast() {
    return expectedDay != CaseRecord.ABSENT;
  }

  /** Expected days in the queue in all (expected assignment − documentation received). */
  public int expectedWait() {
    return expectedDay - documentationDay;
  }
}
