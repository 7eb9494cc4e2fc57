package no.nmstat.cli;

/** The exit codes of method.md §6, the one place they are defined. */
public enum ExitStatus {
  OK(0),
  CHECK_FAILED(1),
  USAGE(2),
  DATA_ERROR(65),
  NO_INPUT(66),
  INTERNAL_ERROR(70),
  /** An output file cannot be created (EX_CANTCREAT). */
  CANNOT_CREATE(73),
  /** Output cannot be written: disk full, closed standard output (EX_IOERR). */
  OUTPUT_ERROR(74),
  /** The reader of the output pipe has gone, as a process ended by SIGPIPE (128 + 13). */
  BROKEN_PIPE(141);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }
}
