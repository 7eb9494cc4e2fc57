package no.nmstat.model;

import static no.nmstat.model.CaseRecord.ABSENT;
import static no.nmstat.model.Milestone.ASSIGNED;
import static no.nmstat.model.Milestone.AVAILABLE_DATE;
import static no.nmstat.model.Milestone.COMMISSIONED;
import static no.nmstat.model.Milestone.DECISION_DATE;
import static no.nmstat.model.Milestone.DOCUMENTATION_RECEIVED;
import static no.nmstat.model.Milestone.MA_DATE;
import static no.nmstat.model.Milestone.NEGOTIATION_COMPLETED;
import static no.nmstat.model.Milestone.REPORT_COMPLETED;

/**
 * The usual order of a case's dates, and which departures from it are errors.
 *
 * <p>Real records depart from the usual order (before 2024 DMP could start on a company's
 * submission before the formal commission): a departure is an error only where a standard interval
 * would come out negative, and otherwise a warning. The standard intervals are those of the method
 * document; their names appear here so that messages can say which one a date would make negative.
 */
public final class ProcessOrder {

  /** A standard interval: its end must not come before its start. */
  private record Span(Milestone from, Milestone to, String interval) {}

  private static final Span[] SPANS = {
    new Span(DOCUMENTATION_RECEIVED, ASSIGNED, "queue"),
    new Span(DOCUMENTATION_RECEIVED, REPORT_COMPLETED, "assessment"),
    new Span(ASSIGNED, REPORT_COMPLETED, "active"),
    new Span(COMMISSIONED, DOCUMENTATION_RECEIVED, "submission"),
    new Span(REPORT_COMPLETED, NEGOTIATION_COMPLETED, "negotiation"),
    new Span(NEGOTIATION_COMPLETED, DECISION_DATE, "to_decision"),
    new Span(COMMISSIONED, DECISION_DATE, "total"),
    new Span(MA_DATE, DECISION_DATE, "ma_to_decision"),
    new Span(MA_DATE, AVAILABLE_DATE, "ma_to_availability"),
  };

  private ProcessOrder() {}

  /** Receives the departures of one row. */
  public interface Departures {
    /** {@code late} is dated before {@code early}, which makes {@code interval} negative. */
    void error(Milestone late, Milestone early, String interval);

    /** {@code late} is dated before {@code early}: unusual, but no interval is negative. */
    void warning(Milestone late, Milestone early);
  }

  /**
   * Checks one row's dates ({@code days}: epoch day per milestone ordinal, or {@link
   * CaseRecord#ABSENT}). Errors are the standard intervals that would be negative (to_decision
   * starts at the report when no negotiation is recorded); warnings are the other pairs of
   * consecutive recorded process milestones out of the usual order.
   */
  public static void check(int[] days, Departures out) {
    for (Span s : SPANS) {
      if (negative(days, s.from, s.to)) {
        out.error(s.to, s.from, s.interval);
      }
    }
    if (days[NEGOTIATION_COMPLETED.ordinal()] == ABSENT
        && negative(days, REPORT_COMPLETED, DECISION_DATE)) {
      out.error(DECISION_DATE, REPORT_COMPLETED, "to_decision");
    }
    Milestone previous = null;
    for (Milestone m : Milestone.all()) {
      if (!m.inProcess() || days[m.ordinal()] == ABSENT) {
        continue;
      }
      if (previous != null && negative(days, previous, m) && !isSpan(previous, m)) {
        out.warning(m, previous);
      }
      previous = m;
    }
  }

  /**
   * Whether a custom interval from {@code from} to {@code to} runs against the usual order, so that
   * its days can be negative by definition.
   */
  public static boolean against(Milestone from, Milestone to) {
    // The authorisation stands outside the chain: it may come before or after any step but
    // the decision, so no definition with it runs against the order.
    return from.inProcess() && to.inProcess() && to.ordinal() < from.ordinal();
  }

  private static boolean isSpan(Milestone from, Milestone to) {
    for (Span s : SPANS) {
      if (s.from == from && s.to == to) {
        return true;
      }
    }
    return from == REPORT_COMPLETED && to == DECISION_DATE;
  }

  private static boolean negative(int[] days, Milestone from, Milestone to) {
    int a = days[from.ordinal()];
    int b = days[to.ordinal()];
    return a != ABSENT && b != ABSENT && b < a;
  }
}
