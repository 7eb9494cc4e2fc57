package no.nmstat.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import no.nmstat.check.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How check shows a rule's value to people: as summary shows the statistic. */
class CheckReportTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // summary's forms: days to one decimal, shares as a percentage, counts whole.
        "median(assessment) <= 180|188|188.0",
        "p90(queue) <= 90|287.35|287.4",
        "within_target(assessment) >= 80%|0.4566|45.7%",
        "within_target(assessment) >= 0.4|0.75|75.0%",
        "n(assessment) >= 3|219|219",
        "max(queue) <= 400|503|503",
        // Where that rounding would show a failing value as passing, or the reverse, the
        // decimals that tell them apart.
        "median(assessment) <= 180|180.04|180.04",
        "median(assessment) < 180|179.96|179.96",
        "median(assessment) <= 180|179.96|180.0",
        "mean(queue) >= 90|89.96|89.96",
        "within_target(assessment) >= 80%|0.79996|79.996%",
      })
  void showsValuesAsSummaryDoes(String rule, double value, String shown) throws Exception {
    assertThat(CheckReport.shown(Rule.parse(rule, Set.of("queue", "assessment")), value))
        .isEqualTo(shown);
  }
}
