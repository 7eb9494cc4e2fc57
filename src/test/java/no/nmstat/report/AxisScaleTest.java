package no.nmstat.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisScaleTest {
  @ParameterizedTest(name = "{0}: step {1}, axis to {2}")
  @CsvSource({
    "100, 20, 100", // a data maximum on a tick is the axis's end, not one step short of it
    "101, 50, 150",
    "7, 2, 8",
    "1, 0.2, 1",
    "0.37, 0.1, 0.4",
    "1234, 500, 1500",
    "524, 200, 600",
    "3650, 1000, 4000",
  })
  void stepsAreNiceAndTheAxisEndsOnTheFirstTickAtOrAboveTheData(
      double dataMax, double step, double max) {
    AxisScale s = AxisScale.of(dataMax);
    assertThat(s.step()).isCloseTo(step, within(1e-12));
    assertThat(s.max()).isCloseTo(max, within(1e-9));
  }

  @Test
  void onRandomDataTheAxisCoversItWithTwoToSixNiceEvenTicksFromZero() {
    Random random = new Random(7);
    for (int k = 0; k < 2_000; k++) {
      double dataMax = Math.pow(10, random.nextDouble() * 12 - 6);
      AxisScale s = AxisScale.of(dataMax);
      String as = "data max " + dataMax;
      double mantissa = s.step() / Math.pow(10, Math.floor(Math.log10(s.step()) + 1e-9));
      assertThat(List.of(1.0, 2.0, 5.0))
          .as(as)
          .anySatisfy(m -> assertThat(mantissa).isCloseTo(m, within(1e-9)));
      assertThat(s.max()).as(as).isGreaterThanOrEqualTo(dataMax * (1 - 1e-9));
      assertThat(s.max() - dataMax).as(as).isLessThan(s.step());
      List<Double> ticks = s.ticks();
      assertThat(ticks).as(as).hasSizeBetween(2, 6);
      assertThat(ticks.get(0)).isZero();
      assertThat(ticks.get(ticks.size() - 1)).as(as).isCloseTo(s.max(), within(s.step() * 1e-6));
      for (int i = 1; i < ticks.size(); i++) {
        assertThat(ticks.get(i) - ticks.get(i - 1))
            .as(as)
            .isCloseTo(s.step(), within(s.step() * 1e-6));
      }
      assertThat(ticks.stream().map(s::label).distinct()).as(as).hasSameSizeAs(ticks);
    }
  }

  @Test
  void aZeroWidthDomainGetsAnAxisFromZeroToOne() {
    for (double dataMax : new double[] {0, -0.0, Double.NaN}) {
      AxisScale s = AxisScale.of(dataMax);
      assertThat(s.max()).isEqualTo(1);
      assertThat(s.ticks()).containsExactly(0.0, 1.0);
      assertThat(s.ticks().stream().map(s::label)).containsExactly("0", "1");
    }
  }

  @Test
  void labelsAreWholeNumbersFromAStepOfOneAndOtherwiseShowTheStep() {
    assertThat(AxisScale.of(100).label(40)).isEqualTo("40");
    assertThat(AxisScale.of(1).label(0.4)).isEqualTo("0.40");
    AxisScale small = AxisScale.of(0.004);
    assertThat(small.step()).isCloseTo(0.001, within(1e-15));
    assertThat(small.ticks().stream().map(small::label))
        .containsExactly("0.000", "0.001", "0.002", "0.003", "0.004");
  }

  @ParameterizedTest(name = "{0} cases: step {1}, axis to {2}")
  @CsvSource({
    "1, 1, 1", // one case: ticks 0 and 1, never 0.5 of a case
    "2, 1, 2",
    "3, 1, 3",
    "0, 1, 1",
    "7, 2, 8",
    "40, 10, 40",
  })
  void aCountAxisTicksWholeNumbers(double dataMax, double step, double max) {
    AxisScale s = AxisScale.ofCounts(dataMax);
    assertThat(s.step()).isEqualTo(step);
    assertThat(s.max()).isEqualTo(max);
    assertThat(s.ticks()).allSatisfy(t -> assertThat(t % 1).isZero());
  }
}
