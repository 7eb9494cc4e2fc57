package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Help never breaks a line inside a token: at every width, each word with a dot, comma, bar or
 * bracket inside it ("W.A.I.T.", "PERCENTILE.INC", "e.g.", "data/cases-sample.csv", "FIRST..LAST",
 * "NAME[,NAME...]") is whole, as it is when nothing needs wrapping. The JDK's line breaking, which
 * picocli uses, allows a break after a dot followed by a letter; before {@link WholeTokenHelp},
 * "nmstat sample --help" at 80 columns printed "W." at the end of a line and "A.I.T." on the next.
 */
class WholeTokenHelpTest {
  // One command line for all cases (each sets the width it renders at): building one is slow.
  private static final CommandLine ROOT = Nmstat.commandLine(InProcess.environment().build());

  static Stream<Arguments> commandsAndWidths() {
    List<Arguments> all = new ArrayList<>();
    List<String> commands = new ArrayList<>(List.of(""));
    commands.addAll(ROOT.getSubcommands().keySet());
    for (String command : commands) {
      // From 76 columns: below, the longest word of the descriptions
      // (request_to_report=requested..report_completed.) is wider than its column, and picocli
      // cuts it.
      for (int width = 76; width <= 120; width += 1) {
        all.add(Arguments.of(command, width));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "nmstat {0} --help at {1} columns")
  @MethodSource("commandsAndWidths")
  void noTokenIsBrokenAcrossLines(String command, int width) {
    assertThat(dotted(help(command, width))).isEqualTo(dotted(help(command, 400)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sample", "wait"})
  void theDotsArePutBack(String command) {
    assertThat(help(command, 80))
        .contains("W.A.I.T.")
        .doesNotContain("\uE000")
        .doesNotContain("\uE001")
        .doesNotContain("\uE002")
        .doesNotContain("\uE003");
  }

  private static String help(String command, int width) {
    CommandLine cmd = command.isEmpty() ? ROOT : ROOT.getSubcommands().get(command);
    cmd.getCommandSpec().usageMessage().width(width);
    StringWriter out = new StringWriter();
    cmd.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
    return out.toString();
  }

  /** The words with a dot, comma, bar or bracket inside them, sorted. */
  private static List<String> dotted(String text) {
    return Arrays.stream(text.split("\\s+"))
        .filter(w -> w.matches(".*[.,|\\[]\\S.*"))
        .sorted()
        .toList();
  }
}
