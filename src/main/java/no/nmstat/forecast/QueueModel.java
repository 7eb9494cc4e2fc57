package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.nmstat.metrics.Period;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import no.nmstat.stats.KaplanMeier;
import no.nmstat.stats.QuantileMethod;
import org.apache.commons.statistics.distribution.GammaDistribution;

/**
 * When each case in DMP's queue will get a case handler (method.md §8).
 *
 * <p>The model in two sentences: DMP takes cases in order of documentation received at the rate of
 * the last {@code window} days, so the k-th case in the queue is assigned when k more assignments
 * have happened, a Gamma(k, window/assignments) time for a Poisson process, with median m and
 * standard deviation s. The forecast corrects it by the file's own record: it puts the date at m +
 * z·s, with z the median, and the interval's ends the central {@code level} share, of where the
 * file's past forecasts (one per month end) actually fell ({@link Calibration}).
 *
 * <p>A case is in the queue on day t when its documentation was received by t, no case handler was
 * assigned by t, and nothing later in the process (a report, a negotiation, a decision, a later
 * round) happened by t: the cases whose {@code queue} interval is open as of t (method.md §3).
 */
public final class QueueModel {
  /** Below this many assigned cases among past forecasts, the model's own levels are used. */
  static final int MIN_ASSIGNED = 30;

  // Standardised errors go to the Kaplan–Meier estimate, which takes whole, positive numbers,
  // as thousandths shifted by Z_SHIFT; errors are bounded to (−Z_SHIFT, Z_MAX).
  private static final double Z_SHIFT = 100;
  private static final double Z_MAX = 900;
  private static final QuantileMethod MEDIAN = QuantileMethod.ofType(7);
  // values() copies its array; leftWithoutAssignment runs once per case.
  private static final Milestone[] MILESTONES = Milestone.values();

  private final CaseRecord[] records;
  private final int[] doc;
  private final int[] assigned;
  private final int[] left;
  private final int[] assignedDays;
  private final int[] waitsByAssigned;
  private final int asOfDay;
  private final int window;
  private final double level;
  private Grid grid;
  private double[] unitMedians = new double[64];

  private QueueModel(
      CaseRecord[] records,
      int[] doc,
      int[] assigned,
      int[] left,
      int asOfDay,
      int window,
      double level) {
    this.records = records;
    this.doc = doc;
    this.assigned = assigned;
    this.left = left;
    this.asOfDay = asOfDay;
    this.window = window;
    this.level = level;
    long[] byDay = new long[records.length];
    int n = 0;
    for (int i = 0; i < records.length; i++) {
      if (assigned[i] != ABSENT) {
        byDay[n++] = (long) assigned[i] << 32 | i;
      }
    }
    Arrays.sort(byDay, 0, n);
    assignedDays = new int[n];
    waitsByAssigned = new int[n];
    for (int j = 0; j < n; j++) {
      int i = (int) byDay[j];
      assignedDays[j] = assigned[i];
      waitsByAssigned[j] = assigned[i] - doc[i];
    }
  }

