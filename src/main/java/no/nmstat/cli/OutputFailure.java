package no.nmstat.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that fails loudly. A {@link java.io.PrintWriter} swallows write errors, so a full
 * disk would give a truncated file and exit 0; this stream turns the first error into an unchecked
 * {@link OutputFailure.StdoutException}, which stops the run at once and maps to exit 74
 * (EX_IOERR), or to 141 (as a process killed by SIGPIPE) when the reader of a pipe is gone.
 */
final class OutputFailure extends FilterOutputStream {
  /**
   * Writing standard output failed. Not an {@link java.io.UncheckedIOException}: code that unwraps
   * those (as {@code nmstat sample} does around its case writer) would turn it back into a plain
   * IOException on the way up.
   */
  static final class StdoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StdoutException(IOException cause) {
      super(cause);
    }

    /** Whether the reader of a pipe has gone (| head): not worth a message. */
    boolean brokenPipe() {
      String m = getCause().getMessage();
      return m != null && m.contains("Broken pipe");
    }

    /** The message for the user, e.g. "No space left on device". */
    String reason() {
      String m = getCause().getMessage();
      return m == null ? getCause().getClass().getSimpleName() : m;
    }

    /** The exit status: 141 for a broken pipe, else 74. */
    ExitStatus status() {
      return brokenPipe() ? ExitStatus.BROKEN_PIPE : ExitStatus.OUTPUT_ERROR;
    }
  }

  OutputFailure(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) {
    try {
      out.write(b);
    } catch (IOException e) {
      throw new StdoutException(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw new StdoutException(e);
    }
  }

  @Override
  public void flush() {
    try {
      out.flush();
    } catch (IOException e) {
      throw new StdoutException(e);
    }
  }
}
