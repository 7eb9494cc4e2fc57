package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;

/**
 * A queue with known assignment dates, written for the tests independently of the sample generator:
 * documentation arrives as a Poisson stream whose rate rises for a stretch (a backlog builds and
 * drains); case handlers each take the next case when they finish one, mostly first come first
 * served, a share of priority cases first; each is busy a log-normal time.
 */
final class QueueSimulation {
  private QueueSimulation() {}

  /**
   * The cases as recorded on {@code asOf} (day numbers from 0): documentation received, and the
   * assignment when it happened by then.
   */
  static List<CaseRecord> run(
      long seed, int handlers, int days, int asOf, double priorityShare, double surge) {
    SplittableRandom random = new SplittableRandom(seed);
    List<int[]> arrivals = new ArrayList<>();
    double t = 0;
    while (true) {
      double base = 0.16 * handlers / 23.0;
      double rate = t > days * 0.3 && t < days * 0.5 ? base * surge : base;
      t += -Math.log(1 - random.nextDouble()) / rate;
      if (t >= days) {
        break;
      }
      arrivals.add(new int[] {(int) t, random.nextDouble() < priorityShare ? 1 : 0});
    }
    // Waiting cases: priority first, then by documentation day, then by arrival.
    PriorityQueue<int[]> waiting =
        new PriorityQueue<>(
            (a, b) ->
                a[1] != b[1]
                    ? Integer.compare(b[1], a[1])
                    : a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[2], b[2]));
    PriorityQueue<Integer> free = new PriorityQueue<>();
    for (int h = 0; h < handlers; h++) {
      free.add(0);
    }
    int[] assigned = new int[arrivals.size()];
    int next = 0;
    // Time runs forward: a handler free before the last assignment takes a case from then on.
    int clock = 0;
    while (next < arrivals.size() || !waiting.isEmpty()) {
      int now = Math.max(clock, free.poll());
      if (waiting.isEmpty()) {
        now = Math.max(now, arrivals.get(next)[0] + 1);
      }
      while (next < arrivals.size() && arrivals.get(next)[0] < now) {
        int[] a = arrivals.get(next);
        waiting.add(new int[] {a[0], a[1], next});
        next++;
      }
      int[] c = waiting.poll();
      assigned[c[2]] = now;
      clock = now;
      double busy = 110 * Math.exp(0.4 * random.nextGaussian());
      free.add(now + (int) Math.max(1, Math.round(busy)));
    }
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < arrivals.size(); i++) {
      int doc = arrivals.get(i)[0];
      if (doc > asOf) {
        break;
      }
      if (assigned[i] <= doc) {
        throw new IllegalStateException("assigned before documentation: case " + i);
      }
      int[] d = new int[Milestone.COUNT];
      java.util.Arrays.fill(d, ABSENT);
      d[Milestone.DOCUMENTATION_RECEIVED.ordinal()] = doc;
      d[Milestone.ASSIGNED.ordinal()] = assigned[i] <= asOf ? assigned[i] : ABSENT;
      cases.add(
          new CaseRecord(
              String.format("SIM_%05d", i),
              "",
              d,
              ABSENT,
              null,
              Map.of(),
              new SourceLine("sim", i + 2)));
    }
    return cases;
  }
}