  /**
   * The model of {@code cases} as they stood on {@code asOfDay} (dates after it are ignored).
   *
   * @param windowDays the days before a forecast date over which assignments are counted (≥ 1)
   * @param level the prediction intervals' level, between 0 and 1 exclusive
   */
  public static QueueModel of(List<CaseRecord> cases, int asOfDay, int windowDays, double level) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("window must be at least 1 day, was " + windowDays);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("level must lie between 0 and 1, was " + level);
    }
    // Queue order: documentation received, ties in file order.
    long[] keys = new long[cases.size()];
    int n = 0;
    for (int i = 0; i < cases.size(); i++) {
      CaseRecord c = cases.get(i);
      int d = known(c.day(Milestone.DOCUMENTATION_RECEIVED), asOfDay);
      // A later round that repeats the documentation date queued in the round before it.
      if (d != ABSENT && !c.shared(Milestone.DOCUMENTATION_RECEIVED)) {
        keys[n++] = (long) d << 32 | i;
      }
    }
    Arrays.sort(keys, 0, n);
    CaseRecord[] records = new CaseRecord[n];
    int[] doc = new int[n];
    int[] assigned = new int[n];
    int[] left = new int[n];
    for (int j = 0; j < n; j++) {
      CaseRecord c = cases.get((int) keys[j]);
      records[j] = c;
      doc[j] = (int) (keys[j] >> 32);
      assigned[j] = known(c.day(Milestone.ASSIGNED), asOfDay);
      left[j] = leftWithoutAssignment(c, asOfDay);
    }
    return new QueueModel(records, doc, assigned, left, asOfDay, windowDays, level);
  }

  private static int known(int day, int asOfDay) {
    return day == ABSENT || day > asOfDay ? ABSENT : day;
  }

  /**
   * The first day something later than the assignment happened (a milestone after it, or a later
   * round): from then on an unassigned case is no longer in the queue, its assignment unrecorded.
   */
  private static int leftWithoutAssignment(CaseRecord c, int asOfDay) {
    int first = ABSENT;
    for (int m = Milestone.ASSIGNED.ordinal() + 1; m < MILESTONES.length; m++) {
      first = earlier(first, known(c.day(MILESTONES[m]), asOfDay));
    }
    return earlier(first, known(c.nextRoundStart(), asOfDay));
  }

  private static int earlier(int a, int b) {
    return a == ABSENT ? b : b == ABSENT ? a : Math.min(a, b);
  }

  /** The forecast on the as-of date, calibrated on every month end before it. */
  public QueueForecast forecast() {
    return forecastAt(asOfDay, calibrate(asOfDay), queueAt(asOfDay));
  }

  /**
   * The forecasts made at each period end from the one containing {@code from} to the last before
   * the as-of date, each with only what was known on its date, judged by what happened by the as-of
   * date; the last row is the total.
   */
  public List<BacktestRow> backtest(LocalDate from, Period every) {
    List<BacktestRow> rows = new ArrayList<>();
    List<Integer> errors = new ArrayList<>();
    List<Integer> baselineErrors = new ArrayList<>();
    int queue = 0;
    int judged = 0;
    int covered = 0;
    boolean calibrated = true;
    for (LocalDate end = every.end(from);
        end.toEpochDay() < asOfDay;
        end = every.end(end.plusDays(1))) {
      int t = (int) end.toEpochDay();
      Calibration c = calibrate(t);
      int[] queued = queueAt(t);
      QueueForecast f = forecastAt(t, c, queued);
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
        if (assigned[i] != ABSENT) {
          j++;
          int a = assigned[i];
          in += a >= q.lowDay() && a <= q.highDay() ? 1 : 0;
          e.add(Math.abs(a - q.expectedDay()));
          int naive = Math.max(t + 1, doc[i] + baselineWait);
          b.add(Math.abs(a - naive));
        } else if (left[i] == ABSENT && asOfDay > q.highDay()) {
          j++;
        }
      }
      rows.add(
          new BacktestRow(
              every.label(end), end, f.cases().size(), j, in, median(e), median(b), c.fitted()));
      queue += f.cases().size();
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
            queue,
            judged,
            covered,
            median(errors),
            median(baselineErrors),
            calibrated));
    return rows;
  }

  /** How many cases have a documentation date by the as-of date: none, and the queue is unseen. */
  public int documented() {
    return doc.length;
  }

  /**
   * The first month end at which the forecast can be calibrated on earlier ones, or null when none
   * before the as-of date can.
   */
  public LocalDate firstCalibrated() {
    if (doc.length == 0) {
      return null;
    }
    for (LocalDate end = Period.MONTH.end(LocalDate.ofEpochDay(doc[0]));
        end.toEpochDay() < asOfDay;
        end = Period.MONTH.end(end.plusDays(1))) {
      if (calibrate((int) end.toEpochDay()).fitted()) {
        return end;
      }
    }
    return null;
  }

  private static Double median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    int[] v = values.stream().mapToInt(Integer::intValue).toArray();
    return MEDIAN.quantiles(v, 0.5)[0];
  }

  /** The median queue days of the cases assigned in the window before {@code t}, or null. */
  private Integer baselineWait(int t) {
    int from = firstAfter(assignedDays, t - window);
    int to = firstAfter(assignedDays, t);
    if (from == to) {
      return null;
    }
    int[] w = Arrays.copyOfRange(waitsByAssigned, from, to);
    return (int) Math.round(MEDIAN.quantiles(w, 0.5)[0]);
  }

  /** The number of cases assigned in the window (t − window, t]. */
  private int assignmentsBefore(int t) {
    return firstAfter(assignedDays, t) - firstAfter(assignedDays, t - window);
  }

  /** The index of the first value above {@code day} in the sorted {@code days}. */
  private static int firstAfter(int[] days, int day) {
    int lo = 0;
    int hi = days.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private boolean inQueue(int i, int t) {
    return doc[i] <= t
        && (assigned[i] == ABSENT || assigned[i] > t)
        && (left[i] == ABSENT || left[i] > t);
  }

  /** The cases in the queue on {@code t}, in queue order. */
  private int[] queueAt(int t) {
    int[] queued = new int[16];
    int k = 0;
    for (int i = 0; i < doc.length && doc[i] <= t; i++) {
      if (inQueue(i, t)) {
        if (k == queued.length) {
          queued = Arrays.copyOf(queued, k * 2);
        }
        queued[k++] = i;
      }
    }
    return Arrays.copyOf(queued, k);
  }

  /** The forecast on {@code t} of the cases {@code queued} there (in queue order). */
  private QueueForecast forecastAt(int t, Calibration c, int[] queued) {
    int n = assignmentsBefore(t);
    double scale = n == 0 ? 0 : (double) window / n;
    List<QueuedCase> cases = new ArrayList<>();
    int k = 0;
    for (int i : queued) {
      k++;
      if (n == 0) {
        cases.add(new QueuedCase(records[i], doc[i], t - doc[i], k, ABSENT, ABSENT, ABSENT));
        continue;
      }
      int expected;
      int low;
      int high;
      if (c.fitted()) {
        double m = unitMedian(k) * scale;
        double sd = Math.sqrt(k) * scale;
        expected = dayAfter(t, m + c.median() * sd);
        low = dayAfter(t, m + c.low() * sd);
        high = dayAfter(t, m + c.high() * sd);
      } else {
        GammaDistribution g = GammaDistribution.of(k, scale);
        expected = dayAfter(t, g.inverseCumulativeProbability(0.5));
        low = dayAfter(t, g.inverseCumulativeProbability((1 - level) / 2));
        high = dayAfter(t, g.inverseCumulativeProbability((1 + level) / 2));
      }
      cases.add(new QueuedCase(records[i], doc[i], t - doc[i], k, expected, low, high));
    }
    return new QueueForecast(t, window, level, n, c, cases, doc.length);
  }

  /**
   * The median of Gamma(k, 1), computed once per k: a Gamma's quantiles scale with its scale, and
   * the backtest asks for the same positions at every month end.
   */
  private double unitMedian(int k) {
    if (k >= unitMedians.length) {
      unitMedians = Arrays.copyOf(unitMedians, Math.max(k + 1, unitMedians.length * 2));
    }
    if (unitMedians[k] == 0) {
      unitMedians[k] = GammaDistribution.of(k, 1).inverseCumulativeProbability(0.5);
    }
    return unitMedians[k];
  }

  // Forecast days are whole days after the forecast date: an assignment on it would be known.
  private static int dayAfter(int t, double days) {
    return t + (int) Math.max(1, Math.round(days));
  }

  /**
   * Where the forecasts of every month end before {@code t} fell, judged by what was known on
   * {@code t}: the Kaplan–Meier quantiles of their standardised errors.
   */
  Calibration calibrate(int t) {
    Grid g = grid();
    // The grid is in date order: the forecasts before t are a prefix.
    int before = g.size;
    while (before > 0 && g.day[before - 1] >= t) {
      before--;
    }
    int[] events = new int[before];
    int[] censored = new int[before];
    int e = 0;
    int c = 0;
    for (int j = 0; j < before; j++) {
      int i = g.caseIndex[j];
      if (assigned[i] != ABSENT && assigned[i] <= t) {
        events[e++] = g.assignedAt[j];
      } else {
        int end = left[i] != ABSENT && left[i] <= t ? left[i] : t;
        censored[c++] = scaled(g.z(j, end - g.day[j]));
      }
    }
    if (e < MIN_ASSIGNED) {
      return Calibration.tooFew(e + c, e);
    }
    KaplanMeier km = KaplanMeier.estimate(Arrays.copyOf(events, e), Arrays.copyOf(censored, c));
    Double low = km.quantile((1 - level) / 2);
    Double median = km.quantile(0.5);
    Double high = km.quantile((1 + level) / 2);
    if (low == null) {
      return Calibration.unreached(e + c, e, (1 - level) / 2);
    }
    if (median == null) {
      return Calibration.unreached(e + c, e, 0.5);
    }
    if (high == null) {
      return Calibration.unreached(e + c, e, (1 + level) / 2);
    }
    return Calibration.fitted(z(low), z(median), z(high), e + c, e);
  }

  private static int scaled(double z) {
    return (int) Math.round((Math.min(Z_MAX, Math.max(1 / 1000.0 - Z_SHIFT, z)) + Z_SHIFT) * 1000);
  }

  private static double z(double scaled) {
    return scaled / 1000 - Z_SHIFT;
  }

  private Grid grid() {
    if (grid == null) {
      grid = new Grid();
    }
    return grid;
  }

  /**
   * The forecasts of every month end before the as-of date, made once: the date, the case, the
   * model's median and standard deviation, and the standardised error of its recorded assignment.
   */
  private final class Grid {
    int size;
    int[] day = new int[16];
    int[] caseIndex = new int[16];
    double[] median = new double[16];
    double[] sd = new double[16];
    int[] assignedAt = new int[16];

    Grid() {
      if (doc.length == 0) {
        return;
      }
      for (LocalDate end = Period.MONTH.end(LocalDate.ofEpochDay(doc[0]));
          end.toEpochDay() < asOfDay;
          end = Period.MONTH.end(end.plusDays(1))) {
        int t = (int) end.toEpochDay();
        int n = assignmentsBefore(t);
        if (n == 0) {
          continue;
        }
        int k = 0;
        for (int i : queueAt(t)) {
          add(t, i, ++k, (double) window / n);
        }
      }
    }

    private void add(int t, int i, int k, double s) {
      if (size == day.length) {
        int grown = size * 2;
        day = Arrays.copyOf(day, grown);
        caseIndex = Arrays.copyOf(caseIndex, grown);
        median = Arrays.copyOf(median, grown);
        sd = Arrays.copyOf(sd, grown);
        assignedAt = Arrays.copyOf(assignedAt, grown);
      }
      day[size] = t;
      caseIndex[size] = i;
      median[size] = unitMedian(k) * s;
      sd[size] = Math.sqrt(k) * s;
      assignedAt[size] = assigned[i] == ABSENT ? -1 : scaled(z(size, assigned[i] - t));
      size++;
    }

    /** The standardised error of an assignment {@code days} after the forecast {@code j}. */
    double z(int j, double days) {
      return (days - median[j]) / sd[j];
    }
  }
}
