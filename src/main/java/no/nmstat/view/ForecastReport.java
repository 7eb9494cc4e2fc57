package no.nmstat.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import no.nmstat.forecast.BacktestRow;
import no.nmstat.forecast.Calibration;
import no.nmstat.forecast.QueueForecast;
import no.nmstat.forecast.QueuedCase;
import no.nmstat.format.Cells;
import no.nmstat.format.Column;
import no.nmstat.format.Plural;
import no.nmstat.format.Table;
import no.nmstat.model.CaseColumns;
import no.nmstat.model.CaseRecord;

/** The queue forecast and its backtest as tables, and the sentences that say what they rest on. */
public final class ForecastReport {
  private ForecastReport() {}

  /**
   * The forecast's columns, in order (JSON keys too). The forecast comes first: on a terminal the
   * columns that do not fit are left out, and the dates are what the table is for.
   */
  public static final List<String> KEYS =
      List.of(
          CaseColumns.ID,
          "position",
          "expected_assigned",
          "low",
          "high",
          "documentation_received",
          "waited",
          CaseColumns.INDICATION);

  /** A row per queued case {@code shown} accepts, next first; the whole queue's basis in notes. */
  public static Table table(QueueForecast f, Predicate<CaseRecord> shown) {
    Table table =
        new Table(
            List.of(
                Column.text(KEYS.get(0)),
                Column.integer(KEYS.get(1)),
                Column.text(KEYS.get(2)),
                Column.text(KEYS.get(3)),
                Column.text(KEYS.get(4)),
                Column.text(KEYS.get(5)),
                Column.integer(KEYS.get(6)),
                Column.text(KEYS.get(7))));
    for (QueuedCase q : f.cases()) {
      if (!shown.test(q.record())) {
        continue;
      }
      table.row(
          q.record().method(),
          q.position(),
          date(q.expectedDay()),
          date(q.lowDay()),
          date(q.highDay()),
          date(q.documentationDay()),
          q.waited(),
          q.record().indication());
    }
    basis(f).forEach(table::note);
    return table;
  }

  /** The forecast for a report: the same rows under headings in words. */
  public static Table inWords(QueueForecast f) {
    Table words =
        new Table(
            List.of(
                Column.text("case"),
                Column.integer("place in queue"),
                Column.text("expected"),
                Column.text("interval from"),
                Column.text("interval to"),
                Column.text("documentation received"),
                Column.integer("days waited"),
                Column.text("indication")));
    Table keys = table(f, c -> true);
    keys.rows().forEach(r -> words.row(r.toArray()));
    keys.notes().forEach(words::note);
    return words;
  }

  /**
   * What the forecast rests on, in sentences: the queue and the rate, how the intervals were
   * calibrated, and the model's assumptions.
   */
  public static List<String> basis(QueueForecast f) {
    List<String> lines = new ArrayList<>();
    if (unseen(f)) {
      lines.add(UNSEEN);
      return lines;
    }
    lines.add(
        "Queue on "
            + LocalDate.ofEpochDay(f.asOfDay())
            + ": "
            + Plural.count(f.cases().size(), "case", "cases")
            + " with documentation received and no case handler yet; "
            + Plural.count(f.assignments(), "case was", "cases were")
            + " assigned in the "
            + f.windowDays()
            + " days before ("
            + oneDecimal(f.ratePer30Days())
            + " per 30 days).");
    if (!f.forecastable()) {
      lines.add(
          "No case was assigned in the window, so there is no rate to forecast from: give a"
              + " longer --window.");
      return lines;
    }
    Calibration c = f.calibration();
    String level = percent(f.level());
    if (c.fitted()) {
      lines.add(
          "Expected date: the model's median moved by "
              + signed(c.median())
              + " of its standard deviations; interval ("
              + level
              + "): "
              + signed(c.low())
              + " to "
              + signed(c.high())
              + ", where "
              + level
              + " of "
              + Plural.count(c.forecasts(), "past forecast", "past forecasts")
              + " (month ends, "
              + c.assigned()
              + " since assigned) fell.");
    } else {
      lines.add(
          "Intervals ("
              + level
              + ") are the Poisson model's own, not calibrated: "
              + uncalibrated(c)
              + "; a real queue's may be narrower or wider ("
              + calibrates(c)
              + ").");
    }
    lines.add(
        "Model: cases are taken in order of documentation received at the window's rate;"
            + " priority cases, cases set aside and a change in staffing make it wrong"
            + " (nmstat forecast --backtest shows how well it held).");
    return lines;
  }

  /**
   * Why the file's queue cannot be seen at all: no case records its documentation date. {@code
   * forecast}, its {@code --backtest} and {@code check}'s {@code expected_wait} all say this.
   */
  public static final String UNSEEN =
      "No case has documentation_received (Dokumentasjon mottatt) recorded, so the queue cannot be"
          + " seen: fill the column documentation_received with the day DMP received each"
          + " case's documentation (the method pages on nyemetoder.no seldom give it; DMP's case"
          + " lists do).";

