package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellsTest {
  @ParameterizedTest
  @CsvSource({
    "0.1, 0.1",
    "1.0, 1",
    "-0.0, 0",
    "1.0E-7, 0.0000001",
    "1.0E20, 100000000000000000000",
    "46.07692307692308, 46.07692307692308",
    "0.30000000000000004, 0.30000000000000004",
  })
  void exactIsTheShortestPlainDecimal(double value, String text) {
    assertThat(Cells.exact(value)).isEqualTo(text);
    assertThat(Double.parseDouble(Cells.exact(value))).isEqualTo(value == 0 ? 0.0 : value);
  }

  @Test
  void exactIsBigDecimalsPlainStringOfTheDouble() {
    // The written-out digits against the definition they replace, over the magnitudes figures
    // take (days, shares, sd) and beyond, where Double.toString switches to an exponent.
    java.util.Random random = new java.util.Random(9);
    for (int i = 0; i < 200_000; i++) {
      double value =
          switch (i % 5) {
            case 0 -> random.nextInt(20_000) - 10_000;
            case 1 -> random.nextInt(100_000) / 10.0;
            case 2 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(24) - 8);
            case 3 -> Math.rint(random.nextGaussian() * Math.pow(10, random.nextInt(19)));
            default -> Double.longBitsToDouble(random.nextLong());
          };
      if (!Double.isFinite(value)) {
        continue;
      }
      String plain = java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
      assertThat(Cells.exact(value)).isEqualTo(plain.equals("-0") ? "0" : plain);
    }
  }

  @Test
  void exactOfNothingIsEmptyAndOfNonFiniteRefused() {
    assertThat(Cells.exact(null)).isEmpty();
    assertThat(Cells.exact(42)).isEqualTo("42");
    assertThatThrownBy(() -> Cells.exact(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cells.exact(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Half away from zero, as Excel's ROUND, on the decimal the double prints as. */
  @ParameterizedTest
  @CsvSource({"0.05, 0.1", "2.25, 2.3", "-2.25, -2.3", "-0.04, 0.0", "0.15, 0.2", "7, 7.0"})
  void oneDecimalRoundsHalfAwayFromZero(double value, String text) {
    assertThat(Cells.oneDecimal(value)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({"0.125, 2, 0.13", "3.0, 2, 3", "-0.001, 2, 0", "179.96, 1, 180"})
  void upToDropsTrailingZeros(double value, int decimals, String text) {
    assertThat(Cells.upTo(value, decimals)).isEqualTo(text);
  }

  @Test
  void humanRoundsValuesShowsSharesAsPercentagesAndAbsenceAsADash() {
    assertThat(Cells.human(Column.decimal("mean"), 46.07692)).isEqualTo("46.1");
    assertThat(Cells.human(Column.share("within"), 0.3745)).isEqualTo("37.5%");
    assertThat(Cells.human(Column.share("within"), 1.0)).isEqualTo("100.0%");
    assertThat(Cells.human(Column.integer("n"), 12)).isEqualTo("12");
    assertThat(Cells.human(Column.decimal("sd"), null)).isEqualTo("-");
    assertThat(Cells.human(Column.group("year"), "")).isEqualTo("(none)");
    assertThat(Cells.human(Column.text("note"), "")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+1|'=1+1",
        "+47 123|'+47 123",
        "-cmd|'-cmd",
        "@SUM(A1)|'@SUM(A1)",
        "-7|-7",
        "3.5|3.5",
        "+2|+2",
        "a=b|a=b",
        "\"\"|\"\"",
      })
  void spreadsheetSafeGuardsFormulasButNotNumbers(String text, String safe) {
    assertThat(Cells.spreadsheetSafe(text)).isEqualTo(safe);
  }

  @Test
  void spreadsheetSafeGuardsTabAndCarriageReturn() {
    assertThat(Cells.spreadsheetSafe("\t=1")).isEqualTo("'\t=1");
    assertThat(Cells.spreadsheetSafe("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void tsvSafeAlsoGuardsAFormulaBehindQuotes() {
    assertThat(Cells.tsvSafe("\"=1+1\"")).isEqualTo("'\"=1+1\"");
    assertThat(Cells.tsvSafe("\"\"@x")).isEqualTo("'\"\"@x");
    assertThat(Cells.tsvSafe("\"quoted\"")).isEqualTo("\"quoted\"");
    assertThat(Cells.tsvSafe("=x")).isEqualTo("'=x");
  }
}
