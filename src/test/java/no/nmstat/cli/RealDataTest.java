package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * The shipped real case list, {@code data/nyemetoder-public.csv}, compiled from public pages (site
 * labels, dd.MM.yyyy dates, semicolons, CRLF, rows without an official ID, rounds): every command
 * reads it, and its figures are the ones a person can check by hand against the sources cited in
 * its {@code source} column.
 */
class RealDataTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final String FILE = "data/nyemetoder-public.csv";
  private static final String AS_OF = "2025-11-24";

  private static InProcess.Run run(String... args) {
    return InProcess.run(PROJECT, new ByteArrayInputStream(new byte[0]), List.of(args));
  }

  /**
   * The goldens read a copy of the file (their inputs stand in one folder); a change to the shipped
   * file must reach the copy, or the goldens would check figures of a file nobody ships.
   */
  @Test
  void theGoldensReadTheShippedFile() throws IOException {
    assertThat(
            Files.readAllBytes(
                PROJECT.resolve("src/test/resources/golden/_inputs/nyemetoder-public.csv")))
        .isEqualTo(Files.readAllBytes(PROJECT.resolve(FILE)));
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
        "validate",
        "wait"
      })
  void everyCommandReadsTheRealFile(String command) throws IOException {
    List<String> args = new ArrayList<>(List.of(command));
    switch (command) {
      case "backlog" -> args.addAll(List.of(FILE, "--every", "year", "--as-of", AS_OF));
      case "outliers" ->
          args.addAll(List.of(FILE, "--interval", "total", "--over", "365", "--as-of", AS_OF));
      case "check" ->
          args.addAll(List.of(FILE, "--require", "median(total) <= 400", "--as-of", AS_OF));
      case "report" -> {
        Path out = Files.createTempFile("nmstat-real", ".md");
        args.addAll(List.of(FILE, "-o", out.toString(), "--as-of", AS_OF));
      }
      case "wait" ->
          args.addAll(
              List.of(
                  "--from-cases",
                  FILE,
                  "--country",
                  "NO",
                  "--cohort",
                  "2016..2024",
                  "--cutoff",
                  AS_OF));
      case "validate" -> args.add(FILE);
      default -> args.addAll(List.of(FILE, "--as-of", AS_OF));
    }
    args.addAll(List.of("--format", "csv"));
    if (command.equals("report") || command.equals("validate")) {
      args.subList(args.size() - 2, args.size()).clear();
    }
    InProcess.Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.stderr()).isZero();
    assertThat(r.stderr()).doesNotContain("Exception");
  }

  @Test
  void validatesWithTheOneDepartureTheSourceShows() {
    InProcess.Run r = run("validate", FILE);
    assertThat(r.exit()).isZero();
    // Data rows counted by hand: `tail -n +2 data/nyemetoder-public.csv | wc -l`.
    assertThat(r.stdout())
        .startsWith("56 rows, 56 valid cases, 0 invalid rows, 0 problems, 1 warning\n\n");
    // The coverage table: no source gives a documentation date (data/README.md).
    assertThat(r.stdout()).containsPattern("documentation_received +0 +0\\.0%");
    // ID2018_067's method page: Påbegynt 05.07.2018 before Oppdrag gitt 27.08.2018.
    assertThat(r.stderr())
        .isEqualTo(
            FILE
                + ":2:Påbegynt: warning: value \"2018-07-05\":"
                + " assigned is before commissioned (2018-08-27): not the usual process order; both"
                + " dates are used as recorded\n");
  }

  @Test
  void figuresMatchTheSourcesByHand() throws IOException {
    InProcess.Run r =
        run(
            "summary",
            FILE,
            "--as-of",
            AS_OF,
            "--intervals",
            "active,submission,negotiation,to_decision,total",
            "--format",
            "csv");
    Map<String, CSVRecord> rows = new HashMap<>();
    for (CSVRecord rec : parse(r.stdout())) {
      rows.put(rec.get("interval"), rec);
    }
    // Påbegynt to Ferdigstilt of DMP's assessments on the method pages: ID2018_067
    // 05.07.2018-01.02.2019 (211 d), ID2017_093 11.06.2018-08.11.2018 (150 d). ID2023_089's
    // Påbegynt/Ferdigstilt are Sykehusinnkjøp's price note, not an assessment (data/README.md).
    assertThat(rows.get("active").get("n")).isEqualTo("2");
    assertThat(rows.get("active").get("median")).isEqualTo("180.5");
    assertThat(rows.get("active").get("max")).isEqualTo("211");
    // Oppdrag gitt to Beslutning tatt: 364, 392, 1001, 640, 231, 63 and 903 days (selumetinib,
    // 31.05.2021-20.11.2023).
    assertThat(rows.get("total").get("n")).isEqualTo("7");
    assertThat(rows.get("total").get("median")).isEqualTo("392");
    assertThat(rows.get("total").get("min")).isEqualTo("63");
    assertThat(rows.get("total").get("max")).isEqualTo("1001");
    // No source gives documentation received: submission is not measurable, no case counted,
    // open or missing (method.md §3).
    assertThat(rows.get("submission").get("open")).isEqualTo("0");
    assertThat(rows.get("submission").get("missing")).isEqualTo("0");
    assertThat(rows.get("submission").get("median")).isEmpty();
    // Only the two price notes give a negotiation date: the three assessed rounds without one
    // are missing, never open.
    assertThat(rows.get("negotiation").get("open")).isEqualTo("0");
    assertThat(rows.get("negotiation").get("missing")).isEqualTo("3");
    // Ferdigstilt, or the price note's date, to Beslutning tatt: 39, 206, 58 (ID2018_067's
    // second round), 28 (ID2021_088's Prisnotat 20.12.2021), 35 (ID2023_089's Prisnotat
    // 18.12.2023) and 33 days (ID2021_062's Prisnotat 18.10.2023, no 20.11.2023): median of
    // 28, 33, 35, 39, 58, 206 is 37.
    assertThat(rows.get("to_decision").get("n")).isEqualTo("6");
    assertThat(rows.get("to_decision").get("median")).isEqualTo("37");
  }

  @Test
  void reDecisionsAreRoundsNotDuplicates() throws IOException {
    InProcess.Run r =
        run("cases", FILE, "--as-of", AS_OF, "--intervals", "to_decision", "--format", "csv");
    List<String> rounds = new ArrayList<>();
    for (CSVRecord rec : parse(r.stdout())) {
      if (!rec.get("round").equals("1")) {
        rounds.add(rec.get("id") + "|" + rec.get("trade_name") + "|" + rec.get("round"));
      }
    }
    // ID2018_067 decided 2019 and 2023; Kadcyla refused 2016 and 2017, introduced 15.08.2017;
    // nivolumab adjuvant; selumetinib refused 20.11.2023, introduced 19.01.2026 (a round
    // repeating the 2021 commission).
    assertThat(rounds)
        .containsExactly(
            "ID2018_067|Keytruda|2",
            "ID2021_062|Koselugo|2",
            "|Kadcyla|2",
            "|Kadcyla|3",
            "|Opdivo|2");
  }

  /**
   * The decisions counted per year can never exceed what Nye Metoder published for the year: the
   * file is a subset of the decisions (a double-counted round would break this).
   */
  @Test
  void decisionsPerYearStayWithinThePublishedCounts() throws IOException {
    Map<String, Integer> published = new HashMap<>();
    for (CSVRecord rec : publishedFigures()) {
      if (rec.get("figure").equals("decisions")
          && rec.get("statistic").equals("count")
          && rec.get("scope").startsWith("NO")) {
        published.put(rec.get("period"), Integer.parseInt(rec.get("value")));
      }
    }
    assertThat(published).containsKeys("2022", "2023");
    InProcess.Run r =
        run(
            "backlog",
            FILE,
            "--every",
            "year",
            "--from",
            "2016-01-01",
            "--as-of",
            AS_OF,
            "--format",
            "csv");
    Map<String, Integer> counted = new HashMap<>();
    for (CSVRecord rec : parse(r.stdout())) {
      counted.put(rec.get("period"), Integer.parseInt(rec.get("decisions")));
    }
    published.forEach((year, n) -> assertThat(counted.get(year)).isBetween(1, n));
  }

  @Test
  void casesKeepTheFilesSourceColumnApartFromTheInputRow() throws IOException {
    InProcess.Run r = run("cases", FILE, "--as-of", AS_OF, "--format", "csv");
    // The file's own source column (page addresses) and nmstat's input_row (file:line) are two
    // columns; a repeated header is renamed source.1 by pandas and source_1 by DuckDB.
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.DISALLOW)
            .get()
            .parse(new java.io.StringReader(r.stdout()))
            .getRecords();
    assertThat(rows.get(0).get("source")).startsWith("https://");
    assertThat(rows.get(0).get("input_row")).isEqualTo(FILE + ":2");
  }

  @Test
  void publishedFiguresCiteTheirSources() throws IOException {
    List<CSVRecord> figures = publishedFigures();
    assertThat(figures).hasSizeGreaterThan(20);
    for (CSVRecord rec : figures) {
      assertThat(rec.get("source")).as(rec.toString()).startsWith("http");
      assertThat(Double.parseDouble(rec.get("value"))).isPositive();
    }
    try (Reader in = Files.newBufferedReader(PROJECT.resolve("data/wait-published.csv"))) {
      for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().get().parse(in)) {
        assertThat(rec.get("source")).as(rec.toString()).startsWith("http");
        assertThat(rec.isMapped("median_days")).isTrue();
      }
    }
  }

  private static List<CSVRecord> publishedFigures() throws IOException {
    try (Reader in =
        Files.newBufferedReader(
            PROJECT.resolve("data/nyemetoder-published.csv"), StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
    }
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .get()
        .parse(new java.io.StringReader(csv))
        .getRecords();
  }
}
