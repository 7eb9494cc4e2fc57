package no.nmstat.metrics;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;

/**
 * The cases as they stood on an as-of date: a milestone dated after it has not happened yet.
 *
 * @param cases the cases, truncated at the as-of date
 * @param asOfDay the as-of date as epoch day
 * @param datesIgnored how many milestone dates lay after the as-of date
 */
public record Snapshot(List<CaseRecord> cases, int asOfDay, long datesIgnored) {

  public Snapshot {
    cases = cases instanceof CaseList ? cases : List.copyOf(cases);
  }

  /** Truncates {@code cases} at {@code asOfDay}. */
  public static Snapshot of(List<CaseRecord> cases, int asOfDay) {
    if (cases instanceof CaseList list) {
      // By table: one pass over each date column, no object per case.
      List<CaseTable> tables = new ArrayList<>();
      long ignored = 0;
      for (CaseTable t : list.tables()) {
        ignored += t.datesAfter(asOfDay);
        tables.add(t.asOf(asOfDay));
      }
      return new Snapshot(new CaseList(tables), asOfDay, ignored);
    }
    List<CaseRecord> kept = new ArrayList<>(cases.size());
    long ignored = 0;
    for (CaseRecord c : cases) {
      ignored += c.datesAfter(asOfDay);
      kept.add(c.asOf(asOfDay));
    }
    return new Snapshot(kept, asOfDay, ignored);
  }

  /**
   * The latest milestone day of the cases as they stood (none after the as-of date), or {@link
   * CaseRecord#ABSENT} when no case records one.
   */
  public int latestDay() {
    int latest = CaseRecord.ABSENT;
    if (cases instanceof CaseList list) {
      for (CaseTable t : list.tables()) {
        latest = Math.max(latest, t.latestDay());
      }
      return latest;
    }
    for (CaseRecord c : cases) {
      for (Milestone m : Milestone.all()) {
        latest = Math.max(latest, c.day(m));
      }
    }
    return latest;
  }
}
