package no.nmstat.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The workbook read back with fastexcel-reader: cell types, values and formats. */
class XlsxWriterTest {
  private static byte[] write(Table table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxWriter.write(table, out, null);
    return out.toByteArray();
  }

  private static Table table() {
    return new Table(
            List.of(
                Column.text("id"),
                Column.integer("n"),
                Column.decimal("mean"),
                Column.share("within"),
                Column.text("assigned")))
        .row("=1+1", 12, 1.0 / 3, 0.375, "2025-10-31")
        .row("ID2021_045", 0, null, null, "2023-13-45")
        .row("", null, -0.5, 1.0, "")
        .note("Quantiles: R type 7.")
        .note("As of 2025-10-31.");
  }

  @Test
  void numbersAreNumbersDatesAreDatesAndTextIsText() throws Exception {
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(write(table())), new ReadingOptions(true, false))) {
      Sheet sheet = wb.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("nmstat");
      List<Row> rows = sheet.read();
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0).stream().map(Cell::getText))
          .containsExactly("id", "n", "mean", "within", "assigned");

      Row first = rows.get(1);
      // A formula-like text stays text: the cell can never be evaluated.
      assertThat(first.getCell(0).getType()).isEqualTo(CellType.STRING);
      assertThat(first.getCell(0).getText()).isEqualTo("=1+1");
      assertThat(first.getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCell(1).asNumber()).isEqualByComparingTo("12");
      assertThat(first.getCell(2).asNumber()).isEqualTo(new BigDecimal("0.3333333333333333"));
      assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("0.375");
      assertThat(first.getCell(3).getDataFormatString()).isEqualTo("0.0%");
      assertThat(first.getCell(4).getType()).isEqualTo(CellType.NUMBER);
      assertThat(first.getCell(4).getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(first.getCell(4).asDate().toLocalDate()).isEqualTo(LocalDate.of(2025, 10, 31));

      Row second = rows.get(2);
      assertThat(second.getCell(1).asNumber()).isEqualByComparingTo("0");
      assertThat(second.getOptionalCell(2).map(Cell::getType).orElse(CellType.EMPTY))
          .isEqualTo(CellType.EMPTY);
      // Not a date after all: kept as the text it was.
      assertThat(second.getCell(4).getType()).isEqualTo(CellType.STRING);
      assertThat(second.getCell(4).getText()).isEqualTo("2023-13-45");

      Row third = rows.get(3);
      assertThat(third.getOptionalCell(0).map(Cell::getType).orElse(CellType.EMPTY))
          .isEqualTo(CellType.EMPTY);
      assertThat(third.getCell(2).asNumber()).isEqualByComparingTo("-0.5");
    }
  }

  @Test
  void notesGoOnASecondSheetOnePerRow() throws Exception {
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(write(table())))) {
      List<Sheet> sheets = wb.getSheets().toList();
      assertThat(sheets).extracting(Sheet::getName).containsExactly("nmstat", "notes");
      assertThat(sheets.get(1).read().stream().map(r -> r.getCell(0).getText()))
          .containsExactly("Quantiles: R type 7.", "As of 2025-10-31.");
    }
    Table noNotes = new Table(List.of(Column.text("a"))).row("x");
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(write(noNotes)))) {
      assertThat(wb.getSheets().count()).isEqualTo(1);
    }
  }

  @Test
  void theSameTableGivesTheSameBytesWithoutACreationTime() throws Exception {
    byte[] once = write(table());
    assertThat(write(table())).isEqualTo(once);
    String core = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(once))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("docProps/core.xml")) {
          core = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    assertThat(core).contains("<dc:creator>nmstat</dc:creator>").doesNotContain("created");
  }

  @Test
  void theNotesSheetEndsWithHowTheTableWasMade() throws Exception {
    Table table = table().provenance(List.of("made by: nmstat 0.1.0", "as of: 2025-10-31"));
    try (ReadableWorkbook wb =
        new ReadableWorkbook(
            new ByteArrayInputStream(write(table)), new ReadingOptions(true, false))) {
      Sheet notes = wb.findSheet("notes").orElseThrow();
      // An empty row between the two (the reader gives only the rows with cells).
      assertThat(notes.read().stream().map(r -> r.getRowNum() + " " + r.getCellText(0)))
          .containsExactly(
              "1 Quantiles: R type 7.",
              "2 As of 2025-10-31.",
              "4 made by: nmstat 0.1.0",
              "5 as of: 2025-10-31");
    }
  }

  @Test
  void theStylesHaveTheDefaultNamedStyle() throws Exception {
    // openpyxl (pandas.read_excel) warns "Workbook contains no default style" on a style sheet
    // without the named style Normal, as fastexcel writes it.
    String styles = entry(write(table()), "xl/styles.xml");
    assertThat(styles)
        .contains(
            "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\""
                + " builtinId=\"0\"/></cellStyles>");
  }

  private static String entry(byte[] xlsx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError(name + " not in the workbook");
  }
}
