package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --where} as a user meets it: on every command that computes on case files, and with the
 * figures pandas gives on the same filter.
 */
class WhereOptionTest {
  private static final String SAMPLE = "data/cases-sample.csv";
  private static final String PUBLIC = "data/nyemetoder-public.csv";

  /** The summary's rows by interval. */
  private static Map<String, CSVRecord> summary(InProcess.Run r) throws IOException {
    assertThat(r.exit()).as(r.stderr()).isZero();
    Map<String, CSVRecord> rows = new HashMap<>();
    for (CSVRecord rec :
        CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(r.stdout()))) {
      rows.put(rec.get("interval"), rec);
    }
    return rows;
  }

  @Test
  void aFilteredSummaryOfTheSampleAgreesWithPandas() throws IOException {
    InProcess.Run r =
        InProcess.run(
            "summary",
            SAMPLE,
            "--as-of",
            "2025-10-31",
            "--where",
            "area=Onkologi",
            "--where",
            "decision_date>=2024-01-01",
            "--intervals",
            "total,assessment",
            "--format",
            "csv");
    Map<String, CSVRecord> rows = summary(r);
    // pandas 1.5.3 (no decision in the sample is after the as-of date):
    //   d = pd.read_csv("data/cases-sample.csv", parse_dates=["commissioned",
    //       "documentation_received", "report_completed", "decision_date"])
    //   s = d[(d.area == "Onkologi") & (d.decision_date >= "2024-01-01")]
    //   total = (s.decision_date - s.commissioned).dt.days.dropna()
    //   assessment = ((s.report_completed - s.documentation_received).dt.days
    //       - s.clock_stop_days.fillna(0)).dropna()
    //   len(s), total.count(), total.mean(), total.median()  -> 21, 21, 356.6666666666667, 354.0
    //   assessment.count(), assessment.mean(), assessment.median() -> 21, 163.57142857142858, 161.0
    assertThat(rows.get("total").get("n")).isEqualTo("21");
    assertThat(Double.parseDouble(rows.get("total").get("mean"))).isEqualTo(356.6666666666667);
    assertThat(Double.parseDouble(rows.get("total").get("median"))).isEqualTo(354.0);
    assertThat(rows.get("assessment").get("n")).isEqualTo("21");
    assertThat(Double.parseDouble(rows.get("assessment").get("mean")))
        .isEqualTo(163.57142857142858);
    assertThat(Double.parseDouble(rows.get("assessment").get("median"))).isEqualTo(161.0);
    assertThat(r.stderr())
        .contains(
            "nmstat: note: --where kept 21 of 250 cases (area=Onkologi; decision_date>=2024-01-01)");
  }

  @Test
  void alternativesAndFlagsAgreeWithPandas() throws IOException {
    InProcess.Run r =
        InProcess.run(
            "summary",
            SAMPLE,
            "--as-of",
            "2025-10-31",
            "--where",
            "area=Hematologi|Onkologi",
            "--where",
            "orphan=yes",
            "--intervals",
            "total",
            "--format",
            "csv");
    // pandas 1.5.3, d as above:
    //   s = d[d.area.isin(["Hematologi", "Onkologi"]) & (d.orphan == "yes")]
    //   total = (s.decision_date - s.commissioned).dt.days.dropna()
    //   len(s), total.count(), total.mean(), total.median()  -> 30, 20, 420.85, 427.5
    CSVRecord total = summary(r).get("total");
    assertThat(total.get("n")).isEqualTo("20");
    assertThat(Double.parseDouble(total.get("mean"))).isEqualTo(420.85);
    assertThat(Double.parseDouble(total.get("median"))).isEqualTo(427.5);
    assertThat(r.stderr()).contains("--where kept 30 of 250 cases");
  }

  @Test
  void aFilteredSummaryOfThePublicFileAgreesWithPandas() throws IOException {
    InProcess.Run r =
        InProcess.run(
            "summary",
            PUBLIC,
            "--as-of",
            "2025-11-24",
            "--where",
            "Beslutning tatt>=01.01.2021",
            "--intervals",
            "to_decision",
            "--format",
            "csv");
    // pandas 1.5.3; a decision after the as-of date is not yet made, so the filter stops there:
    //   p = pd.read_csv("data/nyemetoder-public.csv", sep=";")
    //   for c in ["Ferdigstilt", "Prisforhandling ferdig", "Beslutning tatt"]:
    //       p[c] = pd.to_datetime(p[c], format="%d.%m.%Y")
    //   s = p[p["Beslutning tatt"].between("2021-01-01", "2025-11-24")]
    //   t = (s["Beslutning tatt"] - s["Prisforhandling ferdig"].fillna(s["Ferdigstilt"]))
    //   t = t.dt.days.dropna()
    //   len(s), t.count(), t.mean(), t.median()  -> 36, 4, 38.5, 34.0
    CSVRecord toDecision = summary(r).get("to_decision");
    assertThat(toDecision.get("n")).isEqualTo("4");
    assertThat(Double.parseDouble(toDecision.get("mean"))).isEqualTo(38.5);
    assertThat(Double.parseDouble(toDecision.get("median"))).isEqualTo(34.0);
    assertThat(r.stderr()).contains("--where kept 36 of 56 cases");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "summary",
        "cases",
        "backlog",
        "outliers",
        "check",
        "phases",
        "report",
        "forecast",
        "tracker"
      })
  void everyCaseFileCommandSelectsWithWhere(String command) throws IOException {
    List<String> args = new ArrayList<>(List.of(command, SAMPLE, "--as-of", "2025-10-31"));
    switch (command) {
      case "outliers" -> args.addAll(List.of("--interval", "total", "--over", "365"));
      case "check" -> args.addAll(List.of("--require", "n(total) >= 1"));
      case "report" -> {
        Path out = Files.createTempFile("nmstat-where", ".md");
        out.toFile().deleteOnExit();
        args.addAll(List.of("-o", out.toString()));
      }
      default -> {}
    }
    args.addAll(List.of("--where", "area=Onkologi", "--where", "decision_date>=2024-01-01"));
    InProcess.Run r = InProcess.run(InProcess.environment(), args);
    assertThat(r.exit()).as(r.stderr()).isZero();
    // The forecast models the whole queue and shows the cases selected in it.
    assertThat(r.stderr())
        .contains(
            command.equals("forecast")
                ? "nmstat: note: --where shows 0 of the 5 cases in the queue"
                : "nmstat: note: --where kept 21 of 250 cases")
        .doesNotContain("Exception");
  }

  @Test
  void theTrackerListsTheCasesSelectedWithTheWholeFilesExpectedDates() {
    InProcess.Run whole =
        InProcess.run("tracker", SAMPLE, "--as-of", "2025-10-31", "--format", "csv");
    InProcess.Run selected =
        InProcess.run(
            "tracker",
            SAMPLE,
            "--as-of",
            "2025-10-31",
            "--format",
            "csv",
            "--where",
            "area=Onkologi");
    assertThat(selected.exit()).as(selected.stderr()).isZero();
    List<String> rows = List.of(selected.stdout().split("\n"));
    List<String> all = List.of(whole.stdout().split("\n"));
    // Fewer rows, each the very row the whole file gives (expected date, basis and n included:
    // the history and the queue forecast are the whole file's), in the same order.
    assertThat(rows.size()).isGreaterThan(2).isLessThan(all.size());
    assertThat(all).containsSubsequence(rows);
    assertThat(selected.stderr()).contains("nmstat: note: --where kept ");
  }

  @Test
  void theForecastModelsTheWholeQueueAndShowsTheCasesSelected() {
    InProcess.Run whole =
        InProcess.run("forecast", SAMPLE, "--as-of", "2025-10-31", "--format", "csv");
    InProcess.Run selected =
        InProcess.run(
            "forecast",
            SAMPLE,
            "--as-of",
            "2025-10-31",
            "--format",
            "csv",
            "--where",
            "area=Onkologi");
    assertThat(selected.exit()).as(selected.stderr()).isZero();
    // The two oncology cases of the five in the queue, first and fifth, as the whole queue has
    // them: a queue of oncology alone would put the second one second, and expect it sooner.
    List<String> rows = List.of(selected.stdout().split("\n"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1)).startsWith("ID2025_046,1,");
    assertThat(rows.get(2)).startsWith("ID2025_047,5,");
    assertThat(whole.stdout()).contains(rows.get(1) + "\n").contains(rows.get(2) + "\n");
    assertThat(selected.stderr())
        .contains(
            "nmstat: note: --where shows 2 of the 5 cases in the queue (area=Onkologi);"
                + " positions and forecasts are those of the whole queue");
  }

  @Test
  void checkJudgesTheExpectedWaitOfTheCasesSelectedInTheWholeQueue() {
    InProcess.Run r =
        InProcess.run(
            "check",
            SAMPLE,
            "--as-of",
            "2025-10-31",
            "--where",
            "area=Onkologi",
            "--require",
            "max(expected_wait) <= 365",
            "--format",
            "csv");
    assertThat(r.exit()).as(r.stderr()).isZero();
    // The forecast's rows above: ID2025_046 expected 2025-11-02, documentation 2025-09-08 (55
    // days); ID2025_047 2025-12-03 and 2025-10-21 (43 days). The whole queue's maximum is 63.
    assertThat(r.stdout()).contains("max(expected_wait) <= 365,55,pass");
  }

  @Test
  void theBacktestTakesNoWhere() {
    InProcess.Run r =
        InProcess.run(
            "forecast", SAMPLE, "--as-of", "2025-10-31", "--backtest", "--where", "area=Onkologi");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stderr())
        .startsWith(
            "nmstat: --where selects the cases whose forecast is shown; the backtest judges the"
                + " forecasts of the whole queue, so it takes no --where\n");
  }
}
