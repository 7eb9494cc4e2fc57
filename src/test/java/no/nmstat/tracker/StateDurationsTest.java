package no.nmstat.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import no.nmstat.model.CaseRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The expected date's rule against R: the smallest event time t with S(t) ≤ ½·S(d−), and the
 * durations at least d long.
 */
class StateDurationsTest {
  // Eleven completed stays and four open ones (censored at 15, 25, 45, 100).
  private static final int[] COMPLETED = {5, 10, 10, 20, 30, 40, 50, 60, 70, 80, 90};
  private static final int[] CENSORED = {15, 25, 45, 100};

  /**
   * R 4.2, survival 3.5.3: {@code fit <- survfit(Surv(time, status) ~ 1)} on these durations;
   * {@code sd <- summary(fit, times = d - 0.5, extend = TRUE)$surv} (1 for d = 0); {@code
   * min(fit$time[fit$n.event > 0 & fit$surv <= sd / 2 + 1e-12])}; {@code sum(time >= d)}. S(24.5) =
   * 8/11·… = 0.727272727272727, so half is 0.3636; S(60) = 0.3771 is above it, S(70) = 0.2828 the
   * first below. With d = 100 the curve has no event left: no date.
   */
  @ParameterizedTest
  @CsvSource({"0, 50, 15", "25, 70, 10", "46, 70, 6", "61, 80, 4", "100, , 1"})
  void agreesWithR(int d, Integer expected, int atLeast) {
    StateDurations past = new StateDurations(COMPLETED.clone(), CENSORED.clone());
    assertThat(past.atLeast(d)).isEqualTo(atLeast);
    assertThat(past.conditionalMedian(d))
        .isEqualTo(expected == null ? CaseRecord.ABSENT : expected);
  }

  /**
   * A curve at exactly half counts: 1 of 2 ended at 3, so S(3) = ½ = ½·S(3−), and a stay of 3 days
   * is expected to end on the day (the stays at least 3 days long include the one that ended at 3);
   * from 4 days on, S(4−) = ½ and S(8) = 0.
   */
  @ParameterizedTest
  @CsvSource({"0, 3", "3, 3", "4, 8"})
  void exactlyHalfCounts(int d, int expected) {
    StateDurations past = new StateDurations(new int[] {3, 8}, new int[0]);
    assertThat(past.conditionalMedian(d)).isEqualTo(expected);
  }
}
