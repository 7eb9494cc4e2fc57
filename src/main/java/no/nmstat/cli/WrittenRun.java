package no.nmstat.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Once an output file is in place ("wrote FILE"), the process ends with the run's own exit status
 * even when SIGINT or SIGTERM ends it first: the JVM would report 128 + the signal (130, 143), as
 * though the file were not written. Active in the {@code nmstat} process only ({@link Main}), never
 * in a test's JVM, which it would end.
 */
final class WrittenRun {
  /** How long the hook waits for the run to finish after a signal: the rest is only flushing. */
  private static final long WAIT_SECONDS = 5;

  private static final CompletableFuture<Integer> STATUS = new CompletableFuture<>();
  private static volatile boolean written;

  private WrittenRun() {}

  /** Makes the process end with the run's status once an output is in place (from main). */
  static void activate() {
    Runtime.getRuntime().addShutdownHook(new Thread(WrittenRun::exit, "nmstat-exit-status"));
  }

  /** Called when an output file has been renamed into place. */
  static void outputInPlace() {
    written = true;
  }

  /** Called with the run's exit code, before the process exits with it. */
  static void finished(int code) {
    STATUS.complete(code);
  }

  private static void exit() {
    if (!written) {
      return;
    }
    try {
      Runtime.getRuntime().halt(STATUS.get(WAIT_SECONDS, TimeUnit.SECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // The run did not finish in time: the JVM's own status stands.
    }
  }
}
