package no.nmstat.model;

/** The outcome recorded for a case in Beslutningsforum. */
public enum Decision {
  INTRODUCED("introduced"),
  NOT_INTRODUCED("not_introduced"),
  OTHER("other");

  private final String code;

  Decision(String code) {
    this.code = code;
  }

  /** The canonical value written in output, e.g. {@code not_introduced}. */
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
