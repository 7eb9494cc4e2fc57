package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * .xlsx input end to end: a workbook shaped like Nye Metoder's decisions list (serial-number dates,
 * 0 for none, IDs without the "ID" prefix), written by fastexcel, read by the CLI.
 */
class WorkbookInputTest {
  @TempDir Path dir;

  private InProcess.Run run(String... args) {
    return InProcess.run(dir, new ByteArrayInputStream(new byte[0]), List.of(args));
  }

  /** The decisions sheet; {@code bad} puts an ambiguous slash date on row 6. */
  private void write(String name, boolean bad) throws IOException {
    try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
      Workbook wb = new Workbook(out, "nmstat-test", "1.0");
      Worksheet ws = wb.newWorksheet("Beslutninger");
      String[] header = {
        "ID-nr",
        "Virkestoff",
        "Ferdigstilt",
        "Dato siste beslutning",
        "Gjeldende beslutning Kortversjon",
        "Gjeldende beslutning (Hele)"
      };
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
      }
      row(
          ws,
          1,
          "2018_067",
          "Pembrolizumab",
          LocalDate.of(2019, 2, 1),
          43703,
          "Innført",
          "Pembrolizumab (Keytruda) innføres til adjuvant behandling");
      row(ws, 2, "2017_093", "Tisagenlekleucel", LocalDate.of(2018, 11, 8), 43451, "Innført", "");
      row(ws, 3, "2013_036 A", "Eksempel", null, 0, "Ikke innført", "");
      // Row 5 (index 4) is left empty: blank rows are skipped.
      if (bad) {
        ws.value(5, 0, "2019_001");
        ws.value(5, 3, "07/12/2018");
      }
      Worksheet other = wb.newWorksheet("Andre");
      other.value(0, 0, "id");
      other.value(0, 1, "decision_date");
      other.value(1, 0, "X");
      other.value(1, 1, LocalDate.of(2020, 1, 27));
      other.style(1, 1).format("dd.mm.yyyy").set();
      wb.finish();
    }
  }

  private static void row(
      Worksheet ws,
      int r,
      String id,
      String substance,
      LocalDate report,
      int decided,
      String decision,
      String text) {
    ws.value(r, 0, id);
    ws.value(r, 1, substance);
    if (report != null) {
      ws.value(r, 2, report);
      ws.style(r, 2).format("dd.mm.yyyy").set();
    }
    ws.value(r, 3, decided);
    ws.value(r, 4, decision);
    if (!text.isEmpty()) {
      ws.value(r, 5, text);
    }
  }

  @Test
  void readsTheDecisionsWorkbookWithSerialDatesAndDateCells() throws IOException {
    write("beslutninger.xlsx", false);
    InProcess.Run v = run("validate", "beslutninger.xlsx");
    assertThat(v.stderr()).isEmpty();
    assertThat(v.stdout())
        .startsWith("3 rows, 3 valid cases, 0 invalid rows, 0 problems, 0 warnings\n");
    InProcess.Run cases =
        run(
            "cases",
            "beslutninger.xlsx",
            "--as-of",
            "2025-01-06",
            "--intervals",
            "to_decision",
            "--format",
            "csv");
    assertThat(cases.exit()).isZero();
    // 1 Feb 2019 to 26 Aug 2019 (serial 43703) and 8 Nov to 17 Dec 2018 (serial 43451).
    assertThat(cases.stdout().lines())
        .containsExactly(
            "id,round,substance,trade_name,indication,area,method_type,orphan,oncology,combination,"
                + "decision,Gjeldende beslutning (Hele),to_decision,to_decision_status,"
                + MILESTONES
                + ",input_row",
            "2018_067,1,Pembrolizumab,,,,,,,,introduced,"
                + "Pembrolizumab (Keytruda) innføres til adjuvant behandling,206,completed,"
                + ",,,,,2019-02-01,,2019-08-26,,,beslutninger.xlsx:2",
            "2017_093,1,Tisagenlekleucel,,,,,,,,introduced,,39,completed,"
                + ",,,,,2018-11-08,,2018-12-17,,,beslutninger.xlsx:3",
            "2013_036 A,1,Eksempel,,,,,,,,not_introduced,,,,,,,,,,,,,,beslutninger.xlsx:4");
  }

  /** The milestone columns of {@code cases}, then the clock stop (empty when not recorded). */
  private static final String MILESTONES =
      "ma_date,requested,commissioned,documentation_received,assigned,report_completed,"
          + "negotiation_completed,decision_date,available_date,clock_stop_days";

  @Test
  void problemsCarryTheSheetRowNumber() throws IOException {
    write("beslutninger.xlsx", true);
    InProcess.Run v = run("validate", "beslutninger.xlsx");
    assertThat(v.exit()).isEqualTo(65);
    assertThat(v.stderr())
        .isEqualTo(
            "beslutninger.xlsx:6:Dato siste beslutning: value"
                + " \"07/12/2018\": ambiguous date (day/month or month/day?), and no date in the"
                + " column settles it (a first number above 12 would): give --date-format"
                + " dd/MM/yyyy or MM/dd/yyyy\n");
  }

  @Test
  void choosesASheetByNameOrNumberAndDetectsWorkbooksByContent() throws IOException {
    write("export.csv", false);
    assertThat(run("validate", "export.csv").stdout()).startsWith("3 rows, 3 valid cases");
    for (String sheet : List.of("Andre", "2")) {
      InProcess.Run r =
          run(
              "backlog",
              "export.csv",
              "--sheet",
              sheet,
              "--every",
              "year",
              "--as-of",
              "2020-12-31",
              "--format",
              "csv");
      assertThat(r.exit()).isZero();
      assertThat(r.stdout().lines().skip(1))
          .singleElement()
          .asString()
          .startsWith("2020,2020-12-31,")
          .endsWith(",1,");
    }
    InProcess.Run missing = run("validate", "export.csv", "--sheet", "Tredje");
    assertThat(missing.exit()).isEqualTo(65);
    assertThat(missing.stderr())
        .isEqualTo(
            "export.csv:1:-: value \"Tredje\": no such sheet;"
                + " the workbook has: Beslutninger, Andre\n");
  }

  @Test
  void aDamagedWorkbookIsBadInputNotACrash() throws IOException {
    Files.write(
        dir.resolve("broken.xlsx"),
        "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
    InProcess.Run r = run("summary", "broken.xlsx");
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.stderr())
        .startsWith("broken.xlsx:1:-: value \"\": not a readable .xlsx" + " workbook (");
  }

  @Test
  void sheetOnACsvFileIsAnError() throws IOException {
    Files.writeString(dir.resolve("c.csv"), "id\nA\n");
    InProcess.Run r = run("validate", "c.csv", "--sheet", "1");
    assertThat(r.exit()).isEqualTo(65);
    assertThat(r.stderr()).contains("--sheet names a sheet, but this is a CSV file");
  }

  /** --format xlsx: the CSV's headers, numbers as numbers, dates as dates, read back. */
  @Test
  void writesXlsxWithNumbersAndDates() throws IOException {
    Path project = Path.of("").toAbsolutePath();
    Path out = dir.resolve("outliers.xlsx");
    InProcess.Run r =
        InProcess.run(
            project,
            java.io.InputStream.nullInputStream(),
            List.of(
                "outliers",
                "data/cases-sample.csv",
                "--interval",
                "queue",
                "--over",
                "300",
                "--as-of",
                "2025-10-31",
                "-o",
                out.toString()));
    assertThat(r.exit()).as(r.stderr()).isZero();
    try (org.dhatim.fastexcel.reader.ReadableWorkbook book =
        new org.dhatim.fastexcel.reader.ReadableWorkbook(
            out.toFile(), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
      List<org.dhatim.fastexcel.reader.Row> rows = book.getFirstSheet().read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("id");
      assertThat(rows.get(0).getCellText(6)).isEqualTo("days");
      // ID2021_052 waited 347 days in the queue (the sample's longest).
      org.dhatim.fastexcel.reader.Row first = rows.get(1);
      assertThat(first.getCellText(0)).isEqualTo("ID2021_052");
      assertThat(first.getCell(6).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
      assertThat(first.getCellAsNumber(6)).contains(new java.math.BigDecimal("347"));
      assertThat(first.getCell(7).getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(first.getCellAsDate(7)).contains(LocalDate.of(2022, 2, 8).atStartOfDay());
    }
    InProcess.Run terminal =
        InProcess.run(
            InProcess.environment().workingDirectory(project).terminal(true),
            List.of("summary", "data/cases-sample.csv", "--format", "xlsx"));
    assertThat(terminal.exit()).isEqualTo(2);
    assertThat(terminal.stderr()).contains("is binary: give -o FILE.xlsx");
  }
}
