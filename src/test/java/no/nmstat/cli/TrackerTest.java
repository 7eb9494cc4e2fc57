package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The tracker's expected dates on the shipped sample against an independent Kaplan–Meier
 * computation: the stays of each state taken from the CSV by a separate script (Python 3, its own
 * date arithmetic: assessment assigned → report, negotiation report → negotiation completed where
 * one follows or nothing does, awaiting documentation commissioned → documentation; open stays
 * censored at 2025-10-31, stays skipped past left out), then R 4.2 with survival 3.5.3: {@code fit
 * <- survfit(Surv(time, status) ~ 1)}, {@code sd <- summary(fit, times = d - 0.5, extend =
 * TRUE)$surv}, {@code min(fit$time[fit$n.event > 0 & fit$surv <= sd / 2 + 1e-12])} and {@code
 * sum(time >= d)}.
 */
class TrackerTest {
  @ParameterizedTest
  @CsvSource({
    "ID2025_006, assessment, 126, 176, 117",
    "ID2025_004, assessment, 105, 156, 158",
    "ID2025_009, assessment, 86, 145, 184",
    "ID2025_043, assessment, 3, 133, 235",
    "ID2024_043, negotiation, 0, 56, 192",
    "ID2024_028, negotiation, 14, 56, 189",
    "ID2024_011, negotiation, 116, 154, 22",
    "ID2025_038, awaiting_documentation, 123, 162, 63",
    "ID2025_019, awaiting_documentation, 190, 255, 22",
    // Fewer than 10 stays as long (R: 8): no expected date.
    "ID2024_053, awaiting_documentation, 315, , 8",
  })
  void expectedAgreesWithR(String id, String state, int days, Integer afterSince, int n) {
    InProcess.Run run =
        InProcess.run(
            "tracker",
            "data/cases-sample.csv",
            "--as-of",
            "2025-10-31",
            "--state",
            state,
            "--format",
            "tsv");
    assertThat(run.exit()).isZero();
    List<String> row =
        run.stdout()
            .lines()
            .map(l -> Arrays.asList(l.split("\t", -1)))
            .filter(r -> r.get(0).equals(id))
            .findFirst()
            .orElseThrow();
    LocalDate since = LocalDate.parse(row.get(4));
    assertThat(row.get(5)).isEqualTo(String.valueOf(days));
    assertThat(row.get(9))
        .isEqualTo(afterSince == null ? "" : since.plusDays(afterSince).toString());
    assertThat(row.get(10)).isEqualTo(afterSince == null ? "" : "history");
    assertThat(row.get(11)).isEqualTo(String.valueOf(n));
  }
}
