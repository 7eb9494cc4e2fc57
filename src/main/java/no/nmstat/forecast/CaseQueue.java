package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.Arrays;
import java.util.List;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * DMP's queue for a case handler as a file records it on an as-of date: which cases waited on each
 * day up to it, in queue order, and when the cases were assigned (method.md §8).
 *
 * <p>A case is in the queue on day t when its documentation was received by t, no case handler was
 * assigned by t, and nothing later in the process (a report, a negotiation, a decision, a later
 * round) happened by t: the cases whose {@code queue} interval is open as of t (method.md §3).
 * Queue order is documentation received, ties in file order. Cases are numbered in that order; the
 * forecast, the calibration and the backtest refer to them by that number.
 */
public final class CaseQueue {

  private final CaseRecord[] records;
  private final int[] doc;
  private final int[] assigned;
  private final int[] left;
  // The assigned cases by assignment day, so that a window's assignments are a binary search.
  private final int[] assignedDays;
  private final int[] waitsByAssigned;
  private final int asOfDay;

  private CaseQueue(CaseRecord[] records, int[] doc, int[] assigned, int[] left, int asOfDay) {
    this.records = records;
    this.doc = doc;
    this.assigned = assigned;
    this.left = left;
    this.asOfDay = asOfDay;
    long[] byDay = new long[records.length];
    int n = 0;
    for (int i = 0; i < records.length; i++) {
      if (assigned[i] != ABSENT) {
        byDay[n++] = (long) assigned[i] << 32 | i;
      }
    }
    Arrays.sort(byDay, 0, n);
    assignedDays = new int[n];
    waitsByAssigned = new int[n];
    for (int j = 0; j < n; j++) {
      int i = (int) byDay[j];
      assignedDays[j] = assigned[i];
      waitsByAssigned[j] = assigned[i] - doc[i];
    }
  }

  /** The queue of {@code cases} as they stood on {@code asOfDay} (dates after it are ignored). */
  public static CaseQueue of(List<CaseRecord> cases, int asOfDay) {
    // Queue order: documentation received, ties in file order.
    long[] keys = new long[cases.size()];
    int n = 0;
    for (int i = 0; i < cases.size(); i++) {
      CaseRecord c = cases.get(i);
      int d = known(c.day(Milestone.DOCUMENTATION_RECEIVED), asOfDay);
      // A later round that repeats the documentation date queued in the round before it.
      if (d != ABSENT && !c.shared(Milestone.DOCUMENTATION_RECEIVED)) {
        keys[n++] = (long) d << 32 | i;
      }
    }
    Arrays.sort(keys, 0, n);
    CaseRecord[] records = new CaseRecord[n];
    int[] doc = new int[n];
    int[] assigned = new int[n];
    int[] left = new int[n];
    for (int j = 0; j < n; j++) {
      CaseRecord c = cases.get((int) keys[j]);
      records[j] = c;
      doc[j] = (int) (keys[j] >> 32);
      assigned[j] = known(c.day(Milestone.ASSIGNED), asOfDay);
      left[j] = leftWithoutAssignment(c, asOfDay);
    }
    return new CaseQueue(records, doc, assigned, left, asOfDay);
  }

  private static int known(int day, int asOfDay) {
    return day == ABSENT || day > asOfDay ? ABSENT : day;
  }

  /**
   * The first day something later than the assignment happened (a milestone after it, or a later
   * round): from then on an unassigned case is no longer in the queue, its assignment unrecorded.
   */
  private static int leftWithoutAssignment(CaseRecord c, int asOfDay) {
    int first = ABSENT;
    for (int m = Milestone.ASSIGNED.ordinal() + 1; m < Milestone.all().length; m++) {
      first = earlier(first, known(c.day(Milestone.all()[m]), asOfDay));
    }
    return earlier(first, known(c.nextRoundStart(), asOfDay));
  }

  private static int earlier(int a, int b) {
    return a == ABSENT ? b : b == ABSENT ? a : Math.min(a, b);
  }

  /** The as-of date as epoch day: what happened after it is not known. */
  public int asOfDay() {
    return asOfDay;
  }

  /** How many cases have a documentation date by the as-of date: none, and the queue is unseen. */
  public int documented() {
    return doc.length;
  }

  /** The earliest documentation day, where the queue's record begins; only when documented. */
  int firstDocumentationDay() {
    return doc[0];
  }

  /** The cases waiting on {@code t}, by number, in queue order. */
  int[] waitingOn(int t) {
    int[] queued = new int[16];
    int k = 0;
    for (int i = 0; i < doc.length && doc[i] <= t; i++) {
      if (inQueue(i, t)) {
        if (k == queued.length) {
          queued = Arrays.copyOf(queued, k * 2);
        }
        queued[k++] = i;
      }
    }
    return Arrays.copyOf(queued, k);
  }

  private boolean inQueue(int i, int t) {
    return doc[i] <= t
        && (assigned[i] == ABSENT || assigned[i] > t)
        && (left[i] == ABSENT || left[i] > t);
  }

  /** Case {@code i}'s record. */
  CaseRecord record(int i) {
    return records[i];
  }

  /** The epoch day case {@code i}'s documentation was received. */
  int documentationDay(int i) {
    return doc[i];
  }

  /** The epoch day case {@code i} was assigned by the as-of date, or {@link CaseRecord#ABSENT}. */
  int assignedDay(int i) {
    return assigned[i];
  }

  /**
   * The epoch day case {@code i} left the queue without a recorded assignment, or {@link
   * CaseRecord#ABSENT}.
   */
  int leftDay(int i) {
    return left[i];
  }

  /** The number of cases assigned in the window (t − window, t]. */
  int assignmentsIn(int t, int window) {
    return firstAfter(assignedDays, t) - firstAfter(assignedDays, t - window);
  }

  /** The queue days of the cases assigned in the window (t − window, t], by assignment day. */
  int[] waitsAssignedIn(int t, int window) {
    return Arrays.copyOfRange(
        waitsByAssigned, firstAfter(assignedDays, t - window), firstAfter(assignedDays, t));
  }

  /** The index of the first value above {@code day} in the sorted {@code days}. */
  private static int firstAfter(int[] days, int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
