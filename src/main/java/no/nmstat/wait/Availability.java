package no.nmstat.wait;

/** How a medicine is available in a country (EFPIA W.A.I.T.). */
public enum Availability {
  /** On the public reimbursement list without restriction. */
  FULL("full"),
  /** On the list with restrictions (a sub-population, a special scheme). */
  LIMITED("limited"),
  /** Not available. */
  NONE("");

  private final String code;

  Availability(String code) {
    this.code = code;
  }

  /** The value in panel files: {@code full}, {@code limited} or empty. */
  public String code() {
    return code;
  }
}
