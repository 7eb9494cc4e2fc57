package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  @Test
  void drawsAfterASecondAndErasesItself() throws Exception {
    StringWriter err = new StringWriter();
    TerminalProgress p = new TerminalProgress(new PrintWriter(err));
    p.start("big.csv", 200L << 20);
    p.advance(50L << 20);
    assertThat(err.toString()).isEmpty();
    Thread.sleep(1400);
    p.done();
    assertThat(err.toString())
        .contains("\rnmstat: reading big.csv: 25% (50 of 200 MB)")
        .endsWith("\r\033[K");
  }

  @Test
  void quickReadsDrawNothing() {
    StringWriter err = new StringWriter();
    TerminalProgress p = new TerminalProgress(new PrintWriter(err));
    p.start("small.csv", 1000);
    p.advance(1000);
    p.done();
    assertThat(err.toString()).isEmpty();
  }
}
