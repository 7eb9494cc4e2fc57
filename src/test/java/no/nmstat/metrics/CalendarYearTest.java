package no.nmstat.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarYearTest {
  @Test
  void agreesWithJavaTimeOnEveryDayFrom1899To2201() {
    for (LocalDate d = LocalDate.of(1899, 1, 1); d.getYear() < 2202; d = d.plusDays(1)) {
      assertThat(CalendarYear.of((int) d.toEpochDay())).as(d.toString()).isEqualTo(d.getYear());
      assertThat(CalendarYear.name((int) d.toEpochDay())).isEqualTo(Integer.toString(d.getYear()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-5000-03-01",
        "0000-12-31",
        "1000-01-01",
        "1899-12-31",
        "2200-01-01",
        "9999-12-31"
      })
  void daysOutsideTheTableOfYearsAgreeWithJavaTime(String date) {
    LocalDate d = LocalDate.parse(date);
    assertThat(CalendarYear.of((int) d.toEpochDay())).isEqualTo(d.getYear());
    assertThat(CalendarYear.name((int) d.toEpochDay())).isEqualTo(Integer.toString(d.getYear()));
  }
}
