package no.nmstat.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;

/**
 * Rows of the same method ({@link CaseRecord#method}: the ID, or substance and trade name where a
 * row has none) and indication, across all inputs: rounds of one method when each starts after the
 * one before it ends (a re-assessment, or a new decision after a new price offer), else conflicting
 * records. An exact repeat of a row is a duplicate. Rounds are numbered in time order; the rows
 * reported are left out of the cases.
 */
final class Rounds {
  // values() copies its array; these loops run once per candidate row.
  private static final Milestone[] MILESTONES = Milestone.values();

  private final List<CaseTable> tables;
  private final Map<String, String> idLabels;
  private final ProblemLog log;
  private final int[] offsets;
  private final CaseList all;

  /**
   * Rounds of {@code tables} (in input order), problems logged to {@code log} at the id column
   * ({@code idLabels}: its header per file).
   */
  Rounds(List<CaseTable> tables, Map<String, String> idLabels, ProblemLog log) {
    this.tables = tables;
    this.idLabels = idLabels;
    this.log = log;
    this.offsets = new int[tables.size() + 1];
    for (int k = 0; k < tables.size(); k++) {
      offsets[k + 1] = offsets[k] + tables.get(k).size();
    }
    this.all = new CaseList(tables);
  }

  /** The cases with rounds numbered and the reported rows left out. */
  CaseList apply() {
    Set<Integer> repeated = repeated();
    if (repeated.isEmpty()) {
      return all;
    }
    // Rows of one key, in input order; a collision of fingerprints puts other keys in the map
    // apart. The hashes are worked out again rather than kept: at ten million rows they are 80 MB.
    Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
    int i = 0;
    for (CaseTable t : tables) {
      for (int row = 0; row < t.size(); row++, i++) {
        if (repeated.contains(fingerprint(t.keyHash(row)))) {
          CaseRecord c = all.get(i);
          groups
              .computeIfAbsent(List.of(c.id(), c.method(), c.indication()), x -> new ArrayList<>())
              .add(i);
        }
      }
    }
    if (groups.values().stream().allMatch(rows -> rows.size() == 1)) {
      return all;
    }
    BitSet dropped = new BitSet(all.size());
    int[] number = new int[all.size()];
    int[] nextStart = new int[all.size()];
    int[] laterYes = new int[all.size()];
    Arrays.fill(number, 1);
    Arrays.fill(nextStart, CaseRecord.ABSENT);
    Arrays.fill(laterYes, CaseRecord.ABSENT);
    for (List<Integer> rows : groups.values()) {
      if (rows.size() > 1) {
        List<Integer> kept = judge(rows, dropped);
        number(kept, number, nextStart, laterYes);
      }
    }
    List<CaseTable> out = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      int from = offsets[t];
      int to = offsets[t + 1];
      CaseTable table =
          tables
              .get(t)
              .withRounds(
                  Arrays.copyOfRange(number, from, to),
                  Arrays.copyOfRange(nextStart, from, to),
                  Arrays.copyOfRange(laterYes, from, to));
      out.add(table.without(dropped.get(from, to)));
    }
    return new CaseList(out);
  }

  /**
   * Reports duplicates and overlapping rows of one key (each on the row that comes later in the
   * input, which is left out) and returns the rounds kept, in time order.
   */
  private List<Integer> judge(List<Integer> rows, BitSet dropped) {
    List<Integer> byTime = new ArrayList<>(rows);
    byTime.sort(Comparator.comparingInt((Integer i) -> first(all.get(i))).thenComparingInt(i -> i));
    List<Integer> kept = new ArrayList<>();
    for (int i : byTime) {
      if (kept.isEmpty()) {
        kept.add(i);
        continue;
      }
      int previous = kept.get(kept.size() - 1);
      CaseRecord a = all.get(previous);
      CaseRecord b = all.get(i);
      String why = null;
      if (same(a, b)) {
        why = "duplicate case: same method, indication and dates as line %s";
      } else if (first(a) == Integer.MAX_VALUE || first(b) == Integer.MAX_VALUE) {
        why =
            "conflicting records: same method and indication as line %s, and no process dates"
                + " to tell rounds apart";
      } else if (first(b) <= last(a)) {
        why =
            "conflicting records: same method and indication as line %s, and their dates overlap:"
                + " rows of one method and indication are rounds only when each starts after the"
                + " one before it ends";
      }
      if (why == null) {
        kept.add(i);
        continue;
      }
      int later = Math.max(previous, i);
      report(later, Math.min(previous, i), why);
      dropped.set(later);
      if (later == previous) {
        kept.set(kept.size() - 1, i);
      }
    }
    return kept;
  }

  private void report(int row, int other, String why) {
    CaseRecord here = all.get(row);
    CaseRecord there = all.get(other);
    String where =
        there.source().line()
            + (there.source().file().equals(here.source().file())
                ? ""
                : " of " + there.source().file());
    log.problem(
        here.source().file(),
        here.source().line(),
        idLabels.getOrDefault(here.source().file(), "id"),
        here.id(),
        String.format(why, where));
    log.rowInvalid();
  }

  private void number(List<Integer> kept, int[] number, int[] nextStart, int[] laterYes) {
    for (int r = 0; r < kept.size(); r++) {
      int i = kept.get(r);
      number[i] = r + 1;
      if (r + 1 < kept.size()) {
        nextStart[i] = first(all.get(kept.get(r + 1)));
      }
    }
    int firstRound = kept.get(0);
    for (int r = 1; r < kept.size(); r++) {
      int yes = all.get(kept.get(r)).yesDay();
      if (yes != CaseRecord.ABSENT) {
        laterYes[firstRound] = yes;
        break;
      }
    }
  }

  /** The earliest process date, or {@link Integer#MAX_VALUE} when there is none. */
  private static int first(CaseRecord c) {
    int min = Integer.MAX_VALUE;
    for (Milestone m : MILESTONES) {
      if (m.inProcess() && c.has(m)) {
        min = Math.min(min, c.day(m));
      }
    }
    return min;
  }

  /** The latest process date, or {@link Integer#MIN_VALUE} when there is none. */
  private static int last(CaseRecord c) {
    int max = Integer.MIN_VALUE;
    for (Milestone m : MILESTONES) {
      if (m.inProcess() && c.has(m)) {
        max = Math.max(max, c.day(m));
      }
    }
    return max;
  }

  /** Whether two rows record the same: every date, the clock stop, decision and text. */
  private static boolean same(CaseRecord a, CaseRecord b) {
    for (Milestone m : MILESTONES) {
      if (a.day(m) != b.day(m)) {
        return false;
      }
    }
    if (a.clockStopRecorded() != b.clockStopRecorded()
        || a.clockStopDays() != b.clockStopDays()
        || a.decision() != b.decision()) {
      return false;
    }
    for (String name : a.columnNames()) {
      if (!a.column(name).equals(b.column(name))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fingerprints of key hashes that occur more than once, found with an open-addressing table
   * of ints (a million boxed keys would cost more time and memory than the rest of reading). A
   * fingerprint shared by different keys only makes their rows candidates, told apart by their
   * keys; four bytes a slot keep the table at 64 MB for ten million rows.
   */
  private Set<Integer> repeated() {
    // At most two thirds full, so that probes stay short.
    int n = all.size();
    int capacity = Integer.highestOneBit(Math.max(16, n + n / 2)) * 2;
    int[] table = new int[capacity];
    int mask = capacity - 1;
    Set<Integer> repeated = new HashSet<>();
    for (CaseTable t : tables) {
      for (int row = 0; row < t.size(); row++) {
        int key = fingerprint(t.keyHash(row));
        int slot = (key ^ (key >>> 15) ^ (key >>> 27)) & mask;
        while (true) {
          if (table[slot] == 0) {
            table[slot] = key;
            break;
          }
          if (table[slot] == key) {
            repeated.add(key);
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
    }
    return repeated;
  }

  /** A four-byte fingerprint of a key hash, never 0 (which marks an empty slot). */
  private static int fingerprint(long hash) {
    int f = (int) (hash ^ (hash >>> 32));
    return f == 0 ? 1 : f;
  }
}
