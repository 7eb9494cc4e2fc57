package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class WrappedNotesTest {

  private static String through(int width, String text) {
    StringWriter sink = new StringWriter();
    try (PrintWriter err = new PrintWriter(new WrappedNotes(sink, width))) {
      err.print(text);
    }
    return sink.toString();
  }

  @Test
  void wrapsNmstatsOwnMessagesAtSpacesWithAHangingIndent() {
    String note =
        "nmstat: note: assessment: 2 completed cases have no clock stop recorded; nothing is"
            + " subtracted for them\n";
    String wrapped = through(40, note);
    assertThat(wrapped)
        .isEqualTo(
            "nmstat: note: assessment: 2 completed\n"
                + "  cases have no clock stop recorded;\n"
                + "  nothing is subtracted for them\n");
    assertThat(wrapped.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    assertThat(wrapped.replace("\n  ", " ")).isEqualTo(note);
  }

  @Test
  void leavesProblemLinesProgressAndShortLinesAsWritten() {
    String problem =
        "input.csv:3:documentation_received: value \"2023-02-30\": no such date, and more words\n";
    assertThat(through(30, problem)).isEqualTo(problem);
    assertThat(through(30, "\rreading 12%\rreading 40%")).isEqualTo("\rreading 12%\rreading 40%");
    assertThat(through(30, "nmstat: short\nnmstat\n")).isEqualTo("nmstat: short\nnmstat\n");
  }

  @Test
  void aWordLongerThanTheWidthStaysWhole() {
    assertThat(through(20, "nmstat: cannot read /a/very/long/path/to/a/file.csv\n"))
        .isEqualTo("nmstat: cannot read\n  /a/very/long/path/to/a/file.csv\n");
  }
}
