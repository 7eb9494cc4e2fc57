package no.nmstat.table;

import static no.nmstat.table.HandWrittenWorkbook.parts;
import static no.nmstat.table.HandWrittenWorkbook.text;
import static no.nmstat.table.HandWrittenWorkbook.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import no.nmstat.io.CaseReader;
import no.nmstat.io.ReadResult;
import no.nmstat.model.Milestone;
import org.junit.jupiter.api.Test;

/**
 * Workbooks that do not say what they seem to: formulas without a saved value, parts that inflate
 * like a ZIP bomb, and valid workbooks without styles or shared strings, each written by {@link
 * HandWrittenWorkbook}.
 */
class WorkbookPartsTest {
  /** A header row "id, decision_date" and one case row, its date cell {@code date}. */
  private static String rows(String date) {
    return "<row r=\"1\">"
        + text("A1", "id")
        + text("B1", "decision_date")
        + "</row><row r=\"2\">"
        + text("A2", "ID2021_001")
        + date
        + "</row>";
  }

  private static ReadResult read(byte[] workbook) {
    CaseReader reader = new CaseReader(ReadOptions.defaults());
    reader.read("b.xlsx", workbook);
    return reader.result();
  }

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void aFormulaWithoutASavedValueIsAWarningNamingTheCell() {
    // As openpyxl writes a formula (an empty <v/>), and as fastexcel does (no <v> at all).
    for (String cell :
        new String[] {
          "<c r=\"B2\"><f>DATE(2023,1,2)</f><v/></c>", "<c r=\"B2\"><f>DATE(2023,1,2)</f></c>"
        }) {
      ReadResult r = read(zip(parts(rows(cell), false, false)));
      assertThat(r.problems()).isEmpty();
      assertThat(r.unread())
          .extracting(InputProblem::toString)
          .containsExactly(
              "b.xlsx:2:decision_date: warning: formula \"=DATE(2023,1,2)\": no saved value;"
                  + " open and save the workbook in Excel or LibreOffice");
      assertThat(r.warnings()).isEqualTo(r.unread());
      // The case is read without the value, and no process-order note counts it.
      assertThat(r.cases()).hasSize(1);
      assertThat(r.cases().get(0).has(Milestone.DECISION_DATE)).isFalse();
      assertThat(r.casesWarned()).isZero();
    }
  }

  @Test
  void aFormulaWithASavedValueIsItsValueDateFormattedOrNot() {
    ReadResult r =
        read(
            zip(
                parts(
                    rows("<c r=\"B2\" s=\"1\"><f>DATE(2023,1,2)</f><v>44928</v></c>"),
                    true,
                    false)));
    assertThat(r.problems()).isEmpty();
    assertThat(r.warnings()).isEmpty();
    assertThat(r.cases().get(0).day(Milestone.DECISION_DATE)).isEqualTo(day("2023-01-02"));
    ReadResult text =
        read(
            zip(
                parts(
                    rows(
                        "<c r=\"B2\" t=\"str\"><f>TEXT(44928,\"yyyy-mm-dd\")</f><v>2023-01-02</v></c>"),
                    false,
                    false)));
    assertThat(text.problems()).isEmpty();
    assertThat(text.cases().get(0).day(Milestone.DECISION_DATE)).isEqualTo(day("2023-01-02"));
  }

  @Test
  void aValuelessFormulaInAnOtherwiseEmptyRowIsStillWarnedOf() {
    ReadResult r =
        read(
            zip(
                parts(
                    rows("<c r=\"B2\"><v>44928</v></c>")
                        + "<row r=\"3\"><c r=\"C3\"><f>A1</f></c></row>",
                    false,
                    false)));
    assertThat(r.unread())
        .extracting(InputProblem::toString)
        .containsExactly(
            "b.xlsx:3:C: warning: formula \"=A1\": no saved value;"
                + " open and save the workbook in Excel or LibreOffice");
    assertThat(r.cases()).hasSize(1);
  }

  @Test
  void aWorkbookWithoutStylesOrSharedStringsIsRead() {
    for (boolean styles : new boolean[] {false, true}) {
      for (boolean shared : new boolean[] {false, true}) {
        String header =
            shared
                ? "<row r=\"1\">" + text("A1", "id") + "<c r=\"B1\" t=\"s\"><v>0</v></c></row>"
                : "<row r=\"1\">" + text("A1", "id") + text("B1", "decision_date") + "</row>";
        String row =
            "<row r=\"2\">" + text("A2", "ID2021_001") + "<c r=\"B2\"><v>44928</v></c></row>";
        ReadResult r = read(zip(parts(header + row, styles, shared)));
        assertThat(r.problems()).as("styles %s, shared strings %s", styles, shared).isEmpty();
        assertThat(r.cases().get(0).day(Milestone.DECISION_DATE)).isEqualTo(day("2023-01-02"));
      }
    }
  }

  @Test
  void aStylesPartTheContentTypesNameButTheArchiveLacksIsNoStyles() {
    Map<String, String> parts = parts(rows("<c r=\"B2\" s=\"1\"><v>44928</v></c>"), true, false);
    parts.remove("xl/styles.xml");
    ReadResult r = read(zip(parts));
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases().get(0).day(Milestone.DECISION_DATE)).isEqualTo(day("2023-01-02"));
  }

  @Test
  void aSheetThatInflatesMoreThanAHundredfoldIsRefused() {
    // 4 MB of whitespace between two rows deflates to a few kilobytes: a small ZIP bomb.
    String padding = " ".repeat(4 << 20);
    byte[] bomb = zip(parts(rows("<c r=\"B2\"><v>44928</v></c>") + padding, false, false));
    assertThat(bomb.length).isLessThan(64 * 1024);
    ReadResult r = read(bomb);
    assertThat(r.fatal()).isTrue();
    assertThat(r.problems())
        .extracting(InputProblem::toString)
        .singleElement()
        .asString()
        .startsWith(
            "b.xlsx:1:-: value \"xl/worksheets/sheet1.xml\": the part inflates to more than 100"
                + " times its compressed size of ")
        .endsWith(" bytes: refused, as a ZIP bomb would be; save the sheet anew, or as CSV");
  }

  @Test
  void aPartUnderTheGraceSizeIsNotJudgedByItsRatio() {
    // 90 kB of whitespace inflates far more than a hundredfold, but stays under POI's grace.
    String padding = " ".repeat(90 * 1024);
    ReadResult r = read(zip(parts(rows("<c r=\"B2\"><v>44928</v></c>") + padding, false, false)));
    assertThat(r.problems()).isEmpty();
    assertThat(r.cases()).hasSize(1);
  }

  @Test
  void partsThatInflatePastTheTotalBoundAreRefused() throws IOException {
    byte[] book = zip(parts(rows("<c r=\"B2\"><v>44928</v></c>"), true, true));
    WorkbookArchive.Verdict small = new WorkbookArchive(500).inspect(ByteSource.of(book));
    assertThat(small.refusal())
        .isEqualTo(
            "the workbook's parts inflate to more than 500 bytes: refused before reading;"
                + " save the sheet as CSV");
    WorkbookArchive.Verdict enough = WorkbookArchive.check(ByteSource.of(book));
    assertThat(enough.refusal()).isNull();
    assertThat(enough.hasStyles()).isTrue();
  }
}
