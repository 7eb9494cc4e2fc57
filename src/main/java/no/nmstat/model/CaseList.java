package no.nmstat.model;

import java.util.AbstractList;
import java.util.List;

/** The cases of several {@link CaseTable}s (one per file or stretch) as one list, in order. */
public final class CaseList extends AbstractList<CaseRecord> {
  private final List<CaseTable> tables;
  private final int[] starts;
  private final int size;

  public CaseList(List<CaseTable> tables) {
    this.tables = List.copyOf(tables);
    this.starts = new int[this.tables.size()];
    int n = 0;
    for (int i = 0; i < this.tables.size(); i++) {
      starts[i] = n;
      n += this.tables.get(i).size();
    }
    this.size = n;
  }

  /** The tables, in order. */
  public List<CaseTable> tables() {
    return tables;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public CaseRecord get(int index) {
    java.util.Objects.checkIndex(index, size);
    int t = java.util.Arrays.binarySearch(starts, index);
    if (t < 0) {
      t = -t - 2;
    }
    // Empty tables share a start with the next: take the last table starting at or before.
    while (t + 1 < starts.length && starts[t + 1] == index && tables.get(t).size() == 0) {
      t++;
    }
    while (tables.get(t).size() <= index - starts[t]) {
      t++;
    }
    return tables.get(t).get(index - starts[t]);
  }

  @Override
  public java.util.Iterator<CaseRecord> iterator() {
    return new java.util.Iterator<>() {
      private int table;
      private int row;

      @Override
      public boolean hasNext() {
        while (table < tables.size() && row >= tables.get(table).size()) {
          table++;
          row = 0;
        }
        return table < tables.size();
      }

      @Override
      public CaseRecord next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return new CaseRecord(tables.get(table), row++);
      }
    };
  }
}
