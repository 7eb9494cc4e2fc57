package no.nmstat.forecast;

import static no.nmstat.forecast.QueueCases.T;
import static no.nmstat.forecast.QueueCases.small;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueueModelTest {

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

  @Test
  void refusesAWindowOrLevelOutOfRange() {
    assertThatThrownBy(() -> QueueModel.of(small(), T, 0, 0.8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> QueueModel.of(small(), T, 180, 1.0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
