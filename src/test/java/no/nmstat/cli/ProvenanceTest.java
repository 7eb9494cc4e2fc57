package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every workbook says how it was made on its notes sheet, and Markdown ends with the same lines:
 * nmstat's version, the command line, the as-of date, the inputs with their rows, and the notes the
 * run printed on stderr. CSV, TSV and JSON stay bare.
 */
class ProvenanceTest {
  @TempDir Path dir;

  static Stream<String> tableCommands() {
    return OutputByExtensionTest.RUNS.keySet().stream().filter(c -> !c.equals("report")).sorted();
  }

  @ParameterizedTest(name = "{0} -o out.xlsx")
  @MethodSource("tableCommands")
  void everyWorkbookHasANotesSheetSayingHowItWasMade(String command) throws IOException {
    List<String> args = args(command, "-o", "out.xlsx");
    InProcess.Run r = InProcess.run(InProcess.environment().workingDirectory(dir), args);

    assertThat(r.exit()).isIn(0, 1);
    List<String> notes = notesSheet(dir.resolve("out.xlsx"));
    assertThat(notes).contains("made by: " + new Nmstat.Version().getVersion()[0]);
    assertThat(notes).anyMatch(l -> l.startsWith("command: nmstat " + command + " /"));
    assertThat(notes).anyMatch(l -> l.matches("input: .+\\.csv: \\d+ rows?"));
    if (!command.equals("wait") && !command.equals("changes") && !command.equals("validate")) {
      assertThat(notes).contains("as of: 2024-06-30");
    }
    // Every note the run printed on stderr is on the sheet too (once: as a note of the table, or
    // as a note of the run).
    for (String line : r.stderr().split("\n")) {
      if (line.startsWith("nmstat: note: ")) {
        String note = line.substring("nmstat: note: ".length());
        assertThat(notes).containsAnyOf(note, "note: " + note);
      }
    }
  }

  @Test
  void theNotesOfTheRunAreKeptAndTheCommandLineIsQuotedForTheShell() throws IOException {
    // No --as-of: today (2026-01-15 in tests) is far after the file's latest date, which a note
    // says.
    InProcess.Run r =
        InProcess.run(
            InProcess.environment().workingDirectory(dir),
            List.of(
                "check",
                InProcess.PROJECT.resolve("data/cases-sample.csv").toString(),
                "--require",
                "median(queue) <= 180",
                "-o",
                "it's.xlsx"));

    assertThat(r.stderr()).contains("nmstat: note: the latest date in the file is 2025-10-31");
    List<String> notes = notesSheet(dir.resolve("it's.xlsx"));
    assertThat(notes)
        .contains(
            "command: nmstat check "
                + InProcess.PROJECT.resolve("data/cases-sample.csv")
                + " --require 'median(queue) <= 180' -o 'it'\\''s.xlsx'",
            "as of: 2026-01-15",
            "input: " + InProcess.PROJECT.resolve("data/cases-sample.csv") + ": 250 rows")
        .anyMatch(l -> l.startsWith("note: the latest date in the file is 2025-10-31;"));
  }

  @Test
  void markdownEndsWithTheSameLines() {
    InProcess.Run r = InProcess.run(args("summary", "-f", "md").toArray(String[]::new));

    assertThat(r.stdout())
        .endsWith(
            "\n\n- made by: "
                + new Nmstat.Version().getVersion()[0]
                + "\n- command: nmstat summary "
                + InProcess.PROJECT.resolve("src/test/resources/golden/\\_inputs/cases.csv")
                + " --as-of 2024-06-30 -f md\n- as of: 2024-06-30\n- input: "
                + InProcess.PROJECT.resolve("src/test/resources/golden/\\_inputs/cases.csv")
                + ": 7 rows\n- note: assessment: 2 completed cases have no clock stop recorded; nothing"
                + " is subtracted for them\n- note: active: 2 completed cases have no clock stop"
                + " recorded; nothing is subtracted for them\n");
  }

  @Test
  void machineFormatsStayBare() {
    for (String f : List.of("csv", "tsv", "json", "table")) {
      assertThat(InProcess.run(args("summary", "-f", f).toArray(String[]::new)).stdout())
          .doesNotContain("made by")
          .doesNotContain("as of: ");
    }
  }

  private static List<String> args(String command, String... more) {
    List<String> args = new ArrayList<>();
    for (String a : OutputByExtensionTest.RUNS.get(command)) {
      args.add(a.startsWith("src/") ? InProcess.PROJECT.resolve(a).toString() : a);
    }
    args.addAll(List.of(more));
    return args;
  }

  private static List<String> notesSheet(Path workbook) throws IOException {
    try (InputStream in = Files.newInputStream(workbook);
        ReadableWorkbook wb = new ReadableWorkbook(in)) {
      Sheet notes = wb.findSheet("notes").orElseThrow();
      return notes.read().stream().map(row -> row.getCellText(0)).toList();
    }
  }
}
