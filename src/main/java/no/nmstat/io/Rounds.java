package no.nmstat.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseKey;
import no.nmstat.model.CaseList;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.CaseTable;
import no.nmstat.model.Milestone;
import no.nmstat.table.ProblemLog;

/**
 * Rows of the same method ({@link CaseRecord#method}: the ID, or substance and trade name where a
 * row has none) and indication, across all inputs: rounds of one method when each starts after the
 * one before it ends, or comes after the one before it was decided and repeats only its dates
 * before that (a re-assessment, or a new decision after a new price offer; method.md §2.5), else
 * conflicting records. An exact repeat of a row is a duplicate. Rounds are numbered in time order,
 * and each row marks the milestones it shares with the round before it; the rows reported are left
 * out of the cases.
 */
final class Rounds {

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
    BitSet candidates = RepeatedKeys.rows(tables, all.size());
    if (candidates.isEmpty()) {
      return all;
    }
    // Rows of one key, in input order; a collision of fingerprints puts other keys in the map
    // apart.
    Map<CaseKey, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
      groups.computeIfAbsent(CaseKey.of(all.get(i)), x -> new ArrayList<>()).add(i);
    }
    if (groups.values().stream().allMatch(rows -> rows.size() == 1)) {
      return all;
    }
    BitSet dropped = new BitSet(all.size());
    int[] number = new int[all.size()];
    int[] nextStart = new int[all.size()];
    int[] laterYes = new int[all.size()];
    int[] previousDecision = new int[all.size()];
    int[] shared = new int[all.size()];
    Arrays.fill(number, 1);
    Arrays.fill(nextStart, CaseRecord.ABSENT);
    Arrays.fill(laterYes, CaseRecord.ABSENT);
    Arrays.fill(previousDecision, CaseRecord.ABSENT);
    for (List<Integer> rows : groups.values()) {
      if (rows.size() > 1) {
        List<Integer> kept = judge(rows, dropped);
        number(kept, number, laterYes);
        link(kept, nextStart, previousDecision, shared);
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
                  Arrays.copyOfRange(laterYes, from, to),
                  Arrays.copyOfRange(previousDecision, from, to),
                  Arrays.copyOfRange(shared, from, to));
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
    // Rows that share their first dates (a later round repeating them) are ordered by their
    // decision, a row not decided yet last.
    byTime.sort(
        Comparator.comparingInt((Integer i) -> first(all.get(i)))
            .thenComparingInt(i -> decided(all.get(i)))
            .thenComparingInt(i -> i));
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
      } else if (!nextRound(a, b)) {
        why =
            "conflicting records: same method and indication as line %s, and their dates overlap:"
                + " rows of one method and indication are rounds only when each starts after the"
                + " one before it ends, or after it was decided with only its earlier dates"
                + " repeated";
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

  private void number(List<Integer> kept, int[] number, int[] laterYes) {
    for (int r = 0; r < kept.size(); r++) {
      number[kept.get(r)] = r + 1;
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

  /**
   * Links each round to the one before it: the milestones it shares with it, the previous round's
   * decision (where the re-decision starts), and, on the previous round, the day this one starts
   * (its earliest date of its own; a round of shared dates only has not begun anything).
   */
  private void link(List<Integer> kept, int[] nextStart, int[] previousDecision, int[] shared) {
    for (int r = 1; r < kept.size(); r++) {
      CaseRecord a = all.get(kept.get(r - 1));
      CaseRecord b = all.get(kept.get(r));
      int i = kept.get(r);
      int start = CaseRecord.ABSENT;
      for (Milestone m : Milestone.all()) {
        if (!m.inProcess() || !b.has(m)) {
          continue;
        }
        if (b.day(m) == a.day(m)) {
          shared[i] |= 1 << m.ordinal();
        } else {
          start = start == CaseRecord.ABSENT ? b.day(m) : Math.min(start, b.day(m));
        }
      }
      previousDecision[i] = a.day(Milestone.DECISION_DATE);
      nextStart[kept.get(r - 1)] = start;
    }
  }

  /**
   * Whether {@code b}, ordered after {@code a}, is the next round (method.md §2.5): it starts after
   * {@code a} ends, or {@code a} has a decision, {@code b}'s decision (if any yet) is after it, and
   * each other process date of {@code b} repeats {@code a}'s same milestone (shared) or falls on or
   * after {@code a}'s decision.
   */
  static boolean nextRound(CaseRecord a, CaseRecord b) {
    if (first(b) > last(a)) {
      return true;
    }
    int decided = a.day(Milestone.DECISION_DATE);
    if (decided == CaseRecord.ABSENT) {
      return false;
    }
    for (Milestone m : Milestone.all()) {
      if (!m.inProcess() || !b.has(m)) {
        continue;
      }
      int d = b.day(m);
      boolean fits = m == Milestone.DECISION_DATE ? d > decided : d == a.day(m) || d >= decided;
      if (!fits) {
        return false;
      }
    }
    return true;
  }

  /** The decision's date, or {@link Integer#MAX_VALUE} when there is none. */
  private static int decided(CaseRecord c) {
    return c.has(Milestone.DECISION_DATE) ? c.day(Milestone.DECISION_DATE) : Integer.MAX_VALUE;
  }

  /** The earliest process date, or {@link Integer#MAX_VALUE} when there is none. */
  private static int first(CaseRecord c) {
    int min = Integer.MAX_VALUE;
    for (Milestone m : Milestone.all()) {
      if (m.inProcess() && c.has(m)) {
        min = Math.min(min, c.day(m));
      }
    }
    return min;
  }

  /** The latest process date, or {@link Integer#MIN_VALUE} when there is none. */
  private static int last(CaseRecord c) {
    int max = Integer.MIN_VALUE;
    for (Milestone m : Milestone.all()) {
      if (m.inProcess() && c.has(m)) {
        max = Math.max(max, c.day(m));
      }
    }
    return max;
  }

  /** Whether two rows record the same: every date, the clock stop, decision and text. */
  private static boolean same(CaseRecord a, CaseRecord b) {
    for (Milestone m : Milestone.all()) {
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
}
