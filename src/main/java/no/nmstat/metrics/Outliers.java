package no.nmstat.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.nmstat.model.CaseRecord;

/** The cases whose interval, completed or still open, runs beyond a threshold. */
public final class Outliers {
  private Outliers() {}

  /**
   * A case and its observation of the interval.
   *
   * @param caseRecord the case
   * @param observation its days (age on the as-of date when open)
   */
  public record Outlier(CaseRecord caseRecord, Observation observation) {}

  /** The cases with more than {@code over} days, longest first, then by id and indication. */
  public static List<Outlier> find(Snapshot snapshot, Interval interval, int over) {
    List<Outlier> out = new ArrayList<>();
    for (CaseRecord c : snapshot.cases()) {
      Observation o = interval.observe(c, snapshot.asOfDay());
      if ((o.state() == Observation.State.COMPLETED || o.state() == Observation.State.OPEN)
          && o.days() > over) {
        out.add(new Outlier(c, o));
      }
    }
    out.sort(
        Comparator.comparingInt((Outlier o) -> -o.observation().days())
            .thenComparing(o -> o.caseRecord().id())
            .thenComparing(o -> o.caseRecord().indication()));
    return out;
  }
}
