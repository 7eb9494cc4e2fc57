package no.nmstat.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {
  private static final List<String> COLUMNS =
      List.of("area", "decision", "decision_date", "orphan", "available_date", "source");

  @ParameterizedTest
  @CsvSource({
    "area, area, 0",
    "aera, area, 1", // two letters swapped: one edit
    "are, area, 1",
    "kitten, sitting, 3",
    "'', abc, 3",
  })
  void countsEdits(String a, String b, int distance) {
    assertThat(Suggestions.distance(a, b)).isEqualTo(distance);
    assertThat(Suggestions.distance(b, a)).isEqualTo(distance);
  }

  @Test
  void suggestsTheNearestNamesAsHeadersAreCompared() {
    assertThat(Suggestions.near("aera", COLUMNS)).containsExactly("area");
    // Case and underscore against space do not count.
    assertThat(Suggestions.near("Decison Date", COLUMNS)).containsExactly("decision_date");
    // A name that begins a column suggests it; the nearer first.
    assertThat(Suggestions.near("decisio", COLUMNS)).containsExactly("decision", "decision_date");
    assertThat(Suggestions.near("avail", COLUMNS)).containsExactly("available_date");
    // Short names get one edit: "ara" is near area, "xy" near nothing.
    assertThat(Suggestions.near("ara", COLUMNS)).containsExactly("area");
    assertThat(Suggestions.near("xy", COLUMNS)).isEmpty();
    assertThat(Suggestions.didYouMean("orphn", COLUMNS)).isEqualTo("; did you mean orphan?");
    assertThat(Suggestions.didYouMean("price", COLUMNS)).isEmpty();
    // A name longer than any misspelling is compared with nothing, a near one neither.
    String longName = "x".repeat(250);
    assertThat(Suggestions.near(longName, List.of(longName + "y"))).isEmpty();
  }
}
