package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.nmstat.metrics.Actor;
import no.nmstat.metrics.Interval;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;

/**
 * The forecast of DMP's queue on one date and what it rests on (method.md §8).
 *
 * @param asOfDay the forecast date as epoch day
 * @param windowDays the days before it over which assignments are counted
 * @param level the prediction intervals' nominal level, e.g. 0.8
 * @param assignments cases assigned a case handler in the window (those whose documentation date is
 *     recorded: the queue this forecast can see)
 * @param calibration the model quantiles the forecast uses
 * @param cases the cases in the queue, next first
 * @param documented how many cases have a documentation date at all (none: the queue is unseen)
 */
public record QueueForecast(
    int asOfDay,
    int windowDays,
    double level,
    int assignments,
    Calibration calibration,
    List<QueuedCase> cases,
    int documented) {

  /**
   * The expected wait of the cases in the queue: documentation received to the expected assignment,
   * as the {@code queue} interval of {@link #expectedAssigned()}. {@code check} judges rules on it.
   */
  public static final Interval EXPECTED_WAIT =
      Interval.between(
          "expected_wait",
          Milestone.DOCUMENTATION_RECEIVED,
          Milestone.ASSIGNED,
          false,
          Actor.DMP,
          "expected days in the queue in all (forecast) for the cases in it now");

  public QueueForecast {
    cases = List.copyOf(cases);
  }

  /** Assignments per 30 days over the window. */
  public double ratePer30Days() {
    return assignments * 30.0 / windowDays;
  }

  /** Whether there is a forecast: some case was assigned in the window. */
  public boolean forecastable() {
    return assignments > 0;
  }

  /**
   * The cases in the queue that have a forecast, each as if assigned on its expected day, with
   * every other date and column as recorded: {@link #EXPECTED_WAIT} of them is their expected wait.
   */
  public List<CaseRecord> expectedAssigned() {
    return expectedAssigned(c -> true);
  }

  /**
   * {@link #expectedAssigned()} of the cases {@code judged} accepts (as they stood on the forecast
   * date); the forecasts are those of the whole queue.
   */
  public List<CaseRecord> expectedAssigned(Predicate<CaseRecord> judged) {
    Milestone[] milestones = Milestone.all();
    List<CaseRecord> out = new ArrayList<>();
    for (QueuedCase q : cases) {
      if (!q.forecast() || !judged.test(q.record())) {
        continue;
      }
      CaseRecord c = q.record();
      int[] days = new int[milestones.length];
      for (Milestone m : milestones) {
        days[m.ordinal()] = c.day(m);
      }
      days[Milestone.ASSIGNED.ordinal()] = q.expectedDay();
      Map<String, String> columns = new LinkedHashMap<>();
      for (String name : c.columnNames()) {
        columns.put(name, c.column(name));
      }
      out.add(
          new CaseRecord(
              c.id(),
              c.indication(),
              days,
              c.clockStopRecorded() ? c.clockStopDays() : ABSENT,
              c.decision(),
              columns,
              c.source()));
    }
    return out;
  }
}
