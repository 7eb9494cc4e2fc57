package no.nmstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KaplanMeierTest {
  /**
   * The 6-MP arm of Freireich et al. (1963), the classic worked example (Gehan 1965; R's
   * MASS::gehan): remission in weeks; 9 relapses, 12 censored.
   */
  private static KaplanMeier sixMp() {
    int[] relapse = {6, 6, 6, 7, 10, 13, 16, 22, 23};
    int[] censored = {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35};
    return KaplanMeier.estimate(relapse, censored);
  }

  @Test
  void curveAndLogLogBandMatchScipy() {
    // scipy 1.17.1: res = stats.ecdf(stats.CensoredData(uncensored=..., right=...));
    // res.sf.probabilities and res.sf.confidence_interval(0.95, method="log-log"), at the
    // event times 6, 7, 10, 13, 16, 22, 23.
    KaplanMeier km = sixMp();
    assertThat(km.times()).containsExactly(6.0, 7.0, 10.0, 13.0, 16.0, 22.0, 23.0);
    assertThat(km.survival())
        .containsExactly(
            new double[] {
              0.8571428571428571,
              0.8067226890756302,
              0.7529411764705881,
              0.6901960784313724,
              0.6274509803921567,
              0.53781512605042,
              0.4481792717086834
            },
            within(1e-12));
    assertThat(km.lower())
        .containsExactly(
            new double[] {
              0.6197179552659838,
              0.5631465646222333,
              0.5031995107999564,
              0.43161022248618397,
              0.36751085598750205,
              0.26777893676713505,
              0.18805200595923235
            },
            within(1e-9));
    assertThat(km.upper())
        .containsExactly(
            new double[] {
              0.951551747646997,
              0.9228090192028804,
              0.8893618351692655,
              0.8490659633494507,
              0.8049121894718412,
              0.7467907176353944,
              0.6801426284952414
            },
            within(1e-9));
  }

  @Test
  void medianAndItsInterval() {
    // Median 23 weeks, as in every textbook treatment of this data. Its interval, read off
    // scipy's log-log band above by the rule of R's quantile.survfit: the lower band first
    // reaches 0.5 at 13 (0.4316); the upper band never does (0.6801 at the end), so the
    // interval has no upper end (R prints NA).
    KaplanMeier km = sixMp();
    assertThat(km.quantile(0.5)).isEqualTo(23.0);
    assertThat(km.quantileLow(0.5)).isEqualTo(13.0);
    assertThat(km.quantileHigh(0.5)).isNull();
    assertThat(km.quantile(0.9)).isNull();
  }

  @Test
  void flatStretchAtExactlyOneHalfTakesTheMidpoint() {
    // R: summary(survfit(Surv(1:4) ~ 1))$table["median"] is 2.5: S = 0.5 on [2, 3).
    KaplanMeier km = KaplanMeier.estimate(new int[] {1, 2, 3, 4}, new int[0]);
    assertThat(km.survival()).containsExactly(0.75, 0.5, 0.25, 0.0);
    assertThat(km.quantile(0.5)).isEqualTo(2.5);
    assertThat(km.quantile(0.9)).isEqualTo(4.0);
  }

  @Test
  void withoutCensoringTheMedianIsAnOrderStatistic() {
    KaplanMeier km = KaplanMeier.estimate(new int[] {150, 10, 379, 30, 30}, new int[0]);
    assertThat(km.survival()).containsExactly(new double[] {0.8, 0.4, 0.2, 0.0}, within(1e-15));
    assertThat(km.quantile(0.5)).isEqualTo(30.0);
  }

  @Test
  void allCensoredHasNoMedian() {
    KaplanMeier km = KaplanMeier.estimate(new int[0], new int[] {100, 200});
    assertThat(km.times()).isEmpty();
    assertThat(km.quantile(0.5)).isNull();
    assertThat(km.quantileLow(0.5)).isNull();
  }

  @Test
  void theBandIsUndefinedWhereTheCurveReachesZero() {
    KaplanMeier km = KaplanMeier.estimate(new int[] {8, 22}, new int[0]);
    assertThat(km.survival()).containsExactly(0.5, 0.0);
    assertThat(km.lower()[1]).isNaN();
    assertThat(km.upper()[1]).isNaN();
  }

  @Test
  void censoredAtAnEventTimeStayAtRisk() {
    // At t = 6: 21 at risk, 3 events (one more censored at 6 leaves afterwards): S = 18/21.
    // At t = 7: 17 at risk, 1 event: S = 18/21 * 16/17 (scipy: 0.8067226890756302).
    KaplanMeier km = sixMp();
    assertThat(km.survival()[1]).isCloseTo(18.0 / 21 * 16 / 17, within(1e-15));
  }

  /**
   * Reference values from R 4.2.2 with survival 3.5.3 (Debian's r-base-core and r-cran-survival),
   * for each case: {@code fit <- survfit(Surv(t, e) ~ 1, conf.type = "log-log"); q <- quantile(fit,
   * c(.5, .9))} and the figures {@code q$quantile[1]}, {@code q$lower[1]}, {@code q$upper[1]},
   * {@code q$quantile[2]} (null for NA). Events are the completed durations, the rest censored.
   */
  static Stream<Arguments> rReference() {
    return Stream.of(
        // t = c(1,2,5,5), e = c(1,1,0,0): S = 0.5 from 2 to the last follow-up, 5.
        ref(
            "flat to the end of follow-up",
            new int[] {1, 2},
            new int[] {5, 5},
            3.5,
            1.0,
            null,
            null),
        // t = c(8,22): the band at S = 0 is undefined.
        ref("two events", new int[] {8, 22}, new int[0], 15.0, 8.0, null, 22.0),
        ref("one event", new int[] {42}, new int[0], 42.0, null, null, 42.0),
        ref(
            "6-MP (Freireich)",
            new int[] {6, 6, 6, 7, 10, 13, 16, 22, 23},
            new int[] {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35},
            23.0,
            13.0,
            null,
            null),
        ref("1:4", new int[] {1, 2, 3, 4}, new int[0], 2.5, 1.0, null, 4.0),
        ref("ties", new int[] {5, 5, 5, 10, 10, 20, 30}, new int[0], 10.0, 5.0, 20.0, 30.0),
        ref("all censored", new int[0], new int[] {100, 200}, null, null, null, null),
        ref(
            "censored after the only event",
            new int[] {10},
            new int[] {50},
            30.0,
            10.0,
            null,
            null),
        // t = c(3,7,7,12,20,25), e = c(1,1,0,1,0,0)
        ref(
            "censoring after the last event",
            new int[] {3, 7, 12},
            new int[] {7, 20, 25},
            12.0,
            3.0,
            null,
            null),
        // t = c(2,4,6,8,10,12), e = c(1,1,0,1,1,1): S = 0.5 on [4, 8).
        ref(
            "exactly 0.5 over a stretch in the middle",
            new int[] {2, 4, 8, 10, 12},
            new int[] {6},
            8.0,
            2.0,
            null,
            12.0),
        ref("46 events", range(1, 46), new int[0], 23.5, 16.0, 30.0, 42.0),
        // t = c(3,5,5,8,9,12,15,15,21,30), e = c(1,0,1,1,0,1,1,0,1,0)
        ref(
            "mixed",
            new int[] {3, 5, 8, 12, 15, 21},
            new int[] {5, 9, 15, 30},
            15.0,
            3.0,
            null,
            null),
        ref("two open, one done", new int[] {4}, new int[] {9, 9}, null, 4.0, null, null),
        // t = 1:11, the last two censored: the curve never reaches 0.1.
        ref("no p90", range(1, 9), new int[] {10, 11}, 6.0, 2.0, 9.0, null));
  }

  private static Arguments ref(
      String name,
      int[] events,
      int[] censored,
      Double median,
      Double low,
      Double high,
      Double p90) {
    return Arguments.of(name, events, censored, median, low, high, p90);
  }

  private static int[] range(int from, int to) {
    int[] r = new int[to - from + 1];
    Arrays.setAll(r, i -> from + i);
    return r;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rReference")
  void quantilesMatchR(
      String name,
      int[] events,
      int[] censored,
      Double median,
      Double low,
      Double high,
      Double p90) {
    KaplanMeier km = KaplanMeier.estimate(events.clone(), censored.clone());
    assertThat(km.quantile(0.5)).as("median").isEqualTo(median);
    assertThat(km.quantileLow(0.5)).as("lower").isEqualTo(low);
    assertThat(km.quantileHigh(0.5)).as("upper").isEqualTo(high);
    assertThat(km.quantile(0.9)).as("p90").isEqualTo(p90);
  }

  @Test
  void aCurveAtOneHalfByRoundingIsAtOneHalf() {
    // 23 events at 1..23 then 23 censored at 24..46: S(23) = 23/46, computed a hair off 0.5.
    // R 4.2.2, survival 3.5.3 gives NA for the median: findq's first check, max(y) < p,
    // forgets the tolerance the rest of the function applies. By the rule (S equals 0.5 from
    // 23 to the last follow-up, 46) the median is (23 + 46) / 2; lower limit 16 as in R.
    KaplanMeier km = KaplanMeier.estimate(range(1, 23), range(24, 46));
    assertThat(km.quantile(0.5)).isEqualTo(34.5);
    assertThat(km.quantileLow(0.5)).isEqualTo(16.0);
    assertThat(km.quantileHigh(0.5)).isNull();
  }

  /**
   * Real-valued durations, negative ones too, with a censored time equal to an event's (at risk for
   * it) and the curve at 0.9 over a stretch. R 4.2.2, survival 3.5.3: {@code t <- c(-1.25, -0.5,
   * -0.5, 0.3, 0.3, 0.9, 1.7, 2.0, 2.45, 3.1); e <- c(1, 1, 0, 1, 1, 0, 1, 0, 1, 0); fit <-
   * survfit(Surv(t, e) ~ 1, conf.type = "log-log")}; {@code summary(fit)} for the curve and band,
   * {@code quantile(fit, c(.1, .5, .9))} for the quantiles (printed with 17 digits, written here as
   * the shortest literal of the same double).
   */
  @Test
  void realValuedDurationsMatchR() {
    KaplanMeier km =
        KaplanMeier.estimate(
            new double[] {-1.25, -0.5, 0.3, 0.3, 1.7, 2.45}, new double[] {-0.5, 0.9, 2.0, 3.1});
    assertThat(km.times()).containsExactly(-1.25, -0.5, 0.3, 1.7, 2.45);
    assertThat(km.survival())
        .containsExactly(
            new double[] {
              0.9, 0.7999999999999999, 0.57142857142857140, 0.42857142857142855, 0.21428571428571427
            },
            within(1e-12));
    assertThat(km.lower())
        .containsExactly(
            new double[] {
              0.4730092713620505,
              0.40869078163340433,
              0.217192702382284,
              0.114041777655777610,
              0.012916601156909272
            },
            within(1e-9));
    assertThat(km.upper())
        .containsExactly(
            new double[] {
              0.9852813933673431,
              0.9458726458389116,
              0.8145721379207794,
              0.718453424876359,
              0.5794907112498607
            },
            within(1e-9));
    // R: quantile -0.875 1.700 NA; lower -1.25 -1.25 2.45; upper 0.3 NA NA. S = 0.9 on
    // [-1.25, -0.5): the 10% quantile is that stretch's midpoint.
    assertThat(km.quantile(0.1)).isEqualTo(-0.875);
    assertThat(km.quantileHigh(0.1)).isEqualTo(0.3);
    assertThat(km.quantile(0.5)).isEqualTo(1.7);
    assertThat(km.quantileLow(0.5)).isEqualTo(-1.25);
    assertThat(km.quantileHigh(0.5)).isNull();
    assertThat(km.quantile(0.9)).isNull();
    assertThat(km.quantileLow(0.9)).isEqualTo(2.45);
  }

  @Test
  void realValuedDurationsFlatToTheEndOfFollowUp() {
    // R 4.2.2, survival 3.5.3: quantile(survfit(Surv(c(0.1, 0.25, 0.6, 0.6), c(1, 1, 0, 0)) ~ 1,
    // conf.type = "log-log"), c(.1, .5, .9)): quantile 0.1 0.425 NA; lower 0.1 0.1 0.25. S = 0.5
    // from 0.25 to the last follow-up, 0.6.
    KaplanMeier km = KaplanMeier.estimate(new double[] {0.1, 0.25}, new double[] {0.6, 0.6});
    assertThat(km.quantile(0.5)).isCloseTo(0.425, within(1e-15));
    assertThat(km.quantileLow(0.5)).isEqualTo(0.1);
    assertThat(km.quantileHigh(0.5)).isNull();
    assertThat(km.quantileLow(0.9)).isEqualTo(0.25);
  }

  /**
   * The 6-MP arm in units of seven weeks: the same curve at times / 7. R 4.2.2, survival 3.5.3, on
   * {@code c(...) / 7}: median 3.2857142857142856 (23/7), its lower limit 1.8571428571428572
   * (13/7), no upper limit, no 90th percentile; lower band at 13/7 0.43161022248618408.
   */
  @Test
  void realValuedDurationsAgreeWithWholeOnes() {
    int[] relapse = {6, 6, 6, 7, 10, 13, 16, 22, 23};
    int[] censored = {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35};
    KaplanMeier whole = KaplanMeier.estimate(relapse.clone(), censored.clone());
    KaplanMeier real =
        KaplanMeier.estimate(
            Arrays.stream(relapse).mapToDouble(d -> d / 7.0).toArray(),
            Arrays.stream(censored).mapToDouble(d -> d / 7.0).toArray());
    assertThat(real.survival()).containsExactly(whole.survival());
    assertThat(real.lower()).containsExactly(whole.lower());
    assertThat(real.lower()[3]).isCloseTo(0.4316102224861841, within(1e-9));
    assertThat(real.quantile(0.5)).isEqualTo(3.2857142857142856);
    assertThat(real.quantileLow(0.5)).isEqualTo(1.8571428571428572);
    assertThat(real.quantileHigh(0.5)).isNull();
    assertThat(real.quantile(0.9)).isNull();
  }

  @Test
  void aNanDurationIsRefused() {
    assertThatThrownBy(() -> KaplanMeier.estimate(new double[] {1, Double.NaN}, new double[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KaplanMeier.estimate(new double[] {1}, new double[] {Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
