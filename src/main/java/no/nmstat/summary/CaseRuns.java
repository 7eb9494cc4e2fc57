package no.nmstat.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;

/**
 * The cases as runs of consecutive rows of their tables ({@code tables[s]}'s rows {@code from[s]}
 * to {@code to[s]}, exclusive), so that the loops over every case read the tables' arrays without
 * an object per case.
 */
record CaseRuns(CaseTable[] tables, int[] from, int[] to, int size) {
  static CaseRuns of(List<CaseRecord> cases) {
    if (cases instanceof CaseList list) {
      int n = list.tables().size();
      CaseTable[] tables = list.tables().toArray(CaseTable[]::new);
      int[] from = new int[n];
      int[] to = new int[n];
      for (int s = 0; s < n; s++) {
        to[s] = tables[s].size();
      }
      return new CaseRuns(tables, from, to, list.size());
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
    return new CaseRuns(
        tables.toArray(CaseTable[]::new),
        Arrays.copyOf(from, n),
        Arrays.copyOf(to, n),
        cases.size());
  }
}
