package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;
import no.nmstat.table.HandWrittenWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A ZIP-bomb workbook end to end, in a JVM of its own with a heap far smaller than the sheet: one
 * cell holds 256 MB of text that deflates to a few hundred kilobytes. Read, it would exhaust the
 * heap (exit 70); checked first, it is refused with exit 65 and a message naming the part.
 */
class WorkbookBombTest {
  /** What the sheet's one long cell inflates to. */
  private static final int TEXT_BYTES = 256 << 20;

  @TempDir static Path dir;

  @BeforeAll
  static void writeBomb() throws IOException {
    Map<String, String> parts = HandWrittenWorkbook.parts("", false, false);
    parts.remove(HandWrittenWorkbook.SHEET);
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(dir.resolve("bomb.xlsx")))) {
      for (Map.Entry<String, String> p : parts.entrySet()) {
        HandWrittenWorkbook.entry(zip, p.getKey()).write(bytes(p.getValue()));
        zip.closeEntry();
      }
      OutputStream sheet = HandWrittenWorkbook.entry(zip, HandWrittenWorkbook.SHEET);
      sheet.write(
          bytes(
              HandWrittenWorkbook.sheetStart()
                  + "<row r=\"1\">"
                  + HandWrittenWorkbook.text("A1", "id")
                  + HandWrittenWorkbook.text("B1", "decision_date")
                  + "</row><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"));
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) 'A');
      for (int written = 0; written < TEXT_BYTES; written += chunk.length) {
        sheet.write(chunk);
      }
      sheet.write(bytes("</t></is></c></row>" + HandWrittenWorkbook.sheetEnd()));
      zip.closeEntry();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"summary", "validate"})
  void isRefusedBeforeItsSheetIsRead(String command) throws Exception {
    assertThat(Files.size(dir.resolve("bomb.xlsx"))).isLessThan(1 << 20);
    Path run = Files.createDirectories(dir.resolve(command));
    Files.copy(dir.resolve("bomb.xlsx"), run.resolve("bomb.xlsx"));
    int exit =
        CliTest.finish(CliTest.start(List.of("-Xmx48m"), List.of(command, "bomb.xlsx"), run));
    String stderr = Files.readString(run.resolve("stderr"), StandardCharsets.UTF_8);
    assertThat(exit).as(stderr).isEqualTo(65);
    assertThat(stderr)
        .startsWith(
            "bomb.xlsx:1:-: value \"xl/worksheets/sheet1.xml\": the part inflates to more than 100"
                + " times its compressed size of ")
        .contains(" bytes: refused, as a ZIP bomb would be; save the sheet anew, or as CSV\n")
        .doesNotContain("OutOfMemoryError");
    assertThat(Files.readString(run.resolve("stdout"), StandardCharsets.UTF_8))
        .isEqualTo(
            command.equals("validate")
                ? "0 rows, 0 valid cases, 0 invalid rows, 1 problem, 0 warnings\n"
                : "");
  }
}
