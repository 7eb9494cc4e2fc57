package no.nmstat.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateReaderTest {

  @ParameterizedTest
  @CsvSource({
    "2023-04-17, 2023-04-17",
    "17.04.2023, 2023-04-17",
    "17.4.2023, 2023-04-17",
    "7.4.2023, 2023-04-07",
    "'  01.02.2023 ', 2023-02-01",
    "2023-04-17 00:00:00, 2023-04-17",
    "17.04.2023 00:00, 2023-04-17",
    "2023-04-17T13:45:10, 2023-04-17",
    "2024-02-29, 2024-02-29",
  })
  void readsNorwegianSpreadsheetDates(String text, LocalDate expected) {
    assertThat(DateReader.standard().read(text))
        .isEqualTo(new DateReader.Day((int) expected.toEpochDay()));
  }

  @ParameterizedTest
  @CsvSource({
    "2021-02-30, no such date",
    "31.04.2023, no such date",
    "2023-13-01, no such date",
    "2023-02-29, no such date",
    "01/02/2023, ambiguous date",
    "1/2/2023, ambiguous date",
    "17.04.23, not a date",
    "45123, not a date",
    "i går, not a date",
    "0203-01-01, implausible year",
  })
  void refusesWhatIsNotAnUnambiguousDate(String text, String reason) {
    assertThat(DateReader.standard().read(text))
        .isInstanceOfSatisfying(
            DateReader.Failure.class, f -> assertThat(f.reason()).startsWith(reason));
  }

  @ParameterizedTest
  @CsvSource({
    "dd/MM/yyyy, 01/02/2023, 2023-02-01",
    "MM/dd/yyyy, 01/02/2023, 2023-01-02",
    "d/M/yyyy, 1/2/2023, 2023-02-01",
    "MM/dd/yyyy, 17.04.2023, 2023-04-17",
  })
  void slashDatesNeedAnExplicitPattern(String pattern, String text, LocalDate expected) {
    assertThat(DateReader.withPattern(pattern).read(text))
        .isEqualTo(new DateReader.Day((int) expected.toEpochDay()));
  }

  @ParameterizedTest
  @CsvSource({"dd/MM/yyyy, 31/02/2023", "dd/MM/yyyy, 2023/02/01"})
  void explicitPatternIsStrict(String pattern, String text) {
    assertThat(DateReader.withPattern(pattern).read(text)).isInstanceOf(DateReader.Failure.class);
  }

  @ParameterizedTest
  @CsvSource({"'', ", "'   ', "})
  void blankIsNotReached(String text) {
    assertThat(DateReader.standard().read(text)).isInstanceOf(DateReader.Empty.class);
  }

  @org.junit.jupiter.api.Test
  void everyDayFrom1950To2100ReadsAsJavaTimeSaysInBothForms() {
    for (LocalDate d = LocalDate.of(1950, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
      DateReader.Day expected = new DateReader.Day((int) d.toEpochDay());
      String dotted =
          String.format("%02d.%02d.%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
      assertThat(DateReader.standard().read(d.toString())).isEqualTo(expected);
      assertThat(DateReader.standard().read(dotted)).isEqualTo(expected);
      byte[] bytes = d.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      assertThat(DateReader.standard().read(bytes, 0, bytes.length, d::toString))
          .isEqualTo(expected);
    }
  }

  @org.junit.jupiter.api.Test
  void invalidPatternIsRefused() {
    assertThatThrownBy(() -> DateReader.withPattern("dd/MM/yyyy{"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
