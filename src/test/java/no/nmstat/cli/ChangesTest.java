package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code changes} between two cuts of one generated history (issue 23's "done when"), checked
 * against the two files' own dates, and its workbooks in and out.
 */
class ChangesTest {
  private static final List<String> DATES =
      List.of(
          "ma_date",
          "requested",
          "commissioned",
          "documentation_received",
          "assigned",
          "report_completed",
          "negotiation_completed",
          "decision_date",
          "available_date");

  @TempDir Path dir;

  private InProcess.Run run(String... args) {
    return InProcess.run(dir, InputStream.nullInputStream(), List.of(args));
  }

  private Path sample(String name, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("sample", "--as-of", "2025-10-31"));
    args.addAll(List.of(options));
    InProcess.Run r = run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.stderr()).isZero();
    Path p = dir.resolve(name);
    Files.writeString(p, r.stdout());
    return p;
  }

  private static List<CSVRecord> records(String csv) throws IOException {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(csv))
        .getRecords();
  }

  /**
   * What the two lists' dates say changed, worked out from the files alone: every date of the newer
   * list after the cut (the decision's value with its date), a new case for each case the older
   * lacks; as {@code id|indication|kind|field|new}.
   */
  private static Set<String> reached(Path older, Path newer, String cut) throws IOException {
    Map<String, CSVRecord> before = new HashMap<>();
    for (CSVRecord r : records(Files.readString(older))) {
      before.put(r.get("id") + "|" + r.get("indication"), r);
    }
    Set<String> expected = new HashSet<>();
    for (CSVRecord r : records(Files.readString(newer))) {
      String key = r.get("id") + "|" + r.get("indication");
      CSVRecord was = before.get(key);
      if (was == null) {
        expected.add(key + "|new_case||");
      }
      for (String d : DATES) {
        String date = r.get(d);
        if (was != null && !date.isEmpty() && date.compareTo(cut) <= 0) {
          // Known by the cut: the older list has it already.
          assertThat(was.get(d)).as(key + " " + d).isEqualTo(date);
        }
        if (!date.isEmpty() && (was == null || date.compareTo(cut) > 0)) {
          String kind = d.equals("decision_date") ? "decision" : "milestone";
          expected.add(key + "|" + kind + "|" + d + "|" + date);
          if (d.equals("decision_date")) {
            expected.add(key + "|decision|decision|" + r.get("decision"));
          }
        }
      }
    }
    return expected;
  }

  private void listsExactlyWhatWasReached(String cut, int newCases) throws IOException {
    Path older = sample("older.csv", "--cut", cut);
    Path newer = sample("newer.csv");
    InProcess.Run r = run("changes", "older.csv", "newer.csv", "--fail-on-correction");
    assertThat(r.exit()).as(r.stderr()).isZero();
    Set<String> listed = new HashSet<>();
    int clockStops = 0;
    for (CSVRecord c : records(r.stdout())) {
      String key = c.get("id") + "|" + c.get("indication");
      assertThat(c.get("kind")).isIn("new_case", "milestone", "decision", "clock_stop");
      if (c.get("kind").equals("clock_stop")) {
        // A running total that grew: the older list has no report, the newer a larger total.
        assertThat(Integer.parseInt(c.get("new"))).isGreaterThan(Integer.parseInt(c.get("old")));
        clockStops++;
      } else {
        assertThat(
                listed.add(key + "|" + c.get("kind") + "|" + c.get("field") + "|" + c.get("new")))
            .isTrue();
      }
    }
    assertThat(listed).isEqualTo(reached(older, newer, cut));
    assertThat(listed.stream().filter(s -> s.contains("|new_case|"))).hasSize(newCases);
    assertThat(r.stderr())
        .doesNotContain("warning")
        .contains(clockStops + " clock_stop, 0 value; 0 corrections");
  }

  /** The bar of issue 23: the June cut against the October list of the same history. */
  @Test
  void betweenTwoCutsListsExactlyTheMilestonesAndDecisionsReached() throws IOException {
    listsExactlyWhatWasReached("2025-06-30", 0);
    assertThat(run("changes", "older.csv", "newer.csv").stderr())
        .isEqualTo(
            "nmstat: 131 changes: 0 new_case, 90 milestone, 32 decision, 9 clock_stop, 0 value;"
                + " 0 corrections: 0 changed, 0 removed, 0 vanished\n");
  }

  @Test
  void anEarlierCutLeavesOutTheCasesNotYetBegun() throws IOException {
    listsExactlyWhatWasReached("2025-03-31", 10);
  }

  @Test
  void aCutOnTheAsOfDateIsTheSampleItself() throws IOException {
    Path cut = sample("cut.csv", "--cut", "2025-10-31");
    assertThat(Files.readString(cut))
        .isEqualTo(Files.readString(Path.of("data/cases-sample.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void readsWorkbooksAndWritesOne() throws IOException {
    Path older = sample("older.csv", "--cut", "2025-06-30");
    sample("newer.csv");
    // The older list as a workbook, through the same reading path.
    List<CSVRecord> rows = records(Files.readString(older));
    try (var out = Files.newOutputStream(dir.resolve("older.xlsx"))) {
      org.dhatim.fastexcel.Workbook book = new org.dhatim.fastexcel.Workbook(out, "t", "1.0");
      org.dhatim.fastexcel.Worksheet sheet = book.newWorksheet("cases");
      List<String> header = rows.get(0).getParser().getHeaderNames();
      for (int c = 0; c < header.size(); c++) {
        sheet.value(0, c, header.get(c));
      }
      for (int r = 0; r < rows.size(); r++) {
        for (int c = 0; c < header.size(); c++) {
          sheet.value(r + 1, c, rows.get(r).get(c));
        }
      }
      book.finish();
    }
    InProcess.Run csv = run("changes", "older.csv", "newer.csv");
    InProcess.Run fromXlsx = run("changes", "older.xlsx", "newer.csv", "-o", "changes.xlsx");
    assertThat(fromXlsx.exit()).as(fromXlsx.stderr()).isZero();
    assertThat(fromXlsx.stderr()).endsWith(csv.stderr()).contains("nmstat: wrote changes.xlsx");
    try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(dir.resolve("changes.xlsx").toFile())) {
      List<org.dhatim.fastexcel.reader.Row> read = book.getFirstSheet().read();
      assertThat(read).hasSize(records(csv.stdout()).size() + 1);
      assertThat(read.get(0).getCellText(3)).isEqualTo("kind");
    }
  }

  @Test
  void aBadInputIsExit65AndAMissingOne66() throws IOException {
    Files.writeString(dir.resolve("bad.csv"), "id,commissioned\nA,2024-13-45\n");
    Files.writeString(dir.resolve("ok.csv"), "id,commissioned\nA,2024-01-01\n");
    InProcess.Run bad = run("changes", "ok.csv", "bad.csv");
    assertThat(bad.exit()).isEqualTo(65);
    assertThat(bad.stderr()).contains("bad.csv:2").doesNotContain("--skip-invalid");
    assertThat(run("changes", "ok.csv", "none.csv").exit()).isEqualTo(66);
    assertThat(run("changes", "ok.csv", "ok.csv", "-o", "ok.csv").exit()).isEqualTo(2);
  }
}
