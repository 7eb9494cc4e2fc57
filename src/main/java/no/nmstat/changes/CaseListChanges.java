package no.nmstat.changes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseKey;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Decision;
import no.nmstat.model.Milestone;

/**
 * The changes from one version of a case list to a later one (method.md §2.6): cases matched by
 * method and indication ({@link CaseKey}, as rows are matched into rounds, §2.5), rounds by their
 * number, and each matched pair compared field by field.
 */
public final class CaseListChanges {

  /**
   * The descriptive columns compared: the indication is part of the key, and substance and trade
   * name name a case without an ID, but they are compared too (an ID's substance can be corrected).
   */
  private static final List<String> DESCRIPTIVE =
      CaseColumns.TEXT.stream().filter(c -> !c.equals(CaseColumns.INDICATION)).toList();

  private CaseListChanges() {}

  /**
   * The changes from {@code older} to {@code newer}: in {@code newer}'s order, each case's in
   * column order, a new case as {@link ChangeKind#NEW_CASE} followed by its milestones and
   * decision; then the cases of {@code older} that {@code newer} lacks, in {@code older}'s order.
   */
  public static List<Change> between(List<CaseRecord> older, List<CaseRecord> newer) {
    Map<CaseKey, Map<Integer, CaseRecord>> before = new LinkedHashMap<>();
    for (CaseRecord c : older) {
      before.computeIfAbsent(CaseKey.of(c), k -> new HashMap<>()).put(c.round(), c);
    }
    List<Change> out = new ArrayList<>();
    for (CaseRecord c : newer) {
      Map<Integer, CaseRecord> rounds = before.get(CaseKey.of(c));
      CaseRecord was = rounds == null ? null : rounds.remove(c.round());
      if (was == null) {
        out.add(change(c, ChangeKind.NEW_CASE, null, null, null));
        recorded(c, out);
      } else {
        compare(was, c, out);
      }
    }
    for (CaseRecord c : older) {
      Map<Integer, CaseRecord> rounds = before.get(CaseKey.of(c));
      if (rounds.remove(c.round()) != null) {
        out.add(change(c, ChangeKind.VANISHED, null, null, null));
      }
    }
    return out;
  }

  /** How many changes there are of each kind, every kind counted (0 where there is none). */
  public static Map<ChangeKind, Integer> count(List<Change> changes) {
    Map<ChangeKind, Integer> n = new EnumMap<>(ChangeKind.class);
    for (ChangeKind k : ChangeKind.values()) {
      n.put(k, 0);
    }
    changes.forEach(c -> n.merge(c.kind(), 1, Integer::sum));
    return n;
  }

  /** The milestones and decision of a new case, each recorded for the first time. */
  private static void recorded(CaseRecord c, List<Change> out) {
    for (Milestone m : Milestone.all()) {
      if (c.has(m)) {
        ChangeKind kind = m == Milestone.DECISION_DATE ? ChangeKind.DECISION : ChangeKind.MILESTONE;
        out.add(change(c, kind, m.column(), null, date(c, m)));
      }
      if (m == Milestone.DECISION_DATE && c.decision() != null) {
        out.add(change(c, ChangeKind.DECISION, CaseColumns.DECISION, null, c.decision().code()));
      }
    }
  }

  private static void compare(CaseRecord was, CaseRecord now, List<Change> out) {
    for (Milestone m : Milestone.all()) {
      if (m == Milestone.DECISION_DATE) {
        decision(was, now, out);
      } else if (was.day(m) != now.day(m)) {
        ChangeKind kind =
            !was.has(m)
                ? ChangeKind.MILESTONE
                : now.has(m) ? ChangeKind.CHANGED : ChangeKind.REMOVED;
        out.add(change(now, kind, m.column(), date(was, m), date(now, m)));
      }
      if (m == Milestone.ASSIGNED) {
        // Where case files put the clock stop: after the assignment, before the report.
        clockStop(was, now, out);
      }
    }
    for (String column : DESCRIPTIVE) {
      String a = was.column(column);
      String b = now.column(column);
      if (!a.equals(b)) {
        ChangeKind kind =
            a.isEmpty() ? ChangeKind.VALUE : b.isEmpty() ? ChangeKind.REMOVED : ChangeKind.CHANGED;
        out.add(change(now, kind, column, blankAsNull(a), blankAsNull(b)));
      }
    }
  }

  /**
   * The decision's date and value. A decision recorded where there was none, its value filled in,
   * or a later date with a value (a re-decision: the official workbook keeps only the latest) is a
   * {@link ChangeKind#DECISION}, with both date and value listed; any other change corrects.
   */
  private static void decision(CaseRecord was, CaseRecord now, List<Change> out) {
    Milestone date = Milestone.DECISION_DATE;
    Decision a = was.decision();
    Decision b = now.decision();
    boolean first = !was.has(date) && now.has(date);
    boolean again = was.has(date) && now.has(date) && now.day(date) > was.day(date) && b != null;
    if (first || again) {
      out.add(change(now, ChangeKind.DECISION, date.column(), date(was, date), date(now, date)));
      if (b != null && (again || a != b)) {
        out.add(change(now, ChangeKind.DECISION, CaseColumns.DECISION, code(a), code(b)));
      }
      return;
    }
    if (was.day(date) != now.day(date)) {
      ChangeKind kind = now.has(date) ? ChangeKind.CHANGED : ChangeKind.REMOVED;
      out.add(change(now, kind, date.column(), date(was, date), date(now, date)));
    }
    if (a != b) {
      ChangeKind kind =
          a == null ? ChangeKind.DECISION : b == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
      out.add(change(now, kind, CaseColumns.DECISION, code(a), code(b)));
    }
  }

  /**
   * The clock stop: recorded for the first time, or a total that grew while the older list had no
   * report (stops are recorded as they happen), is {@link ChangeKind#CLOCK_STOP}; a total that
   * fell, or changed once the report was recorded, corrects.
   */
  private static void clockStop(CaseRecord was, CaseRecord now, List<Change> out) {
    Integer a = was.clockStopRecorded() ? was.clockStopDays() : null;
    Integer b = now.clockStopRecorded() ? now.clockStopDays() : null;
    if (Objects.equals(a, b)) {
      return;
    }
    ChangeKind kind;
    if (b == null) {
      kind = ChangeKind.REMOVED;
    } else if (a == null || (b > a && !was.has(Milestone.REPORT_COMPLETED))) {
      kind = ChangeKind.CLOCK_STOP;
    } else {
      kind = ChangeKind.CHANGED;
    }
    out.add(
        change(
            now,
            kind,
            CaseColumns.CLOCK_STOP_DAYS,
            a == null ? null : a.toString(),
            b == null ? null : b.toString()));
  }

  private static Change change(
      CaseRecord c, ChangeKind kind, String field, String was, String now) {
    return new Change(c.method(), c.indication(), c.round(), kind, field, was, now);
  }

  private static String date(CaseRecord c, Milestone m) {
    return c.has(m) ? LocalDate.ofEpochDay(c.day(m)).toString() : null;
  }

  private static String code(Decision d) {
    return d == null ? null : d.code();
  }

  private static String blankAsNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
