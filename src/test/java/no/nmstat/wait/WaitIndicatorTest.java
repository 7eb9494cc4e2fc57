package no.nmstat.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.nmstat.model.CaseRecord;
import no.nmstat.model.SourceLine;
import no.nmstat.model.YearRange;
import org.junit.jupiter.api.Test;

class WaitIndicatorTest {
  private static final LocalDate CUTOFF = LocalDate.of(2024, 1, 5);

  private static PanelRow row(
      String product,
      String ma,
      String country,
      String available,
      Availability a,
      boolean oncology) {
    return new PanelRow(
        product,
        (int) LocalDate.parse(ma).toEpochDay(),
        country,
        available == null ? CaseRecord.ABSENT : (int) LocalDate.parse(available).toEpochDay(),
        a,
        oncology,
        false,
        false,
        new SourceLine("t", 2));
  }

  /**
   * Cohort 2019-2022, cut-off 2024-01-05. Days worked out by hand: A in DE 50 (Jan 31 + 19), SE 100
   * (31 + 29 + 31 + 9, 2020 is a leap year), NO 365; B in DE 90, SE 365, NO never; C in DE 90, NO
   * after the cut-off; D is authorised in 2018 (outside); E in DE 181, no row for NO or SE.
   */
  private static List<PanelRow> panel() {
    return List.of(
        row("A", "2020-01-01", "NO", "2020-12-31", Availability.FULL, true),
        row("A", "2020-01-01", "SE", "2020-04-10", Availability.LIMITED, true),
        row("A", "2020-01-01", "DE", "2020-02-20", Availability.FULL, true),
        row("B", "2021-06-01", "NO", null, Availability.NONE, false),
        row("B", "2021-06-01", "SE", "2022-06-01", Availability.FULL, false),
        row("B", "2021-06-01", "DE", "2021-08-30", Availability.FULL, false),
        row("C", "2022-03-01", "NO", "2024-03-01", Availability.FULL, false),
        row("C", "2022-03-01", "SE", null, Availability.NONE, false),
        row("C", "2022-03-01", "DE", "2022-05-30", Availability.LIMITED, false),
        row("D", "2018-05-01", "NO", "2019-01-01", Availability.FULL, false),
        row("E", "2022-09-01", "DE", "2023-03-01", Availability.FULL, true));
  }

  private static WaitFigures all(WaitIndicator.Result r, String country) {
    return r.figures().stream()
        .filter(f -> f.cohort() == WaitCohort.ALL && f.country().equals(country))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void figuresPerCountry() {
    WaitIndicator.Result r = WaitIndicator.compute(panel(), new YearRange(2019, 2022), CUTOFF);
    assertThat(r.products()).isEqualTo(4);
    assertThat(r.outsideCohort()).isEqualTo(1);
    assertThat(r.missingRows()).isEqualTo(Map.of("NO", 1, "SE", 1));

    WaitFigures de = all(r, "DE");
    assertThat(de.available()).isEqualTo(4);
    assertThat(de.rate()).isEqualTo(1.0);
    assertThat(de.limited()).isEqualTo(1);
    assertThat(de.meanDays()).isEqualTo((50 + 90 + 90 + 181) / 4.0);
    assertThat(de.medianDays()).isEqualTo(90.0);
    assertThat(de.kmMedianDays()).isEqualTo(90.0);

    WaitFigures se = all(r, "SE");
    assertThat(se.rate()).isEqualTo(0.5);
    assertThat(se.meanDays()).isEqualTo(232.5);
    // KM: events at 100 and 365 among 4 (C censored at 675, E at 491): S = 3/4, then 1/2
    // exactly to the last follow-up, 675, so the median is (365 + 675) / 2 (R 4.2.2, survival
    // 3.5.3: quantile(survfit(Surv(c(100, 365, 675, 491), c(1, 1, 0, 0)) ~ 1), .5) is 520).
    assertThat(se.kmMedianDays()).isEqualTo(520.0);

    WaitFigures no = all(r, "NO");
    assertThat(no.available()).isEqualTo(1);
    assertThat(no.rate()).isEqualTo(0.25);
    assertThat(no.meanDays()).isEqualTo(365.0);
    assertThat(no.kmMedianDays()).isNull();
    assertThat(List.of(de.rankByRate(), se.rankByRate(), no.rankByRate())).containsExactly(1, 2, 3);
  }

  @Test
  void countryWithNothingAvailableHasNullTimesNotZero() {
    WaitIndicator.Result r = WaitIndicator.compute(panel(), new YearRange(2019, 2022), CUTOFF);
    WaitFigures combinationNo =
        r.figures().stream()
            .filter(f -> f.cohort() == WaitCohort.COMBINATION && f.country().equals("NO"))
            .findFirst()
            .orElseThrow();
    assertThat(combinationNo.products()).isZero();
    assertThat(combinationNo.rate()).isNull();
    assertThat(combinationNo.meanDays()).isNull();
    assertThat(combinationNo.medianDays()).isNull();
    assertThat(combinationNo.rankByDays()).isNull();
  }

  @Test
  void tiesShareARank() {
    WaitIndicator.Result r = WaitIndicator.compute(panel(), new YearRange(2019, 2022), CUTOFF);
    List<WaitFigures> oncology =
        r.figures().stream().filter(f -> f.cohort() == WaitCohort.ONCOLOGY).toList();
    // DE 2/2; NO and SE 1/2 each share rank 2 and are listed by code.
    assertThat(oncology).extracting(WaitFigures::country).containsExactly("DE", "NO", "SE");
    assertThat(oncology).extracting(WaitFigures::rankByRate).containsExactly(1, 2, 2);
  }

  @Test
  void gapsOfTheFocusCountry() {
    WaitIndicator.Result r = WaitIndicator.compute(panel(), new YearRange(2019, 2022), CUTOFF);
    List<WaitFigures> all = r.figures().stream().filter(f -> f.cohort() == WaitCohort.ALL).toList();
    List<WaitGap> gaps = WaitGap.of(all, "NO");
    assertThat(gaps)
        .extracting(WaitGap::comparator)
        .containsExactly("best rate", "best days", "median", "Nordic");
    assertThat(gaps.get(0).country()).isEqualTo("DE");
    assertThat(gaps.get(0).rateGapPoints()).isCloseTo(-75.0, within(1e-9));
    assertThat(gaps.get(0).meanDaysGap()).isCloseTo(365 - 102.75, within(1e-9));
    // Median of the rates 1, 0.5, 0.25 and of the means 102.75, 232.5, 365.
    assertThat(gaps.get(2).rate()).isEqualTo(0.5);
    assertThat(gaps.get(2).meanDays()).isEqualTo(232.5);
    assertThat(gaps.get(3).country()).isEqualTo("SE");
  }
}
