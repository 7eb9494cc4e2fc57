package no.nmstat.filter;

/**
 * A condition that cannot be read or that names no column of the input: a usage error, its message
 * the condition and why (the caller puts the option before it).
 */
public final class ConditionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ConditionException(String condition, String reason) {
    super(condition + ": " + reason);
  }
}
