package no.nmstat.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.nmstat.metrics.Coverage;
import no.nmstat.metrics.Interval;
import no.nmstat.metrics.Observation;
import no.nmstat.metrics.Snapshot;
import no.nmstat.model.CaseRecord;
import no.nmstat.stats.KaplanMeier;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.stats.Summarizer;
import no.nmstat.stats.Summary;

/**
 * Each interval's figures per calendar period and their change from period to period (method.md
 * §8): the computation of {@code nmstat trend}, pure.
 *
 * <p>A case is in the period of the interval's end (the end view: what DMP reports, "assessments
 * delivered in T1"; open cases are in no period), or with {@link TrendRequest#of} of another
 * milestone, in the period of that milestone (the cohort view: open cases belong to their cohort
 * and are censored at their age). Every interval has the same periods, from the first that holds a
 * case of any of them (or --from) to the one holding the last date (--to, else the as-of date),
 * empty ones included: "previous" is the period just before, even when it is empty.
 */
public final class Trend {
  private static final double SIGNIFICANCE = 0.05;

  private Trend() {}

  /** Per period's cases of one interval: completed durations (sorted) and open ages. */
  private record Cases(int[] completed, int[] censored) {}

  /** A period's figures and what its changes are computed from. */
  private record Computed(PeriodFigures figures, Cases cases, Summary summary) {}

  /**
   * The trend of each interval of {@code request} over the snapshot's cases.
   *
   * @throws IllegalArgumentException when the base period is not among the periods
   */
  public static List<IntervalTrend> compute(Snapshot snapshot, TrendRequest request) {
    Coverage coverage = Coverage.of(snapshot.cases());
    int asOf = snapshot.asOfDay();
    int last = request.to() == null ? asOf : Math.min(asOf, (int) request.to().toEpochDay());
    List<int[][]> observed = new ArrayList<>();
    int first = request.from() == null ? Integer.MAX_VALUE : (int) request.from().toEpochDay();
    for (Interval interval : request.intervals()) {
      int[][] o = observe(snapshot, interval, request.cohortView(interval) ? request : null);
      observed.add(o);
      if (request.from() == null) {
        for (int day : o[0]) {
          first = Math.min(first, day);
        }
      }
    }
    List<LocalDate> starts = new ArrayList<>();
    if (first <= last) {
      for (LocalDate d = request.every().start(LocalDate.ofEpochDay(first));
          d.toEpochDay() <= last;
          d = request.every().end(d).plusDays(1)) {
        starts.add(d);
      }
    }
    int base = baseIndex(request, starts);
    List<IntervalTrend> trends = new ArrayList<>();
    for (int i = 0; i < request.intervals().size(); i++) {
      Interval interval = request.intervals().get(i);
      boolean cohort = request.cohortView(interval);
      List<String> unrecorded = interval.unrecorded(coverage);
      if (!unrecorded.isEmpty()) {
        trends.add(new IntervalTrend(interval, cohort, unrecorded, List.of()));
        continue;
      }
      List<Cases> periods = split(observed.get(i), starts, first, last);
      List<Computed> computed = new ArrayList<>();
      Integer target = request.targets().get(interval.name());
      for (int p = 0; p < periods.size(); p++) {
        LocalDate start = starts.get(p);
        boolean partial =
            request.every().end(start).toEpochDay() > last
                || (request.from() != null && start.toEpochDay() < first);
        computed.add(
            figures(request.every().label(start), partial, periods.get(p), target, cohort));
      }
      List<TrendRow> rows = new ArrayList<>();
      for (int p = 0; p < computed.size(); p++) {
        Computed c = computed.get(p);
        rows.add(
            new TrendRow(
                c.figures(),
                p == 0 ? null : change(c, computed.get(p - 1), cohort),
                base < 0 || base == p ? null : change(c, computed.get(base), cohort)));
      }
      trends.add(new IntervalTrend(interval, cohort, unrecorded, rows));
    }
    return trends;
  }

