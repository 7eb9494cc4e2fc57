package no.nmstat.summary;

import java.util.Arrays;
import java.util.List;
import no.nmstat.metrics.Grouping;
import no.nmstat.metrics.Interval;
import no.nmstat.stats.KaplanMeier;
import no.nmstat.stats.Summarizer;
import no.nmstat.stats.SurvivalSummary;

/**
 * One interval's groups: group {@code g} has the value {@code keys[d][g]} of {@code values[d]} in
 * each dimension; its completed days and open ages are {@code
 * completed[completedStart[g]..completedStart[g + 1])} and likewise for open.
 */
record IntervalGroups(
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
  static IntervalGroups notMeasurable(
      Interval interval, SummaryRequest request, List<String> unrecorded) {
    int dims = request.groups().size();
    Grouping.Values[] values = new Grouping.Values[dims];
    for (int d = 0; d < dims; d++) {
      values[d] = new Grouping.Values();
      values[d].id("");
    }
    return new IntervalGroups(
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
