package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** --help of every command, -V of every subcommand, and the bash completion script. */
class HelpTest {
  private static InProcess.Run run(String... args) {
    return InProcess.run(args);
  }

  private static CommandLine commandLine() {
    return Nmstat.commandLine(InProcess.environment().build());
  }

  /** Every subcommand but {@code help}, in the order help lists them. */
  static List<String> subcommands() {
    return commandLine().getSubcommands().keySet().stream()
        .filter(name -> !name.equals("help"))
        .toList();
  }

  /** The root command (no name) and every subcommand. */
  static Stream<String> commands() {
    return Stream.concat(Stream.of(""), subcommands().stream());
  }

  private static CommandLine command(CommandLine root, String name) {
    return name.isEmpty() ? root : root.getSubcommands().get(name);
  }

  /** The footer lines that are examples or their continuations (indented by two spaces). */
  private static List<String> examples(CommandLine command) {
    return Arrays.stream(command.getCommandSpec().usageMessage().footer())
        .filter(line -> line.startsWith("  "))
        .toList();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpKeepsEveryExampleWholeAndFitsEightyColumns(String name) {
    InProcess.Run r = run(name.isEmpty() ? new String[] {"--help"} : new String[] {name, "--help"});
    assertThat(r.exit()).isZero();
    List<String> lines = r.stdout().lines().toList();
    List<String> examples = examples(command(commandLine(), name));
    if (!name.equals("generate-completion")) {
      assertThat(examples).anyMatch(line -> line.startsWith("  nmstat " + name));
    }
    assertThat(lines).containsAll(examples);
    assertThat(lines).allMatch(line -> line.codePointCount(0, line.length()) <= 80);
  }

  @ParameterizedTest
  @MethodSource("commands")
  void examplesAreNotWrappedAtANarrowWidthEither(String name) {
    CommandLine command = command(commandLine(), name);
    command.getCommandSpec().usageMessage().width(55); // picocli's narrowest
    StringWriter help = new StringWriter();
    command.usage(new PrintWriter(help));
    List<String> lines = help.toString().lines().toList();
    assertThat(lines).containsAll(examples(command));
    assertThat(lines)
        .filteredOn(line -> !line.startsWith("  "))
        .allMatch(line -> line.length() <= 55);
  }

  @ParameterizedTest
  @MethodSource("subcommands")
  void versionOfASubcommandIsTheVersionOfNmstat(String name) {
    InProcess.Run root = run("--version");
    assertThat(root.stdout()).startsWith("nmstat ");
    for (String option : new String[] {"-V", "--version"}) {
      InProcess.Run r = run(name, option);
      assertThat(r.exit()).isZero();
      assertThat(r.stdout()).isEqualTo(root.stdout());
      assertThat(r.stderr()).isEmpty();
    }
    assertThat(run(name, "--help").stdout()).contains("-V, --version");
  }

  @Test
  void withoutACommandTheOverviewListsEveryCommandInALineOfItsOwn() {
    InProcess.Run r = run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.stdout()).isEmpty();
    for (String name : commandLine().getSubcommands().keySet()) {
      assertThat(r.stderr().lines()).filteredOn(l -> l.startsWith("  " + name + " ")).hasSize(1);
    }
    assertThat(r.stderr().lines()).allMatch(l -> l.length() <= 80);
    assertThat(r.stderr())
        .contains("  nmstat validate cases.csv ")
        .contains("  nmstat summary cases.csv ");
  }

  @Test
  void completionScriptCoversEverySubcommand() {
    InProcess.Run r = run("generate-completion");
    assertThat(r.exit()).isZero();
    assertThat(r.stderr()).isEmpty();
    List<String> names = List.copyOf(commandLine().getSubcommands().keySet());
    assertThat(r.stdout())
        .startsWith("#!/usr/bin/env bash")
        .contains("local commands=\"" + String.join(" ", names) + "\"")
        .contains("complete -F _complete_nmstat ");
    for (String name : subcommands()) {
      assertThat(r.stdout()).contains("function _picocli_nmstat_" + name.replace("-", "") + "()");
    }
  }

  @Test
  void completionWorksInBash(@TempDir Path dir) throws IOException, InterruptedException {
    assumeTrue(onPath("bash"), "bash is not installed");
    Path script = dir.resolve("nmstat");
    Files.writeString(script, run("generate-completion").stdout(), StandardCharsets.UTF_8);
    // Calls the completion function as bash does on TAB, with the words typed so far.
    String test =
        String.join(
            "\n",
            "source \"$1\"",
            "complete -p nmstat",
            "complete_words() {",
            "  COMP_WORDS=(\"$@\"); COMP_CWORD=$(($# - 1)); COMP_LINE=\"$*\";"
                + " COMP_POINT=${#COMP_LINE}; COMPREPLY=()",
            "  _complete_nmstat 2>/dev/null",
            "  echo \"$*: ${COMPREPLY[*]}\"",
            "}",
            "complete_words nmstat sum",
            "complete_words nmstat summary --interv");
    Process p =
        new ProcessBuilder("bash", "--norc", "--noprofile", "-c", test, "bash", script.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output.lines())
        .anyMatch(line -> line.matches("complete .*-F _complete_nmstat .*nmstat.*"))
        .contains("nmstat sum: summary")
        .anyMatch(
            line ->
                line.startsWith("nmstat summary --interv: ")
                    && line.contains("--intervals")
                    && line.contains("--interval"));
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Arrays.stream(path.split(File.pathSeparator))
            .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }
}
