package no.nmstat.metrics;

import static no.nmstat.model.Milestone.ASSIGNED;
import static no.nmstat.model.Milestone.AVAILABLE_DATE;
import static no.nmstat.model.Milestone.COMMISSIONED;
import static no.nmstat.model.Milestone.DECISION_DATE;
import static no.nmstat.model.Milestone.DOCUMENTATION_RECEIVED;
import static no.nmstat.model.Milestone.MA_DATE;
import static no.nmstat.model.Milestone.NEGOTIATION_COMPLETED;
import static no.nmstat.model.Milestone.REPORT_COMPLETED;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The standard intervals of method.md §3, in their documented order. */
public final class Intervals {
  public static final Interval QUEUE =
      Interval.between(
          "queue",
          DOCUMENTATION_RECEIVED,
          ASSIGNED,
          false,
          Actor.DMP,
          "waiting before a case handler is assigned");
  public static final Interval ASSESSMENT =
      Interval.between(
          "assessment",
          DOCUMENTATION_RECEIVED,
          REPORT_COMPLETED,
          true,
          Actor.DMP,
          "the official 180-day figure: documentation to report, queue included, clock stops excluded");
  public static final Interval ACTIVE =
      Interval.between(
          "active",
          ASSIGNED,
          REPORT_COMPLETED,
          true,
          Actor.DMP,
          "work after assignment, clock stops excluded");
  public static final Interval CLOCK_STOP =
      new Interval(
          "clock_stop",
          DOCUMENTATION_RECEIVED,
          null,
          REPORT_COMPLETED,
          false,
          false,
          true,
          false,
          Actor.COMPANY,
          "days DMP waited for the company");
  public static final Interval SUBMISSION =
      Interval.between(
          "submission",
          COMMISSIONED,
          DOCUMENTATION_RECEIVED,
          false,
          Actor.COMPANY,
          "time the company took to deliver documentation");
  public static final Interval NEGOTIATION =
      Interval.between(
          "negotiation",
          REPORT_COMPLETED,
          NEGOTIATION_COMPLETED,
          false,
          Actor.LIS,
          "price negotiation");
  public static final Interval TO_DECISION =
      new Interval(
          "to_decision",
          NEGOTIATION_COMPLETED,
          REPORT_COMPLETED,
          DECISION_DATE,
          false,
          false,
          false,
          false,
          Actor.RHF,
          "negotiation (or report, when none) to the decision");
  public static final Interval TOTAL =
      Interval.between(
          "total", COMMISSIONED, DECISION_DATE, false, Actor.ALL, "commissioned to first decision");
  public static final Interval MA_TO_DECISION =
      Interval.between(
          "ma_to_decision",
          MA_DATE,
          DECISION_DATE,
          false,
          Actor.ALL,
          "marketing authorisation to first decision, yes or no");
  public static final Interval MA_TO_AVAILABILITY =
      new Interval(
          "ma_to_availability",
          MA_DATE,
          null,
          AVAILABLE_DATE,
          true,
          false,
          false,
          false,
          Actor.ALL,
          "marketing authorisation to availability (WAIT): only a yes ends it");
  public static final Interval REDECISION =
      new Interval(
          "redecision",
          DECISION_DATE,
          null,
          DECISION_DATE,
          false,
          false,
          false,
          true,
          Actor.ALL,
          "the previous round's decision to this round's: a new decision on the same method");

  /** All standard intervals. */
  public static final List<Interval> STANDARD =
      List.of(
          QUEUE,
          ASSESSMENT,
          ACTIVE,
          CLOCK_STOP,
          SUBMISSION,
          NEGOTIATION,
          TO_DECISION,
          TOTAL,
          MA_TO_DECISION,
          MA_TO_AVAILABILITY,
          REDECISION);

  private Intervals() {}

  /** The standard intervals by name, in their documented order (a new, modifiable map). */
  public static Map<String, Interval> byName() {
    Map<String, Interval> m = new LinkedHashMap<>();
    STANDARD.forEach(i -> m.put(i.name(), i));
    return m;
  }

  /** The standard interval named {@code name}. */
  public static Optional<Interval> standard(String name) {
    return STANDARD.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
