package no.nmstat.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

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
    assertThat(km.times()).containsExactly(6, 7, 10, 13, 16, 22, 23);
    assertThat(km.survival()).containsExactly(new double[] {0.8571428571428571,
        0.8067226890756302, 0.7529411764705881, 0.6901960784313724, 0.6274509803921567,
        0.53781512605042, 0.4481792717086834}, within(1e-12));
    assertThat(km.lower()).containsExactly(new double[] {0.6197179552659838,
        0.5631465646222333, 0.5031995107999564, 0.43161022248618397, 0.36751085598750205,
        0.26777893676713505, 0.18805200595923235}, within(1e-9));
    assertThat(km.upper()).containsExactly(new double[] {0.951551747646997,
        0.9228090192028804, 0.8893618351692655, 0.8490659633494507, 0.8049121894718412,
        0.7467907176353944, 0.6801426284952414}, within(1e-9));
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
  void censoredAtAnEventTimeStayAtRisk() {
    // At t = 6: 21 at risk, 3 events (one more censored at 6 leaves afterwards): S = 18/21.
    // At t = 7: 17 at risk, 1 event: S = 18/21 * 16/17 (scipy: 0.8067226890756302).
    KaplanMeier km = sixMp();
    assertThat(km.survival()[1]).isCloseTo(18.0 / 21 * 16 / 17, within(1e-15));
  }
}
