package no.nmstat.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import no.nmstat.io.Progress;

/**
 * A progress line on stderr for inputs that take more than a second to read: only drawn when stderr
 * is a terminal (the launcher says so), and erased when reading ends.
 */
final class TerminalProgress implements Progress {
  private static final long DELAY_MS = 1000;
  private static final long EVERY_MS = 250;

  private final PrintWriter err;
  private final AtomicLong done = new AtomicLong();
  private volatile String name = "";
  private volatile long total;
  private Thread painter;
  private boolean drawn;

  TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  @Override
  public synchronized void start(String name, long bytes) {
    this.name = name;
    this.total = bytes;
    done.set(0);
    if (painter == null) {
      painter = new Thread(this::paint, "nmstat-progress");
      painter.setDaemon(true);
      painter.start();
    }
  }

  @Override
  public void advance(long bytes) {
    done.addAndGet(bytes);
  }

  @Override
  public synchronized void done() {
    if (painter != null) {
      painter.interrupt();
      painter = null;
    }
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
      drawn = false;
    }
  }

  private void paint() {
    try {
      Thread.sleep(DELAY_MS);
      while (!Thread.currentThread().isInterrupted()) {
        long t = Math.max(1, total);
        long d = Math.min(done.get(), t);
        synchronized (this) {
          if (Thread.currentThread().isInterrupted()) {
            return;
          }
          err.printf(
              "\rnmstat: reading %s: %d%% (%d of %d MB)\033[K",
              name, d * 100 / t, d >> 20, t >> 20);
          err.flush();
          drawn = true;
        }
        Thread.sleep(EVERY_MS);
      }
    } catch (InterruptedException e) {
      // Reading ended.
    }
  }
}
