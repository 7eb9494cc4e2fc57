package no.nmstat.metrics;

import java.util.List;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;

/**
 * How many cases record each milestone and the clock stop: what a file can tell (method.md §3,
 * "measurable"). An interval whose start or end is recorded in no case is not measurable there.
 */
public final class Coverage {

  private final long cases;
  private final long[] milestones;
  private final long clockStops;

  private Coverage(long cases, long[] milestones, long clockStops) {
    this.cases = cases;
    this.milestones = milestones;
    this.clockStops = clockStops;
  }

  /** Counts what {@code cases} record. */
  public static Coverage of(List<CaseRecord> cases) {
    long[] counts = new long[Milestone.COUNT];
    long stops = 0;
    if (cases instanceof CaseList list) {
      for (CaseTable t : list.tables()) {
        for (int row = 0; row < t.size(); row++) {
          for (Milestone m : Milestone.all()) {
            counts[m.ordinal()] += t.day(row, m) != CaseRecord.ABSENT ? 1 : 0;
          }
          stops += t.clockStop(row) != CaseRecord.ABSENT ? 1 : 0;
        }
      }
    } else {
      for (CaseRecord c : cases) {
        for (Milestone m : Milestone.all()) {
          counts[m.ordinal()] += c.has(m) ? 1 : 0;
        }
        stops += c.clockStopRecorded() ? 1 : 0;
      }
    }
    return new Coverage(cases.size(), counts, stops);
  }

  /** The cases counted. */
  public long cases() {
    return cases;
  }

  /** The cases that record a clock stop total. */
  public long clockStops() {
    return clockStops;
  }

  /** The cases that record {@code m}. */
  public long recorded(Milestone m) {
    return milestones[m.ordinal()];
  }

  /** Whether some case records {@code m}. */
  public boolean anyRecorded(Milestone m) {
    return milestones[m.ordinal()] > 0;
  }

  /** Whether some case records a clock stop total. */
  public boolean anyClockStop() {
    return clockStops > 0;
  }

  /**
   * What a file lacks, said once for every output that notes it: "no case has
   * documentation_received recorded", each of several columns named ("no case has commissioned
   * recorded; none has decision_date recorded"); an entry may join alternatives with " or ", as
   * {@link Interval#unrecorded} does.
   */
  public static String noCaseRecords(List<String> columns) {
    return "no case has " + String.join(" recorded; none has ", columns) + " recorded";
  }
}
