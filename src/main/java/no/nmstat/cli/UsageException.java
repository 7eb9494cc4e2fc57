package no.nmstat.cli;

/** A command line that parses but asks for something that does not exist (exit 2). */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
