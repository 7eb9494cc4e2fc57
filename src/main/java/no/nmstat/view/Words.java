package no.nmstat.view;

import no.nmstat.backlog.CaseState;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Intervals;
import no.nmstat.model.Milestone;

/**
 * What a report says for the program's identifiers: a reader sees "per year the report was
 * completed", not {@code report_completed}, and "awaiting documentation", not {@code
 * awaiting_documentation}.
 */
public final class Words {
  private Words() {}

  /** A short name of an interval, for legends and column headings ("queue"). */
  public static String interval(Interval i) {
    if (i.equals(Intervals.MA_TO_DECISION)) {
      return "authorisation to decision";
    }
    return i.name().replace('_', ' ');
  }

  /** A heading for an interval's days ("Days in the queue for a case handler"). */
  public static String days(Interval i) {
    if (i.equals(Intervals.QUEUE)) {
      return "Days in the queue for a case handler";
    }
    if (i.equals(Intervals.ASSESSMENT)) {
      return "Days of assessment";
    }
    if (i.equals(Intervals.TOTAL)) {
      return "Days from commissioning to the first decision";
    }
    return "Days of " + interval(i);
  }

  /** What happened on a milestone's date, to follow "the year" ("the report was completed"). */
  public static String event(Milestone m) {
    return switch (m) {
      case MA_DATE -> "of the marketing authorisation";
      case REQUESTED -> "the assessment was requested";
      case COMMISSIONED -> "the assessment was commissioned";
      case DOCUMENTATION_RECEIVED -> "the documentation was received";
      case ASSIGNED -> "the case handler was assigned";
      case REPORT_COMPLETED -> "the report was completed";
      case NEGOTIATION_COMPLETED -> "the price negotiation was completed";
      case DECISION_DATE -> "of the decision";
      case AVAILABLE_DATE -> "the medicine became available";
    };
  }

  /** {@code text} with its first letter in upper case. */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** A backlog state ("awaiting documentation"). */
  public static String state(CaseState s) {
    return s.label().replace('_', ' ');
  }

  /**
   * What a file lacks when an interval is not measurable, from {@link
   * no.nmstat.summary.IntervalSummary#unrecorded} ("documentation dates", "clock stops").
   */
  public static String unrecorded(java.util.List<String> columns) {
    java.util.List<String> things =
        columns.stream()
            .map(
                c ->
                    java.util.Arrays.stream(c.split(" or "))
                        .map(Words::recordedThing)
                        .collect(java.util.stream.Collectors.joining(" or ")))
            .toList();
    // "no A, B or C": after "no", "or" already excludes every one of them.
    return or(things);
  }

  /** The items as a list in words: "A", "A or B", "A, B or C". */
  public static String or(java.util.List<String> items) {
    int last = items.size() - 1;
    return last < 1
        ? String.join("", items)
        : String.join(", ", items.subList(0, last)) + " or " + items.get(last);
  }

  private static String recordedThing(String column) {
    return Milestone.byColumn(column)
        .map(
            m ->
                switch (m) {
                  case MA_DATE -> "marketing authorisation dates";
                  case REQUESTED -> "request dates";
                  case COMMISSIONED -> "commissioning dates";
                  case DOCUMENTATION_RECEIVED -> "documentation dates";
                  case ASSIGNED -> "case handler assignment dates";
                  case REPORT_COMPLETED -> "report dates";
                  case NEGOTIATION_COMPLETED -> "negotiation dates";
                  case DECISION_DATE -> "decision dates";
                  case AVAILABLE_DATE -> "availability dates";
                })
        .orElse(column.equals("clock_stop_days") ? "clock stops" : column);
  }
}
