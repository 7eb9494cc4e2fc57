package no.nmstat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line, on a clock the test moves. */
class TerminalProgressTest {
  private static final long MS = 1_000_000L;

  private final StringWriter err = new StringWriter();
  private final AtomicLong now = new AtomicLong(-5_000 * MS); // nanoTime may be negative
  private final TerminalProgress progress = new TerminalProgress(new PrintWriter(err), now::get);

  private void at(long ms) {
    now.set(-5_000 * MS + ms * MS);
  }

  @Test
  void drawsAfterASecondAtMostFourTimesASecondAndErasesItself() {
    progress.start("big.csv", 200L << 20);
    at(999);
    progress.advance(50L << 20);
    assertThat(err.toString()).isEmpty();
    at(1000);
    progress.advance(0);
    assertThat(err.toString()).isEqualTo("\rnmstat: reading big.csv: 25% (50 of 200 MB)\033[K");
    at(1249);
    progress.advance(50L << 20);
    assertThat(err.toString()).doesNotContain("50%");
    at(1250);
    progress.advance(0);
    assertThat(err.toString()).endsWith("\rnmstat: reading big.csv: 50% (100 of 200 MB)\033[K");
    progress.done();
    assertThat(err.toString()).endsWith("MB)\033[K\r\033[K");
  }

  @Test
  void quickReadsDrawNothing() {
    progress.start("small.csv", 1000);
    at(900);
    progress.advance(1000);
    progress.done();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aSecondReadingOfTheSameInputKeepsTheFirstStartTime() {
    // The reader starts again as Windows-1252 when the text turns out not to be UTF-8.
    progress.start("big.csv", 100L << 20);
    at(800);
    progress.advance(80L << 20);
    progress.start("big.csv", 100L << 20);
    at(1100);
    progress.advance(10L << 20);
    assertThat(err.toString()).isEqualTo("\rnmstat: reading big.csv: 10% (10 of 100 MB)\033[K");
  }

  @Test
  void nothingIsDrawnAfterReadingEnded() {
    progress.start("big.csv", 100L << 20);
    progress.done();
    at(2000);
    progress.advance(1L << 20);
    assertThat(err.toString()).isEmpty();
  }
}
