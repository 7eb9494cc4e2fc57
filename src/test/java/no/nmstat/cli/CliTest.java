package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.nmstat.io.CaseWriter;
import no.nmstat.sample.SyntheticCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  private static InProcess.Run run(boolean terminal, String... args) {
    return InProcess.run(InProcess.environment().terminal(terminal), List.of(args));
  }

  /** Every subcommand of the real command line (help aside), in the order help lists them. */
  static List<String> commands() {
    List<String> names =
        Nmstat.commandLine(InProcess.environment().build()).getSubcommands().keySet().stream()
            .filter(name -> !name.equals("help"))
            .toList();
    assertThat(names).contains("summary", "phases", "report", "sample");
    return names;
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandHasHelpWithExamplesAndExitCodes(String command) {
    InProcess.Run r = run(false, command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout())
        .startsWith("Usage: nmstat " + command + " ")
        .contains("Examples:", "  nmstat " + command, "Exit codes:")
        .containsPattern("(?m)^ +0 +ok")
        .containsPattern("(?m)^ +2 +usage")
        .containsPattern("(?m)^ +70 +internal error");
    assertThat(run(false, "help", command)).as("nmstat help " + command).isEqualTo(r);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandAnswersAUsageErrorWithExitCode2AndWhereHelpIs(String command) {
    InProcess.Run r = run(false, command, "--no-such-option");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    assertThat(r.stderr())
        .startsWith("nmstat: ")
        .endsWith("Try 'nmstat " + command + " --help' for more information.\n");
  }

  @Test
  void rootHelpListsEveryCommandAndExitCodes() {
    InProcess.Run r = run(false, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    assertThat(r.stdout()).contains("Exit codes:");
    for (String command : commands()) {
      assertThat(r.stdout()).containsPattern("(?m)^ +" + command + " ");
    }
  }

  @Test
  void noCommandNamesEveryCommand() {
    InProcess.Run r = run(false);
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    for (String command : commands()) {
      assertThat(r.stderr()).containsPattern("\\b" + command + "\\b");
    }
  }

  @Test
  void tableIsTheDefaultOnATerminal() {
    InProcess.Run r =
        run(
            true,
            "summary",
            "data/cases-sample.csv",
            "--as-of",
            "2025-10-31",
            "--intervals",
            "queue,assessment,total");
    assertThat(r.exit()).isZero();
    assertThat(r.stdout()).startsWith("interval ").contains("R type 7");
    assertThat(run(false, "summary", "data/cases-sample.csv", "--as-of", "2025-10-31").stdout())
        .startsWith("interval,n,open,");
  }

  /**
   * Same input, same bytes (method.md §6), checked across two processes whose time zone, locale,
   * default character set and identity hash codes differ, for every output format: anything that
   * leaks the clock, the machine's settings or the order of a hash set shows here.
   */
  @Test
  void sameInputSameBytesInTwoProcesses(@TempDir Path dir) throws Exception {
    String cases = PROJECT.resolve("data/cases-sample.csv").toString();
    String panel = PROJECT.resolve("data/wait-panel-sample.csv").toString();
    List<String> asOf = List.of("--as-of", "2025-10-31");
    List<List<String>> commands = new ArrayList<>();
    for (String format : List.of("csv", "tsv", "json", "table", "markdown", "xlsx")) {
      commands.add(
          concat(List.of("summary", cases, "--by", "year,area", "--km", "--format", format), asOf));
    }
    commands.add(concat(List.of("cases", cases, "--format", "xlsx", "-o", "cases.xlsx"), asOf));
    commands.add(concat(List.of("phases", cases, "--by", "year", "--format", "json"), asOf));
    commands.add(concat(List.of("backlog", cases, "--every", "quarter", "-f", "markdown"), asOf));
    commands.add(concat(List.of("report", cases, "--format", "html", "--wait", panel), asOf));
    commands.add(
        List.of("wait", panel, "--cohort", "2020..2023", "--cutoff", "2025-01-05", "-f", "csv"));
    List<String> first =
        List.of(
            "-Duser.timezone=Pacific/Kiritimati",
            "-Duser.language=nb",
            "-Duser.country=NO",
            "-Dfile.encoding=UTF-8",
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:hashCode=2"); // every identity hash code is 1
    List<String> second =
        List.of(
            "-Duser.timezone=America/Adak",
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Dfile.encoding=ISO-8859-1",
            "-XX:+UnlockExperimentalVMOptions",
            "-XX:hashCode=4"); // identity hash codes from object addresses
    for (int k = 0; k < commands.size(); k++) {
      List<String> args = commands.get(k);
      Path a = Files.createDirectories(dir.resolve(k + "a"));
      Path b = Files.createDirectories(dir.resolve(k + "b"));
      Process pa = start(first, args, a);
      Process pb = start(second, args, b);
      assertThat(finish(pa)).as("exit of %s", args).isEqualTo(finish(pb)).isZero();
      for (String file : List.of("stdout", "stderr", "cases.xlsx")) {
        if (Files.exists(a.resolve(file)) || Files.exists(b.resolve(file))) {
          assertThat(Files.readAllBytes(a.resolve(file)))
              .as("%s of %s", file, args)
              .isEqualTo(Files.readAllBytes(b.resolve(file)));
        }
      }
      assertThat(Files.size(a.resolve("stdout")) + Files.size(a.resolve("stderr")))
          .as("output of %s", args)
          .isPositive();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Starts {@code nmstat args} in a JVM of its own with {@code jvm} options, in {@code dir}. */
  static Process start(List<String> jvm, List<String> args, Path dir) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1"); // starts faster, as the launcher does for small files
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    return new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
        .redirectOutput(dir.resolve("stdout").toFile())
        .redirectError(dir.resolve("stderr").toFile())
        .start();
  }

  static int finish(Process p) throws InterruptedException {
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished within 2 minutes").isTrue();
    return p.exitValue();
  }

  @Test
  void debugShowsTheStackTraceOfAFailure() {
    InProcess.Run quiet = run(false, "summary", "no-such-file.csv");
    assertThat(quiet.stderr()).doesNotContain("\tat ");
    InProcess.Run debug = run(false, "summary", "no-such-file.csv", "--debug");
    assertThat(debug.exit()).isEqualTo(66);
    assertThat(debug.stderr()).contains("\tat ");
  }

  @Test
  void shippedSampleIsReproducibleFromItsSeed() throws Exception {
    // data/README.md: nmstat sample --cases 250 --seed 2025 --as-of 2025-10-31
    StringBuilder regenerated = new StringBuilder();
    CaseWriter.write(SyntheticCases.generate(250, 2025, LocalDate.of(2025, 10, 31)), regenerated);
    assertThat(regenerated.toString())
        .isEqualTo(
            Files.readString(PROJECT.resolve("data/cases-sample.csv"), StandardCharsets.UTF_8));
    InProcess.Run viaCli =
        run(false, "sample", "--cases", "250", "--seed", "2025", "--as-of", "2025-10-31");
    assertThat(viaCli.stdout()).isEqualTo(regenerated.toString());
  }

  @Test
  void shippedPanelIsReproducibleFromItsSeed() throws Exception {
    // data/README.md: nmstat sample --wait-panel --products 190 --seed 2025
    InProcess.Run r = run(false, "sample", "--wait-panel", "--products", "190", "--seed", "2025");
    assertThat(r.stdout())
        .isEqualTo(
            Files.readString(
                PROJECT.resolve("data/wait-panel-sample.csv"), StandardCharsets.UTF_8));
  }

  @Test
  void shippedPanelIsOfThePublishedOrder() {
    InProcess.Run r =
        run(
            false,
            "wait",
            "data/wait-panel-sample.csv",
            "--cohort",
            "2020..2023",
            "--cutoff",
            "2025-01-05",
            "--format",
            "csv");
    assertThat(r.exit()).isZero();
    // W.A.I.T. 2024 (method.md §5): NO 37% and 524 days, DE 128 days.
    String no = r.stdout().lines().filter(l -> l.startsWith("all,NO,")).findFirst().orElseThrow();
    String de = r.stdout().lines().filter(l -> l.startsWith("all,DE,")).findFirst().orElseThrow();
    assertThat(Double.parseDouble(no.split(",")[4])).isBetween(0.30, 0.45);
    assertThat(Double.parseDouble(no.split(",")[7])).isBetween(450.0, 600.0);
    assertThat(Double.parseDouble(de.split(",")[7])).isBetween(100.0, 160.0);
  }

  @Test
  void shippedSampleIsValidAndHasOpenCasesAtEveryStage() {
    InProcess.Run v = run(false, "validate", "data/cases-sample.csv");
    assertThat(v.exit()).isZero();
    assertThat(v.stdout())
        .startsWith("250 rows, 250 valid cases, 0 invalid rows, 0 problems, 0 warnings\n");
    InProcess.Run s =
        run(
            false,
            "summary",
            "data/cases-sample.csv",
            "--as-of",
            "2025-10-31",
            "--intervals",
            "submission,queue,active,negotiation,to_decision",
            "--format",
            "csv");
    for (String line : s.stdout().strip().split("\n")) {
      if (!line.startsWith("interval")) {
        assertThat(Integer.parseInt(line.split(",")[2])).as(line).isPositive();
      }
    }
  }

  /** On a terminal of 80 or 100 columns every line of a table and its notes fits. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {80, 100})
  void tablesFitTheTerminal(int columns) {
    for (List<String> args :
        List.of(
            List.of("summary", "data/cases-sample.csv", "--as-of", "2025-10-31", "--km"),
            List.of("backlog", "data/cases-sample.csv", "--as-of", "2025-10-31", "--every", "year"),
            List.of(
                "outliers",
                "data/cases-sample.csv",
                "--interval",
                "queue",
                "--over",
                "365",
                "--as-of",
                "2025-10-31"),
            List.of(
                "wait",
                "data/wait-panel-sample.csv",
                "--cohort",
                "2020..2023",
                "--cutoff",
                "2025-01-05",
                "--focus",
                "NO"))) {
      InProcess.Run r = InProcess.run(InProcess.environment().terminal(true).width(columns), args);
      assertThat(r.exit()).as(args.toString()).isZero();
      assertThat(r.stdout().lines())
          .as(args.toString())
          .allSatisfy(
              line ->
                  assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(columns));
      assertThat(r.stdout()).as(args.toString()).contains("--wide");
    }
  }

  @Test
  void checkPrintsItsVerdictOnceOnATerminal() {
    List<String> args =
        List.of(
            "check",
            "data/cases-sample.csv",
            "--as-of",
            "2025-10-31",
            "--require",
            "median(assessment) <= 180");
    InProcess.Run r = InProcess.run(InProcess.environment().terminal(true).errTerminal(true), args);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.stdout() + r.stderr()).containsOnlyOnce("1 check: 0 pass, 1 fail.");
    assertThat(r.stderr()).contains("nmstat: check failed: 1 check: 0 pass, 1 fail.");
    assertThat(r.stdout()).contains("188.0");
  }

  /** The guide's validate example is what a terminal shows, stdout and stderr in their order. */
  @Test
  void guideShowsValidateAsATerminalDoes(@TempDir Path dir) throws Exception {
    String guide = Files.readString(InProcess.PROJECT.resolve("docs/guide.md"));
    String prompt = "$ nmstat validate data/nyemetoder-public.csv\n";
    int from = guide.indexOf(prompt) + prompt.length();
    String shown = guide.substring(from, guide.indexOf("```", from));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Dnmstat.stdout.terminal=true", "-Dnmstat.stderr.terminal=true"));
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of("validate", "data/nyemetoder-public.csv"));
    ProcessBuilder b = new ProcessBuilder(command).directory(InProcess.PROJECT.toFile());
    b.environment().put("COLUMNS", "80");
    Process p =
        b.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("terminal").toFile())
            .start();
    assertThat(finish(p)).isZero();
    assertThat(Files.readString(dir.resolve("terminal"))).isEqualTo(shown);
  }

  /** At 80 columns a table keeps the columns that answer the command's question (method.md §6). */
  @ParameterizedTest
  @MethodSource("questionsAt80Columns")
  void keepsTheAnswerAt80Columns(List<String> args, List<String> answer) {
    InProcess.Run r = InProcess.run(InProcess.environment().terminal(true).width(80), args);
    assertThat(r.exit()).as(r.stderr()).isZero();
    List<String> header = List.of(r.stdout().lines().findFirst().orElseThrow().split(" +"));
    assertThat(header).as(r.stdout()).containsAll(answer);
    assertThat(r.stdout().lines()).allMatch(l -> l.length() <= 80);
  }

  static List<Arguments> questionsAt80Columns() {
    List<String> file = List.of("data/cases-sample.csv", "--as-of", "2025-10-31");
    return List.of(
        Arguments.of(
            concat(List.of("cases"), concat(file, List.of("--intervals", "assessment"))),
            List.of("id", "assessment", "assessment_status")),
        Arguments.of(
            concat(List.of("cases"), concat(file, List.of("--intervals", "queue,negotiation"))),
            List.of("id", "queue", "queue_status", "negotiation", "negotiation_status")),
        Arguments.of(
            concat(List.of("outliers"), concat(file, List.of("--interval", "assessment"))),
            List.of("id", "status", "days")),
        Arguments.of(
            concat(List.of("tracker"), file),
            List.of("id", "state", "days_in_state", "days_left", "expected")),
        Arguments.of(
            List.of(
                "wait",
                "data/wait-panel-sample.csv",
                "--cohort",
                "2020..2023",
                "--cutoff",
                "2025-01-05"),
            List.of("cohort", "country", "mean_days", "median_days", "km_median_days")));
  }
}
