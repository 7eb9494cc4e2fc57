package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The man pages the build makes before the tests run (pom.xml: ManPages, then Asciidoctor): one per
 * command, from the same model as --help.
 */
class ManPagesTest {
  private static final Path MAN = Path.of("target/man");

  /** The page's text as man prints it, near enough: troff's escapes and fonts undone. */
  private static String text(String page) throws IOException {
    Path file = MAN.resolve(page);
    assertThat(file).as("built by mvn package (pom.xml: man pages)").isRegularFile();
    return Files.readString(file, StandardCharsets.UTF_8)
        .replace("\\-", "-")
        .replace("\\*(Aq", "'")
        .replace("\\(rs", "\\")
        .replace("\\&", "")
        .replaceAll("\\\\f[BIRP]", "");
  }

  @Test
  void nmstatPageListsEverySubcommand() throws IOException {
    String page = text("nmstat.1");
    assertThat(page).contains(".TH \"NMSTAT\" \"1\"", ".SH \"COMMANDS\"");
    List<String> lines = page.lines().toList();
    for (String name : HelpTest.subcommands()) {
      assertThat(lines).as(name).contains(name);
    }
    assertThat(lines).doesNotContain("help");
  }

  static List<CommandSpec> pages() {
    return ManPages.pages();
  }

  @ParameterizedTest
  @MethodSource("pages")
  void everyCommandHasAPageWithItsOptionsExitCodesAndExamples(CommandSpec spec) throws IOException {
    String page = text(spec.qualifiedName("-") + ".1");
    assertThat(page).contains(".SH \"SYNOPSIS\"", ".SH \"OPTIONS\"", "--help", "--version");
    if (!spec.usageMessage().exitCodeList().isEmpty()) {
      assertThat(page).contains(".SH \"EXIT STATUS\"");
      spec.usageMessage()
          .exitCodeList()
          .forEach((code, meaning) -> assertThat(page).contains(code.strip(), meaning));
    }
    List<String> examples =
        Arrays.stream(spec.usageMessage().footer())
            .filter(line -> line.startsWith("  "))
            .map(line -> line.substring(2))
            .toList();
    if (!examples.isEmpty()) {
      // As typed in --help: one line each, nothing filled or replaced.
      assertThat(page).contains(".SH \"EXAMPLES\"");
      assertThat(page.lines().toList()).containsAll(examples);
    }
  }
}
