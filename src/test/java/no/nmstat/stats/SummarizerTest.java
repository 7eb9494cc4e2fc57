package no.nmstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SummarizerTest {
  private static final int[] TEN = {12, 45, 7, 230, 88, 88, 150, 31, 402, 66};
  private static final int[] FIVE = {180, 181, 179, 200, 90};

  /**
   * p25, median, p75, p90 for each R type. Source: numpy 2.4.6, np.quantile(x, [.25, .5, .75, .9],
   * method=M) with M = inverted_cdf, averaged_inverted_cdf, closest_observation,
   * interpolated_inverted_cdf, hazen, weibull, linear, median_unbiased, normal_unbiased, which
   * numpy documents as R's types 1 to 9.
   */
  static Stream<Arguments> quantiles() {
    return Stream.of(
        Arguments.of(TEN, 1, new double[] {31.0, 66.0, 150.0, 230.0}),
        Arguments.of(TEN, 2, new double[] {31.0, 77.0, 150.0, 316.0}),
        Arguments.of(TEN, 3, new double[] {12.0, 66.0, 150.0, 230.0}),
        Arguments.of(TEN, 4, new double[] {21.5, 66.0, 119.0, 230.0}),
        Arguments.of(TEN, 5, new double[] {31.0, 77.0, 150.0, 316.0}),
        Arguments.of(TEN, 6, new double[] {26.25, 77.0, 170.0, 384.80000000000007}),
        Arguments.of(TEN, 7, new double[] {34.5, 77.0, 134.5, 247.19999999999993}),
        Arguments.of(
            TEN, 8, new double[] {29.416666666666664, 77.0, 156.6666666666667, 338.9333333333333}),
        Arguments.of(TEN, 9, new double[] {29.8125, 77.0, 155.0, 333.19999999999993}),
        Arguments.of(FIVE, 1, new double[] {179.0, 180.0, 181.0, 200.0}),
        Arguments.of(FIVE, 2, new double[] {179.0, 180.0, 181.0, 200.0}),
        Arguments.of(FIVE, 3, new double[] {90.0, 179.0, 181.0, 181.0}),
        Arguments.of(FIVE, 4, new double[] {112.25, 179.5, 180.75, 190.5}),
        Arguments.of(FIVE, 5, new double[] {156.75, 180.0, 185.75, 200.0}),
        Arguments.of(FIVE, 6, new double[] {134.5, 180.0, 190.5, 200.0}),
        Arguments.of(FIVE, 7, new double[] {179.0, 180.0, 181.0, 192.4}),
        Arguments.of(FIVE, 8, new double[] {149.33333333333334, 180.0, 187.33333333333331, 200.0}),
        Arguments.of(FIVE, 9, new double[] {151.1875, 180.0, 186.9375, 200.0}));
  }

  @ParameterizedTest(name = "R type {1}")
  @MethodSource("quantiles")
  void quantilesMatchNumpy(int[] values, int type, double[] expected) {
    Summary s = new Summarizer(QuantileMethod.ofType(type)).summarize(values.clone(), 0, null);
    assertThat(new double[] {s.p25(), s.median(), s.p75(), s.p90()})
        .containsExactly(expected, within(1e-9));
  }

  @Test
  void meanSdAndStudentInterval() {
    // numpy 2.4.6: x.mean(), x.std(ddof=1); scipy 1.17.1: mean -/+ t.ppf(0.975, 9) * sd / sqrt(10)
    Summary s = new Summarizer(QuantileMethod.R7).summarize(TEN.clone(), 3, null);
    assertThat(s.n()).isEqualTo(10);
    assertThat(s.open()).isEqualTo(3);
    assertThat(s.mean()).isCloseTo(111.9, within(1e-12));
    assertThat(s.sd()).isCloseTo(122.38867957817378, within(1e-9));
    assertThat(s.meanCiLow()).isCloseTo(24.348412851122546, within(1e-9));
    assertThat(s.meanCiHigh()).isCloseTo(199.45158714887748, within(1e-9));
    assertThat(s.min()).isEqualTo(7);
    assertThat(s.max()).isEqualTo(402);
  }

  @Test
  void secondReferenceSet() {
    // numpy 2.4.6 / scipy 1.17.1 as above, for {180, 181, 179, 200, 90}.
    Summary s = new Summarizer(QuantileMethod.R7).summarize(FIVE.clone(), 0, 180);
    assertThat(s.mean()).isEqualTo(166.0);
    assertThat(s.sd()).isCloseTo(43.36473221409305, within(1e-9));
    assertThat(s.meanCiLow()).isCloseTo(112.15557321801364, within(1e-9));
    assertThat(s.meanCiHigh()).isCloseTo(219.84442678198636, within(1e-9));
    // Excel: =COUNTIF(A1:A5,"<=180")/COUNT(A1:A5) = 3/5 (180 itself is within).
    assertThat(s.withinTarget()).isEqualTo(0.6);
    assertThat(s.target()).isEqualTo(180);
  }

  @Test
  void excelPercentileIncIsTheDefault() {
    // Excel 365: =PERCENTILE.INC({1,2,3,4},0.9) = 3.7, =MEDIAN(...) = 2.5
    Summary s = new Summarizer(QuantileMethod.R7).summarize(new int[] {4, 1, 3, 2}, 0, null);
    assertThat(s.p90()).isCloseTo(3.7, within(1e-12));
    assertThat(s.median()).isEqualTo(2.5);
  }

  @Test
  void figuresThatDoNotExistAreNull() {
    Summary none = new Summarizer(QuantileMethod.R7).summarize(new int[0], 4, 180);
    assertThat(none.n()).isZero();
    assertThat(none.open()).isEqualTo(4);
    assertThat(none.mean()).isNull();
    assertThat(none.median()).isNull();
    assertThat(none.min()).isNull();
    assertThat(none.withinTarget()).isNull();
    assertThat(none.target()).isEqualTo(180);

    Summary one = new Summarizer(QuantileMethod.R7).summarize(new int[] {42}, 0, null);
    assertThat(one.mean()).isEqualTo(42.0);
    assertThat(one.median()).isEqualTo(42.0);
    assertThat(one.p90()).isEqualTo(42.0);
    assertThat(one.sd()).isNull();
    assertThat(one.meanCiLow()).isNull();
    assertThat(one.meanCiHigh()).isNull();
    assertThat(one.withinTarget()).isNull();
  }

  @Test
  void withinTargetCountsValuesAtOrBelowTarget() {
    Summary s = new Summarizer(QuantileMethod.R7).summarize(new int[] {179, 180, 181, 365}, 0, 180);
    assertThat(s.withinTarget()).isEqualTo(0.5);
  }

  @Test
  void quantileTypesAreNumberedAsInR() {
    assertThat(QuantileMethod.ofType(7)).isEqualTo(QuantileMethod.R7);
    assertThat(QuantileMethod.R7.label())
        .isEqualTo("R type 7 (Excel PERCENTILE.INC, numpy linear)");
    assertThat(QuantileMethod.R6.label()).contains("PERCENTILE.EXC");
  }
}
