package no.nmstat.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleTest {
  private static final Set<String> INTERVALS = Set.of("queue", "assessment");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "median(assessment) <= 180|MEDIAN|assessment|LE|180",
        "p90(queue)<=90|P90|queue|LE|90",
        "  within_target( assessment ) >= 0.8 |WITHIN_TARGET|assessment|GE|0.8",
        "within_target(assessment) >= 80%|WITHIN_TARGET|assessment|GE|0.8",
        "km_median(queue) < 365|KM_MEDIAN|queue|LT|365",
        "n(queue) > 10|N|queue|GT|10",
        "open(queue) == 0|OPEN|queue|EQ|0",
        "open(queue) = 0|OPEN|queue|EQ|0",
        "mean_ci_high(queue) != 12.5|MEAN_CI_HIGH|queue|NE|12.5",
      })
  void readsRules(
      String text,
      Statistic statistic,
      String interval,
      Rule.Comparison comparison,
      double threshold)
      throws Exception {
    Rule r = Rule.parse(text, INTERVALS);
    assertThat(r.statistic()).isEqualTo(statistic);
    assertThat(r.interval()).isEqualTo(interval);
    assertThat(r.comparison()).isEqualTo(comparison);
    assertThat(r.threshold()).isEqualTo(threshold);
    assertThat(r.text()).isEqualTo(text.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "medain(assessment) <= 180|unknown statistic 'medain'|'^^^^^^'",
        "median(assesment) <= 180|unknown interval 'assesment'|'       ^^^^^^^^^'",
        "median(queue) <= soon|expected a number|'                 ^^^^'",
        "median(queue) 180|expected an operator|'              ^^^'",
        "median(queue) <= 180 d|unexpected text|'                     ^'",
        "median queue <= 180|expected STATISTIC(INTERVAL)|'^^^^^^^^^^^^^^^^^^^'",
      })
  void pointsAtTheBadToken(String text, String message, String pointer) {
    assertThatThrownBy(() -> Rule.parse(text, INTERVALS))
        .isInstanceOfSatisfying(
            Rule.SyntaxException.class,
            e -> {
              assertThat(e.getMessage()).contains(message);
              assertThat(e.pointer()).isEqualTo(pointer);
            });
  }

  @ParameterizedTest
  @CsvSource({
    "LE, 180, 180, true",
    "LT, 180, 180, false",
    "GE, 0.8, 0.79, false",
    "GT, 1, 2, true",
    "EQ, 0, 0, true",
    "NE, 0, 0, false"
  })
  void comparisons(Rule.Comparison c, double threshold, double value, boolean pass) {
    assertThat(c.test(value, threshold)).isEqualTo(pass);
  }
}
