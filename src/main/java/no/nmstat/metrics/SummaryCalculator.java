package no.nmstat.metrics;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import no.nmstat.model.CaseRecord;
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
    List<CaseRecord> cases = snapshot.cases();
    List<GroupBy> groups = request.groups();
    Grouping.Values[] values = new Grouping.Values[groups.size()];
    int[][] caseValues = new int[groups.size()][];
    for (int d = 0; d < values.length; d++) {
      values[d] = new Grouping.Values();
      GroupBy g = groups.get(d);
      if (g.byCase()) {
        caseValues[d] = new int[cases.size()];
        int i = 0;
        for (CaseRecord c : cases) {
          caseValues[d][i++] = values[d].id(g.value(c, null, null));
        }
      }
    }
    List<Block> blocks = new ArrayList<>();
    for (Interval interval : request.intervals()) {
      blocks.add(block(snapshot, request, interval, values, caseValues));
    }
    return new Summaries(blocks, new Summarizer(request.quantileMethod()));
  }

  /** One interval's observations, split into groups. */
  private static Block block(
      Snapshot snapshot,
      SummaryRequest request,
      Interval interval,
      Grouping.Values[] values,
      int[][] caseValues) {
    List<GroupBy> groups = request.groups();
    int n = snapshot.cases().size();
    Observation.State[] state = new Observation.State[n];
    int[] days = new int[n];
    boolean[] unrecordedStop = new boolean[n];
    int[][] ids = new int[groups.size()][n];
    int m = 0;
    int i = 0;
    for (CaseRecord c : snapshot.cases()) {
      Observation o = interval.observe(c, snapshot.asOfDay());
      if (o.state() != Observation.State.NOT_STARTED) {
        state[m] = o.state();
        days[m] = o.days();
        unrecordedStop[m] = interval.minusClockStops() && !c.clockStopRecorded();
        for (int d = 0; d < ids.length; d++) {
          ids[d][m] =
              caseValues[d] != null
                  ? caseValues[d][i]
                  : values[d].id(groups.get(d).value(c, interval, o));
        }
        m++;
      }
      i++;
    }
    Grouping grouping = Grouping.of(m, values, ids);
    int size = grouping.size();
    int[] completedStart = new int[size + 1];
    int[] openStart = new int[size + 1];
    long[] missing = new long[size];
    long[] noClockStop = new long[size];
    int[] completed = new int[m];
    int[] open = new int[m];
    int nCompleted = 0;
    int nOpen = 0;
    for (int g = 0; g < size; g++) {
      completedStart[g] = nCompleted;
      openStart[g] = nOpen;
      // Items of a group keep the cases' order: the sd's sum of squares adds in that order.
      for (int k = grouping.start(g); k < grouping.end(g); k++) {
        int item = grouping.item(k);
        switch (state[item]) {
          case OPEN -> open[nOpen++] = days[item];
          case MISSING -> missing[g]++;
          default -> {
            completed[nCompleted++] = days[item];
            noClockStop[g] += unrecordedStop[item] ? 1 : 0;
          }
        }
      }
    }
    completedStart[size] = nCompleted;
    openStart[size] = nOpen;
    return new Block(
        interval,
        request.targets().get(interval.name()),
        grouping,
        Arrays.copyOf(completed, nCompleted),
        completedStart,
        Arrays.copyOf(open, nOpen),
        openStart,
        missing,
        noClockStop);
  }

  /**
   * One interval's groups: the completed days and open ages of group {@code g} are {@code
   * completed[completedStart[g]..completedStart[g + 1])} and likewise for open.
   */
  private record Block(
      Interval interval,
      Integer target,
      Grouping grouping,
      int[] completed,
      int[] completedStart,
      int[] open,
      int[] openStart,
      long[] missing,
      long[] noClockStop) {

    IntervalSummary summary(int g, Summarizer summarizer) {
      int from = completedStart[g];
      int to = completedStart[g + 1];
      int openFrom = openStart[g];
      int openTo = openStart[g + 1];
      return new IntervalSummary(
          interval,
          grouping.key(g),
          () ->
              summarizer.summarize(
                  Arrays.copyOfRange(completed, from, to), openTo - openFrom, target),
          () ->
              SurvivalSummary.of(
                  KaplanMeier.estimate(
                      Arrays.copyOfRange(completed, from, to),
                      Arrays.copyOfRange(open, openFrom, openTo))),
          missing[g],
          noClockStop[g]);
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
        firstRow[b + 1] = firstRow[b] + blocks.get(b).grouping().size();
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
