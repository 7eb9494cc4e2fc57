package no.nmstat.summary;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.GroupBy;
import no.nmstat.metrics.Grouping;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.stats.KaplanMeier;
import no.nmstat.stats.Summarizer;
import no.nmstat.stats.SurvivalSummary;

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
    Rows rows = Rows.of(snapshot.cases());
    List<GroupBy> groups = request.groups();
    Grouping.Values[] values = new Grouping.Values[groups.size()];
    int[][] caseValues = new int[groups.size()][];
    for (int d = 0; d < values.length; d++) {
      values[d] = new Grouping.Values();
      GroupBy g = groups.get(d);
      if (g.byCase()) {
        caseValues[d] = new int[rows.size];
        int i = 0;
        for (int s = 0; s < rows.tables.length; s++) {
          CaseTable t = rows.tables[s];
          for (int row = rows.from[s]; row < rows.to[s]; row++) {
            caseValues[d][i++] = values[d].id(g.value(t, row, CaseRecord.ABSENT));
          }
        }
      }
    }
    Scratch scratch = new Scratch(rows.size, groups.size());
    List<Block> blocks = new ArrayList<>();
    for (Interval interval : request.intervals()) {
      List<String> unrecorded = interval.unrecorded(coverage);
      blocks.add(
          unrecorded.isEmpty()
              ? block(rows, snapshot.asOfDay(), request, interval, values, caseValues, scratch)
              : Block.notMeasurable(interval, request, unrecorded));
    }
    return new Summaries(blocks, new Summarizer(request.quantileMethod()));
  }

  /**
   * The cases as runs of consecutive rows of their tables ({@code tables[s]}'s rows {@code from[s]}
   * to {@code to[s]}, exclusive), so that the loops over every case read the tables' arrays without
   * an object per case.
   */
  private record Rows(CaseTable[] tables, int[] from, int[] to, int size) {
    static Rows of(List<CaseRecord> cases) {
      if (cases instanceof CaseList list) {
        int n = list.tables().size();
        CaseTable[] tables = list.tables().toArray(CaseTable[]::new);
        int[] from = new int[n];
        int[] to = new int[n];
        for (int s = 0; s < n; s++) {
          to[s] = tables[s].size();
        }
        return new Rows(tables, from, to, list.size());
      }
      List<CaseTable> tables = new ArrayList<>();
      int[] from = new int[cases.size()];
      int[] to = new int[cases.size()];
      int n = 0;
      for (CaseRecord c : cases) {
        // The same table object: CaseTable is a List, whose equals would compare every case.
        @SuppressWarnings("ReferenceEquality")
        boolean sameTable = n > 0 && tables.get(n - 1) == c.table();
        if (sameTable && to[n - 1] == c.row()) {
          to[n - 1]++;
        } else {
          tables.add(c.table());
          from[n] = c.row();
          to[n] = c.row() + 1;
          n++;
        }
      }
      return new Rows(
          tables.toArray(CaseTable[]::new),
          Arrays.copyOf(from, n),
          Arrays.copyOf(to, n),
          cases.size());
    }
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
  private static Block block(
      Rows rows,
      int asOfDay,
      SummaryRequest request,
      Interval interval,
      Grouping.Values[] values,
      int[][] caseValues,
      Scratch scratch) {
    List<GroupBy> groups = request.groups();
    int[][] ids = scratch.ids;
    boolean minusClockStops = interval.minusClockStops();
    int m = 0;
    int i = 0;
    for (int s = 0; s < rows.tables.length; s++) {
      CaseTable t = rows.tables[s];
      for (int row = rows.from[s]; row < rows.to[s]; row++, i++) {
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
    return new Block(
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

  /**
   * One interval's groups: group {@code g} has the value {@code keys[d][g]} of {@code values[d]} in
   * each dimension; its completed days and open ages are {@code
   * completed[completedStart[g]..completedStart[g + 1])} and likewise for open.
   */
  private record Block(
      Interval interval,
      Integer target,
      Grouping.Values[] values,
      int[][] keys,
      int[] completed,
      int[] completedStart,
      int[] open,
      int[] openStart,
      long[] missing,
      long[] noClockStop,
      List<String> unrecorded) {

    /**
     * An interval the file cannot measure: one row, every group value empty (so that it does not
     * vanish under --by), no case in it.
     */
    static Block notMeasurable(Interval interval, SummaryRequest request, List<String> unrecorded) {
      int dims = request.groups().size();
      Grouping.Values[] values = new Grouping.Values[dims];
      for (int d = 0; d < dims; d++) {
        values[d] = new Grouping.Values();
        values[d].id("");
      }
      return new Block(
          interval,
          request.targets().get(interval.name()),
          values,
          new int[dims][1],
          new int[0],
          new int[2],
          new int[0],
          new int[2],
          new long[1],
          new long[1],
          unrecorded);
    }

    int size() {
      return missing.length;
    }

    IntervalSummary summary(int g, Summarizer summarizer) {
      String[] key = new String[keys.length];
      for (int d = 0; d < key.length; d++) {
        key[d] = values[d].value(keys[d][g]);
      }
      int from = completedStart[g];
      int to = completedStart[g + 1];
      int openFrom = openStart[g];
      int openTo = openStart[g + 1];
      return new IntervalSummary(
          interval,
          List.of(key),
          () ->
              summarizer.summarize(
                  Arrays.copyOfRange(completed, from, to), openTo - openFrom, target),
          () ->
              SurvivalSummary.of(
                  KaplanMeier.estimate(
                      Arrays.copyOfRange(completed, from, to),
                      Arrays.copyOfRange(open, openFrom, openTo))),
          missing[g],
          noClockStop[g],
          unrecorded);
    }
  }

  /** The summaries of every block, in order, made when read. */
  private static final class Summaries extends AbstractList<IntervalSummary>
      implements RandomAccess {
    private final List<Block> blocks;
    private final int[] firstRow;
    private final Summarizer summarizer;

    Summaries(List<Block> blocks, Summarizer summarizer) {
      this.blocks = blocks;
      this.summarizer = summarizer;
      this.firstRow = new int[blocks.size() + 1];
      for (int b = 0; b < blocks.size(); b++) {
        firstRow[b + 1] = firstRow[b] + blocks.get(b).size();
      }
    }

    @Override
    public int size() {
      return firstRow[blocks.size()];
    }

    @Override
    public IntervalSummary get(int index) {
      java.util.Objects.checkIndex(index, size());
      int b = Arrays.binarySearch(firstRow, index);
      // Blocks without groups share their first row with the next: take the last such start.
      b = b < 0 ? -b - 2 : b;
      while (firstRow[b + 1] == index) {
        b++;
      }
      return blocks.get(b).summary(index - firstRow[b], summarizer);
    }
  }
}
