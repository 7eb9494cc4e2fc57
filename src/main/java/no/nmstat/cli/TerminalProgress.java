package no.nmstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import no.nmstat.table.Progress;

/**
 * A progress line on stderr for inputs that take more than a second to read: only drawn when stderr
 * is a terminal (the launcher says so), and erased when reading ends. The line is redrawn as bytes
 * arrive (the readers report every block of up to 4 MB), at most four times a second, so no thread
 * of its own is needed and the time can be given (tests).
 */
final class TerminalProgress implements Progress {
  private static final long DELAY_NS = 1_000_000_000L;
  private static final long EVERY_NS = 250_000_000L;

  private final PrintWriter err;
  private final LongSupplier nanoTime;
  private final AtomicLong done = new AtomicLong();
  private volatile String name = "";
  private volatile long total;
  private volatile boolean reading;
  private volatile long next;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this(err, System::nanoTime);
  }

  /** A progress line that reads the time from {@code nanoTime} (as {@link System#nanoTime}). */
  TerminalProgress(PrintWriter err, LongSupplier nanoTime) {
    this.err = err;
    this.nanoTime = nanoTime;
  }

  /** Starts (or, for a second reading of the same input, restarts) the count of bytes read. */
  @Override
  public synchronized void start(String name, long bytes) {
    this.name = name;
    this.total = bytes;
    done.set(0);
    if (!reading) {
      next = nanoTime.getAsLong() + DELAY_NS;
      reading = true;
    }
  }

  @Override
  public void advance(long bytes) {
    done.addAndGet(bytes);
    if (reading && nanoTime.getAsLong() - next >= 0) {
      draw();
    }
  }

  @Override
  public synchronized void done() {
    reading = false;
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  private synchronized void draw() {
    long now = nanoTime.getAsLong();
    if (!reading || now - next < 0) {
      return; // another thread drew it, or reading ended
    }
    next = now + EVERY_NS;
    long t = Math.max(1, total);
    long d = Math.min(done.get(), t);
    err.printf(
        "\rnmstat: reading %s: %d%% (%d of %d MB)\033[K", name, d * 100 / t, d >> 20, t >> 20);
    err.flush();
    drawn = true;
  }
}
