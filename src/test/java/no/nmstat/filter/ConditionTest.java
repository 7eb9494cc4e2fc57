package no.nmstat.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The grammar of a condition: COLUMN OPERATOR VALUE, alternatives on |, never on commas. */
class ConditionTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "area=Blodkreft;                 area;            EQUAL;     Blodkreft",
        "area!=Blodkreft;                area;            NOT_EQUAL; Blodkreft",
        "decision_date<2024-01-01;       decision_date;   LESS;      2024-01-01",
        "decision_date<=2024-01-01;      decision_date;   AT_MOST;   2024-01-01",
        "decision_date>2024-01-01;       decision_date;   GREATER;   2024-01-01",
        "decision_date>=2024-01-01;      decision_date;   AT_LEAST;  2024-01-01",
        // Blanks around the column and the value do not count; inside they do.
        "' Beslutning tatt >= 01.02.2024'; Beslutning tatt; AT_LEAST;  01.02.2024",
        // Only the first operator counts: the value may hold the characters of another.
        "indication=a=b;                 indication;      EQUAL;     a=b",
        "indication=x<y;                 indication;      EQUAL;     x<y",
      })
  void readsEachOperator(String text, String column, Operator operator, String value) {
    Condition c = Condition.parse(text);
    assertThat(c.column()).isEqualTo(column);
    assertThat(c.operator()).isEqualTo(operator);
    assertThat(c.alternatives()).containsExactly(value);
    assertThat(c.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // Commas occur in indications: never a separator.
        "indication=Eggstokkreft, vedlikehold|Lungekreft; Eggstokkreft, vedlikehold|Lungekreft",
        "area=Blodkreft | Lungekreft;                        Blodkreft|Lungekreft",
        // An empty alternative stands for an empty cell.
        "area=;                                              ''",
        "area=Blodkreft|;                                    Blodkreft|''",
        "area!=;                                             ''",
      })
  void splitsAlternativesOnBarsOnly(String text, String alternatives) {
    List<String> expected =
        List.of(alternatives.split("\\|", -1)).stream().map(a -> a.replace("''", "")).toList();
    assertThat(Condition.parse(text).alternatives()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "area -> area: expected COLUMN OPERATOR VALUE with one of the operators",
        "area!Blodkreft -> area!Blodkreft: expected COLUMN OPERATOR VALUE",
        "=Blodkreft -> =Blodkreft: no column before =",
        "' >=2024-01-01' -> ' >=2024-01-01: no column before >='",
        "area==Blodkreft -> area==Blodkreft: one operator between column and value"
            + " (= != < <= > >=), not ==",
        "decision_date=>2024-01-01 -> decision_date=>2024-01-01: one operator between column and"
            + " value (= != < <= > >=), not =>",
        "decision_date< -> decision_date<: < needs a value",
        "'decision_date>= ' -> 'decision_date>= : >= needs a value'",
        "decision_date<2024-01-01|2025-01-01 -> decision_date<2024-01-01|2025-01-01: | gives"
            + " alternatives to = and != only; < takes one value",
      })
  void refusesWhatItCannotRead(String text, String message) {
    assertThatThrownBy(() -> Condition.parse(text))
        .isInstanceOf(ConditionException.class)
        .hasMessageStartingWith(message);
  }
}
