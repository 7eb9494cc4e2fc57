package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;

/** Hand-made queues for the forecast package's tests. */
final class QueueCases {
  private QueueCases() {}

  /** The as-of day of {@link #small()}. */
  static final int T = 1000;

  /** A case with the day of {@code m1}, and of each further milestone and day pair. */
  static CaseRecord queued(String id, int line, Milestone m1, int d1, Object... more) {
    int[] d = new int[Milestone.COUNT];
    Arrays.fill(d, ABSENT);
    d[m1.ordinal()] = d1;
    for (int i = 0; i < more.length; i += 2) {
      d[((Milestone) more[i]).ordinal()] = (Integer) more[i + 1];
    }
    return new CaseRecord(id, "", d, ABSENT, null, Map.of(), new SourceLine("t", line));
  }

  /** A case with its documentation day, and its assignment when it happened by {@code asOf}. */
  static CaseRecord asRecordedOn(int asOf, String id, int line, int doc, int assigned) {
    return queued(
        id,
        line,
        Milestone.DOCUMENTATION_RECEIVED,
        doc,
        Milestone.ASSIGNED,
        assigned <= asOf ? assigned : ABSENT);
  }

  /** Twelve assignments in the 180 days before T, one just outside, and a queue of five rows. */
  static List<CaseRecord> small() {
    List<CaseRecord> cases = new ArrayList<>();
    int line = 2;
    for (int j = 0; j < 12; j++) {
      cases.add(
          queued(
              "A" + j,
              line++,
              Milestone.DOCUMENTATION_RECEIVED,
              700 + j,
              Milestone.ASSIGNED,
              T - 170 + 10 * j));
    }
    // Assigned on T − 180: outside the window (T − 180, T].
    cases.add(
        queued("OUT", line++, Milestone.DOCUMENTATION_RECEIVED, 600, Milestone.ASSIGNED, 820));
    // In the queue: 900, then two on 950 in file order.
    cases.add(queued("Q950a", line++, Milestone.DOCUMENTATION_RECEIVED, 950));
    cases.add(queued("Q900", line++, Milestone.DOCUMENTATION_RECEIVED, 900));
    cases.add(queued("Q950b", line++, Milestone.DOCUMENTATION_RECEIVED, 950));
    // Left the queue without a recorded assignment: a report on 990.
    cases.add(
        queued(
            "LEFT",
            line++,
            Milestone.DOCUMENTATION_RECEIVED,
            960,
            Milestone.REPORT_COMPLETED,
            990));
    // Documentation after T: not yet in the queue.
    cases.add(queued("LATER", line, Milestone.DOCUMENTATION_RECEIVED, T + 5));
    return cases;
  }
}
