package no.nmstat.io;

/**
 * A {@code --column CANONICAL=HEADER} names a header the file does not have: a mistake in the
 * command, not in the data, so the command line reports it as a usage error.
 */
public final class UnknownColumnException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnknownColumnException(String message) {
    super(message);
  }
}
