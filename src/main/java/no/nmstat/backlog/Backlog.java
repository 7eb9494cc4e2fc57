package no.nmstat.backlog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Period;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.stats.QuantileMethod;

/** The number of cases in each state at each period end, and the flow between states. */
public final class Backlog {
  private Backlog() {}

  /** The first date any case entered a state, if any case did. */
  public static LocalDate firstDate(Snapshot snapshot) {
    int first = Integer.MAX_VALUE;
    for (CaseRecord c : snapshot.cases()) {
      for (CaseState.Span s : CaseState.timeline(c)) {
        first = Math.min(first, s.start());
      }
    }
    return first == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(first);
  }

  /**
   * One row per period from the one containing {@code from} to the one containing {@code to};
   * counts are taken at each period's end, or at {@code to} in the last period.
   */
  public static List<BacklogRow> compute(
      Snapshot snapshot, Period period, LocalDate from, LocalDate to, QuantileMethod method) {
    List<List<CaseState.Span>> timelines = new ArrayList<>(snapshot.cases().size());
    List<Boolean> firstRounds = new ArrayList<>(snapshot.cases().size());
    for (CaseRecord c : snapshot.cases()) {
      timelines.add(CaseState.timeline(c));
      firstRounds.add(c.round() == 1);
    }
    Coverage coverage = Coverage.of(snapshot.cases());
    Map<CaseState, List<String>> unseen = new java.util.LinkedHashMap<>();
    for (CaseState s : CaseState.values()) {
      List<String> columns = s.unrecorded(coverage);
      if (!columns.isEmpty()) {
        unseen.put(s, columns);
      }
    }
    List<BacklogRow> rows = new ArrayList<>();
    for (LocalDate start = period.start(from);
        !start.isAfter(to);
        start = period.end(start).plusDays(1)) {
      LocalDate end = period.end(start).isAfter(to) ? to : period.end(start);
      rows.add(
          row(
              timelines,
              firstRounds,
              period.label(start),
              (int) start.toEpochDay() - 1,
              (int) end.toEpochDay(),
              method,
              unseen));
    }
    return rows;
  }

  /** The row of one period; a later round's decision is not a first decision. */
  private static BacklogRow row(
      List<List<CaseState.Span>> timelines,
      List<Boolean> firstRounds,
      String label,
      int before,
      int day,
      QuantileMethod method,
      Map<CaseState, List<String>> unseen) {
    Map<CaseState, Integer> count = zeros();
    Map<CaseState, Integer> entered = zeros();
    Map<CaseState, Integer> left = zeros();
    int[] ages = new int[16];
    int queued = 0;
    int firstDecisions = 0;
    for (int k = 0; k < timelines.size(); k++) {
      for (CaseState.Span s : timelines.get(k)) {
        if (s.start() > before && s.start() <= day) {
          entered.merge(s.state(), 1, Integer::sum);
          firstDecisions += s.state() == CaseState.DECIDED && firstRounds.get(k) ? 1 : 0;
        }
        if (s.end() != CaseRecord.ABSENT && s.end() > before && s.end() <= day) {
          left.merge(s.state(), 1, Integer::sum);
        }
        if (s.contains(day)) {
          count.merge(s.state(), 1, Integer::sum);
          if (s.state() == CaseState.QUEUE) {
            if (queued == ages.length) {
              ages = java.util.Arrays.copyOf(ages, queued * 2);
            }
            ages[queued++] = day - s.start();
          }
        }
      }
    }
    Double medianAge =
        queued == 0 || unseen.containsKey(CaseState.QUEUE)
            ? null
            : method.quantiles(java.util.Arrays.copyOf(ages, queued), 0.5)[0];
    // A state the file cannot see has no count (not 0): BacklogRow's maps leave it out.
    for (CaseState s : unseen.keySet()) {
      count.remove(s);
      entered.remove(s);
      left.remove(s);
    }
    return new BacklogRow(
        label,
        LocalDate.ofEpochDay(day),
        count,
        entered,
        left,
        unseen.containsKey(CaseState.DECIDED) ? null : firstDecisions,
        medianAge,
        unseen);
  }

  private static Map<CaseState, Integer> zeros() {
    Map<CaseState, Integer> m = new EnumMap<>(CaseState.class);
    for (CaseState s : CaseState.values()) {
      m.put(s, 0);
    }
    return m;
  }
}
