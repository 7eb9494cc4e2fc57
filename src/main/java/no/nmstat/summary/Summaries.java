package no.nmstat.summary;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import no.nmstat.stats.Summarizer;

/**
 * The summaries of every interval's groups ({@link IntervalGroups}), in order, each made when it is
 * read.
 */
final class Summaries extends AbstractList<IntervalSummary> implements RandomAccess {
  private final List<IntervalGroups> intervals;
  private final int[] firstRow;
  private final Summarizer summarizer;

  Summaries(List<IntervalGroups> intervals, Summarizer summarizer) {
    this.intervals = intervals;
    this.summarizer = summarizer;
    this.firstRow = new int[intervals.size() + 1];
    for (int b = 0; b < intervals.size(); b++) {
      firstRow[b + 1] = firstRow[b] + intervals.get(b).size();
    }
  }

  @Override
  public int size() {
    return firstRow[intervals.size()];
  }

  @Override
  public IntervalSummary get(int index) {
    java.util.Objects.checkIndex(index, size());
    int b = Arrays.binarySearch(firstRow, index);
    // Intervals without groups share their first row with the next: take the last such start.
    b = b < 0 ? -b - 2 : b;
    while (firstRow[b + 1] == index) {
      b++;
    }
    return intervals.get(b).summary(index - firstRow[b], summarizer);
  }
}