  /** Whether the forecast cannot see the queue at all ({@link #UNSEEN}). */
  public static boolean unseen(QueueForecast f) {
    return f.documented() == 0;
  }

  /** Why the past forecasts of {@code c}, which is not fitted, do not calibrate the intervals. */
  private static String uncalibrated(Calibration c) {
    return c.unreached() != null
        ? "the errors of the "
            + Plural.count(c.forecasts(), "past forecast", "past forecasts")
            + " never reach their "
            + percent(c.unreached())
            + " quantile, as too many of their cases are still waiting"
        : "only "
            + Plural.count(c.assigned(), "past forecast has", "past forecasts have")
            + " an assignment to judge by (30 needed)";
  }

  /** What would calibrate the intervals of {@code c}, which is not fitted. */
  private static String calibrates(Calibration c) {
    return c.unreached() != null
        ? "a file recorded later, with more of them assigned, can calibrate it"
        : "a file with more of the past assignments can calibrate it";
  }

  /**
   * Why {@code --backtest} without {@code --from} has no period to start from, for the forecast on
   * the as-of date {@code f}: the queue is unseen, or no month end before it can be calibrated on
   * earlier ones (then {@code f}'s own calibration says why, as it rests on more than any of them).
   */
  public static String noBacktest(QueueForecast f) {
    if (unseen(f)) {
      return UNSEEN;
    }
    LocalDate asOf = LocalDate.ofEpochDay(f.asOfDay());
    Calibration c = f.calibration();
    return "No month end before "
        + asOf
        + " can be calibrated on earlier forecasts, so the backtest has no first period: "
        + (c.fitted()
            ? "only the forecast on " + asOf + " itself can be; "
            : "even on " + asOf + " " + uncalibrated(c) + "; " + calibrates(c) + ", and ")
        + "--from DATE backtests the uncalibrated model.";
  }

  /** One row per period end and a last row, {@code all}, for every forecast together. */
  public static Table backtest(List<BacktestRow> rows, double level, LocalDate asOf) {
    Table table =
        new Table(
            List.of(
                Column.text("period"),
                Column.text("date"),
                Column.integer("queue"),
                Column.integer("judged"),
                Column.integer("covered"),
                Column.share("coverage"),
                Column.decimal("error"),
                Column.decimal("baseline_error"),
                Column.text("calibrated")));
    for (BacktestRow r : rows) {
      table.row(
          r.period(),
          r.date() == null ? "" : r.date().toString(),
          r.queue(),
          r.judged(),
          r.covered(),
          r.coverage(),
          r.medianError(),
          r.baselineError(),
          r.calibrated() ? "yes" : "no");
    }
    table.note(
        "The forecast made at each period end with only what was known then, judged by what"
            + " happened by "
            + asOf
            + ". judged: the case was assigned since, or is still waiting past its interval;"
            + " coverage: the share of judged forecasts whose assignment fell in the "
            + percent(level)
            + " interval (the goal: "
            + percent(level)
            + ").");
    table.note(
        "error and baseline_error are the median absolute days between the expected and the actual assignment, over"
            + " the cases assigned since; the baseline expects documentation received + the median"
            + " queue time of the cases assigned in the window (never before the next day).");
    return table;
  }

  /**
   * What a report says of the backtest: how the forecasts made at each quarter end held, beside the
   * naive baseline.
   */
  public static String held(BacktestRow total, double level) {
    if (total == null) {
      return "Too few past forecasts can be judged yet to say how well such forecasts hold.";
    }
    return "How such forecasts held: made again at each quarter end with only what was known"
        + " then, "
        + verdict(total, level)
        + " (the baseline expects documentation received + the recent median wait).";
  }

  /** The backtest's total as one sentence. */
  public static String verdict(BacktestRow total, double level) {
    if (total.judged() == 0) {
      return "no forecast could be judged yet";
    }
    return Plural.count(total.judged(), "forecast", "forecasts")
        + " judged, "
        + percent(total.coverage())
        + " within the "
        + percent(level)
        + " interval; median absolute error "
        + days(total.medianError())
        + " (baseline "
        + days(total.baselineError())
        + ")";
  }

  private static String days(Double d) {
    return d == null ? "none" : oneDecimal(d) + " days";
  }

  private static String date(int day) {
    return day == CaseRecord.ABSENT ? "" : LocalDate.ofEpochDay(day).toString();
  }

  private static String signed(double d) {
    return String.format(Locale.ROOT, "%+.2f", d);
  }

  private static String oneDecimal(double d) {
    return Cells.upTo(d, 1);
  }

  private static String percent(double share) {
    return Cells.upTo(share * 100, 1) + "%";
  }
}
