package no.nmstat.metrics;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.model.CaseRecord;

/**
 * The cases as they stood on an as-of date: a milestone dated after it has not happened yet.
 *
 * @param cases the cases, truncated at the as-of date
 * @param asOfDay the as-of date as epoch day
 * @param datesIgnored how many milestone dates lay after the as-of date
 */
public record Snapshot(List<CaseRecord> cases, int asOfDay, long datesIgnored) {

  public Snapshot {
    cases = List.copyOf(cases);
  }

  /** Truncates {@code cases} at {@code asOfDay}. */
  public static Snapshot of(List<CaseRecord> cases, int asOfDay) {
    List<CaseRecord> kept = new ArrayList<>(cases.size());
    long ignored = 0;
    for (CaseRecord c : cases) {
      ignored += c.datesAfter(asOfDay);
      kept.add(c.asOf(asOfDay));
    }
    return new Snapshot(kept, asOfDay, ignored);
  }
}
