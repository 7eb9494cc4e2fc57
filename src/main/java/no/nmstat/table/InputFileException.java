package no.nmstat.table;

/** An input file is missing or cannot be read. */
public final class InputFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
