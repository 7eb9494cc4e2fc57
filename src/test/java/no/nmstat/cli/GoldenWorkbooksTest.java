package no.nmstat.cli;

import static no.nmstat.table.HandWrittenWorkbook.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.nmstat.table.HandWrittenWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbooks of the golden folders that no spreadsheet program writes, made here from their
 * parts: each committed workbook must hold exactly these parts, and {@code mvn test
 * -Dtest=GoldenWorkbooksTest -Dgolden.update=true} writes them anew (then fails once, to be
 * reviewed, as GoldenTest does).
 */
class GoldenWorkbooksTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  /** A date cell: style 1 is dd.mm.yyyy. */
  private static String date(String ref, int serial) {
    return "<c r=\"" + ref + "\" s=\"1\"><v>" + serial + "</v></c>";
  }

  private static String row(int r, String... cells) {
    return "<row r=\"" + r + "\">" + String.join("", cells) + "</row>";
  }

  private static String header(String... names) {
    StringBuilder cells = new StringBuilder();
    for (int c = 0; c < names.length; c++) {
      cells.append(text((char) ('A' + c) + "1", names[c]));
    }
    return row(1, cells.toString());
  }

  /**
   * Three decisions whose decision dates are formulas on the commissioning date: on row 2 without a
   * saved value (as openpyxl and fastexcel's writer leave every formula), on row 4 with one. Row
   * 2's note is a formula whose value, once calculated, is "": saved so, it cannot be told from no
   * saved value (method §2.1).
   */
  static Map<String, String> formulas() {
    return HandWrittenWorkbook.parts(
        header("id", "commissioned", "decision_date", "note")
            + row(
                2,
                text("A2", "ID2023_001"),
                date("B2", 44928),
                "<c r=\"C2\" s=\"1\"><f>B2+90</f></c>",
                "<c r=\"D2\" t=\"str\"><f>IF(C2=\"\",\"no date\",\"\")</f></c>")
            + row(3, text("A3", "ID2023_002"), date("B3", 44958), date("C3", 45000))
            + row(
                4,
                text("A4", "ID2023_003"),
                date("B4", 45000),
                "<c r=\"C4\" s=\"1\"><f>B4+30</f><v>45030</v></c>"),
        true,
        false);
  }

  /**
   * A valid workbook with neither a styles part nor shared strings: text inline, dates as serial
   * numbers with no number format.
   */
  static Map<String, String> bare() {
    return HandWrittenWorkbook.parts(
        header("id", "commissioned", "decision_date")
            + row(
                2,
                text("A2", "ID2023_001"),
                "<c r=\"B2\"><v>44928</v></c>",
                "<c r=\"C2\"><v>45018</v></c>")
            + row(3, text("A3", "ID2023_002"), "<c r=\"B3\"><v>44958</v></c>"),
        false,
        false);
  }

  static Stream<String> workbooks() {
    return Stream.of(
        "xlsx-formula-without-saved-value/decisions.xlsx",
        "xlsx-no-styles-or-shared-strings/decisions.xlsx");
  }

  private static Map<String, String> parts(String workbook) {
    return workbook.startsWith("xlsx-formula") ? formulas() : bare();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("workbooks")
  void committedWorkbookHoldsItsParts(String workbook) throws IOException {
    Path file = GOLDEN.resolve(workbook);
    Map<String, String> parts = parts(workbook);
    if (Boolean.getBoolean("golden.update")) {
      boolean changed = !Files.exists(file) || !read(file).equals(parts);
      if (changed) {
        Files.write(file, HandWrittenWorkbook.zip(parts));
      }
      assertThat(changed)
          .as("wrote %s; review it, then run again without -Dgolden.update", file)
          .isFalse();
      return;
    }
    assertThat(read(file)).isEqualTo(parts);
  }

  /** The parts of the workbook in {@code file}, in their order. */
  private static Map<String, String> read(Path file) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    try (InputStream in = Files.newInputStream(file);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
