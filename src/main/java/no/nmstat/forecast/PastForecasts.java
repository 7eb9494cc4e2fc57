package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.time.LocalDate;
import java.util.Arrays;
import no.nmstat.metrics.Period;
import no.nmstat.stats.KaplanMeier;

/**
 * The forecasts of every month end before the as-of date, each case's median and standard deviation
 * by the model, and where its assignment fell: what the forecast on a later date calibrates on
 * (method.md §8, {@link Calibration}).
 *
 * <p>Made once per model, in date order, so that the forecasts before any date are a prefix: the
 * backtest calibrates at every period end, and each would otherwise remake them all.
 */
final class PastForecasts {
  /** Below this many assigned cases among past forecasts, the model's own levels are used. */
  static final int MIN_ASSIGNED = 30;

  private final CaseQueue queue;
  private final double level;
  private int size;
  private int[] day = new int[16];
  private int[] caseNumber = new int[16];
  private double[] median = new double[16];
  private double[] sd = new double[16];
  private double[] assignedAt = new double[16];

  PastForecasts(QueueModel model) {
    this.queue = model.queue();
    this.level = model.level();
    if (queue.documented() == 0) {
      return;
    }
    for (LocalDate end = Period.MONTH.end(LocalDate.ofEpochDay(queue.firstDocumentationDay()));
        end.toEpochDay() < queue.asOfDay();
        end = Period.MONTH.end(end.plusDays(1))) {
      int t = (int) end.toEpochDay();
      double scale = model.scaleOn(t);
      if (scale == 0) {
        continue;
      }
      int k = 0;
      for (int i : queue.waitingOn(t)) {
        k++;
        add(t, i, model.medianDays(k, scale), QueueModel.sdDays(k, scale));
      }
    }
  }

  private void add(int t, int i, double m, double s) {
    if (size == day.length) {
      int grown = size * 2;
      day = Arrays.copyOf(day, grown);
      caseNumber = Arrays.copyOf(caseNumber, grown);
      median = Arrays.copyOf(median, grown);
      sd = Arrays.copyOf(sd, grown);
      assignedAt = Arrays.copyOf(assignedAt, grown);
    }
    day[size] = t;
    caseNumber[size] = i;
    median[size] = m;
    sd[size] = s;
    int a = queue.assignedDay(i);
    // NaN, never read, for a case not assigned by the as-of date: no date before it knows one.
    assignedAt[size] = a == ABSENT ? Double.NaN : z(size, a - t);
    size++;
  }

  /** The standardised error of an assignment {@code days} after the forecast {@code j}. */
  private double z(int j, double days) {
    return (days - median[j]) / sd[j];
  }

  /**
   * Where the forecasts of every month end before {@code t} fell, judged by what was known on
   * {@code t}: the Kaplan–Meier quantiles of their standardised errors, taken as the real numbers
   * they are (not rounded: a rounded z moves a date that lies near half a day by one).
   */
  Calibration calibrationOn(int t) {
    // In date order: the forecasts before t are a prefix.
    int before = size;
    while (before > 0 && day[before - 1] >= t) {
      before--;
    }
    double[] events = new double[before];
    double[] censored = new double[before];
    int e = 0;
    int c = 0;
    for (int j = 0; j < before; j++) {
      int i = caseNumber[j];
      int assigned = queue.assignedDay(i);
      if (assigned != ABSENT && assigned <= t) {
        events[e++] = assignedAt[j];
      } else {
        // Still waiting on t: censored at its wait so far, or at the day it left unassigned.
        int left = queue.leftDay(i);
        int end = left != ABSENT && left <= t ? left : t;
        censored[c++] = z(j, end - day[j]);
      }
    }
    if (e < MIN_ASSIGNED) {
      return Calibration.tooFew(e + c, e);
    }
    KaplanMeier km = KaplanMeier.estimate(Arrays.copyOf(events, e), Arrays.copyOf(censored, c));
    Double low = km.quantile((1 - level) / 2);
    Double mid = km.quantile(0.5);
    Double high = km.quantile((1 + level) / 2);
    if (low == null) {
      return Calibration.unreached(e + c, e, (1 - level) / 2);
    }
    if (mid == null) {
      return Calibration.unreached(e + c, e, 0.5);
    }
    if (high == null) {
      return Calibration.unreached(e + c, e, (1 + level) / 2);
    }
    return Calibration.fitted(low, mid, high, e + c, e);
  }

  /**
   * The first month end at which the forecast can be calibrated on earlier ones, or null when none
   * before the as-of date can.
   */
  LocalDate firstFitted() {
    if (queue.documented() == 0) {
      return null;
    }
    for (LocalDate end = Period.MONTH.end(LocalDate.ofEpochDay(queue.firstDocumentationDay()));
        end.toEpochDay() < queue.asOfDay();
        end = Period.MONTH.end(end.plusDays(1))) {
      if (calibrationOn((int) end.toEpochDay()).fitted()) {
        return end;
      }
    }
    return null;
  }
}
