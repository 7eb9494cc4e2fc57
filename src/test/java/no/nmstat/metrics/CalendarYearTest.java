package no.nmstat.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarYearTest {
  @Test
  void agreesWithJavaTimeOnEveryDayFrom1899To2201() {
    for (LocalDate d = LocalDate.of(1899, 1, 1); d.getYear() < 2202; d = d.plusDays(1)) {
      assertThat(CalendarYear.of((int) d.toEpochDay())).as(d.toString()).isEqualTo(d.getYear());
      assertThat(CalendarYear.name((int) d.toEpochDay())).isEqualTo(Integer.toString(d.getYear()));
    }
  }
}
