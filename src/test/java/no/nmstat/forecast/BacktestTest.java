package no.nmstat.forecast;

import static no.nmstat.forecast.QueueCases.asRecordedOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.nmstat.metrics.Period;
import no.nmstat.model.CaseRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BacktestTest {

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
    Backtest backtest = new Backtest(model);
    List<BacktestRow> rows = backtest.rows(backtest.firstCalibrated(), Period.QUARTER);
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
    Backtest backtest = new Backtest(model);
    List<BacktestRow> rows = backtest.rows(backtest.firstCalibrated(), Period.MONTH);
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
    List<BacktestRow> rows = new Backtest(model).rows(LocalDate.ofEpochDay(2000), Period.QUARTER);
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
}
