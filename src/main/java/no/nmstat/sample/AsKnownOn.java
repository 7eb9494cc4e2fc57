package no.nmstat.sample;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * A generated case as its case list knew it on an earlier date (method.md §2.6, {@code sample
 * --cut}): the same history, with every milestone after the date blank (a decision's value with its
 * date), the clock stops as recorded by then, and no case at all when none of its milestones had
 * come. Two cuts of one generated history are two versions of one case list, as {@code changes}
 * compares them; two {@code --as-of} dates are not (commission dates shift with the as-of date).
 */
public final class AsKnownOn {

  private final int day;

  /** The cut on {@code date}: what was known at the end of that day. */
  public AsKnownOn(LocalDate date) {
    this.day = (int) date.toEpochDay();
  }

  /** {@code c} as known on the date, or empty when it had no milestone by then. */
  public Optional<CaseRecord> apply(CaseRecord c) {
    int[] days = new int[Milestone.all().length];
    boolean any = false;
    for (Milestone m : Milestone.all()) {
      int d = c.day(m);
      days[m.ordinal()] = d != CaseRecord.ABSENT && d > day ? CaseRecord.ABSENT : d;
      any |= days[m.ordinal()] != CaseRecord.ABSENT;
    }
    if (!any) {
      return Optional.empty();
    }
    boolean decided = days[Milestone.DECISION_DATE.ordinal()] != CaseRecord.ABSENT;
    Map<String, String> columns = new LinkedHashMap<>();
    for (String name : c.columnNames()) {
      columns.put(name, name.equals(CaseColumns.DECISION) && !decided ? "" : c.column(name));
    }
    return Optional.of(
        new CaseRecord(
            c.id(),
            c.indication(),
            days,
            clockStop(c, days),
            decided ? c.decision() : null,
            columns,
            c.source()));
  }

  /**
   * The clock stop recorded by the date. Once the report is out the total is final; before it, a
   * case list records the stops so far, which the generator draws as at most a third of the days
   * since the case handler was assigned ({@link #stopsSoFar}); a case not yet assigned has none.
   */
  private int clockStop(CaseRecord c, int[] days) {
    if (!c.clockStopRecorded() || days[Milestone.REPORT_COMPLETED.ordinal()] != CaseRecord.ABSENT) {
      return c.clockStopRecorded() ? c.clockStopDays() : CaseRecord.ABSENT;
    }
    int assigned = days[Milestone.ASSIGNED.ordinal()];
    return assigned == CaseRecord.ABSENT ? 0 : stopsSoFar(c.clockStopDays(), assigned, day);
  }

  /**
   * The clock stops of an assessment recorded on {@code day}, of {@code total} in all, for a case
   * assigned on {@code assigned} whose report is not out: they accrue at most a third of the days
   * since assignment. Applied to stops already cut at a later day, it gives what a cut at {@code
   * day} alone would (the smaller bound wins), so cuts compose.
   */
  static int stopsSoFar(int total, int assigned, int day) {
    return Math.min(total, (day - assigned) / 3);
  }
}
