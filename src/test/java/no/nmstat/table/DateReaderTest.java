package no.nmstat.table;

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
  @CsvSource({
    "15/03/2023, 15, 3, 2023, true, false",
    "03/15/2023, 3, 15, 2023, false, true",
    "1/2/2023, 1, 2, 2023, false, false",
    "12/12/2023 08:15, 12, 12, 2023, false, false",
    "13/13/2023, 13, 13, 2023, false, false",
  })
  void slashDatesAreReadIntoTheirNumbersForTheColumnToJudge(
      String text, int first, int second, int year, boolean dayFirst, boolean monthFirst) {
    DateReader.Slash s = DateReader.slash(text);
    assertThat(s).isEqualTo(new DateReader.Slash(first, second, year));
    assertThat(s.onlyDayFirst()).isEqualTo(dayFirst);
    assertThat(s.onlyMonthFirst()).isEqualTo(monthFirst);
  }

  @ParameterizedTest
  @CsvSource({"2023/04/17", "1/2/23", "17.04.2023", "01/02/2023x", "i går"})
  void otherTextIsNoSlashDate(String text) {
    assertThat(DateReader.slash(text)).isNull();
  }

  @org.junit.jupiter.api.Test
  void onlyAReaderWithoutAPatternLeavesSlashDatesToTheColumn() {
    assertThat(DateReader.standard().judgesSlashDatesByColumn()).isTrue();
    assertThat(DateReader.withPattern("dd/MM/yyyy").judgesSlashDatesByColumn()).isFalse();
    assertThat(DateReader.slash("31/02/2023").dayFirst())
        .isEqualTo(new DateReader.Failure("no such date"));
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

  /** The quick byte path: every ten-byte date it takes is the date LocalDate reads. */
  @ParameterizedTest
  @CsvSource({
    "2024-02-29, 2024-02-29",
    "2023-02-29, ",
    "1950-01-01, 1950-01-01",
    "1949-12-31, ",
    "2100-12-31, 2100-12-31",
    "2101-01-01, ",
    "2023-00-10, ",
    "2023-13-01, ",
    "2023-04-00, ",
    "2023-04-31, ",
    "2023-1a-01, ",
    "2a23-01-01, ",
    "2023-01-0x, ",
    "29.02.2024, 2024-02-29",
    "32.01.2023, ",
    "1x.01.2023, ",
    "01.13.2023, ",
    "01.01.20x3, ",
    "2023/01/01, "
  })
  void quickDayAgreesWithLocalDate(String cell, String date) {
    int day = DateReader.quickDay(cell.getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0);
    if (date == null) {
      assertThat(day).isEqualTo(Integer.MAX_VALUE);
    } else {
      assertThat(day).isEqualTo((int) LocalDate.parse(date).toEpochDay());
    }
  }
}
