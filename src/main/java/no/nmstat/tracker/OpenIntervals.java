package no.nmstat.tracker;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.CaseState;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Interval;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * The tracker's cases open now as intervals {@code check} judges rules on (method.md §9): {@code
 * overdue}, the days past the deadline of the cases past it, and {@code open_<state>}, the days in
 * the state of the cases open in it. Each is measured on one made-up case per open case, as if the
 * interval had ended on the as-of date after those days.
 */
public final class OpenIntervals {
  /** The open cases past their deadline, by days overdue. */
  public static final Interval OVERDUE =
      Interval.between(
          "overdue",
          Milestone.DOCUMENTATION_RECEIVED,
          Milestone.REPORT_COMPLETED,
          false,
          Actor.DMP,
          "days past the 180-day deadline of the open cases past it (nmstat tracker)");

  private static final Map<String, Interval> BY_NAME = byName();

  private OpenIntervals() {}

  private static Map<String, Interval> byName() {
    Map<String, Interval> m = new LinkedHashMap<>();
    m.put(OVERDUE.name(), OVERDUE);
    for (CaseState s : CaseState.waiting()) {
      List<Milestone> from = s.enteredBy();
      String name = "open_" + s.label();
      m.put(
          name,
          new Interval(
              name,
              from.get(0),
              from.size() > 1 ? from.get(1) : null,
              s.leftBy(),
              false,
              false,
              false,
              false,
              Actor.ALL,
              "days in " + s.label() + " of the cases open in it now (nmstat tracker)"));
    }
    return m;
  }

  /** The intervals by name: {@code overdue}, then {@code open_<state>} in process order. */
  public static Map<String, Interval> all() {
    return BY_NAME;
  }

  /** Whether {@code i} is one of these intervals of the cases open now. */
  public static boolean openNow(Interval i) {
    return BY_NAME.containsValue(i);
  }

  /**
   * What the file lacks to see the cases of {@code i} (empty when it can): the state's bounding
   * milestones, for {@code overdue} those of the queue and the assessment.
   */
  public static List<String> unrecorded(Interval i, Coverage coverage) {
    List<String> columns = new ArrayList<>();
    for (CaseState s : states(i)) {
      s.unrecorded(coverage).stream().filter(c -> !columns.contains(c)).forEach(columns::add);
    }
    return columns;
  }

  /**
   * One made-up case per case of {@code i} in {@code r}: {@code i} runs from the as-of date less
   * the case's days to the as-of date; its text columns are the case's, for {@code --by}.
   */
  public static List<CaseRecord> cases(Interval i, TrackerResult r) {
    List<CaseState> states = states(i);
    List<CaseRecord> out = new ArrayList<>();
    for (OpenCase o : r.cases()) {
      if (!states.contains(o.state()) || (i.equals(OVERDUE) && !o.overdue())) {
        continue;
      }
      int days = i.equals(OVERDUE) ? -o.daysLeft() : o.daysInState();
      int[] milestones = new int[Milestone.COUNT];
      java.util.Arrays.fill(milestones, ABSENT);
      milestones[i.from().ordinal()] = r.asOfDay() - days;
      milestones[i.to().ordinal()] = r.asOfDay();
      CaseRecord c = o.record();
      Map<String, String> columns = new LinkedHashMap<>();
      for (String name : c.columnNames()) {
        columns.put(name, c.column(name));
      }
      out.add(
          new CaseRecord(c.id(), c.indication(), milestones, ABSENT, null, columns, c.source()));
    }
    return out;
  }

  private static List<CaseState> states(Interval i) {
    if (i.equals(OVERDUE)) {
      return List.of(CaseState.QUEUE, CaseState.ASSESSMENT);
    }
    for (CaseState s : CaseState.waiting()) {
      if (i.name().equals("open_" + s.label())) {
        return List.of(s);
      }
    }
    throw new IllegalArgumentException(i.name() + " is not an interval of the open cases");
  }
}
