package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nmstat.backlog.CaseState;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.metrics.Coverage;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;
import no.nmstat.tracker.OpenCase;
import no.nmstat.tracker.Tracker;
import no.nmstat.tracker.TrackerResult;

/** The tracker's open cases as a table, and the sentences that say what it cannot see. */
public final class TrackerReport {
  private TrackerReport() {}

  /** The tracker's columns, in order (JSON keys too). */
  public static final List<String> KEYS =
      List.of(
          CaseColumns.ID,
          CaseColumns.INDICATION,
          CaseColumns.SUBSTANCE,
          "state",
          "since",
          "days_in_state",
          "clock_days",
          "deadline",
          "days_left",
          "expected",
          "expected_basis",
          "expected_n");

  /** One row per open case of {@code cases}, in their order; {@code notes} follow the table. */
  public static Table table(List<OpenCase> cases, List<String> notes) {
    Table table =
        new Table(
            List.of(
                Column.text(KEYS.get(0)),
                Column.text(KEYS.get(1)),
                Column.text(KEYS.get(2)),
                Column.text(KEYS.get(3)),
                Column.text(KEYS.get(4)),
                Column.integer(KEYS.get(5)),
                Column.integer(KEYS.get(6)),
                Column.text(KEYS.get(7)),
                Column.integer(KEYS.get(8)),
                Column.text(KEYS.get(9)),
                Column.text(KEYS.get(10)),
                Column.integer(KEYS.get(11))));
    // At 80 columns: which case, where it stands, how late and when it should move; indication,
    // substance and the deadline (which days_left already says) go first.
    table.answers(List.of(KEYS.get(0), KEYS.get(3), KEYS.get(5), KEYS.get(8), KEYS.get(9)));
    for (OpenCase o : cases) {
      CaseRecord c = o.record();
      table.row(
          c.method(),
          c.indication(),
          c.column(CaseColumns.SUBSTANCE),
          o.state().label(),
          date(o.since()),
          o.daysInState(),
          number(o.clockDays()),
          date(o.deadline()),
          number(o.daysLeft()),
          date(o.expected()),
          o.basis() == null ? null : o.basis().label(),
          number(o.expectedN()));
    }
    notes.forEach(table::note);
    return table;
  }

  /**
   * The cases of one state for a report: the same figures under headings in words, without the
   * state (the report's heading names it) and the clock's days used (the deadline says it).
   */
  public static Table inWords(List<OpenCase> cases) {
    Table t =
        new Table(
            List.of(
                Column.text("case"),
                Column.text("indication"),
                Column.text("substance"),
                Column.text("since"),
                Column.integer("days in state"),
                Column.text("deadline"),
                Column.integer("days left"),
                Column.text("expected"),
                Column.text("expected from")));
    for (OpenCase o : cases) {
      CaseRecord c = o.record();
      t.row(
          c.method(),
          c.indication(),
          c.column(CaseColumns.SUBSTANCE),
          date(o.since()),
          o.daysInState(),
          date(o.deadline()),
          number(o.daysLeft()),
          date(o.expected()),
          o.basis() == null
              ? null
              : o.basis() == OpenCase.Basis.FORECAST
                  ? "queue forecast"
                  : Plural.count(o.expectedN(), "past stay", "past stays"));
    }
    return t;
  }

  /**
   * What the tracker rests on and cannot see: the deadline's rule, the states the file cannot see
   * and the open cases left out for it, and the rule of the expected date.
   */
  public static List<String> notes(TrackerResult r) {
    return notes(r, true);
  }

  /**
   * As {@link #notes(TrackerResult)}, without the states the file cannot see unless {@code unseen}
   * (a report says that under each state's heading).
   */
  public static List<String> notes(TrackerResult r, boolean unseen) {
    List<String> lines = new ArrayList<>();
    lines.add(
        Plural.count(r.cases().size(), "case", "cases")
            + " open on "
            + LocalDate.ofEpochDay(r.asOfDay())
            + " in all. Deadline (queue and assessment): documentation received + "
            + Tracker.DEADLINE_DAYS
            + " days + the clock stops recorded; a clock stop still running is not known"
            + " until it is recorded, so a case may be less late than its days left say.");
    for (Map.Entry<CaseState, List<String>> e : r.unseen().entrySet()) {
      if (!unseen) {
        break;
      }
      int n = r.leftOut().getOrDefault(e.getKey(), 0);
      lines.add(
          "The file cannot see "
              + Words.state(e.getKey())
              + " ("
              + Coverage.noCaseRecords(e.getValue())
              + ")"
              + (n == 0
                  ? "."
                  : ": "
                      + Plural.count(n, "open case that seems", "open cases that seem")
                      + " to stand in it "
                      + Plural.word(n, "is", "are")
                      + " not listed."));
    }
    if (r.cases().isEmpty() && r.leftOut().isEmpty()) {
      lines.add(
          "No case in the file is open: each is decided or has no milestone yet. A list of"
              + " decided cases, as nyemetoder.no publishes, cannot show the cases under way.");
    }
    lines.add(
        "Expected: the date by which half of the file's past stays in the state that had lasted"
            + " as long had ended (Kaplan–Meier), when at least "
            + Tracker.MIN_EXPECTED_N
            + " such stays are in the file; in the queue, the queue forecast's date (nmstat"
            + " forecast).");
    return lines;
  }

  private static String date(int day) {
    return day == CaseRecord.ABSENT ? null : LocalDate.ofEpochDay(day).toString();
  }

  private static Integer number(int n) {
    return n == CaseRecord.ABSENT ? null : n;
  }
}
