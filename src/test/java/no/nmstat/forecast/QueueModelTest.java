package no.nmstat.forecast;

import static no.nmstat.model.CaseRecord.ABSENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import no.nmstat.metrics.Period;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.Milestone;
import no.nmstat.model.SourceLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueModelTest {
  private static final int T = 1000;

  private static CaseRecord queued(String id, int line, Milestone m1, int d1, Object... more) {
    int[] d = new int[Milestone.values().length];
    Arrays.fill(d, ABSENT);
    d[m1.ordinal()] = d1;
    for (int i = 0; i < more.length; i += 2) {
      d[((Milestone) more[i]).ordinal()] = (Integer) more[i + 1];
    }
    return new CaseRecord(id, "", d, ABSENT, null, Map.of(), new SourceLine("t", line));
  }

  /** A case with its documentation day, and its assignment when it happened by {@code asOf}. */
  private static CaseRecord asRecordedOn(int asOf, String id, int line, int doc, int assigned) {
    return queued(
        id,
        line,
        Milestone.DOCUMENTATION_RECEIVED,
        doc,
        Milestone.ASSIGNED,
        assigned <= asOf ? assigned : ABSENT);
  }

  /** Twelve assignments in the 180 days before T, one just outside, and a queue of five rows. */
  private static List<CaseRecord> small() {
    List<CaseRecord> cases = new ArrayList<>();
    int line = 2;
    for (int j = 0; j < 12; j++) {
      cases.add(
          queued(
              "A" + j,
              line++,
              Milestone.DOCUMENTATION_RECEIVED,
              700 + j,
              Milestone.ASSIGNED,
              T - 170 + 10 * j));
    }
    // Assigned on T − 180: outside the window (T − 180, T].
    cases.add(
        queued("OUT", line++, Milestone.DOCUMENTATION_RECEIVED, 600, Milestone.ASSIGNED, 820));
    // In the queue: 900, then two on 950 in file order.
    cases.add(queued("Q950a", line++, Milestone.DOCUMENTATION_RECEIVED, 950));
    cases.add(queued("Q900", line++, Milestone.DOCUMENTATION_RECEIVED, 900));
    cases.add(queued("Q950b", line++, Milestone.DOCUMENTATION_RECEIVED, 950));
    // Left the queue without a recorded assignment: a report on 990.
    cases.add(
        queued(
            "LEFT",
            line++,
            Milestone.DOCUMENTATION_RECEIVED,
            960,
            Milestone.REPORT_COMPLETED,
            990));
    // Documentation after T: not yet in the queue.
    cases.add(queued("LATER", line, Milestone.DOCUMENTATION_RECEIVED, T + 5));
    return cases;
  }

  @Test
  void queueIsInDocumentationOrderWithTiesInFileOrder() {
    QueueForecast f = QueueModel.of(small(), T, 180, 0.8).forecast();
    assertThat(f.cases())
        .extracting(q -> q.record().id())
        .containsExactly("Q900", "Q950a", "Q950b");
    assertThat(f.cases()).extracting(QueuedCase::position).containsExactly(1, 2, 3);
    assertThat(f.cases()).extracting(QueuedCase::waited).containsExactly(100, 50, 50);
    assertThat(f.assignments()).isEqualTo(12);
    assertThat(f.ratePer30Days()).isEqualTo(2.0);
  }

  @Test
  void withFewAssignmentsTheIntervalsAreThePoissonModelsOwn() {
    QueueForecast f = QueueModel.of(small(), T, 180, 0.8).forecast();
    assertThat(f.calibration().fitted()).isFalse();
    // R 4.2: qgamma(c(0.1, 0.5, 0.9), shape = k, scale = 180 / 12) for k = 1, 2, 3:
    // 1.580 10.397 34.539; 7.977 25.175 58.346; 16.531 40.111 79.835 (days after T, rounded;
    // never before the next day).
    assertThat(f.cases())
        .extracting(q -> List.of(q.expectedDay() - T, q.lowDay() - T, q.highDay() - T))
        .containsExactly(List.of(10, 2, 35), List.of(25, 8, 58), List.of(40, 17, 80));
  }

  @Test
  void noAssignmentInTheWindowMeansNoForecast() {
    QueueForecast f = QueueModel.of(small(), T + 400, 180, 0.8).forecast();
    assertThat(f.forecastable()).isFalse();
    assertThat(f.cases()).hasSize(4).allSatisfy(q -> assertThat(q.forecast()).isFalse());
    assertThat(f.expectedAssigned()).isEmpty();
  }

  @Test
  void theExpectedWaitIsTheQueueIntervalOfTheCasesAsIfAssigned() {
    QueueForecast f = QueueModel.of(small(), T, 180, 0.8).forecast();
    assertThat(f.expectedAssigned())
        .extracting(c -> QueueForecast.EXPECTED_WAIT.observe(c, T).days())
        .containsExactly(100 + 10, 50 + 25, 50 + 40);
  }

  /**
   * Half the queue is taken within two months and half is never taken: enough past forecasts are
   * assigned, but the past errors' curve never falls to its quantiles (here not even the 10% one),
   * so the note must name that, not "too few".
   */
  @Test
  void casesStillWaitingLeaveTheHighQuantileUnreached() {
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int doc = 10 * i;
      cases.add(asRecordedOn(2500, "W" + i, i + 2, doc, i % 2 == 0 ? doc + 60 : ABSENT));
    }
    Calibration c = QueueModel.of(cases, 2500, 180, 0.8).calibrate(2500);
    assertThat(c.fitted()).isFalse();
    assertThat(c.assigned()).isGreaterThanOrEqualTo(QueueModel.MIN_ASSIGNED);
    assertThat(c.unreached()).isCloseTo(0.1, within(1e-12));
  }

  /**
   * A perfectly regular queue (an assignment every 10 days, first come first served) is far more
   * regular than a Poisson process: the calibrated interval is narrower than the model's own.
   */
  @Test
  void aRegularQueueNarrowsTheInterval() {
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      int doc = i < 20 ? 0 : 9 * (i - 20);
      int assigned = 10 * (i + 1);
      cases.add(asRecordedOn(2500, "R" + i, i + 2, doc, assigned));
    }
    QueueModel model = QueueModel.of(cases, 2500, 180, 0.8);
    Calibration c = model.forecast().calibration();
    assertThat(c.fitted()).isTrue();
    // A Gamma's central 80% spans about 2.56 standard deviations.
    assertThat(c.high() - c.low()).isLessThan(1.5);
    List<BacktestRow> rows = model.backtest(model.firstCalibrated(), Period.MONTH);
    assertThat(rows.get(rows.size() - 1).coverage()).isGreaterThan(0.75);
  }

  /**
   * A queue whose waits have nothing to do with the order of documentation (each wait drawn on its
   * own, up to 1000 days): a long queue's Gamma is narrow, but the calibration measures errors in
   * its standard deviations, so the intervals widen to what happened and, over all forecasts, still
   * hold about the level (measured: 78%).
   */
  @Test
  void aQueueFarFromTheModelGetsWideButHonestIntervals() {
    SplittableRandom random = new SplittableRandom(15);
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      int doc = i;
      int assigned = doc + 1 + random.nextInt(1000);
      cases.add(asRecordedOn(3000, "X" + i, i + 2, doc, assigned));
    }
    QueueModel model = QueueModel.of(cases, 3000, 365, 0.8);
    QueueForecast f = model.forecast();
    assertThat(f.calibration().fitted()).isTrue();
    // About 500 cases wait; the model alone puts the last within about ±6% of its median.
    QueuedCase last = f.cases().get(f.cases().size() - 1);
    assertThat(f.cases()).hasSizeGreaterThan(400);
    assertThat(last.highDay() - last.lowDay()).isGreaterThan(500);
    List<BacktestRow> rows = model.backtest(model.firstCalibrated(), Period.QUARTER);
    assertThat(rows.get(rows.size() - 1).coverage()).isBetween(0.7, 0.9);
  }

  /**
   * Issue 15's bar, on a queue simulated independently of the sample generator (40 case handlers, a
   * stretch where arrivals outpace them and a backlog builds): the backtest's 80% intervals cover
   * 75–85% of the actual assignments, and the median absolute error is at most half the naive
   * baseline's.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void onASimulatedQueueTheBacktestMeetsItsBar(long seed) {
    List<CaseRecord> cases = QueueSimulation.run(seed, 40, 4200, 4000, 0.05, 1.6);
    // The default window (method.md §8).
    QueueModel model = QueueModel.of(cases, 4000, 365, 0.8);
    List<BacktestRow> rows = model.backtest(model.firstCalibrated(), Period.MONTH);
    BacktestRow all = rows.get(rows.size() - 1);
    assertThat(all.period()).isEqualTo("all");
    assertThat(all.judged()).isGreaterThan(1000);
    assertThat(all.coverage()).isBetween(0.75, 0.85);
    assertThat(all.medianError()).isLessThanOrEqualTo(all.baselineError() / 2);
  }

  @Test
  void theBacktestJudgesWithWhatHappenedLater() {
    List<CaseRecord> cases = QueueSimulation.run(5, 40, 4200, 4000, 0.05, 1.6);
    QueueModel model = QueueModel.of(cases, 4000, 180, 0.8);
    List<BacktestRow> rows = model.backtest(LocalDate.ofEpochDay(2000), Period.QUARTER);
    BacktestRow first = rows.get(0);
    assertThat(first.period()).isEqualTo("1975-Q2");
    assertThat(first.date()).isEqualTo(LocalDate.of(1975, 6, 30));
    // Each row's forecasts are judged or not; the total adds them up.
    BacktestRow all = rows.get(rows.size() - 1);
    List<BacktestRow> periods = rows.subList(0, rows.size() - 1);
    assertThat(all.queue()).isEqualTo(periods.stream().mapToInt(BacktestRow::queue).sum());
    assertThat(all.judged()).isEqualTo(periods.stream().mapToInt(BacktestRow::judged).sum());
    assertThat(all.covered()).isEqualTo(periods.stream().mapToInt(BacktestRow::covered).sum());
    // The last quarter end before the as-of date, 1980-09-30 (day 3925), is the last row.
    assertThat(periods.get(periods.size() - 1).date()).isEqualTo(LocalDate.of(1980, 9, 30));
  }

  @Test
  void refusesAWindowOrLevelOutOfRange() {
    assertThatThrownBy(() -> QueueModel.of(small(), T, 0, 0.8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueueModel.of(small(), T, 180, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
