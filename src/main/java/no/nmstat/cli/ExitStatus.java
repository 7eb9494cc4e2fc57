package no.nmstat.cli;

/** The exit codes of DOMAIN.md §6, the one place they are defined. */
public enum ExitStatus {
  OK(0),
  CHECK_FAILED(1),
  USAGE(2),
  DATA_ERROR(65),
  NO_INPUT(66),
  INTERNAL_ERROR(70);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }
}
