package no.nmstat.summary;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Grouping;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.stats.Summarizer;

/**
 * Splits cases into groups and summarises each interval per group.
 *
 * <p>Groups come in Norwegian alphabetical order of their values (æ, ø, å after z), ties broken by
 * code point, the empty value (no year, no value) last; see {@link Grouping}.
 */
public final class SummaryCalculator {
  private SummaryCalculator() {}

  /**
   * The summaries of {@code request} over the snapshot's cases, intervals in request order, then
   * groups in order.
   *
   * <p>The cases are split into groups here, in time and memory linear in the cases; each summary's
   * figures are computed when the returned list is read, so that a table of many groups never
   * stands whole in memory. Reading an element again computes it again.
   */
  public static List<IntervalSummary> compute(Snapshot snapshot, SummaryRequest request) {
    return compute(snapshot, request, Coverage.of(snapshot.cases()));
  }

  /**
   * As {@link #compute(Snapshot, SummaryRequest)}, judging what is measurable by {@code coverage}:
   * that of the file the snapshot's cases were derived from (the queue's expected assignments are
   * measurable when the file records the queue, even when no case waits).
   */
  public static List<IntervalSummary> compute(
      Snapshot snapshot, SummaryRequest request, Coverage coverage) {
    CaseRuns rows = CaseRuns.of(snapshot.cases());
    CaseTable[] tables = rows.tables();
    int[] from = rows.from();
    int[] to = rows.to();
    List<GroupBy> groups = request.groups();
    Grouping.Values[] values = new Grouping.Values[groups.size()];
    int[][] caseValues = new int[groups.size()][];
    for (int d = 0; d < values.length; d++) {
      values[d] = new Grouping.Values();
      GroupBy g = groups.get(d);
      if (g.byCase()) {
        caseValues[d] = new int[rows.size()];
        int i = 0;
        for (int s = 0; s < tables.length; s++) {
          CaseTable t = tables[s];
          for (int row = from[s]; row < to[s]; row++) {
            caseValues[d][i++] = values[d].id(g.value(t, row, CaseRecord.ABSENT));
          }
        }
      }
    }
    Scratch scratch = new Scratch(rows.size(), groups.size());
    List<IntervalGroups> intervals = new ArrayList<>();
    for (Interval interval : request.intervals()) {
      List<String> unrecorded = interval.unrecorded(coverage);
      intervals.add(
          unrecorded.isEmpty()
              ? intervalGroups(
                  rows, snapshot.asOfDay(), request, interval, values, caseValues, scratch)
              : IntervalGroups.notMeasurable(interval, request, unrecorded));
    }
    return new Summaries(intervals, new Summarizer(request.quantileMethod()));
  }

  /**
   * The one summary of {@code interval} (empty group values under {@code request}'s groups) that a
   * file cannot measure, for lacking {@code unrecorded}: what a rule on it is judged on.
   */
  public static List<IntervalSummary> notMeasurable(
      Interval interval, SummaryRequest request, List<String> unrecorded) {
    return new Summaries(
        List.of(IntervalGroups.notMeasurable(interval, request, unrecorded)),
        new Summarizer(request.quantileMethod()));
  }

  /**
   * Per-case working arrays, used again for each interval: large arrays made anew for every
   * interval grew the heap by a third on 400k cases.
   */
  private static final class Scratch {
    final byte[] state;
    final int[] days;
    final boolean[] unrecordedStop;
    final int[][] ids;
    final int[] order;
    final int[] spare;

    Scratch(int cases, int dimensions) {
      state = new byte[cases];
      days = new int[cases];
      unrecordedStop = new boolean[cases];
      ids = new int[dimensions][cases];
      order = new int[cases];
      spare = new int[cases];
    }
  }

  /** An observation's state in {@link Scratch#state}. */
  private static final byte STATE_COMPLETED = 0;

  private static final byte STATE_OPEN = 1;
  private static final byte STATE_MISSING = 2;

  /** One interval's observations, split into groups. */
  private static IntervalGroups intervalGroups(
      CaseRuns rows,
      int asOfDay,
      SummaryRequest request,
      Interval interval,
      Grouping.Values[] values,
      int[][] caseValues,
      Scratch scratch) {
    List<GroupBy> groups = request.groups();
    int[][] ids = scratch.ids;
    boolean minusClockStops = interval.minusClockStops();
    CaseTable[] tables = rows.tables();
    int[] from = rows.from();
    int[] to = rows.to();
    int m = 0;
    int i = 0;
    for (int s = 0; s < tables.length; s++) {
      CaseTable t = tables[s];
      for (int row = from[s]; row < to[s]; row++, i++) {
        long o = interval.observe(t, row, asOfDay);
        Observation.State state = Observation.state(o);
        if (state == Observation.State.NOT_STARTED) {
          continue;
        }
        scratch.state[m] =
            state == Observation.State.OPEN
                ? STATE_OPEN
                : state == Observation.State.MISSING ? STATE_MISSING : STATE_COMPLETED;
        scratch.days[m] = Observation.days(o);
        scratch.unrecordedStop[m] = minusClockStops && t.clockStop(row) == CaseRecord.ABSENT;
        for (int d = 0; d < ids.length; d++) {
          if (caseValues[d] != null) {
            ids[d][m] = caseValues[d][i];
          } else {
            int end =
                state == Observation.State.COMPLETED ? interval.endDay(t, row) : CaseRecord.ABSENT;
            ids[d][m] = values[d].id(groups.get(d).value(t, row, end));
          }
        }
        m++;
      }
    }
    Grouping grouping = Grouping.of(m, values, ids, scratch.order, scratch.spare);
    int size = grouping.size();
    int[][] keys = new int[ids.length][size];
    int[] completedStart = new int[size + 1];
    int[] openStart = new int[size + 1];
    long[] missing = new long[size];
    long[] noClockStop = new long[size];
    int nCompleted = 0;
    int nOpen = 0;
    for (int k = 0; k < m; k++) {
      nCompleted += scratch.state[k] == STATE_COMPLETED ? 1 : 0;
      nOpen += scratch.state[k] == STATE_OPEN ? 1 : 0;
    }
    int[] completed = new int[nCompleted];
    int[] open = new int[nOpen];
    nCompleted = 0;
    nOpen = 0;
    for (int g = 0; g < size; g++) {
      for (int d = 0; d < keys.length; d++) {
        keys[d][g] = grouping.valueId(g, d);
      }
      completedStart[g] = nCompleted;
      openStart[g] = nOpen;
      // Items of a group keep the cases' order: the sd's sum of squares adds in that order.
      for (int k = grouping.start(g); k < grouping.end(g); k++) {
        int item = grouping.item(k);
        switch (scratch.state[item]) {
          case STATE_OPEN -> open[nOpen++] = scratch.days[item];
          case STATE_MISSING -> missing[g]++;
          default -> {
            completed[nCompleted++] = scratch.days[item];
            noClockStop[g] += scratch.unrecordedStop[item] ? 1 : 0;
          }
        }
      }
    }
    completedStart[size] = nCompleted;
    openStart[size] = nOpen;
    return new IntervalGroups(
        interval,
        request.targets().get(interval.name()),
        values,
        keys,
        completed,
        completedStart,
        open,
        openStart,
        missing,
        noClockStop,
        List.of());
  }
}