  private static int baseIndex(TrendRequest request, List<LocalDate> starts) {
    if (request.base() == null) {
      return -1;
    }
    for (int p = 0; p < starts.size(); p++) {
      if (request.every().label(starts.get(p)).equalsIgnoreCase(request.base().strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        starts.isEmpty()
            ? "no period holds a case"
            : "not among the periods, "
                + request.every().label(starts.get(0))
                + " to "
                + request.every().label(starts.get(starts.size() - 1)));
  }

  /**
   * Each case's day that places it in a period, its days, and whether it is open ({@code [0]},
   * {@code [1]}, {@code [2]}: 1 for open): completed cases by their end, or with {@code cohort} by
   * the request's milestone, open cases then too.
   */
  private static int[][] observe(Snapshot snapshot, Interval interval, TrendRequest cohort) {
    int size = snapshot.cases().size();
    int[] day = new int[size];
    int[] days = new int[size];
    int[] open = new int[size];
    int k = 0;
    for (CaseRecord c : snapshot.cases()) {
      Observation o = interval.observe(c, snapshot.asOfDay());
      boolean completed = o.state() == Observation.State.COMPLETED;
      if (!completed && (cohort == null || o.state() != Observation.State.OPEN)) {
        continue;
      }
      int d = cohort == null ? o.endDay() : c.day(cohort.of());
      if (d != CaseRecord.ABSENT) {
        day[k] = d;
        days[k] = o.days();
        open[k] = completed ? 0 : 1;
        k++;
      }
    }
    return new int[][] {Arrays.copyOf(day, k), Arrays.copyOf(days, k), Arrays.copyOf(open, k)};
  }

  /** The observed cases split by period, those outside [first, last] left out. */
  private static List<Cases> split(int[][] observed, List<LocalDate> starts, int first, int last) {
    int periods = starts.size();
    long[] startDays = starts.stream().mapToLong(LocalDate::toEpochDay).toArray();
    int[] period = new int[observed[0].length];
    int[] completed = new int[periods];
    int[] open = new int[periods];
    for (int k = 0; k < period.length; k++) {
      int day = observed[0][k];
      int p = Arrays.binarySearch(startDays, day);
      period[k] = day < first || day > last ? -1 : p >= 0 ? p : -p - 2;
      if (period[k] >= 0) {
        (observed[2][k] == 1 ? open : completed)[period[k]]++;
      }
    }
    List<Cases> cases = new ArrayList<>();
    for (int p = 0; p < periods; p++) {
      cases.add(new Cases(new int[completed[p]], new int[open[p]]));
      completed[p] = 0;
      open[p] = 0;
    }
    for (int k = 0; k < period.length; k++) {
      int p = period[k];
      if (p >= 0) {
        Cases c = cases.get(p);
        if (observed[2][k] == 1) {
          c.censored()[open[p]++] = observed[1][k];
        } else {
          c.completed()[completed[p]++] = observed[1][k];
        }
      }
    }
    for (Cases c : cases) {
      Arrays.sort(c.completed());
      Arrays.sort(c.censored());
    }
    return cases;
  }

  private static Computed figures(
      String label, boolean partial, Cases cases, Integer target, boolean cohort) {
    int[] completed = cases.completed();
    Summary s =
        new Summarizer(QuantileMethod.R7)
            .summarize(completed.clone(), cases.censored().length, target);
    long within = 0;
    for (int v : completed) {
      within += target != null && v <= target ? 1 : 0;
    }
    Estimate km = Estimate.NONE;
    if (cohort && completed.length + cases.censored().length > 0) {
      KaplanMeier curve = KaplanMeier.estimate(completed.clone(), cases.censored().clone());
      km = new Estimate(curve.quantile(0.5), curve.quantileLow(0.5), curve.quantileHigh(0.5));
    }
    PeriodFigures f =
        new PeriodFigures(
            label,
            partial,
            completed.length,
            cohort ? cases.censored().length : null,
            new Estimate(s.mean(), s.meanCiLow(), s.meanCiHigh()),
            OneSample.median(completed, s.median()),
            target == null ? Estimate.NONE : OneSample.wilson(within, completed.length),
            km);
    return new Computed(f, cases, s);
  }

  private static Change change(Computed current, Computed previous, boolean cohort) {
    String against = previous.figures().period();
    if (current.figures().cases() < OneSample.FEWEST
        || previous.figures().cases() < OneSample.FEWEST) {
      return Change.tooFew(against);
    }
    Estimate shift = Shift.of(current.cases().completed(), previous.cases().completed());
    Estimate mean = TwoSample.welch(current.summary(), previous.summary());
    Estimate within =
        TwoSample.newcombe(current.figures().withinTarget(), previous.figures().withinTarget());
    if (!cohort) {
      return new Change(against, verdict(shift), shift, mean, within, null, null);
    }
    Double km1 = current.figures().kmMedian().value();
    Double km2 = previous.figures().kmMedian().value();
    Double kmChange = km1 == null || km2 == null ? null : km1 - km2;
    LogRank test =
        LogRank.test(
            current.cases().completed().clone(),
            current.cases().censored().clone(),
            previous.cases().completed().clone(),
            previous.cases().censored().clone());
    Verdict verdict = Verdict.NO_CLEAR_CHANGE;
    if (test.p() != null && test.p() < SIGNIFICANCE) {
      // The direction of the KM medians; where either is not reached, or they are equal, that of
      // the events: more than expected in the current cohort is faster.
      double direction =
          kmChange != null && kmChange != 0 ? -kmChange : test.observed() - test.expected();
      verdict = direction > 0 ? Verdict.FASTER : Verdict.SLOWER;
    }
    return new Change(against, verdict, shift, mean, within, kmChange, test.p());
  }

  private static Verdict verdict(Estimate shift) {
    if (shift.high() != null && shift.high() < 0) {
      return Verdict.FASTER;
    }
    if (shift.low() != null && shift.low() > 0) {
      return Verdict.SLOWER;
    }
    return Verdict.NO_CLEAR_CHANGE;
  }
}
