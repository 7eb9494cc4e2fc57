package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's trend example, byte for byte, as an 80-column terminal shows it. */
class ReadmeTrendTest {
  private static final String COMMAND =
      "$ nmstat trend data/cases-sample.csv --as-of 2025-10-31 --intervals assessment"
          + " --every tertial\n";

  @Test
  void readmeShowsWhatTrendPrints() throws IOException {
    String readme =
        Files.readString(InProcess.PROJECT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(COMMAND);
    assertThat(start).as("the README shows the command").isNotNegative();
    int end = readme.indexOf("```\n", start);
    String shown = readme.substring(start + COMMAND.length(), end);
    List<String> args = Arrays.asList(COMMAND.substring(2).strip().split(" "));
    InProcess.Run run =
        InProcess.run(
            InProcess.environment().terminal(true).width(80), args.subList(1, args.size()));
    assertThat(run.exit()).isZero();
    assertThat(run.stdout()).isEqualTo(shown);
  }
}
