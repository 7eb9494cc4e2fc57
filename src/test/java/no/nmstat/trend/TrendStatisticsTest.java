package no.nmstat.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import no.nmstat.stats.QuantileMethod;
import no.nmstat.stats.Summarizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each test of nmstat trend against R 4.2.2 (stats, survival 3.5.3), the R call beside its figures
 * (the literals are the shortest form of the doubles R printed with 17 digits).
 */
class TrendStatisticsTest {
  private static final double EPS = 1e-9;

  // Untied, both under 50: R's exact interval.
  private static final int[] X = {141, 98, 203, 187, 122, 160, 175};
  private static final int[] Y = {210, 188, 232, 199, 250, 176, 221, 240};

  private static void assertEstimate(Estimate e, double value, double low, double high) {
    assertThat(e.value()).isCloseTo(value, within(EPS));
    assertThat(e.low()).isCloseTo(low, within(EPS));
    assertThat(e.high()).isCloseTo(high, within(EPS));
  }

  private static int[] sorted(int[] values) {
    int[] s = values.clone();
    Arrays.sort(s);
    return s;
  }

  @Test
  void shiftWithoutTiesIsWilcoxTestExactly() {
    // wilcox.test(x, y, conf.int = TRUE): -57.5, [-99, -18]
    assertEstimate(Shift.of(sorted(X), sorted(Y)), -57.5, -99, -18);
  }

  @Test
  void shiftWithTiesIsTheClosedForm() {
    int[] x = {100, 120, 120, 150, 180, 180, 200};
    int[] y = {120, 150, 160, 180, 210, 230};
    // D <- sort(outer(x, y, "-")); t <- table(c(x, y)); N <- 13; m <- 7; n <- 6
    // C <- floor(m*n/2 - qnorm(0.975) * sqrt(m*n/12*((N+1) - sum(t^3-t)/(N*(N-1))))): C = 7,
    // median(D) = -30, D[C+1] = -80, D[m*n-C] = 30. R's root-finding (wilcox.test(x, y,
    // conf.int = TRUE), normal approximation with continuity correction) lands within one order
    // statistic: -80.000038332326525, 29.99994909228046.
    assertEstimate(Shift.of(x, y), -30, -80, 30);
  }

  @Test
  void noShiftIntervalUnderSixCases() {
    Estimate e = Shift.of(new int[] {1, 2, 3, 4, 5}, sorted(Y));
    assertThat(e.value()).isNotNull();
    assertThat(e.low()).isNull();
    assertThat(e.high()).isNull();
    assertThat(Shift.of(new int[0], sorted(Y))).isEqualTo(Estimate.NONE);
  }

  @ParameterizedTest(name = "qwilcox(0.025, {0}, {1}) = {2}")
  @CsvSource({"7, 8, 11", "6, 6, 6", "49, 49, 925", "12, 30, 110"})
  void wilcoxonQuantileIsRs(int m, int n, int q) {
    assertThat(WilcoxonRankSum.quantile(0.025, m, n)).isEqualTo(q);
  }

  @Test
  void welchIsTTest() {
    Summarizer s = new Summarizer(QuantileMethod.R7);
    // t.test(x, y, var.equal = FALSE): mean(x) - mean(y) = -59.357142857142861,
    // conf.int -96.462654741583208 -22.251630972702515
    assertEstimate(
        TwoSample.welch(s.summarize(X.clone(), 0, null), s.summarize(Y.clone(), 0, null)),
        -59.35714285714286,
        -96.46265474158321,
        -22.251630972702515);
  }

  @Test
  void welchOfConstantPeriodsHasNoInterval() {
    Summarizer s = new Summarizer(QuantileMethod.R7);
    Estimate e =
        TwoSample.welch(
            s.summarize(new int[] {5, 5, 5}, 0, null), s.summarize(new int[] {7, 7}, 0, null));
    assertThat(e).isEqualTo(Estimate.alone(-2.0));
    assertThat(TwoSample.welch(s.summarize(new int[] {5}, 0, null), s.summarize(Y, 0, null)))
        .isEqualTo(Estimate.NONE);
  }

  @Test
  void wilsonAndNewcombeByTheirFormulas() {
    // z <- qnorm(0.975); p <- x/n; s <- 1 + z^2/n; h <- z/s*sqrt(p*(1-p)/n + z^2/(4*n^2))
    // c(p, (p + z^2/(2*n))/s - h, (p + z^2/(2*n))/s + h)
    Estimate a = OneSample.wilson(7, 12);
    Estimate b = OneSample.wilson(3, 10);
    assertEstimate(a, 0.5833333333333334, 0.3195113125495498, 0.8067396863412434);
    assertEstimate(b, 0.3, 0.10779126740630104, 0.6032218525388545);
    assertEstimate(OneSample.wilson(0, 9), 0, 0, 0.299145048419544);
    assertEstimate(OneSample.wilson(9, 9), 1, 0.7008549515804562, 1.0000000000000002);
    assertThat(OneSample.wilson(0, 0)).isEqualTo(Estimate.NONE);
    // Newcombe (1998) method 10: p1-p2 -/+ sqrt((p1-l1)^2+(u2-p2)^2), sqrt((u1-p1)^2+(p2-l2)^2)
    assertEstimate(
        TwoSample.newcombe(a, b), 0.2833333333333334, -0.11859396171831399, 0.5780443705368473);
    assertThat(TwoSample.newcombe(a, Estimate.NONE)).isEqualTo(Estimate.NONE);
  }

  @ParameterizedTest(name = "n = {0}: qbinom(0.025, n, 0.5) = {1}")
  @CsvSource({"6, 1", "45, 16", "100, 40"})
  void medianIntervalTakesRsOrderStatistics(int n, int l) {
    int[] values = new int[n];
    for (int i = 0; i < n; i++) {
      values[i] = 10 * (i + 1);
    }
    Estimate e = OneSample.median(values, 1.0);
    assertThat(e.low()).isEqualTo(10.0 * l);
    assertThat(e.high()).isEqualTo(10.0 * (n - l + 1));
  }

  @Test
  void noMedianIntervalUnderSixCases() {
    assertThat(OneSample.median(new int[] {1, 2, 3, 4, 5}, 3.0)).isEqualTo(Estimate.alone(3.0));
  }

  @Test
  void logRankIsSurvdiff() {
    // survdiff(Surv(c(s1, s2), c(e1, e2)) ~ rep(1:2, c(6, 7))), 1 - pchisq(chisq, 1):
    // p 0.23352909200448224, obs[1] 4, exp[1] 2.5085081585081586
    LogRank t =
        LogRank.test(
            new int[] {30, 45, 60, 120},
            new int[] {90, 150},
            new int[] {50, 80, 130, 160, 200},
            new int[] {100, 240});
    assertThat(t.p()).isCloseTo(0.23352909200448224, within(EPS));
    assertThat(t.observed()).isEqualTo(4);
    assertThat(t.expected()).isCloseTo(2.5085081585081586, within(EPS));
  }

  @Test
  void logRankWithoutVarianceHasNoPValue() {
    // The current cohort all censored before any event: no information (R: chisq 0, p = 1).
    LogRank t = LogRank.test(new int[0], new int[] {5, 6}, new int[] {50, 80}, new int[0]);
    assertThat(t.p()).isNull();
  }
}
