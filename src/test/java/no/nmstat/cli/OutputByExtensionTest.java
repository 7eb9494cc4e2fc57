package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * {@code -o FILE} writes the format its extension names, on every command with {@code -o}: the same
 * bytes as {@code -f} with that format; a name without an extension gets the command's default; an
 * extension the command cannot write, or one that contradicts {@code -f}, is a usage error before
 * anything is read.
 */
class OutputByExtensionTest {
  private static final String CASES = "src/test/resources/golden/_inputs/cases.csv";
  private static final String GOLDEN = "src/test/resources/golden/";

  /** One run of each command that has {@code -o}, without it. */
  static final Map<String, List<String>> RUNS =
      Map.ofEntries(
          Map.entry("summary", List.of("summary", CASES, "--as-of", "2024-06-30")),
          Map.entry("cases", List.of("cases", CASES, "--as-of", "2024-06-30")),
          Map.entry("phases", List.of("phases", CASES, "--as-of", "2024-06-30")),
          Map.entry("backlog", List.of("backlog", CASES, "--as-of", "2024-06-30")),
          Map.entry(
              "outliers",
              List.of("outliers", CASES, "--as-of", "2024-06-30", "--interval", "assessment")),
          Map.entry(
              "forecast",
              List.of("forecast", GOLDEN + "_inputs/queue.csv", "--as-of", "2024-06-30")),
          Map.entry(
              "check",
              List.of(
                  "check", CASES, "--as-of", "2024-06-30", "--require", "median(queue) <= 180")),
          Map.entry(
              "wait",
              List.of(
                  "wait",
                  GOLDEN + "_inputs/panel.csv",
                  "--cohort",
                  "2019..2022",
                  "--cutoff",
                  "2024-01-05")),
          Map.entry(
              "changes",
              List.of(
                  "changes",
                  GOLDEN + "_inputs/changes-old.csv",
                  GOLDEN + "_inputs/changes-new.csv")),
          Map.entry("validate", List.of("validate", CASES)),
          Map.entry(
              "trend", List.of("trend", CASES, "--as-of", "2024-06-30", "--intervals", "queue")),
          Map.entry(
              "tracker",
              List.of("tracker", GOLDEN + "_inputs/tracker.csv", "--as-of", "2025-06-30")),
          Map.entry("report", List.of("report", CASES, "--as-of", "2024-06-30")));

  /** The text formats of a table and the extensions that name them. */
  private static final List<List<String>> TABLE_TEXT =
      List.of(
          List.of("csv", "csv"),
          List.of("tsv", "tsv"),
          List.of("json", "json"),
          List.of("markdown", "md"),
          List.of("markdown", "markdown"));

  @TempDir Path dir;

  @Test
  void everyCommandWithAnOutputFileIsCovered() {
    CommandLine cmd = Nmstat.commandLine(InProcess.environment().build());
    TreeSet<String> withOutput = new TreeSet<>();
    cmd.getSubcommands()
        .forEach(
            (name, sub) -> {
              if (sub.getCommandSpec().findOption("-o") != null) {
                withOutput.add(name);
              }
            });
    assertThat(withOutput).isEqualTo(new TreeSet<>(RUNS.keySet()));
  }

