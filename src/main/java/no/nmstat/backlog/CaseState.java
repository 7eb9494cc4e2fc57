package no.nmstat.backlog;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.metrics.Coverage;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * Where a case stands between two milestones: whose turn it is. The clock stops are not a state:
 * case files record their total days, not when they happened.
 */
public enum CaseState {
  /** Commissioned; the company has not delivered documentation. */
  AWAITING_DOCUMENTATION("awaiting_documentation"),
  /** Documentation received; no case handler assigned at DMP. */
  QUEUE("queue"),
  /** A case handler works on the assessment. */
  ASSESSMENT("assessment"),
  /** The report is done; Sykehusinnkjøp LIS negotiates the price. */
  NEGOTIATION("negotiation"),
  /** Negotiation done (or none recorded); Beslutningsforum has not decided. */
  AWAITING_DECISION("awaiting_decision"),
  /** The first decision is made. */
  DECIDED("decided");

  /**
   * The milestones whose date enters this state (method.md §7 "Backlog states"), the first being
   * the usual one, the second the one used when it is missing.
   */
  public List<Milestone> enteredBy() {
    return switch (this) {
      case AWAITING_DOCUMENTATION -> List.of(Milestone.COMMISSIONED);
      case QUEUE -> List.of(Milestone.DOCUMENTATION_RECEIVED);
      case ASSESSMENT -> List.of(Milestone.ASSIGNED);
      case NEGOTIATION -> List.of(Milestone.REPORT_COMPLETED);
      case AWAITING_DECISION ->
          List.of(Milestone.NEGOTIATION_COMPLETED, Milestone.REPORT_COMPLETED);
      case DECIDED -> List.of(Milestone.DECISION_DATE);
    };
  }

  /**
   * The milestone whose date ends this state when it is recorded; none for {@link #DECIDED}. A file
   * that records it nowhere cannot tell this state from the next: every case would stay in this one
   * until some later milestone. A state that ends at another date was skipped past, its end unknown
   * (the tracker's past durations leave it out, method.md §9).
   */
  public Milestone leftBy() {
    return switch (this) {
      case AWAITING_DOCUMENTATION -> Milestone.DOCUMENTATION_RECEIVED;
      case QUEUE -> Milestone.ASSIGNED;
      case ASSESSMENT -> Milestone.REPORT_COMPLETED;
      case NEGOTIATION -> Milestone.NEGOTIATION_COMPLETED;
      case AWAITING_DECISION -> Milestone.DECISION_DATE;
      case DECIDED -> null;
    };
  }

  /**
   * What no case in {@code coverage} records of the milestones that bound this state: the columns
   * entering it (alternatives joined by " or ") and the one ending it. Empty when the file can see
   * the state.
   */
  public List<String> unrecorded(Coverage coverage) {
    List<String> columns = new ArrayList<>();
    if (enteredBy().stream().noneMatch(coverage::anyRecorded)) {
      columns.add(String.join(" or ", enteredBy().stream().map(Milestone::column).toList()));
    }
    Milestone end = leftBy();
    if (end != null && !coverage.anyRecorded(end)) {
      columns.add(end.column());
    }
    return columns;
  }

  private final String label;

  CaseState(String label) {
    this.label = label;
  }

  /** The name used in output, e.g. {@code awaiting_documentation}. */
  public String label() {
    return label;
  }

  /** The states a case waits in, in process order (all but {@link #DECIDED}). */
  public static List<CaseState> waiting() {
    return List.of(AWAITING_DOCUMENTATION, QUEUE, ASSESSMENT, NEGOTIATION, AWAITING_DECISION);
  }

  /**
   * A stretch of time in one state.
   *
   * @param state the state
   * @param start the epoch day it was entered
   * @param end the epoch day it was left, or {@link CaseRecord#ABSENT} when still in it
   */
  public record Span(CaseState state, int start, int end) {
    /** Whether the case is in this state at the end of {@code day}. */
    public boolean contains(int day) {
      return start <= day && (end == ABSENT || end > day);
    }
  }

  /**
   * The states {@code c} went through, from its milestones. A case with a report but neither a
   * negotiation date nor a decision is taken to be in negotiation; a report followed directly by a
   * decision goes to awaiting the decision. Missing milestones skip their state, and a state lasts
   * until the next state recorded. A case is never placed in a state it had left: a state entered
   * after a later state began (records out of the usual order, such as work started before the
   * commission) is skipped, and so is a state a later round would enter at a date it shares with
   * the round before it (the earlier round was in that state then, method.md §2.5).
   */
  public static List<Span> timeline(CaseRecord c) {
    List<CaseState> states = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    add(states, starts, AWAITING_DOCUMENTATION, own(c, Milestone.COMMISSIONED));
    add(states, starts, QUEUE, own(c, Milestone.DOCUMENTATION_RECEIVED));
    add(states, starts, ASSESSMENT, own(c, Milestone.ASSIGNED));
    int report = own(c, Milestone.REPORT_COMPLETED);
    int negotiated = own(c, Milestone.NEGOTIATION_COMPLETED);
    int decided = own(c, Milestone.DECISION_DATE);
    if (report != ABSENT && (negotiated != ABSENT || decided == ABSENT)) {
      add(states, starts, NEGOTIATION, report);
    }
    add(
        states,
        starts,
        AWAITING_DECISION,
        negotiated != ABSENT ? negotiated : decided != ABSENT ? report : ABSENT);
    add(states, starts, DECIDED, decided);
    List<Span> spans = new ArrayList<>(states.size());
    for (int i = 0; i < states.size(); i++) {
      int end = ABSENT;
      for (int j = i + 1; j < states.size(); j++) {
        end = end == ABSENT ? starts.get(j) : Math.min(end, starts.get(j));
      }
      if (end == ABSENT || end >= starts.get(i)) {
        spans.add(new Span(states.get(i), starts.get(i), end));
      }
    }
    return spans;
  }

  /**
   * {@code c}'s day of {@code m}, or {@link CaseRecord#ABSENT} when it shares it with a round
   * before.
   */
  private static int own(CaseRecord c, Milestone m) {
    return c.shared(m) ? ABSENT : c.day(m);
  }

  private static void add(List<CaseState> states, List<Integer> starts, CaseState s, int day) {
    if (day != ABSENT) {
      states.add(s);
      starts.add(day);
    }
  }
}
