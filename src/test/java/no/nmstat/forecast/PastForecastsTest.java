package no.nmstat.forecast;

import static no.nmstat.forecast.QueueCases.asRecordedOn;
import static no.nmstat.model.CaseRecord.ABSENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import no.nmstat.metrics.Period;
import no.nmstat.model.CaseRecord;
import org.junit.jupiter.api.Test;

class PastForecastsTest {

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
    Calibration c = QueueModel.of(cases, 2500, 180, 0.8).pastForecasts().calibrationOn(2500);
    assertThat(c.fitted()).isFalse();
    assertThat(c.assigned()).isGreaterThanOrEqualTo(PastForecasts.MIN_ASSIGNED);
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
    Backtest backtest = new Backtest(model);
    List<BacktestRow> rows = backtest.rows(backtest.firstCalibrated(), Period.MONTH);
    assertThat(rows.get(rows.size() - 1).coverage()).isGreaterThan(0.75);
  }
}