  static Stream<Arguments> tableCommandsAndTextFormats() {
    List<Arguments> all = new ArrayList<>();
    for (String command : RUNS.keySet()) {
      if (!command.equals("report")) {
        TABLE_TEXT.forEach(f -> all.add(Arguments.of(command, f.get(0), f.get(1))));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} -o out.{2} = -f {1}")
  @MethodSource("tableCommandsAndTextFormats")
  void theExtensionWritesWhatFormatWrites(String command, String format, String extension)
      throws IOException {
    InProcess.Run byFormat = run(with(command, "-f", format));
    InProcess.Run byName = run(with(command, "-o", "out." + extension));

    assertThat(byName.exit()).isEqualTo(byFormat.exit());
    String expected = byFormat.stdout();
    if (command.equals("validate") && format.equals("markdown")) {
      // On standard output, validate puts its counts above a human format; in a file they go to
      // stderr.
      expected = expected.substring(expected.indexOf("\n\n") + 2);
    }
    assertThat(withoutCommand(read("out." + extension))).isEqualTo(withoutCommand(expected));
    assertThat(byName.stderr()).contains("nmstat: wrote out." + extension);
  }

  @ParameterizedTest(name = "{0} -o out.xlsx")
  @MethodSource("tableCommands")
  void aWorkbookNameWritesAWorkbook(String command) throws IOException {
    InProcess.Run byName = run(with(command, "-o", "out.xlsx"));
    InProcess.Run both = run(with(command, "-o", "same.XLSX", "-f", "xlsx"));

    assertThat(byName.exit()).isEqualTo(both.exit()).isIn(0, 1);
    // A workbook is a zip archive: "PK".
    assertThat(Files.readAllBytes(dir.resolve("out.xlsx"))).startsWith('P', 'K');
    // The same sheet: only the command line on the notes sheet differs.
    assertThat(entry("same.XLSX", "xl/worksheets/sheet1.xml"))
        .isEqualTo(entry("out.xlsx", "xl/worksheets/sheet1.xml"));
  }

  static Stream<String> tableCommands() {
    return RUNS.keySet().stream().filter(c -> !c.equals("report")).sorted();
  }

  @ParameterizedTest(name = "{0} -o out")
  @MethodSource("tableCommands")
  void aNameWithoutAnExtensionKeepsTheDefault(String command) throws IOException {
    // validate is read by people first: a table; every other command: CSV, as in a pipe.
    InProcess.Run piped = run(with(command));
    InProcess.Run toFile = run(with(command, "-o", "out"));

    assertThat(toFile.exit()).isEqualTo(piped.exit());
    if (command.equals("validate")) {
      assertThat(read("out")).startsWith("column ");
    } else {
      assertThat(read("out")).isEqualTo(piped.stdout());
    }
  }

  @ParameterizedTest(name = "{0} -o out.html")
  @MethodSource("tableCommands")
  void anExtensionTheCommandCannotWriteIsAUsageError(String command) {
    InProcess.Run r = run(with(command, "-o", "out.html"));

    assertThat(r.exit()).isEqualTo(ExitStatus.USAGE.code());
    assertThat(r.stderr())
        .contains(
            "-o out.html: "
                + command
                + " writes .csv, .tsv, .json, .md, .markdown or .xlsx; name the file so, or give"
                + " --format table, csv, tsv, json, markdown or xlsx");
    assertThat(dir.resolve("out.html")).doesNotExist();
  }

  @Test
  void aContradictingFormatIsAUsageError() {
    InProcess.Run r = run(with("summary", "-o", "s.json", "-f", "csv"));

    assertThat(r.exit()).isEqualTo(ExitStatus.USAGE.code());
    assertThat(r.stderr()).contains("-o s.json: the name says json, but --format is csv");
    assertThat(dir.resolve("s.json")).doesNotExist();
  }

  @Test
  void aFormatWinsOverAnExtensionThatNamesNone() throws IOException {
    InProcess.Run r = run(with("summary", "-o", "s.txt", "-f", "table"));

    assertThat(r.exit()).isZero();
    assertThat(read("s.txt")).startsWith("interval ");
  }

  @Test
  void aDashIsStandardOutput() {
    InProcess.Run r = run(with("summary", "-o", "-", "-f", "json"));

    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).startsWith("[");
  }

  @Test
  void mdIsMarkdownEverywhere() {
    assertThat(withoutCommand(run(with("summary", "-f", "md")).stdout()))
        .isEqualTo(withoutCommand(run(with("summary", "-f", "markdown")).stdout()));
    assertThat(withoutCommand(run(with("report", "-f", "md")).stdout()))
        .isEqualTo(withoutCommand(run(with("report")).stdout()))
        .startsWith("# ");
  }

  @ParameterizedTest(name = "report -o out.{0}")
  @MethodSource("reportExtensions")
  void theReportFollowsItsExtension(String extension, String format) throws IOException {
    InProcess.Run byFormat = run(with("report", "-f", format));
    InProcess.Run byName = run(with("report", "-o", "out." + extension));

    assertThat(byName.exit()).isZero();
    assertThat(withoutCommand(read("out." + extension)))
        .isEqualTo(withoutCommand(byFormat.stdout()));
  }

  static Stream<Arguments> reportExtensions() {
    return Stream.of(
        Arguments.of("html", "html"),
        Arguments.of("htm", "html"),
        Arguments.of("md", "markdown"),
        Arguments.of("markdown", "markdown"));
  }

  @Test
  void theReportWithoutAnExtensionIsMarkdown() throws IOException {
    assertThat(run(with("report", "-o", "report")).exit()).isZero();
    assertThat(withoutCommand(read("report")))
        .isEqualTo(withoutCommand(run(with("report")).stdout()));
  }

  @Test
  void theReportRefusesATableFormat() {
    InProcess.Run r = run(with("report", "-f", "json"));

    assertThat(r.exit()).isEqualTo(ExitStatus.USAGE.code());
    assertThat(r.stderr())
        .contains("'json': report writes html, markdown (md) or pdf")
        .doesNotContain("Usage: nmstat report\n\n\n");
  }

  @Test
  void aWorkbookOnATerminalIsAUsageErrorBeforeReading() {
    InProcess.Run r =
        InProcess.run(
            InProcess.environment().workingDirectory(dir).terminal(true),
            List.of("summary", "no-such-file.csv", "-f", "xlsx"));

    assertThat(r.exit()).isEqualTo(ExitStatus.USAGE.code());
    assertThat(r.stderr()).contains("--format xlsx is binary").doesNotContain("no-such-file");
  }

  private InProcess.Run run(List<String> args) {
    List<String> absolute = new ArrayList<>();
    for (String a : args) {
      absolute.add(a.startsWith("src/") ? InProcess.PROJECT.resolve(a).toString() : a);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    return InProcess.run(InProcess.environment().workingDirectory(dir).binaryOut(bytes), absolute);
  }

  private static List<String> with(String command, String... more) {
    List<String> args = new ArrayList<>(RUNS.get(command));
    args.addAll(List.of(more));
    return args;
  }

  /**
   * {@code text} without the command line that Markdown and HTML end with (it names the output).
   */
  private static String withoutCommand(String text) {
    return text.replaceAll("(?m)^(- |<li>)command: .*\n", "");
  }

  private byte[] entry(String workbook, String name) throws IOException {
    try (ZipFile zip = new ZipFile(dir.resolve(workbook).toFile())) {
      return zip.getInputStream(zip.getEntry(name)).readAllBytes();
    }
  }

  private String read(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }
}
