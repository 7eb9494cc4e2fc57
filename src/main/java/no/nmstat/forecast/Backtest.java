package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.nmstat.metrics.Period;
import no.nmstat.stats.QuantileMethod;

/**
 * The queue model's forecasts made again at past period ends, each with only what was known on its
 * date, judged by what happened by the as-of date, beside a naive baseline (method.md §8).
 */
public final class Backtest {
  private static final QuantileMethod MEDIAN = QuantileMethod.ofType(7);

  private final QueueModel model;
  private final CaseQueue queue;

  /** The backtest of {@code model}, judged on its queue's as-of date. */
  public Backtest(QueueModel model) {
    this.model = model;
    this.queue = model.queue();
  }

  /**
   * The first month end at which the forecast can be calibrated on earlier ones (the default
   * start), or null when none before the as-of date can.
   */
  public LocalDate firstCalibrated() {
    return model.pastForecasts().firstFitted();
  }

  /**
   * The forecasts made at each period end from the one containing {@code from} to the last before
   * the as-of date; the last row is the total.
   */
  public List<BacktestRow> rows(LocalDate from, Period every) {
    List<BacktestRow> rows = new ArrayList<>();
    List<Integer> errors = new ArrayList<>();
    List<Integer> baselineErrors = new ArrayList<>();
    int asOfDay = queue.asOfDay();
    int cases = 0;
    int judged = 0;
    int covered = 0;
    boolean calibrated = true;
    for (LocalDate end = every.end(from);
        end.toEpochDay() < asOfDay;
        end = every.end(end.plusDays(1))) {
      int t = (int) end.toEpochDay();
      Calibration c = model.pastForecasts().calibrationOn(t);
      int[] queued = queue.waitingOn(t);
      QueueForecast f = model.forecastAt(t, c, queued);
      Integer baselineWait = baselineWait(t);
      List<Integer> e = new ArrayList<>();
      List<Integer> b = new ArrayList<>();
      int j = 0;
      int in = 0;
      for (QueuedCase q : f.cases()) {
        int i = queued[q.position() - 1];
        if (!q.forecast()) {
          continue;
        }
        int a = queue.assignedDay(i);
        if (a != ABSENT) {
          j++;
          in += a >= q.lowDay() && a <= q.highDay() ? 1 : 0;
          e.add(Math.abs(a - q.expectedDay()));
          int naive = Math.max(t + 1, queue.documentationDay(i) + baselineWait);
          b.add(Math.abs(a - naive));
        } else if (queue.leftDay(i) == ABSENT && asOfDay > q.highDay()) {
          // Still waiting past its interval's last day: a known miss.
          j++;
        }
      }
      rows.add(
          new BacktestRow(
              every.label(end), end, f.cases().size(), j, in, median(e), median(b), c.fitted()));
      cases += f.cases().size();
      judged += j;
      covered += in;
      errors.addAll(e);
      baselineErrors.addAll(b);
      calibrated &= c.fitted();
    }
    rows.add(
        new BacktestRow(
            "all",
            null,
            cases,
            judged,
            covered,
            median(errors),
            median(baselineErrors),
            calibrated));
    return rows;
  }

  private static Double median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    int[] v = values.stream().mapToInt(Integer::intValue).toArray();
    return MEDIAN.quantiles(v, 0.5)[0];
  }

  /**
   * The baseline's wait: the median queue days of the cases assigned in the window before {@code
   * t}, or null when none were (then no case there has a forecast either).
   */
  private Integer baselineWait(int t) {
    int[] w = queue.waitsAssignedIn(t, model.window());
    if (w.length == 0) {
      return null;
    }
    return (int) Math.round(MEDIAN.quantiles(w, 0.5)[0]);
  }
}
